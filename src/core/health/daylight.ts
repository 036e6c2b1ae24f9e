import { getTimes } from 'suncalc';
import { zonePlace } from './zone-places.js';

/**
 * Sunrise on the solar day of an instant, where the person lives as far as we know it: the principal
 * place of their time zone (its city in the tz database; no one is asked for their location). Within
 * one zone sunrise differs by up to an hour or so from place to place, which is why a morning counts
 * as dark only when the block ends before sunrise. `dark`: the sun does not rise that day (polar
 * night); `unknown`: a zone with no place (UTC, Etc/GMT+3).
 */
export type Sunrise = { kind: 'at'; at: Date } | { kind: 'dark' } | { kind: 'light' } | { kind: 'unknown' };

export function sunriseNear(instant: Date, timeZone: string): Sunrise {
  const place = zonePlace(timeZone);
  if (!place) return { kind: 'unknown' };
  const times = getTimes(instant, place.latitude, place.longitude);
  if (times.sunrise) return { kind: 'at', at: times.sunrise };
  if (times.alwaysDown) return { kind: 'dark' };
  return times.alwaysUp ? { kind: 'light' } : { kind: 'unknown' };
}

/** Whether a span that ends at `end` lies wholly before sunrise: the morning light it plans is not there yet. */
export function darkUntil(end: Date, timeZone: string): Sunrise | undefined {
  const sunrise = sunriseNear(end, timeZone);
  if (sunrise.kind === 'dark') return sunrise;
  return sunrise.kind === 'at' && end.getTime() <= sunrise.at.getTime() ? sunrise : undefined;
}
