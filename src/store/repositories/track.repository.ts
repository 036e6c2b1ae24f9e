import { type Kysely, sql } from 'kysely';
import type { TrackStore } from '../../core/ports.js';
import type { ActionSource, Enrollment } from '../../core/tracks/model.js';
import type { Database } from '../schema.js';
import { iso, isUniqueViolation, toDate } from './rows.js';
import { inTransaction } from '../in-transaction.js';
import { recordTrackAction } from './track-ledger.js';
import { readStates } from './track-states.js';

/** Programs, tracks and the ledger of each user: enrolments, recording actions, and their history. */
export function createTrackRepository(db: Kysely<Database>): TrackStore {
  return {
    ...enrollmentMethods(db),
    ...stateMethods(db),
    recordAction: (action, decide) => recordTrackAction(db, action, decide),
    ...historyMethods(db),
  };
}

type EnrollmentMethods = Pick<TrackStore, 'enrollments' | 'enroll' | 'setPrimary'>;

function enrollmentMethods(db: Kysely<Database>): EnrollmentMethods {
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
  };
}

function stateMethods(db: Kysely<Database>): Pick<TrackStore, 'states' | 'milestones'> {
  return {
    states: (userId, programId) => readStates(db, userId, programId),

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
  };
}

type HistoryMethods = Pick<TrackStore, 'daysActive' | 'actionCounts' | 'events' | 'markNudged' | 'dueForNudge'>;

function historyMethods(db: Kysely<Database>): HistoryMethods {
  return {
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
