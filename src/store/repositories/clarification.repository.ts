import type { Kysely, Selectable } from 'kysely';
import type { Clarification } from '../../core/goals/model.js';
import type { ClarificationStore } from '../../core/ports.js';
import { inTransaction } from '../in-transaction.js';
import type { ClarificationsTable, Database } from '../schema.js';
import { iso, toDate, toDateOrNull } from './rows.js';

const toClarification = (r: Selectable<ClarificationsTable>): Clarification => ({
  id: r.id,
  goalId: r.goal_id,
  userId: r.user_id,
  question: r.question,
  answer: r.answer,
  stepsBefore: Number(r.steps_before),
  createdAt: toDate(r.created_at),
  answeredAt: toDateOrNull(r.answered_at),
});

/** The coach's questions about a goal and the user's answers: the goal's context (seed 001). */
export function createClarificationRepository(db: Kysely<Database>): ClarificationStore {
  const forGoal = (userId: string, goalId: string) =>
    db.selectFrom('clarifications').selectAll().where('user_id', '=', userId).where('goal_id', '=', goalId);

  return {
    async forGoal(userId, goalId) {
      return (await forGoal(userId, goalId).orderBy('seq').execute()).map(toClarification);
    },

    async pending(userId, goalId) {
      const row = await forGoal(userId, goalId)
        .where('answer', 'is', null)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row && toClarification(row);
    },

    async insert(c) {
      await inTransaction(db, async (tx) => {
        const { max } = await tx
          .selectFrom('clarifications')
          .select((eb) => eb.fn.max<number | null>('seq').as('max'))
          .where('goal_id', '=', c.goalId)
          .executeTakeFirstOrThrow();
        const { n } = await tx
          .selectFrom('steps')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .where('goal_id', '=', c.goalId)
          .executeTakeFirstOrThrow();
        await tx
          .insertInto('clarifications')
          .values({
            id: c.id,
            goal_id: c.goalId,
            user_id: c.userId,
            seq: Number(max ?? 0) + 1,
            steps_before: Number(n),
            question: c.question,
            answer: c.answer,
            created_at: iso(c.createdAt),
            answered_at: c.answeredAt && iso(c.answeredAt),
          })
          .execute();
      });
    },

    async answer(userId, id, answer, at) {
      await db
        .updateTable('clarifications')
        .set({ answer, answered_at: iso(at) })
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .execute();
    },
  };
}
