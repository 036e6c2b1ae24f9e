import type { PlanAdaptation } from '../../../core/health/biometrics/stores.port.js';
import { localOf } from '../../../core/health/clock.js';
import type { UserId } from '../deps.js';
import { planDayOf, type ReadyProfile, scheduleOf } from '../plan-day.js';
import { adaptNow } from './adapt-plan.js';
import type { BiometricDeps } from './deps.js';

/** Readings received this far back are judged again by the job (a day: they speak for the day ahead). */
const RECENT_MS = 24 * 3_600_000;

/**
 * Whether the person's new day has not begun yet: after midnight, before their wake time, when the
 * plan in force is still yesterday's and everything in it is past. Readings then (a watch syncing two
 * short nights on waking) are for the day ahead: they are judged once its plan is built.
 */
export function beforeTheirDay(profile: ReadyProfile, now: Date): boolean {
  return planDayOf(profile, now) !== localOf(now.getTime(), scheduleOf(profile).timeZone).date;
}

/**
 * Checks the triggers against the person's plan day now: on a reading, when a day's plan is first
 * built, and from the job. Before their day begins it waits (null), so the new day is not spent on the
 * old one: no adaptation of a finished day, no cooldown that would keep the new day standard. Each
 * trigger adapts a plan day once (`addAdaptation`), whichever of these paths comes first.
 */
export async function judgeNow(deps: BiometricDeps, profile: ReadyProfile, now: Date): Promise<PlanAdaptation | null> {
  if (beforeTheirDay(profile, now)) return null;
  return adaptNow(deps, profile, now);
}

/**
 * The job (`every('health_triggers')` in `main/schedule.ts`): everyone who sent readings in the last
 * day is judged now, so readings synced before waking adapt the day even when the person opens
 * nothing; the day's plan is built for them if it was not yet. Returns the adaptations made.
 */
export async function judgeRecentReaders(deps: BiometricDeps, now?: Date): Promise<number> {
  const at = now ?? deps.health.clock.now();
  const readers: UserId[] = await deps.store.readersSince(new Date(at.getTime() - RECENT_MS));
  let made = 0;
  for (const userId of readers) {
    const profile = await deps.health.store.profile(userId);
    if (!profile?.archetype) continue;
    if (await judgeNow(deps, { ...profile, archetype: profile.archetype }, at)) made += 1;
  }
  return made;
}
