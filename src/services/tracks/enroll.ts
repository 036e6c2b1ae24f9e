import type { UserId } from '../../core/goals/model.js';
import type { TrackDeps } from './deps.js';
import { requireProgram, requireTrack, requireTracksOn } from './programs.js';

/**
 * Enrols the user in a program: every track starts at 0 %, the primary track is the chosen one (or
 * the first). With `askFocus` (the chat's onboarding, which asks "which matters most?") and no
 * track given, nothing is chosen for the person: the first track only holds the place until they answer.
 */
export async function enroll(
  deps: TrackDeps,
  userId: UserId,
  programId: string,
  primaryTrack?: string,
  options: { askFocus?: boolean } = {},
): Promise<{ created: boolean }> {
  requireTracksOn(deps, userId);
  const program = requireProgram(deps, programId);
  const primary = primaryTrack ?? program.tracks[0]!.id;
  requireTrack(program, primary);
  const at = deps.clock.now();
  const tracks = program.tracks.map((track) => track.id);
  const primaryChosen = primaryTrack !== undefined || !options.askFocus;
  const created = await deps.stores.tracks.enroll(
    { userId, programId, primaryTrack: primary, primaryChosen, enrolledAt: at, trackSwitches: 0 },
    tracks,
  );
  if (created) {
    deps.log.info(
      { event: 'track_initialized', user_id: userId, program: programId, all_tracks: tracks, primary_track: primary },
      'tracks initialised',
    );
    deps.bus.publish({ type: 'track_initialized', userId, programId, tracks, primaryTrack: primary, at });
  } else if (primaryTrack) {
    // Enrolling again with a choice is how onboarding sets the focus for an existing enrolment.
    const from = (await deps.stores.tracks.setPrimary(userId, programId, primary, at))?.previous;
    if (from && from !== primary)
      deps.bus.publish({ type: 'track_switched', userId, programId, from, to: primary, at });
  }
  return { created };
}

/** The programs there are, with the user's enrolment in each. */
export async function listPrograms(deps: TrackDeps, userId: UserId) {
  const enrollments = await deps.stores.tracks.enrollments(userId);
  return deps.programs.map((program) => {
    const entry = enrollments.find((enrollment) => enrollment.programId === program.id);
    return {
      program: program,
      enrolled: Boolean(entry),
      primaryTrack: entry?.primaryChosen ? entry.primaryTrack : null,
      enrolledAt: entry?.enrolledAt ?? null,
    };
  });
}
