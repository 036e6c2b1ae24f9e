// The last check on a rendered step: it is in the person's language, and no slot was left empty in it.
import type { Locale } from '../../core/goals/model.js';

/**
 * A quoted span: a name, a search query or a line to say, which may keep the language the thing itself uses
 * («habit reversal», «parkrun»). Outside quotes, a step speaks the person's language only.
 */
const QUOTED = /«[^«»]*»|"[^"]*"|“[^”]*”/gu;
const CYRILLIC_WORD = /\p{Script=Cyrillic}+(?:[-'’]\p{Script=Cyrillic}+)*/gu;
/**
 * A lowercase Latin word of four letters or more in a Russian step: an English word, not a brand (capitalised), an
 * abbreviation (FFP2), a web address (lichess.org) or a bot command (/exercise).
 */
const LATIN_WORD = /(?<![\p{L}\p{N}_.@/-])[a-z][a-z'’_-]{3,}(?![\p{L}\p{N}_]|\.[a-z])/gu;
/** What an empty slot leaves behind: its name in braces, an empty quote or brackets. */
const EMPTY_SLOT = /\{[a-z_]+\}|«\s*»|""|\(\s*\)/u;

/**
 * The words of a rendered step in the other language than `locale` that the person did not write themselves
 * (`own`: their title, description and typed answers, whose names and words a step may quote).
 */
export function foreignWords(text: string, locale: Locale, own: string): string[] {
  const said = own.toLowerCase();
  const found = locale === 'en' ? text.match(CYRILLIC_WORD) : text.replace(QUOTED, ' ').match(LATIN_WORD);
  return (found ?? []).filter((word) => !said.includes(word.toLowerCase()));
}

/**
 * True when the step can be shown: no word of the other language but the person's own, and no slot left empty. A step
 * that fails is skipped for the next one on the path (in the end the general steps), never shown mixed or broken.
 */
export const speakable = (text: string, locale: Locale, own: string) =>
  !EMPTY_SLOT.test(text) && foreignWords(text, locale, own).length === 0;
