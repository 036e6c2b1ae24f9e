import type { Kysely, Selectable } from 'kysely';
import type { UserId } from '../../core/goals/model.js';
import type { Phase, TrackState } from '../../core/tracks/model.js';
import type { Database, TrackStatesTable } from '../schema.js';
import { toDateOrNull } from './rows.js';

/** A `track_states` row as the domain's `TrackState`. */
export const toState = (row: Selectable<TrackStatesTable>): TrackState => ({
  track: row.track,
  completion: row.completion,
  phase: row.phase as Phase,
  totalActions: row.total_actions,
  lastActivityAt: toDateOrNull(row.last_activity_at),
  lastProgressAt: toDateOrNull(row.last_progress_at),
  nudgedAt: toDateOrNull(row.nudged_at),
});

/** The user's track states in a program (optionally in the program's track order). */
export async function readStates(
  db: Kysely<Database>,
  userId: UserId,
  programId: string,
  order?: string[],
): Promise<TrackState[]> {
  const rows = await db
    .selectFrom('track_states')
    .selectAll()
    .where('user_id', '=', userId)
    .where('program_id', '=', programId)
    .execute();
  const list = rows.map(toState);
  return order ? list.sort((left, right) => order.indexOf(left.track) - order.indexOf(right.track)) : list;
}
