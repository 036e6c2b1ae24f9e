import type { GoalId, UserId } from '../../core/goals/model.js';
import type { TrackEvent } from '../../core/tracks/events.js';
import { type CompletedStep, completeStep } from '../goals/complete-step.js';
import type { TrackDeps } from './deps.js';
import { goalStepCompleted } from './goal-link.js';
import type { ActionResult } from './record-action.js';

export interface CompletedStepOnTrack extends CompletedStep {
  /** What the step did to the goal's linked track, when the goal has one. */
  track?: ActionResult;
}

/**
 * `/done`: the open step is completed and, for a goal linked to a track, that track moves — in one
 * transaction, so a step is never done without its progress or counted without being done. The
 * track's events go out only once both are committed. `goalId`: that goal, which must be the active one
 * (the API names it, so a switch from another device can never complete a different goal's step).
 */
export async function completeGoalStep(
  deps: TrackDeps,
  userId: UserId,
  goalId?: GoalId,
): Promise<CompletedStepOnTrack> {
  const held: TrackEvent[] = [];
  const holding = { publish: (event: TrackEvent) => void held.push(event), subscribe: deps.bus.subscribe };
  const result = await deps.unitOfWork.transaction(async (stores) => {
    const completed = await completeStep({ stores, clock: deps.clock, counters: deps.stepCounters }, userId, goalId);
    const track = await goalStepCompleted({ ...deps, stores, bus: holding }, userId, completed.goal, completed.step.id);
    return track ? { ...completed, track } : completed;
  });
  for (const event of held) deps.bus.publish(event);
  return result;
}
