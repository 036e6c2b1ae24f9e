import { StepwiseError } from '../errors.js';
import { addDays, checkDay, localOf, minutesOfDay } from './clock.js';
import { dayFrame, type DayFrame } from './day-frame.js';
import { fitDay } from './fit-blocks.js';
import { isInProgress, isMastered, scalingLevel } from './habit-strength.js';
import type {
  Archetype,
  BlockTemplate,
  DayTemplate,
  Energy,
  FittedBlock,
  HabitDef,
  HabitStanding,
  LevelDef,
  PlanMode,
  ScalingLevel,
  Schedule,
  UnfitBlock,
} from './model.js';
import { levelOfDay } from './levels.js';
import { openHabits } from './progression.js';
import { dayAllows, exerciseBlockOf, type PlacementDay, suitsBetter, withExerciseTime } from './placement.js';

export interface PlanInput {
  habits: readonly HabitDef[];
  templates: readonly DayTemplate[];
  levels: readonly LevelDef[];
  profile: { userId: string; archetype: Archetype; schedule: Schedule; notes: readonly string[] };
  /** Chosen by the caller: today by hand, from biometrics in the next issue. */
  mode: PlanMode;
  standings: readonly HabitStanding[];
  /** The person's local date, "YYYY-MM-DD" (see `planDateFor`). */
  date: string;
  /** The level of the person's previous plan day; absent for the first plan (see `levelOfDay`). */
  previousLevelId?: string;
}

export interface PlanTask {
  /** Stable for the day: marking it done twice is the same mark. */
  taskId: string;
  habit: HabitDef;
  block: FittedBlock;
  scaling: ScalingLevel;
  durationMinutes: number;
  intensity: HabitDef['intensity'];
}

/** Why a placed block has no task: nothing of its categories is open, or what is open is too much. */
export type EmptyReason = 'nothing_open' | 'too_demanding' | 'too_long' | 'already_planned';

export interface DayPlan {
  userId: string;
  date: string;
  archetype: Archetype;
  mode: PlanMode;
  templateName: string;
  level: LevelDef;
  blocks: FittedBlock[];
  tasks: PlanTask[];
  unfit: UnfitBlock[];
  empty: Array<{ block: FittedBlock; reason: EmptyReason }>;
}

const ENERGY_RANK: Readonly<Record<Energy, number>> = { low: 0, medium: 1, high: 2 };
/**
 * Tasks a block holds on the first level; each level above adds one (as long as they fit the block):
 * the day grows with the person's level, not only the habits in it.
 */
const FIRST_LEVEL_TASKS_PER_BLOCK = 2;

/**
 * Today's plan: the archetype's template for the mode, fitted to the schedule, with open
 * habits per block, on the level the day is at (`levelOfDay`: the previous day's, or the next). Pure and deterministic — the same input gives the same plan, so regenerating it
 * during the day changes nothing, and the day's variety comes from the date in the rotation hash.
 */
export function buildDayPlan(input: PlanInput): DayPlan {
  const { profile, date, mode } = input;
  const written = templateFor(input.templates, profile.archetype, mode);
  checkDay(date, profile.schedule.timeZone);
  const frame = dayFrame(profile.schedule, date);
  const { template, fit } = fitWithExercise(written, profile.schedule, date, frame);
  const day: PlacementDay = { frame, schedule: profile.schedule, template };
  const { level, index: levelIndex } = levelOfDay(
    { ...input, archetype: profile.archetype, notes: profile.notes },
    input.previousLevelId,
  );
  const open = openHabits({ ...input, archetype: profile.archetype, level, notes: profile.notes });
  const standings = new Map(input.standings.map((standing) => [standing.habitId, standing]));
  const used = new Set<string>();
  const tasks: PlanTask[] = [];
  const empty: DayPlan['empty'] = [];
  const exerciseBlock = exerciseBlockOf(fit.placed, day);
  for (const [index, block] of fit.placed.entries()) {
    const picked = pickFor(block, open, used, {
      mode,
      day,
      later: fit.placed.slice(index + 1),
      movementFirst: block === exerciseBlock,
      perBlock: FIRST_LEVEL_TASKS_PER_BLOCK + levelIndex,
      standings,
      skills: new Set(level.requiredSkills),
      spin: stableHash(`${profile.userId}:${date}:${block.template.id}`),
      roomElsewhere: block.template.days === 'free' ? fit.placed.filter((other) => other !== block) : undefined,
    });
    if (typeof picked === 'string') {
      empty.push({ block, reason: picked });
      continue;
    }
    for (const habit of picked) {
      used.add(habit.id);
      tasks.push({
        taskId: `${date}:${habit.id}`,
        habit,
        block,
        scaling: scalingLevel(standings.get(habit.id)),
        durationMinutes: habit.durationMinutes,
        intensity: habit.intensity,
      });
    }
  }
  return {
    userId: profile.userId,
    date,
    archetype: profile.archetype,
    mode,
    templateName: template.name,
    level,
    blocks: fit.placed,
    tasks,
    unfit: fit.unfit,
    empty,
  };
}

/**
 * The day fitted with the main session at the preferred exercise time (`withExerciseTime`); when the
 * session finds no room there today (a lunch break too short for it), the template as written.
 */
function fitWithExercise(written: DayTemplate, schedule: Schedule, date: string, frame: DayFrame) {
  const moved = withExerciseTime(written, schedule);
  const fit = fitDay(moved, schedule, date, frame);
  if (moved === written || !fit.unfit.some(({ template }) => !written.blocks.includes(template)))
    return { template: moved, fit };
  return { template: written, fit: fitDay(written, schedule, date, frame) };
}

/** The archetype's template for the mode; a missing mode falls back to its standard day. */
function templateFor(templates: readonly DayTemplate[], archetype: Archetype, mode: PlanMode): DayTemplate {
  const found =
    templates.find((template) => template.archetype === archetype && template.mode === mode) ??
    templates.find((template) => template.archetype === archetype && template.mode === 'standard');
  if (!found) throw new StepwiseError('invalid_input', `no day template for ${archetype}`, { archetype, mode });
  return found;
}

interface PickContext {
  mode: PlanMode;
  day: PlacementDay;
  /** The day's blocks after this one: a habit one of them suits better waits for it (`suitsBetter`). */
  later: readonly FittedBlock[];
  /** The block nearest the preferred exercise time (`exerciseBlockOf`): movement leads its categories. */
  movementFirst: boolean;
  /** How many tasks the block may hold at the day's level. */
  perBlock: number;
  standings: ReadonlyMap<string, HabitStanding>;
  /** The level's required skills: not yet mastered, they lead their blocks (the level decides the day). */
  skills: ReadonlySet<string>;
  spin: number;
  /**
   * For a free-day block: the day's other blocks. The habits none of them could take (the long and
   * weekly ones it exists for) come first; without any open, it is filled like any other block.
   */
  roomElsewhere?: readonly FittedBlock[];
}

/**
 * Whether a block can ever take a habit: one of its categories, in a part of the day the habit names,
 * no more demanding than the block (at most medium on a recovery day), and no longer than it.
 * `pickFor` applies the same tests one by one, to say which one left a block empty.
 */
export function blockTakes(block: BlockTemplate, habit: HabitDef, mode: PlanMode): boolean {
  return (
    block.holds.includes(habit.category) &&
    (habit.parts?.includes(block.part) ?? true) &&
    ENERGY_RANK[habit.energy] <= energyCap(block, mode) &&
    habit.durationMinutes <= block.durationMinutes
  );
}

const energyCap = (block: BlockTemplate, mode: PlanMode) =>
  Math.min(ENERGY_RANK[block.energy], mode === 'recovery' ? ENERGY_RANK.medium : ENERGY_RANK.high);

/**
 * Habits for a block (two on the first level, one more per level above), or why none: of the block's categories and part of the day (when the
 * habit names its parts), within its energy (at most medium on a recovery day), short enough, not
 * planned earlier today. In a free-day block, what no other block of the day could take comes first;
 * then the level's required skills not mastered yet; then habits in progress (they are what is being built), then new ones, then mastered ones kept up;
 * the block's category order breaks ties; among equals a per-user, per-day rotation picks, so the day
 * varies but a reload does not.
 */
function pickFor(
  block: FittedBlock,
  open: readonly HabitDef[],
  used: Set<string>,
  context: PickContext,
): HabitDef[] | EmptyReason {
  const holds = block.template.holds;
  const cap = energyCap(block.template, context.mode);
  const held = open.filter(
    (habit) =>
      holds.includes(habit.category) &&
      (habit.parts?.includes(block.template.part) ?? true) &&
      dayAllows(habit, block, context.day.frame),
  );
  if (held.length === 0) return 'nothing_open';
  const gentle = held.filter((habit) => ENERGY_RANK[habit.energy] <= cap);
  if (gentle.length === 0) return 'too_demanding';
  const short = gentle.filter((habit) => habit.durationMinutes <= block.template.durationMinutes);
  if (short.length === 0) return 'too_long';
  const fresh = short.filter((habit) => !used.has(habit.id));
  if (fresh.length === 0) return 'already_planned';
  const ranked = rank(fresh, block, context);
  const picked = [ranked[0]!];
  let room = block.template.durationMinutes - picked[0]!.durationMinutes;
  for (const habit of ranked.slice(1)) {
    if (picked.length >= context.perBlock) break;
    if (habit.durationMinutes > room) continue;
    picked.push(habit);
    room -= habit.durationMinutes;
  }
  return picked;
}

function rank(habits: HabitDef[], block: FittedBlock, context: PickContext): HabitDef[] {
  const written = block.template.holds;
  const holds = context.movementFirst ? ['movement', ...written.filter((held) => held !== 'movement')] : written;
  const tier = (habit: HabitDef) => {
    const standing = context.standings.get(habit.id);
    return isInProgress(standing) ? 0 : isMastered(standing) ? 2 : 1;
  };
  // 0 for everything outside a free-day block, where no other block is asked.
  const elsewhere = (habit: HabitDef) =>
    (context.roomElsewhere ?? []).some((other) => blockTakes(other.template, habit, context.mode)) ? 1 : 0;
  // A habit a later block of the day suits better (the preferred exercise time, the high-energy part of
  // the day) waits for it; it still fills this block when nothing else can.
  const waits = (habit: HabitDef) =>
    context.later.some(
      (other) =>
        blockTakes(other.template, habit, context.mode) &&
        dayAllows(habit, other, context.day.frame) &&
        suitsBetter(habit, other, block, context.day),
    )
      ? 1
      : 0;
  // The seed's progression-based tasks: what the level asks to master comes before the rest.
  const skill = (habit: HabitDef) => (context.skills.has(habit.id) && tier(habit) !== 2 ? 0 : 1);
  const groups = new Map<string, HabitDef[]>();
  for (const habit of habits) {
    const category = String(holds.indexOf(habit.category)).padStart(2, '0');
    // A cut-off (caffeine) has one short window a day: where a block falls in it, it comes first.
    const timed = habit.cutoffHoursBeforeSleep === undefined ? 1 : 0;
    const key = `${elsewhere(habit)}:${waits(habit)}:${skill(habit)}:${tier(habit)}:${timed}:${category}`;
    groups.set(key, [...(groups.get(key) ?? []), habit]);
  }
  return [...groups.keys()].sort().flatMap((key) => {
    const group = groups.get(key)!.sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
    const turn = context.spin % group.length;
    return [...group.slice(turn), ...group.slice(0, turn)];
  });
}

/** FNV-1a, 32 bits: the same user, date and block give the same rotation on every instance. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (const ch of text) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Which local date's plan applies at an instant: today's from the wake time on, yesterday's before
 * it — a night owl checking at 00:30 still sees the evening they are in, and the new plan comes after
 * waking.
 */
export function planDateFor(now: Date, schedule: Pick<Schedule, 'timeZone' | 'wake'>): string {
  const local = localOf(now.getTime(), schedule.timeZone);
  return local.minutes >= minutesOfDay(schedule.wake) ? local.date : addDays(local.date, -1);
}
