import type { Kysely, Selectable } from 'kysely';
import type { UserId } from '../../core/goals/model.js';
import type { Phase, TrackState } from '../../core/tracks/model.js';
import type { Database, TrackStatesTable } from '../schema.js';
import { toDateOrNull } from './rows.js';

export const toState = (result: Selectable<TrackStatesTable>): TrackState => ({
  track: result.track,
  completion: result.completion,
  phase: result.phase as Phase,
  totalActions: result.total_actions,
  lastActivityAt: toDateOrNull(result.last_activity_at),
  lastProgressAt: toDateOrNull(result.last_progress_at),
  nudgedAt: toDateOrNull(result.nudged_at),
});

/** The user's track states in a program (optionally in the program's track order). */
export async function readStates(
  kysely: Kysely<Database>,
  userId: UserId,
  programId: string,
  order?: string[],
): Promise<TrackState[]> {
  const rows = await kysely
    .selectFrom('track_states')
    .selectAll()
    .where('user_id', '=', userId)
    .where('program_id', '=', programId)
    .execute();
  const list = rows.map(toState);
  return order ? list.sort((left, right) => order.indexOf(left.track) - order.indexOf(right.track)) : list;
}
