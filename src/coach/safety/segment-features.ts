import type { ModelWeights } from '../intents/classifier.js';

/**
 * The classifier's features (`featurise` in intents/classifier.ts) counted so that a long message is hashed twice
 * (whole, then sentence by sentence) rather than four times: a pair of neighbouring sentences is the merge of the two
 * sentences' counts plus the one word bigram across their boundary. The hashing mirrors `featurise` step for step
 * rather than calling it: classifier.ts keys every cached model, so an edit there would retrain them all.
 * `segment-features.test.ts` holds the two equal, bucket for bucket.
 */

const SEED = { gram: 0x811c9dc5, word: 0x01000193, pair: 0x9e3779b9 };
const fnv = (hash: number, code: number) => Math.imul(hash ^ code, 16777619);
const hashString = (hash: number, text: string) => {
  for (let i = 0; i < text.length; i++) hash = fnv(hash, text.charCodeAt(i));
  return hash;
};
const bucketOf = (hash: number, mask: number) => {
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) & mask;
};

/**
 * A segment's features before weighting: its buckets in the order `featurise` first touches them, the raw count of
 * each (an n-gram counts 1, a word or a bigram `wordWeight`), and each bucket's weight row (−1: no example had it).
 */
export interface Counts {
  readonly buckets: Int32Array;
  readonly rows: Int32Array;
  readonly counts: Float64Array;
  readonly size: number;
}

/** A sentence's counts, kept for the pairs it is part of. */
export interface SentenceCounts extends Counts {
  /** How many buckets the first word touches first: a pair's boundary bigram is counted right after them. */
  firstWord: number;
  /** The first and last words (none when the sentence has no word), for the bigram across a pair's boundary. */
  head?: string;
  tail?: string;
}

/**
 * Counts one segment into a small open-addressing table (the segments of a message touch a few thousand buckets: a
 * table that fits the cache beats one slot per bucket of the 2^bits space), and looks a bucket's row up once.
 */
class Tally implements Counts {
  private slots = new Int32Array(1024).fill(-1);
  buckets = new Int32Array(512);
  rows = new Int32Array(512);
  counts = new Float64Array(512);
  size = 0;

  constructor(private readonly rowOf: Int32Array) {}

  add(bucket: number, count: number, row?: number) {
    const mask = this.slots.length - 1;
    let at = bucket & mask;
    for (let slot = this.slots[at]!; slot >= 0; slot = this.slots[at]!) {
      if (this.buckets[slot] === bucket) {
        this.counts[slot]! += count;
        return;
      }
      at = (at + 1) & mask;
    }
    if (this.size === this.buckets.length) return this.grow(bucket, count, row);
    this.slots[at] = this.size;
    this.buckets[this.size] = bucket;
    this.rows[this.size] = row ?? this.rowOf[bucket]!;
    this.counts[this.size++] = count;
  }

  /** A copy of the counts, to keep: into `into` when it is large enough (no new buffers, less for the GC to do). */
  keep(into?: Counts): Counts {
    const size = this.size;
    const capacity = Math.max(256, size * 2);
    const target =
      into && into.buckets.length >= size
        ? into
        : { buckets: new Int32Array(capacity), rows: new Int32Array(capacity), counts: new Float64Array(capacity) };
    target.buckets.set(this.buckets.subarray(0, size));
    target.rows.set(this.rows.subarray(0, size));
    target.counts.set(this.counts.subarray(0, size));
    return { buckets: target.buckets, rows: target.rows, counts: target.counts, size };
  }

  clear() {
    const mask = this.slots.length - 1;
    // Emptying each bucket's probe run from its home slot: a run has no gap, so every slot used is reached.
    for (let i = 0; i < this.size; i++)
      for (let at = this.buckets[i]! & mask; this.slots[at]! >= 0; at = (at + 1) & mask) this.slots[at] = -1;
    this.size = 0;
  }

  private grow(bucket: number, count: number, row?: number) {
    const kept = this.keep();
    this.clear();
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    this.buckets = new Int32Array(this.buckets.length * 2);
    this.rows = new Int32Array(this.rows.length * 2);
    this.counts = new Float64Array(this.counts.length * 2);
    for (let i = 0; i < kept.size; i++) this.add(kept.buckets[i]!, kept.counts[i]!, kept.rows[i]!);
    this.add(bucket, count, row);
  }
}

type FeatureSpace = Pick<ModelWeights, 'bits' | 'wordWeight' | 'rowOf'>;

/** The counts of a model's segments; each result is read before the next call (one table serves them all). */
export interface SegmentFeatures {
  /** A segment's counts from its words (`normaliseText(segment).split(' ')`, empty words dropped). */
  countsOf(words: readonly string[]): Counts;
  /**
   * The same, kept for the pairs the sentence is part of: until the next sentence but one (two sentences are kept in
   * turn, in the same buffers each message, since a sentence pairs only with its neighbours).
   */
  sentenceOf(words: readonly string[]): SentenceCounts;
  /** Two neighbouring sentences read as one: the counts of `featurise(\`${first} ${second}\`)`. */
  pairOf(first: SentenceCounts, second: SentenceCounts): Counts;
}

/** The segment features of a model's hashed space. */
export function createSegmentFeatures(model: FeatureSpace): SegmentFeatures {
  // A pair's counts are its sentences' counts added: the same sum `featurise` makes in another order, which is exact
  // only while every partial sum is (whole counts, or multiples of a small power of two).
  if (!Number.isInteger(model.wordWeight * 1024))
    throw new RangeError('segment features: the word weight must be a multiple of 1/1024 for exact pair sums');
  const mask = (1 << model.bits) - 1;
  const { wordWeight } = model;
  const tally = new Tally(model.rowOf);
  const kept: (Counts | undefined)[] = [undefined, undefined];
  let turn = 0;
  const addWord = (word: string) => {
    const padded = ` ${word} `;
    // FNV is incremental: one pass from each start yields its 2-, 3-, 4- and 5-grams.
    for (let start = 0; start < padded.length - 1; start++) {
      let hash = SEED.gram;
      for (let size = 1; size <= 5 && start + size <= padded.length; size++) {
        hash = fnv(hash, padded.charCodeAt(start + size - 1));
        if (size >= 2) tally.add(bucketOf(hash, mask), 1);
      }
    }
    tally.add(bucketOf(hashString(SEED.word, word), mask), wordWeight);
  };
  const addBigram = (previous: string, word: string) =>
    tally.add(bucketOf(hashString(hashString(SEED.pair, previous), ` ${word}`), mask), wordWeight);
  const addCounts = (counts: Counts, from: number, to: number) => {
    for (let i = from; i < to; i++) tally.add(counts.buckets[i]!, counts.counts[i]!, counts.rows[i]!);
  };
  /** Counts the words into the emptied table; the number of buckets the first word touched. */
  const count = (words: readonly string[]) => {
    tally.clear();
    let firstWord = 0;
    for (let i = 0; i < words.length; i++) {
      addWord(words[i]!);
      if (i > 0) addBigram(words[i - 1]!, words[i]!);
      else firstWord = tally.size;
    }
    return firstWord;
  };
  return {
    countsOf(words) {
      count(words);
      return tally;
    },
    sentenceOf(words) {
      const firstWord = count(words);
      const counts = tally.keep(kept[turn]);
      kept[turn] = counts;
      turn = 1 - turn;
      return { ...counts, firstWord, ...(words.length > 0 && { head: words[0]!, tail: words.at(-1)! }) };
    },
    pairOf(first, second) {
      // `featurise` of the joined text meets the first sentence's words, then the second's first word, then the
      // bigram across the boundary, then the rest: the same buckets first touched in the same order, the same counts.
      tally.clear();
      addCounts(first, 0, first.size);
      addCounts(second, 0, second.firstWord);
      if (first.tail !== undefined && second.head !== undefined) addBigram(first.tail, second.head);
      addCounts(second, second.firstWord, second.size);
      return tally;
    },
  };
}
