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

/** The language of a text, by its letters: Cyrillic or not (counted, not matched: it runs on every message). */
export function languageOf(text: string): 'en' | 'ru' {
  let balance = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) | 0x20;
    if (code >= 0x61 && code <= 0x7a) balance--;
    else if ((code >= 0x430 && code <= 0x44f) || code === 0x451) balance++;
  }
  return balance > 0 ? 'ru' : 'en';
}

/** Whole words or phrases of a lexicon as one pattern, longest first. */
function phrasePattern(words: readonly string[]): RegExp | undefined {
  if (words.length === 0) return undefined;
  const escaped = [...words]
    .sort((left, right) => right.length - left.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** Stretched letters: three or more become two when that is an English word (`goood`), else one. */
function unstretch(word: string, english: ReadonlySet<string>): string {
  if (!/(.)\1\1/u.test(word)) return word;
  const two = word.replace(/(.)\1{2,}/gu, '$1$1');
  return english.has(two) ? two : word.replace(/(.)\1{2,}/gu, '$1');
}

const lookAlike = (word: string) =>
  LATIN.test(word) && CYRILLIC.test(word) ? word.replace(/[a-z]/g, (char) => LOOK_ALIKE[char] ?? char) : word;

const unleet = (word: string) =>
  LATIN.test(word) && /[0-9@$!]/.test(word) && !CYRILLIC.test(word)
    ? word.replace(/[0-9@$!]/g, (char) => LEET[char] ?? char)
    : word;

/** Each whitespace-separated piece as [before, word, after]. */
const split = (text: string) =>
  text.split(/\s+/u).map((piece) => {
    const [, before = '', word = '', after = ''] = WORD.exec(piece) ?? [];
    return [before, word, after] as const;
  });

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
  // Most messages hold no lexicon word and no emoji: a word lookup and one character test spare them the patterns.
  const firstWords = new Set(
    [...Object.keys(lexicon.en.phrases), ...Object.keys(lexicon.ru.phrases)].map((phrase) => phrase.split(' ')[0]!),
  );
  const emojiCharacters = new Set([...Object.keys(lexicon.en.emoji), ...Object.keys(lexicon.ru.emoji)]);
  const mayHoldEmoji = (text: string) => /[^\p{L}\p{N}\p{P}\p{Z}\p{Sm}\p{Sc}]/u.test(text);

  const substitute = (text: string, lang: 'en' | 'ru') => {
    let result = text;
    if (emojiCharacters.size > 0 && mayHoldEmoji(text))
      for (const [emoji, word] of Object.entries(lexicon[lang].emoji)) result = result.replaceAll(emoji, ` ${word} `);
    const pattern = patterns[lang];
    if (!pattern || !split(result).some(([, word]) => firstWords.has(word))) return result;
    return result.replace(pattern, (found) => lexicon[lang].phrases[found] ?? found);
  };

  /** The Russian reading, when the Latin words read as Russian more often than as English. */
  const asRussian = (words: (readonly [string, string, string])[]) => {
    // English words are known at a glance; a message whose Latin words are nearly all English (a name or a typo
    // aside) is not worth reading as Russian. Short Russian words are often English ones too (`by`, `ego`, `i`).
    const latin = words.filter(([, word]) => LATIN.test(word));
    // Latin words among as many Cyrillic ones («Q устал bit живым») are Russian typed on another layout, even when
    // they spell English words too; one Russian word in an English sentence leaves it English.
    const mixed = 2 * words.filter(([, word]) => CYRILLIC.test(word)).length >= latin.length;
    const unknown = latin.filter(([, word]) => mixed || !english.has(word)).length;
    if (unknown === 0 || unknown < latin.length / 4) return undefined;
    let russianOnly = 0;
    let englishOnly = 0;
    const readPart = (part: string) => {
      // A number with letters after it (`14e`, `2x`) is a date or a count; only a digit shaped like a letter
      // (`4to` что, `6ez` без, `3a` за) starts a word typed in Latin.
      if (!LATIN.test(part) || /^(?:\d{2}|[125789])/.test(part)) return part;
      const known = russian.read(part);
      if (known && (mixed || !english.has(part))) russianOnly++;
      else if (!known && english.has(part)) {
        // An English word with no Russian reading stays English («обучение на peer supporter»), as it was typed in a
        // Cyrillic message: spelt out in Cyrillic it means nothing, and the frame it gives is lost.
        englishOnly++;
        return part;
      }
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
      const hasLatin = LATIN.test(lower);
      const stretched = /(.)\1\1/u.test(lower);
      const words = split(lower).map(([before, word, after]) => {
        const read = stretched
          ? unstretch(hasLatin ? lookAlike(word) : word, english)
          : hasLatin
            ? lookAlike(word)
            : word;
        return [before, read, after] as const;
      });
      const plain = words
        .map(([before, word, after]) => `${before}${hasLatin ? unleet(word) : word}${after}`)
        .join(' ');
      const lang = languageOf(plain);
      const russianReading = hasLatin ? asRussian(words) : undefined;
      const typed = collapse(lower);
      // Russian typed in Latin is read as Russian; its English reading (digits as letters, `u` as you) is noise.
      // The Russian reading both as read and with its chat words replaced, as a message typed in Cyrillic is read.
      const others = (russianReading ? [russianReading, substitute(russianReading, 'ru')] : [substitute(plain, lang)])
        .map(collapse)
        .filter((reading) => reading !== typed);
      // The words as typed always come first; a reading that changes nothing is not screened twice. When the Latin
      // words are Russian, the model reads the Russian readings only: Latin letters it cannot read leave it the few
      // Cyrillic words of a mixed message out of their sentence, and it reads more into them than they say.
      const patternsOnly = russianReading ? ({ patternsOnly: true } as const) : {};
      return [...new Set([text, ...others])].map((reading, index) => ({
        text: reading,
        ...(index === 0 ? patternsOnly : {}),
      }));
    },
  };
}
