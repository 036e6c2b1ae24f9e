// What the load benches share (reads-at-scale.ts, capacity.ts): a checkout's own code run as
// `stepwise serve` (this one, or BENCH_BEFORE_ROOT's for a before/after table), its seeding child,
// fresh databases, tokens for the people seeded, and the server's CPU and view-cache counters.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { freePort } from '../test/e2e/processes.js';
import { hasTaskset } from './cores.js';

/** The JWT secret every served checkout is given, so one issuer's tokens work on all of them. */
export const SECRET = 'bench-reads-secret-0123456789abcdef0123456789';
export const PG_URL =
  process.env.BENCH_PG_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Node with tsx's loader (not the tsx wrapper), so the pid is the server's own: CPU and signals. */
export function nodeTs(root: string, args: string[], env: Record<string, string>, onCore0: boolean): ChildProcess {
  // BENCH_SERVER_NODE_ARGS (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`) profiles the servers.
  const extra = onCore0 ? (process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []) : [];
  const argv = [...extra, '--import', pathToFileURL(join(root, 'node_modules/tsx/dist/esm/index.mjs')).href, ...args];
  const command =
    onCore0 && hasTaskset ? ['taskset', '-c', '0', process.execPath, ...argv] : [process.execPath, ...argv];
  return spawn(command[0]!, command.slice(1), {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** A child's whole stdout once it exits with 0; its stderr's tail in the error otherwise. */
export function output(child: ChildProcess): Promise<string> {
  return new Promise((done, fail) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => (code === 0 ? done(out) : fail(new Error(`exit ${code}: ${err.slice(-500)}`))));
  });
}

/** The JSON a seeding child (`root`'s code) printed last: the ids of the people it made. */
export const seededIds = async (root: string, args: string[]): Promise<string[]> =>
  JSON.parse((await output(nodeTs(root, args, {}, false))).trim().split('\n').at(-1)!) as string[];

/** In a seeding child: the app of `root`'s code on `url`, with the shared secret. */
export async function appOf(root: string, url: string) {
  const { loadConfig } = await import(pathToFileURL(join(root, 'src/config/env.ts')).href);
  const { createApp } = await import(pathToFileURL(join(root, 'src/main/app.ts')).href);
  const { silentLog } = await import(pathToFileURL(join(root, 'src/core/ports.ts')).href);
  const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', JWT_SECRET: SECRET });
  if (!config.ok) throw new Error(config.problems.join('\n'));
  return createApp(config.config, { log: silentLog });
}

export interface Server {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Node's flags as `npm start` (and the systemd unit in docs/deploy.md) run the server with. */
const SERVE_NODE_FLAGS = ['--expose-gc', '--max-semi-space-size=8'];

/**
 * `root`'s server as `npm start` runs it: its build (`dist/`, built here when stale) through
 * `bin/stepwise.js serve` with npm start's flags, when the checkout has a build; else (an older checkout)
 * its sources through tsx. The sources through tsx are not what a self-hoster runs: esbuild's keepNames
 * wraps every named closure in a `__name` call, ~15–25 % more CPU per cached read.
 */
async function serveCommand(root: string, env: Record<string, string>): Promise<ChildProcess> {
  const build = join(root, 'scripts', 'server-build.mjs');
  if (!existsSync(build)) return nodeTs(root, [join(root, 'src/main/cli.ts'), 'serve'], env, true);
  const { builtIsFresh, buildServer } = (await import(pathToFileURL(build).href)) as {
    builtIsFresh(root: string): boolean;
    buildServer(root: string): Promise<number>;
  };
  if (!builtIsFresh(root)) await buildServer(root);
  const profile = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const argv = [...SERVE_NODE_FLAGS, ...profile, join(root, 'bin', 'stepwise.js'), 'serve'];
  const command = hasTaskset ? ['taskset', '-c', '0', process.execPath, ...argv] : [process.execPath, ...argv];
  return spawn(command[0]!, command.slice(1), {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * `root`'s `stepwise serve` on `databaseUrl` (rate limit off, no bot, `more` settings beside), on core 0 (see
 * `serveCommand`); without a database, `script`'s own hello-world mode (`--hello`), the baseline. Resolves once it
 * answers.
 */
export async function startServer(
  root: string,
  databaseUrl: string | undefined,
  script?: string,
  more: Readonly<Record<string, string>> = {},
): Promise<Server> {
  const port = await freePort();
  const env = {
    PORT: String(port),
    JWT_SECRET: SECRET,
    RATE_LIMIT_PER_MINUTE: '0',
    LOG_LEVEL: 'silent',
    TELEGRAM_BOT_TOKEN: '',
    ...(databaseUrl && { DATABASE_URL: databaseUrl }),
    ...more,
  };
  const child = databaseUrl ? await serveCommand(root, env) : nodeTs(root, [script!, '--hello'], env, true);
  let err = '';
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  // The banner goes to stdout: read, so a full pipe never stalls the server.
  child.stdout!.resume();
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}): ${err.slice(-800)}`);
    const up = await fetch(databaseUrl ? `${url}/healthz` : url).then(
      (response) => response.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) throw new Error(`the server did not answer in 60 s: ${err.slice(-800)}`);
    await new Promise((done) => setTimeout(done, 200));
  }
  return {
    url,
    child,
    stop: () =>
      new Promise((done) => {
        child.once('exit', () => done());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}

/** User + system CPU seconds a process has used so far (Linux /proc; NaN elsewhere). */
export function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** The views cache's hits and misses so far (`/metrics`); undefined where the code has no such gauge. */
export async function viewCounts(server: Server): Promise<{ hits: number; misses: number } | undefined> {
  const text = await fetch(`${server.url}/metrics`).then((response) => (response.ok ? response.text() : ''));
  const value = (name: string) => Number(new RegExp(`^${name}\\{cache="views"\\} (\\S+)$`, 'm').exec(text)?.[1]);
  const [hits, misses] = [value('stepwise_cache_hits'), value('stepwise_cache_misses')];
  return Number.isFinite(hits) && Number.isFinite(misses) ? { hits, misses } : undefined;
}

/** An API token for each person, signed with the shared secret (one issuer for them all). */
export async function signTokens(userIds: readonly string[]): Promise<string[]> {
  const { createTokenIssuer } = await import('../src/interfaces/http/auth/jwt.js');
  const issuer = await createTokenIssuer(SECRET, 120);
  try {
    return userIds.map((id) => issuer.sign(id));
  } finally {
    await issuer.close();
  }
}

/** A fresh database of each kind: a temp SQLite file, or a new PostgreSQL database `name`. */
export async function freshDatabase(kind: 'sqlite' | 'postgres', name: string) {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-bench-reads-'));
    return {
      url: `sqlite:${join(dir, 'stepwise.db')}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const admin = async (statements: string[]) => {
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    try {
      for (const statement of statements) await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin([`drop database if exists ${name} with (force)`, `create database ${name}`]);
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin([`drop database if exists ${name} with (force)`]) };
}
