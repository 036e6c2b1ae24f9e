import type { Reading } from '../../../core/health/readings.js';
import type { UserId } from '../deps.js';
import type { BiometricDeps } from './deps.js';
import { type RecordResult, recordReadings } from './record-readings.js';
import { isoTime } from '../../../core/iso-time.js';

/** Three quick taps, each 1 (low) to 5 (high): energy, stress and last night's sleep. */
export interface CheckinAnswers {
  energy: number;
  stress: number;
  sleep: number;
}

/** A tap of 1–5 on the 0–1 scale the triggers read (1 → 0, 3 → 0.5, 5 → 1). */
const scaled = (tap: number) => (tap - 1) / 4;

/** A check-in is three manual readings at one instant, recorded like any other batch. */
export async function checkin(
  deps: BiometricDeps,
  userId: UserId,
  answers: CheckinAnswers,
  now = deps.health.clock.now(),
): Promise<RecordResult> {
  const at = isoTime(now);
  const readings: Reading[] = [
    { metric: 'energy', value: scaled(answers.energy), at, source: 'manual' },
    { metric: 'stress', value: scaled(answers.stress), at, source: 'manual' },
    { metric: 'sleep_quality', value: scaled(answers.sleep), at, source: 'manual' },
  ];
  return recordReadings(deps, userId, readings, { now });
}
