import type { Stems } from '../../content/coach-pack.schema.js';

/** Lower case, ё→е, one space between words: the form every stem is matched against. */
export const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}'’-]+/gu, ' ')
    .trim();

export const words = (normalised: string) => normalised.split(' ').filter(Boolean);

/** A compiled stem list: single words match a word's start, multi-word entries match a substring. */
export interface StemMatcher {
  count(normalisedText: string, tokens: string[]): number;
  coversWord(token: string): boolean;
}

export function compileStems(stems: Stems): StemMatcher {
  const all = [...stems.en, ...stems.ru].map((s) => s.replace(/ё/g, 'е'));
  const single = all.filter((s) => !s.includes(' '));
  const phrases = all.filter((s) => s.includes(' '));
  const coversWord = (w: string) => single.some((s) => w.startsWith(s));
  return {
    count: (text, tokens) =>
      tokens.filter(coversWord).length + phrases.filter((p) => ` ${text} `.includes(` ${p}`)).length,
    coversWord,
  };
}
