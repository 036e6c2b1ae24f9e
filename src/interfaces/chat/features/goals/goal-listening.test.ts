import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../../test/factories/app.js';
import type { Locale } from '../../../../core/goals/model.js';
import { type ChatInput, parseInput, type Reply } from '../../reply.js';

/**
 * What the person says in the chat reaches the coach as it does through the API: a reason given with /rephrase rules
 * out what it names for every later step, and an answer typed instead of a button shapes the step that follows.
 */
describe('the chat: a typed answer and a rephrase reason change the next steps', () => {
  let app: TestApp | undefined;
  let people = 0;
  afterEach(async () => {
    await app?.close();
    await app?.testDb.dispose();
    app = undefined;
  });

  /** A new person in the chat, in `locale`: `say` a line, `tap` a button's data; both return the replies. */
  const person = async (locale: Locale) => {
    app ??= await createTestApp();
    const started = app;
    const user = await started.goals.ensureUser({ provider: 'test', subject: `p${++people}`, locale });
    const handle = async (input: ChatInput) => started.dialog.handle(await started.goals.user(user.id), 'test', input);
    return { say: (line: string) => handle(parseInput(line)), tap: (data: string) => handle({ kind: 'button', data }) };
  };
  const last = (replies: Reply[]) => replies.at(-1)?.text ?? '';

  it.each<[Locale, string, string, RegExp]>([
    ['en', 'Learn to swim', 'There is no pool anywhere near me', /\bpools?\b/i],
    ['ru', 'Научиться плавать', 'Рядом нет бассейна', /бассейн/i],
  ])(
    '%s: a reason that names a missing thing keeps it out of the next four steps',
    async (locale, title, why, thing) => {
      /** The step /rephrase gives for `reason`, then the next three, each done. */
      const walk = async (reason: string) => {
        const { say, tap } = await person(locale);
        await say('/newgoal');
        await say(title);
        let replies = await say('/skip');
        // The coach may ask first (a level or a situation): the first button answers it, as a person tapping would.
        for (let asked = 0; last(replies).startsWith('❓') && asked < 3; asked++)
          replies = await tap(replies.at(-1)!.buttons!.flat()[0]!.data);
        expect(last(replies)).toMatch(/^👣 /);
        await say('/rephrase');
        const texts = [last(await say(reason))];
        for (let at = 0; at < 3; at++) {
          await say('/done');
          texts.push(last(await say('/next')));
        }
        for (const text of texts) expect(text).toMatch(/^👣 /);
        return texts;
      };
      expect((await walk('something else please')).join('\n')).toMatch(thing);
      expect((await walk(why)).filter((text) => thing.test(text))).toEqual([]);
    },
  );

  it.each<[Locale, string, string, string]>([
    ['en', 'Be better', 'I would stop snapping at my kids in the evening', 'I would get up without dreading work'],
    ['ru', 'Стать лучше', 'Я бы перестала срываться на детей по вечерам', 'Я бы вставал без ужаса перед работой'],
  ])('%s: an answer typed to the question is quoted in the step it brings', async (locale, title, one, two) => {
    const firstStep = async (answer: string) => {
      const { say } = await person(locale);
      await say('/newgoal');
      await say(title);
      expect(last(await say('/skip'))).toMatch(/^❓ /);
      return last(await say(answer));
    };
    const [first, second] = [await firstStep(one), await firstStep(two)];
    expect(first).toMatch(/^👣 /);
    expect(first).toContain(one);
    expect(second).toContain(two);
  });
});
