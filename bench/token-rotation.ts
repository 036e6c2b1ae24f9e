// Issue 15's bar on the token and user caches: requests whose tokens rotate over 100,000 distinct
// users must run at ≥ 0.8× the rate with 1,000. The real app on a SQLite file holding 100,000 users,
// `GET /api/me` (the token check and the user read, nothing else) through Fastify's inject, each
// token used in turn, round and round, after one warm-up lap. With the old count-bounded caches
// (10,000 tokens, 10,000 users, oldest out) every request at 100,000 missed both: an HMAC and a
// database read each time. Each scenario runs in its own process, interleaved, best of
// BENCH_TOKEN_RUNS (2). Alone: `npx tsx bench/token-rotation.ts`; `BENCH_TOKENS=off` skips it in
// `npm run bench`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadConfig } from '../src/config/env.js';
import { silentLog } from '../src/core/ports.js';
import { createTokenIssuer } from '../src/interfaces/http/auth/jwt.js';
import { createHttpServer } from '../src/interfaces/http/server.js';
import { createApp } from '../src/main/app.js';
import { httpDeps } from '../src/main/wire.js';
import { measure, ms, type Summary } from './stats.js';

const SECRET = 'bench-token-secret-0123456789abcdef0123456789';
const USERS = 100_000;
const ROUNDS = Number(process.env.BENCH_TOKEN_ROUNDS ?? 100_000);
const RUNS = Number(process.env.BENCH_TOKEN_RUNS ?? 2);
const THIS_FILE = fileURLToPath(import.meta.url);
const userId = (index: number) => `00000000-0000-4000-9000-${index.toString(16).padStart(12, '0')}`;

export const TOKEN_BAR = 'requests with 100,000 rotating tokens ≥ 0.8× the rate with 1,000';

/** One scenario in this process: `count` users' tokens in rotation; its summary. */
async function scenario(count: number): Promise<Summary> {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-bench-tokens-'));
  const config = loadConfig({
    DATABASE_URL: `sqlite:${join(dir, 'stepwise.db')}`,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '0',
    JWT_SECRET: SECRET,
    JWT_TTL_MINUTES: '60',
  });
  if (!config.ok) throw new Error(config.problems.join('\n'));
  const app = await createApp(config.config, { log: silentLog });
  const issuer = await createTokenIssuer(SECRET, 60);
  const http = createHttpServer(httpDeps(app), false);
  try {
    // Both scenarios hold 100,000 people: only how many of them are active differs.
    const at = new Date().toISOString();
    for (let first = 0; first < USERS; first += 1000)
      await app.database.db
        .insertInto('users')
        .values(
          Array.from({ length: 1000 }, (_, i) => ({
            id: userId(first + i),
            locale: 'en',
            tone: 'friendly',
            display_name: null,
            created_at: at,
            updated_at: at,
            time_zone: null,
            signed_out_at: null,
          })),
        )
        .execute();
    await http.ready();
    const tokens = Array.from({ length: count }, (_, i) => `Bearer ${issuer.sign(userId(i))}`);
    const call = (i: number) => http.inject({ url: '/api/me', headers: { authorization: tokens[i % count]! } });
    for (let i = 0; i < count; i++) await call(i); // one warm-up lap: every token seen once
    const answer = await call(0);
    if (answer.statusCode !== 200) throw new Error(`unexpected answer: ${answer.statusCode}`);
    return await measure(ROUNDS, (i) => call(Math.max(0, i)), 0);
  } finally {
    await http.close();
    await issuer.close();
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A scenario in a fresh process: one run's heap must not weigh on the next (it did, by 1.5×). */
function inChild(count: number): Promise<Summary> {
  const child = spawn(process.execPath, ['--import', 'tsx', THIS_FILE, '--scenario', String(count)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: process.env,
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.on('close', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').at(-1)!))
        : reject(new Error(`scenario ${count}: exit ${code}`)),
    ),
  );
}

/** Rows for `npm run bench`: measure, median, p99, req/s, ratio to the 1,000-token run (best of interleaved runs). */
export async function benchTokenRotation(): Promise<string[][]> {
  const best = (current: Summary | undefined, candidate: Summary) =>
    current && current.perSecond >= candidate.perSecond ? current : candidate;
  let few: Summary | undefined;
  let many: Summary | undefined;
  for (let run = 0; run < RUNS; run++) {
    few = best(few, await inChild(1_000));
    many = best(many, await inChild(USERS));
  }
  const row = (name: string, result: Summary) => [
    name,
    ms(result.median),
    ms(result.p99),
    `${result.perSecond.toFixed(0)} req/s`,
    `${(result.perSecond / few!.perSecond).toFixed(2)}×`,
  ];
  return [
    row(`api: GET /api/me, 1,000 of 100,000 users' tokens in rotation (baseline; ${ROUNDS} requests)`, few!),
    row(`api: GET /api/me, all 100,000 users' tokens in rotation (bar ≥ 0.8×)`, many!),
  ];
}

const scenarioArg = process.argv.indexOf('--scenario');
if (scenarioArg > 0) {
  process.stdout.write(`${JSON.stringify(await scenario(Number(process.argv[scenarioArg + 1])))}\n`);
} else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchTokenRotation();
  for (const row of rows) console.log(row.join('  '));
  console.log(`Bar: ${TOKEN_BAR}`);
}
