import { describe, expect, it } from 'vitest';
import { aCoachContext, contextFrom } from '../../../test/factories/coach-context.js';
import { loadCoachPack } from '../../content/load-coach-pack.js';
import type { CoachContext, CoachResult } from '../../core/goals/coach.port.js';
import { createOfflineCoach } from './offline-coach.js';

const loaded = loadCoachPack();
if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
const pack = loaded.pack;
const coach = createOfflineCoach(pack);

const goal = (title: string, description: string | null = null) => ({
  goal: { id: 'g', title, description, goalType: null },
});
const stepOf = (coachResult: CoachResult) => {
  if (coachResult.status !== 'ok') throw new Error(`expected a step, got a question: ${coachResult.question}`);
  return coachResult;
};

/** Walks a goal for `n` steps, completing each, as the services would. */
async function walk(ctx: CoachContext, count: number) {
  const history: CoachContext['history'] = [];
  for (let i = 0; i < count; i++) {
    const result = stepOf(await coach.nextStep(contextFrom(ctx, history)));
    history.push({
      text: result.step,
      coachKey: result.coachKey ?? null,
      completedAt: new Date(),
      estimatedMinutes: result.estimatedMinutes,
    });
  }
  return history;
}

describe('offline coach content', () => {
  it('has at least 9 goal types with 12 steps each, in both languages, with 5–120 minute steps', () => {
    expect(pack.types.length).toBeGreaterThanOrEqual(9);
    expect(pack.types.map((type) => type.id).sort()).toEqual(
      expect.arrayContaining([
        'skill',
        'language',
        'creative',
        'fitness',
        'career',
        'home',
        'finance',
        'social',
        'habit',
      ]),
    );
    for (const type of pack.types) {
      expect(type.steps.length, type.id).toBeGreaterThanOrEqual(12);
      for (const step of type.steps) {
        expect(step.text.ru, step.key).toMatch(/[а-яё]/i);
        expect(step.text.en, step.key).toMatch(/^[^а-яё]*$/i);
        expect(step.minutes).toBeGreaterThanOrEqual(5);
        expect(step.minutes).toBeLessThanOrEqual(120);
      }
    }
  });
});

describe('offline coach', () => {
  it.each([
    ['Learn Spanish', 'language'],
    ['Выучить японский', 'language'],
    ['Learn to play the guitar', 'skill'],
    ['Научиться рисовать', 'skill'],
    ['Write a novel', 'creative'],
    ['Записать альбом', 'creative'],
    ['Run a marathon', 'fitness'],
    ['Похудеть на 5 кг', 'fitness'],
    ['Find a new job', 'career'],
    ['Найти новую работу', 'career'],
    ['Declutter my apartment', 'home'],
    ['Сделать ремонт в ванной', 'home'],
    ['Save money for a car', 'finance'],
    ['Закрыть кредит', 'finance'],
    ['Make new friends in my city', 'social'],
    ['Помириться с братом', 'social'],
    ['Meditate every day', 'habit'],
    ['Бросить курить', 'habit'],
  ])('recognises %j as a %s goal', async (title, type) => {
    expect((await coach.firstStep(aCoachContext(goal(title)))).goalType).toBe(type);
  });

  it.each([
    ['Be better', 'en'],
    ['Стать лучше', 'ru'],
    ['Learn a language', 'en'],
  ] as const)('asks a clarifying question for %j', async (title, locale) => {
    const coachResult = await coach.clarifyGoal(aCoachContext({ ...goal(title), locale }));
    expect(coachResult.status).toBe('need_clarification');
  });

  it('asks only once: after an answer it gives a step built on the answer', async () => {
    const result = stepOf(
      await coach.firstStep(
        aCoachContext({ ...goal('Learn a language'), clarifications: [{ question: 'Which?', answer: 'Portuguese' }] }),
      ),
    );
    expect(result.goalType).toBe('language');
    expect(result.step).toContain('Portuguese');
    expect(result.step).not.toMatch(/[{}]/);
  });

  it('does not ask when it has already asked enough (mayAsk false)', async () => {
    expect((await coach.clarifyGoal(aCoachContext({ ...goal('Be better'), mayAsk: false }))).status).toBe('ok');
  });

  it('writes steps in the user’s language with the goal’s subject filled in', async () => {
    const en = stepOf(await coach.firstStep(aCoachContext(goal('Learn Spanish'))));
    const ru = stepOf(await coach.firstStep(aCoachContext({ ...goal('Выучить испанский'), locale: 'ru' })));
    expect(en.step).toMatch(/^[^а-яё{}]+$/i);
    expect(ru.step).toMatch(/[а-яё]/i);
    expect(ru.step).not.toMatch(/[{}]/);
  });

  it('never repeats a step within 50 steps of one goal, in either language', async () => {
    for (const [title, locale] of [
      ['Learn to play guitar', 'en'],
      ['Накопить на квартиру', 'ru'],
      ['Be calmer', 'en'],
    ] as const) {
      const history = await walk(aCoachContext({ ...goal(title), locale, mayAsk: false }), 50);
      expect(new Set(history.map((hash) => hash.text)).size, title).toBe(50);
      const curated = history.map((hash) => hash.coachKey).filter((key) => key !== 'revisit');
      expect(new Set(curated).size, title).toBe(curated.length);
    }
  });

  it('keeps going past the curated steps without repeating, by revisiting earlier ones', async () => {
    const history = await walk(aCoachContext({ ...goal('Learn Spanish'), mayAsk: false }), 400);
    expect(new Set(history.map((hash) => hash.text)).size).toBe(400);
  });

  it('is deterministic: the same goal and history give the same step', async () => {
    const ctx = aCoachContext(goal('Write a song'));
    expect(await coach.nextStep(ctx)).toEqual(await coach.nextStep(ctx));
  });

  describe('rephrase reads the comment', () => {
    const start = async (title: string, locale: 'en' | 'ru' = 'en') => {
      const ctx = aCoachContext({ ...goal(title), locale });
      const first = stepOf(await coach.firstStep(ctx));
      const current = { text: first.step, coachKey: first.coachKey ?? null, estimatedMinutes: first.estimatedMinutes };
      return { ctx: contextFrom(ctx, [{ ...current, completedAt: null }]), current };
    };

    it('too big → a smaller version of the same step', async () => {
      const { ctx, current } = await start('Write a novel');
      const result = stepOf(await coach.rephrase(ctx, current, 'This is way too big'));
      expect(result.coachKey).toBe(`${current.coachKey}:smaller`);
      expect(result.estimatedMinutes).toBeLessThanOrEqual(current.estimatedMinutes);
    });

    it('no time → a shorter step (Russian comment)', async () => {
      const { ctx, current } = await start('Выучить японский', 'ru');
      const result = stepOf(await coach.rephrase(ctx, current, 'Сегодня нет времени'));
      expect(result.estimatedMinutes).toBeLessThanOrEqual(current.estimatedMinutes);
      expect(result.step).not.toBe(current.text);
    });

    it('too vague → a more concrete version', async () => {
      const { ctx, current } = await start('Find a new job as a designer');
      const result = stepOf(await coach.rephrase(ctx, current, 'too general, I don’t understand what to do'));
      expect(result.coachKey).toBe(`${current.coachKey}:concrete`);
    });

    it('anything else → a different step of about the same size', async () => {
      const { ctx, current } = await start('Run a marathon');
      const result = stepOf(await coach.rephrase(ctx, current, 'I don’t like this one'));
      expect(result.coachKey?.split(':')[0]).not.toBe(current.coachKey);
      expect(result.step).not.toBe(current.text);
    });
  });
});
