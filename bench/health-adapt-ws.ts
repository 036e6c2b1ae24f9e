// A reading leads to an adaptation delivered over the WebSocket (bar: < 1 s, p99 ≤ 50 ms locally): a
// real listening server, a real `ws` client on /api/ws, and for each run a new person (so no cooldown
// or open adaptation stops it) with a plan for today: a check-in of high energy, then one of middling
// energy (the baseline: it changes nothing; POST until its answer), then a drop (energy_drop fires;
// POST until `plan_adapted` arrives on the socket). On SQLite and PostgreSQL.
// Runs inside `npm run bench` and alone: `npx tsx bench/health-adapt-ws.ts` (BENCH_WS_RUNS, default 50).
import { pathToFileURL } from 'node:url';
import WebSocket from 'ws';
import type { DialectName } from '../src/store/dialect.js';
import { type ApiHarness, startApi } from '../test/http/api-harness.js';
import { ms, percentile, table } from './stats.js';

const PG_URL = 'postgres://postgres@127.0.0.1:5432/test';
const MOSCOW = { timeZone: 'Europe/Moscow', wake: '07:00', sleep: '23:00' };
const WARMUP = 5;

type Message = Record<string, unknown>;

/** A socket on /api/ws, authenticated (its `ready` received), that hands over its messages in order. */
async function liveSocket(base: string, token: string) {
  const socket = new WebSocket(`${base.replace('http', 'ws')}/api/ws`);
  const queued: Message[] = [];
  const waiting: Array<(message: Message) => void> = [];
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString()) as Message;
    const waiter = waiting.shift();
    if (waiter) waiter(message);
    else queued.push(message);
  });
  const next = () =>
    queued.length > 0 ? Promise.resolve(queued.shift()!) : new Promise<Message>((resolve) => waiting.push(resolve));
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const ready = next();
  socket.send(JSON.stringify({ type: 'auth', token }));
  if ((await ready).type !== 'ready') throw new Error('the socket was not authenticated');
  return { next, queued, close: () => socket.close() };
}

/** One person's run: [the baseline check-in's round trip, drop check-in → plan_adapted], in ms. */
async function oneRun(api: ApiHarness, base: string, index: number): Promise<[number, number]> {
  const user = await api.user(900_000 + index);
  await api.app.health.updateProfile(user.id, { archetype: 'foundation_builder', schedule: MOSCOW });
  const checkin = (energy: number) =>
    fetch(`${base}/api/health/checkin`, {
      method: 'POST',
      headers: { authorization: `Bearer ${api.token(user.id)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ energy, stress: 2, sleep: 4 }),
    }).then((response) => response.json() as Promise<{ adaptation: unknown }>);
  const socket = await liveSocket(base, api.token(user.id));
  try {
    // 4 of 5 is energy 0.75: over the drop's 0.6, under the surge's 0.8. The first check-in of the
    // day also builds and stores today's plan.
    await checkin(4);
    api.app.clock.advance(20_000);
    let started = performance.now();
    const quiet = await checkin(4);
    const baseline = performance.now() - started;
    if (quiet.adaptation !== null || socket.queued.length > 0) throw new Error('a baseline check-in adapted the plan');
    api.app.clock.advance(20_000);
    const delivered = socket.next();
    started = performance.now();
    const [message] = await Promise.all([delivered, checkin(1)]);
    const elapsed = performance.now() - started;
    if (message.type !== 'plan_adapted' || message.trigger !== 'energy_drop')
      throw new Error(`expected plan_adapted (energy_drop), got ${JSON.stringify(message)}`);
    return [baseline, elapsed];
  } finally {
    socket.close();
  }
}

async function adaptOn(dialect: DialectName, runs: number) {
  if (dialect === 'postgres') process.env.TEST_DATABASE_URL ??= PG_URL;
  const api = await startApi(dialect);
  const base = await api.http.listen({ host: '127.0.0.1', port: 0 });
  try {
    // 09:00 in Moscow on a Monday: the day's blocks are ahead (each run moves the clock 40 s).
    api.app.clock.advance(new Date('2026-03-02T06:00:00Z').getTime() - api.app.clock.now().getTime());
    const baselines: number[] = [];
    const delivered: number[] = [];
    for (let i = 0; i < runs + WARMUP; i++) {
      const [baseline, elapsed] = await oneRun(api, base, i);
      if (i < WARMUP) continue;
      baselines.push(baseline);
      delivered.push(elapsed);
    }
    return { baseline: sorted(baselines), delivered: sorted(delivered) };
  } finally {
    await api.dispose();
  }
}

const sorted = (samples: number[]) => samples.sort((left, right) => left - right);
const NAMES: Record<DialectName, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

/** Rows for `npm run bench`'s table: measure, median, p99, worst, ratio to its baseline. */
export async function benchHealthAdaptWs(runs = Number(process.env.BENCH_WS_RUNS ?? 50)): Promise<string[][]> {
  const rows: string[][] = [];
  for (const dialect of ['sqlite', 'postgres'] as const) {
    const name = NAMES[dialect];
    try {
      const { baseline, delivered } = await adaptOn(dialect, runs);
      const [baseMedian, median] = [percentile(baseline, 50), percentile(delivered, 50)];
      rows.push([
        `${name}: check-in that changes nothing, POST → answer (baseline)`,
        ms(baseMedian),
        ms(percentile(baseline, 99)),
        '',
        '1.0×',
      ]);
      rows.push([
        `${name}: energy drop check-in → plan_adapted on the WebSocket (${runs} people; bar < 1 s, p99 ≤ 50 ms)`,
        ms(median),
        ms(percentile(delivered, 99)),
        `worst ${ms(delivered.at(-1)!)}`,
        `${(median / baseMedian).toFixed(1)}×`,
      ]);
    } catch (error) {
      rows.push([`${name}: reading → plan_adapted`, 'skipped', '', '', `(${(error as Error).message.split('\n')[0]})`]);
    }
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchHealthAdaptWs();
  console.log(`Reading → adaptation over the WebSocket (Node ${process.version})\n`);
  console.log(table([['measure', 'median', 'p99', '', 'vs baseline (median)'], ...rows]));
  console.log('\nBar: delivered in < 1 s, p99 ≤ 50 ms locally.');
}
