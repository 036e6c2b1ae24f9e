import { type Kysely, PostgresAdapter, sql, type Transaction } from 'kysely';
import type { UserId } from '../../core/goals/model.js';
import type { ActionPlan } from '../../core/ports.js';
import { compiledOnce } from '../compiled-once.js';
import { inTransaction } from '../in-transaction.js';
import type { Database } from '../schema.js';
import { iso } from './rows.js';
import { notTooSoon } from './track-credit.js';

/**
 * What the progress view aggregates over a person's whole ledger, kept as one row per person and program
 * (`progress_snapshots`, 0016) and moved by every recorded action in the action's own write: the action
 * counts per type (too-soon bursts left out, as `notTooSoon`), the distinct UTC days with progress and the
 * last of them. The ledger stays the source of truth: a missing row (data from before 0016, a restored
 * backup) is rebuilt from it on the next read (`rebuildTally`).
 */
export interface Tally {
  counts: Record<string, number>;
  daysActive: number;
  /** The latest UTC day (YYYY-MM-DD) with progress: an action on it or after it needs no look at the ledger. */
  lastDay: string | null;
}

/** The UTC day of a moment, as the days are counted (the ledger's SQLite text starts with it). */
export const utcDay = (at: Date): string => iso(at).slice(0, 10);

/** The tally row as the read statements select it (JSON aggregate or plain row, by dialect). */
export interface TallyRow {
  counts: string | Record<string, number>;
  days_active: number | string;
  last_day: string | null;
}

export const parseTally = (row: TallyRow | null | undefined): Tally | undefined =>
  row
    ? {
        counts: typeof row.counts === 'string' ? (JSON.parse(row.counts) as Record<string, number>) : row.counts,
        daysActive: Number(row.days_active),
        lastDay: row.last_day,
      }
    : undefined;

/** What an action's read needs for the tally: the row, and whether its UTC day already had progress. */
export interface TallyValues {
  userId: string;
  programId: string;
  /** The action's UTC day and its bounds. */
  utcDay: string;
  utcStart: string;
  utcEnd: string;
}

export const tallyValues = (userId: string, programId: string, at: Date): TallyValues => {
  const day = utcDay(at);
  const start = new Date(`${day}T00:00:00.000Z`);
  return {
    userId,
    programId,
    utcDay: day,
    utcStart: iso(start),
    utcEnd: iso(new Date(start.getTime() + 24 * 3600 * 1000)),
  };
};

/**
 * The tally columns of the action's read: the row (null when missing) and `day_seen`, whether the action's
 * UTC day already had progress. On or after the last counted day the answer is known from the row alone;
 * only an action dated before it (a late arrival) looks at the ledger, through its (user, program, time) index.
 */
export const tallyColumns = (values: TallyValues) => [
  sql<string | null>`(select counts from progress_snapshots
    where user_id = ${values.userId} and program_id = ${values.programId})`.as('tally_counts'),
  sql<number | string | null>`(select days_active from progress_snapshots
    where user_id = ${values.userId} and program_id = ${values.programId})`.as('tally_days'),
  sql<string | null>`(select last_day from progress_snapshots
    where user_id = ${values.userId} and program_id = ${values.programId})`.as('tally_last_day'),
  sql<number | string>`(select case when last_day is null or last_day < ${values.utcDay} then 0
      when last_day = ${values.utcDay} then 1
      when exists (select 1 from progress_events where user_id = ${values.userId} and program_id = ${values.programId}
        and created_at >= ${values.utcStart} and created_at < ${values.utcEnd}) then 1 else 0 end
    from progress_snapshots where user_id = ${values.userId} and program_id = ${values.programId})`.as('day_seen'),
];

export interface TallyRead {
  tally: Tally | undefined;
  daySeen: boolean;
}

export const parseTallyColumns = (row: {
  tally_counts: string | null;
  tally_days: number | string | null;
  tally_last_day: string | null;
  day_seen: number | string | null;
}): TallyRead => ({
  tally:
    row.tally_counts === null
      ? undefined
      : parseTally({ counts: row.tally_counts, days_active: row.tally_days ?? 0, last_day: row.tally_last_day }),
  daySeen: Number(row.day_seen ?? 0) === 1,
});

/** The tally after one action: its type counted unless it came too soon; its UTC day counted once it moved a track. */
export function nextTally(read: Tally, action: { actionType: string; at: Date }, plan: ActionPlan, daySeen: boolean) {
  const counts =
    plan.credit === 'too_soon'
      ? read.counts
      : { ...read.counts, [action.actionType]: (read.counts[action.actionType] ?? 0) + 1 };
  if (plan.events.length === 0) return { ...read, counts };
  const day = utcDay(action.at);
  return {
    counts,
    daysActive: read.daysActive + (daySeen ? 0 : 1),
    lastDay: read.lastDay === null || day > read.lastDay ? day : read.lastDay,
  };
}

/** The bound values of the tally's update (`write: 0` when the row was missing: the next read rebuilds it). */
export const tallyWrite = (read: TallyRead, action: { actionType: string; at: Date }, plan: ActionPlan) => {
  const next = read.tally && nextTally(read.tally, action, plan, read.daySeen);
  return {
    tallyWrite: next ? 1 : 0,
    tallyCounts: JSON.stringify(next?.counts ?? {}),
    tallyDays: next?.daysActive ?? 0,
    tallyLastDay: next?.lastDay ?? null,
  };
};

const updateTally = compiledOnce(
  (db, values: { userId: string; programId: string; counts: string; days: number; lastDay: string | null }) =>
    db
      .updateTable('progress_snapshots')
      .set({ counts: values.counts, days_active: values.days, last_day: values.lastDay })
      .where('user_id', '=', values.userId)
      .where('program_id', '=', values.programId),
);

/** In the action's transaction, after its rows: the tally moved by it (nothing when the row is missing). */
export async function writeTally(
  tx: Transaction<Database>,
  action: { userId: string; programId: string; actionType: string; at: Date },
  plan: ActionPlan,
  read: TallyRead,
): Promise<void> {
  const bound = tallyWrite(read, action, plan);
  if (bound.tallyWrite === 0) return;
  await updateTally(tx, {
    userId: action.userId,
    programId: action.programId,
    counts: bound.tallyCounts,
    days: bound.tallyDays,
    lastDay: bound.tallyLastDay,
  });
}

/** The UTC day of a ledger row's time, per dialect (SQLite keeps ISO text; PostgreSQL a timestamptz). */
const dayOf = (db: Kysely<Database>) =>
  db.getExecutor().adapter instanceof PostgresAdapter
    ? sql<string>`to_char(created_at at time zone 'UTC', 'YYYY-MM-DD')`
    : sql<string>`substr(created_at, 1, 10)`;

/** The tally counted from the ledger itself. */
export async function ledgerTally(db: Kysely<Database>, userId: UserId, programId: string): Promise<Tally> {
  // One after the other: inside a transaction both go over its one connection anyway.
  const counts = await db
    .selectFrom('actions')
    .select(['action_type', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('user_id', '=', userId)
    .where('program_id', '=', programId)
    .where(notTooSoon)
    .groupBy('action_type')
    .execute();
  const days = await db
    .selectFrom('progress_events')
    .select([
      sql<number | string>`count(distinct ${dayOf(db)})`.as('days'),
      sql<string | null>`max(${dayOf(db)})`.as('last_day'),
    ])
    .where('user_id', '=', userId)
    .where('program_id', '=', programId)
    .executeTakeFirstOrThrow();
  return {
    counts: Object.fromEntries(counts.map((row) => [row.action_type, Number(row.n)])),
    daysActive: Number(days.days),
    lastDay: days.last_day,
  };
}

/**
 * A missing tally, counted from the ledger and kept, in one transaction that first touches the
 * enrolment row as every action does: an action either committed before (and is counted here) or
 * waits for this commit and then finds the row (on PostgreSQL the touch also gives the enrolment a
 * new version, so an action planned on "no row" is planned again). Not enrolled: counted, not kept.
 */
export async function rebuildTally(db: Kysely<Database>, userId: UserId, programId: string): Promise<Tally> {
  return inTransaction(db, async (tx) => {
    const touched = await tx
      .updateTable('enrollments')
      .set((eb) => ({ updated_at: eb.ref('updated_at') }))
      .where('user_id', '=', userId)
      .where('program_id', '=', programId)
      .executeTakeFirst();
    const tally = await ledgerTally(tx, userId, programId);
    if (Number(touched.numUpdatedRows) === 0) return tally;
    await tx
      .insertInto('progress_snapshots')
      .values({
        user_id: userId,
        program_id: programId,
        counts: JSON.stringify(tally.counts),
        days_active: tally.daysActive,
        last_day: tally.lastDay,
      })
      .onConflict((oc) => oc.columns(['user_id', 'program_id']).doNothing())
      .execute();
    return tally;
  });
}

const readTally = compiledOnce((db, values: { userId: string; programId: string }) =>
  db
    .selectFrom('progress_snapshots')
    .select(['counts', 'days_active', 'last_day'])
    .where('user_id', '=', values.userId)
    .where('program_id', '=', values.programId),
);

/** The person's tally by its key; a missing one counted from the ledger and kept. */
export async function tallyOf(db: Kysely<Database>, userId: UserId, programId: string): Promise<Tally> {
  const [row] = (await readTally(db, { userId, programId })).rows;
  return parseTally(row) ?? rebuildTally(db, userId, programId);
}
