import { describe, expect, it } from 'vitest';
import { aCoachContext, contextFrom } from '../../../test/factories/coach-context.js';
import { loadCoachPack } from '../../content/load-coach-pack.js';
import type { CoachContext } from '../../core/goals/coach.port.js';
import { cachedGoalModel } from '../../main/model-cache.js';
import { createGoalClassifier } from './goal-classifier.js';
import { createOfflineCoach, kindNames } from './offline-coach.js';

const loaded = loadCoachPack();
if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
const pack = loaded.pack;
const model = cachedGoalModel(pack);
const coach = createOfflineCoach(pack, model);
const classifier = createGoalClassifier(model, kindNames(pack));

type Locale = 'en' | 'ru';

/** The first five steps for a goal of a settled kind, as a person walking it would get them. */
async function firstFive(kind: string, title: string, description: string, locale: Locale = 'en') {
  const ctx = aCoachContext({
    goal: { id: 'g', title, description, goalType: kind },
    locale,
    mayAsk: false,
  });
  const history: CoachContext['history'] = [];
  for (let i = 0; i < 5; i++) {
    const result = await coach.nextStep(contextFrom(ctx, history));
    if (result.status !== 'ok') throw new Error(`expected a step, got a question: ${result.question}`);
    history.push({
      text: result.step,
      coachKey: result.coachKey ?? null,
      completedAt: new Date(),
      estimatedMinutes: result.estimatedMinutes,
    });
  }
  return { keys: history.map((step) => step.coachKey), text: history.map((step) => step.text).join('\n') };
}

describe('offline coach: a third level, returning', () => {
  it('gives a returning learner steps from where they stopped, not first-day steps', async () => {
    const steps = await firstFive(
      'language',
      'Conversational Italian by summer',
      'About 60 days of Duolingo last year, I can order food and say where I live.',
    );
    expect(steps.keys).toContain('lang-24');
    expect(steps.keys).not.toContain('lang-02');
    expect(steps.text).not.toMatch(/survival phrases|beginner app/i);
  });

  it('gives someone who played as a child a play-from-memory step, not their first two notes', async () => {
    const steps = await firstFive(
      'instrument',
      'Сыграть вальс на пианино на свадьбе брата',
      'В детстве окончила музыкалку, лет десять не садилась за инструмент.',
      'ru',
    );
    expect(steps.keys).toEqual(expect.arrayContaining(['inst-25', 'inst-26']));
    expect(steps.keys).not.toContain('inst-07');
  });

  it('restarts a returning gym-goer at half, never with a vigorous step', async () => {
    const steps = await firstFive(
      'fitness',
      'Get back to the gym',
      'I used to lift three times a week, stopped a year ago',
    );
    expect(steps.keys).toEqual(expect.arrayContaining(['fit-23', 'fit-24']));
    const vigorous = new Set(
      pack.types.flatMap((kind) => kind.steps.filter((step) => step.vigorous)).map((step) => step.key),
    );
    expect(steps.keys.filter((key) => vigorous.has(key!))).toEqual([]);
  });

  it('reads "second year in the gym" as already doing it, and breathlessness as beginner', async () => {
    const trained = await firstFive(
      'fitness',
      'Подтянуться 12 раз',
      'Хожу в зал второй год, сейчас делаю 5 чистых.',
      'ru',
    );
    expect(trained.keys).not.toContain('fit-14');
    const untrained = await firstFive(
      'fitness',
      'Run 5 km',
      'Already signed up, but I’m 95 kg and out of breath on stairs',
    );
    expect(untrained.keys).toContain('fit-02');
    expect(untrained.keys).not.toContain('fit-16');
  });

  it('gives a returning potter a consistency drill instead of a beginner kit', async () => {
    const steps = await firstFive(
      'creative',
      'Throw six matching bowls',
      'Did a beginners course, all my bowls come out different sizes',
    );
    expect(steps.keys).toContain('cre-pottery-repeat');
    expect(steps.keys).not.toContain('cre-pottery-kit');
  });
});

describe('offline coach: goals between kinds', () => {
  it.each([
    ['Регулярно вести телеграм-канал про рыбалку', '', 'writing'],
    ['Renovate our bathroom ourselves', 'Never tiled before, budget £3,000', 'repair'],
    ['Change careers and leave nursing', 'No idea what else I could do', 'career'],
  ])('places %j in %s', (title, description, kind) => {
    expect(classifier.classify(title, description, []).kind).toBe(kind);
  });

  it('gives a channel posting steps, not novel steps', async () => {
    const steps = await firstFive(
      'writing',
      'Post on my cooking channel every week',
      '200 subscribers, I post once a month',
    );
    expect(steps.keys.slice(0, 3)).toEqual(['write-ch-ideas', 'write-ch-rhythm', 'write-ch-first']);
    expect(steps.text).not.toMatch(/scene|chapter|manuscript|word count/i);
  });

  it('gives a whole-room renovation a scope, plan and budget, not fix-one-part steps', async () => {
    const steps = await firstFive('repair', 'Сделать ремонт в кухне своими руками', 'Плитку никогда не клал.', 'ru');
    expect(steps.keys).toEqual(expect.arrayContaining(['fix-ren-scope', 'fix-ren-plan', 'fix-ren-budget']));
    expect(steps.keys).not.toContain('fix-02');
    const tap = await firstFive('repair', 'Fix the leaking kitchen tap', '');
    expect(tap.keys).toContain('fix-02');
    expect(tap.keys).not.toContain('fix-ren-scope');
  });

  it('lets a career changer explore options before any job ad or CV', async () => {
    const change = await firstFive(
      'career',
      'Find a job that isn’t accounting',
      'Burnt out, no idea what else I could do',
    );
    expect(change.keys.every((key) => key?.startsWith('car-ch-'))).toBe(true);
    const search = await firstFive('career', 'Find a new job as a nurse in Leeds', '');
    expect(search.keys).toContain('car-03');
    expect(search.keys.some((key) => key?.startsWith('car-ch-'))).toBe(false);
    const named = await firstFive('career', 'Уйти в IT из школы', 'Прошла курсы по тестированию', 'ru');
    expect(named.keys.some((key) => key?.startsWith('car-ch-'))).toBe(false);
  });
});

describe('offline coach: stated constraints', () => {
  it('schedules practice in the time window the person named', async () => {
    const steps = await firstFive(
      'skill',
      'Build a small web app in Python',
      'Maybe 5 hours a week, mostly Sunday mornings',
    );
    expect(steps.keys).toContain('skill-21');
    expect(steps.keys).not.toContain('skill-07');
    expect(steps.text).toContain('on Sundays');
    const ru = await firstFive('language', 'Подтянуть испанский', 'Учу по 20 минут в обед, уровень A2', 'ru');
    expect(ru.text).toContain('в обеденный перерыв');
  });

  it('skips "find out the format" when the person already knows it from mocks', async () => {
    const steps = await firstFive(
      'exam',
      'Get a 7 in GCSE maths',
      'I know the format from my mocks, I lose marks on long questions',
    );
    expect(steps.keys[0]).toBe('exam-known');
    expect(steps.keys).not.toContain('exam-official');
    const fresh = await firstFive('exam', 'Pass the AWS certification', '');
    expect(fresh.keys[0]).toBe('exam-official');
  });

  it('adds a step for a named fear: test nerves, interview freezing, evenings alone on a trip', async () => {
    expect((await firstFive('exam', 'Pass my driving test', 'Failed once, my nerves are the problem')).keys).toContain(
      'exam-nerves',
    );
    expect((await firstFive('interview', 'Final round interview', 'I freeze on behavioural questions')).keys).toContain(
      'intv-nerves',
    );
    expect((await firstFive('travel', 'Съездить одной в Казань', 'Боюсь вечером одна', 'ru')).keys).toContain(
      'trip-safe-evenings',
    );
    expect((await firstFive('exam', 'Pass my driving test', '')).keys).not.toContain('exam-nerves');
  });

  it('starts a cut-down from the numbers the person already has, instead of a week of logging', async () => {
    const tracked = await firstFive(
      'quit',
      'Cut my phone down to 2 hours a day',
      'Screen time shows 6 hours, mostly reels',
    );
    expect(tracked.keys).toContain('quit-reduce-numbers');
    expect(tracked.keys).not.toContain('quit-reduce-log');
    const untracked = await firstFive('quit', 'Cut my phone down to 2 hours a day', '');
    expect(untracked.keys).toContain('quit-reduce-log');
  });

  it('gives a family living apart calls, not an evening tea at home', async () => {
    const apart = await firstFive(
      'family',
      'Stop fighting with my mum',
      'She lives in another city, I visit once a year',
      'en',
    );
    expect(apart.keys).toContain('fam-30');
    expect(apart.keys).not.toContain('fam-26');
    const together = await firstFive('family', 'Stop fighting with my mum', 'We live together and argue every evening');
    expect(together.keys).toContain('fam-26');
  });
});
