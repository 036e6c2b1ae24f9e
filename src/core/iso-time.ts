const DAY_MS = 86_400_000;
/** 0000-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z: the years `toISOString` writes with four digits. */
const FIRST_MS = -62_167_219_200_000;
const LAST_MS = 253_402_300_799_999;

const two = (value: number) => (value < 10 ? `0${value}` : `${value}`);
const three = (value: number) => (value < 10 ? `00${value}` : value < 100 ? `0${value}` : `${value}`);
const four = (value: number) => (value < 1000 ? `${value + 10_000}`.slice(1) : `${value}`);

/**
 * `date.toISOString()`, the same text, in plain arithmetic for the years 0–9999. V8 formats `toISOString` through
 * printf: about 8,000 instructions a call, and a recorded action makes eight of them (7 % of its CPU, measured with
 * callgrind). Other years (`+012345-…`) and invalid dates (a RangeError) are left to `toISOString`.
 */
export function isoTime(date: Date): string {
  const ms = date.getTime();
  if (!(ms >= FIRST_MS && ms <= LAST_MS)) return date.toISOString();
  const days = Math.floor(ms / DAY_MS);
  let rest = ms - days * DAY_MS;
  // Days since 1970-01-01 → the proleptic Gregorian date (Howard Hinnant's civil_from_days, eras of 400 years).
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const fromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * fromMarch + 2) / 5) + 1;
  const month = fromMarch < 10 ? fromMarch + 3 : fromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  return `${four(year)}-${two(month)}-${two(day)}T${two(hours)}:${two(minutes)}:${two(seconds)}.${three(rest - seconds * 1000)}Z`;
}

/** The digits at `from`…`from + length` of `text` as a number; NaN where any is not a digit. */
function digits(text: string, from: number, length: number): number {
  let value = 0;
  for (let index = from; index < from + length; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * `new Date(text)`, the same moment, for the text `isoTime` writes (`YYYY-MM-DDTHH:MM:SS.sssZ`, a timestamp column
 * read back from SQLite): V8 parses date strings in C++ at about 1,600 instructions each, 14 of them a recorded action.
 * A day past its month's end rolls over as V8's parser does; any other text (or a field out of range) is left to
 * `new Date`.
 */
export function fromIsoTime(text: string): Date {
  if (
    text.length !== 24 ||
    text[4] !== '-' ||
    text[7] !== '-' ||
    text[10] !== 'T' ||
    text[13] !== ':' ||
    text[16] !== ':' ||
    text[19] !== '.' ||
    text[23] !== 'Z'
  )
    return new Date(text);
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hours = digits(text, 11, 2);
  const minutes = digits(text, 14, 2);
  const seconds = digits(text, 17, 2);
  const millis = digits(text, 20, 3);
  // NaN fails every comparison: a non-digit anywhere takes the slow path too.
  if (!(
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= 31 &&
    hours <= 23 &&
    minutes <= 59 &&
    seconds <= 59 &&
    millis >= 0
  ))
    return new Date(text);
  // Howard Hinnant's days_from_civil: the year counted from March, in eras of 400 years.
  const marchYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  const days = era * 146_097 + dayOfEra - 719_468;
  return new Date(days * DAY_MS + hours * 3_600_000 + minutes * 60_000 + seconds * 1000 + millis);
}
