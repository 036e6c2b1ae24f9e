/**
 * The offline intent classifier: a multinomial logistic regression (softmax) over hashed
 * character n-grams and words.
 *
 * Why this model and not keyword stems or an embedding model:
 * - Character n-grams (2–5, inside word boundaries) share most of their grams between Russian word
 *   forms ("злюсь", "злилась", "злость") and between a word and its typo ("anxous", "anxious"), so
 *   the model copes with morphology and misspellings without a stemmer or a dictionary.
 * - Word unigrams and bigrams add the phrases n-grams cannot see ("my son", "не могу").
 * - Logistic regression gives probabilities the bot can threshold (start / confirm / ask), trains
 *   on a thousand examples in a fraction of a second, predicts in microseconds, needs no new
 *   dependency, and is deterministic: a seeded shuffle, no Math.random.
 * Pure: no I/O; the examples come in, a model comes out.
 */

export interface LabelledText {
  text: string;
  label: string;
  /** How much the example counts (1 when absent); background text can count for less. */
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
}

export interface TrainOptions {
  /** The feature space has 2^bits hashed buckets. */
  bits: number;
  epochs: number;
  /** AdaGrad's base step. */
  learningRate: number;
  /** L2 penalty, applied to a weight whenever its feature occurs in an example. */
  l2: number;
  /** Character n-grams from minGram to maxGram characters, taken inside each space-padded word. */
  minGram: number;
  maxGram: number;
  /** Weight of a feature for the message's length in words (greetings are short, stories long); 0 for none. */
  lengthWeight: number;
  /** Word unigrams and bigrams weigh this much against one character n-gram. */
  wordWeight: number;
  /** Weigh each label's examples so every label counts equally, however many examples it has. */
  balance: boolean;
  /** Weigh features by inverse document frequency, so grams every message has count for less. */
  idf: boolean;
  /** Learn a per-label bias (a prior); without it, text the model knows nothing of gets a flat answer. */
  bias: boolean;
  /** Each feature of each example is hidden with this probability in each epoch (a regulariser). */
  dropout: number;
  /** A label whose gradient on an example is smaller than this is not updated for it. */
  minGradient: number;
  seed: number;
}

export const DEFAULT_TRAIN_OPTIONS: Readonly<TrainOptions> = { bits: 18, minGram: 2, maxGram: 5, lengthWeight: 0, epochs: 20, learningRate: 0.3, l2: 1e-3, wordWeight: 2, balance: true, idf: true, minGradient: 1e-3, dropout: 0, bias: true, seed: 1 };

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

interface SparseVector {
  index: Int32Array;
  value: Float64Array;
}

const SEED: Record<'gram' | 'word' | 'pair' | 'length', number> = { gram: 0x811c9dc5, word: 0x01000193, pair: 0x9e3779b9, length: 0x85ebca6b };
const LENGTH_BUCKETS = [1, 2, 3, 5, 8, 12, Infinity];
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

/** A text's features as hashed buckets with log-TF values (1 + ln count), not yet weighed or normalised. */
export function featurise(text: string, options: Pick<TrainOptions, 'bits' | 'wordWeight' | 'minGram' | 'maxGram' | 'lengthWeight'> = DEFAULT_TRAIN_OPTIONS): SparseVector {
  const mask = (1 << options.bits) - 1;
  const counts = new Map<number, number>();
  const add = (h: number, w: number) => {
    const b = bucketOf(h, mask);
    counts.set(b, (counts.get(b) ?? 0) + w);
  };
  const words = normaliseText(text).split(' ').filter(Boolean);
  for (const [i, word] of words.entries()) {
    const padded = ` ${word} `;
    for (let start = 0; start < padded.length - 1; start++) {
      let h = SEED.gram;
      for (let n = 1; n <= options.maxGram && start + n <= padded.length; n++) {
        h = fnv(h, padded.charCodeAt(start + n - 1));
        if (n >= options.minGram) add(h, 1);
      }
    }
    add(hashString(SEED.word, word), options.wordWeight);
    if (i > 0) add(hashString(hashString(SEED.pair, words[i - 1]!), ` ${word}`), options.wordWeight);
  }
  if (options.lengthWeight > 0 && words.length) add(hashString(SEED.length, String(LENGTH_BUCKETS.findIndex((n) => words.length <= n))), options.lengthWeight);
  const index = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
  const value = Float64Array.from(index, (b) => {
    const c = counts.get(b)!;
    return c > 1 ? 1 + Math.log(c) : c;
  });
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

function softmaxInto(out: Float64Array) {
  let max = -Infinity;
  for (const s of out) max = Math.max(max, s);
  let sum = 0;
  for (let k = 0; k < out.length; k++) sum += out[k] = Math.exp(out[k]! - max);
  for (let k = 0; k < out.length; k++) out[k]! /= sum;
}

/**
 * Trains the model with per-example AdaGrad. Only the buckets the examples use get weight rows
 * (`rowOf` maps a bucket to its row), so a model stays small however large the hashed space is.
 */
export function trainIntentModel(examples: readonly LabelledText[], options: Partial<TrainOptions> = {}): IntentModel {
  const o = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const labels = [...new Set(examples.map((e) => e.label))];
  if (labels.length === 0) throw new RangeError('trainIntentModel: no examples');
  const K = labels.length;
  const rowOf = new Int32Array(1 << o.bits).fill(-1);
  let rows = 0;
  const raw = examples.map((e) => {
    const v = featurise(e.text, o);
    const row = Int32Array.from(v.index, (b) => (rowOf[b]! >= 0 ? rowOf[b]! : (rowOf[b] = rows++)));
    return { row, value: v.value, y: labels.indexOf(e.label), weight: e.weight ?? 1 };
  });
  const df = new Float64Array(rows);
  for (const d of raw) for (const r of d.row) df[r]!++;
  const N = examples.length;
  const idfOf = (r: number) => (o.idf ? Math.log((N + 1) / ((r >= 0 ? df[r]! : 0) + 1)) + 1 : 1);
  const idf = Float64Array.from(df, (_, r) => idfOf(r));
  const unseenIdf = idfOf(-1);
  /** TF × IDF, L2-normalised; an unseen feature still counts in the norm, which tempers confidence. */
  const weigh = (row: Int32Array, value: Float64Array) => {
    const out = Float64Array.from(value, (x, i) => x * (row[i]! >= 0 ? idf[row[i]!]! : unseenIdf));
    let norm = 0;
    for (const x of out) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < out.length; i++) out[i]! /= norm;
    return out;
  };
  const data = raw.map((d) => ({ ...d, value: weigh(d.row, d.value) }));
  const perLabel = labels.map((_, k) => raw.reduce((sum, d) => sum + (d.y === k ? d.weight : 0), 0));
  const total = perLabel.reduce((a, b) => a + b, 0);
  const labelWeight = perLabel.map((n) => (o.balance ? total / (K * n) : 1));

  const W = new Float64Array(rows * K);
  const G = new Float64Array(rows * K);
  const bias = new Float64Array(K);
  const Gbias = new Float64Array(K);
  const scores = new Float64Array(K);
  const score = (row: Int32Array, value: Float64Array) => {
    scores.set(bias);
    for (let i = 0; i < row.length; i++) {
      if (row[i]! < 0) continue;
      const base = row[i]! * K;
      const x = value[i]!;
      for (let k = 0; k < K; k++) scores[k]! += W[base + k]! * x;
    }
    softmaxInto(scores);
  };

  const random = seededRandom(o.seed);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const n of order) {
      const { row: all, value: full, y, weight: exampleWeight } = data[n]!;
      let row = all;
      let value = full;
      if (o.dropout > 0) {
        const keep = Array.from(all, () => random() >= o.dropout);
        row = all.filter((_, i) => keep[i]);
        value = full.filter((_, i) => keep[i]).map((x) => x / (1 - o.dropout));
      }
      score(row, value);
      const weight = labelWeight[y]! * exampleWeight;
      for (let k = 0; k < K; k++) {
        const g = (scores[k]! - (k === y ? 1 : 0)) * weight;
        // Most labels get p ≈ 0 once the model has learned an example; skipping them is most of the speed.
        if (Math.abs(g) < o.minGradient) continue;
        if (o.bias) {
          Gbias[k]! += g * g;
          bias[k]! -= (o.learningRate * g) / (Math.sqrt(Gbias[k]!) + 1e-8);
        }
        for (let i = 0; i < row.length; i++) {
          const at = row[i]! * K + k;
          const gw = g * value[i]! + o.l2 * W[at]!;
          G[at]! += gw * gw;
          W[at]! -= (o.learningRate * gw) / (Math.sqrt(G[at]!) + 1e-8);
        }
      }
    }
  }

  return {
    labels,
    predict(text) {
      const v = featurise(text, o);
      // A bucket no example used has no row: its weights would all be zero anyway.
      const row = Int32Array.from(v.index, (b) => rowOf[b]!);
      score(row, weigh(row, v.value));
      const ranked = labels.map((label, k) => ({ label, p: scores[k]! })).sort((a, b) => b.p - a.p);
      return { label: ranked[0]!.label, confidence: ranked[0]!.p, ranked };
    },
  };
}
