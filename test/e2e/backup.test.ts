import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureUser } from '../../src/services/goals/ensure-user.js';
import { createDataRights } from '../../src/services/privacy/data-rights.js';
import { createStores } from '../../src/store/create-stores.js';
import { openDatabase } from '../../src/store/dialect.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { createBiometricRepository } from '../../src/store/repositories/biometric.repository.js';
import { createUserDataRepository } from '../../src/store/repositories/user-data.repository.js';
import { finished, stepwise, waitFor } from './processes.js';

const BATCH = 20;
const BASE = Date.UTC(2026, 0, 1);
const CHECKIN = { mood: 6, anxiety: 4, hope: 5, three_words: 'tired but hopeful' };

/** Runs `stepwise <args>` to the end. */
const run = (args: string[], env: Record<string, string>, cwd: string) => finished(stepwise(args, env, cwd));
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const pause = () => new Promise((resolve) => setTimeout(resolve, 20));

/** Everything stored about the Telegram user, as `stepwise export` gives it (the moment it was taken fixed). */
async function exportOf(fileOrUrl: string, telegramId: string) {
  const database = openDatabase(fileOrUrl.startsWith('postgres') ? fileOrUrl : `sqlite:${fileOrUrl}`);
  try {
    const user = await createStores(database.db).users.byIdentity('telegram', telegramId);
    const rights = createDataRights({
      store: createUserDataRepository(database.db, database.dialect),
      clock: { now: () => new Date(0) },
    });
    return await rights.exportAll(user!.id);
  } finally {
    await database.close();
  }
}

/** Writer batch k: BATCH heart-rate readings at instants of its own, sent as one request (one transaction). */
const batchOf = (k: number) =>
  Array.from({ length: BATCH }, (_, i) => ({
    timestamp: new Date(BASE + (k * BATCH + i) * 1000).toISOString(),
    source: 'polar',
    heart_rate: 60 + (i % 40),
  }));

/** The real server on the file, and a way to POST as a token. */
async function startServer(env: Record<string, string>, dir: string) {
  const server = stepwise(['serve'], { ...env, PORT: '0' }, dir);
  const stopped = finished(server);
  const port = /http:\/\/127\.0\.0\.1:(\d+)/.exec(await waitFor(server, /interfaces.*\n/))![1];
  const post = async (token: string, path: string, body: unknown) =>
    (
      await fetch(`http://127.0.0.1:${port}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    ).status;
  const stop = async () => {
    server.kill('SIGTERM');
    return (await stopped).code;
  };
  return { post, stop };
}

type Post = Awaited<ReturnType<typeof startServer>>['post'];

/** Ann uses several parts of Stepwise; 16,000 readings make the file span many steps of the copy. */
async function annUsesStepwise(post: Post, token: string): Promise<void> {
  expect(await post(token, '/api/goals', { title: 'Learn Spanish', description: 'A trip in March' })).toBe(201);
  expect(await post(token, '/api/programs/recovery/enroll', {})).toBeLessThan(300);
  expect(await post(token, '/api/exercises/emotional_checkin/entries', { answers: CHECKIN })).toBeLessThan(300);
  for (let k = 0; k < 8; k++) {
    const readings = Array.from({ length: 1000 }, (_, i) => ({
      timestamp: new Date(BASE - (k * 1000 + i + 1) * 60_000).toISOString(),
      source: 'oura',
      heart_rate: 50 + (i % 50),
      resting_heart_rate: 55,
    }));
    expect(await post(token, '/api/health/readings', { readings })).toBeLessThan(300);
  }
}

/** Bob sends batch after batch without pause until stopped; `acknowledged` counts the answered ones. */
function bobKeepsWriting(post: Post, token: string) {
  const state = { acknowledged: 0, writing: true };
  const done = (async () => {
    for (let k = 0; state.writing; k++)
      if ((await post(token, '/api/health/readings', { readings: batchOf(k) })) < 300) state.acknowledged = k + 1;
  })();
  return { state, stop: async () => ((state.writing = false), await done) };
}

/** Rows per writer batch, by the batch each reading's instant belongs to. */
function rowsPerBatch(rows: ReadonlyArray<Record<string, unknown>>): Map<number, number> {
  const perBatch = new Map<number, number>();
  for (const row of rows) {
    const batch = Math.floor((Date.parse(String(row.at)) - BASE) / 1000 / BATCH);
    perBatch.set(batch, (perBatch.get(batch) ?? 0) + 1);
  }
  return perBatch;
}

describe('stepwise backup and restore (SQLite), against a running server', { timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-backup-e2e-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const live = join(dir, 'live.db');
  const backupFile = join(dir, 'backup.db');
  const env = { DATABASE_URL: `sqlite:${live}`, LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0' };

  it('copies a consistent database while the server takes writes; restored, it gives the same export', async () => {
    const server = await startServer(env, dir);
    const [ann, bob] = await Promise.all(['101', '102'].map((id) => run(['token', '--telegram-id', id], env, dir)));
    await annUsesStepwise(server.post, ann!.stdout.trim());
    const writer = bobKeepsWriting(server.post, bob!.stdout.trim());
    while (writer.state.acknowledged < 3) await pause();
    const annThen = await exportOf(live, '101');
    const before = writer.state.acknowledged;
    const backup = await run(['backup', backupFile], env, dir);
    const after = writer.state.acknowledged;
    while (writer.state.acknowledged < after + 3) await pause();
    await writer.stop();
    expect(await server.stop()).toBe(0);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/Backed up .*live\.db to .*backup\.db: [\d.]+ MB, [\d,]+ pages, integrity check ok/);

    const restoredFile = join(dir, 'restored', 'stepwise.db');
    const restore = await run(['restore', backupFile], { ...env, DATABASE_URL: `sqlite:${restoredFile}` }, dir);
    expect(restore.code, restore.stderr).toBe(0);
    // Ann and Bob: the start banner's first-run link makes this machine's user only when it is opened.
    expect(restore.stdout).toContain('2 people');
    const annRestored = await exportOf(restoredFile, '101');
    expect(annRestored).toEqual(annThen);
    expect(annRestored.tables.biometric_readings).toHaveLength(8 * 1000 * 2);
    expect(annRestored.tables.exercise_entries).toHaveLength(1);

    // Bob's batches: each wholly in or wholly out, and those in are the first ones, up to the backup's end.
    const perBatch = rowsPerBatch((await exportOf(restoredFile, '102')).tables.biometric_readings!);
    const batches = [...perBatch.keys()].sort((left, right) => left - right);
    expect([...perBatch.values()].every((rows) => rows === BATCH)).toBe(true);
    expect(batches).toEqual(batches.map((_, i) => i));
    expect(batches.length).toBeGreaterThanOrEqual(before);
    expect(batches.length).toBeLessThanOrEqual(after + 1);
    const how = backup.stderr.includes('again in one pass') ? 'restarted, then one pass' : 'no restart';
    process.stdout.write(
      `backup under load: Bob's batches acknowledged ${before} before / ${after} after; ${batches.length} in it (${how})\n`,
    );
  });

  it('refuses, in plain words and with exit 2, to overwrite a backup, restore over people, or restore a non-database', async () => {
    const kept = sha256(backupFile);
    const again = await run(['backup', backupFile], env, dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists (add --force to replace it)');
    expect(sha256(backupFile)).toBe(kept);

    const liveBefore = sha256(live);
    const occupied = await run(['restore', backupFile], env, dir);
    expect(occupied.code).toBe(2);
    expect(occupied.stderr).toContain('already holds 2 people');
    expect(sha256(live)).toBe(liveBefore);

    writeFileSync(join(dir, 'notes.txt'), 'not a database '.repeat(500));
    const junk = await run(['restore', join(dir, 'notes.txt')], { ...env, DATABASE_URL: `sqlite:${dir}/x.db` }, dir);
    expect(junk.code).toBe(2);
    expect(junk.stderr).toContain('is not a Stepwise backup');
    expect(`${junk.stderr}${occupied.stderr}${again.stderr}`).not.toMatch(/\n\s+at /); // no stack traces
  });

  it('on PostgreSQL, prints the pg_dump command instead (never the password) and exits 2', async () => {
    const password = randomUUID();
    const pgEnv = { DATABASE_URL: `postgres://app:${password}@db.internal/stepwise` };
    const result = await run(['backup', 'stepwise.dump'], pgEnv, dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`pg_dump --format=custom --file 'stepwise.dump' "$DATABASE_URL"`);
    expect(result.stderr).toContain('pg_restore --no-owner');
    expect(result.stderr).toContain('npx stepwise migrate');
    expect(`${result.stdout}${result.stderr}`).not.toContain(password);
  });

  const pg = process.env.TEST_DATABASE_URL;
  const tools = ['pg_dump', 'pg_restore'].every((tool) => spawnSync(tool, ['--version']).status === 0);
  const skipped = !pg ? ' (skipped: TEST_DATABASE_URL is not set)' : tools ? '' : ' (skipped: no pg_dump/pg_restore)';
  it.skipIf(skipped !== '')(
    `on PostgreSQL, the printed pg_dump and pg_restore commands round-trip a person${skipped}`,
    async () => {
      const suffix = randomBytes(4).toString('hex');
      const [from, into] = [`sw_backup_${suffix}`, `sw_restore_${suffix}`];
      const urlOf = (name: string) => Object.assign(new URL(pg!), { pathname: `/${name}` }).toString();
      const tool = (command: string, args: string[]) => finished(spawn(command, args, { stdio: 'pipe' }));
      const admin = openDatabase(pg!, { poolSize: 1 });
      for (const name of [from, into]) await sql`create database ${sql.id(name)}`.execute(admin.db);
      try {
        await personWithReadings(urlOf(from));
        const file = join(dir, 'stepwise.dump');
        const dump = await tool('pg_dump', ['--format=custom', '--file', file, urlOf(from)]);
        expect(dump.code, dump.stderr).toBe(0);
        const restore = await tool('pg_restore', ['--no-owner', '--dbname', urlOf(into), file]);
        expect(restore.code, restore.stderr).toBe(0);
        const migrate = await run(['migrate'], { DATABASE_URL: urlOf(into) }, dir);
        expect(migrate.stdout).toContain('The database is up to date.');
        const restored = await exportOf(urlOf(into), '101');
        expect(restored).toEqual(await exportOf(urlOf(from), '101'));
        expect(restored.tables.biometric_readings).toHaveLength(BATCH);
      } finally {
        for (const name of [from, into])
          await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
        await admin.close();
      }
    },
  );
});

/** A migrated PostgreSQL database with one person (Telegram 101) and a batch of readings. */
async function personWithReadings(url: string): Promise<void> {
  const database = openDatabase(url);
  try {
    await migrateToLatest(database.db);
    const deps = { stores: createStores(database.db), clock: { now: () => new Date() }, ids: { next: randomUUID } };
    const user = await ensureUser(deps, { provider: 'telegram', subject: '101', locale: 'en' });
    const readings = batchOf(0).map((item) => ({
      metric: 'heart_rate' as const,
      value: item.heart_rate,
      at: item.timestamp,
      source: item.source,
      day: item.timestamp.slice(0, 10),
    }));
    await createBiometricRepository(database.db).addReadings(user.id, readings, new Date());
  } finally {
    await database.close();
  }
}
