// `npm run bench`: the speed and size bars of the core, each next to a baseline measured in the
// same run (these machines are noisy; ratios travel better than absolute numbers).
import { loadConfig } from '../src/config/env.js';
import { silentLog } from '../src/core/ports.js';
import { createApp } from '../src/main/app.js';
import { createLlmCoach } from '../src/coach/llm/llm-coach.js';
import { createReasonReader } from '../src/coach/reasons/reason-reader.js';
import { createOfflineCoach } from '../src/coach/offline/offline-coach.js';
import { cachedGoalModel } from '../src/main/model-cache.js';
import { createMetrics } from '../src/interfaces/metrics/metrics.js';
import type { CoachContext } from '../src/core/goals/coach.port.js';
import { contextFrom } from '../test/factories/coach-context.js';
import { createTestDatabase } from '../test/factories/databases.js';
import { startFakeOpenAI } from '../test/fakes/openai-server.js';
import { measure, ms, table } from './stats.js';
import { benchApi } from './api.js';
import { benchTelegram } from './telegram.js';
import { benchTracks, rowsOf } from './tracks.js';
import { benchSafety } from './safety.js';
import { benchHealthPlan } from './health-plan.js';
import { benchHealthToday } from './health-today.js';
import { benchHealthTodayApi } from './health-today-api.js';
import { benchHealthReadings } from './health-readings.js';
import { benchHealthAdaptWs } from './health-adapt-ws.js';
import { benchHealthImport } from './health-import.js';
import { benchWebPaint, PAINT_BAR } from './web-paint.js';
import { benchIdleSockets } from './idle-sockets.js';
import { benchIdleMemory } from './idle-memory.js';
import { benchColdStart } from './cold-start.js';
import { benchHttpImport } from './http-import.js';
import { benchTokenRotation, TOKEN_BAR } from './token-rotation.js';
import { benchCapacity } from './capacity.js';
import { benchReadsAtScale, READS_BARS } from './reads-at-scale.js';
import { benchOfflineSteps } from './offline-steps.js';
import { benchScale } from './scale.js';
import { benchInstructions, INSTRUCTIONS_BAR } from './instructions.js';

const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1000);

async function doneNext(dialect: 'sqlite' | 'postgres') {
  if (dialect === 'postgres') process.env.TEST_DATABASE_URL = PG_URL;
  const testDb = await createTestDatabase(dialect);
  const cfg = loadConfig({ DATABASE_URL: testDb.url, LOG_LEVEL: 'silent' });
  if (!cfg.ok) throw new Error(cfg.problems.join('\n'));
  const app = await createApp(cfg.config, { log: silentLog, db: testDb.schema ? { schema: testDb.schema } : {} });
  try {
    const user = await app.goals.ensureUser({ provider: 'bench', subject: 'u', locale: 'en' });
    await app.goals.createGoal(user.id, { title: 'Learn Spanish' });
    const baseline = await measure(ROUNDS, () => app.stores.users.byId(user.id));
    const cycle = await measure(ROUNDS, async () => {
      await app.goals.completeStep(user.id);
      await app.goals.nextStep(user.id);
    });
    return { baseline, cycle };
  } finally {
    await app.close();
    await testDb.dispose();
  }
}

async function offlineCoach() {
  const app = await createApp(loadConfigOrThrow({ DATABASE_URL: 'sqlite::memory:' }), { log: silentLog });
  const coach = app.coach;
  const history: CoachContext['history'] = [];
  const base: Partial<CoachContext> = {
    // A description and no settled kind: every step reads the goal again (classifier and slots).
    goal: {
      id: 'g',
      title: 'Learn Spanish',
      description: 'I know a few words; we go to Madrid in two months',
      goalType: null,
    },
    mayAsk: false,
  };
  for (let i = 0; i < 40; i++) {
    const coachResult = await coach.nextStep(contextFrom(base, history));
    if (coachResult.status === 'ok')
      history.push({
        text: coachResult.step,
        coachKey: coachResult.coachKey ?? null,
        completedAt: new Date(),
        estimatedMinutes: coachResult.estimatedMinutes,
      });
  }
  const ctx = contextFrom(base, history);
  const baseline = await measure(ROUNDS * 5, () => JSON.parse(JSON.stringify(ctx)));
  const step = await measure(ROUNDS * 5, () => coach.nextStep(ctx));
  await app.close();
  return { baseline, step };
}

async function promptSize() {
  const fake = await startFakeOpenAI();
  const pack = (await import('../src/content/load-coach-pack.js')).loadCoachPack();
  if (!pack.ok) throw new Error('content');
  const coach = createLlmCoach({
    baseUrl: fake.baseUrl,
    model: 'bench',
    timeoutMs: 5000,
    fallback: createOfflineCoach(pack.pack, cachedGoalModel(pack.pack)),
    constraints: createReasonReader(pack.pack.rephrase).constraints,
    counters: createMetrics(),
    log: silentLog,
  });
  const ctxAt = (steps: number): CoachContext =>
    contextFrom(
      {
        goal: {
          id: 'g',
          title: 'Learn Spanish well enough to talk with my partner’s family',
          description: 'They live in Valencia; we visit twice a year.',
          goalType: null,
        },
        clarifications: [{ question: 'What do you want to be able to do first?', answer: 'Small talk at dinner' }],
      },
      Array.from({ length: steps }, (_, i) => ({
        text: `Step ${i + 1}: practise ten phrases about ${['food', 'family', 'travel', 'work'][i % 4]} out loud and record yourself once`,
        coachKey: null,
        completedAt: new Date(),
        estimatedMinutes: 15,
      })),
    );
  const sizes: number[] = [];
  for (const steps of [10, 500]) {
    fake.script({ answer: { status: 'ok', step: 'Say three Spanish greetings out loud.', estimated_minutes: 5 } });
    await coach.nextStep(ctxAt(steps));
    sizes.push(fake.requests.at(-1)!.messages.reduce((sum, message) => sum + message.content.length, 0));
  }
  await fake.close();
  return sizes as [number, number];
}

function loadConfigOrThrow(env: Record<string, string>) {
  const configResult = loadConfig({ LOG_LEVEL: 'silent', ...env });
  if (!configResult.ok) throw new Error(configResult.problems.join('\n'));
  return configResult.config;
}

const rows: string[][] = [['measure', 'median', 'p99', 'per second', 'vs baseline (median)']];
for (const dialect of ['sqlite', 'postgres'] as const) {
  try {
    const { baseline, cycle } = await doneNext(dialect);
    rows.push([
      `${dialect}: primary-key read (baseline)`,
      ms(baseline.median),
      ms(baseline.p99),
      baseline.perSecond.toFixed(0),
      '1.0×',
    ]);
    rows.push([
      `${dialect}: done + next step`,
      ms(cycle.median),
      ms(cycle.p99),
      cycle.perSecond.toFixed(0),
      `${(cycle.median / baseline.median).toFixed(1)}×`,
    ]);
  } catch (failure) {
    rows.push([`${dialect}: done + next step`, 'skipped', '', '', `(${(failure as Error).message.split('\n')[0]})`]);
  }
}
const coach = await offlineCoach();
rows.push([
  'offline coach: JSON round-trip of the context (baseline)',
  ms(coach.baseline.median),
  ms(coach.baseline.p99),
  coach.baseline.perSecond.toFixed(0),
  '1.0×',
]);
rows.push([
  'offline coach: next step at step 40',
  ms(coach.step.median),
  ms(coach.step.p99),
  coach.step.perSecond.toFixed(0),
  `${(coach.step.median / coach.baseline.median).toFixed(1)}×`,
]);
const firstFive = await benchOfflineSteps();
rows.push([
  `offline coach: first five steps of ${firstFive.goals} review goals, kind not settled`,
  ms(firstFive.step.median),
  ms(firstFive.step.p99),
  firstFive.step.perSecond.toFixed(0),
  `${(firstFive.step.median / firstFive.baseline.median).toFixed(0)}× a JSON round trip of its context`,
]);
rows.push([
  'offline coach: the same steps after a rephrase reason and a typed answer',
  ms(firstFive.heard.median),
  ms(firstFive.heard.p99),
  firstFive.heard.perSecond.toFixed(0),
  `${(firstFive.heard.median / firstFive.baseline.median).toFixed(0)}× a JSON round trip of its context`,
]);
rows.push(...(await benchSafety(ROUNDS)));
const health = await benchHealthPlan(ROUNDS);
rows.push(...health.rows);
rows.push(...(await benchHealthToday(Math.min(ROUNDS, 500))));
rows.push(...(await benchHealthTodayApi(Math.min(ROUNDS, 200))));
// Biometrics (issue 12): a 1,000-reading batch, a reading → plan_adapted over the WebSocket, and a
// synthetic Apple export (BENCH_IMPORT_MB, default 500: about 25 s, most of it writing the file).
rows.push(...(await benchHealthReadings(Math.min(ROUNDS, 200))));
rows.push(...(await benchHealthAdaptWs()));
rows.push(...(await benchHealthImport()).rows);
const [at10, at500] = await promptSize();
rows.push(['LLM prompt size at step 10 (chars)', String(at10), '', '', '1.0×']);
rows.push(['LLM prompt size at step 500 (chars)', String(at500), '', '', `${(at500 / at10).toFixed(2)}×`]);

const tg = await benchTelegram(Math.min(ROUNDS, 500));
rows.push([
  'telegram: bare sendMessage round trip (baseline)',
  ms(tg.baseline.median),
  ms(tg.baseline.p99),
  tg.baseline.perSecond.toFixed(0),
  '1.0×',
]);
rows.push([
  'telegram: /step, update → reply sent',
  ms(tg.command.median),
  ms(tg.command.p99),
  tg.command.perSecond.toFixed(0),
  `${(tg.command.median / tg.baseline.median).toFixed(1)}×`,
]);
rows.push([
  'telegram: /done and /next, alternating',
  ms(tg.cycle.median),
  ms(tg.cycle.p99),
  tg.cycle.perSecond.toFixed(0),
  `${(tg.cycle.median / tg.baseline.median).toFixed(1)}×`,
]);

for (const dialect of ['sqlite', 'postgres'] as const) {
  try {
    if (dialect === 'postgres') process.env.TEST_DATABASE_URL = PG_URL;
    rows.push(...rowsOf(await benchTracks(dialect, ROUNDS)));
  } catch (error) {
    rows.push([`${dialect}: tracks`, 'skipped', '', '', `(${(error as Error).message.split('\n')[0]})`]);
  }
}

console.log(`Stepwise core benchmarks (${ROUNDS} rounds; Node ${process.version})\n`);
console.log(table(rows));
console.log(
  `\nBars: done+next median on SQLite < 2 ms; offline coach p99 < 5 ms; prompt at step 500 ≤ 1.2 × step 10; bot command p99 < 50 ms;\n      record action p99 < 5 ms on SQLite; /progress < 50 ms; track switch < 10 ms; crisis check p99 < 1 ms;\n      health plan p99 < 20 ms (repertoire: ${health.source}); /today < 50 ms; GET /api/health/plan/today p99 ≤ 20 ms per archetype and language;\n      1,000-reading batch < 100 ms on SQLite; reading → plan_adapted < 1 s (p99 ≤ 50 ms); 500 MB import RSS growth < 200 MB.`,
);

// The web app's first meaningful paint in Chromium, CPU throttled 4×, cold cache (its own server and
// browser; its own table: median, worst, p95). BENCH_WEB=off skips it; BENCH_PAINT_RUNS loads (20).
if (process.env.BENCH_WEB !== 'off') {
  const paint = await benchWebPaint();
  console.log(`\n${table([['measure', 'median', 'worst', 'p95', 'vs baseline (median)'], ...paint])}`);
  console.log(`\nBar: ${PAINT_BAR}`);
}

// The HTTP API (its own processes; the 100,000-user database is built on the first run, a few
// minutes, and kept in the temp directory). BENCH_API=off skips it.
if (process.env.BENCH_API !== 'off') console.log(`\n${(await benchApi()).join('\n')}`);

// `npm start` itself: idle memory (npm and the server) and warm start, then after 1,000 mixed requests.
// BENCH_MEMORY=off skips it.
if (process.env.BENCH_MEMORY !== 'off') console.log(`\n${(await benchIdleMemory()).join('\n')}`);

// A release build's first start in a new container (empty private cache; dist/caches shipped) against a warm start.
// BENCH_COLD=off skips it.
if (process.env.BENCH_COLD !== 'off') console.log(`\n${(await benchColdStart()).join('\n')}`);

// An HTTP import of a 150 MB Apple export into a real server: its memory grows by ≤ 50 MB. BENCH_HTTP_IMPORT=off skips it.
if (process.env.BENCH_HTTP_IMPORT !== 'off') console.log(`\n${(await benchHttpImport()).join('\n')}`);

// 5,000 idle sockets against a real `stepwise serve` (its own process, descriptor limit raised):
// /healthz still answers in < 100 ms. BENCH_IDLE=off skips it.
if (process.env.BENCH_IDLE !== 'off') console.log(`\n${(await benchIdleSockets()).join('\n')}`);

// Issue 15: the token and user caches under 100,000 active users against 1,000 (each in its own
// process, best of two interleaved runs). BENCH_TOKENS=off skips it.
if (process.env.BENCH_TOKENS !== 'off') {
  const rows = await benchTokenRotation();
  console.log(`\nTokens in rotation (Node ${process.version})\n`);
  console.log(table([['measure', 'median', 'p99', 'rate', 'vs 1,000'], ...rows]));
  console.log(`Bar: ${TOKEN_BAR}`);
}

// Issue 15: progress reads on SQLite and PostgreSQL, alone and while others write 50 and 500 times a
// second, and two PostgreSQL instances (real `stepwise serve` processes; BENCH_BEFORE_ROOT adds an
// older checkout's rows). BENCH_READS=off skips it.
if (process.env.BENCH_READS !== 'off') {
  console.log(`\nReads at scale (Node ${process.version}; 50 connections)\n`);
  console.log(table(await benchReadsAtScale()));
  console.log(`Bars: ${READS_BARS.join('; ')}.`);
}

// Instructions a cached read costs against the hello-world's, under valgrind's callgrind: a count that does not move
// with the machine's load, where the reads' times above do (bench/instructions.ts). BENCH_INSTRUCTIONS=off skips it.
if (process.env.BENCH_INSTRUCTIONS !== 'off') {
  console.log(`\nInstructions a request (callgrind; Node ${process.version})\n`);
  console.log(table(await benchInstructions()));
  console.log(`Bar: ${INSTRUCTIONS_BAR}.`);
}

// Writes under load and a flood past the server's bounds (bench/scale.ts; servers in their own
// processes). BENCH_SCALE=off skips it.
if (process.env.BENCH_SCALE !== 'off') {
  console.log(`\nWrites and overload (Node ${process.version}; server on core 0, load on core 1)\n`);
  console.log(table(await benchScale()));
}

// The capacity row: 10,000 people with ~100 actions each read as fast as 1,000 (bench/capacity.ts;
// PostgreSQL; BENCH_BEFORE_ROOT adds an older checkout's rows). BENCH_CAPACITY=off skips it.
if (process.env.BENCH_CAPACITY !== 'off') await benchCapacity();
