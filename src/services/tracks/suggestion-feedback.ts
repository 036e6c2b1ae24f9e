import { StepwiseError } from '../../core/errors.js';
import type { UserId } from '../../core/goals/model.js';
import type { SuggestionFeedback } from '../../core/ports.js';
import type { ProgramPack } from '../../content/program-pack.schema.js';
import type { TrackDeps } from './deps.js';
import { requireEnrollment, requireTrack, requireTracksOn } from './programs.js';

export const FEEDBACK_REASONS = ['rule', 'idle', 'stuck', 'llm'] as const satisfies ReadonlyArray<SuggestionFeedback['reason']>;

export interface FeedbackInput {
  track: string;
  suggestionId: string;
  reason: SuggestionFeedback['reason'];
  helpful: boolean;
  programId?: string;
}

/**
 * Only ids the program itself can show are stored (a pack suggestion of that track, or the LLM's
 * `llm:<track>`), so nothing a client makes up — least of all free text — reaches the table.
 */
const isSuggestionOf = (program: ProgramPack, track: string, id: string, reason: FeedbackInput['reason']) =>
  reason === 'llm' ? id === `llm:${track}` : program.suggestions.some((s) => s.id === id && s.track === track);

/**
 * "Did this next action help?" (seed 000's feedback loop). Stored once per user, suggestion and
 * UTC day (a repeated tap updates), logged with ids only, and counted in
 * `ai_suggestion_feedback_total{reason,verdict}`, on which the rollback alert watches the LLM's share.
 */
export async function suggestionFeedback(deps: TrackDeps, userId: UserId, input: FeedbackInput): Promise<{ programId: string }> {
  requireTracksOn(deps, userId);
  const { program } = await requireEnrollment(deps, userId, input.programId);
  requireTrack(program, input.track);
  if (!isSuggestionOf(program, input.track, input.suggestionId, input.reason)) {
    throw new StepwiseError('invalid_input', `suggestion_id: not a ${input.reason} next action of track "${input.track}"`, { field: 'suggestion_id' });
  }
  await deps.stores.feedback.record({ id: deps.ids.next(), userId, programId: program.id, track: input.track, suggestionId: input.suggestionId, reason: input.reason, helpful: input.helpful, createdAt: deps.clock.now() });
  const verdict = input.helpful ? 'helpful' : 'not_helpful';
  deps.log.info({ event: 'suggestion_feedback', user_id: userId, program: program.id, track: input.track, suggestion: input.suggestionId, reason: input.reason, verdict }, 'suggestion feedback');
  deps.counters.suggestionFeedback(input.reason, verdict);
  return { programId: program.id };
}
