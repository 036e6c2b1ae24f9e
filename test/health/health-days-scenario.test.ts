import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale, User } from '../../src/core/goals/model.js';
import { loadHealthPack } from '../../src/content/load-health-pack.js';
import { type ApiHarness, startApi } from '../http/api-harness.js';
import { DIALECTS } from '../factories/databases.js';

/**
 * Issue 56, points 1, 6, 7 and 8 over simulated days, through the API on a real database with the
 * clock port: readings synced before waking adapt the new day once, whichever path judges it; levels
 * are entered one at a time with their required skills; nothing a health note rules out is offered;
 * a streak bonus that says it opens a habit opens it, and one that opens nothing says no such thing.
 */

const loaded = loadHealthPack();
if (!loaded.ok) throw new Error('content/health has problems');
const pack = loaded.pack;
const DAY = 86_400_000;
const SCHEDULE = { time_zone: 'Europe/Moscow', wake: '07:00', sleep: '23:00' };
// Transformation seekers' repertoire holds stair climbing and other habits a knee injury rules out.
const CLIMBER = 'transformation_seeker';
const ladder = pack.levels.filter((level) => level.archetype === CLIMBER);
const ruledOutByKnee = new Set(
  pack.habits
    .filter((habit) => habit.archetypes.includes(CLIMBER) && habit.contraindications.includes('knee_injury'))
    .map((habit) => habit.id),
);

type Task = { task_id: string };
const habitOf = (task: Task) => task.task_id.slice(task.task_id.indexOf(':') + 1);
type Bonus = { days: number; text: string; opens: { habitId: string; name: string } | null };

for (const dialect of DIALECTS) {
  describe(`${dialect}: the health plan over days keeps its promises`, () => {
    let api: ApiHarness;
    let count = 0;
    beforeAll(async () => {
      api = await startApi(dialect);
    });
    afterAll(async () => {
      await api?.dispose();
    });

    const moveTo = (iso: string) => api.app.clock.advance(new Date(iso).getTime() - api.app.clock.now().getTime());

    async function readyUser(notes: string[], locale: Locale = 'en', archetype = 'foundation_builder'): Promise<User> {
      const user = await api.user(880_000 + ++count, locale);
      const put = await api.call('PUT', '/api/health/profile', user, {
        archetype,
        schedule: SCHEDULE,
        notes,
      });
      expect(put.status).toBe(200);
      return user;
    }

    async function adaptationsOf(user: User, lang: Locale = 'en') {
      const listed = await api.call('GET', `/api/health/adaptations?lang=${lang}`, user);
      expect(listed.status).toBe(200);
      return listed.body.adaptations as Array<{
        adaptation_id: string;
        trigger: string;
        date: string;
        reason: string;
        action: string;
      }>;
    }

    it('two short nights synced ten minutes before waking adapt the new day once: on its first read, by the job, or both at once', async () => {
      // 06:50 in Moscow on 10 March: the plan in force is still 9 March's, all of it past.
      moveTo('2026-03-10T03:50:00Z');
      const night = (daysAgo: number) => new Date(Date.parse('2026-03-10T03:40:00Z') - daysAgo * DAY).toISOString();
      const shortNights = {
        readings: [
          { timestamp: night(1), source: 'oura', sleep_minutes: 290, sleep_quality: 0.4 },
          { timestamp: night(0), source: 'oura', sleep_minutes: 300, sleep_quality: 0.35 },
        ],
      };
      const reader = await readyUser([]);
      const sleeper = await readyUser([], 'ru');
      const both = await readyUser([]);
      for (const user of [reader, sleeper, both]) {
        const sent = await api.call('POST', '/api/health/readings', user, shortNights);
        expect(sent.status).toBe(200);
        // Nothing is spent on the finished day: no adaptation now, no cooldown to keep the new day standard.
        expect(sent.body.adaptation).toBeNull();
        expect(await adaptationsOf(user)).toEqual([]);
      }

      // 07:10: the first read of the new day's plan judges the readings that came before it.
      moveTo('2026-03-10T04:10:00Z');
      const plan = await api.call('GET', '/api/health/plan/today', reader);
      expect(plan.body.date).toBe('2026-03-10');
      const [seen] = await adaptationsOf(reader);
      expect(seen).toMatchObject({ trigger: 'sleep_debt', date: '2026-03-10' });
      // Recovery first: the day's demanding tasks lighter, or (a beginner's easy day) a gentle session added.
      expect(['prioritize_recovery', 'gentle_recovery']).toContain(seen!.action);
      expect(seen!.reason).toMatch(/Two nights of poor sleep/);
      // The day's plan as read shows the change it caused.
      const again = await api.call('GET', '/api/health/plan/today', reader);
      expect(JSON.stringify(again.body)).toContain(seen!.adaptation_id);

      // The job finds the one who opened nothing, and judges the reader again without a second change.
      await api.app.biometrics.judgeRecent();
      const [found] = await adaptationsOf(sleeper, 'ru');
      expect(found).toMatchObject({ trigger: 'sleep_debt', date: '2026-03-10' });
      expect(found!.reason).toMatch(/Две ночи подряд сон был плохим/);
      expect(await adaptationsOf(reader)).toHaveLength(1);

      // Both paths at once: still one adaptation for the trigger and the day.
      await Promise.all([api.call('GET', '/api/health/plan/today', both), api.app.biometrics.judgeRecent()]);
      expect((await adaptationsOf(both)).filter((each) => each.trigger === 'sleep_debt')).toHaveLength(1);
      await api.app.biometrics.judgeRecent();
      for (const user of [reader, sleeper, both]) expect(await adaptationsOf(user)).toHaveLength(1);
      // However the paths interleave, the store keeps one per trigger and plan day.
      const store = api.app.stores.biometrics;
      const [stored] = await store.adaptations(both.id, new Date(Date.parse('2026-03-09T00:00:00Z')));
      expect(await store.addAdaptation({ ...stored!, id: `${stored!.id}-again` }, [])).toBe(false);
      expect(await adaptationsOf(both)).toHaveLength(1);
    });

    it('forty days of everything done: levels one a day, from the one before, with their skills; nothing the notes rule out; bonuses that deliver', async () => {
      expect(ruledOutByKnee).toContain('stair_climbing');
      const user = await readyUser(['knee_injury'], 'en', CLIMBER);
      const levels: string[] = [];
      const planOnLevel = new Map<string, string[]>();
      const opened = new Set<string>();
      for (let day = 0; day < 40; day += 1) {
        moveTo(new Date(Date.parse('2026-04-01T05:00:00Z') + day * DAY).toISOString());
        const lang: Locale = day % 2 === 0 ? 'en' : 'ru';
        const plan = (await api.call('GET', `/api/health/plan/today?lang=${lang}`, user)).body;
        const habits = (plan.tasks as Task[]).map(habitOf);
        expect(habits.filter((id) => ruledOutByKnee.has(id))).toEqual([]);
        levels.push(plan.level.id);
        if (!planOnLevel.has(plan.level.id)) planOnLevel.set(plan.level.id, habits);

        const view = (await api.call('GET', `/api/health/progression?lang=${lang}`, user)).body;
        expect(view.current_level).toBe(plan.level.id);
        const offered = (view.levels as Array<{ unlocked_habits: Array<{ habit_id: string }> }>).flatMap((level) =>
          level.unlocked_habits.map((habit) => habit.habit_id),
        );
        expect(offered.filter((id) => ruledOutByKnee.has(id))).toEqual([]);
        for (const id of opened)
          expect((view.opened_by_streaks as Array<{ habit_id: string }>).map((habit) => habit.habit_id)).toContain(id);

        for (const task of plan.tasks as Task[]) {
          const marked = await api.call(
            'POST',
            `/api/health/plan/today/tasks/${encodeURIComponent(task.task_id)}?lang=${lang}`,
            user,
            { outcome: 'done' },
          );
          expect(marked.status).toBe(200);
          const bonus = marked.body.bonus as Bonus | null;
          if (!bonus) continue;
          if (bonus.opens) opened.add(bonus.opens.habitId);
          // A bonus opening nothing never promises to (in either language).
          else expect(bonus.text).not.toMatch(lang === 'en' ? /unlock/i : /Открыто/);
        }
      }
      const indices = levels.map((id) => ladder.findIndex((level) => level.id === id));
      for (let i = 1; i < indices.length; i += 1) expect(indices[i]! - indices[i - 1]!).toBeOneOf([0, 1]);
      // Level 2 entered once its required skills were mastered, never level 3 on easy habits alone.
      expect(levels).toContain(ladder[1]!.id);
      expect(levels).not.toContain(ladder[2]!.id);
      // The day follows the level: the first day on level 2 holds its own required skills.
      const second = planOnLevel.get(ladder[1]!.id)!;
      expect(second.filter((id) => ladder[1]!.requiredSkills.includes(id)).length).toBeGreaterThan(0);
      const first = planOnLevel.get(ladder[0]!.id)!.filter((id) => ladder[0]!.requiredSkills.includes(id));
      expect(first.sort()).toEqual(ladder[0]!.requiredSkills.filter((id) => !ruledOutByKnee.has(id)).sort());
      expect(opened.size).toBeGreaterThan(0);
    }, 120_000);
  });
}
