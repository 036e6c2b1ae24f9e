// Instructions a request costs, counted by valgrind's callgrind: the same count run after run whatever else the machine
// is doing, where times on a shared 2-core VM swing by half from one minute to the next. Two servers in their own
// processes, each under callgrind: the Fastify hello-world of bench/reads-at-scale.ts (the baseline) and Stepwise as
// `npm start` runs it (its build, npm start's node flags) on a fresh SQLite file, answering one enrolled person's cached
// `GET /api/tracks/progress`, then `POST /api/tracks/actions` by 200 enrolled people in turn (a recorded action: the
// write whose p99 issue 59 bars; 2,000 to warm up, rounds of 1,000; its count is compared with its own earlier runs, as
// the hello-world has no write).
// Each idles a few seconds after it answers (as a server does after its start: start-up's
// collections and V8's own run then), takes 11,000 warm-up requests, then counts user-space instructions (kernel time
// is not counted: the socket writes cost both alike) over three rounds of BENCH_INSTRUCTION_REQUESTS (4,000).
// Skipped where valgrind is not installed. `npx tsx bench/instructions.ts`; BENCH_INSTRUCTIONS=off skips it in
// `npm run bench`.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { freePort } from '../test/e2e/processes.js';
import { freshDatabase, SECRET, seededIds, signTokens } from './checkout-server.js';
import { ACTIONS } from './reads-at-scale.js';

const THIS_FILE = fileURLToPath(import.meta.url);
const ROOT = resolve(import.meta.dirname, '..');
const REQUESTS = Number(process.env.BENCH_INSTRUCTION_REQUESTS ?? 4000);
const WARM_UP = 11_000;
const IDLE_MS = 5_000;

export const INSTRUCTIONS_BAR =
  'a cached progress read costs ≤ 2× the hello-world’s instructions (a regression guard: with process.nextTick gone generic it measured 2.4×)';

const hasValgrind = (() => {
  try {
    execFileSync('valgrind', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

interface Counted {
  child: ChildProcess;
  url: string;
  /** Instructions since the last count (callgrind's dump resets its counters). */
  count(): number;
}

/** `node …args` under callgrind with its counting off until `count` turns it on; resolves once `probe` answers. */
async function underCallgrind(args: string[], env: Record<string, string>, probe: string): Promise<Counted> {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-callgrind-'));
  const child = spawn(
    'valgrind',
    ['--tool=callgrind', '--instr-atstart=no', `--callgrind-out-file=${join(dir, 'out')}`, process.execPath, ...args],
    { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let err = '';
  child.stderr!.on('data', (chunk: Buffer) => (err = (err + chunk.toString()).slice(-2000)));
  child.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const deadline = Date.now() + 300_000; // a start under valgrind is ~50 times slower
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited under valgrind: ${err}`);
    if (
      await fetch(probe).then(
        (answer) => answer.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) throw new Error(`the server did not answer under valgrind in 5 minutes: ${err}`);
    await new Promise((done) => setTimeout(done, 500));
  }
  let counting = false;
  return {
    child,
    url: new URL(probe).origin,
    count() {
      if (!counting) {
        execFileSync('callgrind_control', ['--instr=on', String(child.pid)], { stdio: 'ignore' });
        counting = true;
        return 0;
      }
      execFileSync('callgrind_control', ['--dump', String(child.pid)], { stdio: 'ignore' });
      const newest = readdirSync(dir)
        .map((name) => join(dir, name))
        .sort((left, right) => statSync(right).mtimeMs - statSync(left).mtimeMs)[0]!;
      return Number(/^totals: (\d+)/m.exec(readFileSync(newest, 'utf8'))?.[1]);
    },
  };
}

/** What a load sends: a GET with fixed headers, or a POST whose headers and body change from request to request. */
type Request = (
  { path: string; headers?: Record<string, string> } | { path: string; next: () => autocannon.Request }
) & {
  /** Warm-up requests and requests a counted round (a write under callgrind takes ~10× a read's time). */
  amounts?: { warmUp: number; round: number };
};

async function load(url: string, request: Request, amount: number): Promise<void> {
  const result = await autocannon({
    url: `${url}${request.path}`,
    connections: 10,
    amount,
    ...('next' in request
      ? { requests: [{ method: 'POST', setupRequest: (base) => ({ ...base, ...request.next() }) }] }
      : { headers: request.headers ?? {} }),
  });
  if (result.non2xx || result.errors) throw new Error(`${result.non2xx} non-2xx answers, ${result.errors} errors`);
}

/** Median instructions a request over three counted rounds of each load, after the idle spell and the warm-up. */
async function perRequest(server: Counted, ...requests: Request[]): Promise<number[]> {
  try {
    await new Promise((done) => setTimeout(done, IDLE_MS));
    const counted: number[] = [];
    for (const request of requests) {
      const { warmUp, round: perRound } = request.amounts ?? { warmUp: WARM_UP, round: REQUESTS };
      await load(server.url, request, warmUp);
      server.count();
      await load(server.url, request, 500); // counting switched on (or the last load's dump) mid-way: not a round
      server.count();
      const rounds: number[] = [];
      for (let round = 0; round < 3; round++) {
        await load(server.url, request, perRound);
        rounds.push(server.count() / perRound);
      }
      counted.push(rounds.sort((left, right) => left - right)[1]!);
    }
    return counted;
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((done) => server.child.once('exit', done));
  }
}

export async function benchInstructions(): Promise<string[][]> {
  const header = ['measure', 'instructions a request', 'vs hello-world'];
  if (!hasValgrind) return [header, ['(valgrind is not installed: skipped)', '', '']];
  const helloPort = await freePort();
  const [hello] = await perRequest(
    await underCallgrind(
      ['--import', 'tsx', join(import.meta.dirname, 'reads-at-scale.ts'), '--hello'],
      { PORT: String(helloPort) },
      `http://127.0.0.1:${helloPort}/`,
    ),
    { path: '/' },
  );
  const database = await freshDatabase('sqlite', 'stepwise_bench_instructions');
  try {
    // The reads bench's people: a reader with three actions, and 200 writers (its `--seed`, this checkout's code).
    const people = await seededIds(ROOT, [
      join(import.meta.dirname, 'reads-at-scale.ts'),
      '--seed',
      ROOT,
      database.url,
    ]);
    const [reader, ...writers] = await signTokens(people);
    let sent = 0;
    const action = () => {
      const index = sent++;
      return {
        headers: { authorization: `Bearer ${writers[index % writers.length]}`, 'content-type': 'application/json' },
        body: JSON.stringify({ action_type: ACTIONS[index % ACTIONS.length] }),
      };
    };
    // The build `npm start` runs, with its flags (bench/checkout-server.ts builds it when stale).
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'server-build.mjs'), '--when-stale'], { stdio: 'ignore' });
    const port = await freePort();
    const stepwise = await underCallgrind(
      ['--expose-gc', '--max-semi-space-size=8', join(ROOT, 'bin', 'stepwise.js'), 'serve'],
      {
        PORT: String(port),
        JWT_SECRET: SECRET,
        RATE_LIMIT_PER_MINUTE: '0',
        LOG_LEVEL: 'silent',
        TELEGRAM_BOT_TOKEN: '',
        DATABASE_URL: database.url,
      },
      `http://127.0.0.1:${port}/healthz`,
    );
    const [read, write] = await perRequest(
      stepwise,
      { path: '/api/tracks/progress', headers: { authorization: `Bearer ${reader}` } },
      { path: '/api/tracks/actions', next: action, amounts: { warmUp: 2000, round: 1000 } },
    );
    const thousands = (value: number) => `${Math.round(value / 100) / 10}k`;
    return [
      header,
      ['Fastify hello-world (baseline)', thousands(hello!), '1.00×'],
      ['SQLite: cached GET /api/tracks/progress', thousands(read!), `${(read! / hello!).toFixed(2)}×`],
      ['SQLite: POST /api/tracks/actions, 200 people in turn', thousands(write!), `${(write! / hello!).toFixed(1)}×`],
    ];
  } finally {
    await database.drop();
  }
}

if (process.argv[1] === THIS_FILE) {
  const { table } = await import('./stats.js');
  console.log(`Instructions a request (callgrind; Node ${process.version})\n`);
  console.log(table(await benchInstructions()));
  console.log(`\nBar: ${INSTRUCTIONS_BAR}.`);
}
