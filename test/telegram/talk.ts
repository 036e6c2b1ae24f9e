import type { FakeTelegram } from '../factories/telegram.js';

export interface TgUser {
  id: number;
  first_name: string;
  language_code?: string;
}

/** A person chatting with the bot through the fake Bot API; each call waits for `replies` messages. */
export function person(fake: FakeTelegram, user: TgUser) {
  const received = () => fake.messagesTo(user.id).length;
  const expect = async (action: () => unknown, replies: number) => {
    const before = received();
    await action();
    const all = await fake.waitForMessages(user.id, before + replies);
    return all.slice(before);
  };
  return {
    user,
    say: (text: string, replies = 1) => expect(() => fake.sendText(user, text), replies),
    press: (data: string, replies = 1) => expect(() => fake.pressButton(user, data), replies),
    /** Everything sent to this person's chat so far. */
    all: () => fake.messagesTo(user.id),
    lastMarkup: () =>
      fake.sent.filter((sentMessage) => sentMessage.chatId === user.id).at(-1)?.replyMarkup as
        { inline_keyboard: { text: string; callback_data: string }[][] } | undefined,
  };
}
