import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { LRUCache } from 'lru-cache';
import type { ActionPlan, ActionSnapshot, RecordedAction } from '../../core/ports.js';
import type { Database } from '../schema.js';
import { iso, isoOrNull } from './rows.js';
import { compiledOnce } from '../compiled-once.js';
import {
  type ActionRow,
  movedStates,
  parseSnapshot,
  snapshotColumns,
  type SnapshotValues,
  snapshotValues,
} from './track-ledger-read.js';
import { zoneColumns, zoneOf } from './track-zone.js';
import { parseTallyColumns, type TallyRead, tallyWrite } from './progress-tally.js';

type Day = { start: Date; end: Date };

/**
 * The zone each person's last action was counted in ('' for UTC): the guess for "today" before
 * their rows are read, so the read is one statement. A wrong guess (a first action, a new zone)
 * costs one more read, never a wrong day.
 */
export type ZoneGuesses = LRUCache<string, string>;
// `maxSize` counting one per person, not `max`: with `max`, lru-cache sets aside room for every entry up front
// (about 3 MB here, in every server).
export const createZoneGuesses = (): ZoneGuesses => new LRUCache({ maxSize: 100_000, sizeCalculation: () => 1 });

/**
 * One person's actions in this process, one after another: the tail of each person's queue (per
 * program), dropped once it is empty. Their simultaneous actions (a phone and a browser, a client's
 * retries) then wait here, in memory, rather than each holding a pooled connection while it races
 * or waits for the person's row lock: one person's burst of 32 took most of a pool of 10, and
 * everyone else's requests waited behind it. Other instances are still told apart by the row version.
 */
export type PersonLanes = Map<string, Promise<void>>;
export const createPersonLanes = (): PersonLanes => new Map();

/** Runs `work` after every earlier work in the same lane has settled (whatever its outcome). */
export function inLane<T>(lanes: PersonLanes, key: string, work: () => Promise<T>): Promise<T> {
  const run = (lanes.get(key) ?? Promise.resolve()).then(work);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  lanes.set(key, tail);
  void tail.then(() => {
    if (lanes.get(key) === tail) lanes.delete(key);
  });
  return run;
}

/**
 * Optimistic tries before the caller takes the enrolment's row lock instead. Without a lock, one person's
 * many simultaneous actions (a phone and a browser, a client's retries) could each keep losing the race
 * to another: with 32 in flight, 50 tries ran out for ~3 % of them (answered 500). Conflicts are rare
 * otherwise, so the fast path stays the rule and the lock, which always gets its turn, the exception.
 */
const ATTEMPTS = 2;

/**
 * PostgreSQL: one action in two statements, without an explicit transaction. Each round trip to the
 * server costs ~65 µs of a system call on a VM (waking the backend), and the locking transaction took
 * five (begin, lock, read, insert, commit). Optimistic instead: read the enrolment's row version
 * (`xmin`) beside the engine's snapshot, let `decide` plan, then write everything in one statement
 * of data-modifying CTEs that first updates the enrolment *only if its version is unchanged*. Another
 * instance's action on the same person in between changes the version (and waits on its row lock
 * until it commits): nothing is written and this action is planned again from fresh rows, so
 * "today" is never counted twice. A repeated source still fails on the unique index (the caller
 * answers it as a duplicate). Undefined when every try met another write: the caller records it
 * under the enrolment's row lock.
 */
export async function recordOptimistically<T extends ActionPlan>(
  db: Kysely<Database>,
  action: ActionRow,
  dayOf: (timeZone: string | undefined) => Day,
  decide: (snapshot: ActionSnapshot) => T,
  zones: ZoneGuesses,
): Promise<RecordedAction<T> | undefined> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const read = await readForAction(db, action, dayOf, zones);
    if (!read) return { kind: 'not_enrolled' };
    const plan = decide(read.snapshot);
    if (await writeIfUnchanged(db, action, plan, read)) return { kind: 'recorded', actionId: action.id, plan };
  }
  return undefined;
}

/** The enrolment's version (null: not enrolled), the person's zone and the engine's snapshot. */
const readVersionAndSnapshot = compiledOnce(
  (db, values: SnapshotValues) =>
    db.selectNoFrom((eb) => [
      sql<string | null>`(select xmin::text from enrollments
      where user_id = ${values.userId} and program_id = ${values.programId})`.as('version'),
      ...zoneColumns(values.userId),
      ...snapshotColumns(db, eb, values),
    ]),
  { inText: ['creditedUpTo'] },
);

/** The enrolment's version, the person's zone and the engine's snapshot in one statement; undefined: not enrolled. */
async function readForAction(
  db: Kysely<Database>,
  action: ActionRow,
  dayOf: (timeZone: string | undefined) => Day,
  zones: ZoneGuesses,
): Promise<{ version: string; snapshot: ActionSnapshot; tally: TallyRead } | undefined> {
  const { userId, programId } = action;
  const scope = { userId, programId, actionType: action.actionType, at: action.at, creditedUpTo: action.creditedUpTo };
  let zone = zones.get(userId) || undefined;
  for (;;) {
    const day = dayOf(zone);
    const row = (await readVersionAndSnapshot(db, snapshotValues(scope, day))).rows[0]!;
    if (row.version === null) return undefined;
    const actual = zoneOf(row);
    zones.set(userId, actual ?? '');
    const counted = dayOf(actual);
    // Read under another zone's day: read again under the person's own (the next action guesses right).
    if (counted.start.getTime() === day.start.getTime() && counted.end.getTime() === day.end.getTime())
      return { version: row.version, snapshot: parseSnapshot(row), tally: parseTallyColumns(row) };
    zone = actual;
  }
}

/** What `writeIfUnchanged` binds: the action's scalars, and each list as one array per column. */
interface WriteValues {
  version: string;
  at: string;
  id: string;
  userId: string;
  programId: string;
  actionType: string;
  source: string;
  sourceId: string | null;
  credit: string;
  eventIds: string[];
  eventTracks: string[];
  deltas: number[];
  oldPcts: number[];
  newPcts: number[];
  stateTracks: string[];
  completions: number[];
  phases: string[];
  totals: number[];
  lastActivity: Array<string | null>;
  lastProgress: Array<string | null>;
  nudged: Array<string | null>;
  milestoneIds: string[];
  milestoneTracks: string[];
  milestoneTypes: string[];
  metadata: string[];
  tallyWrite: number;
  tallyCounts: string;
  tallyDays: number;
  tallyLastDay: string | null;
}

/**
 * The action, its ledger events, the moved tracks' states and new milestones, written by one
 * statement only if the enrolment still has `version` (`written` 0 when it had changed: nothing
 * written). Lists travel as arrays (`unnest`), so the text is the same for every action: one named
 * statement, compiled once.
 */
const writeStatement = compiledOnce(
  (_db, bound: WriteValues) => sql<{ written: number }>`
    with locked as (
      update enrollments set updated_at = ${bound.at}::timestamptz
      where user_id = ${bound.userId} and program_id = ${bound.programId} and xmin = ${bound.version}::xid
      returning user_id
    ), recorded as (
      insert into actions (id, user_id, program_id, action_type, source, source_id, credit, created_at)
      select ${bound.id}, ${bound.userId}, ${bound.programId}, ${bound.actionType}, ${bound.source}, ${bound.sourceId},
        ${bound.credit}, ${bound.at}::timestamptz
      from locked
    ), ledger as (
      insert into progress_events
        (id, user_id, program_id, action_id, track, action_type, source, delta, old_pct, new_pct, created_at)
      select e.id, ${bound.userId}, ${bound.programId}, ${bound.id}, e.track, ${bound.actionType}, ${bound.source},
        e.delta, e.old_pct, e.new_pct, ${bound.at}::timestamptz
      from locked, unnest(${bound.eventIds}::text[], ${bound.eventTracks}::text[], ${bound.deltas}::int[],
        ${bound.oldPcts}::int[], ${bound.newPcts}::int[]) as e(id, track, delta, old_pct, new_pct)
    ), states as (
      insert into track_states (user_id, program_id, track, completion, phase, total_actions,
        last_activity_at, last_progress_at, nudged_at)
      select ${bound.userId}, ${bound.programId}, s.track, s.completion, s.phase, s.total_actions,
        s.last_activity_at, s.last_progress_at, s.nudged_at
      from locked, unnest(${bound.stateTracks}::text[], ${bound.completions}::int[], ${bound.phases}::text[],
        ${bound.totals}::int[], ${bound.lastActivity}::timestamptz[], ${bound.lastProgress}::timestamptz[],
        ${bound.nudged}::timestamptz[]
      ) as s(track, completion, phase, total_actions, last_activity_at, last_progress_at, nudged_at)
      on conflict (user_id, program_id, track) do update set completion = excluded.completion,
        phase = excluded.phase, total_actions = excluded.total_actions,
        last_activity_at = excluded.last_activity_at, last_progress_at = excluded.last_progress_at
    ), milestones as (
      insert into track_milestones (id, user_id, program_id, track, milestone_type, achieved_at, metadata)
      select m.id, ${bound.userId}, ${bound.programId}, m.track, m.milestone_type, ${bound.at}::timestamptz, m.metadata
      from locked, unnest(${bound.milestoneIds}::text[], ${bound.milestoneTracks}::text[], ${bound.milestoneTypes}::text[],
        ${bound.metadata}::text[]) as m(id, track, milestone_type, metadata)
      on conflict (user_id, program_id, milestone_type) do nothing
    ), tally as (
      update progress_snapshots set counts = ${bound.tallyCounts}, days_active = ${bound.tallyDays}::int,
        last_day = ${bound.tallyLastDay}::text
      from locked
      where progress_snapshots.user_id = ${bound.userId} and progress_snapshots.program_id = ${bound.programId}
        and ${bound.tallyWrite}::int = 1
    )
    select count(*)::int as written from locked`,
);

/**
 * Writes the plan, and the progress tally it moves, unless the enrolment changed since it was read; false:
 * nothing written. The version guards the tally too: every other write of it (an action, a rebuild) changes
 * the enrolment's version first.
 */
async function writeIfUnchanged(
  db: Kysely<Database>,
  action: ActionRow,
  plan: ActionPlan,
  read: { version: string; tally: TallyRead },
): Promise<boolean> {
  const moved = movedStates(plan);
  const { rows } = await writeStatement(db, {
    ...tallyWrite(read.tally, action, plan),
    version: read.version,
    at: iso(action.at),
    id: action.id,
    userId: action.userId,
    programId: action.programId,
    actionType: action.actionType,
    source: action.source,
    sourceId: action.sourceId,
    credit: plan.credit,
    eventIds: plan.events.map(() => randomUUID()),
    eventTracks: plan.events.map((event) => event.track),
    deltas: plan.events.map((event) => event.delta),
    oldPcts: plan.events.map((event) => event.oldPct),
    newPcts: plan.events.map((event) => event.newPct),
    stateTracks: moved.map((state) => state.track),
    completions: moved.map((state) => state.completion),
    phases: moved.map((state) => state.phase),
    totals: moved.map((state) => state.totalActions),
    lastActivity: moved.map((state) => isoOrNull(state.lastActivityAt)),
    lastProgress: moved.map((state) => isoOrNull(state.lastProgressAt)),
    nudged: moved.map((state) => isoOrNull(state.nudgedAt)),
    milestoneIds: plan.milestones.map(() => randomUUID()),
    milestoneTracks: plan.milestones.map((milestone) => milestone.track),
    milestoneTypes: plan.milestones.map((milestone) => milestone.id),
    metadata: plan.milestones.map((milestone) => JSON.stringify({ ...milestone.metadata, action_id: action.id })),
  });
  return rows[0]!.written === 1;
}
