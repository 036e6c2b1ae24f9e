import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../src/core/goals/model.js';
import { adaptTasks, type UpcomingTask } from '../../src/core/health/biometrics/adapt.js';
import { loadHealthPack } from '../../src/content/load-health-pack.js';
import { type ApiHarness, startApi } from '../http/api-harness.js';
import { DIALECTS } from '../factories/databases.js';

/**
 * Issue 56, point 5: an adaptation lives until the last task it changes has passed (a 06:10 one used
 * to lapse at 12:10 while it changed tasks at 14:45 and 21:00), and a change that changes nothing
 * ("5 easy → 5 easy") is not shown as a change.
 */

const HOUR = 3_600_000;

const loaded = loadHealthPack();
if (!loaded.ok) throw new Error('content/health has problems');
const pack = loaded.pack;

describe('a change that changes nothing is no change', () => {
  it('reduce_intensity on a 5-minute easy beginner task leaves it out', () => {
    const small = pack.habits.find((habit) => habit.durationMinutes === 5 && habit.intensity === 'easy')!;
    const task: UpcomingTask = {
      habit: small,
      blockId: 'block',
      blockMinutes: 30,
      part: small.parts?.[0] ?? 'midday',
      version: {
        taskId: `2026-03-02:${small.id}`,
        habitId: small.id,
        durationMinutes: 5,
        intensity: 'easy',
        scaling: 'beginner',
        version: 'standard',
      },
    };
    expect(adaptTasks({ action: 'reduce_intensity', keepShare: 0.5 }, [task], [])).toEqual([]);
  });
});

for (const dialect of DIALECTS) {
  describe(`${dialect}: an adaptation stays open until the last task it changes has passed`, () => {
    let api: ApiHarness;
    let count = 0;
    beforeAll(async () => {
      api = await startApi(dialect);
      // 07:10 in Moscow: the whole day is ahead.
      api.app.clock.advance(new Date('2026-03-02T04:10:00Z').getTime() - api.app.clock.now().getTime());
    });
    afterAll(async () => {
      await api?.dispose();
    });
    async function readyUser(): Promise<User> {
      const user = await api.user(790_000 + ++count, 'en');
      const put = await api.call('PUT', '/api/health/profile', user, {
        archetype: 'peak_performer',
        schedule: { time_zone: 'Europe/Moscow', wake: '07:00', sleep: '23:00' },
      });
      expect(put.status).toBe(200);
      return user;
    }

    it('an energy drop at 07:10 changes evening tasks: still open and acceptable after 6 hours, until their block ends', async () => {
      const user = await readyUser();
      const plan = (await api.call('GET', '/api/health/plan/today', user)).body;
      await api.call('POST', '/api/health/checkin', user, { energy: 5, stress: 2, sleep: 4 });
      api.app.clock.advance(60_000);
      const drop = await api.call('POST', '/api/health/checkin', user, { energy: 1, stress: 2, sleep: 4 });
      const adaptation = drop.body.adaptation;
      expect(adaptation).toMatchObject({ trigger: 'energy_drop' });
      type Shown = { habit_id: string; duration_minutes: number; intensity: string; scaling: string };
      for (const { original, adapted } of adaptation.changes as Array<{ original: Shown; adapted: Shown }>)
        expect(
          original.habit_id === adapted.habit_id &&
            original.duration_minutes === adapted.duration_minutes &&
            original.intensity === adapted.intensity &&
            original.scaling === adapted.scaling,
        ).toBe(false);
      const blockOf = new Map<string, string>(
        plan.tasks.map((task: { task_id: string; time_block: { block_id: string } }) => [
          task.task_id,
          task.time_block.block_id,
        ]),
      );
      const ends = new Map<string, number>(
        plan.blocks.map((block: { block_id: string; end: string }) => [block.block_id, new Date(block.end).getTime()]),
      );
      const lastEnd = Math.max(
        ...adaptation.changes.map((change: { original: { task_id: string } }) =>
          ends.get(blockOf.get(change.original.task_id)!)!,
        ),
      );
      expect(lastEnd).toBeGreaterThan(api.app.clock.now().getTime() + 6 * HOUR);
      expect(new Date(adaptation.expires_at).getTime()).toBe(lastEnd);
      // Six hours and a minute later the evening tasks are still ahead: it can still be accepted.
      api.app.clock.advance(6 * HOUR + 60_000);
      expect(await api.app.biometrics.expire()).toBe(0);
      const accepted = await api.call('POST', `/api/health/adaptations/${adaptation.adaptation_id}/accept`, user, {});
      expect(accepted.status).toBe(200);
    });

    it('today’s plan stops showing an adaptation the moment it lapses, before the sweep marks it, though the view is kept', async () => {
      const user = await readyUser();
      await api.call('POST', '/api/health/checkin', user, { energy: 5, stress: 2, sleep: 4 });
      api.app.clock.advance(60_000);
      const drop = await api.call('POST', '/api/health/checkin', user, { energy: 1, stress: 2, sleep: 4 });
      const lapses = new Date(drop.body.adaptation.expires_at).getTime();
      type Task = { real_time_adaptations: { recent_adaptations: unknown[] } };
      const shown = async () =>
        ((await api.call('GET', '/api/health/plan/today', user)).body.tasks as Task[]).filter(
          (task) => task.real_time_adaptations.recent_adaptations.length > 0,
        ).length;
      // Ten seconds before it lapses the view (kept, as a dashboard polls it) still shows the change.
      api.app.clock.advance(lapses - api.app.clock.now().getTime() - 10_000);
      expect(await shown()).toBeGreaterThan(0);
      api.app.clock.advance(10_000);
      expect(await shown()).toBe(0);
    });
  });
}
