import type { Stems } from '../../content/coach-pack.schema.js';

/** Curly and modifier apostrophes (’ ‘ ʼ), folded to ' in texts and stems alike. */
const APOSTROPHES = /[’‘ʼ]/g;

/**
 * Lower case, ё→е, every apostrophe as ', one space between words: the form every stem is matched against. A
 * decimal point or comma between digits stays («2,5 км», "10.5 km"), so a distance is not read as its last digit.
 */
export const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(APOSTROPHES, "'")
    .replace(/(?<!\d)[.,]|[.,](?!\d)|[^\p{L}\p{N}'.,-]/gu, ' ')
    .replace(/ +/g, ' ')
    .trim();

/** The words of a normalised text. */
export const words = (normalised: string) => normalised.split(' ').filter(Boolean);

/**
 * A compiled stem list: single words match a word's start ("smok" → "smoking"), a word ending in `$`
 * only that whole word ("mom$" is not "moment"), and multi-word entries match whole words (a Russian past verb at
 * the end in any gender or number).
 */
export interface StemMatcher {
  count(normalisedText: string, tokens: string[]): number;
  coversWord(token: string): boolean;
}

/**
 * A Russian phrase ending in a past-tense verb as the authors wrote it, masculine («что я их бросил», «не попрощал»),
 * also matches the feminine, plural and reflexive forms: a mother writes «что я их бросила», a couple «никогда не
 * летали». Without this a woman's words missed the steps written for them (an alienated mother, a daughter who could
 * not say goodbye). Single words are prefixes already; a phrase matches whole words only.
 */
const PAST_ENDINGS = ['а', 'и', 'ся', 'ась', 'ись'];
const withPastForms = (phrase: string) =>
  /[аеиоуыя]л$/.test(phrase) ? [phrase, ...PAST_ENDINGS.map((end) => phrase + end)] : [phrase];

/** Compiles a pack's stems in both languages (ё folded to е) into one matcher. */
export function compileStems(stems: Stems): StemMatcher {
  // A phrase matches whole words already, so a `$` written after one ("find us$", «в хоре$») says nothing more: without
  // this it was compared literally and never matched.
  const all = [...stems.en, ...stems.ru].map((text) =>
    text
      .replace(/ё/g, 'е')
      .replace(APOSTROPHES, "'")
      .replace(/^(.* .*)\$$/, '$1'),
  );
  const single = all.filter((text) => !text.includes(' '));
  const written = all.filter((text) => text.includes(' '));
  // A form the authors also wrote out counts once, as before (a count weighs a level).
  const forms = written.flatMap((phrase) => withPastForms(phrase).slice(1)).filter((form) => !written.includes(form));
  // Phrases grouped by their first word: a phrase can only stand where that word is one of the text's words, so a
  // text is searched for the few phrases its words could start, not for every phrase of every situation (the
  // situations grow with each fix round and are all read on every step).
  const phrasesByFirst = new Map<string, string[]>();
  for (const phrase of [...written, ...new Set(forms)]) {
    const first = phrase.slice(0, phrase.indexOf(' '));
    phrasesByFirst.set(first, [...(phrasesByFirst.get(first) ?? []), ` ${phrase} `]);
  }
  const whole = new Set(single.filter((text) => text.endsWith('$')).map((text) => text.slice(0, -1)));
  // Prefix stems grouped by their first two letters (every stem has at least two), so a word is
  // compared with the few stems that could start it: slot reading runs on every step.
  const prefixes = new Map<string, string[]>();
  for (const text of single.filter((stem) => !stem.endsWith('$')))
    prefixes.set(text.slice(0, 2), [...(prefixes.get(text.slice(0, 2)) ?? []), text]);
  const coversWord = (word: string) =>
    whole.has(word) || (prefixes.get(word.slice(0, 2))?.some((text) => word.startsWith(text)) ?? false);
  return {
    count: (text, tokens) => {
      let count = tokens.filter(coversWord).length;
      if (phrasesByFirst.size === 0) return count;
      const padded = ` ${text} `;
      for (const first of new Set(tokens))
        for (const phrase of phrasesByFirst.get(first) ?? []) if (padded.includes(phrase)) count++;
      return count;
    },
    coversWord,
  };
}
