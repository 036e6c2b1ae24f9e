import { UNDO_WINDOW_MS } from '../../../../core/goals/undo.js';
import type { GoalServices } from '../../../../services/goals/goal-services.js';
import type { UndoOutcome } from '../../../../services/goals/undo-step.js';
import type { TrackServices } from '../../../../services/tracks/track-services.js';
import type { Reply } from '../../reply.js';
import type { Turn } from '../../turn.js';
import { renderStep } from './render.js';

/** The name of a goal's linked track (`program:track`) in the person's language, or its id. */
function trackName(turn: Turn, link: string | null | undefined, tracks?: Pick<TrackServices, 'program'>): string {
  const [programId, trackId] = (link ?? '').split(':');
  const track = programId && tracks?.program(programId)?.tracks.find((candidate) => candidate.id === trackId);
  return track ? track.name[turn.user.locale] : (trackId ?? '');
}

/** Why a step stays done, in the person's words. */
function refusal(
  turn: Turn,
  outcome: Extract<UndoOutcome, { kind: 'refused' }>,
  tracks?: Pick<TrackServices, 'program'>,
) {
  const msg = turn.m;
  switch (outcome.reason) {
    case 'nothing':
      return msg.undoNothing(outcome.goal.title);
    case 'not_last':
      return msg.undoNotLast();
    case 'too_late':
      return msg.undoTooLate(UNDO_WINDOW_MS / 60_000);
    case 'moved_on':
      return msg.undoMovedOn();
    case 'track_moved':
      return msg.undoTrackMoved(trackName(turn, outcome.goal.track, tracks));
  }
}

/**
 * `/undo` and the Undo button under a /done reply (which names its step): the step is the current
 * one again and is shown as such, or the reason it stays done.
 */
export async function undoLastDone(
  deps: { goals: GoalServices; tracks?: Pick<TrackServices, 'program'> },
  turn: Turn,
  stepId?: string,
): Promise<Reply[]> {
  const outcome = await deps.goals.undoStep(turn.user.id, stepId ? { stepId } : {});
  if (outcome.kind === 'refused') return [{ text: refusal(turn, outcome, deps.tracks) }];
  return [{ text: turn.m.undone(outcome.discarded) }, renderStep(turn.m, outcome.step)];
}
