import { isStepwiseError } from '../../../../core/errors.js';
import type { UndoRefusal } from '../../../../core/goals/undo.js';
import { UNDO_WINDOW_MS } from '../../../../core/goals/undo.js';
import { HttpProblem } from '../../error-handler.js';

/**
 * Runs a goal route's work and words the goal refusals the API's way: what to call next, named.
 * Every other error goes on to the shared error handler unchanged.
 */
export async function onGoal<T>(goalId: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isStepwiseError(error)) throw error;
    if (error.code === 'no_active_goal' && error.details.paused)
      throw new HttpProblem(
        409,
        'goal_paused',
        `this goal is paused: make it the active one first with POST /api/goals/${goalId}/activate (one goal at a time, as in the chat)`,
      );
    if (error.code === 'goal_closed')
      throw new HttpProblem(409, 'goal_closed', `this goal is closed: POST /api/goals/${goalId}/reopen brings it back`);
    throw error;
  }
}

const UNDO_WORDS: Record<UndoRefusal, string> = {
  nothing: 'no step of this goal is finished yet',
  not_last: 'only the last finished step can be undone',
  too_late: `the last step was finished more than ${UNDO_WINDOW_MS / 60_000} minutes ago, so it stays done`,
  track_moved: 'the step moved the goal’s linked track, and track progress never goes back, so it stays done',
  moved_on: 'what came after the step was already acted on (rephrased or answered), so it stays done',
};

/** An undo refused: 409 `undo_<reason>`, e.g. `undo_too_late`. */
export const undoRefused = (reason: UndoRefusal) => new HttpProblem(409, `undo_${reason}`, UNDO_WORDS[reason]);
