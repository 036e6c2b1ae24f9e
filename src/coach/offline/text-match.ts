import type { Stems } from '../../content/coach-pack.schema.js';
import { phraseTableBuilder } from './phrase-table.js';
import { prefixTrieBuilder } from './prefix-trie.js';

/** Curly and modifier apostrophes (’ ‘ ʼ), folded to ' in texts and stems alike. */
const APOSTROPHES = /[’‘ʼ]/g;

/**
 * An apostrophe at a word's edge: a single quote around a word ('turnkey', ‘в рассрочку’) or a plural possessive
 * (parents'). Dropped from texts and stems alike, so a quoted word matches its stem; inside a word (don't, O'Neill) it
 * stays.
 */
const EDGE_APOSTROPHES = /(^| )'+|'+(?= |$)/g;

/**
 * Lower case, ё→е, every apostrophe as ' (none at a word's edge), one space between words: the form every stem is
 * matched against. A decimal point or comma between digits stays («2,5 км», "10.5 km"), so a distance is not read as
 * its last digit.
 */
export const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(APOSTROPHES, "'")
    .replace(/(?<!\d)[.,]|[.,](?!\d)|[^\p{L}\p{N}'.,-]/gu, ' ')
    .replace(/ +/g, ' ')
    .trim()
    .replace(EDGE_APOSTROPHES, '$1');

/** The words of a normalised text. */
export const words = (normalised: string) => normalised.split(' ').filter(Boolean);

/**
 * A compiled stem list: single words match a word's start ("smok" → "smoking"), a word ending in `$`
 * only that whole word ("mom$" is not "moment"), and multi-word entries match whole words (a Russian past verb at
 * the end in any gender or number).
 */
export interface StemMatcher {
  count(normalisedText: string, tokens: string[]): number;
}

/**
 * Many stem lists compiled into one index: each word of a text is looked up once and every list is counted from the
 * hits. The situations and the slot dictionaries are hundreds of lists read on every step; compared list by list,
 * they took half the offline step's time (the p99 reached the 5 ms bar).
 */
export interface StemIndex {
  /** How many of the text's words and phrases each list covers, by the list's position (as `StemMatcher.count`). */
  counts(normalisedText: string, tokens: string[]): Uint32Array;
  /** The position of the first list the text names, or -1. */
  first(normalisedText: string, tokens: string[]): number;
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
  const index = indexStems([stems]);
  return { count: (text, tokens) => index.counts(text, tokens)[0]! };
}

/** Appends `list` to the lists a key names, once (lists are added in order, so a repeat is the last one). */
const addOnce = (map: Map<string, number[]>, key: string, list: number) => {
  const lists = map.get(key);
  if (!lists) map.set(key, [list]);
  else if (lists.at(-1) !== list) lists.push(list);
};

/**
 * The lookup tables of an index. Built apart from `indexStems` so what only building needs (the phrases by text, the
 * trie's builder) is garbage afterwards: a closure keeps every variable of its function that any closure there uses.
 */
function compileLists(lists: readonly Stems[]) {
  const whole = new Map<string, number[]>();
  // Prefix stems as a trie of characters: a word is walked once and the walk stops where no stem goes on, so a word
  // costs a few steps in most indexes. Looked up by every length between the shortest and the longest stem, each word
  // cost up to twenty slices and lookups in every index, and the offline step spent 43 % of its time there.
  const prefixes = prefixTrieBuilder();
  // Phrases found by their first two words: a phrase can only stand where those two are neighbouring words of the
  // text, so a text is searched for the few phrases its word pairs could start. Found by the first word alone, a
  // common one ("in", "my", «на») sent every text through thousands of phrases: with 160 hazards that was the offline
  // step's p99 at the 5 ms bar. A list that wrote a phrase twice counts it twice.
  const phrases = phraseTableBuilder();
  lists.forEach((stems, list) => {
    // A phrase matches whole words already, so a `$` written after one ("find us$", «в хоре$») says nothing more:
    // without this it was compared literally and never matched.
    const all = [...stems.en, ...stems.ru].map((text) =>
      text
        .replace(/ё/g, 'е')
        .replace(APOSTROPHES, "'")
        .replace(/^(.* .*)\$$/, '$1')
        .replace(/'+\$$/, '$')
        .replace(EDGE_APOSTROPHES, '$1'),
    );
    const written = all.filter((text) => text.includes(' '));
    // A form the authors also wrote out counts once, as before (a count weighs a level).
    const forms = written.flatMap((phrase) => withPastForms(phrase).slice(1)).filter((form) => !written.includes(form));
    for (const phrase of [...written, ...new Set(forms)]) phrases.add(phrase, list);
    for (const text of all.filter((stem) => !stem.includes(' ')))
      if (text.endsWith('$')) addOnce(whole, text.slice(0, -1), list);
      else prefixes.add(text, list);
  });
  return { whole, trie: prefixes.pack(), phrases: phrases.pack() };
}

/** Compiles stem lists (each in both languages, ё folded to е) into one index; a list is known by its position. */
export function indexStems(lists: readonly Stems[]): StemIndex {
  const { whole, trie, phrases } = compileLists(lists);
  // The word a list last counted, so a word that starts with two of a list's stems counts once for it.
  const counted = new Int32Array(lists.length).fill(-1);
  let word = 0;
  const counts = (text: string, tokens: string[]) => {
    const found = new Uint32Array(lists.length);
    const hitList = (list: number) => {
      if (counted[list] !== word) {
        counted[list] = word;
        found[list]!++;
      }
    };
    const hit = (owners: number[] | undefined) => {
      if (owners) for (const list of owners) hitList(list);
    };
    for (const token of tokens) {
      // A running number, not the token's position: `counted` outlives the call.
      if (++word === 0x7fffffff) {
        word = 0;
        counted.fill(-1);
      }
      hit(whole.get(token));
      trie.walk(token, hitList);
    }
    if (phrases.size > 0) phrases.count(tokens, (list) => found[list]!++);
    return found;
  };
  return { counts, first: (text, tokens) => counts(text, tokens).findIndex((count) => count > 0) };
}
