import { DateTime } from 'luxon';
import type { Locale } from '../../core/goals/model.js';

/**
 * A block's local time span as people write it: "7:30-8:30 AM" (one AM/PM when both ends share it,
 * "11:30 AM-12:15 PM" otherwise) in English, "07:30–08:30" in Russian.
 */
export function timeRange(start: Date, end: Date, timeZone: string, locale: Locale): string {
  const [from, to] = [start, end].map((at) => DateTime.fromJSDate(at, { zone: timeZone }));
  if (locale === 'ru') return `${from!.toFormat('HH:mm')}–${to!.toFormat('HH:mm')}`;
  const clock = (at: DateTime) => at.toFormat('h:mm');
  const half = (at: DateTime) => (at.hour < 12 ? 'AM' : 'PM');
  return half(from!) === half(to!)
    ? `${clock(from!)}-${clock(to!)} ${half(to!)}`
    : `${clock(from!)} ${half(from!)}-${clock(to!)} ${half(to!)}`;
}
