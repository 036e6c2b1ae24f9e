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
  const buttons = (replies: Reply[]) => replies.flatMap((reply) => reply.buttons ?? []).flat();
  const feedback = (replies: Reply[]) => buttons(replies).filter((button) => button.data.startsWith('fb:'));

  for (const [locale, words] of [
    ['en', { helpful: '👍 Helpful', not: '👎 Not for me', thanks: 'Thanks — noted.' }],
    ['ru', { helpful: '👍 Полезно', not: '👎 Не то', thanks: 'Спасибо, учту.' }],
  ] as const) {
    it(`${locale}: puts the two buttons under the focus track’s next action only, and keeps the other buttons`, async () => {
      const parent = await talker(`fb-${locale}-1`, locale);
      await parent.say('/recovery');
      const chosen = await parent.tap('primary:self_work');
      expect(feedback(chosen).map((button) => [button.label, button.data])).toEqual([
        [words.helpful, 'fb:yr0:self_work_first_checkin'],
        [words.not, 'fb:nr0:self_work_first_checkin'],
      ]);
      const progress = await parent.say('/progress');
      // Every track's next action can be started right there; the focus track's comes first, with feedback.
      expect(progress[0]!.buttons!.map((row) => row.map((button) => button.data))).toEqual([
        ['ex:emotional_checkin'],
        ['fb:yr0:self_work_first_checkin', 'fb:nr0:self_work_first_checkin'],
        ['ex:letter_to_child'],
        ['ex:court_document_review'],
        ['ex:support_group_search'],
        ['cmd:switch_track', 'cmd:exercise'],
      ]);
      for (const button of buttons(progress))
        expect(new TextEncoder().encode(button.data).length).toBeLessThanOrEqual(64);
    });

    it(`${locale}: a 👍 tap is recorded once and thanked for briefly`, async () => {
      const parent = await talker(`fb-${locale}-2`, locale);
      await parent.say('/recovery');
      const [yes] = feedback(await parent.tap('primary:child_connection'));
      expect(yes!.data).toMatch(/^fb:yr1:child_connection_/);
      expect(await parent.tap(yes!.data)).toEqual([{ text: words.thanks }]);
      await parent.tap(yes!.data);
      expect(
        (await app.stores.feedback.list(parent.id, 10)).map((suggestionFeedback) => [
          suggestionFeedback.track,
          suggestionFeedback.reason,
          suggestionFeedback.helpful,
        ]),
      ).toEqual([['child_connection', 'rule', true]]);
    });

    it(`${locale}: a 👎 tap is recorded and offers what the web offers: another idea for that track first, never the same exercise, and the exercise list`, async () => {
      const parent = await talker(`fb-${locale}-3`, locale);
      await parent.say('/recovery');
      await parent.tap('primary:self_work');
      const no = feedback(await parent.say('/progress')).find((button) => button.data.startsWith('fb:n'))!;
      const replies = await parent.tap(no.data);
      expect(replies[0]!.text).toContain(words.thanks);
      const offered = buttons(replies).map((button) => button.data);
      expect(offered).not.toContain('ex:emotional_checkin');
      expect(offered.filter((data) => data.startsWith('ex:')).length).toBeGreaterThan(0);
      expect(offered[offered.length - 1]).toBe('cmd:exercise');
      // The same offer as the web's "Another idea": the track's other fitting actions first, then the other tracks'.
      const { others } = await app.tracks.otherNextActions(parent.id, { track: 'self_work', locale });
      const start = ({ how }: (typeof others)[number]) =>
        how.kind === 'exercise' ? `ex:${how.exercise}` : how.kind === 'plan' ? 'cmd:today' : `act:${how.action_type}`;
      expect(offered.slice(0, -1)).toEqual([...new Set(others.map(start))]);
      expect(others[0]!.track).toBe('self_work');
      expect(
        (await app.stores.feedback.list(parent.id, 10)).map((suggestionFeedback) => [
          suggestionFeedback.suggestionId,
          suggestionFeedback.helpful,
        ]),
      ).toEqual([['self_work_first_checkin', false]]);
    });
  }

  it('asks for feedback on the next action shown after a finished exercise', async () => {
    const parent = await talker('fb-exercise', 'en');
    await parent.say('/recovery');
    let replies = await parent.tap('ex:letter_to_self');
    for (let i = 0; i < 12 && !replies[replies.length - 1]!.text.startsWith('✅'); i += 1) {
      const last = replies[replies.length - 1]!;
      const choice = (last.buttons ?? []).flat().find((button) => button.data.startsWith('ans:'));
      replies = choice ? await parent.tap(choice.data) : await parent.say('I am learning to be patient with myself');
    }
    const done = replies[replies.length - 1]!;
    expect(done.text).toContain('Next: ');
    // The next action can be started right where it is shown, then rated.
    expect(done.buttons!.map((row) => row.map((button) => button.data.slice(0, 6)))).toEqual([
      [expect.stringMatching(/^(ex|act):/)],
      ['fb:yr0', 'fb:nr0'],
      ['cmd:pr', 'cmd:ex'],
    ]);
  });

  it('answers a stale or malformed feedback button politely, recording nothing', async () => {
    const parent = await talker('fb-stale', 'en');
    await parent.say('/recovery');
    expect((await parent.tap('fb:yr9:self_work_first_checkin'))[0]!.text).not.toContain('Thanks');
    expect(await app.stores.feedback.list(parent.id, 10)).toEqual([]);
  });
});
