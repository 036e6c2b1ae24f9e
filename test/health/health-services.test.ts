import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isStepwiseError } from '../../src/core/errors.js';
import type { Archetype } from '../../src/core/health/model.js';
import type { StoredDayPlan } from '../../src/core/health/stores.port.js';
import type { ScheduleInput } from '../../src/services/health/health-services.js';
import { loadProgramPacks } from '../../src/content/load-program-pack.js';
import { createTestApp, type TestApp } from '../factories/app.js';
import { DIALECTS } from '../factories/databases.js';

/** 2026-03-02 is a Monday; 09:00 UTC is 12:00 in Moscow, after a 07:00 wake. */
const NOON_MOSCOW = new Date('2026-03-02T09:00:00Z');
const MOSCOW: ScheduleInput = { timeZone: 'Europe/Moscow', wake: '07:00', sleep: '23:00' };

const refusal = async (work: Promise<unknown>) => {
  try {
    await work;
  } catch (error) {
    if (isStepwiseError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
};

for (const dialect of DIALECTS) {
  describe(`${dialect}: health services`, () => {
    let app: TestApp;
    let count = 0;

    beforeAll(async () => {
      app = await createTestApp(dialect);
    });
    afterAll(async () => {
      await app?.dispose();
    });

    const newUser = (locale: 'en' | 'ru' = 'en') =>
      app.goals.ensureUser({ provider: 'test', subject: `health-${dialect}-${++count}`, locale });

    /** A user with an archetype and a Moscow day (07:00–23:00, no work). */
    async function readyUser(archetype: Archetype = 'foundation_builder', schedule = MOSCOW) {
      const user = await newUser();
      await app.health.updateProfile(user.id, { archetype, schedule });
      return user;
    }

    /** A first-level Foundation Builder habit, and a stored day plan holding just it. */
    const fbHabit = () =>
      app.health.pack.habits.find(
        (candidate) => candidate.archetypes.includes('foundation_builder') && candidate.prerequisites.length === 0,
      )!;
    const planWith = (date: string, habitId: string): StoredDayPlan => {
      const template = app.health.pack.templates.find(
        (candidate) => candidate.archetype === 'foundation_builder' && candidate.mode === 'standard',
      )!;
      return {
        date,
        archetype: 'foundation_builder',
        mode: 'standard',
        levelId: 'fb_gentle_starter',
        blocks: [
          {
            blockId: template.blocks[0]!.id,
            start: `${date}T05:00:00.000Z`,
            end: `${date}T05:30:00.000Z`,
            tasks: [{ habitId, scaling: 'beginner' }],
          },
        ],
        unfit: [],
      };
    };

    it('refuses a plan until an archetype is chosen', async () => {
      const user = await newUser();
      expect(await refusal(app.health.today(user.id, { now: NOON_MOSCOW }))).toMatchObject({
        code: 'no_health_profile',
      });
    });

    it('shows the same plan on every view, and after a task is marked', async () => {
      const user = await readyUser();
      const first = await app.health.today(user.id, { now: NOON_MOSCOW });
      expect(first.date).toBe('2026-03-02');
      expect(first.tasks.length).toBeGreaterThan(0);
      const again = await app.health.today(user.id, { now: new Date(NOON_MOSCOW.getTime() + 3 * 3600_000) });
      expect(again).toEqual(first);
      await app.health.markTask(user.id, first.tasks[0]!.task_id, 'done', { source: 'api', now: NOON_MOSCOW });
      const after = await app.health.today(user.id, { now: NOON_MOSCOW });
      const unmarked = (view: typeof first) => view.tasks.map((task) => ({ ...task, outcome: null, fraction: null }));
      expect(unmarked(after)).toEqual(unmarked(first));
      expect(after.blocks).toEqual(first.blocks);
      expect(after.tasks[0]).toMatchObject({ outcome: 'done', fraction: 1 });
    });

    it('starts a new plan after the wake time in the person’s zone, not at midnight', async () => {
      const user = await readyUser('peak_performer', { timeZone: 'Asia/Tokyo', wake: '07:00', sleep: '23:00' });
      // 06:30 on 2 March in Tokyo: still the plan of 1 March.
      const beforeWake = await app.health.today(user.id, { now: new Date('2026-03-01T21:30:00Z') });
      expect(beforeWake.date).toBe('2026-03-01');
      // 07:05 in Tokyo: the new day's plan.
      const afterWake = await app.health.today(user.id, { now: new Date('2026-03-01T22:05:00Z') });
      expect(afterWake.date).toBe('2026-03-02');
      expect(afterWake.tasks.every((task) => task.task_id.startsWith('2026-03-02:'))).toBe(true);
      expect(afterWake.time_zone).toBe('Asia/Tokyo');
    });

    it('counts done and partial, replaces a mark the same day, and lets skipped change nothing', async () => {
      const user = await readyUser();
      const [task] = (await app.health.today(user.id, { now: NOON_MOSCOW })).tasks;
      const mark = (outcome: 'done' | 'partial' | 'skipped', fraction?: number) =>
        app.health.markTask(user.id, task!.task_id, outcome, {
          source: 'api',
          now: NOON_MOSCOW,
          ...(fraction !== undefined && { fraction }),
        });
      const done = await mark('done');
      expect(done.standing).toMatchObject({ attempts: 1, successes: 1, streak: 1 });
      const partial = await mark('partial', 0.3);
      expect(partial.standing).toMatchObject({ attempts: 1, successes: 0, streak: 1 });
      expect(partial.standing.strength).toBeCloseTo(done.standing.strength * 0.3, 6);
      const skipped = await mark('skipped');
      expect(skipped.standing).toMatchObject({ attempts: 0, strength: 0, streak: 0 });
      expect(await refusal(mark('partial', 1))).toMatchObject({ code: 'invalid_input' });
      expect(await refusal(mark('done', 0.5))).toMatchObject({ code: 'invalid_input' });
    });

    it('marks the whole day for rest or sick, keeps streaks, and makes the next day a recovery day', async () => {
      const user = await readyUser();
      const day = await app.health.today(user.id, { now: NOON_MOSCOW });
      const rest = await app.health.markTask(user.id, day.tasks[0]!.task_id, 'rest', {
        source: 'api',
        now: NOON_MOSCOW,
      });
      expect(rest.marked.sort()).toEqual(day.tasks.map((task) => task.task_id).sort());
      expect(rest.standing).toMatchObject({ attempts: 0, strength: 0, streak: 0 });
      const marked = await app.health.today(user.id, { now: NOON_MOSCOW });
      expect(marked.tasks.every((task) => task.outcome === 'rest')).toBe(true);
      const next = await app.health.today(user.id, { now: new Date('2026-03-03T09:00:00Z') });
      expect(next.mode).toBe('recovery');
      const sick = await app.health.markTask(user.id, next.tasks[0]!.task_id, 'sick', {
        source: 'api',
        now: new Date('2026-03-03T09:00:00Z'),
      });
      expect(sick.marked).toHaveLength(next.tasks.length);
      expect(sick.standing).toMatchObject({ attempts: 0, strength: 0, streak: 0 });
      expect((await app.health.today(user.id, { now: new Date('2026-03-04T09:00:00Z') })).mode).toBe('recovery');
      expect((await app.health.today(user.id, { now: new Date('2026-03-05T09:00:00Z') })).mode).toBe('standard');
    });

    it('counts a planned day left unmarked as missed once it is over, ending the streak', async () => {
      const user = await readyUser();
      const habit = fbHabit();
      for (const date of ['2026-03-02', '2026-03-03'])
        await app.stores.health.keepDayPlan(user.id, planWith(date, habit.id), NOON_MOSCOW);
      await app.health.markTask(user.id, `2026-03-02:${habit.id}`, 'done', { source: 'api', now: NOON_MOSCOW });
      const during = await app.health.progression(user.id, { now: new Date('2026-03-03T09:00:00Z') });
      // The day is not over yet: its task is not missed.
      expect(during.habits.find((item) => item.habit_id === habit.id)).toMatchObject({ attempts: 1, streak: 1 });
      const later = await app.health.progression(user.id, { now: new Date('2026-03-04T09:00:00Z') });
      expect(later.habits.find((item) => item.habit_id === habit.id)).toMatchObject({
        attempts: 2,
        successes: 1,
        streak: 0,
        longest_streak: 1,
        // The missed day was an attempt too: the seed's first and last attempt span both days.
        mastery_level: 0,
        first_attempted: '2026-03-02',
        last_attempted: '2026-03-03',
      });
    });

    it('tells on a demanding task that a stress spike would swap it for a gentle habit that fits its block', async () => {
      const user = await readyUser();
      const morning = app.health.pack.templates.find(
        (candidate) => candidate.archetype === 'foundation_builder' && candidate.mode === 'standard',
      )!.blocks[0]!;
      const demanding = app.health.pack.habits.find(
        (candidate) =>
          candidate.archetypes.includes('foundation_builder') &&
          candidate.prerequisites.length === 0 &&
          (candidate.energy !== 'low' || candidate.intensity !== 'easy') &&
          (candidate.parts ?? []).includes(morning.part) &&
          candidate.durationMinutes <= 30,
      )!;
      await app.stores.health.keepDayPlan(user.id, planWith('2026-03-02', demanding.id), NOON_MOSCOW);
      const [task] = (await app.health.today(user.id, { now: NOON_MOSCOW })).tasks;
      const lines = task!.real_time_adaptations.adaptation_triggers;
      const swap = lines.find((line) => line.startsWith('If stress > 0.8 and HRV against your usual < 0.7: '));
      expect(swap).toMatch(/: instead: .+, \d+ min$/);
      const instead = swap!.replace(/^.*: instead: (.+), \d+ min$/, '$1');
      const gentle = app.health.pack.habits.find((candidate) => candidate.name.en === instead)!;
      expect(gentle).toMatchObject({ energy: 'low', intensity: 'easy' });
      expect(gentle.parts ?? [morning.part]).toContain(morning.part);
      expect(lines).toContainEqual(expect.stringMatching(/^If sleep quality < 0.6 for 2 nights in a row: /));
    });

    it('gives the streak bonus when a streak reaches 7 days, in the person’s language', async () => {
      const user = await newUser('ru');
      await app.health.updateProfile(user.id, { archetype: 'foundation_builder', schedule: MOSCOW });
      // A habit whose 7-day bonus opens another habit of the repertoire.
      const habit = app.health.pack.habits.find(
        (candidate) =>
          candidate.archetypes.includes('foundation_builder') &&
          candidate.prerequisites.length === 0 &&
          candidate.streakBonuses['7'].habit !== undefined,
      )!;
      const opened = app.health.pack.habits.find((candidate) => candidate.id === habit.streakBonuses['7'].habit)!;
      const days = ['2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28', '2026-03-01'];
      for (const date of [...days, '2026-03-02'])
        await app.stores.health.keepDayPlan(user.id, planWith(date, habit.id), NOON_MOSCOW);
      await app.stores.health.mark(
        days.map((date) => ({
          userId: user.id,
          habitId: habit.id,
          date,
          outcome: 'done',
          fraction: 1,
          source: 'api',
          recordedAt: NOON_MOSCOW,
        })),
      );
      const result = await app.health.markTask(user.id, `2026-03-02:${habit.id}`, 'done', {
        source: 'api',
        now: NOON_MOSCOW,
      });
      expect(result.standing.streak).toBe(7);
      expect(result.bonus).toEqual({
        days: 7,
        text: habit.streakBonuses['7'].ru,
        opens: { habitId: opened.id, name: opened.name.ru },
      });
      // Marking it again the same day is no new bonus.
      const again = await app.health.markTask(user.id, `2026-03-02:${habit.id}`, 'done', {
        source: 'api',
        now: NOON_MOSCOW,
      });
      expect(again.bonus).toBeNull();
    });

    it('refuses a task that is not in today’s plan, naming why', async () => {
      const user = await readyUser();
      const day = await app.health.today(user.id, { now: NOON_MOSCOW });
      const habitId = day.tasks[0]!.task_id.split(':')[1]!;
      const mark = (taskId: string) =>
        app.health.markTask(user.id, taskId, 'done', { source: 'api', now: NOON_MOSCOW });
      expect(await refusal(mark(`2026-03-01:${habitId}`))).toMatchObject({ code: 'task_not_today' });
      expect(await refusal(mark('2026-03-02:no_such_habit'))).toMatchObject({ code: 'unknown_task' });
      expect(await refusal(mark('nonsense'))).toMatchObject({ code: 'unknown_task' });
      expect(await app.stores.health.logs(user.id, '2000-01-01')).toEqual([]);
    });

    it('checks a schedule and saves nothing when any part is wrong', async () => {
      const user = await readyUser();
      const set = (schedule: ScheduleInput) =>
        app.health.updateProfile(user.id, { archetype: 'peak_performer', schedule });
      expect(await refusal(set({ ...MOSCOW, timeZone: 'Mars/Olympus' }))).toEqual({
        code: 'invalid_input',
        message: 'schedule.time_zone: expected an IANA time zone like Europe/Moscow',
      });
      expect(await refusal(set({ ...MOSCOW, wake: '25:00' }))).toMatchObject({
        message: expect.stringMatching(/^schedule\.wake:/),
      });
      expect(await refusal(set({ ...MOSCOW, work: { start: '09:00', end: '18:00', days: [1, 8] } }))).toMatchObject({
        message: expect.stringMatching(/^schedule\.work\.days:/),
      });
      expect(await refusal(app.health.setNotes(user.id, ['knee_injury', 'bad_luck']))).toMatchObject({
        message: expect.stringContaining('"bad_luck"'),
      });
      expect((await app.health.profile(user.id)).archetype).toBe('foundation_builder');
      const saved = await app.health.setSchedule(user.id, {
        timeZone: 'europe/berlin',
        wake: '6:30',
        sleep: '22:30',
        work: { start: '09:00', end: '17:00', days: [5, 1, 3] },
      });
      expect(saved.schedule).toEqual({
        timeZone: 'Europe/Berlin',
        wake: '06:30',
        sleep: '22:30',
        work: { start: '09:00', end: '17:00', days: [1, 3, 5] },
        meals: {},
        exercise: 'any',
      });
    });

    it('rebuilds today’s plan after the archetype changes; marks made stay', async () => {
      const user = await readyUser('foundation_builder');
      app.clock.advance(NOON_MOSCOW.getTime() - app.clock.now().getTime());
      const before = await app.health.today(user.id);
      await app.health.markTask(user.id, before.tasks[0]!.task_id, 'done', { source: 'api' });
      await app.health.chooseArchetype(user.id, 'peak_performer');
      const after = await app.health.today(user.id);
      expect(after.archetype).toBe('peak_performer');
      expect(after.date).toBe(before.date);
      expect(await app.stores.health.logs(user.id, before.date)).toHaveLength(1);
    });

    it('leaves out habits that a declared health note rules out', async () => {
      const user = await readyUser('peak_performer');
      const notes = app.health.pack.notes.map((note) => note.id);
      await app.health.setNotes(user.id, notes);
      const day = await app.health.today(user.id, { now: NOON_MOSCOW });
      const ids = day.tasks.map((task) => task.task_id.split(':')[1]!);
      const habits = app.health.pack.habits.filter((habit) => ids.includes(habit.id));
      expect(habits.every((habit) => habit.contraindications.length === 0)).toBe(true);
    });

    it('moves the health track on done and partial only when enrolled in the health program', async () => {
      // A profile written before choosing an archetype enrolled (an older install): not in the program.
      const outsider = await newUser();
      await app.stores.health.saveProfile(
        outsider.id,
        { archetype: 'foundation_builder', startedOn: '2026-03-02', schedule: null },
        NOON_MOSCOW,
      );
      await app.health.setSchedule(outsider.id, MOSCOW);
      const [task] = (await app.health.today(outsider.id, { now: NOON_MOSCOW })).tasks;
      const result = await app.health.markTask(outsider.id, task!.task_id, 'done', { source: 'api', now: NOON_MOSCOW });
      expect(result.track).toBeNull();

      const member = await readyUser();
      await app.tracks.enroll(member.id, 'health');
      const [first, second] = (await app.health.today(member.id, { now: NOON_MOSCOW })).tasks;
      const done = await app.health.markTask(member.id, first!.task_id, 'done', { source: 'api', now: NOON_MOSCOW });
      expect(done.track?.programId).toBe('health');
      expect(done.track?.changes.map((change) => change.track)).toContain(first!.category);
      const repeat = await app.health.markTask(member.id, first!.task_id, 'done', { source: 'api', now: NOON_MOSCOW });
      expect(repeat.track?.duplicate).toBe(true);
      const skipped = await app.health.markTask(member.id, second!.task_id, 'skipped', {
        source: 'api',
        now: NOON_MOSCOW,
      });
      expect(skipped.track).toBeNull();
    });

    it('credits a task once in full: partly then done adds the other half, done then partly adds nothing', async () => {
      const member = await readyUser();
      await app.tracks.enroll(member.id, 'health');
      const [first, second] = (await app.health.today(member.id, { now: NOON_MOSCOW })).tasks;
      const mark = (taskId: string, outcome: 'done' | 'partial') =>
        app.health.markTask(member.id, taskId, outcome, { source: 'api', now: NOON_MOSCOW });
      const gain = (result: Awaited<ReturnType<typeof mark>>, track: string) =>
        result.track?.changes.find((change) => change.track === track)?.delta ?? 0;
      const partly = await mark(first!.task_id, 'partial');
      const rest = await mark(first!.task_id, 'done');
      const doneAlone = await mark(second!.task_id, 'done');
      expect(gain(partly, first!.category)).toBeGreaterThan(0);
      expect(gain(rest, first!.category)).toBeGreaterThan(0);
      const loaded = loadProgramPacks();
      if (!loaded.ok) throw new Error('the program packs do not load');
      const health = loaded.programs.find((program) => program.id === 'health')!;
      const done = health.actions.find((action) => action.id === `habit_${first!.category}`)!;
      expect(gain(partly, first!.category) + gain(rest, first!.category)).toBeLessThanOrEqual(done.impacts[0]!.delta);
      expect(doneAlone.track).not.toBeNull();
      const downgrade = await mark(second!.task_id, 'partial');
      expect(downgrade.track).toBeNull();
    });

    it('finds the digests due after the wake time in each zone, once a day', async () => {
      const user = await readyUser('connected_explorer', { timeZone: 'Europe/Moscow', wake: '07:00', sleep: '23:00' });
      await app.health.setDigest(user.id, true);
      const dueFor = async (now: Date) =>
        (await app.health.dueDigests(now)).filter((digest) => digest.userId === user.id);
      expect(await dueFor(new Date('2026-03-02T03:30:00Z'))).toEqual([]); // 06:30 in Moscow
      expect(await dueFor(new Date('2026-03-02T04:10:00Z'))).toEqual([{ userId: user.id, date: '2026-03-02' }]);
      await app.health.markDigestSent(user.id, '2026-03-02');
      expect(await dueFor(new Date('2026-03-02T15:00:00Z'))).toEqual([]);
      expect(await dueFor(new Date('2026-03-03T04:10:00Z'))).toEqual([{ userId: user.id, date: '2026-03-03' }]);
      await app.health.setDigest(user.id, false);
      expect(await dueFor(new Date('2026-03-04T04:10:00Z'))).toEqual([]);
    });

    it('suggests an archetype from the quiz without choosing it', async () => {
      const user = await newUser();
      const { questions } = app.health.quiz('ru');
      expect(questions.length).toBeGreaterThanOrEqual(6);
      const answers = Object.fromEntries(questions.map((question) => [question.id, question.choices[0]!.id]));
      const suggestion = await app.health.submitQuiz(user.id, answers, 'ru');
      expect(suggestion.because.length).toBeGreaterThan(0);
      expect(suggestion.name).toMatch(/\p{Script=Cyrillic}/u);
      const profile = await app.health.profile(user.id);
      expect(profile.archetype).toBeNull();
      expect(profile.quizAnswers).toEqual(answers);
      const partial = Object.fromEntries(Object.entries(answers).slice(1));
      expect(await refusal(app.health.submitQuiz(user.id, partial))).toMatchObject({
        message: `answers.${questions[0]!.id}: is required`,
      });
    });

    it('reports weeks in the system and the ladder of levels with their habits', async () => {
      const user = await readyUser('systematic_improver');
      await app.health.today(user.id, { now: NOON_MOSCOW });
      const start = await app.health.progression(user.id, { now: NOON_MOSCOW });
      expect(start.weeks_in_system).toBe(0);
      expect(start.levels.length).toBeGreaterThanOrEqual(3);
      expect(start.levels.filter((level) => level.current)).toHaveLength(1);
      expect(start.levels[0]!.unlocked_habits.length).toBeGreaterThan(0);
      expect(start.next_recommended_skills.length).toBeGreaterThan(0);
      const later = await app.health.progression(user.id, { now: new Date('2026-03-17T09:00:00Z') });
      expect(later.weeks_in_system).toBe(2);
    });
  });
}
