import { describe, expect, it } from 'vitest';
import { aCoachContext, contextFrom } from '../../../test/factories/coach-context.js';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { kindNames } from './offline-coach.js';
import { stepProblems } from '../../content/check-coach-pack.js';
import type { CoachContext } from '../../core/goals/coach.port.js';
import { createGoalClassifier } from './goal-classifier.js';

const { pack, model, coach } = shippedOfflineCoach();
const classifier = createGoalClassifier(model, kindNames(pack));
const firstFive = firstFiveWith(coach);
type Locale = 'en' | 'ru';

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

describe('offline coach: learning to swim', () => {
  const SWIM_START = ['skill-swim-plan', 'skill-swim-book', 'skill-swim-kit', 'skill-swim-fear', 'skill-swim-first'];
  /** Wordings that send a person into the water with no one there. */
  const ALONE = /on your own|by yourself|alone|unsupervised|сам\(а\)|в одиночку|самостоятельно/i;

  /** The kind the classifier reads, then the first five steps of that kind. */
  async function read(title: string, description: string, locale: Locale) {
    const kind = classifier.classify(title, description, []).kind;
    return { kind, ...(await firstFive(kind, title, description, locale)) };
  }

  it('gives a 50-year-old who cannot swim and fears water lessons where she can stand, in Russian', async () => {
    const steps = await read('Научиться плавать в 50 лет', 'Никогда не умела плавать, боюсь воды.', 'ru');
    expect(steps.kind).toBe('skill');
    expect(steps.keys).toEqual(SWIM_START);
    expect(steps.text).toMatch(/мелкой част/);
    expect(steps.text).toMatch(/тренер/);
    expect(steps.text).not.toMatch(/[a-z]{4,}/i);
    expect(steps.text).not.toMatch(ALONE);
    expect(steps.text).not.toMatch(/без видео|по памяти|урок для начинающих/);
  });

  it('gives an adult who never learned the same path in English', async () => {
    const steps = await read('Learn to swim', 'I never learned as a kid and deep water scares me.', 'en');
    expect(steps.kind).toBe('skill');
    expect(steps.keys).toEqual(SWIM_START);
    expect(steps.text).toMatch(/shallow end/);
    expect(steps.text).toMatch(/instructor or a lifeguard/);
    expect(steps.text).not.toMatch(/[а-яё]/i);
    expect(steps.text).not.toMatch(ALONE);
    expect(steps.text).not.toMatch(/without the video|from memory/i);
  });

  it('gives a returning swimmer a lesson with an instructor, not "do it as well as you can today"', async () => {
    const steps = await firstFive(
      'skill',
      'Снова начать плавать',
      'В детстве плавала, лет двадцать не была в бассейне.',
      'ru',
    );
    expect(steps.keys).toEqual([
      'skill-swim-back-plan',
      'skill-swim-book',
      'skill-swim-kit',
      'skill-swim-fear',
      'skill-swim-back-first',
    ]);
    expect(steps.text).not.toMatch(ALONE);
  });

  it('keeps every generic step that means practising in water unsupervised away from a swimming goal', async () => {
    const generic = new Set(['skill-03', 'skill-04', 'skill-05', 'skill-06', 'skill-07', 'skill-08', 'skill-09']);
    for (const [description, locale] of [
      ['Никогда не умела плавать, боюсь воды.', 'ru'],
      ['Умею держаться на воде, плавала в детстве.', 'ru'],
    ] as const) {
      const ctx = aCoachContext({
        goal: { id: 'g', title: 'Научиться плавать в 50 лет', description, goalType: 'skill' },
        locale,
        mayAsk: false,
      });
      const history: CoachContext['history'] = [];
      for (let i = 0; i < 12; i++) {
        const result = await coach.nextStep(contextFrom(ctx, history));
        if (result.status !== 'ok') break;
        expect(generic.has(result.coachKey ?? '')).toBe(false);
        expect(result.step).not.toMatch(ALONE);
        history.push({
          text: result.step,
          coachKey: result.coachKey ?? null,
          completedAt: new Date(),
          estimatedMinutes: result.estimatedMinutes,
        });
      }
    }
  });

  it('leaves a lap swimmer in sport, and billiards out of the pool', async () => {
    expect(
      classifier.classify('Swim 1 km without stopping', 'I swim twice a week, about 400 m in one go.', []).kind,
    ).toBe('sport');
    const pool = await firstFive('skill', 'Learn to play pool', 'I have never played, my friends play on Fridays.');
    expect(pool.keys.some((key) => key?.startsWith('skill-swim'))).toBe(false);
  });

  it('has a never-list rule that refuses a step sending someone into the water alone', () => {
    const step = (en: string, ru: string) => ({
      key: 'sample',
      minutes: 10,
      text: { en, ru },
      smaller: { minutes: 5, en, ru },
      concrete: { minutes: 10, en, ru },
      smallerConcrete: { minutes: 5, en, ru },
    });
    const problems = (en: string, ru: string) =>
      stepProblems('sample', step(en, ru), 'build', pack.never, pack.slots).filter((problem) =>
        problem.includes('in water alone'),
      );
    expect(problems('Practise floating on your own in the deep end.', 'Поплавай в бассейне в одиночку.')).not.toEqual(
      [],
    );
    expect(problems('Go swimming alone and try a length.', 'Потренируйся в воде сам(а), без тренера.')).not.toEqual([]);
    expect(
      problems('Swim a width without a lifeguard.', 'Попробуй проплыть ширину бассейна самостоятельно.'),
    ).not.toEqual([]);
    expect(problems('Never swim open water alone.', 'Никогда не плавай на открытой воде в одиночку.')).toEqual([]);
    expect(problems('Go to the pool once a week.', 'Сходи в бассейн один раз на этой неделе.')).toEqual([]);
  });
});

describe('offline coach: the minutes the person said they have', () => {
  it('keeps every step within "only 20 minutes at lunch"', async () => {
    const before = 'I used to train at the gym years ago. ';
    const free = await firstFive('fitness', 'Exercise on my lunch break', `${before}No shower at work.`);
    const steps = await firstFive('fitness', 'Exercise on my lunch break', `${before}I only have 20 minutes at lunch.`);
    expect(Math.max(...free.minutes)).toBeGreaterThan(20);
    expect(Math.max(...steps.minutes)).toBeLessThanOrEqual(20);
  });

  it('reads a slipped disc as a reason to start gently, whatever was done before', async () => {
    const description = 'I only have 20 minutes at lunch. My lower back is dodgy since a slipped disc two years ago.';
    const steps = await firstFive('fitness', 'Exercise on my lunch break', description);
    expect(steps.text).not.toMatch(/old routine|halve it/i);
  });

  it('reads «полчаса в день» as the time there is, and a race target as no window at all', async () => {
    const steps = await firstFive('skill', 'Разобраться в Excel', 'Могу заниматься полчаса в день.', 'ru');
    expect(Math.max(...steps.minutes)).toBeLessThanOrEqual(30);
    const race = await firstFive('sport', 'Run 5k in 25 minutes', 'I run three times a week already.');
    const plain = await firstFive('sport', 'Run 5k faster', 'I run three times a week already.');
    expect(race.minutes).toEqual(plain.minutes);
  });
});

describe('offline coach: a medicine taken on time', () => {
  it('never says "do the smallest version now" of a prescribed medicine, and asks the pharmacist about missed doses', async () => {
    const ru = await firstFive(
      'habit',
      'Не забывать пить таблетки от давления',
      'Мне 64, кардиолог назначил таблетки утром и вечером. Постоянно забываю вечернюю.',
      'ru',
    );
    expect(ru.text).not.toMatch(/самую маленькую версию|прямо сейчас/);
    expect(ru.keys).toEqual(expect.arrayContaining(['hab-pills-schedule', 'hab-pills-missed']));
    const walk = await firstFive('habit', 'Walk every day', 'My doctor prescribed daily walks after my heart attack.');
    expect(walk.keys).not.toContain('hab-pills-schedule');
  });
});
