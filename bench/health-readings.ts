// `POST /api/health/readings` with a full batch of 1,000 readings (issue 12's bar: < 100 ms on
// SQLite), over HTTP to a real listening server, on SQLite and PostgreSQL. Each round is a watch
// syncing the ~17 hours since its last sync (the clock moves on by as much), so every batch is new:
// it measures validation, inserts, the baselines it recomputes over a growing history (200 rounds are
// ~140 days, the 60-day window full for most of them) and the trigger check against today's plan, not
// the dedupe of a re-sent batch. The baseline, measured in the same run: the same body POSTed to a
// bare Fastify route that only parses it. Runs inside `npm run bench` and alone:
// `npx tsx bench/health-readings.ts` (BENCH_READINGS_ROUNDS, default 200).
import { pathToFileURL } from 'node:url';
import Fastify from 'fastify';
import type { DialectName } from '../src/store/dialect.js';
import { startApi } from '../test/http/api-harness.js';
import { measure, ms, type Summary, table } from './stats.js';

const PG_URL = 'postgres://postgres@127.0.0.1:5432/test';
const BATCH = 1_000;
const MINUTE = 60_000;
const MOSCOW = { time_zone: 'Europe/Moscow', wake: '07:00', sleep: '23:00' };

/** A watch's ~17 hours up to `end`: heart rate every minute, RMSSD every ten, a mood check now and then. */
function batchAt(end: number): object[] {
  return Array.from({ length: BATCH }, (_, j) => {
    const timestamp = new Date(end - j * MINUTE).toISOString();
    if (j % 100 === 50) return { timestamp, source: 'manual', energy_level: 0.55 };
    if (j % 10 === 0) return { timestamp, source: 'garmin', hrv_score: 40 + (j % 30) };
    return { timestamp, source: 'garmin', heart_rate: 55 + (j % 40) };
  });
}

/** The same JSON body POSTed to a bare Fastify route that parses it and answers its length. */
async function bareBaseline(rounds: number): Promise<Summary> {
  const http = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
  http.post('/readings', async (req) => ({ received: (req.body as { readings: unknown[] }).readings.length }));
  const base = await http.listen({ host: '127.0.0.1', port: 0 });
  try {
    const body = JSON.stringify({ readings: batchAt(Date.now()) });
    return await measure(rounds, async () => {
      const response = await fetch(`${base}/readings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      await response.json();
    });
  } finally {
    await http.close();
  }
}

/** The timings, and this process's CPU time per batch: on SQLite all of the work, and a figure a busy machine does not inflate. */
async function readingsOn(dialect: DialectName, rounds: number): Promise<Summary & { cpuMs: number }> {
  if (dialect === 'postgres') process.env.TEST_DATABASE_URL ??= PG_URL;
  const api = await startApi(dialect);
  const base = await api.http.listen({ host: '127.0.0.1', port: 0 });
  try {
    // 10:00 in Moscow: the person has a plan with blocks ahead, so each batch also checks the triggers.
    api.app.clock.advance(new Date('2026-03-02T07:00:00Z').getTime() - api.app.clock.now().getTime());
    const user = await api.user(800_001);
    const headers = { authorization: `Bearer ${api.token(user.id)}`, 'content-type': 'application/json' };
    const profile = await api.call('PUT', '/api/health/profile', user, {
      archetype: 'foundation_builder',
      schedule: MOSCOW,
    });
    if (profile.status !== 200) throw new Error(`profile: ${JSON.stringify(profile.body)}`);
    // The bodies are built ahead (warm-up rounds included), so the client's JSON is not timed.
    const start = api.app.clock.now().getTime();
    const bodies = Array.from({ length: rounds + Math.min(50, rounds) }, (_, i) =>
      JSON.stringify({ readings: batchAt(start + (i + 1) * BATCH * MINUTE) }),
    );
    let round = 0;
    const cpu = process.cpuUsage();
    const summary = await measure(rounds, async () => {
      api.app.clock.advance(BATCH * MINUTE);
      const body = bodies[round++]!;
      const response = await fetch(`${base}/api/health/readings`, { method: 'POST', headers, body });
      const result = (await response.json()) as { added?: number };
      if (response.status !== 200 || result.added !== BATCH)
        throw new Error(`batch ${round}: ${response.status} ${JSON.stringify(result).slice(0, 200)}`);
    });
    const used = process.cpuUsage(cpu);
    return { ...summary, cpuMs: (used.user + used.system) / 1000 / bodies.length };
  } finally {
    await api.dispose();
  }
}

const NAMES: Record<DialectName, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

/** Rows for `npm run bench`'s table: measure, median, p99, per second, ratio to its baseline. */
export async function benchHealthReadings(
  rounds = Number(process.env.BENCH_READINGS_ROUNDS ?? 200),
): Promise<string[][]> {
  const baseline = await bareBaseline(rounds);
  const rows = [
    [
      'readings: bare Fastify POST of the same 1,000-item JSON (baseline)',
      ms(baseline.median),
      ms(baseline.p99),
      baseline.perSecond.toFixed(0),
      '1.0×',
    ],
  ];
  for (const dialect of ['sqlite', 'postgres'] as const) {
    const name = `${NAMES[dialect]}: POST /api/health/readings, 1,000 new readings${dialect === 'sqlite' ? ' (bar < 100 ms)' : ''}`;
    try {
      const batch = await readingsOn(dialect, rounds);
      const ratio = `${(batch.median / baseline.median).toFixed(1)}×`;
      rows.push([name, ms(batch.median), ms(batch.p99), batch.perSecond.toFixed(0), ratio]);
      rows.push([
        `${NAMES[dialect]}: the same, CPU time of this process per batch (mean)`,
        ms(batch.cpuMs),
        '',
        '',
        '',
      ]);
    } catch (error) {
      rows.push([name, 'skipped', '', '', `(${(error as Error).message.split('\n')[0]})`]);
    }
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchHealthReadings();
  console.log(`Readings batch benchmark (Node ${process.version})\n`);
  console.log(table([['measure', 'median', 'p99', 'per second', 'vs baseline (median)'], ...rows]));
  console.log('\nBar: a 1,000-reading batch < 100 ms on SQLite.');
}
