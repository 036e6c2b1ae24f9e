import type { IANAZone } from 'luxon';
import { fromWallTime, type Instant } from '../instant.js';

/**
 * Dates as Apple Health exports write them. The usual form is "2019-01-01 23:00:00 +0100", but real
 * exports carry what the phone's region settings made of it:
 *  - a 12-hour clock ("2024-09-21 7:57:00 pm +1000"), its marker before or after the time, in the
 *    locale's words (午後, 下午, 오후, م …), separated by a narrow no-break space (U+202F);
 *  - native digits (Arabic-Indic "٢٠٢٥-٠٨-٠٨ …", Persian, Devanagari, full-width);
 *  - the compact form of iOS 8 exports ("20150616071916-0700"), a "GMT+01:00" or "+01:00" offset;
 *  - no offset at all, read in the user's zone.
 * Anything else is not a date, and the caller reports the line.
 */

/** Code points of the zero of each decimal digit block worth expecting in a phone's output. */
const DIGIT_ZEROS = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50, 0x0ed0,
  0x0f20, 0x1040, 0x17e0, 0x1810, 0xff10,
];

const AM = /(?:^|[\s\d])(am|a\.\s?m\.|午前|上午|오전|ص|πμ|vorm\.)(?=$|[\s\d])/i;
const PM = /(?:^|[\s\d])(pm|p\.\s?m\.|午後|下午|오후|م|μμ|nachm\.)(?=$|[\s\d])/i;

const SHAPE =
  /^(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})[T\s]*(\d{1,2}):?(\d{2}):?(\d{2})?(?:[.,]\d+)?\s*(Z|(?:GMT|UTC)?\s*([+-])(\d{1,2}):?(\d{2})?)?$/i;

function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0)!;
    const zero = DIGIT_ZEROS.find((candidate) => code >= candidate && code <= candidate + 9);
    return zero === undefined ? digit : String(code - zero);
  });
}

/** Splits off a 12-hour marker wherever the locale put it; `undefined` for a 24-hour time. */
function meridiem(text: string): { rest: string; pm: boolean | undefined } {
  for (const [pattern, pm] of [
    [AM, false],
    [PM, true],
  ] as const) {
    const match = pattern.exec(text);
    if (match) {
      const at = match.index + match[0].length - match[1]!.length;
      return { rest: `${text.slice(0, at)} ${text.slice(at + match[1]!.length)}`, pm };
    }
  }
  return { rest: text, pm: undefined };
}

/** The instant an Apple Health date names, or `undefined` when the text is not one of the forms above. */
export function parseAppleDate(raw: string, zone: IANAZone): Instant | undefined {
  // \s covers U+00A0 and U+202F, the spaces 12-hour locales put before the marker.
  const { rest, pm } = meridiem(asciiDigits(raw).replace(/\s+/g, ' ').trim());
  const match = SHAPE.exec(rest.replace(/\s+/g, ' ').trim());
  if (!match) return undefined;
  const [, year, month, day, hourText, minute, second, zoneText, sign, offsetHours, offsetMinutes] = match;
  let hour = Number(hourText);
  if (pm !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  const wallMs = Date.UTC(+year!, +month! - 1, +day!, hour, +minute!, Number(second ?? 0));
  const wall = new Date(wallMs);
  // Date.UTC rolls 2019-02-30 over to March; a date that does not read back is not a date.
  if (wall.getUTCDate() !== +day! || wall.getUTCMonth() !== +month! - 1 || hour > 23) return undefined;
  if (!zoneText) return fromWallTime(wallMs, zone);
  const offset = sign ? (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes ?? 0)) : 0;
  return { ms: wallMs - offset * 60_000, offset };
}
