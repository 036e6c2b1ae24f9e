import type { Kysely, Selectable } from 'kysely';
import type { SuggestionFeedback, SuggestionFeedbackStore } from '../../core/ports.js';
import type { Database } from '../schema.js';
import { iso, toDate } from './rows.js';

type FeedbackRow = Selectable<Database['suggestion_feedback']>;

const toFeedback = (result: FeedbackRow): SuggestionFeedback => ({
  id: result.id,
  userId: result.user_id,
  programId: result.program_id,
  track: result.track,
  suggestionId: result.suggestion_id,
  reason: result.reason as SuggestionFeedback['reason'],
  helpful: Number(result.helpful) === 1,
  createdAt: toDate(result.created_at),
});

/** Verdicts on next-action suggestions; every query is scoped to the user. */
export function createSuggestionFeedbackRepository(db: Kysely<Database>): SuggestionFeedbackStore {
  return {
    async record(suggestionFeedback) {
      const at = iso(suggestionFeedback.createdAt);
      const day = at.slice(0, 10);
      // The day's first verdict inserts; a second tap (even at the same moment: the unique key
      // decides) finds the row and changes it only if the verdict differs.
      const inserted = await db
        .insertInto('suggestion_feedback')
        .values({
          id: suggestionFeedback.id,
          user_id: suggestionFeedback.userId,
          program_id: suggestionFeedback.programId,
          track: suggestionFeedback.track,
          suggestion_id: suggestionFeedback.suggestionId,
          reason: suggestionFeedback.reason,
          helpful: suggestionFeedback.helpful ? 1 : 0,
          day,
          created_at: at,
          updated_at: at,
        })
        .onConflict((oc) => oc.columns(['user_id', 'suggestion_id', 'day']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return 'new';
      const changed = await db
        .updateTable('suggestion_feedback')
        .set({
          program_id: suggestionFeedback.programId,
          track: suggestionFeedback.track,
          reason: suggestionFeedback.reason,
          helpful: suggestionFeedback.helpful ? 1 : 0,
          updated_at: at,
        })
        .where('user_id', '=', suggestionFeedback.userId)
        .where('suggestion_id', '=', suggestionFeedback.suggestionId)
        .where('day', '=', day)
        .where('helpful', '<>', suggestionFeedback.helpful ? 1 : 0)
        .executeTakeFirst();
      return Number(changed.numUpdatedRows) > 0 ? 'changed' : 'same';
    },

    async list(userId, limit) {
      const rows = await db
        .selectFrom('suggestion_feedback')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toFeedback);
    },
  };
}
