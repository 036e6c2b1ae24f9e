import { StepwiseError } from '../../../../core/errors.js';
import type { Program } from '../../../../core/programs/program.js';
import type { TrackServices } from '../../../../services/tracks/track-services.js';
import type { Turn } from '../../turn.js';

/**
 * The program the person is in — the first of theirs that `owns` what is asked for (an action, a
 * track), else their first (the recovery program for someone in it) — or a refusal saying why there
 * is none (not enrolled, or switched off).
 */
export async function requireEnrolled(
  tracks: TrackServices,
  turn: Turn,
  owns?: (program: Program) => boolean,
): Promise<Program> {
  const active = await tracks.activeProgram(turn.user.id);
  if (active && owns && !owns(active.program)) {
    const owner = (await tracks.enrolledPrograms(turn.user.id)).find((candidate) => owns(candidate.program));
    if (owner) return owner.program;
  }
  if (active) return active.program;
  const code = tracks.enabledFor(turn.user.id) ? 'not_enrolled' : 'feature_disabled';
  throw new StepwiseError(code, 'not in a program');
}

/** Every program the person is in, the default first; a refusal when none (see `requireEnrolled`). */
export async function enrolledPrograms(tracks: TrackServices, turn: Turn): Promise<Program[]> {
  await requireEnrolled(tracks, turn);
  return (await tracks.enrolledPrograms(turn.user.id)).map((candidate) => candidate.program);
}

/** Whether a program has this action (a tapped action belongs to the program that has it). */
export const hasAction = (actionType: string) => (program: Program) =>
  program.actions.some((action) => action.id === actionType);
