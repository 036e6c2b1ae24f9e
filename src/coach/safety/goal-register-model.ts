import type { LabelledText } from '../intents/classifier.js';
import type { SafetyExample } from '../../content/safety-corpus.schema.js';
import { crisisTrainingSet } from './crisis-model.js';
import { SAFE } from './crisis-scorer.js';
import { segmentsOf } from './segments.js';

/**
 * A goal as people write it counts half as much as a safe example of the corpus: at full weight the coach's 5,800
 * goals taught the model that a goal's words are safe, and crises said as goals were missed with them.
 */
export const GOAL_TEXT_WEIGHT = 0.5;

/**
 * A hand-written goal-register example (content/safety/goal-corpus: crises said as goals, goals near the line) counts
 * twice: they are few beside the coach's goals, and they are what teaches the model that a crisis is no less one for
 * being said as a goal.
 */
export const GOAL_EXAMPLE_WEIGHT = 2;

/** A sentence of a goal's description counts half, as a safe text's sentence does in the chat model. */
const GOAL_FRAGMENT_WEIGHT = 0.5;

/** Bumped when anything that shapes the goal register's numbers changes outside the files the cache hashes. */
export const GOAL_REGISTER_MODEL_VERSION = 2;

/**
 * The goal register's training set: the chat model's, plus goal titles and descriptions as people write them
 * (content/safety/goal-register.json) as safe, a long one also sentence by sentence, plus the hand-written crises said
 * as goals and goals near the line (content/safety/goal-corpus). Trained into the chat model
 * such goals cut false alarms on goals six-fold but cost chat recall, so they train a model of their own that only
 * a goal's fields are read with; chat keeps the model that never saw them.
 */
export function goalRegisterTrainingSet(
  examples: readonly SafetyExample[],
  background: readonly string[],
  goals: readonly string[],
  goalExamples: readonly SafetyExample[] = [],
): LabelledText[] {
  const texts = goals.flatMap((goal) =>
    segmentsOf(goal).map((text, at) => ({
      text,
      label: SAFE,
      weight: at === 0 ? GOAL_TEXT_WEIGHT : GOAL_FRAGMENT_WEIGHT,
    })),
  );
  const written = crisisTrainingSet(goalExamples).map((example) => ({
    ...example,
    weight: (example.weight ?? 1) * GOAL_EXAMPLE_WEIGHT,
  }));
  return [...crisisTrainingSet(examples, background), ...written, ...texts];
}
