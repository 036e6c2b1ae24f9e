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
const CUTOFF_LEAD = 4 * HOUR;

/** The instant of a habit's cut-off on this day (`cutoffHoursBeforeSleep` before sleep), if it has one. */
export const cutoffOf = (habit: HabitDef, frame: DayFrame): number | undefined =>
  habit.cutoffHoursBeforeSleep === undefined
    ? undefined
    : frame.anchors.sleep - Math.round(habit.cutoffHoursBeforeSleep * 60) * MINUTE;

/**
 * Whether this day lets the habit into this block at all: a work-only habit (desk breaks, an active
 * commute) only on a working day; a cut-off (caffeine, ~9 h before sleep) only in a block that starts
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
