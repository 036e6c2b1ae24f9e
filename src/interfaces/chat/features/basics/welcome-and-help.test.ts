import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../../test/factories/app.js';
import { parseInput, type ChatInput, type Reply } from '../../reply.js';

const PROGRAM_COMMANDS = ['/recovery', '/progress', '/switch_track', '/exercise', '/resume', '/log', '/entries'];

/** Sentences of a pitch: ends of sentences followed by a space or the end. */
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter(Boolean);

describe('/start and /help follow the track-system flag', () => {
  let on: TestApp;
  let off: TestApp;
  // The first app of a file trains the crisis check and the intent router: slow on a busy machine.
  beforeAll(async () => {
    on = await createTestApp();
    off = await createTestApp('sqlite', { MULTI_TRACK_SYSTEM_ENABLED: 'false' });
  }, 180_000);
  afterAll(async () => {
    await on?.dispose();
    await off?.dispose();
  });

  const send = async (app: TestApp, subject: string, locale: 'en' | 'ru', input: ChatInput): Promise<Reply[]> => {
    const user = await app.goals.ensureUser({ provider: 'test', subject, locale, displayName: 'Sam' });
    return app.dialog.handle(user, 'telegram', input);
  };
  const say = (app: TestApp, subject: string, locale: 'en' | 'ru', line: string) =>
    send(app, subject, locale, parseInput(line));
  const data = (reply: Reply) => (reply.buttons ?? []).flat().map((button) => button.data);

  for (const locale of ['en', 'ru'] as const) {
    it(`${locale}: /help lists only what the person can use`, async () => {
      const [withTracks] = await say(on, `help-on-${locale}`, locale, '/help');
      const [without] = await say(off, `help-off-${locale}`, locale, '/help');
      for (const command of PROGRAM_COMMANDS) {
        expect(withTracks!.text).toContain(`${command} — `);
        expect(without!.text).not.toContain(`${command} — `);
      }
      for (const command of ['/newgoal', '/done', '/language', '/sos', '/cancel', '/help'])
        expect(without!.text).toContain(`${command} — `);
      expect(without!.text).not.toMatch(/Recovery program|Программа восстановления/);
    });

    it(`${locale}: /start offers the goals coach and, where the flag allows, the recovery and health programs`, async () => {
      const [welcome] = await say(on, `start-on-${locale}`, locale, '/start');
      const paragraphs = welcome!.text.split('\n\n');
      expect(paragraphs).toHaveLength(5);
      expect(paragraphs[0]).toContain(locale === 'en' ? 'Hi, Sam!' : 'Привет, Sam!');
      expect(paragraphs[1]).toMatch(/^🎯 /);
      expect(paragraphs[2]).toMatch(/^🌱 /);
      expect(sentences(paragraphs[1]!)).toHaveLength(2);
      expect(paragraphs[3]).toMatch(/^🌿 /);
      expect(sentences(paragraphs[2]!)).toHaveLength(2);
      expect(sentences(paragraphs[3]!)).toHaveLength(2);
      expect(data(welcome!)).toEqual(['cmd:goals', 'cmd:newgoal', 'cmd:recovery', 'cmd:health']);
      const joined = await send(on, `start-on-${locale}`, locale, { kind: 'button', data: 'cmd:recovery' });
      expect(joined.map((reply) => reply.text).join('\n')).toContain(locale === 'en' ? 'Self Work' : '🧠');

      const [plain] = await say(off, `start-off-${locale}`, locale, '/start');
      expect(plain!.text.split('\n\n')).toEqual([paragraphs[0], paragraphs[1], paragraphs[4]]);
      expect(data(plain!)).toEqual(['cmd:goals', 'cmd:newgoal']);
    });
  }
});
