import { describe, expect, it } from 'vitest';
import type { SafetyExample } from '../../content/safety-corpus.schema.js';
import { crisisTrainingSet } from './crisis-model.js';
import { GOAL_EXAMPLE_WEIGHT, GOAL_TEXT_WEIGHT, goalRegisterTrainingSet } from './goal-register-model.js';

const corpus: SafetyExample[] = [
  { text: 'I want to die', lang: 'en', crisis: true, category: 'ideation' },
  { text: 'This traffic is killing me. Honestly.', lang: 'en', crisis: false, kind: 'idioms' },
];
const written: SafetyExample[] = [
  { text: 'Give my guitars away before I go', lang: 'en', crisis: true, category: 'goodbye' },
  { text: 'Write a will now that we have twins', lang: 'en', crisis: false, kind: 'practical' },
];

describe("the goal register's training set", () => {
  const set = goalRegisterTrainingSet(corpus, ['done'], ['Learn to sail. Weekends only.'], written);

  it("holds chat's whole training set unchanged, so what chat learns is no less in the goal register", () => {
    const chat = crisisTrainingSet(corpus, ['done']);
    expect(set.slice(0, chat.length)).toEqual(chat);
  });

  it('reads goals as people write them as safe, at their own weight, a long one also by its sentences', () => {
    expect(set).toContainEqual({ text: 'Learn to sail. Weekends only.', label: 'safe', weight: GOAL_TEXT_WEIGHT });
    expect(set).toContainEqual({ text: 'Weekends only.', label: 'safe', weight: 0.5 });
  });

  it('learns the written crises said as goals by their category, and the goals near the line as safe', () => {
    expect(set).toContainEqual({
      text: 'Give my guitars away before I go',
      label: 'goodbye',
      weight: GOAL_EXAMPLE_WEIGHT,
    });
    expect(set).toContainEqual({
      text: 'Write a will now that we have twins',
      label: 'safe',
      weight: GOAL_EXAMPLE_WEIGHT,
    });
  });
});
