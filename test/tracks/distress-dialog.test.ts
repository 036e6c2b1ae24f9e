import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInput, type Reply } from '../../src/interfaces/chat/reply.js';
import { createTestApp, type TestApp } from '../factories/app.js';

/**
 * Free text in the recovery program, read for what it plainly says: fear and panic are never answered with small
 * talk, pain gets a human word before any form, and a goal of one's own is offered as a goal.
 */
describe('distress, pain and a goal of one’s own in the recovery program', () => {
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

  it.each([
    ['en', 'I want to learn to swim', 'Learn to swim', /Add a little context/],
    ['ru', 'хочу начать бегать по утрам', 'Начать бегать по утрам', /Добавь немного контекста/],
  ] as const)(
    '%s: «%s» is offered as a goal, and the tap starts that goal, not the program’s menu',
    async (locale, message, title, askDescription) => {
      const parent = talker(`own-goal-${locale}`, locale);
      await parent.say('/recovery');
      await parent.tap('primary:negotiation');
      const offer = await parent.say(message);
      expect(text(offer)).toContain(`«${title}»`);
      const data = buttons(offer).map((button) => button.data);
      expect(data[0]).toBe('cmd:newgoal');
      expect(data).not.toContain('ex:court_document_review');
      expect(text(await parent.tap('cmd:newgoal'))).toMatch(askDescription);
      const created = await parent.say('/skip');
      expect(text(created)).toContain(`«${title}»`);
      expect(text(created)).toMatch(/👣/);
    },
  );

  it('a goal typed in other words than "yes" lets the offer lapse, and the words are read as usual', async () => {
    const parent = talker('own-goal-lapse', 'en');
    await parent.say('/recovery');
    await parent.say('I want to run a marathon');
    expect(text(await parent.say('thank you so much'))).toMatch(/welcome/);
    // The offer lapsed: /newgoal now asks for a title instead of taking the marathon.
    expect(text(await parent.say('/newgoal'))).toMatch(/^What is your goal\?/);
  });

  it('offers a goal of one’s own to someone in no program too, and "yes" takes it', async () => {
    const person = talker('own-goal-plain', 'ru');
    const offer = await person.say('Я хочу научиться играть на гитаре');
    expect(text(offer)).toContain('«Научиться играть на гитаре»');
    expect(text(await person.say('да'))).toMatch(/Добавь немного контекста/);
  });

  it.each([
    ['en', "my daughter wouldn't look at me at the handover, it hurts", /^I’m so sorry — that really hurts/],
    ['ru', 'дочь не посмотрела на меня при передаче, мне больно', /^Мне очень жаль — это правда больно/],
    ['en', 'my son said he hates me and it hurts so much', /^I’m so sorry — that really hurts/],
  ] as const)(
    '%s: pain with the child, «%s», is met with a human sentence before any form or menu',
    async (locale, message, acknowledgement) => {
      const parent = talker(`pain-${message.length}-${locale}`, locale);
      await parent.say('/recovery');
      await parent.tap('primary:child_connection');
      const reply = await parent.say(message);
      expect(reply[0]!.text).toMatch(acknowledgement);
      expect(reply[0]!.buttons).toBeUndefined();
      // Nothing starts unasked after it: no scale question, only offers.
      expect(text(reply)).not.toMatch(/\(1\/\d+\)/);
      expect(reply.length).toBeGreaterThan(1);
    },
  );
});
