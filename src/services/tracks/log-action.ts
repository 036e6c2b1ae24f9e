import { isStepwiseError, StepwiseError } from '../../core/errors.js';
import type { UserId } from '../../core/goals/model.js';
import { type Program, recordingOf } from '../../core/programs/program.js';
import type { TrackDeps } from './deps.js';
import { hasAction, requireEnrollment, requireTracksOn } from './programs.js';
import { type ActionInput, type ActionResult, recordAction } from './record-action.js';

/** Why an action cannot be recorded by hand, naming its real source (the API's 400, in words a developer reads). */
function sourceNeeded(program: Program, actionType: string): string | undefined {
  const recording = recordingOf(program, actionType);
  switch (recording.kind) {
    case 'self_report':
      return undefined;
    case 'goal_step':
      return (
        `action_type: "${actionType}" needs its source, a goal: it is recorded when a step of a goal linked ` +
        'to a track is done (POST /api/goals/{id}/step/done, or /done in the chat), never posted by hand'
      );
    case 'exercise':
      return (
        `action_type: "${actionType}" needs its source, the exercise "${recording.exercise.id}": it is recorded ` +
        `by finishing it (POST /api/exercises/${recording.exercise.id}/entries), never posted by hand`
      );
    case 'plan_task':
      return (
        `action_type: "${actionType}" needs its source, a task of today's plan: it is recorded by marking ` +
        'the task (GET /api/health/plan/today), never posted by hand'
      );
    case 'none':
      return `action_type: "${actionType}" cannot be recorded by hand`;
  }
}

/**
 * The one program this action can be about, when the request names it or only one program has the
 * action: then the store's own enrolment check, made under its lock anyway, is the only one needed,
 * and the action costs one read of the enrolments less (a round trip on PostgreSQL). Undefined when
 * several programs have it: which one is the person's choice, read from their enrolments.
 */
function soleOwner(deps: TrackDeps, input: ActionInput): Program | undefined {
  const owners = deps.programs.filter(
    (program) =>
      (input.programId === undefined || program.id === input.programId) &&
      program.actions.some((action) => action.id === input.actionType),
  );
  return owners.length === 1 ? owners[0] : undefined;
}

/**
 * `/log` and `POST /api/tracks/actions`: what the person did outside the chat, on their word. Only
 * the program's self-reported actions (a meeting, a story shared) are taken; a first that marks a
 * real thing (a quest, a letter, a goal step) is refused with the source it needs, so "First quest"
 * is never earned without a quest.
 */
export async function logAction(deps: TrackDeps, userId: UserId, input: ActionInput): Promise<ActionResult> {
  requireTracksOn(deps, userId);
  const sole = soleOwner(deps, input);
  if (sole && !sourceNeeded(sole, input.actionType)) {
    try {
      return await recordAction(deps, userId, { ...input, programId: sole.id, program: sole, track: undefined });
    } catch (error) {
      // Not enrolled there: the path below reads the enrolments to say exactly why (as it always has).
      if (!isStepwiseError(error) || error.code !== 'not_enrolled') throw error;
    }
  }
  const { program } = await requireEnrollment(deps, userId, input.programId, hasAction(input.actionType));
  if (!program.actions.some((action) => action.id === input.actionType))
    throw new StepwiseError('unknown_action', `unknown action type "${input.actionType}"`, {
      action_type: input.actionType,
      known: program.actions.filter((action) => action.selfReport).map((action) => action.id),
    });
  const needed = sourceNeeded(program, input.actionType);
  if (needed)
    throw new StepwiseError('invalid_input', needed, {
      field: 'action_type',
      reason: 'needs_source',
      source: recordingOf(program, input.actionType).kind,
    });
  return recordAction(deps, userId, { ...input, programId: program.id, program, track: undefined });
}
