import { addDays } from '../../core/health/clock.js';
import { type HabitDay, standingOf } from '../../core/health/habit-strength.js';
import type { HabitStanding, PlanMode } from '../../core/health/model.js';
import type { HabitLog, HealthProfile, StoredDayPlan } from '../../core/health/stores.port.js';
import type { HealthDeps, UserId } from './deps.js';

/** Everything a person's standings are folded from: their stored plans and their marks. */
export interface HealthHistory {
  plans: readonly StoredDayPlan[];
  logs: readonly HabitLog[];
}

/** The whole history since the profile began (all of it when no start is known). */
export async function readHistory(deps: HealthDeps, userId: UserId, since = '0000-01-01'): Promise<HealthHistory> {
  const [plans, logs] = await Promise.all([deps.store.dayPlans(userId, since), deps.store.logs(userId, since)]);
  return { plans, logs };
}

/**
 * Each habit's standing as of `day` (the plan day in progress). A planned day without a mark counts
 * as missed once it is over, i.e. for every day before `day`; `day` itself counts only with a mark,
 * and only when `includeDay` (a plan is built from the standings at the start of its day, so
 * marking a task never reshuffles it; the progression view includes today's marks).
 */
export function standingsAt(history: HealthHistory, day: string, includeDay: boolean): HabitStanding[] {
  const inRange = (date: string) => date < day || (includeDay && date === day);
  const marks = new Map(
    history.logs.filter((log) => inRange(log.date)).map((log) => [`${log.habitId}@${log.date}`, log]),
  );
  const days = new Map<string, Set<string>>();
  const add = (habitId: string, date: string) => days.set(habitId, (days.get(habitId) ?? new Set()).add(date));
  for (const plan of history.plans)
    if (inRange(plan.date))
      for (const block of plan.blocks) for (const task of block.tasks) add(task.habitId, plan.date);
  for (const log of marks.values()) add(log.habitId, log.date);
  return [...days.keys()].sort().map((habitId) => {
    const dated = [...days.get(habitId)!].sort().flatMap((date): HabitDay[] => {
      const mark = marks.get(`${habitId}@${date}`);
      if (mark) return [{ date, outcome: mark.outcome, ...(mark.fraction !== null && { fraction: mark.fraction }) }];
      return date < day ? [{ date, outcome: 'missed' }] : [];
    });
    return standingOf(habitId, dated);
  });
}

/**
 * The day's mode: a declared rest or sick day is followed by a recovery day (lighter blocks, nothing
 * above medium energy), whatever the person asked for; otherwise the mode they chose, or standard.
 */
export function modeFor(profile: Pick<HealthProfile, 'mode'>, logs: readonly HabitLog[], day: string): PlanMode {
  const before = addDays(day, -1);
  const declared = logs.some((log) => log.date === before && (log.outcome === 'rest' || log.outcome === 'sick'));
  return declared ? 'recovery' : (profile.mode ?? 'standard');
}
