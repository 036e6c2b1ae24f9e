import type { Kysely } from 'kysely';
import type { TrackStore } from '../../core/ports.js';
import type { ActionSource } from '../../core/tracks/model.js';
import type { Database } from '../schema.js';
import { iso, toDate } from './rows.js';

export type HistoryMethods = Pick<TrackStore, 'events' | 'markNudged' | 'dueForNudge'>;

/** The track store's reads of a user's history (the ledger) and its nudge marks. */
export function historyMethods(db: Kysely<Database>): HistoryMethods {
  return {
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
        .innerJoin('enrollments as e', (join) =>
          join.onRef('e.user_id', '=', 't.user_id').onRef('e.program_id', '=', 't.program_id'),
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
