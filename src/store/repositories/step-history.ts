import { sql, type Kysely } from 'kysely';
import type { StepStore } from '../../core/ports.js';
import { inTransaction } from '../in-transaction.js';
import type { Database } from '../schema.js';
import { isUniqueViolation } from './rows.js';
import type { SealedCiphers } from '../crypto/sealed-columns.js';
import { stepOf } from './step-rows.js';

/**
 * The track ledger's source id for a finished step (`services/tracks/goal-link.ts` records the
 * step's track move under it): an action with it means the step moved a track.
 */
const ledgerSourceId = (stepId: string) => `step:${stepId}`;

/** A goal's finished steps: its history, the counts /goals shows, and what undo needs to know. */
export function stepHistory(
  db: Kysely<Database>,
  sealed: SealedCiphers['steps'],
): Pick<StepStore, 'done' | 'doneCounts' | 'afterLastDone'> {
  const toStep = stepOf(sealed);
  const forGoal = (userId: string, goalId: string) =>
    db.selectFrom('steps').selectAll().where('user_id', '=', userId).where('goal_id', '=', goalId);

  return {
    async done(userId, goalId) {
      return (await forGoal(userId, goalId).where('status', '=', 'done').orderBy('seq').execute()).map(toStep);
    },

    async doneCounts(userId) {
      const rows = await db
        .selectFrom('steps')
        .select((eb) => ['goal_id', eb.fn.countAll<number | string>().as('n')])
        .where('user_id', '=', userId)
        .where('status', '=', 'done')
        .groupBy('goal_id')
        .execute();
      return Object.fromEntries(rows.map((row) => [row.goal_id, Number(row.n)]));
    },

    async afterLastDone(userId, goalId) {
      const last = await forGoal(userId, goalId)
        .where('status', '=', 'done')
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (!last) return undefined;
      const [later, questions, credit] = await Promise.all([
        forGoal(userId, goalId).where('seq', '>', last.seq).orderBy('seq').execute(),
        // A question's `steps_before` counts every step given before it (seq runs 1, 2, … without
        // gaps): one asked after this step was finished counts at least this step's seq.
        db
          .selectFrom('clarifications')
          .select(['id', 'answer'])
          .where('user_id', '=', userId)
          .where('goal_id', '=', goalId)
          .where('steps_before', '>=', last.seq)
          .orderBy('seq')
          .execute(),
        // A step moved a track when its action left a ledger row that raised one; an action kept
        // without credit (too soon, the day's cap) moved nothing, so undo stays possible.
        db
          .selectFrom('actions')
          .innerJoin('progress_events', 'progress_events.action_id', 'actions.id')
          .select('actions.id')
          .where('actions.user_id', '=', userId)
          .where('actions.source_id', '=', ledgerSourceId(last.id))
          .where('progress_events.new_pct', '>', sql<number>`progress_events.old_pct`)
          .limit(1)
          .executeTakeFirst(),
      ]);
      return {
        last: toStep(last),
        later: later.map(toStep),
        questions: questions.map((question) => ({ id: question.id, answered: question.answer !== null })),
        movedTrack: credit !== undefined,
      };
    },
  };
}

/** Thrown inside the undo transaction to roll it back when something moved since the plan was made. */
class MovedMeanwhile extends Error {}

/**
 * Undo in one transaction: the discarded next step and question go, then the step is open again.
 * Every write is conditioned on what the plan saw (still done, still open and untouched, still
 * unanswered), and nothing else may follow the step; otherwise it all rolls back and says false.
 */
export async function undoDone(
  db: Kysely<Database>,
  userId: string,
  plan: { stepId: string; discardStepId?: string; discardQuestionId?: string },
): Promise<boolean> {
  try {
    await inTransaction(db, async (tx) => {
      const last = await tx
        .selectFrom('steps')
        .select(['goal_id', 'seq'])
        .where('user_id', '=', userId)
        .where('id', '=', plan.stepId)
        .where('status', '=', 'done')
        .executeTakeFirst();
      if (!last) throw new MovedMeanwhile();
      const deleted = (result: { numDeletedRows: bigint }) => {
        if (Number(result.numDeletedRows) !== 1) throw new MovedMeanwhile();
      };
      if (plan.discardStepId)
        deleted(
          await tx
            .deleteFrom('steps')
            .where('user_id', '=', userId)
            .where('goal_id', '=', last.goal_id)
            .where('id', '=', plan.discardStepId)
            .where('status', '=', 'open')
            .where('rephrased', '=', 0)
            .executeTakeFirstOrThrow(),
        );
      if (plan.discardQuestionId)
        deleted(
          await tx
            .deleteFrom('clarifications')
            .where('user_id', '=', userId)
            .where('goal_id', '=', last.goal_id)
            .where('id', '=', plan.discardQuestionId)
            .where('answer', 'is', null)
            .executeTakeFirstOrThrow(),
        );
      const [steps, questions] = await Promise.all([
        tx
          .selectFrom('steps')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .where('goal_id', '=', last.goal_id)
          .where('seq', '>', last.seq)
          .executeTakeFirstOrThrow(),
        tx
          .selectFrom('clarifications')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .where('goal_id', '=', last.goal_id)
          .where('steps_before', '>=', last.seq)
          .executeTakeFirstOrThrow(),
      ]);
      if (Number(steps.n) + Number(questions.n) > 0) throw new MovedMeanwhile();
      await tx
        .updateTable('steps')
        .set({ status: 'open', completed_at: null })
        .where('user_id', '=', userId)
        .where('id', '=', plan.stepId)
        .where('status', '=', 'done')
        .execute();
    });
    return true;
  } catch (error) {
    // A step opened meanwhile (another /next) trips the one-open-step index: the same answer.
    if (error instanceof MovedMeanwhile || isUniqueViolation(error)) return false;
    throw error;
  }
}
