import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../clock.js';
import { baselineOf, type DailyValue, DEFAULT_SLEEP_NEED_MINUTES, sleepDebt } from './baseline.js';

/**
 * Property tests of baselines and sleep debt over generated daily series: days anywhere from three
 * months before today to a few days after it (a phone with a wrong clock), each day at most once,
 * and gaps wherever they fall: a day with no reading has no entry and must never count as zero.
 */

const TODAY = '2026-03-02';
const dayArb = fc.integer({ min: -95, max: 3 });
const seriesArb = (min: number, max: number) =>
  fc
    .uniqueArray(fc.record({ offset: dayArb, value: fc.double({ min, max, noNaN: true }) }), {
      selector: (entry) => entry.offset,
      maxLength: 70,
    })
    .map((entries) =>
      entries.map(({ offset, value }): DailyValue => ({ day: addDays(TODAY, offset), value, count: 1 })),
    );
const inWindow = (entry: DailyValue) => entry.day >= addDays(TODAY, -60) && entry.day < TODAY;

describe('baselineOf on generated daily series', () => {
  it('reads only the 60 days before today: today, later days and older days change nothing', () => {
    fc.assert(
      fc.property(seriesArb(1, 200), (daily) => {
        const used = daily.filter(inWindow);
        const baseline = baselineOf('hrv_rmssd', 'oura', daily, TODAY);
        expect(baseline).toEqual(baselineOf('hrv_rmssd', 'oura', used, TODAY));
        if (used.length === 0) {
          expect(baseline).toBeNull();
          return;
        }
        const mean = used.reduce((sum, entry) => sum + entry.value, 0) / used.length;
        expect(baseline!.points).toBe(used.length);
        expect(baseline!.value).toBeCloseTo(mean, 9);
        expect(baseline!.spread).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });

  it('is calibrating under 14 days with a reading and ready from 14 on', () => {
    fc.assert(
      fc.property(seriesArb(1, 200), (daily) => {
        const baseline = baselineOf('hrv_sdnn', 'apple_health', daily, TODAY);
        const points = daily.filter(inWindow).length;
        if (points > 0) expect(baseline!.status).toBe(points < 14 ? 'calibrating' : 'ready');
      }),
      { numRuns: 500 },
    );
  });
});

describe('sleepDebt on generated nights', () => {
  const lastFourteen = (entry: DailyValue) => entry.day >= addDays(TODAY, -13) && entry.day <= TODAY;

  it('sums the shortfall of the known nights of the last 14 only, and counts those nights', () => {
    fc.assert(
      fc.property(seriesArb(0, 720), (nights) => {
        const known = nights.filter(lastFourteen);
        const shortfall = known.reduce((sum, night) => sum + Math.max(0, DEFAULT_SLEEP_NEED_MINUTES - night.value), 0);
        expect(sleepDebt(nights, TODAY)).toEqual({ minutes: Math.round(shortfall), nights: known.length });
      }),
      { numRuns: 500 },
    );
  });

  it('never counts an unknown night as no sleep: forgetting a night never adds debt', () => {
    fc.assert(
      fc.property(seriesArb(0, 720), fc.integer({ min: -13, max: 0 }), (nights, offset) => {
        const day = addDays(TODAY, offset);
        const unknown = nights.filter((night) => night.day !== day);
        const asZero = [...unknown, { day, value: 0, count: 1 }];
        expect(sleepDebt(unknown, TODAY).minutes).toBeLessThanOrEqual(sleepDebt(nights, TODAY).minutes);
        expect(sleepDebt(asZero, TODAY).minutes - sleepDebt(unknown, TODAY).minutes).toBe(DEFAULT_SLEEP_NEED_MINUTES);
        expect(sleepDebt(unknown, TODAY).nights).toBe(unknown.filter(lastFourteen).length);
      }),
      { numRuns: 500 },
    );
  });
});
