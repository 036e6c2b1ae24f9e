// The capacity row: `GET /api/tracks/progress` for 10,000 people with ~100 actions each against 1,000 such
// people, on PostgreSQL, against the real `stepwise serve` (checkout-server.ts's `startServer`, on core 0 when
// `taskset` exists). Each read is another person's, in turn, so a cache smaller than the crowd misses. Printed:
// seeding time (bar: under 2 minutes), a first pass reading everyone once (nothing of theirs cached: the
// database's cost per person), then reads/s, p50, p99 and the views cache's hit ratio over the duration, and
// the 10,000 / 1,000 p99 ratio (bar ≤ 1.3×). BENCH_BEFORE_ROOT=<a checkout of an older commit> runs the same against that
// code too (seeded with its own code). BENCH_CAPACITY_PEOPLE (10000), BENCH_CAPACITY_BASE (1000),
// BENCH_CAPACITY_SECONDS (10). `npx tsx bench/capacity.ts`.
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { appOf, freshDatabase, seededIds, signTokens, startServer, viewCounts } from './checkout-server.js';
import { ms, table } from './stats.js';

const THIS_FILE = fileURLToPath(import.meta.url);
const ROOT = resolve(import.meta.dirname, '..');
const PEOPLE = Number(process.env.BENCH_CAPACITY_PEOPLE ?? 10_000);
const BASE = Number(process.env.BENCH_CAPACITY_BASE ?? 1_000);
const SECONDS = Number(process.env.BENCH_CAPACITY_SECONDS ?? 10);
const ACTIONS_EACH = 100;
const ACTIONS = ['support_group_attended', 'experience_shared', 'calm_moment', 'reached_out', 'emotional_checkin'];

/**
 * Child mode, with `root`'s code: one person enrolled through the services and `people` - 1 copies of their
 * rows, then each one's ~100 actions over a month, their ledger events and milestones written in bulk (the services would
 * take minutes), and, where the code keeps a progress tally, each person's counted from those rows, as
 * recording them one by one would have left it. Prints the ids as JSON.
 */
async function seed(root: string, url: string, people: number): Promise<void> {
  const app = await appOf(root, url);
  const milestones: string[] = app.tracks.program('recovery').milestones.map((one: { id: string }) => one.id);
  // One person as the app makes them; the others are their copies (the services would take minutes).
  const template = await app.goals.ensureUser({ provider: 'bench', subject: 'c0', locale: 'en' });
  await app.tracks.enroll(template.id, 'recovery', 'self_work');
  await app.close();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Bulk rows skip the change triggers (a fresh database nobody reads yet).
    await client.query(`set session_replication_role = replica`);
    await copyPeople(client, template.id, people - 1);
    await writeLedgers(client, milestones);
    const kept = await client.query(`select to_regclass('progress_snapshots') is not null as kept`);
    if (kept.rows[0].kept) {
      await client.query(`delete from progress_snapshots`);
      await client.query(
        `insert into progress_snapshots (user_id, program_id, counts, days_active, last_day)
         select e.user_id, e.program_id,
           (select coalesce(json_object_agg(c.action_type, c.n), '{}')::text from (select action_type, count(*) as n
             from actions a where a.user_id = e.user_id and a.program_id = e.program_id
               and (a.credit is null or a.credit <> 'too_soon') group by action_type) c),
           (select count(distinct to_char(created_at at time zone 'UTC', 'YYYY-MM-DD')) from progress_events p
             where p.user_id = e.user_id and p.program_id = e.program_id),
           (select max(to_char(created_at at time zone 'UTC', 'YYYY-MM-DD')) from progress_events p
             where p.user_id = e.user_id and p.program_id = e.program_id)
         from enrollments e`,
      );
    }
    await client.query(`analyze`);
    const ids = (await client.query(`select user_id from enrollments`)).rows.map((row) => row.user_id as string);
    process.stdout.write(`${JSON.stringify(ids)}\n`);
  } finally {
    await client.end();
  }
}

/** `copies` more people like `templateId`: their accounts, identities, enrolments and track states. */
async function copyPeople(client: pg.Client, templateId: string, copies: number): Promise<void> {
  await client.query(
    `insert into users (id, locale, tone, display_name, created_at, updated_at, time_zone, signed_out_at)
       select md5('u' || g)::uuid::text, locale, tone, null, created_at, updated_at, null, null
       from users cross join generate_series(1, $2::int) g where id = $1`,
    [templateId, copies],
  );
  await client.query(
    `insert into user_identities (provider, subject, user_id, created_at)
       select provider, 'c' || g, md5('u' || g)::uuid::text, created_at
       from user_identities cross join generate_series(1, $2::int) g where user_id = $1`,
    [templateId, copies],
  );
  await client.query(
    `insert into enrollments (user_id, program_id, primary_track, primary_chosen_at, track_switches, enrolled_at,
         updated_at)
       select md5('u' || g)::uuid::text, program_id, primary_track, primary_chosen_at, track_switches, enrolled_at,
         updated_at
       from enrollments cross join generate_series(1, $2::int) g where user_id = $1`,
    [templateId, copies],
  );
  await client.query(
    `insert into track_states (user_id, program_id, track, completion, phase, total_actions, last_activity_at,
         last_progress_at, nudged_at)
       select md5('u' || g)::uuid::text, program_id, track, completion, phase, total_actions, last_activity_at,
         last_progress_at, nudged_at
       from track_states cross join generate_series(1, $2::int) g where user_id = $1`,
    [templateId, copies],
  );
}

/** Everyone's ~100 actions over a month (one in ten too soon), a ledger event for each counted one, and milestones. */
async function writeLedgers(client: pg.Client, milestones: string[]): Promise<void> {
  await client.query(
    `insert into actions (id, user_id, program_id, action_type, source, source_id, credit, created_at)
       select md5(e.user_id || '/' || g)::uuid::text, e.user_id, 'recovery', ($1::text[])[1 + g % 5], 'api', null,
         case when g % 10 = 0 then 'too_soon' else 'full' end, now() - make_interval(hours => 7 * g)
       from enrollments e cross join generate_series(1, ${ACTIONS_EACH}) g`,
    [ACTIONS],
  );
  await client.query(
    `insert into progress_events (id, user_id, program_id, action_id, track, action_type, source, delta, old_pct,
         new_pct, created_at)
       select md5('e' || a.id)::uuid::text, a.user_id, a.program_id, a.id, 'self_work', a.action_type, a.source, 1, 0, 1,
         a.created_at
       from actions a where a.credit = 'full'`,
  );
  await client.query(
    `insert into track_milestones (id, user_id, program_id, track, milestone_type, achieved_at, metadata)
       select md5('m' || e.user_id || m)::uuid::text, e.user_id, 'recovery', 'self_work', m, now(), '{}'
       from enrollments e cross join unnest($1::text[]) m`,
    [milestones.slice(0, 30)],
  );
}

async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const database = await freshDatabase('postgres', `capacity_${randomBytes(4).toString('hex')}`);
  try {
    return await work(database.url);
  } finally {
    await database.drop();
  }
}

interface Row {
  code: string;
  people: number;
  seedSeconds: number;
  /** The first pass: every person read once (nothing of theirs cached: the database's cost). */
  coldPerSecond: number;
  coldP99: number;
  perSecond: number;
  p50: number;
  p99: number;
  hitRatio: number;
}

/** One code, one crowd: seed, serve, read everyone in turn. */
async function measureCrowd(code: string, root: string, people: number): Promise<Row> {
  return withDatabase(async (url) => {
    const started = performance.now();
    const ids = await seededIds(ROOT, [THIS_FILE, '--seed', root, url, String(people)]);
    const seedSeconds = (performance.now() - started) / 1000;
    const tokens = await signTokens(ids);
    const server = await startServer(root, url);
    try {
      let next = 0;
      const shoot = (length: { duration: number } | { amount: number }) =>
        autocannon({
          url: `${server.url}/api/tracks/progress`,
          connections: 50,
          ...length,
          requests: [
            {
              method: 'GET',
              setupRequest: (request) => ({
                ...request,
                headers: { authorization: `Bearer ${tokens[next++ % tokens.length]}` },
              }),
            },
          ],
        });
      await shoot({ duration: 2 }); // warm-up: JIT, pools
      // Then everyone once, in turn (all misses but the warm-up's), then as many reads as the duration holds.
      const cold = await shoot({ amount: tokens.length });
      const before = await viewCounts(server);
      const result = await shoot({ duration: SECONDS });
      const after = await viewCounts(server);
      if (result.non2xx || result.errors) throw new Error(`${result.non2xx} non-2xx, ${result.errors} errors`);
      const hits = (after?.hits ?? NaN) - (before?.hits ?? NaN);
      const misses = (after?.misses ?? NaN) - (before?.misses ?? NaN);
      return {
        code,
        people,
        seedSeconds,
        coldPerSecond: cold.requests.average,
        coldP99: cold.latency.p99,
        perSecond: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        hitRatio: hits / (hits + misses),
      };
    } finally {
      await server.stop();
    }
  });
}

export async function benchCapacity(): Promise<Row[]> {
  const codes: Array<[string, string]> = [
    ...(process.env.BENCH_BEFORE_ROOT ? [['before', resolve(process.env.BENCH_BEFORE_ROOT)] as [string, string]] : []),
    ['this', ROOT],
  ];
  const rows: Row[] = [];
  for (const [code, root] of codes)
    for (const people of [BASE, PEOPLE]) {
      rows.push(await measureCrowd(code, root, people));
      process.stderr.write(`capacity: ${code} ${people} done\n`);
    }
  const header = [
    'code',
    'people',
    'seeded in',
    'first pass reads/s',
    'first pass p99',
    'reads/s',
    'p50',
    'p99',
    'views hit ratio',
    'p99 vs base',
  ];
  const base = (code: string) => rows.find((row) => row.code === code && row.people === BASE)!;
  process.stdout.write(
    `\nCapacity: ${PEOPLE.toLocaleString('en')} people × ~${ACTIONS_EACH} actions vs ${BASE.toLocaleString('en')}, PostgreSQL (bars: p99 ≤ 1.3× the base; seeding < 2 min)\n` +
      table([
        header,
        ...rows.map((row) => [
          row.code,
          row.people.toLocaleString('en'),
          `${row.seedSeconds.toFixed(0)} s`,
          row.coldPerSecond.toFixed(0),
          ms(row.coldP99),
          row.perSecond.toFixed(0),
          ms(row.p50),
          ms(row.p99),
          Number.isFinite(row.hitRatio) ? row.hitRatio.toFixed(2) : 'n/a',
          `${(row.p99 / base(row.code).p99).toFixed(2)}×`,
        ]),
      ]) +
      '\n',
  );
  return rows;
}

if (process.argv[1] === THIS_FILE) {
  if (process.argv[2] === '--seed') await seed(process.argv[3]!, process.argv[4]!, Number(process.argv[5]));
  else await benchCapacity();
}
