import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Baseline } from '../../src/core/health/biometrics/baseline.js';
import type { StoredReading } from '../../src/core/health/biometrics/stores.port.js';
import { firedTriggers } from '../../src/core/health/biometrics/triggers.js';
import { loadHealthTriggers } from '../../src/content/load-health-triggers.js';
import { signalsOf, type Snapshot } from '../../src/services/health/biometrics/signals.js';

/**
 * Property tests of what the triggers are shown (`signalsOf`) over generated readings and baselines:
 * the HRV ratio exists only against a ready baseline of the same statistic *and* source, energy is
 * the latest of the last six hours and "previous" the one before it within a day, and nights count
 * only when known and consecutive.
 */

const NOW = new Date('2026-03-02T07:00:00Z');
const TODAY = '2026-03-02';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const loaded = loadHealthTriggers();
if (!loaded.ok) throw new Error(loaded.problems.join('\n'));

const HRV = ['hrv_sdnn', 'hrv_rmssd'] as const;
const SOURCES = ['apple_health', 'oura', 'garmin'] as const;

function reading(metric: StoredReading['metric'], value: number, minutesAgo: number, source: string): StoredReading {
  const at = new Date(NOW.getTime() - minutesAgo * MINUTE).toISOString();
  return { metric, value, at, source, day: at.slice(0, 10) };
}

function baseline(metric: Baseline['metric'], source: string, value: number, status: Baseline['status']): Baseline {
  const points = status === 'ready' ? 30 : 5;
  return {
    metric,
    source,
    value,
    spread: 5,
    method: 'mean_of_daily_means_60d',
    points,
    status,
    calculatedOn: TODAY,
    validUntil: TODAY,
  };
}

const snapshotOf = (readings: StoredReading[], baselines: Baseline[] = []): Snapshot => ({
  today: TODAY,
  // As the store returns them: oldest first, none after now.
  recent: [...readings].sort((left, right) => left.at.localeCompare(right.at)),
  nights: { minutes: new Map(), quality: new Map() },
  baselines,
});

const hrvArb = fc.record({
  metric: fc.constantFrom(...HRV),
  source: fc.constantFrom(...SOURCES),
  value: fc.integer({ min: 10, max: 150 }),
  minutesAgo: fc.integer({ min: 0, max: 47 * 60 }),
});
const baselinesArb = fc.uniqueArray(
  fc.record({
    metric: fc.constantFrom(...HRV),
    source: fc.constantFrom(...SOURCES),
    value: fc.integer({ min: 10, max: 150 }),
    status: fc.constantFrom('calibrating' as const, 'ready' as const),
  }),
  { selector: (entry) => `${entry.metric}|${entry.source}`, maxLength: 6 },
);

describe('signalsOf on generated readings and baselines', () => {
  it('gives an HRV ratio only against a ready baseline of the same statistic and source (SDNN never judges RMSSD)', () => {
    fc.assert(
      fc.property(hrvArb, baselinesArb, (hrv, entries) => {
        const baselines = entries.map((entry) => baseline(entry.metric, entry.source, entry.value, entry.status));
        const signals = signalsOf(
          snapshotOf([reading(hrv.metric, hrv.value, hrv.minutesAgo, hrv.source)], baselines),
          NOW,
        );
        const own = entries.find((entry) => entry.metric === hrv.metric && entry.source === hrv.source);
        if (hrv.minutesAgo <= 24 * 60 && own?.status === 'ready')
          expect(signals.hrvRatio).toBeCloseTo(hrv.value / own.value, 12);
        else expect(signals.hrvRatio).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('never fires stress_spike on the highest stress while the HRV baseline is calibrating or of another source', () => {
    fc.assert(
      fc.property(hrvArb, baselinesArb, (hrv, entries) => {
        const baselines = entries
          .filter(
            (entry) => entry.status === 'calibrating' || entry.metric !== hrv.metric || entry.source !== hrv.source,
          )
          .map((entry) => baseline(entry.metric, entry.source, entry.value, entry.status));
        const readings = [reading(hrv.metric, 1, hrv.minutesAgo, hrv.source), reading('stress', 1, 0, 'manual')];
        const fired = firedTriggers(loaded.triggers, signalsOf(snapshotOf(readings, baselines), NOW));
        expect(fired.map((trigger) => trigger.id)).not.toContain('stress_spike');
      }),
      { numRuns: 300 },
    );
  });

  it('takes energy from the last six hours and the previous energy from the day before that one', () => {
    const energyArb = fc.uniqueArray(
      fc.record({
        minutesAgo: fc.integer({ min: 0, max: 47 * 60 }),
        value: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { selector: (entry) => entry.minutesAgo, maxLength: 6 },
    );
    fc.assert(
      fc.property(energyArb, (entries) => {
        const signals = signalsOf(
          snapshotOf(entries.map((entry) => reading('energy', entry.value, entry.minutesAgo, 'manual'))),
          NOW,
        );
        const byAge = [...entries].sort((left, right) => left.minutesAgo - right.minutesAgo);
        const latest = byAge[0];
        if (!latest || latest.minutesAgo > 6 * 60) {
          expect(signals.energy).toBeUndefined();
          expect(signals.previousEnergy).toBeUndefined();
          return;
        }
        expect(signals.energy).toBe(latest.value);
        const before = byAge[1];
        const within = before && (before.minutesAgo - latest.minutesAgo) * MINUTE <= 24 * HOUR;
        expect(signals.previousEnergy).toBe(within ? before.value : undefined);
      }),
      { numRuns: 500 },
    );
  });

  it('counts nights only known and in a row, up to last night: a gap ends the run, never reads as a poor night', () => {
    const nightsArb = fc.uniqueArray(
      fc.record({ daysAgo: fc.integer({ min: 0, max: 10 }), value: fc.double({ min: 0, max: 1, noNaN: true }) }),
      { selector: (entry) => entry.daysAgo, maxLength: 10 },
    );
    fc.assert(
      fc.property(nightsArb, (entries) => {
        const day = (daysAgo: number) => new Date(NOW.getTime() - daysAgo * 24 * HOUR).toISOString().slice(0, 10);
        const quality = new Map(entries.map((entry) => [day(entry.daysAgo), entry.value]));
        const signals = signalsOf({ ...snapshotOf([]), nights: { minutes: new Map(), quality } }, NOW);
        const values = new Map(entries.map((entry) => [entry.daysAgo, entry.value]));
        const expected: number[] = [];
        for (let daysAgo = values.has(0) ? 0 : 1; values.has(daysAgo); daysAgo++) expected.push(values.get(daysAgo)!);
        expect(signals.sleepQualityNights).toEqual(expected);
        const fired = firedTriggers(loaded.triggers, signals).map((trigger) => trigger.id);
        expect(fired.includes('sleep_debt')).toBe(expected.length >= 2 && expected[0]! < 0.6 && expected[1]! < 0.6);
      }),
      { numRuns: 500 },
    );
  });
});
