import { StepwiseError } from '../../../../core/errors.js';
import type { UserId } from '../../../../core/goals/model.js';
import type { TrackServices } from '../../../../services/tracks/track-services.js';

/**
 * The program a request is about, with the services' rules (flag on, program known, enrolled; by
 * default the first enrolment). Only the exercise list needs it: every other route gets it from
 * the service it calls.
 */
export async function enrolledProgram(tracks: TrackServices, userId: UserId, programId?: string) {
  if (!tracks.enabledFor(userId)) throw new StepwiseError('feature_disabled', 'the track system is off');
  if (programId && !tracks.program(programId)) {
    throw new StepwiseError('unknown_program', `no program "${programId}"`, { program: programId, known: tracks.programs.map((p) => p.id) });
  }
  const enrollment = (await tracks.enrollments(userId)).find((e) => (programId ? e.programId === programId : tracks.program(e.programId)));
  if (!enrollment) throw new StepwiseError('not_enrolled', 'not enrolled in the program', { program: programId ?? tracks.programs[0]?.id ?? null });
  return tracks.program(enrollment.programId)!;
}
