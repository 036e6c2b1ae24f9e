import { randomUUID } from 'node:crypto';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { UserId } from '../../core/goals/model.js';
import type { ActionPlan, EarlierAction, TrackStore } from '../../core/ports.js';
import type { ActionSource, Enrollment, Phase, TrackState } from '../../core/tracks/model.js';
import type { Database, TrackStatesTable } from '../schema.js';
import { iso, isUniqueViolation, toDate, toDateOrNull } from './rows.js';
import { inTransaction } from '../in-transaction.js';

const toState = (result: Selectable<TrackStatesTable>): TrackState => ({
  track: result.track,
  completion: result.completion,
  phase: result.phase as Phase,
  totalActions: result.total_actions,
  lastActivityAt: toDateOrNull(result.last_activity_at),
  lastProgressAt: toDateOrNull(result.last_progress_at),
  nudgedAt: toDateOrNull(result.nudged_at),
});

const dateOrNull = (detail: Date | null) => (detail ? iso(detail) : null);

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
    .select(['id', 'created_at'])
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
    events: events.map((event) => ({
      track: event.track,
      delta: event.delta,
      oldPct: event.old_pct,
      newPct: event.new_pct,
    })),
    milestones: earned.map((match) => ({ id: match.milestone_type, track: match.track })),
  };
}

export function createTrackRepository(db: Kysely<Database>): TrackStore {
  const states = async (kysely: Kysely<Database>, userId: UserId, programId: string, order: string[] | undefined) => {
    const rows = await kysely
      .selectFrom('track_states')
      .selectAll()
      .where('user_id', '=', userId)
      .where('program_id', '=', programId)
      .execute();
    const list = rows.map(toState);
    return order ? list.sort((left, right) => order.indexOf(left.track) - order.indexOf(right.track)) : list;
  };

  return {
    async enrollments(userId) {
      const rows = await db
        .selectFrom('enrollments')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('enrolled_at')
        .execute();
      return rows.map((row): Enrollment => ({
        userId: row.user_id,
        programId: row.program_id,
        primaryTrack: row.primary_track,
        enrolledAt: toDate(row.enrolled_at),
        trackSwitches: row.track_switches,
      }));
    },

    async enroll(enrollment, tracks) {
      try {
        await inTransaction(db, async (tx) => {
          const at = iso(enrollment.enrolledAt);
          await tx
            .insertInto('enrollments')
            .values({
              user_id: enrollment.userId,
              program_id: enrollment.programId,
              primary_track: enrollment.primaryTrack,
              track_switches: 0,
              enrolled_at: at,
              updated_at: at,
            })
            .execute();
          await tx
            .insertInto('track_states')
            .values(
              tracks.map((track) => ({
                user_id: enrollment.userId,
                program_id: enrollment.programId,
                track,
                completion: 0,
                phase: 'awareness',
                total_actions: 0,
              })),
            )
            .execute();
        });
        return true;
      } catch (err) {
        if (isUniqueViolation(err)) return false;
        throw err;
      }
    },

    states: (userId, programId) => states(db, userId, programId, undefined),

    async milestones(userId, programId) {
      const rows = await db
        .selectFrom('track_milestones')
        .selectAll()
        .where('user_id', '=', userId)
        .where('program_id', '=', programId)
        .orderBy('achieved_at')
        .orderBy('milestone_type')
        .execute();
      return rows.map((row) => ({
        userId: row.user_id,
        programId: row.program_id,
        track: row.track,
        milestoneType: row.milestone_type,
        achievedAt: toDate(row.achieved_at),
        metadata: JSON.parse(row.metadata) as Record<string, string | number>,
      }));
    },

    async setPrimary(userId, programId, track, at) {
      return inTransaction(db, async (tx) => {
        const row = await tx
          .selectFrom('enrollments')
          .select('primary_track')
          .where('user_id', '=', userId)
          .where('program_id', '=', programId)
          .executeTakeFirst();
        if (!row) return undefined;
        if (row.primary_track !== track) {
          await tx
            .updateTable('enrollments')
            .set({ primary_track: track, track_switches: sql<number>`track_switches + 1`, updated_at: iso(at) })
            .where('user_id', '=', userId)
            .where('program_id', '=', programId)
            .execute();
        }
        return row.primary_track;
      });
    },

    async recordAction<T extends ActionPlan>(
      action: Parameters<TrackStore['recordAction']>[0],
      decide: (s: Parameters<Parameters<TrackStore['recordAction']>[1]>[0]) => T,
    ) {
      const { userId, programId } = action;
      const at = iso(action.at);
      try {
        return await inTransaction(db, async (tx) => {
          // Touching the enrolment row first serialises one user's actions on PostgreSQL (a row
          // lock held to commit); SQLite runs one write transaction at a time anyway.
          const locked = await tx
            .updateTable('enrollments')
            .set({ updated_at: at })
            .where('user_id', '=', userId)
            .where('program_id', '=', programId)
            .executeTakeFirst();
          if (Number(locked.numUpdatedRows) === 0) return { kind: 'not_enrolled' as const };
          await tx
            .insertInto('actions')
            .values({
              id: action.id,
              user_id: userId,
              program_id: programId,
              action_type: action.actionType,
              source: action.source,
              source_id: action.sourceId,
              created_at: at,
            })
            .execute();
          const counted = await tx
            .selectFrom('actions')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('user_id', '=', userId)
            .where('program_id', '=', programId)
            .where('action_type', '=', action.actionType)
            .executeTakeFirstOrThrow();
          const achievedRows = await tx
            .selectFrom('track_milestones')
            .select('milestone_type')
            .where('user_id', '=', userId)
            .where('program_id', '=', programId)
            .execute();
          const plan = decide({
            states: await states(tx, userId, programId, undefined),
            achieved: new Set(achievedRows.map((achievedRow) => achievedRow.milestone_type)),
            timesDone: Number(counted.n),
          });
          if (plan.events.length > 0) {
            await tx
              .insertInto('progress_events')
              .values(
                plan.events.map((event) => ({
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
              )
              .execute();
          }
          const touched = new Set(plan.events.map((event) => event.track));
          for (const state of plan.states.filter((st) => touched.has(st.track))) {
            await tx
              .updateTable('track_states')
              .set({
                completion: state.completion,
                phase: state.phase,
                total_actions: state.totalActions,
                last_activity_at: dateOrNull(state.lastActivityAt),
                last_progress_at: dateOrNull(state.lastProgressAt),
              })
              .where('user_id', '=', userId)
              .where('program_id', '=', programId)
              .where('track', '=', state.track)
              .execute();
          }
          if (plan.milestones.length > 0) {
            await tx
              .insertInto('track_milestones')
              .values(
                plan.milestones.map((milestone) => ({
                  id: randomUUID(),
                  user_id: userId,
                  program_id: programId,
                  track: milestone.track,
                  milestone_type: milestone.id,
                  achieved_at: at,
                  // The action that earned it, so a retry of that action can say what it did.
                  metadata: JSON.stringify({ ...milestone.metadata, action_id: action.id }),
                })),
              )
              .onConflict((oc) => oc.columns(['user_id', 'program_id', 'milestone_type']).doNothing())
              .execute();
          }
          return { kind: 'recorded' as const, actionId: action.id, plan };
        });
      } catch (err) {
        // The same source recorded before (or at the same moment): it counts once.
        if (action.sourceId !== null && isUniqueViolation(err))
          return { kind: 'duplicate' as const, earlier: await earlierAction(db, action) };
        throw err;
      }
    },

    async daysActive(userId, programId) {
      const row = await db
        .selectFrom('progress_events')
        .select(sql<number>`count(distinct substr(cast(created_at as text), 1, 10))`.as('days'))
        .where('user_id', '=', userId)
        .where('program_id', '=', programId)
        .executeTakeFirstOrThrow();
      return Number(row.days);
    },

    async actionCounts(userId, programId) {
      const rows = await db
        .selectFrom('actions')
        .select(['action_type', (eb) => eb.fn.countAll<number>().as('n')])
        .where('user_id', '=', userId)
        .where('program_id', '=', programId)
        .groupBy('action_type')
        .execute();
      return Object.fromEntries(rows.map((row) => [row.action_type, Number(row.n)]));
    },

    async events(userId, programId, limit) {
      const rows = await db
        .selectFrom('progress_events')
        .selectAll()
        .where('user_id', '=', userId)
        .where('program_id', '=', programId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        id: row.id,
        userId: row.user_id,
        programId: row.program_id,
        actionId: row.action_id,
        track: row.track,
        actionType: row.action_type,
        source: row.source as ActionSource,
        delta: row.delta,
        oldPct: row.old_pct,
        newPct: row.new_pct,
        at: toDate(row.created_at),
      }));
    },

    async markNudged(userId, programId, track, at) {
      await db
        .updateTable('track_states')
        .set({ nudged_at: iso(at) })
        .where('user_id', '=', userId)
        .where('program_id', '=', programId)
        .where('track', '=', track)
        .execute();
    },

    async dueForNudge(before, limit) {
      const text = iso(before);
      const rows = await db
        .selectFrom('track_states as t')
        .innerJoin('enrollments as e', (j) =>
          j.onRef('e.user_id', '=', 't.user_id').onRef('e.program_id', '=', 't.program_id'),
        )
        .select(['t.user_id', 't.program_id'])
        .distinct()
        .where((eb) =>
          eb.or([
            eb('t.last_activity_at', '<', text),
            eb.and([eb('t.last_activity_at', 'is', null), eb('e.enrolled_at', '<', text)]),
          ]),
        )
        .where((eb) => eb.or([eb('t.nudged_at', 'is', null), eb('t.nudged_at', '<', text)]))
        .limit(limit)
        .execute();
      return rows.map((row) => ({ userId: row.user_id, programId: row.program_id }));
    },
  };
}

/** Average completion per track over every enrolled user (the seed's gauge; one grouped query). */
export async function averageCompletion(db: Kysely<Database>): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('track_states')
    .select(['track', (eb) => eb.fn.avg<number>('completion').as('avg')])
    .groupBy('track')
    .execute();
  return Object.fromEntries(rows.map((row) => [row.track, Math.round(Number(row.avg) * 10) / 10]));
}

/** Enrolled users with no activity on any track since `before` (and enrolled before it). */
export async function stuckUsers(db: Kysely<Database>, before: Date): Promise<number> {
  const text = iso(before);
  const row = await db
    .selectFrom('enrollments as e')
    .select((eb) => eb.fn.count<number>('e.user_id').distinct().as('n'))
    .where('e.enrolled_at', '<', text)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('track_states as t')
            .select('t.user_id')
            .whereRef('t.user_id', '=', 'e.user_id')
            .whereRef('t.program_id', '=', 'e.program_id')
            .where('t.last_activity_at', '>=', text),
        ),
      ),
    )
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
