import { MINUTE } from './clock.js';
import type { DayFrame } from './day-frame.js';
import type { DayTemplate, FittedBlock, HabitDef, Schedule } from './model.js';

/** What the day itself says about where a habit goes, beyond a block's categories, parts and size. */
export interface PlacementDay {
  frame: DayFrame;
  schedule: Schedule;
  template: DayTemplate;
}

const HOUR = 60 * MINUTE;
/** A cut-off task sits in a block at most this long before the cut-off: earlier, it is a morning chore again. */
const CUTOFF_LEAD = 5 * HOUR;

/** The instant of a habit's cut-off on this day (`cutoffHoursBeforeSleep` before sleep), if it has one. */
export const cutoffOf = (habit: HabitDef, frame: DayFrame): number | undefined =>
  habit.cutoffHoursBeforeSleep === undefined
    ? undefined
    : frame.anchors.sleep - Math.round(habit.cutoffHoursBeforeSleep * 60) * MINUTE;

/**
 * Whether this day lets the habit into this block at all: a work-only habit (desk breaks, an active
 * commute) only on a working day; a cut-off (caffeine, 8 h before sleep) only in a block that starts
 * before the cut-off and not long before it — at dawn it would be a cut-off in name only.
 */
export function dayAllows(habit: HabitDef, block: FittedBlock, frame: DayFrame): boolean {
  if (habit.days === 'work' && frame.dayOff) return false;
  const cutoff = cutoffOf(habit, frame);
  if (cutoff === undefined) return true;
  const start = block.start.getTime();
  return start <= cutoff && start >= cutoff - CUTOFF_LEAD;
}

/**
 * How well a block suits a habit, compared in order, lower first: a movement habit wants the block
 * nearest the person's preferred exercise time (minutes away; `any` prefers none); a demanding habit
 * (high energy) wants the part of the day with the largest share of the template's
 * `energyDistribution` (the seed's effort per part of the day).
 */
export function suitability(habit: HabitDef, block: FittedBlock, day: PlacementDay): [number, number] {
  const exercise =
    habit.category === 'movement' && day.schedule.exercise !== 'any'
      ? Math.abs(block.start.getTime() - day.frame.exercise(block.template.part)) / MINUTE
      : 0;
  const energy = habit.energy === 'high' ? -day.template.energyDistribution[block.template.part] : 0;
  return [exercise, energy];
}

/** Whether `other` suits the habit strictly better than `block` (see `suitability`). */
export function suitsBetter(habit: HabitDef, other: FittedBlock, block: FittedBlock, day: PlacementDay): boolean {
  const [exercise, energy] = suitability(habit, other, day);
  const [hereExercise, hereEnergy] = suitability(habit, block, day);
  return exercise < hereExercise || (exercise === hereExercise && energy < hereEnergy);
}

/**
 * The preferred exercise time in every template, not only the performance days that anchor a block
 * at it: the day's main session — the everyday block after work that leads with movement — moves to
 * the preferred time, in that part of the day. `any`, a template that already has an exercise block,
 * or one without such a session (a foundation builder's standard day) stays as written; the habits'
 * own preference (`suitability`) still steers movement toward the preferred time among the blocks.
 */
export function withExerciseTime(template: DayTemplate, schedule: Schedule): DayTemplate {
  const preferred = schedule.exercise;
  if (preferred === 'any' || template.blocks.some((block) => block.anchor === 'exercise')) return template;
  const main = template.blocks.find(
    (block) => block.days !== 'free' && block.anchor === 'work_end' && block.holds[0] === 'movement',
  );
  if (!main) return template;
  const moved = { ...main, anchor: 'exercise' as const, offsetMinutes: 0, part: preferred };
  return { ...template, blocks: template.blocks.map((block) => (block === main ? moved : block)) };
}

/**
 * The block of the day nearest the preferred exercise time among those that hold movement: in it,
 * movement comes before the block's other categories. None for `any`.
 */
export function exerciseBlockOf(placed: readonly FittedBlock[], day: PlacementDay): FittedBlock | undefined {
  if (day.schedule.exercise === 'any') return undefined;
  const away = (block: FittedBlock) => Math.abs(block.start.getTime() - day.frame.exercise(block.template.part));
  return placed
    .filter((block) => block.template.holds.includes('movement'))
    .reduce<FittedBlock | undefined>((best, block) => (best && away(best) <= away(block) ? best : block), undefined);
}
