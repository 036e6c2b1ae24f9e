import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInput, type ChatInput, type Reply } from '../../src/interfaces/chat/reply.js';
import { createTestApp, type TestApp } from '../factories/app.js';

/** The recovery program in chat, as a parent would meet it (the bot and the terminal share this dialog). */
describe('the recovery program in the chat dialog', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app?.dispose());

  const talker = (subject: string, locale: 'en' | 'ru' = 'en') => {
    const send = async (input: ChatInput): Promise<Reply[]> => {
      const user = await app.goals.ensureUser({ provider: 'test', subject, locale });
      return app.dialog.handle(await app.goals.user(user.id), 'telegram', input);
    };
    return {
      say: (line: string) => send(parseInput(line)),
      tap: (data: string) => send({ kind: 'button', data }),
      userId: async () => (await app.goals.ensureUser({ provider: 'test', subject, locale })).id,
    };
  };
  const buttons = (replies: Reply[]) => replies.flatMap((reply) => reply.buttons ?? []).flat();
  const text = (replies: Reply[]) => replies.map((reply) => reply.text).join('\n---\n');

  it('onboards: explains the four tracks, asks which matters most, shows the plan for the chosen one', async () => {
    const parent = talker('olga');
    const intro = await parent.say('/recovery');
    expect(text(intro)).toContain('Self Work');
    expect(text(intro)).toContain('Community');
    expect(buttons(intro).map((button) => button.data)).toEqual([
      'primary:self_work',
      'primary:child_connection',
      'primary:negotiation',
      'primary:community',
    ]);
    const chosen = await parent.tap('primary:self_work');
    expect(chosen[0]!.text).toContain('Self Work');
    expect(chosen[1]!.text).toMatch(/\(0% → 25%\)/);
    expect(buttons(chosen).some((button) => button.data === 'ex:emotional_checkin')).toBe(true);
  });

  it('runs an emotional check-in: scales by button, words by text, an optional question skipped; progress and a milestone follow', async () => {
    const parent = talker('olga');
    const start = await parent.tap('ex:emotional_checkin');
    expect(start[0]!.text).toMatch(/^🧩 /);
    expect(buttons(start).map((button) => button.data)).toContain('ans:7');
    let replies = start;
    for (let i = 0; i < 10; i += 1) {
      const last = replies[replies.length - 1]!;
      if (last.text.startsWith('✅')) break;
      const scale = (last.buttons ?? []).flat().find((button) => button.data.startsWith('ans:'));
      if (scale) replies = await parent.tap(scale.data);
      else if (last.text.includes('/skip')) replies = await parent.say('/skip');
      else replies = await parent.say('tired, hopeful, sad');
    }
    const done = text(replies);
    expect(done).toContain('Self Work: 0% → 10%');
    expect(done).toContain('🏆');
    const progress = text(await parent.say('/progress'));
    expect(progress).toContain('🧠 Self Work: █░░░░░░░░░ 10%\n   Next: ');
    expect(progress).toContain('⭐ Your focus: 🧠 Self Work');
    expect(progress).toContain('👨‍👦 Child Connection: ░░░░░░░░░░ 0%');
    expect(progress).toMatch(/Next: /);
  });

  it('rejects an answer out of range, keeps the exercise through other commands, and cancels cleanly', async () => {
    const parent = talker('ivan');
    await parent.say('/recovery');
    await parent.tap('ex:emotional_checkin');
    const wrong = await parent.say('42');
    expect(wrong[0]!.text).toContain('doesn’t fit');
    const meanwhile = await parent.say('/progress');
    expect(meanwhile[meanwhile.length - 1]!.text).toContain('still in');
    expect(text(await parent.say('5'))).toMatch(/\(2\/\d+\)/);
    expect(text(await parent.say('/cancel'))).toContain('Nothing was recorded');
    expect(text(await parent.say('/progress'))).toContain('Self Work: ░░░░░░░░░░ 0%');
  });

  it('routes free text: a quest wish starts the quest builder and explains the cross-track benefit', async () => {
    const parent = talker('max');
    await parent.say('/recovery');
    await parent.tap('primary:self_work');
    const routed = await parent.say('I want to create a quest for my son for his birthday');
    expect(routed[0]!.text).toMatch(/quest/i);
    expect(routed[0]!.text).toContain('Child Connection');
    expect(routed[1]!.text).toMatch(/^\(1\/\d+\)/);
  });

  it('answers a greeting warmly and shows progress when asked in words (Russian)', async () => {
    const parent = talker('anna', 'ru');
    await parent.say('/recovery');
    expect(text(await parent.say('Привет!'))).toContain('Здравствуй');
    expect(text(await parent.say('покажи мой прогресс'))).toContain('░░░░░░░░░░ 0%');
  });

  it('switches the focus track with buttons and keeps progress', async () => {
    const parent = talker('max');
    const ask = await parent.say('/switch_track');
    expect(
      buttons(ask)
        .find((button) => button.data === 'primary:self_work')!
        .label.startsWith('✓'),
    ).toBe(true);
    const switched = await parent.tap('primary:negotiation');
    expect(switched[0]!.text).toContain('Negotiation');
    expect(text(await parent.say('/progress'))).toContain('⭐ Your focus: 🤝 Negotiation');
  });

  it('lets a goal count for a track: each finished step moves it', async () => {
    const parent = talker('lena');
    await parent.say('/recovery');
    await parent.say('/newgoal Go to the gym three times a week');
    await parent.say('/skip');
    const ask = await parent.say('/linktrack');
    expect(buttons(ask).map((button) => button.data)).toContain('goaltrack:self_work');
    expect(text(await parent.tap('goaltrack:self_work'))).toContain('now counts for Self Work');
    const done = text(await parent.say('/done'));
    expect(done).toContain('Self Work: 0% → 3%');
  });

  it('counts something done outside the chat with /log', async () => {
    const parent = talker('sasha');
    await parent.say('/recovery');
    const ask = await parent.say('/log');
    expect(buttons(ask).map((button) => button.data)).toEqual(
      expect.arrayContaining(['act:support_group_attended', 'act:experience_shared']),
    );
    expect(buttons(ask).map((button) => button.data)).not.toContain('act:emotional_checkin');
    const logged = text(await parent.tap('act:support_group_attended'));
    expect(logged).toContain('Community: 0% → 10%');
    expect(logged).toContain('Self Work: 0% → 3%');
  });

  it('keeps the plain goal coach for someone who never joined', async () => {
    const parent = talker('nobody');
    expect(text(await parent.say('/progress'))).toContain('/recovery');
    expect(text(await parent.say('hello there'))).toContain('/help');
  });
});
