import { type ChildProcess, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.js';
import { silentLog } from '../../src/core/ports.js';
import { createTokenIssuer } from '../../src/interfaces/http/auth/jwt.js';
import { createApp } from '../../src/main/app.js';
import { finished, freePort, stepwise, waitFor } from './processes.js';

const SECRET = 'wal-full-secret-0123456789abcdef0123456789abcdef';
const WRITERS = 8;
/** A request not answered in this long counts as hung. */
const ANSWER_WITHIN_MS = 10_000;
/** The writers go on this long with the WAL disk full (the server down or refusing), and again once it is back. */
const FULL_FOR_MS = 3_000;
const BACK_FOR_MS = 2_000;
/** The WAL disk: small enough to fill in a second or two, then made roomy again. */
const WAL_DISK = '24m';
const ROOMY_WAL_DISK = '200m';

/** A PostgreSQL installation's binaries (Debian's layout), the newest first; undefined without one. */
const pgBin = (() => {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((one, other) => Number(other) - Number(one));
  return versions.map((version) => join(root, version, 'bin')).find((bin) => existsSync(join(bin, 'initdb')));
})();

/**
 * The test runs a throwaway PostgreSQL cluster of its own whose WAL lives on a tmpfs it mounts, so it
 * needs root (mount, and initdb as the postgres user) and PostgreSQL's binaries; it is a PostgreSQL
 * test, so it runs where the others do (TEST_DATABASE_URL set). CI runs as root with PostgreSQL, so it
 * runs there; a developer's machine without root skips it.
 */
const runs = process.getuid?.() === 0 && Boolean(process.env.TEST_DATABASE_URL) && pgBin !== undefined;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Issue 58, point 2: the disk holding PostgreSQL's WAL fills under load. The backend that cannot write
 * WAL PANICs, the postmaster ends every other backend (57P02 crash_shutdown) and its crash recovery,
 * with no room either, fails: the server is down until an operator frees space and starts it again. A
 * real `stepwise serve` on such a cluster, 8 writers recording actions and creating goals throughout:
 * the process lives, every request is answered 2xx or 503 with Retry-After (`database_unavailable`, or
 * `storage_full` for a statement refused with 53100 disk_full), every write answered 2xx is in the
 * database after recovery, and the server writes again once the database is back, without a restart.
 */
describe.skipIf(!runs)('PostgreSQL’s WAL disk filling under load', () => {
  let dir = '';
  let port = 0;
  let mounted = false;
  const tokens: string[] = [];
  let url = '';
  let server: ChildProcess | undefined;
  let exited: ReturnType<typeof finished>;
  let at = '';

  /** Runs a PostgreSQL binary as the postgres user (initdb and the server refuse root). */
  const asPostgres = (binary: string, args: string[]) =>
    execFileSync('runuser', ['-u', 'postgres', '--', join(pgBin!, binary), ...args], { stdio: 'pipe' });
  const options = () =>
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_wal_size=4MB -c min_wal_size=2MB -c fsync=off`;
  const startCluster = () =>
    asPostgres('pg_ctl', ['-D', join(dir, 'data'), '-l', join(dir, 'log'), '-o', options(), '-w', 'start']);
  const stopCluster = () => {
    try {
      asPostgres('pg_ctl', ['-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop']);
    } catch {
      // Not running (a failed recovery shut it down): nothing to stop.
    }
  };
  const clusterUrl = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'stepwise-wal-full-'));
    port = await freePort();
    mkdirSync(join(dir, 'wal'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${WAL_DISK}`, 'tmpfs', join(dir, 'wal')]);
    mounted = true;
    execFileSync('chown', ['-R', 'postgres', dir]);
    // 1 MB WAL segments, so a 24 MB disk holds a few of them; no fsync, for speed (a PANIC is a
    // process's crash, not the machine's: what was written reaches the tmpfs all the same).
    asPostgres('initdb', [
      '-D',
      join(dir, 'data'),
      '-X',
      join(dir, 'wal', 'pg_wal'),
      '--wal-segsize=1',
      '-A',
      'trust',
      '-U',
      'postgres',
    ]);
    startCluster();
    const admin = new pg.Client({ connectionString: clusterUrl('postgres') });
    await admin.connect();
    try {
      await admin.query('create database stepwise');
      // The filler's rows, stored uncompressed so each insert writes its size in WAL.
      await admin.query('create table filler (t text)');
      await admin.query('alter table filler alter column t set storage external');
    } finally {
      await admin.end();
    }
    url = clusterUrl('stepwise');
    const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', JWT_SECRET: SECRET });
    if (!config.ok) throw new Error(config.problems.join('\n'));
    const app = await createApp(config.config, { log: silentLog });
    const issuer = await createTokenIssuer(SECRET, 60);
    for (let i = 0; i < WRITERS; i++) {
      const user = await app.goals.ensureUser({ provider: 'telegram', subject: String(58_200 + i), locale: 'en' });
      await app.tracks.enroll(user.id, 'recovery', 'self_work');
      tokens.push(issuer.sign(user.id));
    }
    await issuer.close();
    await app.close();
    const env = { DATABASE_URL: url, PORT: '0', JWT_SECRET: SECRET, RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn' };
    server = stepwise(['serve'], env, dir);
    exited = finished(server);
    const banner = await waitFor(server, /interfaces.*\n/, 120_000);
    at = `http://127.0.0.1:${/http:\/\/127\.0\.0\.1:(\d+)/.exec(banner)![1]}`;
  }, 180_000);

  // Always, even when the test or the set-up failed: no server, cluster or mount outlives the test.
  afterAll(() => {
    if (server && server.exitCode === null) server.kill('SIGKILL');
    if (!dir) return;
    if (existsSync(join(dir, 'data', 'PG_VERSION'))) stopCluster();
    if (mounted) execFileSync('umount', [join(dir, 'wal')]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the process alive, answers 2xx or 503, loses no acknowledged write and writes again once there is room', async () => {
    const answered: Record<string, number> = {};
    const refusals: Record<string, number> = {};
    const acknowledged = { actions: [] as string[], goals: [] as string[] };
    const problems: string[] = [];
    let phase: 'before' | 'full' | 'back' = 'before';
    const acknowledgedIn = { before: 0, full: 0, back: 0 };
    let writing = true;

    const post = async (path: string, token: string, body: unknown) => {
      try {
        const response = await fetch(`${at}${path}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
        });
        const text = await response.text();
        answered[response.status] = (answered[response.status] ?? 0) + 1;
        if (response.status === 503) {
          const refusal = JSON.parse(text) as { error: string };
          refusals[refusal.error] = (refusals[refusal.error] ?? 0) + 1;
          if (!['database_unavailable', 'storage_full'].includes(refusal.error) || !response.headers.get('retry-after'))
            problems.push(`503 without database_unavailable or storage_full and Retry-After: ${text}`);
        } else if (response.status >= 300) problems.push(`${response.status} ${path}: ${text}`);
        if (response.status < 300) acknowledgedIn[phase]++;
        return response.status;
      } catch (error) {
        // The server is up throughout: its socket is never refused or closed, and a hang is a failure.
        // fetch's own message is "fetch failed"; the socket's story (reset, closed, refused) is in its cause.
        const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
        problems.push(
          `${path}: no answer (${(error as Error).name}: ${(error as Error).message}${cause ? `; ${cause.code ?? ''} ${cause.message ?? ''}` : ''})`,
        );
        return 0;
      }
    };

    const acked = (status: number) => status >= 200 && status < 300;
    const writers = tokens.map(async (token, writer) => {
      for (let i = 0; writing; i++) {
        const name = `w${writer}-${i}`;
        // A goal is acknowledged by 201 Created; a 200 is the crisis screen's answer, with nothing created (the model
        // reads a few of these made-up titles, "Goal w7-303", as a crisis).
        if (i % 4 === 3) {
          if ((await post('/api/goals', token, { title: `Goal ${name}` })) === 201)
            acknowledged.goals.push(`Goal ${name}`);
        } else if (acked(await post('/api/tracks/actions', token, { action_type: 'calm_moment', source_id: name })))
          acknowledged.actions.push(name);
      }
    });

    // The WAL disk fills: a replication slot keeps every segment from the start (nothing is recycled),
    // and an admin, in another database of the cluster, writes large rows until the server gives up.
    let fillerRows = 0;
    let fillFailure = '';
    const started = Date.now();
    try {
      await pause(500);
      const admin = new pg.Client({ connectionString: clusterUrl('postgres') });
      admin.on('error', () => {}); // The PANIC ends this connection too.
      await admin.connect();
      await admin.query(`select pg_create_physical_replication_slot('hold', true)`);
      phase = 'full';
      try {
        for (;;) {
          const { rowCount } = await admin.query(
            'insert into filler select repeat(md5(random()::text), 500) from generate_series(1, 500)',
          );
          fillerRows += rowCount ?? 0;
          if (Date.now() - started > 20_000) throw new Error('the WAL disk never filled');
        }
      } catch (error) {
        fillFailure = `${(error as { code?: string }).code ?? ''} ${(error as Error).message}`;
      } finally {
        await admin.end().catch(() => {});
      }
      await pause(FULL_FOR_MS);

      // An operator makes room (a bigger disk) and starts the server again, if its recovery could
      // not; it recovers from its WAL. Then the slot that held the WAL goes.
      stopCluster();
      execFileSync('mount', ['-o', `remount,size=${ROOMY_WAL_DISK}`, join(dir, 'wal')]);
      startCluster();
      phase = 'back';
      const fresh = new pg.Client({ connectionString: clusterUrl('postgres') });
      await fresh.connect();
      await fresh.query(`select pg_drop_replication_slot('hold')`);
      await fresh.end();
      await pause(BACK_FOR_MS);
    } finally {
      writing = false;
      await Promise.all(writers);
    }
    const log = readFileSync(join(dir, 'log'), 'utf8');

    // The process lives and answers.
    expect(server!.exitCode).toBe(null);
    expect((await fetch(`${at}/healthz`)).status).toBe(200);
    // A new write, once the database is back, succeeds: the server recovered without a restart.
    const afterwards = await fetch(`${at}/api/tracks/actions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens[0]}`, 'content-type': 'application/json' },
      body: JSON.stringify({ action_type: 'calm_moment', source_id: 'after-recovery' }),
      signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
    });
    expect(afterwards.status).toBeLessThan(300);

    // Every write answered 2xx is there.
    const check = new pg.Client({ connectionString: url });
    await check.connect();
    try {
      const actions = await check.query<{ source_id: string }>(
        'select source_id from actions where source_id = any($1::text[])',
        [[...acknowledged.actions, 'after-recovery']],
      );
      const stored = new Set(actions.rows.map((row) => row.source_id));
      const lost = acknowledged.actions.filter((name) => !stored.has(name));
      const listed = new Set<string>();
      for (const token of tokens) {
        const response = await fetch(`${at}/api/goals`, { headers: { authorization: `Bearer ${token}` } });
        for (const goal of ((await response.json()) as { goals: Array<{ title: string }> }).goals)
          listed.add(goal.title);
      }
      const lostGoals = acknowledged.goals.filter((title) => !listed.has(title));
      const requests = Object.values(answered).reduce((sum, count) => sum + count, 0);
      console.log(
        `WAL disk filled after ${fillerRows} filler rows (${fillFailure.trim()}); PANIC: ${/PANIC/.test(log)}, ` +
          `recovery failed for want of room: ${/startup process .* exited with exit code 1/.test(log)}; ` +
          `${requests} requests, answers ${JSON.stringify(answered)} (503s: ${JSON.stringify(refusals)}); ` +
          `acknowledged before/full/back ${JSON.stringify(acknowledgedIn)}; ` +
          `${acknowledged.actions.length} actions and ${acknowledged.goals.length} goals acknowledged, ` +
          `${lost.length + lostGoals.length} lost; ${problems.length} problems; ${Date.now() - started} ms`,
      );
      expect(problems).toEqual([]);
      expect(lost).toEqual([]);
      expect(lostGoals).toEqual([]);
      expect(stored.has('after-recovery')).toBe(true);
    } finally {
      await check.end();
    }
    // The disk did fill (the server PANICked on it), the writers met it, and wrote again after.
    expect(log).toMatch(/No space left on device/);
    expect(answered['503'] ?? 0).toBeGreaterThan(0);
    expect(acknowledgedIn.back).toBeGreaterThan(0);
    expect(Object.keys(answered).every((status) => ['200', '201', '503'].includes(status))).toBe(true);
    expect(server!.exitCode).toBe(null);
    // Nothing the server said was a failure of its own (a 500's `http_error`, an uncaught exception).
    server!.kill('SIGTERM');
    const { stdout, stderr } = await exited;
    expect(`${stdout}${stderr}`).not.toMatch(/http_error|uncaught|unhandled/i);
  }, 60_000);
});
