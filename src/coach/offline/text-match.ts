import type { Stems } from '../../content/coach-pack.schema.js';

/** Lower case, ё→е, one space between words: the form every stem is matched against. */
export const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}'’-]+/gu, ' ')
    .trim();

/** The words of a normalised text. */
export const words = (normalised: string) => normalised.split(' ').filter(Boolean);

/**
 * A compiled stem list: single words match a word's start ("smok" → "smoking"), a word ending in `$`
 * only that whole word ("mom$" is not "moment"), and multi-word entries match whole words.
 */
export interface StemMatcher {
  count(normalisedText: string, tokens: string[]): number;
  coversWord(token: string): boolean;
}

/** Compiles a pack's stems in both languages (ё folded to е) into one matcher. */
export function compileStems(stems: Stems): StemMatcher {
  const all = [...stems.en, ...stems.ru].map((text) => text.replace(/ё/g, 'е'));
  const single = all.filter((text) => !text.includes(' '));
  const phrases = all.filter((text) => text.includes(' '));
  const coversWord = (word: string) =>
    single.some((text) => (text.endsWith('$') ? word === text.slice(0, -1) : word.startsWith(text)));
  return {
    count: (text, tokens) =>
      tokens.filter(coversWord).length + phrases.filter((phrase) => ` ${text} `.includes(` ${phrase} `)).length,
    coversWord,
  };
}
