import { IANAZone } from 'luxon';
import { isoTime } from '../../core/iso-time.js';

const MINUTE = 60_000;

/**
 * A moment and the UTC offset (minutes) the wall clock showed there. Days are named from the offset
 * the record carried, so a night slept in Tokyo stays on Tokyo's date after the flight home.
 */
export interface Instant {
  readonly ms: number;
  readonly offset: number;
}

/** The user's zone; an unknown name is the caller's mistake, not the file's. */
export function zoneNamed(name: string): IANAZone {
  const zone = IANAZone.create(name);
  if (!zone.isValid) throw new RangeError(`unknown time zone: ${name}`);
  return zone;
}

/** An instant with the offset `zone` had at that moment (for UTC times such as FIT timestamps). */
export const inZone = (ms: number, zone: IANAZone): Instant => ({ ms, offset: zone.offset(ms) });

/**
 * Wall-clock fields with no offset (Fitbit CSVs), read in `zone`. `wallMs` is the wall time encoded
 * as if it were UTC. The second look corrects the guess across a DST change.
 */
export function fromWallTime(wallMs: number, zone: IANAZone): Instant {
  const guess = zone.offset(wallMs);
  const offset = zone.offset(wallMs - guess * MINUTE);
  return { ms: wallMs - offset * MINUTE, offset };
}

export const later = (instant: Instant, ms: number): Instant => ({ ms: instant.ms + ms, offset: instant.offset });

/** The calendar date on the wall clock at `instant`, "YYYY-MM-DD". */
export const localDate = (instant: Instant): string =>
  isoTime(new Date(instant.ms + instant.offset * MINUTE)).slice(0, 10);

/** ISO 8601 with the wall-clock offset, e.g. "2019-01-01T23:00:00+01:00" (seconds precision). */
export function isoAt(instant: Instant): string {
  const wall = isoTime(new Date(instant.ms + instant.offset * MINUTE)).slice(0, 19);
  const sign = instant.offset < 0 ? '-' : '+';
  const minutes = Math.abs(instant.offset);
  const hours = String(Math.floor(minutes / 60)).padStart(2, '0');
  return `${wall}${sign}${hours}:${String(minutes % 60).padStart(2, '0')}`;
}

/** An ISO 8601 time with an offset (Oura's LocalizedDateTime), keeping the offset it was written with. */
export function instantOfIso(text: string): Instant {
  const zone = /([+-])(\d{2}):?(\d{2})$/.exec(text);
  const offset = zone ? (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3])) : 0;
  return { ms: Date.parse(text), offset };
}
