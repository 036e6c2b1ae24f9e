import type { BlockTemplate, DayTemplate, FitResult, FittedBlock, Schedule, UnfitBlock, UnfitReason } from './model.js';
import { checkDay, MINUTE } from './clock.js';
import { dayFrame, type DayFrame, type Interval, overlapMs } from './day-frame.js';

/** Shifts are tried on a 5-minute grid: finer steps only produce odd-looking times like 07:03. */
const STEP_MINUTES = 5;

/**
 * Fits a day template into one person's local date. Each block goes to the first free slot nearest its
 * preferred start (anchor + offset, never before its dependencies end), trying 0, +5, −5, +10, −10 …
 * within its flexibility. A free slot is inside the awake window, outside work (the lunch break is
 * free) and clear of blocks placed before it. Whatever does not fit is reported with why.
 * `shiftedMinutes` is measured from anchor + offset, so a push by a dependency shows as a shift too.
 * A free-day block (`days: free`) is part of the day only on a day off: on a working day it is left
 * out, neither placed nor reported, and a dependency on it binds nothing.
 */
export function fitDay(template: DayTemplate, schedule: Schedule, date: string, known?: DayFrame): FitResult {
  checkDay(date, schedule.timeZone);
  // The planner passes the frame it also places habits with, so the day's instants are worked out once.
  const frame = known ?? dayFrame(schedule, date);
  const blocks = template.blocks.filter((block) => block.days !== 'free' || frame.dayOff);
  const absent = new Set(template.blocks.filter((block) => !blocks.includes(block)).map((block) => block.id));
  const placed = new Map<string, FittedBlock>();
  const unfit = new Map<string, UnfitReason>();
  for (const block of dependencyOrder(blocks)) {
    const outcome = placeBlock(block, frame, placed, absent);
    if ('reason' in outcome) unfit.set(block.id, outcome.reason);
    else placed.set(block.id, outcome);
  }
  const position = new Map(template.blocks.map((block, i) => [block.id, i]));
  const byTemplate = (left: BlockTemplate, right: BlockTemplate) => position.get(left.id)! - position.get(right.id)!;
  return {
    date,
    placed: [...placed.values()].sort(
      (left, right) => left.start.getTime() - right.start.getTime() || byTemplate(left.template, right.template),
    ),
    unfit: blocks
      .filter((block) => unfit.has(block.id))
      .map((block): UnfitBlock => ({ template: block, reason: unfit.get(block.id)! })),
  };
}

/**
 * Blocks in an order where every dependency comes first; among blocks that are ready, template order
 * wins, so the result is stable. Blocks caught in a cycle or waiting on an unknown id come last and
 * are then reported as `dependency_unplaced`.
 */
export function dependencyOrder(blocks: readonly BlockTemplate[]): BlockTemplate[] {
  const ids = new Set(blocks.map((block) => block.id));
  const done = new Set<string>();
  const order: BlockTemplate[] = [];
  let ready = blocks.find((block) => isReady(block, done, ids));
  while (ready) {
    order.push(ready);
    done.add(ready.id);
    ready = blocks.find((block) => isReady(block, done, ids));
  }
  return [...order, ...blocks.filter((block) => !done.has(block.id))];
}

const isReady = (block: BlockTemplate, done: Set<string>, ids: Set<string>) =>
  !done.has(block.id) &&
  block.dependsOn.every((dep) => done.has(dep) || !ids.has(dep)) &&
  !block.dependsOn.includes(block.id);

function placeBlock(
  block: BlockTemplate,
  frame: DayFrame,
  placed: Map<string, FittedBlock>,
  absent: ReadonlySet<string>,
): FittedBlock | { reason: UnfitReason } {
  const deps = block.dependsOn.filter((id) => !absent.has(id)).map((id) => placed.get(id));
  if (deps.some((dep) => dep === undefined)) return { reason: 'dependency_unplaced' };
  const length = block.durationMinutes * MINUTE;
  if (length > frame.awake.end - frame.awake.start) return { reason: 'too_long' };
  const notBefore = Math.max(-Infinity, ...deps.map((dep) => dep!.end.getTime()));
  const base = anchorOf(block, frame) + block.offsetMinutes * MINUTE;
  const preferred = Math.max(base, notBefore);
  const taken = [...placed.values()].map((fitted) => ({ start: fitted.start.getTime(), end: fitted.end.getTime() }));
  for (const shift of shifts(block.flexibilityMinutes)) {
    const start = preferred + shift * MINUTE;
    if (start < notBefore) continue;
    const slot = { start, end: start + length };
    if (conflicts(slot, frame, taken).total === 0)
      return {
        template: block,
        start: new Date(start),
        end: new Date(slot.end),
        shiftedMinutes: (start - base) / MINUTE,
      };
  }
  return { reason: reasonAt({ start: preferred, end: preferred + length }, frame, taken) };
}

function anchorOf(block: BlockTemplate, frame: DayFrame): number {
  return block.anchor === 'exercise' ? frame.exercise(block.part) : frame.anchors[block.anchor];
}

/** 0, +5, −5, +10, −10 … up to the block's flexibility either way. */
export function shifts(flexibilityMinutes: number): number[] {
  const out = [0];
  for (let step = STEP_MINUTES; step <= flexibilityMinutes; step += STEP_MINUTES) out.push(step, -step);
  return out;
}

/** Milliseconds of a slot spent asleep, at work and on other blocks. */
function conflicts(slot: Interval, frame: DayFrame, taken: Interval[]) {
  const length = slot.end - slot.start;
  const asleep = length - overlapMs(slot, frame.awake);
  const work = frame.work.reduce((sum, piece) => sum + overlapMs(slot, piece), 0);
  const blocks = taken.reduce((sum, other) => sum + overlapMs(slot, other), 0);
  // A zero-length slot overlaps nothing by measure; it still must sit inside the awake window.
  const outside = slot.start < frame.awake.start || slot.end > frame.awake.end ? 1 : 0;
  return { asleep, work, blocks, total: asleep + work + blocks + outside };
}

/** Names what mostly stands in the way at the preferred slot; ties go to sleep, then work. */
function reasonAt(slot: Interval, frame: DayFrame, taken: Interval[]): UnfitReason {
  const { asleep, work, blocks } = conflicts(slot, frame, taken);
  if (asleep > 0 && asleep >= work && asleep >= blocks) return 'inside_sleep';
  if (work > 0 && work >= blocks) return 'inside_work';
  return 'no_room';
}
