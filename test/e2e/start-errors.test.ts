import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/dialect.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { finished, ROOT, stepwise } from './processes.js';

/**
 * Where the database cannot live, `stepwise` says so in one plain line and exits 2. These run as
 * root in CI, where chmod 0555 stops nothing: the folders used refuse root too — a path through a
 * regular file (ENOTDIR), /proc (the kernel's, no new entries for anyone), a deleted working folder.
 */
describe('a database folder that cannot hold the database, at start', { timeout: 90_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-start-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const aFile = join(dir, 'not-a-folder');
  writeFileSync(aFile, 'a regular file');

  /** Runs until exit, or kills it after 30 s (today's recursive mkdir under /proc never returns). */
  const run = async (args: string[], env: Record<string, string>) => {
    const child = stepwise(args, { PORT: '0', LOG_LEVEL: 'silent', ...env }, dir);
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    const result = await finished(child);
    clearTimeout(killer);
    return result;
  };

  const expectPlainRefusal = (result: { code: number | null; stderr: string }, folder: string, why: RegExp) => {
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/^Stepwise cannot start: /);
    expect(result.stderr).toContain(folder);
    expect(result.stderr).toMatch(why);
    expect(result.stderr).toContain('set DATABASE_URL');
    expect(result.stderr, 'no stack trace').not.toMatch(/\n\s+at |Error:/);
  };

  it('names a folder whose path runs through a regular file', async () => {
    const result = await run(['serve'], { DATABASE_URL: `sqlite:${join(aFile, 'data', 'stepwise.db')}` });
    expectPlainRefusal(result, join(aFile, 'data'), /part of that path is a file, not a folder/);
  });

  it('names a folder that cannot be created, instead of looping in mkdir', async () => {
    const folder = `/proc/stepwise-${process.pid}/data`;
    const result = await run(['serve'], { DATABASE_URL: `sqlite:${folder}/stepwise.db` });
    expectPlainRefusal(result, folder, /cannot be created/);
  });

  it('names an existing folder it may not write in', async () => {
    const result = await run(['serve'], { DATABASE_URL: 'sqlite:/proc/self/stepwise.db' });
    expectPlainRefusal(result, '/proc/self', /may not create or open its database in \/proc\/self/);
  });

  it('says the same for the other commands that open the database', async () => {
    const env = { DATABASE_URL: `sqlite:${join(aFile, 'stepwise.db')}` };
    for (const args of [['migrate'], ['token', '--local']])
      expectPlainRefusal(await run(args, env), aFile, /part of that path is a file/);
  });

  it('says the folder it was started in is gone, from the installed command', async () => {
    const gone = join(dir, 'gone');
    mkdirSync(gone);
    // The shell steps into the folder and deletes it, then becomes `stepwise serve` there.
    const child = spawn('sh', ['-c', `cd "${gone}" && rmdir "${gone}" && exec node "${ROOT}/bin/stepwise.js" serve`], {
      env: { PATH: process.env.PATH ?? '', HOME: dir, PORT: '0', LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const result = await finished(child);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/^Stepwise cannot start: the folder it was started in no longer exists/);
    expect(result.stderr).not.toMatch(/\n\s+at |Error:/);
  });
  it('refuses a database file it may only read, instead of starting and failing every write', async () => {
    const folder = join(dir, 'read-only-file');
    mkdirSync(folder);
    const file = join(folder, 'stepwise.db');
    const database = openDatabase(`sqlite:${file}`);
    await migrateToLatest(database.db);
    await database.close();
    // Root writes through a mode of 0444; an immutable file refuses root too (CI runs as root).
    const asRoot = process.getuid?.() === 0;
    if (asRoot) execFileSync('chattr', ['+i', file]);
    else chmodSync(file, 0o444);
    try {
      const env = { DATABASE_URL: `sqlite:${file}` };
      for (const args of [['serve'], ['token', '--local']]) {
        const result = await run(args, env);
        expect(result.code, result.stderr).toBe(2);
        expect(result.stderr).toMatch(
          /^Stepwise cannot start: the database file .* is read-only for the user running Stepwise/,
        );
        expect(result.stderr, 'no stack trace').not.toMatch(/\n\s+at |Error:/);
        expect(result.stdout).not.toMatch(/Stepwise is running/);
      }
    } finally {
      if (asRoot) execFileSync('chattr', ['-i', file]);
    }
  });
});

/** PostgreSQL that cannot be reached or entered is a setting to fix, said in one line like the rest (exit 2). */
describe.runIf(process.env.TEST_DATABASE_URL)(
  'a PostgreSQL server that cannot be reached or entered, at start',
  { timeout: 90_000 },
  () => {
    // The URL is read inside each test: without TEST_DATABASE_URL the suite is only collected (as skipped).
    const at = (change: (url: URL) => void) => () => {
      const url = new URL(process.env.TEST_DATABASE_URL!);
      change(url);
      return url.href;
    };
    const cases: Array<[string, () => string, RegExp]> = [
      [
        'nothing listens on the port',
        at((url) => (url.port = '1')),
        /nothing answers at 127\.0\.0\.1:1: is PostgreSQL running there\?/,
      ],
      [
        'the database does not exist',
        at((url) => (url.pathname = '/stepwise_no_such_db')),
        /database "stepwise_no_such_db" does not exist: create it/,
      ],
      [
        'the role does not exist',
        at((url) => (url.username = 'stepwise_no_such_role')),
        /PostgreSQL refused: role "stepwise_no_such_role" does not exist/,
      ],
    ];
    const expectOneLine = (result: { code: number | null; stderr: string }, words: RegExp) => {
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toMatch(/^Stepwise cannot start: /);
      expect(result.stderr).toMatch(words);
      expect(result.stderr).toContain('check DATABASE_URL');
      expect(result.stderr.trim().split('\n'), 'one line, no stack trace').toHaveLength(1);
    };
    const run = (args: string[], url: () => string) =>
      finished(stepwise(args, { PORT: '0', LOG_LEVEL: 'silent', DATABASE_URL: url() }));

    for (const [why, url, words] of cases)
      it(`says so in one line when ${why}`, async () => expectOneLine(await run(['serve'], url), words));

    it('says the same for the commands that open the database', async () => {
      const [, url, words] = cases[0]!;
      for (const args of [['migrate'], ['token', '--local']]) expectOneLine(await run(args, url), words);
    });
  },
);
