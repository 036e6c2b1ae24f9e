import { describe, expect, it } from 'vitest';
import type { PlanTask, TaskOutcome, Today } from '../../api/contract/health';
import { dayAtAGlance } from './next-task';

const at = (time: string) => Date.parse(`2026-11-27T${time}:00Z`);

const task = (id: string, outcome: TaskOutcome | null = null) => ({ task_id: id, title: id, outcome }) as PlanTask;

/** A morning block (07–09) with two tasks and an evening block (18–20) with one. */
const plan = (outcomes: Partial<Record<string, TaskOutcome>> = {}): Today =>
  ({
    blocks: [
      {
        block_id: 'morning',
        time_range: '07:00–09:00',
        start: '2026-11-27T07:00:00Z',
        end: '2026-11-27T09:00:00Z',
        task_ids: ['walk', 'water'],
      },
      {
        block_id: 'evening',
        time_range: '18:00–20:00',
        start: '2026-11-27T18:00:00Z',
        end: '2026-11-27T20:00:00Z',
        task_ids: ['stretch'],
      },
    ],
    tasks: ['walk', 'water', 'stretch'].map((id) => task(id, outcomes[id] ?? null)),
  }) as unknown as Today;

describe('Today’s next health task', () => {
  it('is the first open task of the block under way, marked as now', () => {
    const day = dayAtAGlance(plan({ walk: 'done' }), at('08:00'));
    expect(day.next?.task.task_id).toBe('water');
    expect(day.nextIsNow).toBe(true);
    expect(day.open.map((entry) => entry.task.task_id)).toEqual(['water', 'stretch']);
    expect({ done: day.done, total: day.total }).toEqual({ done: 1, total: 3 });
  });

  it('skips a block that has ended, and is not "now" before its block begins', () => {
    const day = dayAtAGlance(plan(), at('12:00'));
    expect(day.next?.task.task_id).toBe('stretch');
    expect(day.nextIsNow).toBe(false);
    // The morning's unmarked tasks step aside, counted.
    expect(day.open.map((entry) => entry.task.task_id)).toEqual(['stretch']);
    expect(day.earlier).toBe(2);
  });

  it('late in the day, with only past blocks open, is still the first open task', () => {
    const day = dayAtAGlance(plan({ stretch: 'done' }), at('22:00'));
    expect(day.next?.task.task_id).toBe('walk');
    expect(day.nextIsNow).toBe(false);
    expect(day.earlier).toBe(0);
  });

  it('is none when every task is marked; a skipped task is out of the way but not counted done', () => {
    const day = dayAtAGlance(plan({ walk: 'done', water: 'skipped', stretch: 'partial' }), at('08:00'));
    expect(day.next).toBeUndefined();
    expect(day.done).toBe(2);
  });
});
