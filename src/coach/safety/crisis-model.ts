import { CRISIS_CATEGORIES, type CrisisCategory } from '../../core/safety.port.js';
import type { SafetyExample } from '../../content/safety-corpus.schema.js';
import {
  type IntentModel,
  type LabelledText,
  modelFromWeights,
  type ModelWeights,
  normaliseText,
  seededRandom,
  type TrainOptions,
  trainIntentModel,
} from '../intents/classifier.js';

/** The label of every hard-but-safe example; the others are crisis categories. */
const SAFE = 'safe';

export interface CrisisScore {
  /** How likely the text (its most worrying part) is a crisis: 1 − P(safe), 0–1. */
  p: number;
  /** The most likely crisis category of that part. */
  category: CrisisCategory;
}

export interface CrisisModel {
  score(text: string): CrisisScore;
  /** The underlying classifier's numbers, for caching a trained model. */
  weights(): ModelWeights;
}

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

/** Splits a long text at sentence ends and line breaks; a piece without a letter is no sentence. */
export const sentencesOf = (text: string) =>
  text
    .split(/(?<=[.!?…;])\s+|\n+/u)
    .map((fragment) => fragment.trim())
    .filter((fragment) => /\p{L}/u.test(fragment));

/**
 * Sentences scored one by one and in pairs. A letter may hold 8,000 characters, and its last line
 * matters as much as its first: this bound (far above any letter) only guards against pathological
 * input.
 */
const MAX_SENTENCES = 400;

/**
 * A crisis sentence inside a long letter is diluted in the letter's features, so a long text is
 * also scored sentence by sentence and in neighbouring pairs, and its most worrying part counts.
 */
export function segmentsOf(text: string): string[] {
  const sentences = sentencesOf(text);
  if (sentences.length <= 1) return [text];
  const segments = [text];
  const count = Math.min(sentences.length, MAX_SENTENCES);
  for (let i = 0; i < count; i++) {
    segments.push(sentences[i]!);
    if (i > 0) segments.push(`${sentences[i - 1]} ${sentences[i]}`);
  }
  return segments;
}

/**
 * A sentence on its own carries less context than the whole text, so it must be this much more
 * likely a crisis than the whole-text threshold before it alone flags the text.
 */
export const SEGMENT_MARGIN = 0.2;

/** The sentences of a safe text are safe too: they teach the model what fragments of safe texts look like. */
const FRAGMENT_WEIGHT = 0.5;

/** Everyday text from the programs (what people type to the coach) counts half as much as the corpus. */
const BACKGROUND_WEIGHT = 0.5;

/** About how many background texts there were when the detector's options and floors were tuned. */
const TUNED_BACKGROUND_TEXTS = 6_500;

/** A text needs this many letters before the model reads it ("4", "ok" and "да" say nothing of a crisis). */
const MIN_LETTERS = 3;

/**
 * The training set: every example whole, plus each sentence and sentence pair of every long safe
 * example (a crisis text's sentences cannot be labelled one by one, so they are not added).
 */
export function crisisTrainingSet(
  examples: readonly SafetyExample[],
  background: readonly string[] = [],
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
  return [...whole, ...fragments, ...everyday];
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

/** The bagged ensemble on a training set, averaged into one model. */
export function trainCrisisEnsemble(
  set: readonly LabelledText[],
  options: Partial<TrainOptions> & { seeds?: readonly number[]; bagging?: boolean } = {},
): IntentModel {
  const { seeds = CRISIS_ENSEMBLE.seeds, bagging = CRISIS_ENSEMBLE.bagging, ...train } = options;
  const ordered = canonicalOrder(set);
  return averageModels(
    seeds.map((seed) =>
      trainIntentModel(bagging ? bagged(ordered, seed) : ordered, { ...CRISIS_TRAIN_OPTIONS, ...train, seed }),
    ),
  );
}

/** The crisis reading of a trained classifier (one label per category plus `safe`). */
export function crisisModelFrom(model: IntentModel): CrisisModel {
  const scoreOne = (text: string): CrisisScore => {
    const { ranked } = model.predict(text);
    const safe = ranked.find((rankedLabel) => rankedLabel.label === SAFE)?.p ?? 0;
    const top = ranked.find((rankedLabel) => rankedLabel.label !== SAFE)!;
    return { p: 1 - safe, category: top.label as CrisisCategory };
  };
  return {
    score(text) {
      if ((normaliseText(text).match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS)
        return { p: 0, category: CRISIS_CATEGORIES[0] };
      const [whole, ...parts] = segmentsOf(text);
      let worst = scoreOne(whole!);
      for (const part of parts) {
        const crisisScore = scoreOne(part);
        if (crisisScore.p - SEGMENT_MARGIN > worst.p)
          worst = { p: crisisScore.p - SEGMENT_MARGIN, category: crisisScore.category };
      }
      return worst;
    },
    weights: () => model.weights(),
  };
}
