import { describe, expect, it } from 'vitest';
import type { CoachContext } from '../../core/goals/coach.port.js';
import { aCoachContext } from '../../../test/factories/coach-context.js';
import { converse as talk } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { kindProblems } from '../../content/check-coach-pack.js';

const { pack, coach } = shippedOfflineCoach();

type Goal = { title: string; description: string; locale?: 'en' | 'ru'; kind?: string };

const start = (
  { title, description, locale = 'en', kind }: Goal,
  clarifications: CoachContext['clarifications'] = [],
) =>
  aCoachContext({
    goal: { id: 'g', title, description, goalType: kind ?? null },
    clarifications,
    locale,
    mayAsk: true,
  });

/** The person's conversation: every question answered with `pick` (the button it returns), then five steps. */
const converse = (goal: Goal, pick: (choices: string[]) => string) =>
  talk(
    coach,
    (clarifications) => start(goal, clarifications),
    (asked) => pick(asked.choices ?? []),
  );

const dogDied: Goal = {
  title: 'Get through the weeks after my old dog died',
  description: "We had him fourteen years. My teenage son took it hard too and won't talk about it.",
};

describe('the situation question', () => {
  it('asks which named situation the goal is about, with the names as buttons and "None of these" last', async () => {
    const asked = await coach.clarifyGoal(start(dogDied));
    expect(asked.status).toBe('need_clarification');
    if (asked.status !== 'need_clarification') return;
    expect(asked.choices).toEqual(['Helping a grieving teenager', pack.generic.none.en]);
    expect(asked.question).toContain("'Get through the weeks after my old dog died'");
    // The kind is settled before this question, so it is stored with it.
    expect(asked.goalType).toBe('grief');
  });

  it('"None of these" drops the steps of the situations it offered; the tap keeps them', async () => {
    const none = await converse(dogDied, (choices) => choices.at(-1)!);
    expect(none.keys.some((key) => key.startsWith('grief-teen-'))).toBe(false);
    const teen = await converse(dogDied, (choices) => choices[0]!);
    expect(teen.keys.filter((key) => key.startsWith('grief-teen-')).length).toBeGreaterThanOrEqual(2);
  });

  it('offers a slot value that leads the path too: a forklift licence is the plant test, never the driving test', async () => {
    const goal: Goal = {
      title: 'Get my forklift licence',
      description: 'The warehouse will pay for the course in March.',
      kind: 'exam',
    };
    const asked = await coach.clarifyGoal(start(goal));
    expect(asked.status === 'need_clarification' && asked.choices).toEqual([
      'The plant operator test',
      pack.generic.none.en,
    ]);
    for (const pick of [0, -1]) {
      const { keys, texts } = await converse(goal, (choices) => choices.at(pick)!);
      expect(keys.some((key) => key.startsWith('exam-driving'))).toBe(false);
      expect(texts.join(' ')).not.toMatch(/driving (lesson|instructor|test)/i);
      expect(keys.filter((key) => key.startsWith('exam-plant')).length).toBeGreaterThanOrEqual(3);
    }
    // A driving test stays one, even for someone who drives a forklift at work.
    const road = await converse(
      {
        title: 'Pass my driving test',
        description: 'I drive a forklift at work but never had lessons on the road.',
        kind: 'exam',
      },
      (choices) => choices[0]!,
    );
    expect(road.keys.some((key) => key.startsWith('exam-driving'))).toBe(true);
  });

  it('asks in Russian, and a Russian tap counts', async () => {
    const goal: Goal = {
      title: 'Пережить смерть кота',
      description: 'Прожил с нами пятнадцать лет. Дочь-подросток закрылась в комнате и молчит.',
      locale: 'ru',
    };
    const asked = await coach.clarifyGoal(start(goal));
    expect(asked.status === 'need_clarification' && asked.choices).toEqual([
      'Помочь подростку пережить утрату',
      'Ничего из этого',
    ]);
    const none = await converse(goal, (choices) => choices.at(-1)!);
    expect(none.keys.some((key) => key.startsWith('grief-teen-'))).toBe(false);
  });

  it('comes after the kind question when the kind was unsure: two questions at most, then a step', async () => {
    const goal: Goal = { title: 'Fix my bike', description: 'The gears slip on every hill and the chain rattles.' };
    const first = await coach.clarifyGoal(start(goal));
    // Whether the kind is asked first depends on the classifier; either way the bike question comes, once.
    const { asked, keys } = await converse(goal, (choices) =>
      choices.includes('Repairs and DIY')
        ? 'Repairs and DIY'
        : (choices.find((choice) => choice === 'A bike repair') ?? choices[0]!),
    );
    expect(asked.length).toBeLessThanOrEqual(2);
    expect(asked.at(-1)?.choices).toContain('A bike repair');
    expect(first.status).toBe('need_clarification');
    expect(keys.some((key) => key.startsWith('fix-bike-'))).toBe(true);
  });

  it('never offers a safety net: whatever area or button a beginner welder taps, the protective kit comes first', async () => {
    const goal: Goal = {
      title: 'Weld a garden gate from scrap steel',
      description: "I've never welded and I'm scared for my eyes. I'd like to make it in the garage.",
    };
    for (const tap of ['Repairs and DIY', pack.generic.other.en, pack.generic.none.en]) {
      const { asked, keys } = await converse(goal, (choices) => (choices.includes(tap) ? tap : choices.at(-1)!));
      for (const question of asked) expect(question.choices?.join(' ')).not.toMatch(/weld|protect/i);
      expect(keys[0], tap).toBe('skill-hazard-kit');
    }
  });
});

describe('a safety net takes the goal from another kind', () => {
  it('gives a sleeping-pill goal read as sleep the GP plan', async () => {
    const { keys } = await converse(
      {
        title: 'Sleep without the sleeping pills',
        description: 'Three years on zopiclone, I can’t drop off without it.',
      },
      (choices) => choices.at(-1)!,
    );
    expect(keys[0]).toBe('quit-meds-gp');
  });

  it('takes a goal only when its title names the net: a past job as a welder leaves a job search a job search', async () => {
    const ctx = aCoachContext({
      goal: {
        id: 'g',
        title: 'Find office work I can do sitting down',
        description: 'I used to be a welder, but after my back operation I cannot stand for long.',
        goalType: 'career',
      },
      mayAsk: false,
    });
    const first = await coach.nextStep(ctx);
    expect(first.status === 'ok' && first.coachKey?.startsWith('car-')).toBe(true);
  });

  it('leaves an experienced welder in their own kind (their branch has no beginner kit steps)', async () => {
    const ctx = aCoachContext({
      goal: {
        id: 'g',
        title: 'Pass my coded welding test',
        description: "I've been welding for twelve years, already a qualified welder; the test is on 3 March.",
        goalType: 'exam',
      },
      mayAsk: false,
    });
    const first = await coach.nextStep(ctx);
    expect(first.status === 'ok' && first.coachKey?.startsWith('exam-')).toBe(true);
  });
});

describe('the content check for situation names', () => {
  it('refuses a situation with no button name, a name twice in a kind, and a named safety net', () => {
    const repair = pack.types.find((kind) => kind.id === 'repair')!;
    const [first, second] = repair.situations!;
    const broken = {
      ...repair,
      situations: [
        { ...first!, name: undefined },
        { ...second!, name: first!.name },
        { ...second!, always: true as const },
      ],
    };
    const problems = kindProblems('repair', broken, pack.never, pack.slots);
    expect(problems.some((problem) => problem.includes(`${first!.id} has no name`))).toBe(true);
    expect(problems.some((problem) => problem.includes('drop its name'))).toBe(true);
    const twice = { ...repair, situations: [first!, { ...second!, name: first!.name }] };
    expect(kindProblems('repair', twice, pack.never, pack.slots).join('\n')).toContain('already another situation');
    expect(kindProblems('repair', repair, pack.never, pack.slots)).toEqual([]);
  });
});
