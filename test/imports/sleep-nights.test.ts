import { describe, expect, it } from 'vitest';
import { DailyReadings } from '../../src/imports/health/daily-readings.js';
import { type Instant, instantOfIso } from '../../src/imports/health/instant.js';
import { nightOf, type SleepKind, SleepNights } from '../../src/imports/health/sleep-nights.js';
import { lines } from './fixtures.js';

const at = (iso: string): Instant => instantOfIso(iso);

function nightsOf(spans: Array<[SleepKind, string, string]>): string[] {
  const nights = new SleepNights();
  for (const [kind, start, end] of spans) nights.add(kind, at(start), at(end));
  const readings = new DailyReadings('apple_health');
  nights.flushInto(readings);
  return lines(readings.readings());
}

describe('sleep nights', () => {
  it('belong to the local date they end on, with the window closing at 18:00', () => {
    expect(nightOf(at('2023-01-15T06:30:00+01:00'))).toBe('2023-01-15');
    expect(nightOf(at('2023-01-14T23:30:00+01:00'))).toBe('2023-01-15');
    expect(nightOf(at('2023-01-15T17:59:00+01:00'))).toBe('2023-01-15');
    expect(nightOf(at('2023-01-15T18:00:00+01:00'))).toBe('2023-01-16');
  });

  it('count time asleep on two devices once', () => {
    expect(
      nightsOf([
        ['asleep', '2023-01-14T23:00:00+01:00', '2023-01-15T03:00:00+01:00'],
        ['asleep', '2023-01-15T01:00:00+01:00', '2023-01-15T07:00:00+01:00'],
        ['in_bed', '2023-01-14T22:00:00+01:00', '2023-01-15T08:00:00+01:00'],
      ]),
    ).toEqual(['sleep_minutes 480 2023-01-15T07:00:00+01:00']);
  });

  it('use in-bed time, minus awake time, only for a night with no asleep span', () => {
    expect(
      nightsOf([
        ['in_bed', '2023-01-14T23:00:00+01:00', '2023-01-15T07:00:00+01:00'],
        ['awake', '2023-01-15T02:00:00+01:00', '2023-01-15T02:45:00+01:00'],
        ['awake', '2023-01-15T06:30:00+01:00', '2023-01-15T07:30:00+01:00'],
      ]),
    ).toEqual(['sleep_minutes 405 2023-01-15T06:30:00+01:00']);
  });

  it('refuse a night longer than a day instead of clamping it', () => {
    const nights = new SleepNights();
    nights.add('asleep', at('2023-01-13T17:00:00+01:00'), at('2023-01-15T07:00:00+01:00'));
    const readings = new DailyReadings('apple_health');
    nights.flushInto(readings);
    expect(readings.readings()).toEqual([]);
    expect(readings.skipped).toEqual({ out_of_range: 1 });
  });
});
