import { cyrillicOfKey, type RussianWords, translitKey } from './translit.js';

/** Chat words and emoji, per language, read as the words they stand for (content/safety/lexicon.yaml). */
export interface Lexicon {
  /** `kms` → `kill myself`, `rn` → `right now`, «щас» → «сейчас»: whole words or phrases. */
  phrases: Readonly<Record<string, string>>;
  /** `💊` → `pills`: an emoji that carries meaning, read as a word. */
  emoji: Readonly<Record<string, string>>;
}

export interface ReaderVocabulary {
  /** Russian words as they may be typed in Latin letters (translit.ts). */
  russian: RussianWords;
  /** English words as they are spelt, lower case. */
  english: ReadonlySet<string>;
  lexicon: Readonly<Record<'en' | 'ru', Lexicon>>;
}

/** One way to read a message. `patternsOnly`: the model does not read it (the words are Russian typed in Latin). */
export interface Reading {
  text: string;
  patternsOnly?: true;
}

/** The ways one message can be read: the words as typed first, then what they stand for. */
export interface ScreenReader {
  readings(text: string): Reading[];
}

/** Latin letters that look like Cyrillic ones: a word typed with both (`cмерть`) means the Cyrillic word. */
const LOOK_ALIKE: Readonly<Record<string, string>> = {
  a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', k: 'к', m: 'м', t: 'т', b: 'в', h: 'н', u: 'и',
}; // prettier-ignore
/** Digits and signs typed for letters inside English words (`su1c1de`, `k!ll`, `$elf`). */
const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' }; // prettier-ignore

const LATIN = /[a-z]/;
const collapse = (text: string) => text.replace(/\s+/gu, ' ').trim();
const CYRILLIC = /[а-я]/;
const WORD = /^([^\p{L}\p{N}@$!']*)(.*?)([^\p{L}\p{N}]*)$/u;

/** Whole words or phrases of a lexicon as one pattern, longest first. */
function phrasePattern(words: readonly string[]): RegExp | undefined {
  if (words.length === 0) return undefined;
  const escaped = [...words]
    .sort((left, right) => right.length - left.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/**
 * How the crisis screen reads what people really type: Russian in Latin letters, Latin look-alikes
 * inside Cyrillic words, letters stretched for feeling (`pleeease`, «хочууу»), digits for letters,
 * chat abbreviations and emoji. Each reading is screened; the message gets the most urgent finding.
 */
export function createReader(vocabulary: ReaderVocabulary): ScreenReader {
  const { russian, english, lexicon } = vocabulary;
  const patterns = {
    en: phrasePattern(Object.keys(lexicon.en.phrases)),
    ru: phrasePattern(Object.keys(lexicon.ru.phrases)),
  };

  /** Stretched letters: three or more become two when that is an English word (`goood`), else one. */
  const unstretch = (word: string) => {
    if (!/(.)\1\1/u.test(word)) return word;
    const two = word.replace(/(.)\1{2,}/gu, '$1$1');
    return english.has(two) ? two : word.replace(/(.)\1{2,}/gu, '$1');
  };

  const lookAlike = (word: string) =>
    LATIN.test(word) && CYRILLIC.test(word) ? word.replace(/[a-z]/g, (char) => LOOK_ALIKE[char] ?? char) : word;

  const unleet = (word: string) =>
    LATIN.test(word) && /[0-9@$!]/.test(word) && !CYRILLIC.test(word)
      ? word.replace(/[0-9@$!]/g, (char) => LEET[char] ?? char)
      : word;

  const substitute = (text: string, lang: 'en' | 'ru') => {
    let result = text;
    for (const [emoji, word] of Object.entries(lexicon[lang].emoji)) result = result.replaceAll(emoji, ` ${word} `);
    const pattern = patterns[lang];
    return pattern ? result.replace(pattern, (found) => lexicon[lang].phrases[found] ?? found) : result;
  };

  /** Each whitespace-separated piece as [before, word, after]. */
  const split = (text: string) =>
    text.split(/\s+/u).map((piece) => {
      const [, before = '', word = '', after = ''] = WORD.exec(piece) ?? [];
      return [before, word, after] as const;
    });

  /** The Russian reading, when the Latin words read as Russian more often than as English. */
  const asRussian = (words: (readonly [string, string, string])[]) => {
    let russianOnly = 0;
    let englishOnly = 0;
    const readPart = (part: string) => {
      // A number with letters after it (`14e`, `2x`) is a date or a count; only a digit shaped like a letter
      // (`4to` что, `6ez` без, `3a` за) starts a word typed in Latin.
      if (!LATIN.test(part) || /^(?:\d{2}|[125789])/.test(part)) return part;
      const known = russian.read(part);
      if (known && !english.has(part)) russianOnly++;
      else if (!known && english.has(part)) englishOnly++;
      return known ?? cyrillicOfKey(translitKey(part));
    };
    const read = words.map(([before, word, after]) => {
      // The soft sign typed as an apostrophe ends the word it belongs to (`zhit'`), not the sentence.
      const soft = /^'+/.exec(after)?.[0] ?? '';
      // `kogda-to`, `po-russki`: each half is a word of its own.
      return `${before}${(word + soft).split('-').map(readPart).join('-')}${after.slice(soft.length)}`;
    });
    return russianOnly > 0 && russianOnly >= englishOnly ? read.join(' ') : undefined;
  };

  return {
    readings(text) {
      const lower = text
        .normalize('NFKC')
        .toLowerCase()
        .replace(/ё/g, 'е')
        .replace(/\uFE0F/g, '');
      const words = split(lower).map(([before, word, after]) => [before, unstretch(lookAlike(word)), after] as const);
      const plain = words.map(([before, word, after]) => `${before}${unleet(word)}${after}`).join(' ');
      const lang = (plain.match(/[а-я]/g)?.length ?? 0) > (plain.match(/[a-z]/g)?.length ?? 0) ? 'ru' : 'en';
      const russianReading = LATIN.test(plain) ? asRussian(words) : undefined;
      const typed = collapse(lower);
      const others = [substitute(plain, lang), russianReading && substitute(russianReading, 'ru')]
        .filter((reading): reading is string => Boolean(reading))
        .map(collapse)
        .filter((reading) => reading !== typed);
      // The words as typed always come first; a reading that changes nothing is not screened twice. When the Latin
      // words are Russian, the model reads the Russian reading only: Latin letters it cannot read leave it the few
      // Cyrillic words of a mixed message out of their sentence, and it reads more into them than they say.
      const patternsOnly = russianReading ? ({ patternsOnly: true } as const) : {};
      return [...new Set([text, ...others])].map((reading, index, all) => ({
        text: reading,
        ...(index < all.length - 1 || !russianReading ? patternsOnly : {}),
      }));
    },
  };
}
