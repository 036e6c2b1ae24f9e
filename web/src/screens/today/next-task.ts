import type { PlanTask, Today } from '../../api/contract/health';

/** A task of today's plan with the block it sits in. */
export interface PlannedTask {
  task: PlanTask;
  range: string;
  start: number;
  end: number;
}

/** What Today shows of the health plan: the tasks still open, the next one, and how many are done. */
export interface DayAtAGlance {
  /** The open tasks to show: from the next one on (all open ones when only past blocks are left). */
  open: PlannedTask[];
  /** Open tasks of blocks that have ended, before the next one: folded into a count. */
  earlier: number;
  next: PlannedTask | undefined;
  /** The next task's block has begun and not ended. */
  nextIsNow: boolean;
  done: number;
  total: number;
}

/** A done or partly done task counts as done; a skipped one is out of the way but not done. */
const isDone = (task: PlanTask) => task.outcome === 'done' || task.outcome === 'partial';

/**
 * The tasks in block order; the next is the first unmarked one whose block has not ended, or, late in
 * the day with only past blocks left open, the first unmarked one (it can still be done). Unmarked
 * tasks of past blocks step aside for what is ahead: the whole plan still lists them.
 */
export function dayAtAGlance(plan: Today, now: number): DayAtAGlance {
  const byId = new Map(plan.tasks.map((task) => [task.task_id, task]));
  const planned = plan.blocks.flatMap((block) =>
    block.task_ids.flatMap((id) => {
      const task = byId.get(id);
      return task
        ? [{ task, range: block.time_range, start: Date.parse(block.start), end: Date.parse(block.end) }]
        : [];
    }),
  );
  const open = planned.filter((entry) => entry.task.outcome === null);
  const ahead = open.filter((entry) => entry.end > now);
  const shown = ahead.length > 0 ? ahead : open;
  const next = shown[0];
  return {
    open: shown,
    earlier: open.length - shown.length,
    next,
    nextIsNow: next !== undefined && next.start <= now && now < next.end,
    done: planned.filter((entry) => isDone(entry.task)).length,
    total: planned.length,
  };
}
