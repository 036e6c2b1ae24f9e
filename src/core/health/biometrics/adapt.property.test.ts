import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadHealthPack } from '../../../content/load-health-pack.js';
import { loadHealthTriggers } from '../../../content/load-health-triggers.js';
import type { HabitDef, ScalingLevel } from '../model.js';
import { adaptTasks, type UpcomingTask } from './adapt.js';
import type { AdaptationAction, TriggerDef } from './triggers.js';

/**
 * Property tests of what each action does to the upcoming tasks, over the real repertoire
 * (`content/health/habits`) and the real triggers: random plans of distinct habits at any scaling,
 * each in a block at least as long as the habit, and random sets of recovery candidates.
 */

const pack = loadHealthPack();
const triggers = loadHealthTriggers();
if (!pack.ok || !triggers.ok) throw new Error('content/health has problems');
const HABITS = pack.pack.habits;
const triggerOf = (action: AdaptationAction) => triggers.triggers.find((trigger) => trigger.action === action)!;
const REDUCE = triggerOf('reduce_intensity');
const KEEP_SHARE = REDUCE.keepShare ?? 0.5;

const INTENSITIES = ['easy', 'moderate', 'high'] as const;
const LEVELS: readonly ScalingLevel[] = ['beginner', 'intermediate', 'advanced'];
const RECOVERY = new Set(['mindfulness', 'sleep_recovery']);
const rank = (intensity: HabitDef['intensity']) => INTENSITIES.indexOf(intensity);

function taskOf(habit: HabitDef, scaling: ScalingLevel, slack: number): UpcomingTask {
  return {
    habit,
    blockId: `block-${habit.id}`,
    blockMinutes: habit.durationMinutes + slack,
    part: habit.parts?.[0] ?? 'midday',
    version: {
      taskId: `2026-03-02:${habit.id}`,
      habitId: habit.id,
      durationMinutes: habit.durationMinutes,
      intensity: habit.intensity,
      scaling,
      version: 'standard',
    },
  };
}

const upcomingArb = (habits: readonly HabitDef[]) =>
  fc
    .uniqueArray(
      fc.record({
        habit: fc.constantFrom(...habits),
        scaling: fc.constantFrom(...LEVELS),
        slack: fc.integer({ min: 0, max: 90 }),
      }),
      { selector: (task) => task.habit.id, minLength: 1, maxLength: 10 },
    )
    .map((tasks) => tasks.map(({ habit, scaling, slack }) => taskOf(habit, scaling, slack)));
const candidatesArb = fc.shuffledSubarray([...HABITS]);
/** As the service offers them (adapt-plan.ts): habits with no prerequisites, in any order. */
const offeredArb = fc.shuffledSubarray(HABITS.filter((habit) => habit.prerequisites.length === 0));
const trigger = (action: AdaptationAction): Pick<TriggerDef, 'action' | 'keepShare'> =>
  action === 'reduce_intensity' ? REDUCE : { action };

/** Habits of five minutes or more: the ones the 5-minute floor cannot stretch. */
const FIVE_OR_MORE = HABITS.filter((habit) => habit.durationMinutes >= 5);

describe('adaptTasks over the real repertoire', () => {
  it('reduce_intensity halves every upcoming task (never under 5 minutes), one step easier, never longer', () => {
    fc.assert(
      fc.property(upcomingArb(FIVE_OR_MORE), candidatesArb, (upcoming, candidates) => {
        const changes = adaptTasks(REDUCE, upcoming, candidates);
        // Every task but one already at its floor (5 minutes, easy, beginner): that one is no change.
        const floor = (task: UpcomingTask) =>
          Math.max(5, Math.round(task.version.durationMinutes * KEEP_SHARE)) >= task.version.durationMinutes &&
          task.version.intensity === 'easy' &&
          task.version.scaling === 'beginner';
        expect(changes.map((change) => change.original)).toEqual(
          upcoming.filter((task) => !floor(task)).map((task) => task.version),
        );
        for (const { original, adapted } of changes) {
          expect(adapted.habitId).toBe(original.habitId);
          expect(adapted.durationMinutes).toBe(Math.max(5, Math.round(original.durationMinutes * KEEP_SHARE)));
          expect(adapted.durationMinutes).toBeLessThanOrEqual(original.durationMinutes);
          expect(rank(adapted.intensity)).toBe(Math.max(0, rank(original.intensity) - 1));
          expect(adapted.version).toBe('low_energy');
        }
      }),
      { numRuns: 250 },
    );
  });

  // Found by this test: the 5-minute floor used to stretch the repertoire's 1–4 minute habits
  // (three_mindful_breaths, water_on_waking…) to 5 minutes when they were "halved".
  it('reduce_intensity never lengthens a task, short habits included', () => {
    fc.assert(
      fc.property(upcomingArb(HABITS), (upcoming) => {
        for (const { original, adapted } of adaptTasks(REDUCE, upcoming, []))
          expect(adapted.durationMinutes).toBeLessThanOrEqual(original.durationMinutes);
      }),
    );
  });

  it('upgrade_to_performance is one step harder and never outgrows its block', () => {
    fc.assert(
      fc.property(upcomingArb(HABITS), (upcoming) => {
        const changes = adaptTasks(trigger('upgrade_to_performance'), upcoming, HABITS);
        // Changes that change nothing are left out, so each change is matched to its task by id, not by position.
        changes.forEach(({ original, adapted }) => {
          const task = upcoming.find((item) => item.version.taskId === original.taskId)!;
          expect(adapted.durationMinutes).toBeLessThanOrEqual(task.blockMinutes);
          expect(adapted.durationMinutes).toBeGreaterThanOrEqual(original.durationMinutes);
          expect(rank(adapted.intensity)).toBe(Math.min(2, rank(original.intensity) + 1));
          expect(adapted.version).toBe('high_energy');
        });
      }),
      { numRuns: 250 },
    );
  });

  // Found by this test (peak_performer's 30-minute dawn_protocol, recovery_walk 25 + caffeine_cutoff 2
  // once upgraded to 30 + 3): a block's tasks now share the minutes it has left.
  it('upgrade_to_performance never makes the tasks of one block add up past the block', () => {
    const blockArb = fc
      .uniqueArray(fc.constantFrom(...HABITS), { selector: (habit) => habit.id, minLength: 2, maxLength: 3 })
      .chain((habits) => {
        const planned = habits.reduce((sum, habit) => sum + habit.durationMinutes, 0);
        return fc
          .integer({ min: planned, max: planned + 10 })
          .map((blockMinutes) =>
            habits.map((habit) => ({ ...taskOf(habit, 'beginner', 0), blockId: 'dawn', blockMinutes })),
          );
      });
    fc.assert(
      fc.property(blockArb, (upcoming) => {
        const changes = adaptTasks(trigger('upgrade_to_performance'), upcoming, []);
        const total = changes.reduce((sum, change) => sum + change.adapted.durationMinutes, 0);
        expect(total).toBeLessThanOrEqual(upcoming[0]!.blockMinutes);
      }),
    );
  });

  for (const action of ['switch_to_recovery', 'prioritize_recovery'] as const)
    it(`${action} never makes a task harder, and swaps only to a gentle recovery habit that fits the block`, () => {
      fc.assert(
        fc.property(upcomingArb(HABITS), offeredArb, (upcoming, candidates) => {
          const changes = adaptTasks(trigger(action), upcoming, candidates);
          const swappedTo = new Set<string>();
          for (const { original, adapted } of changes) {
            const task = upcoming.find((candidate) => candidate.version.taskId === original.taskId)!;
            expect(rank(adapted.intensity)).toBeLessThanOrEqual(rank(original.intensity));
            expect(adapted.intensity).not.toBe('high');
            expect(adapted.version).toBe('low_energy');
            if (adapted.habitId === original.habitId) continue;
            const habit = HABITS.find((candidate) => candidate.id === adapted.habitId)!;
            expect(candidates).toContain(habit);
            expect(RECOVERY.has(habit.category) && habit.energy === 'low').toBe(true);
            expect(adapted.durationMinutes).toBeLessThanOrEqual(task.blockMinutes);
            // Never a habit already in the plan, nor the same one twice.
            expect(upcoming.some((other) => other.habit.id === habit.id)).toBe(false);
            expect(swappedTo.has(habit.id)).toBe(false);
            swappedTo.add(habit.id);
          }
        }),
        { numRuns: 250 },
      );
    });

  // Found by this test: with nothing gentle left to swap in, a demanding task used to go only one step
  // lighter, and a swap could pick a moderate habit. Now a swap is low-energy and easy, and a task kept
  // goes to its easiest, shorter version.
  it('recovery actions never leave or make a demanding task, whatever recovery habits are offered', () => {
    fc.assert(
      fc.property(
        upcomingArb(HABITS),
        candidatesArb,
        fc.constantFrom('switch_to_recovery', 'prioritize_recovery' as const),
        (upcoming, candidates, action) => {
          for (const { original, adapted } of adaptTasks(trigger(action), upcoming, candidates)) {
            const habit = HABITS.find((candidate) => candidate.id === adapted.habitId)!;
            expect(adapted.intensity).toBe('easy');
            // A swap brings a low-energy habit; a task kept is the same habit, never longer.
            if (adapted.habitId !== original.habitId) expect(habit.energy).toBe('low');
            else expect(adapted.durationMinutes).toBeLessThanOrEqual(original.durationMinutes);
          }
        },
      ),
    );
  });

  it('switch_to_recovery leaves gentle tasks alone and turns every demanding one easy while recovery habits last', () => {
    const gentle = HABITS.filter((habit) => RECOVERY.has(habit.category) && habit.energy === 'low');
    fc.assert(
      fc.property(upcomingArb(HABITS), (upcoming) => {
        const changes = adaptTasks(trigger('switch_to_recovery'), upcoming, gentle);
        const demanding = upcoming.filter((task) => task.habit.energy !== 'low' || task.version.intensity !== 'easy');
        const changed = new Set(changes.map((change) => change.original.taskId));
        // Only demanding tasks change, in plan order.
        expect(changes.map((change) => change.original.taskId)).toEqual(
          demanding.filter((task) => changed.has(task.version.taskId)).map((task) => task.version.taskId),
        );
        // A demanding task is left as it is only when no recovery habit is left for it and it is already the gentlest
        // version (easy, beginner): "made lighter" would change nothing the person does (`sameTask`).
        for (const task of demanding.filter((task) => !changed.has(task.version.taskId))) {
          expect([task.version.intensity, task.version.scaling]).toEqual(['easy', 'beginner']);
        }
      }),
      { numRuns: 300 },
    );
  });
});
