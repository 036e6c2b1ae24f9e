import { randomUUID } from 'node:crypto';
import { type Insertable, type Kysely, PostgresAdapter, type Transaction } from 'kysely';
import type { ActionPlan, ActionSnapshot, EarlierAction, RecordedAction, TrackStore } from '../../core/ports.js';
import type { CreditVerdict } from '../../core/tracks/credit.js';
import type { ActionSource } from '../../core/tracks/model.js';
import { inTransaction } from '../in-transaction.js';
import { safeToRetry } from '../connection-faults.js';
import type { Database } from '../schema.js';
import { iso, isoOrNull, isUniqueViolation } from './rows.js';
import { compiledOnce } from '../compiled-once.js';
import {
  type ActionRow,
  movedStates,
  parseSnapshot,
  snapshotColumns,
  type SnapshotValues,
  snapshotValues,
} from './track-ledger-read.js';
import { inLane, type PersonLanes, recordOptimistically, type ZoneGuesses } from './track-ledger-pg.js';
import { zoneColumns, zoneOf } from './track-zone.js';
import { parseTallyColumns, type TallyRead, writeTally } from './progress-tally.js';

type Day = { start: Date; end: Date };

/**
 * One action, atomically (see `TrackStore.recordAction`). In a transaction (SQLite, or a caller's
 * transaction on PostgreSQL): lock the enrolment, read what the engine decides from (states,
 * milestones, this type's history and today's gains), let `decide` plan, then insert the action with
 * its verdict (a repeated source is refused by its unique index) and write the ledger events, states
 * and milestones together; the lock makes two instances wait for each other, so "today" is never
 * counted twice. PostgreSQL otherwise takes the optimistic path of track-ledger-pg.ts, with the
 * same guarantee in two statements, and comes here when other writes on the person keep changing
 * the enrolment under it (the row lock serialises them: no try can starve).
 */
export async function recordTrackAction<T extends ActionPlan>(
  db: Kysely<Database>,
  action: ActionRow,
  dayOf: (timeZone: string | undefined) => Day,
  decide: (snapshot: ActionSnapshot) => T,
  memory: { zones: ZoneGuesses; lanes: PersonLanes },
): Promise<RecordedAction<T>> {
  // PostgreSQL outside a caller's transaction: one person's actions in this process queue in memory
  // (track-ledger-pg.ts, `PersonLanes`). A caller's transaction holds its connection already.
  if (db.getExecutor().adapter instanceof PostgresAdapter && !db.isTransaction)
    return inLane(memory.lanes, `${action.userId}\n${action.programId}`, () =>
      recordOnce(db, action, dayOf, decide, memory.zones),
    );
  return recordOnce(db, action, dayOf, decide, memory.zones);
}

async function recordOnce<T extends ActionPlan>(
  db: Kysely<Database>,
  action: ActionRow,
  dayOf: (timeZone: string | undefined) => Day,
  decide: (snapshot: ActionSnapshot) => T,
  zones: ZoneGuesses,
): Promise<RecordedAction<T>> {
  try {
    // PostgreSQL outside a caller's transaction: two statements instead of five (track-ledger-pg.ts);
    // when other writes on the same person keep winning, the locking transaction below waits its turn.
    // So it does when the read failed on a lost connection (nothing written); never when the write
    // was sent (it may have committed).
    if (db.getExecutor().adapter instanceof PostgresAdapter && !db.isTransaction) {
      const recorded = await recordOptimistically(db, action, dayOf, decide, zones).catch((error: unknown) => {
        if (safeToRetry(error)) return undefined;
        throw error;
      });
      if (recorded) return recorded;
    }
    return await inTransaction(db, async (tx) => {
      const read = await lockAndSnapshot(tx, action, dayOf);
      if (!read) return { kind: 'not_enrolled' as const };
      const plan = decide(read.snapshot);
      await insertAction(tx, {
        id: action.id,
        user_id: action.userId,
        program_id: action.programId,
        action_type: action.actionType,
        source: action.source,
        source_id: action.sourceId,
        credit: plan.credit,
        created_at: iso(action.at),
      });
      await writePlan(tx, action, plan);
      await writeTally(tx, action, plan, read.tally);
      return { kind: 'recorded' as const, actionId: action.id, plan };
    });
  } catch (error) {
    // The same source recorded before (or at the same moment): it counts once.
    if (action.sourceId !== null && isUniqueViolation(error))
      return { kind: 'duplicate' as const, earlier: await earlierAction(db, action) };
    throw error;
  }
}

/** The enrolment touched (the lock), with the person's zone in its `RETURNING`; no row: not enrolled. */
const lockEnrollment = compiledOnce((db, values: { userId: string; programId: string; at: string }) =>
  db
    .updateTable('enrollments')
    .set({ updated_at: values.at })
    .where('user_id', '=', values.userId)
    .where('program_id', '=', values.programId)
    .returning(zoneColumns(values.userId)),
);

/** The engine's snapshot as one statement (see `ledgerSnapshot`). */
const readSnapshot = compiledOnce(
  (db, values: SnapshotValues) => db.selectNoFrom((eb) => snapshotColumns(db, eb, values)),
  { inText: ['creditedUpTo'] },
);

/**
 * Locks the enrolment (reading the person's time zone in the same statement, for "today"), then
 * reads what the engine decides from; undefined when not enrolled. Two statements: the snapshot
 * must come after the lock, since on PostgreSQL a statement sees only what committed before it
 * began, and the lock is what waits for another instance's action on the same person.
 */
async function lockAndSnapshot(
  tx: Transaction<Database>,
  action: ActionRow,
  dayOf: (timeZone: string | undefined) => Day,
): Promise<{ snapshot: ActionSnapshot; tally: TallyRead } | undefined> {
  const { userId, programId } = action;
  // Touching the enrolment row first serialises one user's actions on PostgreSQL (a row lock held
  // to commit); SQLite runs one write transaction at a time anyway.
  const [locked] = (await lockEnrollment(tx, { userId, programId, at: iso(action.at) })).rows;
  if (!locked) return undefined;
  const { actionType, at, creditedUpTo } = action;
  return ledgerSnapshot(tx, { userId, programId, actionType, at, creditedUpTo }, dayOf(zoneOf(locked)));
}

/**
 * What the engine decides one action from, read inside the action's transaction after the enrolment
 * row is locked, as ONE statement: the track states, the milestones already achieved, this action
 * type's history and today's gains per track, each a JSON aggregate in its own subquery (four round
 * trips were most of a recorded action's cost on PostgreSQL), and the progress tally the action moves
 * (progress-tally.ts). Bursts that came too soon are not
 * "today's" repeats; only actions that earned something count toward milestones.
 */
async function ledgerSnapshot(
  tx: Transaction<Database>,
  scope: Parameters<typeof snapshotValues>[0],
  day: Day,
): Promise<{ snapshot: ActionSnapshot; tally: TallyRead }> {
  const { rows } = await readSnapshot(tx, snapshotValues(scope, day));
  return { snapshot: parseSnapshot(rows[0]!), tally: parseTallyColumns(rows[0]!) };
}

/** The action itself, with why it earned what it did (kept even when it earned nothing). */
const insertAction = compiledOnce((db, row: Insertable<Database['actions']>) => db.insertInto('actions').values(row));

const insertEvents = compiledOnce((db, values: { rows: Array<Insertable<Database['progress_events']>> }) =>
  db.insertInto('progress_events').values(values.rows),
);

// Every moved track in one statement: the rows exist (enrolment made them), so each insert meets its
// primary key and becomes that row's update; the nudge time stays as it was.
const upsertStates = compiledOnce((db, values: { rows: Array<Insertable<Database['track_states']>> }) =>
  db
    .insertInto('track_states')
    .values(values.rows)
    .onConflict((oc) =>
      oc.columns(['user_id', 'program_id', 'track']).doUpdateSet((eb) => ({
        completion: eb.ref('excluded.completion'),
        phase: eb.ref('excluded.phase'),
        total_actions: eb.ref('excluded.total_actions'),
        last_activity_at: eb.ref('excluded.last_activity_at'),
        last_progress_at: eb.ref('excluded.last_progress_at'),
      })),
    ),
);

const insertMilestones = compiledOnce((db, values: { rows: Array<Insertable<Database['track_milestones']>> }) =>
  db
    .insertInto('track_milestones')
    .values(values.rows)
    .onConflict((oc) => oc.columns(['user_id', 'program_id', 'milestone_type']).doNothing()),
);

/** The ledger events, the moved tracks' states and the new milestones of one plan. */
async function writePlan(tx: Transaction<Database>, action: ActionRow, plan: ActionPlan): Promise<void> {
  const { userId, programId } = action;
  const at = iso(action.at);
  if (plan.events.length > 0)
    await insertEvents(tx, {
      rows: plan.events.map((event) => ({
        id: randomUUID(),
        user_id: userId,
        program_id: programId,
        action_id: action.id,
        track: event.track,
        action_type: action.actionType,
        source: action.source as ActionSource,
        delta: event.delta,
        old_pct: event.oldPct,
        new_pct: event.newPct,
        created_at: at,
      })),
    });
  const touched = movedStates(plan);
  if (touched.length > 0)
    await upsertStates(tx, {
      rows: touched.map((state) => ({
        user_id: userId,
        program_id: programId,
        track: state.track,
        completion: state.completion,
        phase: state.phase,
        total_actions: state.totalActions,
        last_activity_at: isoOrNull(state.lastActivityAt),
        last_progress_at: isoOrNull(state.lastProgressAt),
        nudged_at: isoOrNull(state.nudgedAt),
      })),
    });
  if (plan.milestones.length === 0) return;
  await insertMilestones(tx, {
    rows: plan.milestones.map((milestone) => ({
      id: randomUUID(),
      user_id: userId,
      program_id: programId,
      track: milestone.track,
      milestone_type: milestone.id,
      achieved_at: at,
      // The action that earned it, so a retry of that action can say what it did.
      metadata: JSON.stringify({ ...milestone.metadata, action_id: action.id }),
    })),
  });
}

/**
 * The action already recorded for this source, with its ledger events and the milestones it earned
 * (same user, program and moment; the ones it names in their metadata when several share the moment).
 */
async function earlierAction(
  db: Kysely<Database>,
  action: Parameters<TrackStore['recordAction']>[0],
): Promise<EarlierAction> {
  const { userId, programId } = action;
  const original = await db
    .selectFrom('actions')
    .select(['id', 'created_at', 'credit'])
    .where('user_id', '=', userId)
    .where('program_id', '=', programId)
    .where('action_type', '=', action.actionType)
    .where('source_id', '=', action.sourceId)
    .executeTakeFirstOrThrow();
  const [events, milestones] = await Promise.all([
    db
      .selectFrom('progress_events')
      .select(['track', 'delta', 'old_pct', 'new_pct'])
      .where('user_id', '=', userId)
      .where('program_id', '=', programId)
      .where('created_at', '=', original.created_at)
      .where('action_id', '=', original.id)
      .execute(),
    db
      .selectFrom('track_milestones')
      .select(['milestone_type', 'track', 'metadata'])
      .where('user_id', '=', userId)
      .where('program_id', '=', programId)
      .where('achieved_at', '=', original.created_at)
      .execute(),
  ]);
  const earned = milestones.filter((milestone) => {
    const by = (JSON.parse(milestone.metadata) as { action_id?: string }).action_id;
    return by === undefined || by === original.id;
  });
  return {
    actionId: original.id,
    credit: (original.credit ?? 'full') as CreditVerdict,
    events: events.map((event) => ({
      track: event.track,
      delta: event.delta,
      oldPct: event.old_pct,
      newPct: event.new_pct,
    })),
    milestones: earned.map((match) => ({ id: match.milestone_type, track: match.track })),
  };
}
