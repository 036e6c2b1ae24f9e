import { parseInput, type ChatInput, type Reply } from '../../src/interfaces/chat/reply.js';
import type { App } from '../../src/main/app.js';

/** People chatting with one app's dialog, as the bot and the terminal would feed it. */
export function chatWith(app: () => App) {
  let count = 0;
  const talker = (locale: 'en' | 'ru' = 'en', subject = `chat${process.pid}-${++count}`) => {
    const send = async (input: ChatInput): Promise<Reply[]> => {
      const user = await app().goals.ensureUser({ provider: 'test', subject, locale });
      return app().dialog.handle(await app().goals.user(user.id), 'telegram', input);
    };
    return {
      say: (line: string) => send(parseInput(line)),
      tap: (data: string) => send({ kind: 'button', data }),
    };
  };
  const newGoal = async (person: ReturnType<typeof talker>, title: string) => {
    await person.say(`/newgoal ${title}`);
    return person.say('/skip');
  };
  return { talker, newGoal };
}

export const buttons = (replies: Reply[]) => replies.flatMap((reply) => reply.buttons ?? []).flat();
export const data = (replies: Reply[]) => buttons(replies).map((button) => button.data);
export const text = (replies: Reply[]) => replies.map((reply) => reply.text).join('\n---\n');
