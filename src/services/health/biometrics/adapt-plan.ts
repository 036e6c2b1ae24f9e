import {
  adaptTasks,
  gentleRecoverySession,
  type OpenBlock,
  type Person,
  type TaskChange,
  type UpcomingTask,
} from '../../../core/health/biometrics/adapt.js';
import type { PlanAdaptation } from '../../../core/health/biometrics/stores.port.js';
import {
  chooseTrigger,
  confidenceOf,
  firedTriggers,
  replacedBy,
  type TriggerDef,
} from '../../../core/health/biometrics/triggers.js';
import { isMastered } from '../../../core/health/habit-strength.js';
import type { DayPart, HabitDef } from '../../../core/health/model.js';
import type { Localized } from '../../../core/programs/program.js';
import type { StoredDayPlan } from '../../../core/health/stores.port.js';
import { fill } from '../health-texts.js';
import { type HealthHistory, standingsAt } from '../history.js';
import { HEALTH_PROGRAM } from '../mark-task.js';
import { dayPlanOf, planDayOf, type ReadyProfile, scheduleOf, templateOf } from '../plan-day.js';
import { GENTLE_RECOVERY_ADDED, NO_GENTLE_HABIT, NOTHING_TO_UPGRADE } from './biometric-texts.js';
import type { BiometricDeps } from './deps.js';
import { signalsOf, snapshotAt } from './signals.js';

const HOUR = 3_600_000;
/** Cooldowns and the open adaptation are looked up this far back. */
const LOOKBACK_HOURS = 48;

/**
 * Checks the triggers for this moment and, when one fires, adapts the upcoming tasks of today's plan:
 * stored as pending (the person accepts or keeps their plan), announced on the bus (the WebSocket
 * gets `plan_adapted` at once; the bot sends its message with Accept and Keep my plan). Null only when
 * no trigger fires or it is cooling down: a trigger that fires with no planned task to change still
 * tells the person what was noticed, with the seed's gentle recovery session added (`gentleFallback`).
 */
export async function adaptNow(deps: BiometricDeps, profile: ReadyProfile, now: Date): Promise<PlanAdaptation | null> {
  const zone = scheduleOf(profile).timeZone;
  const snapshot = await snapshotAt(deps, profile.userId, zone, now);
  const earlier = await deps.store.adaptations(profile.userId, new Date(now.getTime() - LOOKBACK_HOURS * HOUR));
  const signals = signalsOf(snapshot, now);
  const trigger = chooseTrigger(firedTriggers(deps.triggers, signals), deps.triggers, earlier, now);
  if (!trigger) return null;
  const date = planDayOf(profile, now);
  const { plan, history } = await dayPlanOf(deps.health, profile, date, { judge: false });
  const upcoming = upcomingTasks(deps, plan, history, now);
  const person = personOf(profile, history, date);
  const candidates = recoveryCandidates(deps, profile);
  const adapted = adaptTasks(trigger, upcoming, candidates, person);
  const fallback =
    adapted.length === 0 ? gentleFallback(deps, { plan, history, upcoming, candidates, person }, trigger, now) : null;
  const changes = fallback ? fallback.changes : adapted;
  if (fallback)
    deps.health.log.info(
      { event: 'adaptation_fallback', trigger_id: trigger.id, action: fallback.action, user_id: profile.userId },
      'a trigger fired with no planned task to change: gentle recovery session offered',
    );
  const adaptation: PlanAdaptation = {
    id: deps.ids.next(),
    userId: profile.userId,
    date,
    triggerId: trigger.id,
    reason: fallback ? fallback.reason : trigger.reason,
    action: fallback ? fallback.action : trigger.action,
    confidence: confidenceOf(trigger, signals),
    changes,
    status: 'pending',
    feedback: null,
    createdAt: now,
    expiresAt: expiryOf(plan, upcoming, changes, now, trigger.expiresHours),
    decidedAt: null,
    notifiedAt: null,
  };
  const replaced = replacedBy(trigger, earlier, deps.triggers, now).map((candidate) => candidate.id);
  // Another path judged the same day a moment ago (a reading and the day's first plan at once).
  if (!(await deps.store.addAdaptation(adaptation, replaced))) return null;
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

/**
 * The seed's 6 hours, and never before the last task it changes has passed: a 06:10 adaptation of
 * tasks at 14:45 and 21:00 stays open until the 21:00 block ends, so it can still be accepted then.
 */
function expiryOf(
  plan: StoredDayPlan,
  upcoming: readonly UpcomingTask[],
  changes: readonly TaskChange[],
  now: Date,
  hours: number,
): Date {
  const blockOf = new Map(upcoming.map((task) => [task.version.taskId, task.blockId]));
  const ends = new Map(plan.blocks.map((block) => [block.blockId, new Date(block.end).getTime()]));
  const last = Math.max(
    ...changes.map((change) => {
      const blockId = change.added ? change.added.blockId : blockOf.get(change.original.taskId);
      return (blockId && ends.get(blockId)) || 0;
    }),
  );
  return new Date(Math.max(now.getTime() + hours * HOUR, last));
}

/**
 * A fired trigger with nothing planned to change: what was noticed (the trigger's reason) and what is
 * offered instead — the shortest gentle recovery habit added in the next block it may go into, or for
 * now (`gentle_recovery`). An energy surge has nothing to add: it is only told (`nothing_to_change`).
 */
function gentleFallback(
  deps: BiometricDeps,
  day: {
    plan: StoredDayPlan;
    history: HealthHistory;
    upcoming: readonly UpcomingTask[];
    candidates: readonly HabitDef[];
    person: Person;
  },
  trigger: TriggerDef,
  now: Date,
): { changes: TaskChange[]; reason: Localized; action: string } {
  const told = (note: Localized) => ({ en: `${trigger.reason.en} ${note.en}`, ru: `${trigger.reason.ru} ${note.ru}` });
  if (trigger.action === 'upgrade_to_performance')
    return { changes: [], reason: told(NOTHING_TO_UPGRADE), action: 'nothing_to_change' };
  const { plan, upcoming, candidates, person } = day;
  const template = templateOf(deps.health, plan.archetype, plan.mode);
  const partOf = new Map(template?.blocks.map((block) => [block.id, block.part]) ?? []);
  const planned = new Set(plan.blocks.flatMap((block) => block.tasks.map((task) => task.habitId)));
  const blocks: OpenBlock[] = plan.blocks
    .filter((block) => new Date(block.start) > now && partOf.has(block.blockId))
    .map((block) => {
      const minutes = Math.round((new Date(block.end).getTime() - new Date(block.start).getTime()) / 60_000);
      const taken = upcoming
        .filter((task) => task.blockId === block.blockId)
        .reduce((sum, task) => sum + task.version.durationMinutes, 0);
      return { blockId: block.blockId, part: partOf.get(block.blockId)!, room: minutes - taken };
    });
  const begun = plan.blocks.filter((block) => new Date(block.start) <= now && partOf.has(block.blockId)).at(-1);
  const nowPart: DayPart = begun ? partOf.get(begun.blockId)! : 'morning';
  const session = gentleRecoverySession(blocks, nowPart, candidates, planned, person, plan.date);
  if (!session) return { changes: [], reason: told(NO_GENTLE_HABIT), action: 'gentle_recovery' };
  const habit = candidates.find((candidate) => candidate.id === session.adapted.habitId)!;
  const note = (locale: 'en' | 'ru') =>
    fill(GENTLE_RECOVERY_ADDED[locale], { habit: habit.name[locale], minutes: habit.durationMinutes });
  return { changes: [session], reason: told({ en: note('en'), ru: note('ru') }), action: 'gentle_recovery' };
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
