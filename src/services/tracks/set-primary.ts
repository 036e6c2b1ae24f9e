import type { UserId } from '../../core/goals/model.js';
import type { TrackDeps } from './deps.js';
import { hasTrack, requireEnrollment, requireTrack, requireTracksOn } from './programs.js';

/**
 * Chooses or changes the user's focus. Nothing else moves: progress on every track stays as it is.
 * `from` is null for the first choice (the answer to "which matters most?"), which is no switch.
 */
export async function setPrimaryTrack(
  deps: TrackDeps,
  userId: UserId,
  track: string,
  programId?: string,
): Promise<{ from: string | null; to: string; programId: string }> {
  requireTracksOn(deps, userId);
  const { program } = await requireEnrollment(deps, userId, programId, hasTrack(track));
  requireTrack(program, track);
  const at = deps.clock.now();
  const from = (await deps.stores.tracks.setPrimary(userId, program.id, track, at))?.previous ?? null;
  if (from !== null && from !== track) {
    deps.log.info(
      { event: 'track_switched', user_id: userId, program: program.id, from_track: from, to_track: track },
      'primary track switched',
    );
    deps.bus.publish({ type: 'track_switched', userId, programId: program.id, from, to: track, at });
  }
  return { from, to: track, programId: program.id };
}
