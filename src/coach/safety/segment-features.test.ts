import { describe, expect, it } from 'vitest';
import { featurise, normaliseText } from '../intents/classifier.js';
import { type Counts, createSegmentFeatures } from './segment-features.js';

const space = { bits: 12, wordWeight: 2, rowOf: Int32Array.from({ length: 1 << 12 }, (_, i) => (i % 3 ? i : -1)) };
const wordsOf = (text: string) => normaliseText(text).split(' ').filter(Boolean);

/** `featurise`'s vector from raw counts: log-TF, L2-normalised, in the order the buckets were first touched. */
function vectorOf(counts: Counts) {
  const values = Array.from(counts.counts.subarray(0, counts.size), (count) =>
    count > 1 ? 1 + Math.log(count) : count,
  );
  const norm = Math.sqrt(values.reduce((sum, value) => sum + value * value, 0)) || 1;
  return { index: Array.from(counts.buckets.subarray(0, counts.size)), value: values.map((value) => value / norm) };
}
const featurised = (text: string) => {
  const vector = featurise(text, space);
  return { index: Array.from(vector.index), value: Array.from(vector.value) };
};

const SENTENCES = [
  'I want to die.',
  'The the the the.',
  'Хочу уйти навсегда!',
  'ʼ',
  'Saved 40 pills, took them all… tonight.',
  'hochu umeret',
  'die die die',
  'a',
];

describe('segment features', () => {
  const features = createSegmentFeatures(space);

  it.each(SENTENCES)('counts %j as featurise does, bucket for bucket', (sentence) => {
    const counts = features.countsOf(wordsOf(sentence));
    expect(vectorOf(counts)).toEqual(featurised(sentence));
    for (let i = 0; i < counts.size; i++) expect(counts.rows[i]).toBe(space.rowOf[counts.buckets[i]!]);
  });

  it('reads two neighbouring sentences as featurise reads them joined, the bigram across them included', () => {
    for (const first of SENTENCES)
      for (const second of SENTENCES) {
        const kept = features.sentenceOf(wordsOf(first));
        const pair = features.pairOf(kept, features.sentenceOf(wordsOf(second)));
        expect(vectorOf(pair), `${first} + ${second}`).toEqual(featurised(`${first} ${second}`));
      }
  });

  it('refuses a word weight whose sums would depend on their order', () => {
    expect(() => createSegmentFeatures({ ...space, wordWeight: 0.3 })).toThrow(RangeError);
  });
});
