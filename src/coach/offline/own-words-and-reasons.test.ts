import { describe, expect, it } from 'vitest';
import type { Coach, CoachContext, CoachResult } from '../../core/goals/coach.port.js';
import { contextFrom } from '../../../test/factories/coach-context.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach, pack } = shippedOfflineCoach();
const hardSessions = new Set(
  pack.types.flatMap((kind) => kind.steps.filter((step) => step.vigorous).map((step) => step.key)),
);
type Locale = 'en' | 'ru';
type Goal = { title: string; description?: string; kind?: string | null };
type Step = CoachContext['history'][number];

const stepOf = (result: CoachResult): Extract<CoachResult, { status: 'ok' }> => {
  if (result.status !== 'ok') throw new Error(`expected a step, got a question: ${result.question}`);
  return result;
};
const asStep = (result: Extract<CoachResult, { status: 'ok' }>, done = true): Step => ({
  text: result.step,
  coachKey: result.coachKey ?? null,
  completedAt: done ? new Date() : null,
  estimatedMinutes: result.estimatedMinutes,
});

/**
 * The person's walk when they ask for another step with `comment` on the first one: the step they were offered, the
 * one the rephrase gave, and the next four steps after it (each completed), as the services would call the coach.
 */
async function rephraseWalk(over: Coach, goal: Goal, locale: Locale, comment: string) {
  const base = {
    goal: { id: 'g', title: goal.title, description: goal.description ?? null, goalType: goal.kind ?? null },
    locale,
    mayAsk: false,
  };
  const first = stepOf(await over.firstStep(contextFrom(base, [])));
  const current = { text: first.step, coachKey: first.coachKey ?? null, estimatedMinutes: first.estimatedMinutes };
  const rejected = [{ text: first.step, coachKey: first.coachKey ?? null, userComment: comment }];
  const instead = stepOf(await over.rephrase(contextFrom(base, [asStep(first, false)]), current, comment));
  const path: Step[] = [asStep(instead)];
  for (let at = 0; at < 4; at++) path.push(asStep(stepOf(await over.nextStep(contextFrom(base, path, rejected)))));
  return { first, instead, after: path.map((step) => step.text), afterKeys: path.map((step) => step.coachKey) };
}

/** The first step a goal gets once its one question was answered with `answer` (typed or tapped). */
async function afterAnswer(goal: Goal, locale: Locale, answer: (asked: string, choices: string[]) => string) {
  const base = {
    goal: { id: 'g', title: goal.title, description: goal.description ?? null, goalType: goal.kind ?? null },
    locale,
    mayAsk: true,
  };
  const asked = await coach.clarifyGoal(contextFrom(base, []));
  if (asked.status !== 'need_clarification') throw new Error(`expected a question, got: ${asked.step}`);
  const clarifications = [{ question: asked.question, answer: answer(asked.question, asked.choices ?? []) }];
  const steps: Step[] = [];
  for (let at = 0; at < 3; at++)
    steps.push(asStep(stepOf(await coach.nextStep(contextFrom({ ...base, clarifications, mayAsk: false }, steps)))));
  return { asked, steps: steps.map((step) => step.text), keys: steps.map((step) => step.coachKey) };
}

describe('offline coach: a rephrase reason rules out what it names, for that step and every later one', () => {
  it.each<[Locale, Goal, string, RegExp]>([
    ['en', { title: 'Learn to swim', kind: 'fitness' }, 'There is no pool near me', /\bpools?\b/i],
    ['ru', { title: 'Научиться плавать', kind: 'fitness' }, 'Рядом нет бассейна', /бассейн/i],
    ['en', { title: 'Get stronger', kind: 'fitness' }, "There's no gym anywhere near me", /\bgyms?\b/i],
    ['ru', { title: 'Стать сильнее', kind: 'fitness' }, 'У нас в посёлке нет зала', /(?<![а-яё])зал/i],
  ])('%s: "%s"… no later step names the missing thing', async (locale, goal, comment, named) => {
    const plain = await rephraseWalk(coach, goal, locale, 'something else please');
    expect([plain.first.step, plain.instead.step, ...plain.after].join('\n')).toMatch(named);
    const walk = await rephraseWalk(coach, goal, locale, comment);
    expect([walk.instead.step, ...walk.after].filter((text) => named.test(text))).toEqual([]);
  });

  it.each<[Locale, Goal, string, RegExp]>([
    [
      'en',
      { title: 'Learn to cook', kind: 'skill' },
      "Money is tight, I can't afford to buy anything new",
      /\b(buy|bought)\b/i,
    ],
    ['ru', { title: 'Научиться готовить', kind: 'skill' }, 'Денег нет, всё дорого', /купи|купл|докуп/i],
    [
      'en',
      { title: 'Improve my Spanish conversation', description: 'I have B1, I study with apps', kind: 'language' },
      "I'm too shy to talk to anyone yet",
      /partner|tutor|call/i,
    ],
    [
      'ru',
      { title: 'Заговорить на испанском', description: 'У меня B1, занимаюсь по приложениям', kind: 'language' },
      'Стесняюсь, не хочу никому звонить',
      /партн[её]р|созвон/i,
    ],
    [
      'en',
      { title: 'Make new friends', kind: 'social' },
      "I can't leave the house much, I have no car",
      /\b(club|class|go to)\b/i,
    ],
    ['ru', { title: 'Найти новых друзей', kind: 'social' }, 'Не могу выйти из дома надолго, машины нет', /клуб|сходи/i],
  ])('%s: "%s"… rules out every step that needs it', async (locale, goal, comment, needs) => {
    const plain = await rephraseWalk(coach, goal, locale, 'something else please');
    expect([plain.first.step, ...plain.after].join('\n')).toMatch(needs);
    const walk = await rephraseWalk(coach, goal, locale, comment);
    expect([walk.instead.step, ...walk.after].filter((text) => needs.test(text))).toEqual([]);
  });

  it.each<[Locale, Goal, string]>([
    [
      'en',
      { title: 'Run a faster 10k', description: 'I run 30 km a week', kind: 'fitness' },
      'My knee hurts after that',
    ],
    [
      'ru',
      { title: 'Пробежать 10 км быстрее', description: 'Бегаю 30 км в неделю', kind: 'fitness' },
      'Колено болит после такого',
    ],
  ])('%s: a body that hurts ("%s") gets no hard session after it', async (locale, goal, comment) => {
    const vigorous = (keys: (string | null | undefined)[]) =>
      keys.filter((key) => hardSessions.has(key?.split(':')[0] ?? ''));
    const plain = await rephraseWalk(coach, goal, locale, 'something else please');
    expect(vigorous([plain.first.coachKey, plain.instead.coachKey, ...plain.afterKeys])).not.toEqual([]);
    const walk = await rephraseWalk(coach, goal, locale, comment);
    expect(vigorous([walk.instead.coachKey, ...walk.afterKeys])).toEqual([]);
  });

  it.each<[Locale, Goal, string]>([
    ['en', { title: 'Learn to play the guitar', kind: 'instrument' }, 'Too easy, I already know the basics'],
    ['ru', { title: 'Научиться играть на гитаре', kind: 'instrument' }, 'Слишком просто, это я умею'],
  ])(
    '%s: "too easy" gives a different, bigger step, and the path moves on from the beginner start',
    async (locale, goal, comment) => {
      const plain = await rephraseWalk(coach, goal, locale, 'something else please');
      const walk = await rephraseWalk(coach, goal, locale, comment);
      expect(walk.instead.coachKey?.split(':')[0]).not.toBe(walk.first.coachKey?.split(':')[0]);
      expect(walk.instead.estimatedMinutes).toBeGreaterThan(walk.first.estimatedMinutes);
      expect(walk.after).not.toEqual(plain.after);
    },
  );
});

describe('offline coach: what the person typed shapes the next steps', () => {
  it.each<[Locale, string, string, string]>([
    ['en', 'Be better', 'I would stop snapping at my kids in the evening', 'I would get up without dreading work'],
    ['ru', 'Стать лучше', 'Я бы перестала срываться на детей по вечерам', 'Я бы вставал без ужаса перед работой'],
  ])(
    '%s: a vague goal\'s typed answer to "what would be different?" is quoted and changes the steps',
    async (locale, title, one, two) => {
      const first = await afterAnswer({ title }, locale, () => one);
      const second = await afterAnswer({ title }, locale, () => two);
      expect(first.asked.choices).toBeUndefined();
      expect(first.steps[0]).toContain(one);
      expect(second.steps[0]).toContain(two);
      expect(first.steps.join('\n')).not.toContain(two);
      // The outcome they named, what is in its way, a ten-minute action they choose.
      expect(first.keys).toEqual(['gen-own-outcome', 'gen-own-obstacle', 'gen-own-action']);
    },
  );

  it.each<[Locale, string, string]>([
    ['en', 'Do something about the garden', 'Honestly it is about my neighbour, we argue over the fence'],
    ['ru', 'Разобраться с садом', 'Честно говоря, дело в соседе: мы ссоримся из-за забора'],
  ])('%s: words typed instead of a kind button are used, not dropped', async (locale, title, typed) => {
    const tapped = await afterAnswer({ title }, locale, (_, choices) => choices[0]!);
    const own = await afterAnswer({ title }, locale, () => typed);
    expect(tapped.asked.choices!.length).toBeGreaterThan(1);
    expect(own.steps).not.toEqual(tapped.steps);
  });

  it.each<[Locale, Goal, string]>([
    [
      'en',
      {
        title: 'Get through the weeks after my old dog died',
        description: "We had him fourteen years. My teenage son took it hard too and won't talk about it.",
      },
      'Mostly my teenage son, he shuts himself in his room',
    ],
    [
      'ru',
      {
        title: 'Пережить первые недели после смерти старой собаки',
        description:
          'Он прожил с нами четырнадцать лет. Сын-подросток тоже тяжело переживает и не хочет об этом говорить.',
      },
      'Скорее про подростка: он закрылся в комнате',
    ],
  ])('%s: words typed instead of a situation button keep the situation they name', async (locale, goal, typed) => {
    const none = await afterAnswer(goal, locale, (_, choices) => choices.at(-1)!);
    const own = await afterAnswer(goal, locale, () => typed);
    expect(none.asked.choices).toHaveLength(2);
    expect(none.keys.some((key) => key?.startsWith('grief-teen-'))).toBe(false);
    expect(own.keys.every((key) => key?.startsWith('grief-teen-'))).toBe(true);
  });
});
