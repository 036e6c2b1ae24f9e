import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../src/core/goals/model.js';
import { adaptTasks, mayGoInto, type UpcomingTask } from '../../src/core/health/biometrics/adapt.js';
import type { DayPart, HabitDef } from '../../src/core/health/model.js';
import { loadHealthPack } from '../../src/content/load-health-pack.js';
import { type ApiHarness, startApi } from '../http/api-harness.js';
import { DIALECTS } from '../factories/databases.js';

/**
 * Issue 56, point 4: a habit an adaptation swaps in (or adds) respects its parts of the day, the
 * person's health notes and its prerequisites — one rule, `mayGoInto`, for every swap and addition.
 */

const loaded = loadHealthPack();
if (!loaded.ok) throw new Error('content/health has problems');
const pack = loaded.pack;
const habit = (id: string) => pack.habits.find((candidate) => candidate.id === id)!;
const NOBODY = { notes: [], mastered: new Set<string>() };

const demandingTask = (part: DayPart): UpcomingTask => {
  const hard = pack.habits.find((candidate) => candidate.intensity === 'high' && candidate.energy === 'high')!;
  return {
    habit: hard,
    blockId: `${part}-block`,
    blockMinutes: 60,
    part,
    version: {
      taskId: `2026-03-02:${hard.id}`,
      habitId: hard.id,
      durationMinutes: hard.durationMinutes,
      intensity: hard.intensity,
      scaling: 'beginner',
      version: 'standard',
    },
  };
};

describe('mayGoInto: the one rule for a habit put into a block', () => {
  it('an evening-only habit never goes into a morning block', () => {
    const evening = habit('evening_dimming');
    expect(evening.parts).toEqual(['evening']);
    expect(mayGoInto(evening, { part: 'morning', minutes: 60 }, NOBODY)).toBe(false);
    expect(mayGoInto(evening, { part: 'evening', minutes: 60 }, NOBODY)).toBe(true);
    const changes = adaptTasks({ action: 'switch_to_recovery' }, [demandingTask('morning')], [evening]);
    expect(changes.map((change) => change.adapted.habitId)).not.toContain('evening_dimming');
    const later = adaptTasks({ action: 'switch_to_recovery' }, [demandingTask('evening')], [evening]);
    expect(later.map((change) => change.adapted.habitId)).toEqual(['evening_dimming']);
  });

  it('a habit the person’s health notes rule out never appears; one with unmet prerequisites neither', () => {
    const stretch = habit('gentle_evening_stretch');
    expect(stretch.contraindications).toContain('recent_surgery');
    const person = { notes: ['recent_surgery'], mastered: new Set<string>() };
    expect(mayGoInto(stretch, { part: 'evening', minutes: 60 }, person)).toBe(false);
    const changes = adaptTasks({ action: 'prioritize_recovery' }, [demandingTask('evening')], [stretch], person);
    expect(changes.map((change) => change.adapted.habitId)).not.toContain('gentle_evening_stretch');

    const bodyScan = habit('body_scan');
    expect(bodyScan.prerequisites).toEqual(['three_mindful_breaths']);
    expect(mayGoInto(bodyScan, { part: 'evening', minutes: 60 }, NOBODY)).toBe(false);
    expect(
      mayGoInto(
        bodyScan,
        { part: 'evening', minutes: 60 },
        { notes: [], mastered: new Set(['three_mindful_breaths']) },
      ),
    ).toBe(true);
  });
});

for (const dialect of DIALECTS) {
  describe(`${dialect}: a recovery swap through the API keeps to the block's time of day and the notes`, () => {
    let api: ApiHarness;
    let count = 0;
    beforeAll(async () => {
      api = await startApi(dialect);
    });
    afterAll(async () => {
      await api?.dispose();
    });

    async function readyUser(archetype: string, notes: string[]): Promise<User> {
      const user = await api.user(770_000 + ++count, 'en');
      const put = await api.call('PUT', '/api/health/profile', user, {
        archetype,
        schedule: { time_zone: 'Europe/Moscow', wake: '07:00', sleep: '23:00' },
        notes,
      });
      expect(put.status).toBe(200);
      return user;
    }

    // 07:05 (before the first block), 07:30 and 10:00 in Moscow: morning, midday and evening blocks ahead.
    for (const instant of ['2026-03-02T04:05:00Z', '2026-03-03T04:30:00Z', '2026-03-04T07:00:00Z'])
      it(`two poor nights, then at ${instant}: every habit swapped in names its block's part of the day`, async () => {
        api.app.clock.advance(new Date(instant).getTime() - api.app.clock.now().getTime());
        for (const archetype of ['foundation_builder', 'peak_performer', 'systematic_improver'])
          for (const notes of [[], ['recent_surgery', 'sleep_disorder']]) {
            const user = await readyUser(archetype, notes);
            const plan = (await api.call('GET', '/api/health/plan/today', user)).body;
            const blockOf = new Map<string, string>(
              plan.tasks.map((task: { task_id: string; time_block: { block_id: string } }) => [
                task.task_id,
                task.time_block.block_id,
              ]),
            );
            const template = pack.templates.find(
              (candidate) => candidate.archetype === archetype && candidate.mode === plan.mode,
            )!;
            const day = (offset: number) => new Date(new Date(instant).getTime() - offset * 86_400_000).toISOString();
            const sent = await api.call('POST', '/api/health/readings', user, {
              readings: [
                { timestamp: day(2), source: 'api', sleep_minutes: 300, sleep_quality: 0.3 },
                { timestamp: day(1), source: 'api', sleep_minutes: 300, sleep_quality: 0.3 },
              ],
            });
            expect(sent.status).toBe(200);
            const adaptation = sent.body.adaptation;
            expect(adaptation).toMatchObject({ trigger: 'sleep_debt' });
            for (const change of adaptation.changes as Array<{
              original: { task_id: string };
              adapted: { habit_id: string };
            }>) {
              const swapped: HabitDef = habit(change.adapted.habit_id);
              const blockId = blockOf.get(change.original.task_id);
              const part = template.blocks.find((block) => block.id === blockId)?.part;
              if (blockId && part)
                expect(swapped.parts ?? [part!], `${archetype}: ${swapped.id} in ${blockId}`).toContain(part);
              expect(swapped.contraindications.filter((note) => notes.includes(note))).toEqual([]);
            }
          }
      });
  });
}
