import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotHarness, type BotHarness } from '../factories/telegram.js';
import { person } from './talk.js';

describe('the bot’s /web, /export and /forget_me', () => {
  let harness: BotHarness;
  beforeAll(async () => {
    harness = await startBotHarness();
  }, 120_000);
  afterAll(() => harness?.dispose());

  it('gives a one-time sign-in link to the dashboard as a button, valid for 10 minutes', async () => {
    const ann = person(harness.fake, { id: 3101, first_name: 'Ann', language_code: 'en' });
    const [reply] = await ann.say('/web');
    expect(reply).toMatch(/works for 10 minutes/);
    const button = ann.lastMarkup()!.inline_keyboard.flat()[0] as unknown as { text: string; url: string };
    expect(button.text).toBe('Open the dashboard');
    expect(button.url).toMatch(/^http:\/\/127\.0\.0\.1:3000\/auth\/link\/[\w-]{43}$/);
    const code = button.url.split('/').at(-1)!;
    const grant = await harness.app.signIn.redeemLink(code);
    expect(grant?.userId).toBeTruthy();
    expect(await harness.app.signIn.redeemLink(code)).toBeUndefined();
  });

  it('tells a person whose export is still being prepared to try again, sending nothing more', async () => {
    const pia = person(harness.fake, { id: 3103, first_name: 'Pia', language_code: 'en' });
    await pia.say('/start');
    const user = await harness.app.goals.ensureUser({ provider: 'telegram', subject: '3103', locale: 'en' });
    let release!: () => void;
    const running = harness.app.gates.exports.run(user.id, () => new Promise<void>((resolve) => (release = resolve)));
    const before = harness.fake.sent.length;
    const [reply] = await pia.say('/export');
    expect(reply).toBe('Your last request of this kind is still being prepared. Try again in a few seconds.');
    expect(harness.fake.sent.slice(before).filter((message) => message.document)).toEqual([]);
    release();
    await running;
  });

  it('sends everything kept about the person as a JSON file and a readable page', async () => {
    const olga = person(harness.fake, { id: 3102, first_name: 'Ольга', language_code: 'ru' });
    await olga.say('/start');
    const user = await harness.app.goals.ensureUser({ provider: 'telegram', subject: '3102', locale: 'ru' });
    await harness.app.goals.createGoal(user.id, { title: 'Выучить испанский' });
    const before = harness.fake.sent.length;
    await olga.say('/export', 2).catch((error) => {
      throw new Error(`${error}\n${olga.all().join('\n---\n')}`);
    });
    const files = harness.fake.sent.slice(before).filter((message) => message.document);
    expect(files.map((message) => message.document!.name)).toEqual([
      expect.stringMatching(/^stepwise-\d{4}-\d{2}-\d{2}\.json$/),
      expect.stringMatching(/^stepwise-\d{4}-\d{2}-\d{2}\.md$/),
    ]);
    const exported = JSON.parse(files[0]!.document!.bytes.toString('utf8'));
    expect(exported.format).toBe('stepwise-export');
    expect(exported.tables.goals.map((goal: { title: string }) => goal.title)).toEqual(['Выучить испанский']);
    expect(files[0]!.text).toMatch(/JSON/);
    expect(files[1]!.document!.bytes.toString('utf8')).toContain('### Выучить испанский');
  });

  it('names what will go, erases only on "yes", and keeps everything on "no"', async () => {
    const sam = person(harness.fake, { id: 3103, first_name: 'Sam', language_code: 'en' });
    await sam.say('/start');
    const user = await harness.app.goals.ensureUser({ provider: 'telegram', subject: '3103', locale: 'en' });
    await harness.app.goals.createGoal(user.id, { title: 'Run a 5k' });
    const [ask] = await sam.say('/forget_me');
    expect(ask).toMatch(/goals: 1/);
    expect(ask).toMatch(/send \/export first/);
    const [kept] = await sam.press('forget:no');
    expect(kept).toBe('Nothing was erased.');
    expect((await harness.app.dataRights.inventory(user.id)).goals).toBe(1);

    await sam.say('/forget_me');
    const [done] = await sam.press('forget:yes');
    expect(done).toMatch(/everything about you is erased/);
    const counts = await harness.app.dataRights.inventory(user.id);
    expect(Object.values(counts).every((count) => count === 0)).toBe(true);
  });
});
