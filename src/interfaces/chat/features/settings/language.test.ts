import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../../test/factories/app.js';
import { parseInput, type ChatInput, type Reply } from '../../reply.js';

describe('/language asks before switching', () => {
  let app: TestApp;
  // The first app of a file trains the crisis check and the intent router: slow on a busy machine.
  beforeAll(async () => {
    app = await createTestApp();
  }, 120_000);
  afterAll(() => app?.dispose());

  const person = async (subject: string, locale: 'en' | 'ru') => {
    const { id } = await app.goals.ensureUser({ provider: 'test', subject, locale });
    const send = async (input: ChatInput): Promise<Reply[]> =>
      app.dialog.handle(await app.goals.user(id), 'telegram', input);
    return {
      say: (line: string) => send(parseInput(line)),
      tap: (data: string) => send({ kind: 'button', data }),
      locale: async () => (await app.goals.user(id)).locale,
    };
  };
  const buttons = (reply: Reply) => (reply.buttons ?? []).flat().map(({ label, data }) => `${label} → ${data}`);

  it('en: asks "Switch to Русский?", keeps English on No, switches on Yes', async () => {
    const ann = await person('lang-ann', 'en');
    const [ask] = await ann.say('/language');
    expect(ask!.text).toBe('Switch to Русский?');
    expect(buttons(ask!)).toEqual(['✅ Yes, Русский → lang:ru', 'No, keep English → lang:keep']);
    expect(await ann.locale()).toBe('en');
    expect((await ann.tap('lang:keep'))[0]!.text).toBe('OK, staying with English.');
    expect(await ann.locale()).toBe('en');
    await ann.say('/language');
    expect((await ann.tap('lang:ru'))[0]!.text).toBe('Язык: русский.');
    expect(await ann.locale()).toBe('ru');
    // The terminal types what the Yes button does.
    expect(app.dialog.typedFor('lang:ru')).toBe('/language ru');
  });

  it('ru: asks "Переключиться на English?"; a named language switches at once', async () => {
    const ivan = await person('lang-ivan', 'ru');
    const [ask] = await ivan.say('/language');
    expect(ask!.text).toBe('Переключиться на English?');
    expect(buttons(ask!)).toEqual(['✅ Да, English → lang:en', 'Нет, оставить русский → lang:keep']);
    expect((await ivan.tap('lang:keep'))[0]!.text).toBe('Хорошо, остаёмся на русском.');
    expect(await ivan.locale()).toBe('ru');
    expect((await ivan.say('/language en'))[0]!.text).toBe('Language: English.');
    expect(await ivan.locale()).toBe('en');
  });
});
