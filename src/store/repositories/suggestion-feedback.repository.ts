import type { Kysely, Selectable } from 'kysely';
import type { SuggestionFeedback, SuggestionFeedbackStore } from '../../core/ports.js';
import type { Database } from '../schema.js';
import { iso, toDate } from './rows.js';

type FeedbackRow = Selectable<Database['suggestion_feedback']>;

const toFeedback = (row: FeedbackRow): SuggestionFeedback => ({
  id: row.id,
  userId: row.user_id,
  programId: row.program_id,
  track: row.track,
  suggestionId: row.suggestion_id,
  reason: row.reason as SuggestionFeedback['reason'],
  helpful: Number(row.helpful) === 1,
  createdAt: toDate(row.created_at),
});

/** Verdicts on next-action suggestions; every query is scoped to the user. */
export function createSuggestionFeedbackRepository(db: Kysely<Database>): SuggestionFeedbackStore {
  return {
    async record(feedback) {
      const at = iso(feedback.createdAt);
      const day = at.slice(0, 10);
      // The day's first verdict inserts; a second tap (even at the same moment: the unique key
      // decides) finds the row and changes it only if the verdict differs.
      const inserted = await db
        .insertInto('suggestion_feedback')
        .values({
          id: feedback.id,
          user_id: feedback.userId,
          program_id: feedback.programId,
          track: feedback.track,
          suggestion_id: feedback.suggestionId,
          reason: feedback.reason,
          helpful: feedback.helpful ? 1 : 0,
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
          program_id: feedback.programId,
          track: feedback.track,
          reason: feedback.reason,
          helpful: feedback.helpful ? 1 : 0,
          updated_at: at,
        })
        .where('user_id', '=', feedback.userId)
        .where('suggestion_id', '=', feedback.suggestionId)
        .where('day', '=', day)
        .where('helpful', '<>', feedback.helpful ? 1 : 0)
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
