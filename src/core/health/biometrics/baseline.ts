import { addDays } from '../clock.js';
import type { ReadingMetric, ReadingSource } from '../readings.js';

/** Like Oura and WHOOP: the first two weeks only learn what is usual; nothing is judged against them. */
export const CALIBRATION_DAYS = 14;
/** The long-term baseline: about two months of days, rolling. */
export const BASELINE_WINDOW_DAYS = 60;
export const BASELINE_METHOD = 'mean_of_daily_means_60d';

/** One local day's mean of a metric from one source. A day with no reading has no entry (never 0). */
export interface DailyValue {
  day: string;
  value: number;
  count: number;
}

/** The seed's `user_baselines` row, per user, metric *and* source (SDNN never judges RMSSD). */
export interface Baseline {
  metric: ReadingMetric;
  source: ReadingSource;
  value: number;
  /** Standard deviation of the daily means: how much the usual varies. */
  spread: number;
  method: typeof BASELINE_METHOD;
  /** Days with a reading in the window. */
  points: number;
  status: 'calibrating' | 'ready';
  /** The local date it was computed on, and the last date it holds for. */
  calculatedOn: string;
  validUntil: string;
}

/**
 * The baseline on `today` from the days before it (today is what gets judged, so it is left out),
 * within the rolling window. Null with no day at all; `calibrating` under 14 days.
 */
export function baselineOf(
  metric: ReadingMetric,
  source: ReadingSource,
  daily: readonly DailyValue[],
  today: string,
): Baseline | null {
  const from = addDays(today, -BASELINE_WINDOW_DAYS);
  const used = daily.filter((entry) => entry.day >= from && entry.day < today);
  if (used.length === 0) return null;
  const mean = used.reduce((sum, entry) => sum + entry.value, 0) / used.length;
  const variance = used.reduce((sum, entry) => sum + (entry.value - mean) ** 2, 0) / used.length;
  return {
    metric,
    source,
    value: mean,
    spread: Math.sqrt(variance),
    method: BASELINE_METHOD,
    points: used.length,
    status: used.length >= CALIBRATION_DAYS ? 'ready' : 'calibrating',
    calculatedOn: today,
    validUntil: today,
  };
}

/** Adults need at least 7 hours (AASM/SRS consensus); a person may set more. */
export const DEFAULT_SLEEP_NEED_MINUTES = 7 * 60;
export const SLEEP_DEBT_NIGHTS = 14;

/**
 * Sleep debt over the last 14 nights: Σ max(0, need − slept). A night with no record adds nothing
 * (unknown is not zero sleep); `nights` says how many were known.
 */
export function sleepDebt(
  nights: readonly DailyValue[],
  today: string,
  needMinutes = DEFAULT_SLEEP_NEED_MINUTES,
): { minutes: number; nights: number } {
  const from = addDays(today, -(SLEEP_DEBT_NIGHTS - 1));
  const known = nights.filter((night) => night.day >= from && night.day <= today);
  const minutes = known.reduce((sum, night) => sum + Math.max(0, needMinutes - night.value), 0);
  return { minutes: Math.round(minutes), nights: known.length };
}
