import type { Locale } from '../../../core/goals/model.js';
import { DEFAULT_SLEEP_NEED_MINUTES, sleepDebt } from '../../../core/health/biometrics/baseline.js';
import { type Contributor, readinessOf } from '../../../core/health/biometrics/readiness.js';
import type { UserId } from '../deps.js';
import { fill, say } from '../health-texts.js';
import { scheduleOf } from '../plan-day.js';
import { CALIBRATING, CONTRIBUTOR_TEXTS, NO_READINESS, SIGNAL_NAMES, WELLNESS_NOTE } from './biometric-texts.js';
import type { BiometricDeps } from './deps.js';
import { readinessInput, snapshotAt } from './signals.js';

export interface ReadinessView {
  date: string;
  /** 0–100, or null with no signal today. */
  score: number | null;
  summary: string;
  contributors: Array<Contributor & { explanation: string }>;
  sleep_debt: { minutes: number; nights_known: number; need_minutes: number };
  disclaimer: string;
}

/** Today's readiness against the person's own baselines, each part explained in plain words. */
export async function readiness(
  deps: BiometricDeps,
  userId: UserId,
  options: { now?: Date; locale?: Locale } = {},
): Promise<ReadinessView> {
  const now = options.now ?? deps.health.clock.now();
  const locale = options.locale ?? (await deps.health.users.byId(userId))?.locale ?? 'en';
  const profile = await deps.health.store.profile(userId);
  const snapshot = await snapshotAt(deps, userId, scheduleOf(profile).timeZone, now);
  const input = readinessInput(snapshot, now);
  const result = readinessOf(input);
  const nights = [...snapshot.nights.minutes].map(([day, value]) => ({ day, value, count: 1 }));
  const debt = sleepDebt(nights, snapshot.today);
  return {
    date: snapshot.today,
    score: result.score,
    summary: result.score === null ? say(NO_READINESS, locale) : `${result.score}/100`,
    contributors: result.contributors.map((part) => ({ ...part, explanation: explain(part, locale) })),
    sleep_debt: { minutes: debt.minutes, nights_known: debt.nights, need_minutes: DEFAULT_SLEEP_NEED_MINUTES },
    disclaimer: say(WELLNESS_NOTE, locale),
  };
}

export function explain(part: Contributor, locale: Locale): string {
  const name = say(SIGNAL_NAMES[part.signal], locale);
  if (part.score === null) return fill(say(CALIBRATING, locale), { name, days: part.calibratingDays ?? 0 });
  const kind =
    part.signal === 'hrv' || part.signal === 'resting_heart_rate'
      ? 'baseline'
      : part.signal === 'sleep' || part.signal === 'stress'
        ? part.signal
        : 'scale';
  return fill(say(CONTRIBUTOR_TEXTS[kind][part.direction], locale), { name, percent: part.percent });
}
