import type { Phase, Progress } from '../api/contract/tracks';

export interface Move {
  track: string;
  new: number;
  phase: Phase;
}

/**
 * The progress view with these moves applied at once (a socket event, a finished exercise), before
 * the refetch brings the next actions and milestones. Progress never goes back, so a move older
 * than what is shown changes nothing.
 */
export function applyMoves(progress: Progress | undefined, program: string, moves: Move[]): Progress | undefined {
  if (!progress || progress.program !== program) return progress;
  const tracks = { ...progress.tracks };
  for (const move of moves) {
    const track = tracks[move.track];
    if (track && move.new > track.completion_percentage)
      tracks[move.track] = { ...track, completion_percentage: move.new, phase: move.phase };
  }
  return { ...progress, tracks };
}
