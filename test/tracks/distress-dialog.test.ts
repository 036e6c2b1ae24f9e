import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInput, type Reply } from '../../src/interfaces/chat/reply.js';
import { createTestApp, type TestApp } from '../factories/app.js';

/** Fear, panic and overwhelm in the recovery program: never answered with small talk (issue 17, defect 1). */
describe('distress in the recovery program', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app?.dispose());

  const talker = (subject: string, locale: 'en' | 'ru') => {
    const send = async (line: string | { data: string }): Promise<Reply[]> => {
      const user = await app.goals.ensureUser({ provider: 'test', subject, locale });
      const input = typeof line === 'string' ? parseInput(line) : { kind: 'button' as const, data: line.data };
      return app.dialog.handle(await app.goals.user(user.id), 'telegram', input);
    };
    return { say: (line: string) => send(line), tap: (data: string) => send({ data }) };
  };
  const buttons = (replies: Reply[]) => replies.flatMap((reply) => reply.buttons ?? []).flat();
  const text = (replies: Reply[]) => replies.map((reply) => reply.text).join('\n');

  it.each([
    ['ru', 'завтра суд, я в панике', /ступни на пол/, /Пожалуйста/],
    ['ru', 'мне очень страшно, боюсь завтрашнего заседания', /ступни на пол/, /Пожалуйста/],
    ['en', "the hearing is tomorrow and I'm panicking", /feet on the floor/, /welcome/],
    ['en', 'the handover is on saturday and my heart is racing, I am so scared', /feet on the floor/, /welcome/],
  ] as const)(
    '%s: «%s» gets a moment of grounding and a check-in offered',
    async (locale, message, grounding, smallTalk) => {
      const parent = talker(`distress-${message.length}-${locale}`, locale);
      await parent.say('/recovery');
      await parent.tap('primary:negotiation');
      const reply = await parent.say(message);
      expect(text(reply)).toMatch(grounding);
      expect(text(reply)).not.toMatch(smallTalk);
      // Offered, not started: the check-in is one tap away, and help is right there too.
      expect(buttons(reply).map((button) => button.data)).toEqual(['ex:emotional_checkin', 'safety:help:concern']);
      const started = await parent.tap('ex:emotional_checkin');
      expect(text(started)).toMatch(/\(1\/\d+\)/);
    },
  );

  it('still answers a plain thank-you briefly', async () => {
    const parent = talker('distress-thanks', 'en');
    await parent.say('/recovery');
    expect(text(await parent.say('thank you so much'))).toMatch(/welcome/);
  });
});
