import { StepwiseError } from '../../core/errors.js';
import type { Archetype, DayTemplate, HabitStanding, PlanMode, Schedule } from '../../core/health/model.js';
import { buildDayPlan, type DayPlan, planDateFor } from '../../core/health/plan.js';
import type { HealthProfile, StoredDayPlan } from '../../core/health/stores.port.js';
import type { HealthDeps, UserId } from './deps.js';
import { type HealthHistory, modeFor, readHistory, standingsAt } from './history.js';
import { isoTime } from '../../core/iso-time.js';

/**
 * The day assumed until the person gives their schedule: up at 07:00, asleep at 23:00, in UTC, no
 * fixed work hours. It is shown as theirs in the profile, so nothing is hidden.
 */
export const DEFAULT_SCHEDULE: Schedule = {
  timeZone: 'UTC',
  wake: '07:00',
  sleep: '23:00',
  meals: {},
  exercise: 'any',
};

/** A profile with an archetype chosen: what every plan needs. */
export type ReadyProfile = HealthProfile & { archetype: Archetype };

export const scheduleOf = (profile: Pick<HealthProfile, 'schedule'> | undefined): Schedule =>
  profile?.schedule ?? DEFAULT_SCHEDULE;

/** The profile, or `no_health_profile` until an archetype is chosen (the quiz suggests one). */
export async function requireProfile(deps: HealthDeps, userId: UserId): Promise<ReadyProfile> {
  const profile = await deps.store.profile(userId);
  if (!profile?.archetype)
    throw new StepwiseError('no_health_profile', 'choose an archetype first (the quiz suggests one)', {});
  return profile as ReadyProfile;
}

/**
 * The plan day at an instant: the local date from the person's wake time on; before it, still the
 * previous local date's plan (at 00:30 a night owl is in the evening of yesterday's plan), so the new
 * plan comes after they wake, not at midnight.
 */
export const planDayOf = (profile: Pick<HealthProfile, 'schedule'>, now: Date): string =>
  planDateFor(now, scheduleOf(profile));

/** All the plan day turns on: the person's zone and wake time (only a profile write changes them). */
export type PlanDayRule = Pick<Schedule, 'timeZone' | 'wake'>;

/** The person's plan day rule (the default schedule's until they give theirs): one profile read. */
export async function planDayRuleOf(deps: HealthDeps, userId: UserId): Promise<PlanDayRule> {
  const { timeZone, wake } = scheduleOf(await deps.store.profile(userId));
  return { timeZone, wake };
}

/**
 * A poll asks for the plan day each time, and working it out takes the zone's offset through Intl. The
 * answer can only change on a whole UTC minute (wake times and zone offsets are whole minutes), so the
 * last one is kept per rule for its minute; a rule is dropped with the cached profile it came from.
 */
const lastDays = new WeakMap<PlanDayRule, { minute: number; date: string }>();

/** The plan day under `rule` at `now` (see `planDayOf`). */
export function planDayAt(rule: PlanDayRule, now: Date): string {
  const minute = Math.floor(now.getTime() / 60_000);
  const last = lastDays.get(rule);
  if (last?.minute === minute) return last.date;
  const date = planDateFor(now, rule);
  lastDays.set(rule, { minute, date });
  return date;
}

/** The archetype's template for a mode (its standard day when content has no such mode). */
export function templateOf(deps: HealthDeps, archetype: Archetype, mode: PlanMode): DayTemplate | undefined {
  const { templates } = deps.pack;
  return (
    templates.find((template) => template.archetype === archetype && template.mode === mode) ??
    templates.find((template) => template.archetype === archetype && template.mode === 'standard')
  );
}

/** A freshly built plan in the stored form: ids and instants only. */
export function toStored(plan: DayPlan): StoredDayPlan {
  return {
    date: plan.date,
    archetype: plan.archetype,
    mode: plan.mode,
    levelId: plan.level.id,
    blocks: plan.blocks.map((block) => {
      const empty = plan.empty.find((entry) => entry.block === block)?.reason;
      return {
        blockId: block.template.id,
        start: isoTime(block.start),
        end: isoTime(block.end),
        tasks: plan.tasks
          .filter((task) => task.block === block)
          .map((task) => ({ habitId: task.habit.id, scaling: task.scaling })),
        ...(empty && { empty }),
      };
    }),
    unfit: plan.unfit.map((entry) => ({ blockId: entry.template.id, reason: entry.reason })),
  };
}

/**
 * Builds (never stores) the plan of `date` from the standings given, one level step at most above the
 * person's latest plan before it (`previousLevelOf`); the same input, the same plan.
 */
export function buildPlan(
  deps: HealthDeps,
  profile: ReadyProfile,
  date: string,
  mode: PlanMode,
  standings: readonly HabitStanding[],
  previousLevelId: string | undefined,
): StoredDayPlan {
  const { habits, templates, levels } = deps.pack;
  const { userId, archetype, notes } = profile;
  const schedule = scheduleOf(profile);
  const person = { userId, archetype, schedule, notes };
  return toStored(buildDayPlan({ habits, templates, levels, profile: person, mode, standings, date, previousLevelId }));
}

/** The level of the latest stored plan before `date`: where the next plan day's level starts from. */
export const previousLevelOf = (plans: readonly StoredDayPlan[], date: string): string | undefined =>
  plans
    .filter((plan) => plan.date < date)
    .reduce<StoredDayPlan | undefined>((latest, plan) => (latest && latest.date > plan.date ? latest : plan), undefined)
    ?.levelId;

/**
 * The plan of `date`: the stored one when the day has been seen, else built from the standings at
 * the start of that day and stored, so every later view (and every instance) shows the same tasks.
 * A plan just built is a new day: the readings that arrived before it (a watch syncing before the
 * wake time) are judged against it at once (`dayStarted`), unless the caller is that judge itself.
 */
export async function dayPlanOf(
  deps: HealthDeps,
  profile: ReadyProfile,
  date: string,
  options: { history?: HealthHistory; judge?: boolean } = {},
): Promise<{ plan: StoredDayPlan; history: HealthHistory }> {
  const known = options.history ?? (await readHistory(deps, profile.userId));
  const stored = known.plans.find((plan) => plan.date === date);
  if (stored) return { plan: stored, history: known };
  const mode = modeFor(profile, known.logs, date);
  const built = buildPlan(
    deps,
    profile,
    date,
    mode,
    standingsAt(known, date, false),
    previousLevelOf(known.plans, date),
  );
  const plan = await deps.store.keepDayPlan(profile.userId, built, deps.clock.now());
  const history = { ...known, plans: [...known.plans.filter((other) => other.date !== date), plan] };
  if (options.judge !== false && deps.dayStarted) await judgeNewDay(deps, profile);
  return { plan, history };
}

/** The new day judged; a failure is logged and left to the trigger job, never in the way of the plan. */
async function judgeNewDay(deps: HealthDeps, profile: ReadyProfile): Promise<void> {
  try {
    await deps.dayStarted!(profile, deps.clock.now());
  } catch (error) {
    deps.log.error(
      { event: 'day_judge_failed', user_id: profile.userId, error: (error as Error).name },
      'the triggers could not be checked for a new day; the trigger job will',
    );
  }
}
