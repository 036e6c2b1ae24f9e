import type { UserId } from '../../core/goals/model.js';
import type { TrackDeps } from './deps.js';
import { requireEnrollment, requireTrack, requireTracksOn } from './programs.js';

/** Changes the user's focus. Nothing else moves: progress on every track stays as it is. */
export async function setPrimaryTrack(
  deps: TrackDeps,
  userId: UserId,
  track: string,
  programId?: string,
): Promise<{ from: string; to: string; programId: string }> {
  requireTracksOn(deps, userId);
  const { program } = await requireEnrollment(deps, userId, programId);
  requireTrack(program, track);
  const at = deps.clock.now();
  const from = (await deps.stores.tracks.setPrimary(userId, program.id, track, at))!;
  if (from !== track) {
    deps.log.info(
      { event: 'track_switched', user_id: userId, program: program.id, from_track: from, to_track: track },
      'primary track switched',
    );
    deps.bus.publish({ type: 'track_switched', userId, programId: program.id, from, to: track, at });
  }
  return { from, to: track, programId: program.id };
}
