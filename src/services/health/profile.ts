import { StepwiseError } from '../../core/errors.js';
import { canonicalTimeZone, parseTimeOfDay } from '../../core/goals/reminders.js';
import { ARCHETYPES, type Archetype, PLAN_MODES, type PlanMode, type Schedule } from '../../core/health/model.js';
import type { HealthProfile, HealthProfilePatch } from '../../core/health/stores.port.js';
import type { HealthDeps, UserId } from './deps.js';
import { joinHealthProgram } from './join-program.js';
import { planDayOf, scheduleOf } from './plan-day.js';

/** A schedule as a person gives it: times are "HH:MM" (loose forms like "7:30" are accepted). */
export interface ScheduleInput {
  timeZone: string;
  wake: string;
  sleep: string;
  /** Absent or null: no fixed work hours. `days` are ISO weekdays, 1 (Monday) … 7 (Sunday). */
  work?: { start: string; end: string; days: readonly number[] } | null;
  meals?: Partial<Record<'breakfast' | 'lunch' | 'dinner', string>>;
  exercise?: Schedule['exercise'];
}

/** What a profile update may change; absent fields stay as they are. */
export interface ProfileChange {
  archetype?: Archetype;
  /** null: back to standard days. */
  mode?: PlanMode | null;
  schedule?: ScheduleInput;
  notes?: readonly string[];
  digest?: boolean;
}

/** The profile as shown: the schedule in force (the default one until they give theirs). */
export interface ProfileState {
  archetype: Archetype | null;
  mode: PlanMode;
  schedule: Schedule;
  scheduleSet: boolean;
  notes: readonly string[];
  quizAnswers: Readonly<Record<string, string>> | null;
  startedOn: string | null;
  digestEnabled: boolean;
  /** The calendar URL's secret, null until one was made (rotateCalendarSecret). */
  calendarKey: string | null;
}

export function stateOf(profile: HealthProfile | undefined): ProfileState {
  return {
    archetype: profile?.archetype ?? null,
    mode: profile?.mode ?? 'standard',
    schedule: scheduleOf(profile),
    scheduleSet: Boolean(profile?.schedule),
    notes: profile?.notes ?? [],
    quizAnswers: profile?.quizAnswers ?? null,
    startedOn: profile?.startedOn ?? null,
    digestEnabled: profile?.digestEnabled ?? false,
    calendarKey: profile?.icsSecret ?? null,
  };
}

export async function profile(deps: HealthDeps, userId: UserId): Promise<ProfileState> {
  return stateOf(await deps.store.profile(userId));
}

/**
 * Validates every change first (nothing is saved when any is wrong), then saves them together. A
 * change to what the day is built from (archetype, mode, schedule, notes) drops today's stored plan,
 * so the next view builds it anew; marks already made stay. The first archetype starts the clock of
 * weeks in the system, and choosing an archetype joins the program (the plan starts with it).
 */
export async function updateProfile(deps: HealthDeps, userId: UserId, change: ProfileChange): Promise<ProfileState> {
  const patch: HealthProfilePatch = {
    ...(change.archetype !== undefined && { archetype: checkArchetype(change.archetype) }),
    ...(change.mode !== undefined && { mode: checkMode(change.mode) }),
    ...(change.schedule !== undefined && { schedule: checkSchedule(change.schedule) }),
    ...(change.notes !== undefined && { notes: checkNotes(deps, change.notes) }),
    ...(change.digest !== undefined && { digestEnabled: change.digest }),
  };
  const now = deps.clock.now();
  const before = await deps.store.profile(userId);
  const after = { schedule: patch.schedule ?? before?.schedule ?? null };
  if (patch.archetype && !before?.startedOn) patch.startedOn = planDayOf(after, now);
  const replans = ['archetype', 'mode', 'schedule', 'notes'].some((key) => key in patch);
  // A new zone or wake time can move "today"; the plan of the day it was and of the day it is both go.
  const days = replans ? [...new Set([planDayOf(before ?? after, now), planDayOf(after, now)])] : [];
  let saved = await deps.store.saveProfile(userId, patch, now, days[0]);
  if (days[1]) saved = await deps.store.saveProfile(userId, {}, now, days[1]);
  if (patch.archetype) await joinHealthProgram(deps, userId);
  return stateOf(saved);
}

const checkArchetype = (archetype: string): Archetype => {
  if (!(ARCHETYPES as readonly string[]).includes(archetype))
    throw new StepwiseError('invalid_input', `archetype: must be one of ${ARCHETYPES.join(', ')}`, {
      field: 'archetype',
    });
  return archetype as Archetype;
};

const checkMode = (mode: string | null): PlanMode | null => {
  if (mode !== null && !(PLAN_MODES as readonly string[]).includes(mode))
    throw new StepwiseError('invalid_input', `mode: must be one of ${PLAN_MODES.join(', ')}`, { field: 'mode' });
  return mode as PlanMode | null;
};

function checkNotes(deps: HealthDeps, notes: readonly string[]): string[] {
  const known = deps.pack.notes.map((note) => note.id);
  const unknown = notes.filter((note) => !known.includes(note));
  if (unknown.length > 0)
    throw new StepwiseError(
      'invalid_input',
      `notes: ${unknown.map((note) => `"${note}"`).join(', ')} not known; the health notes are ${known.join(', ')}`,
      { field: 'notes' },
    );
  return [...new Set(notes)].sort();
}

const invalid = (field: string, what: string) =>
  new StepwiseError('invalid_input', `schedule.${field}: ${what}`, { field: `schedule.${field}` });

function timeOf(field: string, value: string): string {
  const time = parseTimeOfDay(value);
  if (!time) throw invalid(field, 'expected a time of day like 07:30');
  return time;
}

/** A schedule with canonical times and zone, or a refusal naming the field. */
export function checkSchedule(input: ScheduleInput): Schedule {
  const timeZone = canonicalTimeZone(input.timeZone);
  if (!timeZone) throw invalid('time_zone', 'expected an IANA time zone like Europe/Moscow');
  const wake = timeOf('wake', input.wake);
  const sleep = timeOf('sleep', input.sleep);
  if (wake === sleep) throw invalid('sleep', 'must differ from the wake time');
  const meals: Record<string, string> = {};
  for (const [meal, time] of Object.entries(input.meals ?? {}))
    if (time !== undefined) meals[meal] = timeOf(`meals.${meal}`, time);
  return {
    timeZone,
    wake,
    sleep,
    ...(input.work && { work: checkWork(input.work) }),
    meals,
    exercise: input.exercise ?? 'any',
  };
}

function checkWork(work: NonNullable<ScheduleInput['work']>): NonNullable<Schedule['work']> {
  const start = timeOf('work.start', work.start);
  const end = timeOf('work.end', work.end);
  if (start === end) throw invalid('work.end', 'must differ from the start');
  if (work.days.length === 0 || work.days.some((day) => !Number.isInteger(day) || day < 1 || day > 7))
    throw invalid('work.days', 'expected weekdays from 1 (Monday) to 7 (Sunday)');
  return { start, end, days: [...new Set(work.days)].sort((left, right) => left - right) };
}
