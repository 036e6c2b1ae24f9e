// The time a person gives a step: "too long" of the step being replaced, or "only 10 minutes", «максимум 15 минут»,
// read from the content's words (`time` in content/goals/rephrase.yaml).
import type { RephrasePack } from '../../content/coach-pack.schema.js';
import { normalise, words } from '../offline/text-match.js';
import { compileStems } from '../offline/text-match.js';

const NUMBER = /^(\d{1,3})(\p{L}*)$/u;

export function timeLimitReader(pack: RephrasePack['time']) {
  const tooLong = compileStems(pack.tooLong);
  const phrases = (list: { en: string[]; ru: string[] }) =>
    [...list.en, ...list.ru].map((item) => words(normalise(item)));
  const [before, after] = [phrases(pack.before), phrases(pack.after)];
  const units = new Set([...pack.unit.en, ...pack.unit.ru].map((unit) => normalise(unit)));
  const endsWith = (tokens: string[], end: number, phrase: string[]) =>
    end - phrase.length >= 0 && phrase.every((word, at) => tokens[end - phrase.length + at] === word);
  const startsAt = (tokens: string[], from: number, phrase: string[]) =>
    phrase.every((word, at) => tokens[from + at] === word);

  /** The minutes a text limits a step to ("I only have 10 minutes", "15 min tops"), when it says so. */
  const minutesIn = (text: string): number | undefined => {
    const tokens = words(normalise(text));
    for (let at = 0; at < tokens.length; at++) {
      const number = NUMBER.exec(tokens[at]!);
      if (!number) continue;
      // "10min" or "10 minutes": the unit joined to the number or the next word.
      const unitAt = number[2] ? at : at + 1;
      if (!units.has(number[2] || (tokens[unitAt] ?? ''))) continue;
      const limited =
        before.some((phrase) => endsWith(tokens, at, phrase)) ||
        after.some((phrase) => startsAt(tokens, unitAt + 1, phrase));
      const minutes = Number(number[1]);
      if (limited && minutes > 0) return minutes;
    }
    return undefined;
  };

  return {
    minutesIn,
    /** Whether a comment calls the step too long ("too long", «слишком долго», "no time"). */
    tooLong: (comment: string) => {
      const text = normalise(comment);
      return tooLong.count(text, words(text)) > 0;
    },
  };
}
