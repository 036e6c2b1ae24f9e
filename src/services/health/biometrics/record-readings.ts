import { StepwiseError } from '../../../core/errors.js';
import { addDays, localOf } from '../../../core/health/clock.js';
import { BASELINE_WINDOW_DAYS, type Baseline, baselineOf } from '../../../core/health/biometrics/baseline.js';
import type { PlanAdaptation, StoredReading } from '../../../core/health/biometrics/stores.port.js';
import { METRIC_RANGE, READING_METRICS, type Reading, type ReadingMetric } from '../../../core/health/readings.js';
import type { UserId } from '../deps.js';
import { scheduleOf } from '../plan-day.js';
import { judgeNow } from './judge-day.js';
import type { BiometricDeps } from './deps.js';
import { isoTime } from '../../../core/iso-time.js';

export interface RecordResult {
  received: number;
  /** New readings stored; the rest were stored before (a re-sent batch changes nothing). */
  added: number;
  /** Baselines recomputed for the metric and source pairs this batch touched. */
  baselines: Baseline[];
  /** The adaptation a fresh reading caused, if any. */
  adaptation: PlanAdaptation | null;
}

const SOURCE = /^[a-z][a-z0-9_]{0,31}$/;
/** Only a reading of the last day can change today's plan; an import of last year's cannot. */
const FRESH_MS = 24 * 3_600_000;
/** A reading from the future beyond clock skew is refused rather than trusted. */
const SKEW_MS = 5 * 60_000;

/**
 * Spot heart-rate readings (a watch sends one a minute) are stored but never judged against a usual:
 * readiness and the triggers read resting heart rate. Skipping their baseline keeps a batch cheap.
 */
const UNJUDGED = new Set<ReadingMetric>(['heart_rate']);

/** 15 minutes: every zone's offset and every transition fall on a quarter hour, so a slot never straddles midnight. */
const SLOT_MS = 15 * 60_000;

/** The local day of an instant, the zone looked up once per quarter hour rather than once per reading. */
function localDays(zone: string): (at: number) => string {
  const days = new Map<number, string>();
  return (at) => {
    const slot = Math.floor(at / SLOT_MS);
    let day = days.get(slot);
    if (day === undefined) days.set(slot, (day = localOf(slot * SLOT_MS, zone).date));
    return day;
  };
}

/** A field of a normalised reading that a refusal can name. */
export type ReadingField = 'metric' | 'value' | 'at' | 'source';
/**
 * How the caller received a reading's field, so a refusal names what the client sent: over the API
 * the third normalised reading may be item 1's `timestamp` or `heart_rate`, not `readings.2.at`.
 */
export type FieldNamer = (index: number, field: ReadingField) => string;
const ownNames: FieldNamer = (index, field) => `readings.${index}.${field}`;

export const SOURCE_RULE =
  'must be a lowercase slug of 1–32 characters: a letter, then letters, digits or _ (like "oura" or "manual")';

/** Every problem of a batch at once, each naming its item's field, the rule and the limit; nothing is stored when there is any. */
export function checkReadings(readings: readonly Reading[], now: Date, nameOf: FieldNamer = ownNames): void {
  const problems = new Set<string>();
  readings.forEach((reading, i) => {
    const at = Date.parse(reading.at);
    if (!READING_METRICS.includes(reading.metric))
      problems.add(`${nameOf(i, 'metric')}: must be one of ${READING_METRICS.join(', ')}`);
    else {
      const [low, high] = METRIC_RANGE[reading.metric];
      if (!(reading.value >= low && reading.value <= high))
        problems.add(`${nameOf(i, 'value')}: must be from ${low} to ${high}`);
    }
    if (!Number.isFinite(at)) problems.add(`${nameOf(i, 'at')}: must be an ISO 8601 date-time with its offset`);
    else if (at > now.getTime() + SKEW_MS)
      problems.add(
        `${nameOf(i, 'at')}: must not be in the future (at most ${SKEW_MS / 60_000} minutes ahead of the server’s clock)`,
      );
    if (!SOURCE.test(reading.source)) problems.add(`${nameOf(i, 'source')}: ${SOURCE_RULE}`);
  });
  const listed = [...problems];
  if (listed.length > 0)
    throw new StepwiseError('invalid_input', listed.slice(0, 20).join('; '), { problems: listed.slice(0, 100) });
}

/**
 * Stores a batch of readings (idempotent: a reading already stored is left), recomputes the baselines
 * of the metric and source pairs it touched, and, when a reading is fresh and the person has a health
 * plan, checks the triggers against today's plan — or, before their day begins, leaves that to the
 * building of the day's plan and the job (`judgeNow`).
 */
export async function recordReadings(
  deps: BiometricDeps,
  userId: UserId,
  readings: readonly Reading[],
  options: { now?: Date; adapt?: boolean; nameOf?: FieldNamer } = {},
): Promise<RecordResult> {
  const now = options.now ?? deps.health.clock.now();
  checkReadings(readings, now, options.nameOf);
  const profile = await deps.health.store.profile(userId);
  const zone = scheduleOf(profile).timeZone;
  const dayOf = localDays(zone);
  const stored: StoredReading[] = readings.map((reading) => {
    const at = Date.parse(reading.at);
    return { ...reading, at: isoTime(new Date(at)), day: dayOf(at) };
  });
  const { added } = await deps.store.addReadings(userId, stored, now);
  const baselines = await refreshBaselines(deps, userId, stored, localOf(now.getTime(), zone).date, now);
  const fresh = stored.some((reading) => now.getTime() - Date.parse(reading.at) <= FRESH_MS);
  const adaptation =
    fresh && options.adapt !== false && profile?.archetype
      ? await judgeNow(deps, { ...profile, archetype: profile.archetype }, now)
      : null;
  return { received: readings.length, added, baselines, adaptation };
}

/** The baselines of each touched metric and source, from the daily means of the last 60 days. */
async function refreshBaselines(
  deps: BiometricDeps,
  userId: UserId,
  stored: readonly StoredReading[],
  today: string,
  now: Date,
): Promise<Baseline[]> {
  const judged = stored.filter((reading) => !UNJUDGED.has(reading.metric));
  const pairs = new Map(judged.map((reading) => [`${reading.metric}|${reading.source}`, reading]));
  const baselines: Baseline[] = [];
  for (const { metric, source } of pairs.values()) {
    const daily = await deps.store.daily(userId, metric, source, addDays(today, -BASELINE_WINDOW_DAYS));
    const baseline = baselineOf(metric, source, daily, today);
    if (baseline) baselines.push(baseline);
  }
  await deps.store.saveBaselines(userId, baselines, now);
  return baselines;
}
