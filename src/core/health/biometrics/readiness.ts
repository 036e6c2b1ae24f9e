import type { ReadingMetric } from '../readings.js';
import { type Baseline, DEFAULT_SLEEP_NEED_MINUTES } from './baseline.js';

/** What today's readiness is built from: each signal present today, and its baseline when one exists. */
export interface ReadinessInput {
  /** Today's value per metric (HRV and resting heart rate with the baseline of the same source). */
  hrv?: { value: number; baseline: Baseline | null; metric: Extract<ReadingMetric, 'hrv_sdnn' | 'hrv_rmssd'> };
  restingHeartRate?: { value: number; baseline: Baseline | null };
  sleepMinutes?: number;
  sleepQuality?: number;
  energy?: number;
  stress?: number;
  sleepNeedMinutes?: number;
}

/**
 * One part of the score, in words the person can check: `direction` and `percent` compare today
 * with their own usual (or, for sleep, with their need). `calibrating` parts are shown, not scored.
 */
export interface Contributor {
  signal: 'hrv' | 'resting_heart_rate' | 'sleep' | 'sleep_quality' | 'energy' | 'stress';
  /** 0–100, or null while the baseline is still calibrating. */
  score: number | null;
  direction: 'above' | 'below' | 'usual';
  /** How far from the usual (or from the need), in whole percent. */
  percent: number;
  /** Days of baseline so far, when still calibrating. */
  calibratingDays?: number;
}

export interface Readiness {
  /** 0–100 from the contributors that count today; null when none does. */
  score: number | null;
  contributors: Contributor[];
}

// Weights of a common wearable readiness mix: recovery signals (HRV, resting heart rate, sleep) carry
// most; the person's own feel (energy, stress) carries the rest. Absent parts drop out and the weights
// of the others are renormalised, so a missing signal never counts as a bad one.
const WEIGHTS: Record<Contributor['signal'], number> = {
  hrv: 0.3,
  resting_heart_rate: 0.15,
  sleep: 0.2,
  sleep_quality: 0.1,
  energy: 0.15,
  stress: 0.1,
};
/** Within this share of the usual, a signal reads as "usual". */
const USUAL_BAND = 0.05;

const clamp = (value: number) => Math.max(0, Math.min(100, value));
const percentOff = (ratio: number) => Math.round(Math.abs(ratio - 1) * 100);
const directionOf = (ratio: number): Contributor['direction'] =>
  Math.abs(ratio - 1) < USUAL_BAND ? 'usual' : ratio > 1 ? 'above' : 'below';

/** Against a baseline: 75 at the usual, moving 1.5 points per percent (HRV up is good, heart rate up is not). */
function againstBaseline(
  signal: 'hrv' | 'resting_heart_rate',
  value: number,
  baseline: Baseline | null,
): Contributor | undefined {
  if (!baseline) return undefined;
  const ratio = value / baseline.value;
  const base = { signal, direction: directionOf(ratio), percent: percentOff(ratio) };
  if (baseline.status === 'calibrating') return { ...base, score: null, calibratingDays: baseline.points };
  const better = signal === 'hrv' ? ratio - 1 : 1 - ratio;
  return { ...base, score: Math.round(clamp(75 + better * 150)) };
}

function ownScale(signal: 'sleep_quality' | 'energy' | 'stress', value: number): Contributor {
  const good = signal === 'stress' ? 1 - value : value;
  const ratio = good / 0.75; // three quarters of the scale reads as "usual"
  return { signal, score: Math.round(clamp(good * 100)), direction: directionOf(ratio), percent: percentOff(ratio) };
}

/** Today's readiness from the signals present, each against the person's own usual. */
export function readinessOf(input: ReadinessInput): Readiness {
  const parts: Contributor[] = [];
  if (input.hrv) parts.push(...optional(againstBaseline('hrv', input.hrv.value, input.hrv.baseline)));
  if (input.restingHeartRate)
    parts.push(
      ...optional(againstBaseline('resting_heart_rate', input.restingHeartRate.value, input.restingHeartRate.baseline)),
    );
  if (input.sleepMinutes !== undefined) {
    const ratio = input.sleepMinutes / (input.sleepNeedMinutes ?? DEFAULT_SLEEP_NEED_MINUTES);
    parts.push({
      signal: 'sleep',
      score: Math.round(clamp(ratio * 100)),
      direction: directionOf(ratio),
      percent: percentOff(ratio),
    });
  }
  if (input.sleepQuality !== undefined) parts.push(ownScale('sleep_quality', input.sleepQuality));
  if (input.energy !== undefined) parts.push(ownScale('energy', input.energy));
  if (input.stress !== undefined) parts.push(ownScale('stress', input.stress));
  const scored = parts.filter((part) => part.score !== null);
  const weight = scored.reduce((sum, part) => sum + WEIGHTS[part.signal], 0);
  const score =
    scored.length === 0
      ? null
      : Math.round(scored.reduce((sum, part) => sum + part.score! * WEIGHTS[part.signal], 0) / weight);
  return { score, contributors: parts };
}

const optional = <T>(value: T | undefined): T[] => (value === undefined ? [] : [value]);
