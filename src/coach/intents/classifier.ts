/**
 * The offline intent classifier: a multinomial logistic regression (softmax) over hashed character
 * n-grams and words. Pure: no I/O; examples come in, a model comes out.
 */

export interface LabelledText {
  text: string;
  label: string;
  /** How much the example counts against the others (1 when absent); background text counts less. */
  weight?: number;
}

export interface RankedLabel {
  label: string;
  p: number;
}

export interface IntentPrediction {
  label: string;
  confidence: number;
  /** Every label, most probable first. */
  ranked: RankedLabel[];
}

export interface IntentModel {
  readonly labels: readonly string[];
  predict(text: string): IntentPrediction;
  /** Everything the model is, for saving it and reading it back with `modelFromWeights`. */
  weights(): ModelWeights;
}

/**
 * A trained model's numbers: the bucket → row map, one weight per row and label, a bias per label. Quantised weights
 * (`quantiseWeights`) are whole numbers with a scale per label: the weight is `weights[row·labels + k] · scales[k]`.
 */
export interface ModelWeights {
  labels: string[];
  bits: number;
  wordWeight: number;
  rowOf: Int32Array;
  weights: Float32Array | Int8Array;
  /** Per label; absent for float weights (a scale of 1). */
  scales?: Float64Array;
  bias: Float64Array;
}

/** The per-label scales of a model's weights: its own, or 1 for float weights (exact: w · 1 is w). */
export const scalesOf = (stored: ModelWeights): Float64Array =>
  stored.scales ?? new Float64Array(stored.labels.length).fill(1);

/**
 * The same model in a quarter of the memory: each label's weights rounded to 255 levels of its largest magnitude
 * (int8). A label's weights span about ±5 and a text's feature values are L2-normalised, so the rounding moves a
 * logit by a few thousandths: on the crisis screen's development sets (eight spent blind sets, the goal sets) no
 * figure moved by more than one message, as between two training seeds.
 */
export function quantiseWeights(stored: ModelWeights): ModelWeights {
  if (stored.scales) return stored;
  const labelCount = stored.labels.length;
  const largest = new Float64Array(labelCount);
  stored.weights.forEach((weight, i) => {
    largest[i % labelCount] = Math.max(largest[i % labelCount]!, Math.abs(weight));
  });
  const scales = largest.map((value) => (value > 0 ? value / 127 : 1));
  const weights = new Int8Array(stored.weights.length);
  for (let i = 0; i < weights.length; i++) weights[i] = Math.round(stored.weights[i]! / scales[i % labelCount]!);
  return { ...stored, weights, scales };
}

export interface TrainOptions {
  /** The feature space has 2^bits hashed buckets. */
  bits: number;
  epochs: number;
  /** AdaGrad's base step. */
  learningRate: number;
  /** L2 penalty, applied to a weight whenever its feature occurs in an example. */
  l2: number;
  /** Word unigrams and bigrams weigh this much against one character n-gram. */
  wordWeight: number;
  /** Weigh labels so each counts equally however many examples it has (else larger labels win ties). */
  balance: boolean;
  /** A label whose gradient on an example is below this is not updated for it (saves time, not accuracy). */
  minGradient: number;
  seed: number;
}

/**
 * Chosen by 5-fold cross-validation on the recovery intents; accuracy is flat around these values
 * (what else was measured: docs/notes/intent-classifier.md).
 */
export const DEFAULT_TRAIN_OPTIONS: Readonly<TrainOptions> = {
  bits: 18,
  epochs: 8,
  learningRate: 0.3,
  l2: 1e-3,
  wordWeight: 2,
  balance: true,
  minGradient: 1e-3,
  seed: 1,
};

/** Lower case, ё→е, no accents, apostrophes, punctuation or emoji; one space between words. */
export const normaliseText = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\p{M}/gu, '')
    .replace(/ё/g, 'е')
    .replace(/['’ʼ`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export interface SparseVector {
  index: Int32Array;
  value: Float64Array;
}

const SEED = { gram: 0x811c9dc5, word: 0x01000193, pair: 0x9e3779b9 };
const fnv = (hash: number, code: number) => Math.imul(hash ^ code, 16777619);
const hashString = (hash: number, text: string) => {
  for (let i = 0; i < text.length; i++) hash = fnv(hash, text.charCodeAt(i));
  return hash;
};
/** murmur3's finaliser: FNV's low bits alone spread poorly over a power-of-two table. */
const bucketOf = (hash: number, mask: number) => {
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) & mask;
};

/** Per-size scratch tables for counting a text's buckets; always left zeroed after use. */
const scratch = new Map<number, Float64Array>();

/**
 * A text's features: hashed buckets with L2-normalised log-TF values (empty for a text without words).
 * Character 2–5-grams inside space-padded words are shared by Russian word forms («злюсь», «злость»)
 * and by a word and its typo, so no stemmer is needed; word unigrams and bigrams add what the grams
 * cannot see ("my son", «не могу»).
 */
export function featurise(
  text: string,
  options: Pick<TrainOptions, 'bits' | 'wordWeight'> = DEFAULT_TRAIN_OPTIONS,
): SparseVector {
  const mask = (1 << options.bits) - 1;
  let counts = scratch.get(options.bits);
  if (!counts) scratch.set(options.bits, (counts = new Float64Array(mask + 1)));
  const touched: number[] = [];
  const add = (hash: number, weight: number) => {
    const bucket = bucketOf(hash, mask);
    if (counts[bucket] === 0) touched.push(bucket);
    counts[bucket]! += weight;
  };
  const words = normaliseText(text).split(' ').filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const padded = ` ${words[i]} `;
    // FNV is incremental: one pass from each start yields its 2-, 3-, 4- and 5-grams.
    for (let start = 0; start < padded.length - 1; start++) {
      let hash = SEED.gram;
      for (let size = 1; size <= 5 && start + size <= padded.length; size++) {
        hash = fnv(hash, padded.charCodeAt(start + size - 1));
        if (size >= 2) add(hash, 1);
      }
    }
    add(hashString(SEED.word, words[i]!), options.wordWeight);
    if (i > 0) add(hashString(hashString(SEED.pair, words[i - 1]!), ` ${words[i]}`), options.wordWeight);
  }
  const index = new Int32Array(touched.length);
  const value = new Float64Array(touched.length);
  let norm = 0;
  for (let i = 0; i < touched.length; i++) {
    const bucket = touched[i]!;
    const count = counts[bucket]!;
    counts[bucket] = 0;
    index[i] = bucket;
    value[i] = count > 1 ? 1 + Math.log(count) : count;
    norm += value[i]! * value[i]!;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < value.length; i++) value[i]! /= norm;
  return { index, value };
}

/** mulberry32: a tiny seeded generator, so the same examples always train the same model. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Trains the model with per-example AdaGrad. Logistic regression rather than keyword stems or an
 * embedding model: its probabilities can be thresholded (start / confirm / ask), it trains on a
 * thousand examples in well under a second, and a seeded shuffle makes it deterministic
 * (docs/notes/intent-classifier.md). Only the buckets the examples use get weight rows
 * (`rowOf` maps a bucket to its row; a bucket no example used would keep zero weights anyway),
 * so a model stays small however large the hashed space is.
 */
export function trainIntentModel(examples: readonly LabelledText[], options: Partial<TrainOptions> = {}): IntentModel {
  const settings = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const labels = [...new Set(examples.map((example) => example.label))];
  if (labels.length === 0) throw new RangeError('trainIntentModel: no examples');
  const labelCount = labels.length;
  const rowOf = new Int32Array(1 << settings.bits).fill(-1);
  let rows = 0;
  const data = examples.map((example) => {
    const vector = featurise(example.text, settings);
    const row = new Int32Array(vector.index.length);
    for (let i = 0; i < row.length; i++)
      row[i] = rowOf[vector.index[i]!]! >= 0 ? rowOf[vector.index[i]!]! : (rowOf[vector.index[i]!] = rows++);
    return { row, value: vector.value, labelIndex: labels.indexOf(example.label), weight: example.weight ?? 1 };
  });
  const perLabel = labels.map((_, k) =>
    data.reduce((sum, entry) => sum + (entry.labelIndex === k ? entry.weight : 0), 0),
  );
  const total = perLabel.reduce((left, right) => left + right, 0);
  const labelWeight = perLabel.map((weightOfLabel) => (settings.balance ? total / (labelCount * weightOfLabel) : 1));

  // Float32: half the memory of Float64 and no measurable difference in accuracy.
  const weights = new Float32Array(rows * labelCount);
  const squaredGradients = new Float32Array(rows * labelCount);
  const bias = new Float64Array(labelCount);
  const squaredBiasGradients = new Float64Array(labelCount);
  const probabilities = new Float64Array(labelCount);
  // The labels one example updates (gradient above minGradient), and their gradients.
  const liveGradients = new Float64Array(labelCount);
  const liveLabels = new Int32Array(labelCount);
  const softmax = (row: Int32Array, value: Float64Array) => {
    probabilities.set(bias);
    for (let i = 0; i < row.length; i++) {
      if (row[i]! < 0) continue;
      const base = row[i]! * labelCount;
      for (let k = 0; k < labelCount; k++) probabilities[k]! += weights[base + k]! * value[i]!;
    }
    let max = -Infinity;
    for (const score of probabilities) max = Math.max(max, score);
    let sum = 0;
    for (let k = 0; k < labelCount; k++) sum += probabilities[k] = Math.exp(probabilities[k]! - max);
    for (let k = 0; k < labelCount; k++) probabilities[k]! /= sum;
  };

  const random = seededRandom(settings.seed);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const exampleIndex of order) {
      const { row, value, labelIndex, weight } = data[exampleIndex]!;
      softmax(row, value);
      let live = 0;
      for (let k = 0; k < labelCount; k++) {
        const gradient = (probabilities[k]! - (k === labelIndex ? 1 : 0)) * labelWeight[labelIndex]! * weight;
        if (Math.abs(gradient) < settings.minGradient) continue;
        liveGradients[live] = gradient;
        liveLabels[live++] = k;
        squaredBiasGradients[k]! += gradient * gradient;
        bias[k]! -= (settings.learningRate * gradient) / (Math.sqrt(squaredBiasGradients[k]!) + 1e-8);
      }
      for (let i = 0; i < row.length; i++) {
        const base = row[i]! * labelCount;
        for (let slot = 0; slot < live; slot++) {
          const at = base + liveLabels[slot]!;
          const weightGradient = liveGradients[slot]! * value[i]! + settings.l2 * weights[at]!;
          squaredGradients[at]! += weightGradient * weightGradient;
          weights[at]! -= (settings.learningRate * weightGradient) / (Math.sqrt(squaredGradients[at]!) + 1e-8);
        }
      }
    }
  }

  return modelFromWeights({ labels, bits: settings.bits, wordWeight: settings.wordWeight, rowOf, weights, bias });
}

/** A model from its numbers (a trained one, or one read back from a file). */
export function modelFromWeights(stored: ModelWeights): IntentModel {
  const labelCount = stored.labels.length;
  const probabilities = new Float64Array(labelCount);
  const options = { bits: stored.bits, wordWeight: stored.wordWeight };
  const scales = scalesOf(stored);
  return {
    labels: stored.labels,
    predict(text) {
      const vector = featurise(text, options);
      probabilities.set(stored.bias);
      for (let i = 0; i < vector.index.length; i++) {
        const row = stored.rowOf[vector.index[i]!]!;
        if (row < 0) continue;
        const base = row * labelCount;
        for (let k = 0; k < labelCount; k++)
          probabilities[k]! += stored.weights[base + k]! * scales[k]! * vector.value[i]!;
      }
      let max = -Infinity;
      for (const score of probabilities) max = Math.max(max, score);
      let sum = 0;
      for (let k = 0; k < labelCount; k++) sum += probabilities[k] = Math.exp(probabilities[k]! - max);
      const ranked = stored.labels
        .map((label, k) => ({ label, p: probabilities[k]! / sum }))
        .sort((left, right) => right.p - left.p);
      return { label: ranked[0]!.label, confidence: ranked[0]!.p, ranked };
    },
    weights: () => stored,
  };
}
