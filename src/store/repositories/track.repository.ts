import { type Kysely, sql } from 'kysely';
import type { TrackStore } from '../../core/ports.js';
import type { Enrollment } from '../../core/tracks/model.js';
import type { Database } from '../schema.js';
import { iso, isUniqueViolation, toDate } from './rows.js';
import { compiledOnce } from '../compiled-once.js';
import { inTransaction } from '../in-transaction.js';
import { historyMethods } from './track-history.js';
import { recordTrackAction } from './track-ledger.js';
import type { StoreMemory } from '../store-memory.js';
import { readStates } from './track-states.js';
import { progressSnapshot } from './track-snapshot.js';
import { tallyOf } from './progress-tally.js';
import { zoneColumns, zoneOf } from './track-zone.js';
import { createSendClaims } from './send-claims.js';

// Re-exported: the gauges' queries (track-stats.ts) are still imported from the track repository.
export { averageCompletion, stuckUsers } from './track-stats.js';

/**
 * Programs, tracks and the ledger of each user: enrolments, recording actions, and their history.
 * `memory`: the store's (store-memory.ts), shared with every other repository over the same store.
 */
export function createTrackRepository(db: Kysely<Database>, memory: StoreMemory): TrackStore {
  return {
    ...enrollmentMethods(db),
    ...stateMethods(db),
    recordAction: (action, dayOf, decide, creditedUpTo) =>
      recordTrackAction(db, { ...action, creditedUpTo }, dayOf, decide, memory),
    timeZone: (userId) => userTimeZone(db, userId),
    progressSnapshot: (userId, programId) => progressSnapshot(db, userId, programId),
    ...historyMethods(db),
    // The kept tally, not a count over every action the person ever recorded.
    actionCounts: async (userId, programId) => (await tallyOf(db, userId, programId)).counts,
    nudgeSends: createSendClaims(db, 'enrollments', (row: { userId: string; programId: string }) => ({
      user_id: row.userId,
      program_id: row.programId,
    })),
  };
}

type EnrollmentMethods = Pick<TrackStore, 'enrollments' | 'enroll' | 'setPrimary'>;

// Read by every write and every uncached view: built and compiled once.
const enrollmentsOf = compiledOnce((db, values: { userId: string }) =>
  db
    .selectFrom('enrollments')
    // Columns by name, not `*`: a named (prepared) statement on PostgreSQL (see pg-prepared.ts).
    .select(['user_id', 'program_id', 'primary_track', 'primary_chosen_at', 'enrolled_at', 'track_switches'])
    .where('user_id', '=', values.userId)
    .orderBy('enrolled_at'),
);

function enrollmentMethods(db: Kysely<Database>): EnrollmentMethods {
  return {
    async enrollments(userId) {
      const { rows } = await enrollmentsOf(db, { userId });
      return rows.map((row): Enrollment => ({
        userId: row.user_id,
        programId: row.program_id,
        primaryTrack: row.primary_track,
        primaryChosen: row.primary_chosen_at !== null,
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
              primary_chosen_at: enrollment.primaryChosen ? at : null,
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
          // A new enrolment has no ledger yet: its tally starts empty rather than counted on the first read.
          await tx
            .insertInto('progress_snapshots')
            .values({ user_id: enrollment.userId, program_id: enrollment.programId, counts: '{}', days_active: 0 })
            .onConflict((oc) => oc.columns(['user_id', 'program_id']).doNothing())
            .execute();
        });
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },

    setPrimary: (userId, programId, track, at) => setPrimary(db, userId, programId, track, at),
  };
}

/** Sets the focus: the first answer marks it chosen (no switch counted), a change counts a switch. */
async function setPrimary(
  db: Kysely<Database>,
  ...[userId, programId, track, at]: Parameters<TrackStore['setPrimary']>
): ReturnType<TrackStore['setPrimary']> {
  return inTransaction(db, async (tx) => {
    const row = await tx
      .selectFrom('enrollments')
      .select(['primary_track', 'primary_chosen_at'])
      .where('user_id', '=', userId)
      .where('program_id', '=', programId)
      .executeTakeFirst();
    if (!row) return undefined;
    // The first answer to "which matters most?" is a choice, not a switch.
    const chosen = row.primary_chosen_at !== null;
    if (!chosen || row.primary_track !== track) {
      await tx
        .updateTable('enrollments')
        .set({
          primary_track: track,
          ...(!chosen && { primary_chosen_at: iso(at) }),
          ...(chosen && { track_switches: sql<number>`track_switches + 1` }),
          updated_at: iso(at),
        })
        .where('user_id', '=', userId)
        .where('program_id', '=', programId)
        .execute();
    }
    return { previous: chosen ? row.primary_track : null };
  });
}

function stateMethods(db: Kysely<Database>): Pick<TrackStore, 'states'> {
  return {
    states: (userId, programId) => readStates(db, userId, programId),
  };
}

/** The zone a person gave (see track-zone.ts); undefined: count days in UTC. */
async function userTimeZone(db: Kysely<Database>, userId: string): Promise<string | undefined> {
  return zoneOf(await db.selectNoFrom(zoneColumns(userId)).executeTakeFirstOrThrow());
}
