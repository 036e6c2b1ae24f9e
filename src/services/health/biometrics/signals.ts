import { addDays, localOf } from '../../../core/health/clock.js';
import type { Baseline } from '../../../core/health/biometrics/baseline.js';
import { type ReadinessInput, readinessOf } from '../../../core/health/biometrics/readiness.js';
import type { StoredReading } from '../../../core/health/biometrics/stores.port.js';
import type { Signals } from '../../../core/health/biometrics/triggers.js';
import type { ReadingMetric } from '../../../core/health/readings.js';
import type { UserId } from '../deps.js';
import type { BiometricDeps } from './deps.js';

const HOUR = 3_600_000;
/** A feeling (energy, stress) speaks for about the next six hours, like the adaptations it causes. */
const FRESH_HOURS = 6;
/** The seed compares with the previous reading of the last 24 hours. */
const PREVIOUS_HOURS = 24;
const NIGHTS_LOOKED_AT = 14;

/** Everything the triggers and today's readiness read: recent readings, last nights, baselines. */
export interface Snapshot {
  today: string;
  recent: StoredReading[];
  nights: { minutes: Map<string, number>; quality: Map<string, number> };
  baselines: Baseline[];
}

const METRICS: ReadingMetric[] = [
  'energy',
  'stress',
  'readiness',
  'hrv_sdnn',
  'hrv_rmssd',
  'resting_heart_rate',
  'sleep_minutes',
  'sleep_quality',
];

export async function snapshotAt(deps: BiometricDeps, userId: UserId, zone: string, now: Date): Promise<Snapshot> {
  const today = localOf(now.getTime(), zone).date;
  const since = new Date(now.getTime() - (NIGHTS_LOOKED_AT + 1) * 24 * HOUR);
  const [readings, baselines] = await Promise.all([
    deps.store.readingsSince(userId, METRICS, since),
    deps.store.baselines(userId),
  ]);
  const upToNow = readings.filter((reading) => new Date(reading.at) <= now);
  return {
    today,
    recent: upToNow.filter((reading) => now.getTime() - new Date(reading.at).getTime() <= PREVIOUS_HOURS * 2 * HOUR),
    nights: { minutes: dailyMean(upToNow, 'sleep_minutes'), quality: dailyMean(upToNow, 'sleep_quality') },
    baselines,
  };
}

function dailyMean(readings: readonly StoredReading[], metric: ReadingMetric): Map<string, number> {
  const sums = new Map<string, { sum: number; count: number }>();
  for (const reading of readings.filter((candidate) => candidate.metric === metric)) {
    const entry = sums.get(reading.day) ?? { sum: 0, count: 0 };
    sums.set(reading.day, { sum: entry.sum + reading.value, count: entry.count + 1 });
  }
  return new Map([...sums].map(([day, entry]) => [day, entry.sum / entry.count]));
}

/** The latest reading of any of the metrics within `hours` before now, and the one before it. */
function latest(snapshot: Snapshot, metrics: readonly ReadingMetric[], now: Date, hours: number) {
  const found = snapshot.recent.filter(
    (reading) => metrics.includes(reading.metric) && now.getTime() - new Date(reading.at).getTime() <= hours * HOUR,
  );
  return { last: found.at(-1), before: found.at(-2) };
}

/** The nights in a row up to today (or yesterday, before today's is in), newest first. */
function lastNights(values: Map<string, number>, today: string): number[] {
  let day = values.has(today) ? today : addDays(today, -1);
  const nights: number[] = [];
  while (values.has(day)) {
    nights.push(values.get(day)!);
    day = addDays(day, -1);
  }
  return nights;
}

const baselineFor = (snapshot: Snapshot, reading: StoredReading | undefined) =>
  reading &&
  (snapshot.baselines.find((baseline) => baseline.metric === reading.metric && baseline.source === reading.source) ??
    null);

/** Today's readiness input: each signal present, HRV and heart rate with their own source's baseline. */
export function readinessInput(snapshot: Snapshot, now: Date): ReadinessInput {
  const hrv = latest(snapshot, ['hrv_sdnn', 'hrv_rmssd'], now, PREVIOUS_HOURS).last;
  const heart = latest(snapshot, ['resting_heart_rate'], now, PREVIOUS_HOURS).last;
  const energy = latest(snapshot, ['energy'], now, FRESH_HOURS).last;
  const stress = latest(snapshot, ['stress'], now, FRESH_HOURS).last;
  const sleep = lastNights(snapshot.nights.minutes, snapshot.today)[0];
  const quality = lastNights(snapshot.nights.quality, snapshot.today)[0];
  return {
    ...(hrv && {
      hrv: {
        value: hrv.value,
        baseline: baselineFor(snapshot, hrv) ?? null,
        metric: hrv.metric as 'hrv_sdnn' | 'hrv_rmssd',
      },
    }),
    ...(heart && { restingHeartRate: { value: heart.value, baseline: baselineFor(snapshot, heart) ?? null } }),
    ...(sleep !== undefined && { sleepMinutes: sleep }),
    ...(quality !== undefined && { sleepQuality: quality }),
    ...(energy && { energy: energy.value }),
    ...(stress && { stress: stress.value }),
  };
}

/** The triggers' view of the moment (the seed's conditions read these). */
export function signalsOf(snapshot: Snapshot, now: Date): Signals {
  const energy = latest(snapshot, ['energy'], now, FRESH_HOURS).last;
  const previous = energy && latest(snapshot, ['energy'], new Date(energy.at), PREVIOUS_HOURS);
  const hrv = latest(snapshot, ['hrv_sdnn', 'hrv_rmssd'], now, PREVIOUS_HOURS).last;
  const hrvBaseline = baselineFor(snapshot, hrv);
  const stress = latest(snapshot, ['stress'], now, FRESH_HOURS).last;
  const device = latest(snapshot, ['readiness'], now, PREVIOUS_HOURS).last;
  // The surge reads "energy > 0.8 and readiness > 0.8": readiness must be a second opinion, so the
  // computed one leaves the self-reported energy out (with no other signal there is none, and no surge).
  const others: ReadinessInput = { ...readinessInput(snapshot, now) };
  delete others.energy;
  const computed = readinessOf(others).score;
  const readiness = device?.value ?? (computed === null ? undefined : computed / 100);
  return {
    ...(energy && { energy: energy.value }),
    ...(previous?.before && { previousEnergy: previous.before.value }),
    ...(stress && { stress: stress.value }),
    ...(hrv && hrvBaseline?.status === 'ready' && { hrvRatio: hrv.value / hrvBaseline.value }),
    ...(readiness !== undefined && { readiness }),
    sleepQualityNights: lastNights(snapshot.nights.quality, snapshot.today),
  };
}
