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
  const buttons = (replies: Reply[]) => replies.flatMap((r) => r.buttons ?? []).flat();
  const text = (replies: Reply[]) => replies.map((r) => r.text).join('\n---\n');

  it('onboards: explains the four tracks, asks which matters most, shows the plan for the chosen one', async () => {
    const p = talker('olga');
    const intro = await p.say('/recovery');
    expect(text(intro)).toContain('Self Work');
    expect(text(intro)).toContain('Community');
    expect(buttons(intro).map((b) => b.data)).toEqual([
      'primary:self_work',
      'primary:child_connection',
      'primary:negotiation',
      'primary:community',
    ]);
    const chosen = await p.tap('primary:self_work');
    expect(chosen[0]!.text).toContain('Self Work');
    expect(chosen[1]!.text).toMatch(/\(0% → 25%\)/);
    expect(buttons(chosen).some((b) => b.data === 'ex:emotional_checkin')).toBe(true);
  });

  it('runs an emotional check-in: scales by button, words by text, an optional question skipped; progress and a milestone follow', async () => {
    const p = talker('olga');
    const start = await p.tap('ex:emotional_checkin');
    expect(start[0]!.text).toMatch(/^🧩 /);
    expect(buttons(start).map((b) => b.data)).toContain('ans:7');
    let replies = start;
    for (let i = 0; i < 10; i += 1) {
      const last = replies[replies.length - 1]!;
      if (last.text.startsWith('✅')) break;
      const scale = (last.buttons ?? []).flat().find((b) => b.data.startsWith('ans:'));
      if (scale) replies = await p.tap(scale.data);
      else if (last.text.includes('/skip')) replies = await p.say('/skip');
      else replies = await p.say('tired, hopeful, sad');
    }
    const done = text(replies);
    expect(done).toContain('Self Work: 0% → 10%');
    expect(done).toContain('🏆');
    const progress = text(await p.say('/progress'));
    expect(progress).toContain('🧠 Self Work: █░░░░░░░░░ 10%\n   Next: ');
    expect(progress).toContain('⭐ Your focus: 🧠 Self Work');
    expect(progress).toContain('👨‍👦 Child Connection: ░░░░░░░░░░ 0%');
    expect(progress).toMatch(/Next: /);
  });

  it('rejects an answer out of range, keeps the exercise through other commands, and cancels cleanly', async () => {
    const p = talker('ivan');
    await p.say('/recovery');
    await p.tap('ex:emotional_checkin');
    const wrong = await p.say('42');
    expect(wrong[0]!.text).toContain('doesn’t fit');
    const meanwhile = await p.say('/progress');
    expect(meanwhile[meanwhile.length - 1]!.text).toContain('still in');
    expect(text(await p.say('5'))).toMatch(/\(2\/\d+\)/);
    expect(text(await p.say('/cancel'))).toContain('Nothing was recorded');
    expect(text(await p.say('/progress'))).toContain('Self Work: ░░░░░░░░░░ 0%');
  });

  it('routes free text: a quest wish starts the quest builder and explains the cross-track benefit', async () => {
    const p = talker('max');
    await p.say('/recovery');
    await p.tap('primary:self_work');
    const routed = await p.say('I want to create a quest for my son for his birthday');
    expect(routed[0]!.text).toMatch(/quest/i);
    expect(routed[0]!.text).toContain('Child Connection');
    expect(routed[1]!.text).toMatch(/^\(1\/\d+\)/);
  });

  it('answers a greeting warmly and shows progress when asked in words (Russian)', async () => {
    const p = talker('anna', 'ru');
    await p.say('/recovery');
    expect(text(await p.say('Привет!'))).toContain('Здравствуй');
    expect(text(await p.say('покажи мой прогресс'))).toContain('░░░░░░░░░░ 0%');
  });

  it('switches the focus track with buttons and keeps progress', async () => {
    const p = talker('max');
    const ask = await p.say('/switch_track');
    expect(
      buttons(ask)
        .find((b) => b.data === 'primary:self_work')!
        .label.startsWith('✓'),
    ).toBe(true);
    const r = await p.tap('primary:negotiation');
    expect(r[0]!.text).toContain('Negotiation');
    expect(text(await p.say('/progress'))).toContain('⭐ Your focus: 🤝 Negotiation');
  });

  it('lets a goal count for a track: each finished step moves it', async () => {
    const p = talker('lena');
    await p.say('/recovery');
    await p.say('/newgoal Run three times a week');
    await p.say('/skip');
    const ask = await p.say('/linktrack');
    expect(buttons(ask).map((b) => b.data)).toContain('goaltrack:self_work');
    expect(text(await p.tap('goaltrack:self_work'))).toContain('now counts for Self Work');
    const done = text(await p.say('/done'));
    expect(done).toContain('Self Work: 0% → 3%');
  });

  it('counts something done outside the chat with /log', async () => {
    const p = talker('sasha');
    await p.say('/recovery');
    const ask = await p.say('/log');
    expect(buttons(ask).map((b) => b.data)).toEqual(
      expect.arrayContaining(['act:support_group_attended', 'act:experience_shared']),
    );
    expect(buttons(ask).map((b) => b.data)).not.toContain('act:emotional_checkin');
    const logged = text(await p.tap('act:support_group_attended'));
    expect(logged).toContain('Community: 0% → 10%');
    expect(logged).toContain('Self Work: 0% → 3%');
  });

  it('keeps the plain goal coach for someone who never joined', async () => {
    const p = talker('nobody');
    expect(text(await p.say('/progress'))).toContain('/recovery');
    expect(text(await p.say('hello there'))).toContain('/help');
  });
});
