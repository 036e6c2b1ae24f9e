import { GOAL_STEP_ACTION } from '../../core/programs/program.js';
import { StepwiseError } from '../../core/errors.js';
import type { Goal, GoalId, UserId } from '../../core/goals/model.js';
import type { TrackDeps } from './deps.js';
import { hasTrack, requireEnrollment, requireTrack, requireTracksOn, tracksOn } from './programs.js';
import { type ActionResult, recordAction } from './record-action.js';

/** Lets a personal goal count for a track: each step finished on it moves that track. */
export async function linkGoal(
  deps: TrackDeps,
  userId: UserId,
  goalId: GoalId,
  track: string,
  programId?: string,
): Promise<{ goal: Goal; programId: string }> {
  requireTracksOn(deps, userId);
  const { program } = await requireEnrollment(deps, userId, programId, hasTrack(track));
  requireTrack(program, track);
  if (!program.actions.some((action) => action.id === GOAL_STEP_ACTION))
    throw new StepwiseError('unknown_action', `program ${program.id} has no ${GOAL_STEP_ACTION} action`);
  const goal = await deps.stores.goals.byId(userId, goalId);
  if (!goal) throw new StepwiseError('goal_not_found', 'no such goal');
  await deps.stores.goals.setTrack(userId, goalId, `${program.id}:${track}`);
  return { goal: { ...goal, track: `${program.id}:${track}` }, programId: program.id };
}

/**
 * Called when a step is done: a goal linked to a track moves it. Without a link, with the track
 * system off, or after leaving the program, nothing happens (the step itself is already saved).
 */
export async function goalStepCompleted(
  deps: TrackDeps,
  userId: UserId,
  goal: Goal,
  stepId: string,
): Promise<ActionResult | undefined> {
  if (!goal.track || !tracksOn(deps, userId)) return undefined;
  const [programId, track] = goal.track.split(':');
  if (!programId || !track) return undefined;
  const enrolled = (await deps.stores.tracks.enrollments(userId)).some(
    (enrollment) => enrollment.programId === programId,
  );
  if (!enrolled) return undefined;
  return recordAction(deps, userId, {
    actionType: GOAL_STEP_ACTION,
    source: 'goal_step',
    sourceId: `step:${stepId}`,
    programId,
    track,
  });
}
