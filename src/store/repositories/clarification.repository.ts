import type { Kysely, Selectable } from 'kysely';
import type { Clarification } from '../../core/goals/model.js';
import type { ClarificationStore } from '../../core/ports.js';
import type { Sealer } from '../../core/privacy/sealer.port.js';
import { createSealer } from '../crypto/aes-gcm-sealer.js';
import { type SealedCiphers, sealedColumns } from '../crypto/sealed-columns.js';
import { inTransaction } from '../in-transaction.js';
import type { ClarificationsTable, Database } from '../schema.js';
import { iso, toDate, toDateOrNull } from './rows.js';

const clarificationOf =
  (sealed: SealedCiphers['clarifications']) =>
  (row: Selectable<ClarificationsTable>): Clarification => ({
    id: row.id,
    goalId: row.goal_id,
    userId: row.user_id,
    question: sealed.question.open(row.question, row.user_id),
    answer: sealed.answer.open(row.answer, row.user_id),
    stepsBefore: Number(row.steps_before),
    createdAt: toDate(row.created_at),
    answeredAt: toDateOrNull(row.answered_at),
  });

/** The coach's questions about a goal and the user's answers: the goal's context (seed 001). */
export function createClarificationRepository(
  db: Kysely<Database>,
  sealer: Sealer = createSealer(),
): ClarificationStore {
  const sealed = sealedColumns(sealer).clarifications;
  const toClarification = clarificationOf(sealed);
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

    async insert(clarification) {
      await inTransaction(db, async (tx) => {
        const { max } = await tx
          .selectFrom('clarifications')
          .select((eb) => eb.fn.max<number | null>('seq').as('max'))
          .where('goal_id', '=', clarification.goalId)
          .executeTakeFirstOrThrow();
        const { n } = await tx
          .selectFrom('steps')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .where('goal_id', '=', clarification.goalId)
          .executeTakeFirstOrThrow();
        await tx
          .insertInto('clarifications')
          .values({
            id: clarification.id,
            goal_id: clarification.goalId,
            user_id: clarification.userId,
            seq: Number(max ?? 0) + 1,
            steps_before: Number(n),
            question: sealed.question.seal(clarification.question, clarification.userId),
            answer: sealed.answer.seal(clarification.answer, clarification.userId),
            created_at: iso(clarification.createdAt),
            answered_at: clarification.answeredAt && iso(clarification.answeredAt),
          })
          .execute();
      });
    },

    async answer(userId, id, answer, at) {
      await db
        .updateTable('clarifications')
        .set({ answer: sealed.answer.seal(answer, userId), answered_at: iso(at) })
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .execute();
    },
  };
}
