import { canonicalTimeZone, parseTimeOfDay } from '../../../../core/goals/reminders.js';

/** One choice of a setup question: its button label and the value it stands for. */
export interface SetupOption {
  label: string;
  value: string;
}

/** Lower case, no emoji, ticks or punctuation at the ends: how a typed label is compared. */
const plain = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** A typed answer as one of the options: its number in the list (1-based), its value, or its label. */
export function pickOption(options: readonly SetupOption[], raw: string): string | undefined {
  const typed = raw.trim();
  const number = Number(typed);
  if (/^\d{1,2}$/.test(typed) && number >= 1 && number <= options.length) return options[number - 1]!.value;
  const wanted = plain(typed);
  if (!wanted) return undefined;
  return options.find((option) => option.value.toLowerCase() === typed.toLowerCase() || plain(option.label) === wanted)
    ?.value;
}

/** Words that say "none" / "no fixed hours" / "nothing" in either language. */
export const NONE_WORDS = /^(none|no|nothing|no fixed hours|нет|ничего|никаких|без|свободный график)$/i;
/** Words that close a multiple choice ("done"). */
export const DONE_WORDS = /^(done|ok|okay|that's all|готово|всё|все|ок|хорошо)$/i;

/** "7", "7:30", "19.00" → "HH:MM"; a bare hour counts as its full hour. */
const hourOrTime = (text: string): string | undefined => {
  const bare = /^([01]?\d|2[0-3])$/.exec(text.trim());
  return bare ? `${bare[1]!.padStart(2, '0')}:00` : parseTimeOfDay(text);
};

/** Work hours as typed: "9-18", "09:00–17:30", "9 to 6 pm" is not read; "none" is no fixed hours (null). */
export function parseWorkHours(raw: string): { start: string; end: string } | null | undefined {
  const typed = raw.trim();
  if (NONE_WORDS.test(typed)) return null;
  const parts = typed.split(/\s*(?:-|–|—|to|до)\s*/i);
  if (parts.length !== 2) return undefined;
  const [start, end] = parts.map(hourOrTime);
  return start && end && start !== end ? { start, end } : undefined;
}

/** A time of day typed, or the option it names. */
export const typedTime = (options: readonly SetupOption[], raw: string): string | undefined =>
  parseTimeOfDay(raw) ?? pickOption(options, raw);

/** A time zone typed (IANA, any case), or the option it names. */
export const typedZone = (options: readonly SetupOption[], raw: string): string | undefined =>
  pickOption(options, raw) ?? canonicalTimeZone(raw);

/** "1 3 5" or "1, 3": the options named by number (each toggles); undefined when it is not such a list. */
export function pickedNumbers(options: readonly SetupOption[], raw: string): string[] | undefined {
  const numbers = raw.trim().split(/[\s,;]+/);
  if (numbers.length === 0 || !numbers.every((item) => /^\d{1,2}$/.test(item))) return undefined;
  const picked = numbers.map((item) => options[Number(item) - 1]?.value);
  return picked.every((value): value is string => value !== undefined) ? picked : undefined;
}
