/**
 * The offline intent classifier: a multinomial logistic regression (softmax) over hashed
 * character n-grams and words.
 *
 * Why this model and not keyword stems or an embedding model:
 * - Character n-grams (2–5, inside space-padded words) share most of their grams between Russian
 *   word forms ("злюсь", "злилась", "злость") and between a word and its typo ("anxous",
 *   "anxious"), so the model copes with morphology and misspellings without a stemmer.
 * - Word unigrams and bigrams add what the grams cannot see ("my son", "не могу").
 * - Logistic regression gives probabilities the bot can threshold (start / confirm / ask), trains
 *   on a thousand examples in well under a second, predicts in microseconds, needs no dependency,
 *   and is deterministic: a seeded shuffle, no Math.random.
 * Tried and dropped, because cross-validation did not improve: IDF weighting, feature and word
 * dropout, a message-length feature, n-grams up to 6, 5-letter prefixes as stems, no per-label
 * bias, multinomial naive Bayes, synthetic longer messages (two examples joined, a greeting
 * prepended), and bagging two seeds (steadier, no better, twice the time). Re-measured with the
 * larger example set: stemmed words (a light Russian suffix stripper, or 5–6-letter prefixes) as
 * extra word features, skip-bigrams, n-grams across word boundaries, averaging the last epochs'
 * weights, an ensemble of 2–3 seeds, and other values of epochs, L2, word weight, learning rate
 * and hash size all moved accuracy by less than its seed-to-seed noise (~1 point): the grams
 * already cover Russian word forms, and what helps is more varied examples.
 * Pure: no I/O; examples come in, a model comes out.
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

/** A trained model's numbers: the bucket → row map, one weight per row and label, a bias per label. */
export interface ModelWeights {
  labels: string[];
  bits: number;
  wordWeight: number;
  rowOf: Int32Array;
  weights: Float32Array;
  bias: Float64Array;
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

/** Chosen by 5-fold cross-validation on the recovery intents; accuracy is flat around these values. */
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
const fnv = (h: number, code: number) => Math.imul(h ^ code, 16777619);
const hashString = (h: number, s: string) => {
  for (let i = 0; i < s.length; i++) h = fnv(h, s.charCodeAt(i));
  return h;
};
/** murmur3's finaliser: FNV's low bits alone spread poorly over a power-of-two table. */
const bucketOf = (h: number, mask: number) => {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & mask;
};

/** Per-size scratch tables for counting a text's buckets; always left zeroed after use. */
const scratch = new Map<number, Float64Array>();

/** A text's features: hashed buckets with L2-normalised log-TF values (empty for a text without words). */
export function featurise(
  text: string,
  options: Pick<TrainOptions, 'bits' | 'wordWeight'> = DEFAULT_TRAIN_OPTIONS,
): SparseVector {
  const mask = (1 << options.bits) - 1;
  let counts = scratch.get(options.bits);
  if (!counts) scratch.set(options.bits, (counts = new Float64Array(mask + 1)));
  const touched: number[] = [];
  const add = (h: number, w: number) => {
    const b = bucketOf(h, mask);
    if (counts[b] === 0) touched.push(b);
    counts[b]! += w;
  };
  const words = normaliseText(text).split(' ').filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const padded = ` ${words[i]} `;
    // FNV is incremental: one pass from each start yields its 2-, 3-, 4- and 5-grams.
    for (let start = 0; start < padded.length - 1; start++) {
      let h = SEED.gram;
      for (let n = 1; n <= 5 && start + n <= padded.length; n++) {
        h = fnv(h, padded.charCodeAt(start + n - 1));
        if (n >= 2) add(h, 1);
      }
    }
    add(hashString(SEED.word, words[i]!), options.wordWeight);
    if (i > 0) add(hashString(hashString(SEED.pair, words[i - 1]!), ` ${words[i]}`), options.wordWeight);
  }
  const index = new Int32Array(touched.length);
  const value = new Float64Array(touched.length);
  let norm = 0;
  for (let i = 0; i < touched.length; i++) {
    const b = touched[i]!;
    const c = counts[b]!;
    counts[b] = 0;
    index[i] = b;
    value[i] = c > 1 ? 1 + Math.log(c) : c;
    norm += value[i]! * value[i]!;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < value.length; i++) value[i]! /= norm;
  return { index, value };
}

/** mulberry32: a tiny seeded generator, so the same examples always train the same model. */
function seededRandom(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Trains the model with per-example AdaGrad. Only the buckets the examples use get weight rows
 * (`rowOf` maps a bucket to its row; a bucket no example used would keep zero weights anyway),
 * so a model stays small however large the hashed space is.
 */
export function trainIntentModel(examples: readonly LabelledText[], options: Partial<TrainOptions> = {}): IntentModel {
  const o = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const labels = [...new Set(examples.map((e) => e.label))];
  if (labels.length === 0) throw new RangeError('trainIntentModel: no examples');
  const K = labels.length;
  const rowOf = new Int32Array(1 << o.bits).fill(-1);
  let rows = 0;
  const data = examples.map((e) => {
    const v = featurise(e.text, o);
    const row = new Int32Array(v.index.length);
    for (let i = 0; i < row.length; i++)
      row[i] = rowOf[v.index[i]!]! >= 0 ? rowOf[v.index[i]!]! : (rowOf[v.index[i]!] = rows++);
    return { row, value: v.value, y: labels.indexOf(e.label), weight: e.weight ?? 1 };
  });
  const perLabel = labels.map((_, k) => data.reduce((sum, d) => sum + (d.y === k ? d.weight : 0), 0));
  const total = perLabel.reduce((a, b) => a + b, 0);
  const labelWeight = perLabel.map((n) => (o.balance ? total / (K * n) : 1));

  // Float32: half the memory of Float64 and no measurable difference in accuracy.
  const W = new Float32Array(rows * K);
  const G = new Float32Array(rows * K);
  const bias = new Float64Array(K);
  const Gbias = new Float64Array(K);
  const p = new Float64Array(K);
  const grad = new Float64Array(K);
  const liveLabel = new Int32Array(K);
  const softmax = (row: Int32Array, value: Float64Array) => {
    p.set(bias);
    for (let i = 0; i < row.length; i++) {
      if (row[i]! < 0) continue;
      const base = row[i]! * K;
      for (let k = 0; k < K; k++) p[k]! += W[base + k]! * value[i]!;
    }
    let max = -Infinity;
    for (const s of p) max = Math.max(max, s);
    let sum = 0;
    for (let k = 0; k < K; k++) sum += p[k] = Math.exp(p[k]! - max);
    for (let k = 0; k < K; k++) p[k]! /= sum;
  };

  const random = seededRandom(o.seed);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const n of order) {
      const { row, value, y, weight } = data[n]!;
      softmax(row, value);
      let live = 0;
      for (let k = 0; k < K; k++) {
        const g = (p[k]! - (k === y ? 1 : 0)) * labelWeight[y]! * weight;
        if (Math.abs(g) < o.minGradient) continue;
        grad[live] = g;
        liveLabel[live++] = k;
        Gbias[k]! += g * g;
        bias[k]! -= (o.learningRate * g) / (Math.sqrt(Gbias[k]!) + 1e-8);
      }
      for (let i = 0; i < row.length; i++) {
        const base = row[i]! * K;
        for (let l = 0; l < live; l++) {
          const at = base + liveLabel[l]!;
          const gw = grad[l]! * value[i]! + o.l2 * W[at]!;
          G[at]! += gw * gw;
          W[at]! -= (o.learningRate * gw) / (Math.sqrt(G[at]!) + 1e-8);
        }
      }
    }
  }

  return modelFromWeights({ labels, bits: o.bits, wordWeight: o.wordWeight, rowOf, weights: W, bias });
}

/** A model from its numbers (a trained one, or one read back from a file). */
export function modelFromWeights(w: ModelWeights): IntentModel {
  const K = w.labels.length;
  const p = new Float64Array(K);
  const options = { bits: w.bits, wordWeight: w.wordWeight };
  return {
    labels: w.labels,
    predict(text) {
      const v = featurise(text, options);
      p.set(w.bias);
      for (let i = 0; i < v.index.length; i++) {
        const row = w.rowOf[v.index[i]!]!;
        if (row < 0) continue;
        const base = row * K;
        for (let k = 0; k < K; k++) p[k]! += w.weights[base + k]! * v.value[i]!;
      }
      let max = -Infinity;
      for (const s of p) max = Math.max(max, s);
      let sum = 0;
      for (let k = 0; k < K; k++) sum += p[k] = Math.exp(p[k]! - max);
      const ranked = w.labels.map((label, k) => ({ label, p: p[k]! / sum })).sort((a, b) => b.p - a.p);
      return { label: ranked[0]!.label, confidence: ranked[0]!.p, ranked };
    },
    weights: () => w,
  };
}
