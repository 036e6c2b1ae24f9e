import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInput, type ChatInput, type Reply } from '../../src/interfaces/chat/reply.js';
import { createTestApp, type TestApp } from '../factories/app.js';

/** 👍 / 👎 under a shown next action (seed 000's feedback loop), in both languages. */
describe('feedback on next actions in the chat dialog', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app?.dispose());

  const talker = async (subject: string, locale: 'en' | 'ru') => {
    const user = await app.goals.ensureUser({ provider: 'test', subject, locale });
    const send = async (input: ChatInput): Promise<Reply[]> =>
      app.dialog.handle(await app.goals.user(user.id), 'telegram', input);
    return {
      id: user.id,
      say: (line: string) => send(parseInput(line)),
      tap: (data: string) => send({ kind: 'button', data }),
    };
  };
  const buttons = (replies: Reply[]) => replies.flatMap((r) => r.buttons ?? []).flat();
  const feedback = (replies: Reply[]) => buttons(replies).filter((b) => b.data.startsWith('fb:'));

  for (const [locale, words] of [
    ['en', { helpful: '👍 Helpful', not: '👎 Not for me', thanks: 'Thanks — noted.' }],
    ['ru', { helpful: '👍 Полезно', not: '👎 Не то', thanks: 'Спасибо, учту.' }],
  ] as const) {
    it(`${locale}: puts the two buttons under the focus track’s next action only, and keeps the other buttons`, async () => {
      const p = await talker(`fb-${locale}-1`, locale);
      await p.say('/recovery');
      const chosen = await p.tap('primary:self_work');
      expect(feedback(chosen).map((b) => [b.label, b.data])).toEqual([
        [words.helpful, 'fb:yr0:self_work_first_checkin'],
        [words.not, 'fb:nr0:self_work_first_checkin'],
      ]);
      const progress = await p.say('/progress');
      expect(progress[0]!.buttons!.map((row) => row.map((b) => b.data))).toEqual([
        ['ex:emotional_checkin'],
        ['fb:yr0:self_work_first_checkin', 'fb:nr0:self_work_first_checkin'],
        ['cmd:switch_track', 'cmd:exercise'],
      ]);
      for (const b of buttons(progress)) expect(new TextEncoder().encode(b.data).length).toBeLessThanOrEqual(64);
    });

    it(`${locale}: a 👍 tap is recorded once and thanked for briefly`, async () => {
      const p = await talker(`fb-${locale}-2`, locale);
      await p.say('/recovery');
      const [yes] = feedback(await p.tap('primary:child_connection'));
      expect(yes!.data).toMatch(/^fb:yr1:child_connection_/);
      expect(await p.tap(yes!.data)).toEqual([{ text: words.thanks }]);
      await p.tap(yes!.data);
      expect((await app.stores.feedback.list(p.id, 10)).map((f) => [f.track, f.reason, f.helpful])).toEqual([
        ['child_connection', 'rule', true],
      ]);
    });

    it(`${locale}: a 👎 tap is recorded and offers other tracks’ next actions and the exercise list`, async () => {
      const p = await talker(`fb-${locale}-3`, locale);
      await p.say('/recovery');
      await p.tap('primary:self_work');
      const no = feedback(await p.say('/progress')).find((b) => b.data.startsWith('fb:n'))!;
      const replies = await p.tap(no.data);
      expect(replies[0]!.text).toContain(words.thanks);
      const offered = buttons(replies).map((b) => b.data);
      expect(offered).not.toContain('ex:emotional_checkin');
      expect(offered.filter((d) => d.startsWith('ex:')).length).toBeGreaterThan(0);
      expect(offered[offered.length - 1]).toBe('cmd:exercise');
      expect((await app.stores.feedback.list(p.id, 10)).map((f) => [f.suggestionId, f.helpful])).toEqual([
        ['self_work_first_checkin', false],
      ]);
    });
  }

  it('asks for feedback on the next action shown after a finished exercise', async () => {
    const p = await talker('fb-exercise', 'en');
    await p.say('/recovery');
    let replies = await p.tap('ex:letter_to_self');
    for (let i = 0; i < 12 && !replies[replies.length - 1]!.text.startsWith('✅'); i += 1) {
      const last = replies[replies.length - 1]!;
      const choice = (last.buttons ?? []).flat().find((b) => b.data.startsWith('ans:'));
      replies = choice ? await p.tap(choice.data) : await p.say('I am learning to be patient with myself');
    }
    const done = replies[replies.length - 1]!;
    expect(done.text).toContain('Next: ');
    expect(done.buttons!.map((row) => row.map((b) => b.data.slice(0, 6)))).toEqual([
      ['fb:yr0', 'fb:nr0'],
      ['cmd:pr', 'cmd:ex'],
    ]);
  });

  it('answers a stale or malformed feedback button politely, recording nothing', async () => {
    const p = await talker('fb-stale', 'en');
    await p.say('/recovery');
    expect((await p.tap('fb:yr9:self_work_first_checkin'))[0]!.text).not.toContain('Thanks');
    expect(await app.stores.feedback.list(p.id, 10)).toEqual([]);
  });
});
