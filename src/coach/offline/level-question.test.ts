import { describe, expect, it } from 'vitest';
import type { CoachContext } from '../../core/goals/coach.port.js';
import { aCoachContext } from '../../../test/factories/coach-context.js';
import { converse as talk, type Question } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { pack, coach } = shippedOfflineCoach();

type Goal = { title: string; description: string; locale?: 'en' | 'ru' };

const start = ({ title, description, locale = 'en' }: Goal, clarifications: CoachContext['clarifications'] = []) =>
  aCoachContext({ goal: { id: 'g', title, description, goalType: null }, clarifications, locale, mayAsk: true });

/** The person's conversation: each question answered by `answer` (a button, or words typed), then five steps. */
const converse = (goal: Goal, answer: (asked: Question, turn: number) => string) =>
  talk(coach, (clarifications) => start(goal, clarifications), answer);

const { level } = pack.generic;
const halfMarathon: Goal = {
  title: 'Run a half marathon in October',
  description: 'My friend talked me into it and the race is in Cardiff, I have three months.',
};
/** Two years of running, never on ice: the text pulls both ways. */
const iceHalf: Goal = {
  title: 'Пробежать ледовый полумарафон на Байкале',
  description:
    'Бегаю два года, полумарафон по асфальту пробегал за 2:05. Старт в марте, а бегать по льду и в такой мороз никогда не пробовал.',
  locale: 'ru',
};

describe('the level question', () => {
  it('asks how far along the person is when their description does not say, and their tap sets the first steps', async () => {
    const beginner = await converse(halfMarathon, () => level.beginner.en);
    expect(beginner.asked[0]!.question).toContain("where are you with 'Run a half marathon in October'");
    expect(beginner.asked[0]!.choices).toEqual([level.beginner.en, level.returning.en, level.active.en]);
    // The safe start: a health check first, no review of training they do not have.
    expect(beginner.text).toMatch(/health condition/);
    expect(beginner.text).not.toMatch(/last two weeks/);

    const active = await converse(halfMarathon, (asked) =>
      asked.choices?.includes(level.active.en) ? level.active.en : asked.choices![0]!,
    );
    expect(active.text.split('\n')[0]).toMatch(/last two weeks of your sport/);
    expect(active.text).not.toMatch(/health condition/);
  });

  it('asks in Russian when the text says the level two ways; «уже занимаюсь» leads to the runner’s steps', async () => {
    const runner = await converse(iceHalf, (asked) =>
      asked.choices?.includes(level.active.ru) ? level.active.ru : asked.choices![0]!,
    );
    expect(runner.asked[0]!.question).toContain('где ты сейчас с целью «Пробежать ледовый полумарафон на Байкале»');
    expect(runner.asked[0]!.choices).toEqual([level.beginner.ru, level.returning.ru, level.active.ru]);
    // The level settled, the situation question still comes second.
    expect(runner.asked[1]!.question.startsWith(pack.generic.situation.ru.split('{title}')[0]!)).toBe(true);
    expect(runner.text).toMatch(/последние две недели/);
  });

  it('reads an answer typed instead of tapped as the person’s own words', async () => {
    const typed = await converse(halfMarathon, (_asked, turn) =>
      turn === 0 ? 'I ran at school but nothing for ten years' : _asked.choices!.at(-1)!,
    );
    expect(typed.asked).toHaveLength(1);
    // A comeback: the returning steps, not a beginner's or a trained runner's.
    expect(typed.keys).toEqual(expect.arrayContaining(['sport-28', 'sport-29']));
    expect(typed.text).not.toMatch(/last two weeks/);
  });

  it('asks nothing about the level of a bare title or of a description that gives it', async () => {
    const bare = await coach.clarifyGoal(start({ title: 'Run a half marathon', description: '' }));
    expect(bare.status).toBe('ok');
    const told = await converse(
      {
        title: 'Run a half marathon in October',
        description: 'I run 40 km a week and did two half marathons last year, the race is in Cardiff.',
      },
      (asked) => asked.choices!.at(-1)!,
    );
    const levelAsked = told.asked.filter((asked) => asked.question.startsWith(level.question.en.split('{title}')[0]!));
    expect(levelAsked).toEqual([]);
    expect(told.text).toMatch(/last two weeks of your sport/);
  });

  it('after a question about the kind, asks about the situation rather than the level (two questions at most)', async () => {
    const cake = await converse(
      {
        title: "Make and stack a three-tier cake for my sister's wedding",
        description:
          'I bake a decent Victoria sponge but have never done dowels, fondant or anything tiered. The wedding is 14 September and my kitchen oven only fits one 8-inch tin at a time.',
      },
      (asked, turn) => (turn === 0 ? 'Learning a skill' : asked.choices![0]!),
    );
    const [kind, situation] = cake.asked;
    expect(kind!.choices).toEqual(expect.arrayContaining(['Learning a skill', pack.generic.other.en]));
    expect(situation!.question.startsWith(pack.generic.situation.en.split('{title}')[0]!)).toBe(true);
    expect(situation!.choices).toEqual(['A tiered or wedding cake', pack.generic.none.en]);
    expect(cake.keys[0]).toBe('skill-tier-plan');
  });
});
