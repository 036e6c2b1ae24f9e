import { adaptTasks, type Person, type UpcomingTask } from '../../../core/health/biometrics/adapt.js';
import type { PlanAdaptation } from '../../../core/health/biometrics/stores.port.js';
import { chooseTrigger, firedTriggers, isOpen } from '../../../core/health/biometrics/triggers.js';
import { isMastered } from '../../../core/health/habit-strength.js';
import type { HabitDef } from '../../../core/health/model.js';
import type { StoredDayPlan } from '../../../core/health/stores.port.js';
import { type HealthHistory, standingsAt } from '../history.js';
import { HEALTH_PROGRAM } from '../mark-task.js';
import { dayPlanOf, planDayOf, type ReadyProfile, scheduleOf, templateOf } from '../plan-day.js';
import type { BiometricDeps } from './deps.js';
import { signalsOf, snapshotAt } from './signals.js';

const HOUR = 3_600_000;
/** Cooldowns and the open adaptation are looked up this far back. */
const LOOKBACK_HOURS = 48;

/**
 * Checks the triggers for this moment and, when one fires, adapts the upcoming tasks of today's plan:
 * stored as pending (the person accepts or keeps their plan), announced on the bus (the WebSocket
 * gets `plan_adapted` at once; the bot sends its message with Accept and Keep my plan). Null when no
 * trigger fires, one is cooling down, or no task is left to change.
 */
export async function adaptNow(deps: BiometricDeps, profile: ReadyProfile, now: Date): Promise<PlanAdaptation | null> {
  const zone = scheduleOf(profile).timeZone;
  const snapshot = await snapshotAt(deps, profile.userId, zone, now);
  const earlier = await deps.store.adaptations(profile.userId, new Date(now.getTime() - LOOKBACK_HOURS * HOUR));
  const trigger = chooseTrigger(firedTriggers(deps.triggers, signalsOf(snapshot, now)), deps.triggers, earlier, now);
  if (!trigger) return null;
  const date = planDayOf(profile, now);
  const { plan, history } = await dayPlanOf(deps.health, profile, date);
  const upcoming = upcomingTasks(deps, plan, history, now);
  const person = personOf(profile, history, date);
  const changes = adaptTasks(trigger, upcoming, recoveryCandidates(deps, profile), person);
  if (changes.length === 0) return null;
  const adaptation: PlanAdaptation = {
    id: deps.ids.next(),
    userId: profile.userId,
    date,
    triggerId: trigger.id,
    reason: trigger.reason,
    action: trigger.action,
    confidence: trigger.confidence,
    changes,
    status: 'pending',
    feedback: null,
    createdAt: now,
    expiresAt: new Date(now.getTime() + trigger.expiresHours * HOUR),
    decidedAt: null,
    notifiedAt: null,
  };
  const replaced = earlier.filter((candidate) => isOpen(candidate, now)).map((candidate) => candidate.id);
  await deps.store.addAdaptation(adaptation, replaced);
  deps.bus.publish({
    type: 'plan_adapted',
    userId: profile.userId,
    programId: HEALTH_PROGRAM,
    adaptationId: adaptation.id,
    triggerId: trigger.id,
    taskIds: changes.map((change) => change.original.taskId),
    expiresAt: adaptation.expiresAt,
    at: now,
  });
  return adaptation;
}

/** Whom the swapped-in habits must suit: their health notes, the habits mastered before today. */
function personOf(profile: ReadyProfile, history: HealthHistory, date: string): Person {
  const mastered = standingsAt(history, date, false).filter((standing) => isMastered(standing));
  return { notes: profile.notes, mastered: new Set(mastered.map((standing) => standing.habitId)) };
}

/** Tasks of today's plan whose block has not begun and that carry no mark yet. */
function upcomingTasks(deps: BiometricDeps, plan: StoredDayPlan, history: HealthHistory, now: Date): UpcomingTask[] {
  const date = plan.date;
  const template = templateOf(deps.health, plan.archetype, plan.mode);
  const parts = new Map(template?.blocks.map((block) => [block.id, block.part]) ?? []);
  const marked = new Set(history.logs.filter((log) => log.date === date).map((log) => log.habitId));
  const habits = new Map(deps.health.pack.habits.map((habit) => [habit.id, habit]));
  return plan.blocks
    .filter((block) => new Date(block.start) > now && parts.has(block.blockId))
    .flatMap((block) => {
      const minutes = Math.round((new Date(block.end).getTime() - new Date(block.start).getTime()) / 60_000);
      return block.tasks
        .filter((task) => habits.has(task.habitId) && !marked.has(task.habitId))
        .map((task) => {
          const habit = habits.get(task.habitId)!;
          return {
            habit,
            blockId: block.blockId,
            blockMinutes: minutes,
            part: parts.get(block.blockId)!,
            version: {
              taskId: `${date}:${task.habitId}`,
              habitId: task.habitId,
              durationMinutes: habit.durationMinutes,
              intensity: habit.intensity,
              scaling: task.scaling,
              version: 'standard' as const,
            },
          };
        });
    });
}

/** Habits that may stand in for a demanding one: the person's archetype (`mayGoInto` decides the rest per block). */
function recoveryCandidates(deps: BiometricDeps, profile: ReadyProfile): HabitDef[] {
  return deps.health.pack.habits.filter((habit) => habit.archetypes.includes(profile.archetype));
}
