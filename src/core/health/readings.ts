/**
 * Biometric readings (seed 002, phase 6) in one normalised shape, whatever they came from: the API,
 * a `/checkin`, or a device export. Each metric has one fixed unit, so a value never carries its own.
 *
 * HRV is split by statistic on purpose: Apple reports SDNN from short daytime readings, Oura,
 * Fitbit, Garmin and WHOOP report RMSSD, mostly overnight. They are different numbers, and a baseline
 * of one must never judge a reading of the other.
 */
export const READING_METRICS = [
  'hrv_sdnn', // ms
  'hrv_rmssd', // ms
  'heart_rate', // beats per minute, a spot reading
  'resting_heart_rate', // beats per minute, one per day
  'energy', // 0–1, self-reported or device "body battery"
  'stress', // 0–1
  'readiness', // 0–1, a device's own readiness score
  'sleep_minutes', // minutes asleep in one night (stages summed, awake time excluded)
  'sleep_quality', // 0–1 (a device's sleep score / 100, or a 1–5 check-in mapped onto 0–1)
] as const;
export type ReadingMetric = (typeof READING_METRICS)[number];

/** Where a reading came from; baselines are kept per metric *and* source. A lowercase slug. */
export type ReadingSource = string;
export const KNOWN_SOURCES = ['manual', 'api', 'apple_health', 'oura', 'fitbit', 'garmin', 'whoop'] as const;

export interface Reading {
  readonly metric: ReadingMetric;
  readonly value: number;
  /** The instant the reading describes, ISO 8601 with offset or Z (for a night: when it ended). */
  readonly at: string;
  readonly source: ReadingSource;
}

/** The range each metric's value must fall in; anything outside is refused, never clamped. */
export const METRIC_RANGE: Readonly<Record<ReadingMetric, readonly [number, number]>> = {
  hrv_sdnn: [1, 400],
  hrv_rmssd: [1, 400],
  heart_rate: [20, 250],
  resting_heart_rate: [20, 200],
  energy: [0, 1],
  stress: [0, 1],
  readiness: [0, 1],
  sleep_minutes: [0, 24 * 60],
  sleep_quality: [0, 1],
};
