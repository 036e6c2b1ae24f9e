import { StepwiseError } from '../../../../core/errors.js';
import type { Program } from '../../../../core/programs/program.js';
import type { TrackServices } from '../../../../services/tracks/track-services.js';
import type { Turn } from '../../turn.js';

/** The program the person is in, or a refusal saying why there is none (not enrolled, or switched off). */
export async function requireEnrolled(tracks: TrackServices, turn: Turn): Promise<Program> {
  const active = await tracks.activeProgram(turn.user.id);
  if (active) return active.program;
  const code = tracks.enabledFor(turn.user.id) ? 'not_enrolled' : 'feature_disabled';
  throw new StepwiseError(code, 'not in a program');
}
