import type { DailyReadings } from './daily-readings.js';
import { ImportFileError } from './import-error.js';
import { IMPORT_LIMITS } from './limits.js';
import { type Instant, later, localDate } from './instant.js';

export type SleepKind = 'asleep' | 'in_bed' | 'awake';

/** Spans as flat triples [startMs, endMs, endOffset, …]: a night of watch stages is a few dozen. */
interface Night {
  asleep: number[];
  in_bed: number[];
  awake: number[];
}

const HOUR = 3_600_000;
const MINUTE = 60_000;

/**
 * A night belongs to the local date it ended on. The window closes at 18:00: a span ending before
 * 18:00 on the 2nd (the night itself, or a nap that day) counts for the 2nd; one ending at 23:30
 * on the 1st (fell asleep early) joins the night that ends on the 2nd.
 */
export const nightOf = (end: Instant): string => localDate(later(end, 6 * HOUR));

/**
 * Sleep segments from every source, grouped by night. Asleep time is the union of the asleep spans
 * of all sources, so an iPhone and a Watch that both recorded 01:00–03:00 count those two hours
 * once. In-bed time stands in only for a night with no asleep span at all, minus awake spans.
 */
export class SleepNights {
  private readonly nights = new Map<string, Night>();

  /** Spans are kept until the end of the file: a bound per night keeps one night from holding millions. */
  constructor(private readonly maxSpansPerNight: number = IMPORT_LIMITS.spansPerNight) {}

  add(kind: SleepKind, start: Instant, end: Instant): boolean {
    if (end.ms <= start.ms) return false;
    const key = nightOf(end);
    let night = this.nights.get(key);
    if (!night) {
      night = { asleep: [], in_bed: [], awake: [] };
      this.nights.set(key, night);
    }
    if ((night.asleep.length + night.in_bed.length + night.awake.length) / 3 >= this.maxSpansPerNight)
      throw new ImportFileError(
        `the night of ${key} holds more than ${this.maxSpansPerNight.toLocaleString('en')} sleep records`,
      );
    night[kind].push(start.ms, end.ms, end.offset);
    return true;
  }

  /** One `sleep_minutes` per night, stamped at the end of the night's last counted span. */
  flushInto(readings: DailyReadings): void {
    for (const [date, night] of this.nights) {
      const asleep = union(night.asleep);
      const spans = asleep.length > 0 ? asleep : subtract(union(night.in_bed), union(night.awake));
      if (spans.length === 0) continue;
      const minutes = spans.reduce((sum, span) => sum + span.end - span.start, 0) / MINUTE;
      const last = spans[spans.length - 1]!;
      readings.add('sleep_minutes', minutes, { ms: last.end, offset: last.offset }, date);
    }
    this.nights.clear();
  }
}

interface Span {
  start: number;
  end: number;
  offset: number;
}

/** Overlapping or touching spans merged; sorted by start. */
function union(flat: number[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < flat.length; i += 3) spans.push({ start: flat[i]!, end: flat[i + 1]!, offset: flat[i + 2]! });
  spans.sort((left, right) => left.start - right.start);
  const merged: Span[] = [];
  for (const span of spans) {
    const previous = merged[merged.length - 1];
    if (previous && span.start <= previous.end) {
      if (span.end > previous.end) Object.assign(previous, { end: span.end, offset: span.offset });
    } else merged.push({ ...span });
  }
  return merged;
}

/** `spans` with every `holes` span cut out (both sorted and merged). */
function subtract(spans: Span[], holes: Span[]): Span[] {
  const result: Span[] = [];
  for (const span of spans) {
    let start = span.start;
    for (const hole of holes) {
      if (hole.end <= start || hole.start >= span.end) continue;
      if (hole.start > start) result.push({ start, end: hole.start, offset: span.offset });
      start = Math.max(start, hole.end);
    }
    if (start < span.end) result.push({ start, end: span.end, offset: span.offset });
  }
  return result;
}
