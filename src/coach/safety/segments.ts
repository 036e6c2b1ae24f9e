/**
 * How the crisis model reads a long text: whole, sentence by sentence and in neighbouring pairs. Training (the
 * fragments of safe texts, crisis-model.ts) and serving (crisis-scorer.ts) read texts the same way.
 */

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
export const MAX_SENTENCES = 400;

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
