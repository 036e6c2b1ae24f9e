import { CRISIS_CATEGORIES, type CrisisCategory } from '../../core/safety.port.js';
import { type IntentModel, type ModelWeights, normaliseText, scalesOf } from '../intents/classifier.js';
import { type Counts, createSegmentFeatures, type SentenceCounts } from './segment-features.js';
import { MAX_SENTENCES, SEGMENT_MARGIN, sentencesOf } from './segments.js';

/** The label of every hard-but-safe example; the others are crisis categories. */
export const SAFE = 'safe';

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

/** A text needs this many letters before the model reads it ("4", "ok" and "да" say nothing of a crisis). */
const ENOUGH_LETTERS = /\p{L}(?:\P{L}*\p{L}){2}/u;

const wordsOf = (text: string) => normaliseText(text).split(' ').filter(Boolean);

/**
 * The classifier's probabilities of one segment, as `IntentModel.predict` computes them, step for step: the same
 * log-TF values, the same norm, the same sums in the same order, so every score is the same number.
 */
function segmentScorer(weights: ModelWeights) {
  const labelCount = weights.labels.length;
  const safe = weights.labels.indexOf(SAFE);
  const { weights: table, bias } = weights;
  const scales = scalesOf(weights);
  const logits = new Float64Array(labelCount);
  let values = new Float64Array(1024);
  return ({ rows, counts, size }: Counts): CrisisScore => {
    if (values.length < size) values = new Float64Array(size * 2);
    let norm = 0;
    for (let i = 0; i < size; i++) {
      const count = counts[i]!;
      const value = count > 1 ? 1 + Math.log(count) : count;
      values[i] = value;
      norm += value * value;
    }
    norm = Math.sqrt(norm) || 1;
    logits.set(bias);
    for (let i = 0; i < size; i++) {
      const row = rows[i]!;
      if (row < 0) continue;
      const value = values[i]! / norm;
      const base = row * labelCount;
      for (let k = 0; k < labelCount; k++) logits[k]! += table[base + k]! * scales[k]! * value;
    }
    let max = -Infinity;
    for (const logit of logits) max = Math.max(max, logit);
    let sum = 0;
    for (let k = 0; k < labelCount; k++) sum += logits[k] = Math.exp(logits[k]! - max);
    // The most likely crisis label; on a tie the first in label order, as a stable sort by probability ranks it.
    let top = -1;
    for (let k = 0; k < labelCount; k++) if (k !== safe && (top < 0 || logits[k]! / sum > logits[top]! / sum)) top = k;
    return { p: 1 - (safe >= 0 ? logits[safe]! / sum : 0), category: weights.labels[top] as CrisisCategory };
  };
}

/**
 * The crisis reading of a trained classifier (one label per category plus `safe`): the whole text, and a long one
 * also sentence by sentence and in neighbouring pairs (segments.ts), its most worrying part counting. Each sentence
 * is counted once and a pair is the merge of its two sentences' counts (segment-features.ts), so a letter is hashed
 * twice, not four times.
 */
export function crisisModelFrom(model: IntentModel): CrisisModel {
  const weights = model.weights();
  const features = createSegmentFeatures(weights);
  const scoreCounts = segmentScorer(weights);
  return {
    score(text) {
      const normalised = normaliseText(text);
      if (!ENOUGH_LETTERS.test(normalised)) return { p: 0, category: CRISIS_CATEGORIES[0] };
      let worst = scoreCounts(features.countsOf(normalised.split(' ').filter(Boolean)));
      const sentences = sentencesOf(text);
      if (sentences.length <= 1) return worst;
      const worse = (score: CrisisScore) => {
        if (score.p - SEGMENT_MARGIN > worst.p) worst = { p: score.p - SEGMENT_MARGIN, category: score.category };
      };
      let previous: SentenceCounts | undefined;
      for (let i = 0; i < Math.min(sentences.length, MAX_SENTENCES); i++) {
        const counts = features.sentenceOf(wordsOf(sentences[i]!));
        worse(scoreCounts(counts));
        if (previous) worse(scoreCounts(features.pairOf(previous, counts)));
        previous = counts;
      }
      return worst;
    },
    weights: () => weights,
  };
}
