import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommand } from '../../src/interfaces/cli/import-command.js';
import { finished, stepwise } from '../e2e/processes.js';
import { createTestApp, type TestApp } from '../factories/app.js';
import { DIALECTS } from '../factories/databases.js';

const FIXTURES = 'test/fixtures/health-imports';

/** The command run against a test app, its output captured. */
async function run(app: TestApp, argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const opened = { users: app.stores.users, biometrics: app.biometrics, close: async () => undefined };
  const code = await importCommand(argv, async () => opened, {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text), isTTY: true },
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe.each(DIALECTS)('stepwise import (%s)', (dialect) => {
  let app: TestApp;
  let telegramId = 887_000;
  beforeAll(async () => {
    app = await createTestApp(dialect);
  }, 180_000);
  afterAll(() => app?.dispose());

  const newUser = () => app.goals.ensureUser({ provider: 'telegram', subject: String(++telegramId), locale: 'en' });

  it('imports a real Apple Health export for a Telegram user and prints what it stored', async () => {
    const user = await newUser();
    // The morning after the export's last night (31 October 2017), so its nights make a baseline.
    app.clock.advance(new Date('2017-11-01T08:00:00Z').getTime() - app.clock.now().getTime());
    const first = await run(app, [`${FIXTURES}/apple-hkimport/export.xml`, '--user', String(telegramId)]);
    expect(first.stderr).toMatch(/reading export\.xml: [\d.]+ \/ [\d.]+ MB \(\d+ %\) · [\d,]+ records/);
    // The line's last state counts every record read, however quickly the file went by.
    expect(first.stderr.split('\r').at(-1)).toMatch(/^reading export\.xml: 3\.7 \/ 3\.7 MB \(100 %\) · 10,939 records/);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Imported export\.xml \(apple_health_xml\)\n/);
    expect(first.stdout).toContain('  records read     10,939\n');
    // ashtom/hkimport's export: 67 nights of sleep.
    expect(first.stdout).toContain('  readings added   67 (0 stored before)\n');
    expect(first.stdout).toMatch(/ {2}skipped {10}.+\n/);
    expect(first.stdout).toMatch(/ {4}sleep_minutes from apple_health: \d+(\.\d)? \((ready|calibrating), \d+ days\)/);
    // Again by the Stepwise user id: nothing new.
    const again = await run(app, [`${FIXTURES}/apple-hkimport/export.xml`, '--user', user.id]);
    expect(again.stdout).toContain('  readings added   0 (67 stored before)\n');
  });

  it('refuses an Oura file over 64 MB before reading it, saying the limit', async () => {
    await newUser();
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-cli-big-'));
    try {
      // 500 MB that take no room: the JSON's start, then a hole the file system fills with zeros.
      const path = join(dir, 'oura.json');
      writeFileSync(path, '{"data":[');
      truncateSync(path, 500 * 1024 * 1024);
      const refused = await run(app, [path, '--user', String(telegramId)]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toBe(
        'Import failed: an Oura export is at most 64 MB; this one is larger. Nothing was stored.\n',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 1 naming the line of a truncated file, and stores nothing', async () => {
    const user = await newUser();
    const broken = await run(app, [`${FIXTURES}/own/broken/export-truncated.xml`, '--user', String(telegramId)]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/Import failed: .*line \d+.*\. Nothing was stored\.\n$/);
    expect(broken.stdout).toBe('');
    expect(await app.biometrics.baselines(user.id)).toEqual([]);
  });

  it('says what is wrong with the arguments or the person', async () => {
    const missing = await run(app, [`${FIXTURES}/apple-hkimport/export.xml`]);
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining('--user is required') });
    expect((await run(app, ['--user', '1'])).stderr).toContain('give exactly one file');
    expect((await run(app, ['x.xml', '--user', '1', '--zone', 'x'])).code).toBe(2);
    const nobody = await run(app, [`${FIXTURES}/apple-hkimport/export.xml`, '--user', '999999999']);
    expect(nobody).toMatchObject({ code: 1, stderr: expect.stringContaining('no Stepwise user "999999999"') });
    await newUser();
    const absent = await run(app, ['no-such-export.xml', '--user', String(telegramId)]);
    expect(absent).toMatchObject({ code: 1, stderr: 'Import failed: no such file. Nothing was stored.\n' });
    expect((await run(app, ['--help'])).stdout).toContain('--user <id>');
  });
});

describe('npx stepwise import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-import-'));
  const env = { DATABASE_URL: `sqlite:${join(dir, 'stepwise.db')}`, LOG_LEVEL: 'silent' };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 1 on a truncated file, naming the line, from the command line', async () => {
    expect((await finished(stepwise(['token', '--telegram-id', '4343'], env))).code).toBe(0);
    const broken = await finished(
      stepwise(['import', join(FIXTURES, 'own/broken/export-truncated.xml'), '--user', '4343'], env),
    );
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/Import failed: .*line \d+/);
  }, 60_000);
});
