import { StepwiseError } from '../../core/errors.js';
import { flagOn } from '../../core/flags.js';
import type { UserId } from '../../core/goals/model.js';
import type { Enrollment } from '../../core/tracks/model.js';
import type { Program } from '../../core/programs/program.js';
import type { TrackDeps } from './deps.js';

export const requireProgram = (deps: Pick<TrackDeps, 'programs'>, programId: string): Program => {
  const program = deps.programs.find((candidate) => candidate.id === programId);
  if (!program)
    throw new StepwiseError('unknown_program', `no program "${programId}"`, {
      program: programId,
      known: deps.programs.map((candidate) => candidate.id),
    });
  return program;
};

/** Refuses when the track system is off for this user (the flag's rollout); their data is kept. */
export const requireTracksOn = (deps: Pick<TrackDeps, 'flags'>, userId: UserId) => {
  if (!flagOn(deps.flags, 'multi_track_system_enabled', userId))
    throw new StepwiseError('feature_disabled', 'the track system is off', { flag: 'multi_track_system_enabled' });
};

export const tracksOn = (deps: Pick<TrackDeps, 'flags'>, userId: UserId) =>
  flagOn(deps.flags, 'multi_track_system_enabled', userId);

/**
 * The enrolment an action or a view is about: the named program, or else the user's first
 * enrolment. Not enrolled → `not_enrolled` (the caller offers to enrol).
 */
export async function requireEnrollment(
  deps: Pick<TrackDeps, 'programs' | 'stores'>,
  userId: UserId,
  programId?: string,
): Promise<{ program: Program; enrollment: Enrollment }> {
  if (programId) requireProgram(deps, programId);
  const enrollments = await deps.stores.tracks.enrollments(userId);
  const enrollment = programId
    ? enrollments.find((candidate) => candidate.programId === programId)
    : enrollments.find((candidate) => deps.programs.some((program) => program.id === candidate.programId));
  if (!enrollment)
    throw new StepwiseError('not_enrolled', 'not enrolled in the program', {
      program: programId ?? deps.programs[0]?.id ?? null,
    });
  return { program: requireProgram(deps, enrollment.programId), enrollment };
}

export const requireTrack = (program: Program, track: string) => {
  if (!program.tracks.some((candidate) => candidate.id === track)) {
    throw new StepwiseError('unknown_track', `unknown track "${track}"`, {
      track,
      known: program.tracks.map((candidate) => candidate.id),
    });
  }
};

/**
 * The program a chat message is about: the user's first enrolment in a known program, when the
 * track system is on for them; undefined otherwise (the coach is then the plain goal coach).
 */
export async function activeProgram(
  deps: Pick<TrackDeps, 'programs' | 'stores' | 'flags'>,
  userId: UserId,
): Promise<{ program: Program; enrollment: Enrollment } | undefined> {
  if (!tracksOn(deps, userId)) return undefined;
  const enrollments = await deps.stores.tracks.enrollments(userId);
  const enrollment = enrollments.find((candidate) =>
    deps.programs.some((program) => program.id === candidate.programId),
  );
  return enrollment && { program: requireProgram(deps, enrollment.programId), enrollment };
}
