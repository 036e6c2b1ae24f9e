import { ruledOutByNotes } from '../health-notes.js';
import type { DayPart, HabitDef, ScalingLevel } from '../model.js';
import type { AdaptationAction, TriggerDef } from './triggers.js';

/** A task as the plan has it, or as an adaptation would change it. */
export interface TaskVersion {
  taskId: string;
  habitId: string;
  durationMinutes: number;
  intensity: Intensity;
  scaling: ScalingLevel;
  /** Which of the block's versions to follow (the seed's `alternative_versions`). */
  version: 'standard' | 'low_energy' | 'high_energy';
}

export interface TaskChange {
  original: TaskVersion;
  adapted: TaskVersion;
  /**
   * The seed's gentle recovery session: a habit added to the plan, not a planned task changed
   * (`original` is the same habit at 0 minutes). `blockId`: the block it goes in; null: for now,
   * when no block is left today.
   */
  added?: { blockId: string | null };
}

/** An upcoming block as the fallback sees it: its part of the day and the minutes its tasks leave free. */
export interface OpenBlock {
  blockId: string;
  part: DayPart;
  room: number;
}

/**
 * The fallback when a trigger fires and no planned task can change (the seed's "Gentle Recovery
 * Session"): the shortest gentle recovery habit not planned today that `mayGoInto` the first upcoming
 * block with room for it; with no such block, one that suits `nowPart`, for now. Undefined only when
 * no gentle habit suits the person at all.
 */
export function gentleRecoverySession(
  blocks: readonly OpenBlock[],
  nowPart: DayPart,
  candidates: readonly HabitDef[],
  planned: ReadonlySet<string>,
  person: Person,
  date: string,
): TaskChange | undefined {
  const gentle = candidates
    .filter((habit) => isGentle(habit) && !planned.has(habit.id))
    .sort((left, right) => left.durationMinutes - right.durationMinutes || (left.id < right.id ? -1 : 1));
  for (const block of blocks) {
    const habit = gentle.find((candidate) => mayGoInto(candidate, { part: block.part, minutes: block.room }, person));
    if (habit) return addition(habit, date, block.blockId);
  }
  const now = gentle.find((candidate) => mayGoInto(candidate, { part: nowPart, minutes: Infinity }, person));
  return now && addition(now, date, null);
}

function addition(habit: HabitDef, date: string, blockId: string | null): TaskChange {
  const adapted: TaskVersion = {
    taskId: `${date}:${habit.id}`,
    habitId: habit.id,
    durationMinutes: habit.durationMinutes,
    intensity: habit.intensity,
    scaling: 'beginner',
    version: 'low_energy',
  };
  return { original: { ...adapted, durationMinutes: 0, version: 'standard' }, adapted, added: { blockId } };
}

/** A task of today's plan that has not started and is not marked yet. */
export interface UpcomingTask {
  version: TaskVersion;
  habit: HabitDef;
  /** The block it sits in, and the block's length: a block's adapted tasks together never outgrow it. */
  blockId: string;
  blockMinutes: number;
  /** The block's part of the day: a habit put in its place must name it (or name no parts). */
  part: DayPart;
}

/** Who the habits are for: their private health notes and the habits they have mastered. */
export interface Person {
  notes: readonly string[];
  mastered: ReadonlySet<string>;
}

/** Nobody in particular: no notes, nothing mastered (a habit with prerequisites never fits). */
export const ANYONE: Person = { notes: [], mastered: new Set() };

/**
 * The one rule for a habit an adaptation puts into a block (a swap or an addition): the block's part
 * of the day is one the habit names (or it names none), none of the person's health notes rules it
 * out, every prerequisite is mastered, and it fits the block's minutes.
 */
export function mayGoInto(habit: HabitDef, block: { part: DayPart; minutes: number }, person: Person): boolean {
  return (
    (habit.parts?.includes(block.part) ?? true) &&
    !ruledOutByNotes(habit, person.notes) &&
    habit.prerequisites.every((id) => person.mastered.has(id)) &&
    habit.durationMinutes <= block.minutes
  );
}

type Intensity = HabitDef['intensity'];
const INTENSITIES: readonly Intensity[] = ['easy', 'moderate', 'high'];
const LEVELS: readonly ScalingLevel[] = ['beginner', 'intermediate', 'advanced'];
const RECOVERY_CATEGORIES = new Set(['mindfulness', 'sleep_recovery']);
const SHORTEST_MINUTES = 5;

const step = <T>(scale: readonly T[], value: T, by: -1 | 1): T =>
  scale[Math.max(0, Math.min(scale.length - 1, scale.indexOf(value) + by))]!;

/** Shorter (never longer: a 2-minute habit stays 2 minutes) and one step easier, low-energy version. */
function lighter(task: UpcomingTask, keepShare: number): TaskVersion {
  const { version } = task;
  const kept = Math.max(SHORTEST_MINUTES, Math.round(version.durationMinutes * keepShare));
  return {
    ...version,
    durationMinutes: Math.min(version.durationMinutes, kept),
    intensity: step(INTENSITIES, version.intensity, -1),
    scaling: step(LEVELS, version.scaling, -1),
    version: 'low_energy',
  };
}

/** For a recovery action with nothing gentle to swap in: the task at its easiest, shortened. */
function easiest(task: UpcomingTask, keepShare: number): TaskVersion {
  return { ...lighter(task, keepShare), intensity: 'easy', scaling: 'beginner' };
}

/** One step harder and up to a quarter longer, within the minutes its block has left (`room`). */
function harder(task: UpcomingTask, room: number): TaskVersion {
  const { version } = task;
  const longer = Math.round(version.durationMinutes * 1.25);
  return {
    ...version,
    durationMinutes: Math.max(version.durationMinutes, Math.min(longer, version.durationMinutes + room)),
    intensity: step(INTENSITIES, version.intensity, 1),
    scaling: step(LEVELS, version.scaling, 1),
    version: 'high_energy',
  };
}

/** A gentle recovery habit in the task's place, or none: then the task is made lighter instead. */
function recoveryFor(
  task: UpcomingTask,
  candidates: readonly HabitDef[],
  taken: Set<string>,
  person: Person,
): TaskVersion | undefined {
  const habit = candidates.find(
    (candidate) =>
      !taken.has(candidate.id) &&
      isGentle(candidate) &&
      mayGoInto(candidate, { part: task.part, minutes: task.blockMinutes }, person),
  );
  if (!habit) return undefined;
  taken.add(habit.id);
  return {
    taskId: task.version.taskId,
    habitId: habit.id,
    durationMinutes: habit.durationMinutes,
    intensity: habit.intensity,
    scaling: 'beginner',
    version: 'low_energy',
  };
}

/** A gentle recovery habit: mindfulness or sleep & recovery, low energy, easy. */
export const isGentle = (habit: HabitDef) =>
  RECOVERY_CATEGORIES.has(habit.category) && habit.energy === 'low' && habit.intensity === 'easy';

const demanding = (task: UpcomingTask) => task.habit.energy !== 'low' || task.version.intensity !== 'easy';

/**
 * What an action does to the upcoming tasks (never to one already under way or marked):
 * - `reduce_intensity`: each keeps `keepShare` of its time (the seed's 50 %), one step easier;
 * - `switch_to_recovery`: demanding tasks become a gentle recovery habit, the rest go lighter;
 * - `prioritize_recovery`: as switch, and every task left goes lighter too;
 * - `upgrade_to_performance`: one step harder and a quarter longer, within its block.
 * Tasks already recovery-friendly stay as they are under the recovery actions, and a change that
 * would change nothing (`sameTask`: a 5-minute easy beginner task "made lighter") is left out. A habit swapped in
 * passes `mayGoInto` for the task's block and this person.
 */
export function adaptTasks(
  trigger: Pick<TriggerDef, 'action' | 'keepShare'>,
  upcoming: readonly UpcomingTask[],
  candidates: readonly HabitDef[],
  person: Person = ANYONE,
): TaskChange[] {
  const keepShare = trigger.keepShare ?? 0.5;
  const planned = new Set(upcoming.map((task) => task.habit.id));
  const room = roomByBlock(upcoming);
  const changes: TaskChange[] = [];
  for (const task of upcoming) {
    const adapted =
      trigger.action === 'upgrade_to_performance'
        ? harder(task, room.get(task.blockId) ?? 0)
        : adaptOne(trigger.action, task, keepShare, candidates, planned, person);
    if (!adapted || sameTask(task.version, adapted)) continue;
    room.set(task.blockId, (room.get(task.blockId) ?? 0) - (adapted.durationMinutes - task.version.durationMinutes));
    changes.push({ original: task.version, adapted });
  }
  return changes;
}

/** A change that changes nothing the person does ("5 easy → 5 easy"): same habit, minutes, intensity, level. */
export const sameTask = (original: TaskVersion, adapted: TaskVersion) =>
  original.habitId === adapted.habitId &&
  original.durationMinutes === adapted.durationMinutes &&
  original.intensity === adapted.intensity &&
  original.scaling === adapted.scaling;

/** Minutes each block has beyond its planned tasks: what an upgrade may add, shared by its tasks. */
function roomByBlock(upcoming: readonly UpcomingTask[]): Map<string, number> {
  const room = new Map<string, number>();
  for (const task of upcoming)
    room.set(task.blockId, (room.get(task.blockId) ?? task.blockMinutes) - task.version.durationMinutes);
  return new Map([...room].map(([block, minutes]) => [block, Math.max(0, minutes)]));
}

function adaptOne(
  action: Exclude<AdaptationAction, 'upgrade_to_performance'>,
  task: UpcomingTask,
  keepShare: number,
  candidates: readonly HabitDef[],
  taken: Set<string>,
  person: Person,
): TaskVersion | undefined {
  if (action === 'reduce_intensity') return lighter(task, keepShare);
  if (demanding(task)) return recoveryFor(task, candidates, taken, person) ?? easiest(task, keepShare);
  return action === 'prioritize_recovery' && !RECOVERY_CATEGORIES.has(task.habit.category)
    ? lighter(task, keepShare)
    : undefined;
}
