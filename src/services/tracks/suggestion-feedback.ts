import { StepwiseError } from '../../core/errors.js';
import type { UserId } from '../../core/goals/model.js';
import type { SuggestionFeedback } from '../../core/ports.js';
import type { Program } from '../../core/programs/program.js';
import type { TrackDeps } from './deps.js';
import { hasTrack, requireEnrollment, requireTrack, requireTracksOn } from './programs.js';
import { hasLlmSuggestion } from './suggestions.js';

export const FEEDBACK_REASONS = ['rule', 'idle', 'stuck', 'llm'] as const satisfies ReadonlyArray<
  SuggestionFeedback['reason']
>;

export interface FeedbackInput {
  track: string;
  suggestionId: string;
  reason: SuggestionFeedback['reason'];
  helpful: boolean;
  programId?: string;
}

/**
 * Only ids this user can have been shown are stored: a pack suggestion of that track, or
 * `llm:<track>` while the model's suggestion for that track is the one in use for them. So nothing
 * a client makes up — least of all free text — reaches the table or the rollback alert.
 */
const isSuggestionOf = (deps: TrackDeps, userId: UserId, program: Program, input: FeedbackInput) =>
  input.reason === 'llm'
    ? input.suggestionId === `llm:${input.track}` && hasLlmSuggestion(deps, userId, program.id, input.track)
    : program.suggestions.some(
        (suggestion) => suggestion.id === input.suggestionId && suggestion.track === input.track,
      );

/**
 * "Did this next action help?" (seed 000's feedback loop). Stored once per user, suggestion and
 * UTC day (a repeated tap updates), logged with ids only, and its first verdict counted in
 * `ai_suggestion_feedback_total{reason,verdict}`, on which the rollback alert watches the LLM's share.
 */
export async function suggestionFeedback(
  deps: TrackDeps,
  userId: UserId,
  input: FeedbackInput,
): Promise<{ programId: string }> {
  requireTracksOn(deps, userId);
  const { program } = await requireEnrollment(deps, userId, input.programId, hasTrack(input.track));
  requireTrack(program, input.track);
  if (!isSuggestionOf(deps, userId, program, input)) {
    throw new StepwiseError(
      'invalid_input',
      `suggestion_id: not a ${input.reason} next action of track "${input.track}"`,
      { field: 'suggestion_id' },
    );
  }
  const stored = await deps.stores.feedback.record({
    id: deps.ids.next(),
    userId,
    programId: program.id,
    track: input.track,
    suggestionId: input.suggestionId,
    reason: input.reason,
    helpful: input.helpful,
    createdAt: deps.clock.now(),
  });
  const verdict = input.helpful ? 'helpful' : 'not_helpful';
  deps.log.info(
    {
      event: 'suggestion_feedback',
      user_id: userId,
      program: program.id,
      track: input.track,
      suggestion: input.suggestionId,
      reason: input.reason,
      verdict,
      stored,
    },
    'suggestion feedback',
  );
  // The metric counts each user's first verdict on a suggestion per day: double taps and second
  // thoughts cannot tip the rollback alert (the table keeps the latest verdict).
  if (stored === 'new') deps.counters.suggestionFeedback(input.reason, verdict);
  return { programId: program.id };
}
