import type { SafetyExample } from '../../content/safety-corpus.schema.js';
import {
  type IntentModel,
  type LabelledText,
  modelFromWeights,
  quantiseWeights,
  seededRandom,
  type TrainOptions,
  trainIntentModel,
} from '../intents/classifier.js';
import { type CrisisModel, crisisModelFrom, SAFE } from './crisis-scorer.js';
import { segmentsOf } from './segments.js';

// Serving lives in crisis-scorer.ts and reading in segments.ts; importers of the model find them here too.
export { crisisModelFrom, type CrisisModel, type CrisisScore } from './crisis-scorer.js';
export { SEGMENT_MARGIN, segmentsOf, sentencesOf } from './segments.js';

/**
 * The intent router's classifier (softmax over hashed character n-grams and words), trained on
 * the crisis corpus with one label per crisis category plus `safe`. Character n-grams carry
 * Russian word forms and typos; the categories let the reply fit the need. `balance` is off: the
 * safe label holds as many examples as all crisis labels together, and weighting each label
 * equally would make `safe` count for an eighth of the data.
 */
export const CRISIS_TRAIN_OPTIONS: Partial<TrainOptions> = { balance: false, epochs: 14, bits: 20 };

/** Bumped when anything that shapes the trained numbers changes outside the functions the cache hashes. */
export const CRISIS_MODEL_VERSION = 3;

/** The sentences of a safe text are safe too: they teach the model what fragments of safe texts look like. */
const FRAGMENT_WEIGHT = 0.5;

/** Everyday text from the programs (what people type to the coach) counts half as much as the corpus. */
const BACKGROUND_WEIGHT = 0.5;

/**
 * Ordinary goals' titles and descriptions, the goal register model's own safe text, each count this much, beside the
 * everyday background rather than inside its capped total (where each weighed about a quarter).
 */
export const GOAL_TEXT_WEIGHT = 0.5;

/** About how many background texts there were when the detector's options and floors were tuned. */
const TUNED_BACKGROUND_TEXTS = 6_500;

/**
 * The training set: every example whole, plus each sentence and sentence pair of every long safe
 * example (a crisis text's sentences cannot be labelled one by one, so they are not added).
 */
export function crisisTrainingSet(
  examples: readonly SafetyExample[],
  background: readonly string[] = [],
  goals: readonly string[] = [],
): LabelledText[] {
  const whole = examples.map((example) => ({ text: example.text, label: example.crisis ? example.category : SAFE }));
  const fragments = examples.flatMap((example) =>
    example.crisis
      ? []
      : segmentsOf(example.text)
          .slice(1)
          .map((text) => ({ text, label: SAFE, weight: FRAGMENT_WEIGHT })),
  );
  // The background's total weight stays what the detector was tuned with, however much coaching
  // content is written later: more safe text must not tilt the model away from catching a crisis.
  const weight = BACKGROUND_WEIGHT * Math.min(1, TUNED_BACKGROUND_TEXTS / Math.max(background.length, 1));
  const everyday = background.map((text) => ({ text, label: SAFE, weight }));
  const ordinaryGoals = goals.map((text) => ({ text, label: SAFE, weight: GOAL_TEXT_WEIGHT }));
  return [...whole, ...fragments, ...everyday, ...ordinaryGoals];
}

/**
 * The bagged ensemble: each seed trains a model on the same examples in its own order, each example counted a
 * random number of times (Poisson(1), as a bootstrap sample draws it). A single model moved by several messages per
 * held-out set when only the training order changed; the average of several is steadier. The models share one
 * feature space and are linear, so averaging their scores (logits) is averaging their weights: the ensemble is
 * served as one model, no larger and no slower than one.
 */
export const CRISIS_ENSEMBLE = { seeds: [11, 23, 37], bagging: false } as const;

/** FNV-1a of a string: the order-free sort key of a training example (and the tuning script's fold). */
export const hashOf = (text: string) => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
};

/**
 * The examples in an order of their own (by a hash of label and text), so the order of the corpus files and of
 * the texts in them cannot change the trained model.
 */
export function canonicalOrder(set: readonly LabelledText[]): LabelledText[] {
  const keyed = set.map((example) => ({ example, key: `${example.label}\u0000${example.text}` }));
  return keyed
    .map((entry) => ({ ...entry, hash: hashOf(entry.key) }))
    .sort((left, right) => left.hash - right.hash || (left.key < right.key ? -1 : left.key > right.key ? 1 : 0))
    .map((entry) => entry.example);
}

/** A Poisson(1) count per example, drawn from the seed: the bootstrap sample as weights (0 leaves one out). */
function bagged(set: readonly LabelledText[], seed: number): LabelledText[] {
  const random = seededRandom(seed * 7919);
  return set.map((example) => {
    let count = 0;
    for (let threshold = Math.exp(-1), product = random(); product > threshold; product *= random()) count++;
    return { ...example, weight: (example.weight ?? 1) * count };
  });
}

/** One linear model whose scores are the mean of the models' scores: they must share labels and features. */
export function averageModels(models: readonly IntentModel[]): IntentModel {
  const all = models.map((model) => model.weights());
  const first = all[0]!;
  for (const other of all)
    if (other.labels.join() !== first.labels.join() || other.weights.length !== first.weights.length)
      throw new RangeError('averageModels: the models do not share labels and features');
  const weights = new Float32Array(first.weights.length);
  const bias = new Float64Array(first.bias.length);
  for (const model of all) {
    for (let i = 0; i < weights.length; i++) weights[i]! += model.weights[i]! / all.length;
    for (let k = 0; k < bias.length; k++) bias[k]! += model.bias[k]! / all.length;
  }
  return modelFromWeights({ ...first, weights, bias });
}

/**
 * Trains the crisis model on the labelled corpus plus `background`: everyday messages of the
 * programs (the intent router's examples), which the corpus's emotional hard negatives do not
 * cover ("done", "letter to myself", «эмоциональная сверка»). Pure: the same examples (in any order),
 * the same model.
 */
export function trainCrisisModel(
  examples: readonly SafetyExample[],
  options: Partial<TrainOptions> & {
    background?: readonly string[];
    seeds?: readonly number[];
    bagging?: boolean;
  } = {},
): CrisisModel {
  const { background, ...train } = options;
  return crisisModelFrom(trainCrisisEnsemble(crisisTrainingSet(examples, background), train));
}

/**
 * The bagged ensemble on a training set, averaged into one model and served quantised (int8): a quarter of the memory,
 * which lets goals have a model of their own (trained-crisis-check.ts) within the screen's 30 MB.
 */
export function trainCrisisEnsemble(
  set: readonly LabelledText[],
  options: Partial<TrainOptions> & { seeds?: readonly number[]; bagging?: boolean } = {},
): IntentModel {
  const { seeds = CRISIS_ENSEMBLE.seeds, bagging = CRISIS_ENSEMBLE.bagging, ...train } = options;
  const ordered = canonicalOrder(set);
  const averaged = averageModels(
    seeds.map((seed) =>
      trainIntentModel(bagging ? bagged(ordered, seed) : ordered, { ...CRISIS_TRAIN_OPTIONS, ...train, seed }),
    ),
  );
  return modelFromWeights(quantiseWeights(averaged.weights()));
}
