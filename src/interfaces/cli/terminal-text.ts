import type { Locale } from '../../core/goals/model.js';

/**
 * The catalog speaks of buttons ("tap a number"); in a terminal every button is a typed choice, so the
 * terminal says "choose". Whole words only, in the person's language.
 */
const TAP_WORDS: Record<Locale, [RegExp, string][]> = {
  en: [
    [/\bTap\b/g, 'Choose'],
    [/\btap\b/g, 'choose'],
    [/\btapped\b/g, 'chosen'],
    [/\btaps\b/g, 'answers'],
  ],
  ru: [
    [/Нажми на /g, 'Выбери '],
    [/нажми на /g, 'выбери '],
    [/Нажми/g, 'Выбери'],
    [/нажми/g, 'выбери'],
    [/нажатие/g, 'выбор'],
  ],
};

/** A reply's text as the terminal says it: choices instead of taps. */
export const terminalWords = (text: string, locale: Locale): string =>
  TAP_WORDS[locale].reduce((said, [word, instead]) => said.replace(word, instead), text);

/**
 * Breaks lines longer than `width` between words, so the terminal never cuts a word in two; a broken
 * line's continuation keeps its indentation. A word longer than the width stays whole.
 */
export function wrapWords(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= width) return line;
      const indent = /^\s*/.exec(line)![0];
      const lines: string[] = [];
      let current = '';
      for (const word of line.slice(indent.length).split(' ')) {
        const candidate = current ? `${current} ${word}` : word;
        if (current && indent.length + candidate.length > width) {
          lines.push(indent + current);
          current = word;
        } else current = candidate;
      }
      lines.push(indent + current);
      return lines.join('\n');
    })
    .join('\n');
}
