/**
 * Russian typed in Latin letters, as on a phone without a Cyrillic layout. People follow no one
 * standard: «жизнь» arrives as `zhizn`, `jizn` or `gizn`, «хочу» as `hochu`, `xo4u` or `khochu`,
 * «пишу» as `pishu` or `piwu`. Rather than one transliteration table, both scripts are reduced to
 * a lossy *key* in which the spellings people use for one Cyrillic letter meet (ы and и, й and j,
 * `w` and `sh` and ш…), and a Latin word is read as the known Russian word with the same key.
 */

const CYRILLIC_KEY: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'Z', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'H', ц: 'ts', ч: '4', ш: 'W',
  щ: 'W', ъ: '', ы: 'i', ь: '', э: 'e', ю: 'Ju', я: 'Ja',
}; // prettier-ignore

/**
 * Latin spellings, longest first, each with the keys it may stand for, likeliest first. Both habits:
 * `zh/sh/ch/ya/yu` and `j/w/4/q/x`; digits that stand for letters by their shape (`4` ч, `6` б or ш, `3` з);
 * an apostrophe for the soft sign. `j` is the hard one: ж (`jizn`, `uje`), й (`moj`) or the start of
 * я, ю, е (`ja`, `ju`, `je`), so every reading is tried against the words known.
 */
const LATIN_KEYS: readonly (readonly [string, readonly string[]])[] = [
  ['shch', ['W']], ['sch', ['W', 's4']], ['zh', ['Z']], ['kh', ['H']], ['ch', ['4']], ['sh', ['W']],
  ['tz', ['ts']], ['ya', ['Ja', 'ia']], ['ja', ['Ja', 'Za']], ['yu', ['Ju', 'iu']], ['ju', ['Ju', 'Zu']],
  ['iu', ['Ju', 'iu']], ['ye', ['e', 'ie']], ['je', ['e', 'Ze']], ['yo', ['e', 'io']], ['jo', ['e', 'Zo']],
  ["e'", ['e']], ['q', ['Ja']], ['w', ['W']], ['x', ['H']], ['h', ['H']], ['c', ['ts', 's']], ['y', ['i']],
  ['j', ['i', 'Z']], ['4', ['4']], ['6', ['b', 'W']], ['3', ['z']], ['0', ['o']], ["'", ['']],
  ['a', ['a']], ['b', ['b']], ['d', ['d']], ['e', ['e']], ['f', ['f']], ['g', ['g']], ['i', ['i']],
  ['k', ['k']], ['l', ['l']], ['m', ['m']], ['n', ['n']], ['o', ['o']], ['p', ['p']], ['r', ['r']],
  ['s', ['s']], ['t', ['t']], ['u', ['u']], ['v', ['v']], ['z', ['z']],
]; // prettier-ignore

/** The spellings by their first character, longest first: one short list to try per letter. */
const BY_FIRST = new Map<string, (readonly [string, readonly string[]])[]>();
for (const entry of LATIN_KEYS) BY_FIRST.set(entry[0][0]!, [...(BY_FIRST.get(entry[0][0]!) ?? []), entry]);

/** Readings tried per word: enough for the few ambiguous letters a word holds, bounded for any input. */
const MAX_KEYS = 32;

const squeeze = (key: string) => key.replace(/(.)\1+/g, '$1');

/**
 * The keys a word may have, whatever script (or mix of scripts) it is typed in, likeliest first.
 * Doubled letters collapse: people type `ssora` and `sora` for «ссора», and `хочууу` for «хочу».
 */
export function translitKeys(word: string): string[] {
  let keys = [''];
  for (let at = 0; at < word.length;) {
    const cyrillic = CYRILLIC_KEY[word[at]!];
    const [spelling, options] =
      cyrillic !== undefined
        ? [word[at]!, [cyrillic]]
        : (BY_FIRST.get(word[at]!)?.find(([latin]) => word.startsWith(latin, at)) ?? [word[at]!, ['']]);
    // Most letters have one reading: extend every key in place, and branch only where a spelling is ambiguous.
    if (options.length === 1) for (let i = 0; i < keys.length; i++) keys[i] += options[0]!;
    else keys = keys.flatMap((key) => options.map((option) => key + option)).slice(0, MAX_KEYS);
    at += spelling.length;
  }
  return keys.length === 1 ? [squeeze(keys[0]!)] : [...new Set(keys.map(squeeze))];
}

/** The key of a word typed in Cyrillic (one reading: Cyrillic spelling is not ambiguous). */
export const translitKey = (word: string): string => translitKeys(word)[0]!;

const KEY_LETTER: Readonly<Record<string, string>> = {
  Z: 'ж', H: 'х', W: 'ш', '4': 'ч', J: 'й', a: 'а', b: 'б', v: 'в', g: 'г', d: 'д', e: 'е', z: 'з', i: 'и',
  k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', f: 'ф',
}; // prettier-ignore

/** A key spelt out letter by letter, for a word no vocabulary knows: close enough for character n-grams. */
export function cyrillicOfKey(key: string): string {
  return key
    .replace(/Ja/g, 'я')
    .replace(/Ju/g, 'ю')
    .replace(/ts/g, 'ц')
    .replace(/./g, (char) => KEY_LETTER[char] ?? char);
}

/** Russian words as they may be typed in Latin letters. */
export interface RussianWords {
  /** The known Russian word a Latin (or mixed) word stands for, the most frequent when several fit. */
  read(word: string): string | undefined;
}

/** The Russian words of `texts`, by key; of several words with one key, the most frequent. */
export function russianWords(texts: Iterable<string>): RussianWords {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const word of text
      .toLowerCase()
      .replace(/ё/g, 'е')
      .match(/[а-я]+/g) ?? [])
      counts.set(word, (counts.get(word) ?? 0) + 1);
  const best = new Map<string, { word: string; count: number }>();
  for (const [word, count] of counts) {
    const key = translitKey(word);
    const known = best.get(key);
    if (!known || count > known.count) best.set(key, { word, count });
  }
  return {
    read(word) {
      let found: { word: string; count: number } | undefined;
      for (const key of translitKeys(word)) {
        const known = best.get(key);
        if (known && (!found || known.count > found.count)) found = known;
      }
      return found?.word;
    },
  };
}
