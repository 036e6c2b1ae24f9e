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
 * The user's enrolments in known programs, in the programs' order (`order` in the pack, then the
 * folder): the first is the one a request that names no program is about — the recovery program for
 * someone in it, whichever they joined first.
 */
export async function enrolledPrograms(
  deps: Pick<TrackDeps, 'programs' | 'stores'>,
  userId: UserId,
): Promise<Array<{ program: Program; enrollment: Enrollment }>> {
  const enrollments = await deps.stores.tracks.enrollments(userId);
  return deps.programs.flatMap((program) => {
    const enrollment = enrollments.find((candidate) => candidate.programId === program.id);
    return enrollment ? [{ program, enrollment }] : [];
  });
}

/**
 * The enrolment an action or a view is about: the named program; else the first of the user's
 * programs that `owns` what is asked for (the action, the track), else their first program. Not
 * enrolled → `not_enrolled` (the caller offers to enrol).
 */
export async function requireEnrollment(
  deps: Pick<TrackDeps, 'programs' | 'stores'>,
  userId: UserId,
  programId?: string,
  owns?: (program: Program) => boolean,
): Promise<{ program: Program; enrollment: Enrollment }> {
  if (programId) requireProgram(deps, programId);
  const enrolled = await enrolledPrograms(deps, userId);
  const found = programId
    ? enrolled.find((candidate) => candidate.program.id === programId)
    : ((owns && enrolled.find((candidate) => owns(candidate.program))) ?? enrolled[0]);
  if (!found) {
    const hint = programId ?? (owns && deps.programs.find(owns))?.id ?? deps.programs[0]?.id ?? null;
    throw new StepwiseError('not_enrolled', 'not enrolled in the program', { program: hint });
  }
  return found;
}

/** Whether a program has this action (a request naming an action is about the program that has it). */
export const hasAction = (actionType: string) => (program: Program) =>
  program.actions.some((action) => action.id === actionType);

/** Whether a program has this track. */
export const hasTrack = (track: string) => (program: Program) =>
  program.tracks.some((candidate) => candidate.id === track);

export const requireTrack = (program: Program, track: string) => {
  if (!program.tracks.some((candidate) => candidate.id === track)) {
    throw new StepwiseError('unknown_track', `unknown track "${track}"`, {
      track,
      known: program.tracks.map((candidate) => candidate.id),
    });
  }
};

/**
 * The program a chat message is about: the first of the user's programs (optionally the first that
 * `which` accepts), when the track system is on for them; undefined otherwise (the coach is then the
 * plain goal coach).
 */
export async function activeProgram(
  deps: Pick<TrackDeps, 'programs' | 'stores' | 'flags'>,
  userId: UserId,
  which: (program: Program) => boolean = () => true,
): Promise<{ program: Program; enrollment: Enrollment } | undefined> {
  if (!tracksOn(deps, userId)) return undefined;
  return (await enrolledPrograms(deps, userId)).find((candidate) => which(candidate.program));
}
