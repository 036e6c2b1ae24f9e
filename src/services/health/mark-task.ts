import { isStepwiseError, StepwiseError } from '../../core/errors.js';
import type { Locale } from '../../core/goals/model.js';
import type { HabitStanding, StreakDays, TaskOutcome } from '../../core/health/model.js';
import type { HabitLog } from '../../core/health/stores.port.js';
import type { ActionSource } from '../../core/tracks/model.js';
import type { ActionResult } from '../tracks/record-action.js';
import type { HealthDeps, UserId } from './deps.js';
import { say } from './health-texts.js';
import { standingsAt } from './history.js';
import { type BonusReader, bonusFor } from './streak-bonuses.js';
import { adaptationNotes } from './today.js';
import { dayPlanOf, planDayOf, type ReadyProfile, requireProfile } from './plan-day.js';

export interface MarkOptions {
  /** For `partial`: the share done, above 0 and below 1 (one half when not given). */
  fraction?: number;
  source: ActionSource;
  now?: Date;
  locale?: Locale;
}

export interface MarkResult {
  taskId: string;
  outcome: TaskOutcome;
  /** Every task the mark covered: one, or the whole day for `rest` and `sick`. */
  marked: string[];
  /** The habit's standing with today's mark counted. */
  standing: HabitStanding;
  /** The text of a streak bonus reached by this mark (7, 14 or 30 days), else null. */
  bonus: { days: 7 | 14 | 30; text: string; opens: { habitId: string; name: string } | null } | null;
  /** What the mark moved on the person's `health` track, when they are enrolled there. */
  track: ActionResult | null;
}

const DEFAULT_PARTIAL = 0.5;
const BONUS_DAYS = [7, 14, 30] as const;

/**
 * Marks a task of today's plan. `rest` and `sick` declare the whole day (every task gets the mark,
 * and tomorrow is a recovery day); they, like `skipped`, leave strength and streaks as they were. A
 * new mark the same day replaces the earlier one. A done or partial task also moves the person's
 * `health` track when they are enrolled in that program (nothing happens on the track otherwise).
 */
export async function markTask(
  deps: HealthDeps,
  userId: UserId,
  taskId: string,
  outcome: TaskOutcome,
  options: MarkOptions,
): Promise<MarkResult> {
  const fraction = fractionOf(outcome, options.fraction);
  const profile = await requireProfile(deps, userId);
  const now = options.now ?? deps.clock.now();
  const date = planDayOf(profile, now);
  const { plan, history } = await dayPlanOf(deps, profile, date);
  // A session an open adaptation added (the gentle recovery session) is today's task too, as the plan shows it.
  const { additions } = await adaptationNotes(deps, userId, date, now, 'en');
  const planned = [
    ...plan.blocks.flatMap((block) => block.tasks.map((task) => task.habitId)),
    ...additions.map((addition) => addition.habitId),
  ];
  const habitId = taskHabit(taskId, date, planned);
  const habits = outcome === 'rest' || outcome === 'sick' ? planned : [habitId];
  const logs: HabitLog[] = habits.map((habit) => ({
    userId,
    habitId: habit,
    date,
    outcome,
    fraction,
    source: options.source,
    recordedAt: now,
  }));
  await deps.store.mark(logs);
  const before = standingOf(standingsAt(history, date, true), habitId);
  const kept = history.logs.filter((log) => !(log.date === date && habits.includes(log.habitId)));
  const standing = standingOf(standingsAt({ plans: history.plans, logs: [...kept, ...logs] }, date, true), habitId);
  const locale = options.locale ?? (await deps.users.byId(userId))?.locale ?? 'en';
  return {
    taskId,
    outcome,
    marked: habits.map((habit) => `${date}:${habit}`),
    standing,
    bonus: bonusOf(deps, habitId, before.streak, standing.streak, { locale, reader: profile }),
    track: await moveTrack(
      deps,
      profile,
      { habitId, outcome, earlier: earlierOutcome(history.logs, date, habitId), taskId },
      options.source,
    ),
  };
}

function fractionOf(outcome: TaskOutcome, given: number | undefined): number | null {
  if (given !== undefined && outcome !== 'partial')
    throw new StepwiseError('invalid_input', 'fraction: only a partial mark has a fraction', { field: 'fraction' });
  if (outcome === 'done') return 1;
  if (outcome !== 'partial') return null;
  const share = given ?? DEFAULT_PARTIAL;
  if (!(share > 0 && share < 1))
    throw new StepwiseError('invalid_input', 'fraction: must be above 0 and below 1 (done is a whole)', {
      field: 'fraction',
    });
  return share;
}

/** The habit of a task id ("<date>:<habit>"), refusing a task of another day or one not in the plan. */
function taskHabit(taskId: string, date: string, planned: readonly string[]): string {
  const [day, habitId, ...rest] = taskId.split(':');
  if (habitId === undefined || rest.length > 0 || !/^\d{4}-\d{2}-\d{2}$/.test(day!))
    throw new StepwiseError('unknown_task', `not a task id: ${taskId}`, { task_id: taskId });
  if (day !== date)
    throw new StepwiseError('task_not_today', `task ${taskId} is not in today's plan (${date})`, {
      task_id: taskId,
      date,
    });
  if (!planned.includes(habitId))
    throw new StepwiseError('unknown_task', `no task ${taskId} in today's plan`, { task_id: taskId });
  return habitId;
}

const standingOf = (standings: readonly HabitStanding[], habitId: string): HabitStanding =>
  standings.find((standing) => standing.habitId === habitId) ?? {
    habitId,
    strength: 0,
    masteryPercent: 0,
    attempts: 0,
    successes: 0,
    streak: 0,
    longestStreak: 0,
    firstAttempt: null,
    lastAttempt: null,
  };

/**
 * The bonus a streak crossed with this mark; crossing it again after a break shows it again. The habit
 * it opens is named only when it is really theirs to open (`bonusFor`: their archetype, their notes).
 */
function bonusOf(
  deps: HealthDeps,
  habitId: string,
  before: number,
  after: number,
  { locale, reader }: { locale: Locale; reader: BonusReader },
) {
  const days = [...BONUS_DAYS].reverse().find((threshold) => before < threshold && after >= threshold);
  const habit = deps.pack.habits.find((candidate) => candidate.id === habitId);
  if (!days || !habit) return null;
  const { text, opens: opened } = bonusFor(habit, String(days) as StreakDays, reader, deps.pack.habits);
  return {
    days,
    text: say(text, locale),
    opens: opened ? { habitId: opened.id, name: say(opened.name, locale) } : null,
  };
}

/**
 * Done and partial move the habit category's track of the `health` program (`habit_<category>`,
 * `habit_<category>_partial`), with the task as its source so a repeated mark counts once. A person
 * not enrolled there, or with the track system off for them, keeps their marks all the same.
 */
async function moveTrack(
  deps: HealthDeps,
  profile: ReadyProfile,
  mark: { habitId: string; outcome: TaskOutcome; earlier: TaskOutcome | undefined; taskId: string },
  source: ActionSource,
): Promise<ActionResult | null> {
  const habit = deps.pack.habits.find((candidate) => candidate.id === mark.habitId);
  const tracks = deps.tracks;
  const move = trackMove(mark.outcome, mark.earlier);
  if (!tracks || !habit || !move) return null;
  const actionType = move === 'done' ? `habit_${habit.category}` : `habit_${habit.category}_partial`;
  const sourceId = move === 'rest' ? `${mark.taskId}:rest` : mark.taskId;
  const program = tracks.program(HEALTH_PROGRAM);
  if (!program?.actions.some((action) => action.id === actionType) || !tracks.enabledFor(profile.userId)) return null;
  const enrolled = await tracks.enrollments(profile.userId);
  if (!enrolled.some((enrollment) => enrollment.programId === HEALTH_PROGRAM)) return null;
  try {
    return await tracks.recordAction(profile.userId, {
      actionType,
      source,
      sourceId,
      programId: HEALTH_PROGRAM,
    });
  } catch (error) {
    // Left the program between the check and the write: the mark stands, the track just does not move.
    if (isStepwiseError(error) && error.code === 'not_enrolled') return null;
    throw error;
  }
}

/**
 * What a mark adds to the track. A task is credited once in full: done after partly done adds the
 * other half (a second partial action), so the pair never earns more than done alone would; partly
 * after done adds nothing (the ledger never runs backwards).
 */
function trackMove(outcome: TaskOutcome, earlier: TaskOutcome | undefined): 'done' | 'partial' | 'rest' | null {
  if (outcome !== 'done' && outcome !== 'partial') return null;
  // The same mark again is the same action: the ledger finds it and replays what it earned.
  if (earlier === outcome) return outcome;
  if (earlier === 'done') return null;
  if (earlier === 'partial') return outcome === 'done' ? 'rest' : null;
  return outcome;
}

const earlierOutcome = (logs: readonly HabitLog[], date: string, habitId: string): TaskOutcome | undefined =>
  logs.find((log) => log.date === date && log.habitId === habitId)?.outcome;

export const HEALTH_PROGRAM = 'health';
