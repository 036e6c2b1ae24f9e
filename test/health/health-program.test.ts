import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProgramPacks } from '../../src/content/load-program-pack.js';
import type { User } from '../../src/core/goals/model.js';
import { type ChatInput, parseInput, type Reply } from '../../src/interfaces/chat/reply.js';
import { type ApiHarness, startApi } from '../http/api-harness.js';
import { DIALECTS } from '../factories/databases.js';

const text = (replies: Reply[]) => replies.map((reply) => reply.text).join('\n---\n');
const data = (replies: Reply[]) =>
  replies
    .flatMap((reply) => reply.buttons ?? [])
    .flat()
    .map((button) => button.data);

/** Words only the recovery program says (its tracks, its help for parents). */
const RECOVERY_WORDS = /Self Work|Child Connection|Negotiation|recovery journey|Работа над собой|Связь с ребёнком/;

describe('the health program is a second program on the track engine', () => {
  it('loads beside recovery, recovery listed first, with plan-task actions and no intents', () => {
    const loaded = loadProgramPacks();
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    expect(loaded.programs.map((program) => program.id)).toEqual(['recovery', 'health']);
    const health = loaded.programs[1]!;
    expect(health.tracks.map((track) => track.id)).toEqual([
      'movement',
      'nutrition',
      'mindfulness',
      'sleep_recovery',
      'social',
      'cognitive',
    ]);
    expect(health.intents).toEqual([]);
    expect(health.actions.every((action) => action.planTask && !action.selfReport)).toBe(true);
    for (const track of health.tracks) {
      expect(health.actions.map((action) => action.id)).toEqual(
        expect.arrayContaining([`habit_${track.id}`, `habit_${track.id}_partial`]),
      );
      const full = health.actions.find((action) => action.id === `habit_${track.id}`)!;
      const part = health.actions.find((action) => action.id === `habit_${track.id}_partial`)!;
      expect(full.impacts[0]).toMatchObject({ track: track.id });
      expect(part.impacts[0]!.delta).toBe(Math.round(full.impacts[0]!.delta / 2));
    }
  });
});

describe.each(DIALECTS)('a person in both programs, or only in health (%s)', (dialect) => {
  let api: ApiHarness;
  let subject = 0;
  beforeAll(async () => {
    api = await startApi(dialect);
  }, 180_000);
  afterAll(() => api?.dispose());

  const person = async (locale: 'en' | 'ru', programs: readonly string[]) => {
    const user = await api.user(7_100_000 + ++subject, locale);
    // In this order on purpose: joining health first must not make it the default program.
    for (const program of programs) await api.app.tracks.enroll(user.id, program);
    return user;
  };
  const send = async (user: User, input: ChatInput) =>
    api.app.dialog.handle(await api.app.goals.user(user.id), 'telegram', input);
  const say = (user: User, line: string) => send(user, parseInput(line));

  it('keeps recovery’s intent routing unchanged for someone who joined health first', async () => {
    const both = await person('en', ['health', 'recovery']);
    const recoveryOnly = await person('en', ['recovery']);
    for (const message of [
      'I want to write a letter to my son',
      'the court sent me papers and I need to understand them',
      'hello',
      'I feel anxious today',
    ]) {
      const mine = await api.app.tracks.routeMessage(both.id, message);
      const theirs = await api.app.tracks.routeMessage(recoveryOnly.id, message);
      expect(mine?.program.id).toBe('recovery');
      expect(mine?.decision).toEqual(theirs?.decision);
      expect(text(await say(both, message))).toBe(text(await say(recoveryOnly, message)));
    }
  });

  it('moves health tracks with health actions and leaves recovery’s tracks alone', async () => {
    const both = await person('en', ['health', 'recovery']);
    const moved = await api.app.tracks.recordAction(both.id, {
      actionType: 'habit_movement',
      source: 'api',
      sourceId: '2026-03-01:brisk_walk',
    });
    expect(moved.programId).toBe('health');
    expect(moved.changes.map((change) => [change.track, change.oldPct, change.newPct])).toEqual([
      ['movement', 0, 4],
      ['sleep_recovery', 0, 1],
    ]);
    expect(moved.milestones.map((milestone) => milestone.id)).toContain('movement_first_habit');
    const recovery = await api.app.tracks.progress(both.id);
    expect(recovery.program).toBe('recovery');
    expect(Object.values(recovery.tracks).every((track) => track.completion_percentage === 0)).toBe(true);
    const health = await api.app.tracks.progress(both.id, { programId: 'health' });
    expect(health.tracks.movement!.completion_percentage).toBe(4);
  });

  it('shows each program in /progress, recovery first, and both programs’ tracks in /switch_track', async () => {
    const both = await person('en', ['health', 'recovery']);
    const progress = await say(both, '/progress');
    expect(progress).toHaveLength(2);
    expect(progress[0]!.text).toMatch(/^Recovery: four paths forward\n\n🧠 Self Work/);
    expect(progress[1]!.text).toMatch(/^Health: habits that grow with you\n\n🏃 Movement/);
    // Every next action of health opens today's plan, through one button.
    expect(data([progress[1]!]).filter((button) => button === 'cmd:today')).toHaveLength(1);
    expect(data([progress[1]!])).not.toContain('cmd:exercise');
    // 👍 under health's focus track is recorded for the health program.
    const helpful = data([progress[1]!]).find((button) => button.startsWith('fb:y'))!;
    expect(text(await send(both, { kind: 'button', data: helpful }))).toBe('Thanks — noted.');
    const switching = await say(both, '/switch_track');
    expect(data(switching)).toEqual(expect.arrayContaining(['primary:self_work', 'primary:movement']));
    const chosen = await send(both, { kind: 'button', data: 'primary:nutrition' });
    expect(text(chosen)).toContain('⭐ Your focus is now Nutrition');
    expect((await api.app.tracks.progress(both.id)).primary_track).toBe('self_work');
  });

  it('never gives someone only in health the recovery program’s words', async () => {
    const ann = await person('en', ['health']);
    const vera = await person('ru', ['health']);
    for (const [user, lines] of [
      [ann, ['hello', 'I want to write a letter to my son', '/progress', '/log', '/exercise']],
      [vera, ['привет', 'хочу написать письмо сыну', '/progress', '/log']],
    ] as const) {
      expect(await api.app.tracks.routeMessage(user.id, lines[1])).toBeUndefined();
      for (const line of lines) expect(text(await say(user, line))).not.toMatch(RECOVERY_WORDS);
    }
    const [progress] = await say(vera, '/progress');
    expect(progress!.text).toContain('🏃 Движение');
    expect(text(await say(ann, '/log'))).toContain('today’s plan');
    expect(text(await say(ann, '/log habit_movement'))).toContain('today’s plan');
  });

  it('serves health progress over the API and refuses a habit posted by hand', async () => {
    const ann = await person('en', ['recovery', 'health']);
    const progress = await api.call('GET', '/api/tracks/progress?program=health', ann);
    expect(progress.status).toBe(200);
    expect(progress.body.program).toBe('health');
    expect(progress.body.tracks.movement.next_action.how).toEqual({ kind: 'plan' });
    expect((await api.call('GET', '/api/tracks/progress', ann)).body.program).toBe('recovery');
    const posted = await api.call('POST', '/api/tracks/actions', ann, { action_type: 'habit_movement' });
    expect(posted.status).toBe(400);
    expect(posted.body.message).toContain('today');
  });
});
