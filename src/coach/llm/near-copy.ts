import { normalise } from '../offline/text-match.js';

/**
 * How alike two steps must be (Dice coefficient of their character trigrams, after normalising case,
 * punctuation and ё) to count as the same step. 0.85 still catches a copy with a word changed or a
 * full stop added ("Write five words" / "Write down five words."), while two different steps on one
 * goal, which share the goal's nouns, stay well below it (measured in near-copy.test.ts).
 */
export const NEAR_COPY_SIMILARITY = 0.85;

/** A text's character trigrams with their counts, after normalising case, punctuation and ё. */
export const trigrams = (text: string): Map<string, number> => {
  const padded = ` ${normalise(text)} `;
  const grams = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const gram = padded.slice(i, i + 3);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
};

/** Dice similarity of two trigram multisets, 0–1 (for comparing many texts, each read once). */
export function trigramSimilarity(one: Map<string, number>, two: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const count of one.values()) total += count;
  for (const count of two.values()) total += count;
  for (const [gram, count] of one) shared += Math.min(count, two.get(gram) ?? 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Dice similarity of two texts' trigram multisets, 0–1. */
export const stepSimilarity = (first: string, second: string): number =>
  trigramSimilarity(trigrams(first), trigrams(second));

/** The earlier step `candidate` nearly copies, if any. */
export const nearCopyOf = (candidate: string, earlier: readonly string[]): string | undefined =>
  earlier.find((text) => stepSimilarity(candidate, text) >= NEAR_COPY_SIMILARITY);
