import type { Locale } from '../../core/goals/model.js';
import { educationFor } from '../../core/health/education.js';
import { isMastered } from '../../core/health/habit-strength.js';
import type {
  Archetype,
  BlockTemplate,
  DayTemplate,
  HabitDef,
  HabitStanding,
  PlanMode,
  UnfitReason,
} from '../../core/health/model.js';
import type { EmptyReason } from '../../core/health/plan.js';
import type { StoredDayPlan } from '../../core/health/stores.port.js';
import type { HealthDeps, UserId } from './deps.js';
import { EMPTY_REASONS, say, UNFIT_REASONS } from './health-texts.js';
import { type HealthHistory, standingsAt } from './history.js';
import { dayPlanOf, planDayOf, type ReadyProfile, requireProfile, scheduleOf, templateOf } from './plan-day.js';
import { isOpen } from '../../core/health/biometrics/triggers.js';
import { ruledOutByNotes } from '../../core/health/health-notes.js';
import { VERSION_NAMES } from './biometrics/biometric-texts.js';
import { presentTask, type PresentedTask, type TaskAdaptationNote } from './present-task.js';
import { bonusTextsFor } from './streak-bonuses.js';
import { triggersByTask } from './task-triggers.js';
import { timeRange } from './time-range.js';
import { timedTask } from './timing-notes.js';
import { isoTime } from '../../core/iso-time.js';

/** Today's plan as the bot, the terminal and the API show it. */
export interface TodayView {
  /** The plan's local date (before the wake time, still yesterday's). */
  date: string;
  time_zone: string;
  archetype: Archetype;
  archetype_name: string;
  mode: PlanMode;
  level: { id: string; name: string };
  /** The placed blocks in time order, each with its tasks' ids or why it has none. */
  blocks: Array<{
    block_id: string;
    title: string;
    time_range: string;
    start: string;
    end: string;
    task_ids: string[];
    empty: { reason: EmptyReason; explanation: string } | null;
  }>;
  tasks: PresentedTask[];
  /** Blocks of the day's template with no place today, and why: reported, never dropped silently. */
  unfit: Array<{ block_id: string; title: string; reason: UnfitReason; explanation: string }>;
}

export interface TodayOptions {
  now?: Date;
  /** The language to show it in; the user's own by default. */
  locale?: Locale;
}

/**
 * Today's plan: the stored one when the day was seen before, else built from the standings at the
 * start of the day and stored — so it is the same on every request and after every mark, and a new
 * one comes only after the wake time in the person's zone.
 */
export async function today(deps: HealthDeps, userId: UserId, options: TodayOptions = {}): Promise<TodayView> {
  const profile = await requireProfile(deps, userId);
  const date = planDayOf(profile, options.now ?? deps.clock.now());
  const { plan, history } = await dayPlanOf(deps, profile, date);
  const locale = options.locale ?? (await deps.users.byId(userId))?.locale ?? 'en';
  const { notes, additions } = await adaptationNotes(deps, userId, plan.date, options.now ?? deps.clock.now(), locale);
  return presentDay(deps, profile, plan, history, locale, notes, additions);
}

const DAY_MS = 24 * 3_600_000;

/** Open adaptations of the plan's day (pending or accepted, not expired), per task id, newest first. */
export async function adaptationNotes(
  deps: HealthDeps,
  userId: UserId,
  date: string,
  now: Date,
  locale: Locale,
): Promise<{ notes: Map<string, TaskAdaptationNote[]>; additions: Addition[] }> {
  const notes = new Map<string, TaskAdaptationNote[]>();
  const additions: Addition[] = [];
  if (!deps.adaptations) return { notes, additions };
  const habits = new Map(deps.pack.habits.map((habit) => [habit.id, habit]));
  const recent = await deps.adaptations.adaptations(userId, new Date(now.getTime() - DAY_MS));
  for (const adaptation of recent) {
    if (adaptation.date !== date || !isOpen(adaptation, now)) continue;
    for (const { original, adapted, added } of adaptation.changes) {
      const swapped = adapted.habitId !== original.habitId ? habits.get(adapted.habitId) : undefined;
      const note: TaskAdaptationNote = {
        adaptation_id: adaptation.id,
        status: adaptation.status as 'pending' | 'accepted',
        action: adaptation.action,
        reason: say(adaptation.reason, locale),
        duration_minutes: adapted.durationMinutes,
        intensity: adapted.intensity,
        scaling: adapted.scaling,
        version: say(VERSION_NAMES[adapted.version], locale),
        instead: swapped ? say(swapped.name, locale) : null,
        expires_at: isoTime(adaptation.expiresAt),
      };
      notes.set(original.taskId, [...(notes.get(original.taskId) ?? []), note]);
      if (added) additions.push({ habitId: adapted.habitId, blockId: added.blockId });
    }
  }
  return { notes, additions };
}

/** A habit an open adaptation adds (the gentle recovery session): its block, or null for now. */
export interface Addition {
  habitId: string;
  blockId: string | null;
}

/** A stored plan in the view's shape; blocks or habits gone from content since are left out. */
export function presentDay(
  deps: HealthDeps,
  profile: ReadyProfile,
  plan: StoredDayPlan,
  history: HealthHistory,
  locale: Locale,
  adaptations: ReadonlyMap<string, TaskAdaptationNote[]> = new Map(),
  additions: readonly Addition[] = [],
): TodayView {
  const { pack } = deps;
  const schedule = scheduleOf(profile);
  const zone = schedule.timeZone;
  const archetype = pack.archetypes.find((candidate) => candidate.id === plan.archetype)!;
  const template = templateOf(deps, plan.archetype, plan.mode);
  const blockOf = (id: string) => template?.blocks.find((block) => block.id === id);
  const habits = new Map(pack.habits.map((habit) => [habit.id, habit]));
  const standings = new Map(standingsAt(history, plan.date, false).map((standing) => [standing.habitId, standing]));
  const marks = new Map(history.logs.filter((log) => log.date === plan.date).map((log) => [log.habitId, log]));
  const level = pack.levels.find((candidate) => candidate.id === plan.levelId);
  const tasks: PresentedTask[] = [];
  const blocks: TodayView['blocks'] = [];
  const planIds = new Set(plan.blocks.flatMap((block) => block.tasks.map((task) => task.habitId)));
  const triggers = triggerLines(deps, { plan, template, habits, standings, notes: profile.notes }, locale);
  for (const stored of plan.blocks) {
    const template = blockOf(stored.blockId);
    if (!template) continue;
    const block = { template, start: new Date(stored.start), end: new Date(stored.end) };
    const kept = stored.tasks.filter((task) => habits.has(task.habitId));
    // A habit an open adaptation adds goes in its block; one added "for now" in the day's last block.
    const isLast = stored === plan.blocks.at(-1);
    const added = additions
      .filter((addition) => addition.blockId === stored.blockId || (addition.blockId === null && isLast))
      .filter((addition) => habits.has(addition.habitId) && !planIds.has(addition.habitId))
      .map((addition) => ({ habitId: addition.habitId, scaling: 'beginner' as const }));
    const planned = [...kept, ...added];
    for (const task of planned) {
      const habit = habits.get(task.habitId)!;
      const shown = presentTask({
        taskId: `${plan.date}:${habit.id}`,
        locale,
        timeZone: zone,
        archetype,
        habit,
        block,
        scaling: task.scaling,
        standing: standings.get(habit.id),
        opens: opensOf(pack.habits, habit, plan.archetype, profile.notes),
        bonuses: bonusTextsFor(habit, { archetype: plan.archetype, notes: profile.notes }, pack.habits),
        mark: marks.get(habit.id),
        adaptations: adaptations.get(`${plan.date}:${habit.id}`) ?? [],
        triggers: triggers.get(`${plan.date}:${habit.id}`) ?? [],
        related: educationFor(pack.education, habit.id),
      });
      tasks.push(timedTask(shown, habit, block, { schedule, date: plan.date, locale }));
    }
    blocks.push(blockView(stored, block, planned, plan.date, zone, locale));
  }
  return {
    date: plan.date,
    time_zone: zone,
    archetype: plan.archetype,
    archetype_name: say(archetype.name, locale),
    mode: plan.mode,
    level: { id: plan.levelId, name: level ? say(level.name, locale) : plan.levelId },
    blocks,
    tasks,
    unfit: plan.unfit.flatMap(({ blockId, reason }) => {
      const template = blockOf(blockId);
      if (!template) return [];
      const title = say(template.archetypeTitle, locale);
      return [{ block_id: blockId, title, reason, explanation: say(UNFIT_REASONS[reason], locale) }];
    }),
  };
}

/** Each task's trigger conditions, for this person: swaps suit their notes and what they have mastered. */
function triggerLines(
  deps: HealthDeps,
  day: {
    plan: StoredDayPlan;
    template: DayTemplate | undefined;
    habits: ReadonlyMap<string, HabitDef>;
    standings: ReadonlyMap<string, HabitStanding>;
    notes: readonly string[];
  },
  locale: Locale,
): Map<string, string[]> {
  if (!deps.triggers) return new Map();
  const mastered = new Set([...day.standings.values()].filter(isMastered).map((standing) => standing.habitId));
  const candidates = deps.pack.habits.filter((habit) => habit.archetypes.includes(day.plan.archetype));
  return triggersByTask(
    { ...day, triggers: deps.triggers, candidates, person: { notes: day.notes, mastered } },
    locale,
  );
}

function blockView(
  stored: StoredDayPlan['blocks'][number],
  block: { template: BlockTemplate; start: Date; end: Date },
  planned: StoredDayPlan['blocks'][number]['tasks'],
  date: string,
  zone: string,
  locale: Locale,
): TodayView['blocks'][number] {
  return {
    block_id: stored.blockId,
    title: say(block.template.archetypeTitle, locale),
    time_range: timeRange(block.start, block.end, zone, locale),
    start: stored.start,
    end: stored.end,
    task_ids: planned.map((task) => `${date}:${task.habitId}`),
    empty: stored.empty ? { reason: stored.empty, explanation: say(EMPTY_REASONS[stored.empty], locale) } : null,
  };
}

/** The archetype's habits that wait on this one (it is among their prerequisites) and the person's notes allow. */
export const opensOf = (
  habits: readonly HabitDef[],
  habit: HabitDef,
  archetype: Archetype,
  notes: readonly string[],
): HabitDef[] =>
  habits.filter(
    (other) =>
      other.archetypes.includes(archetype) && other.prerequisites.includes(habit.id) && !ruledOutByNotes(other, notes),
  );
