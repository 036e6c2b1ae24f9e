import type { Kysely } from 'kysely';
import { StepwiseError } from '../../core/errors.js';
import type { Step } from '../../core/goals/model.js';
import type { StepStore } from '../../core/ports.js';
import type { Sealer } from '../../core/privacy/sealer.port.js';
import { createSealer } from '../crypto/aes-gcm-sealer.js';
import { type SealedCiphers, sealedColumns } from '../crypto/sealed-columns.js';
import { inTransaction } from '../in-transaction.js';
import type { Database } from '../schema.js';
import { iso, isUniqueViolation } from './rows.js';
import { stepHistory, undoDone } from './step-history.js';
import { stepOf } from './step-rows.js';

type StepCiphers = SealedCiphers['steps'];

/** Steps of a goal's hidden path, always filtered by their owner; texts and comments sealed when a key is set. */
export function createStepRepository(db: Kysely<Database>, sealer: Sealer = createSealer()): StepStore {
  const sealed = sealedColumns(sealer).steps;
  return { ...stepReads(db, sealed), ...stepHistory(db, sealed), ...stepWrites(db, sealed) };
}

type StepWrites = Pick<StepStore, 'insertOpen' | 'completeOpen' | 'replace' | 'undoDone'>;

type StepHistory = Pick<StepStore, 'done' | 'doneCounts' | 'afterLastDone'>;

function stepReads(db: Kysely<Database>, sealed: StepCiphers): Omit<StepStore, keyof StepWrites | keyof StepHistory> {
  const toStep = stepOf(sealed);
  const forGoal = (userId: string, goalId: string) =>
    db.selectFrom('steps').selectAll().where('user_id', '=', userId).where('goal_id', '=', goalId);

  return {
    async open(userId, goalId) {
      const row = await forGoal(userId, goalId).where('status', '=', 'open').executeTakeFirst();
      return row && toStep(row);
    },

    async all(userId, goalId) {
      return (await forGoal(userId, goalId).orderBy('seq').execute()).map(toStep);
    },

    async latest(userId, goalId, group, limit) {
      const query = forGoal(userId, goalId);
      const rows = await (
        group === 'path' ? query.where('status', '!=', 'superseded') : query.where('status', '=', 'superseded')
      )
        .orderBy('seq', 'desc')
        .limit(limit)
        .execute();
      return rows.reverse().map(toStep);
    },

    async first(userId, goalId) {
      const row = await forGoal(userId, goalId)
        .where('status', '!=', 'superseded')
        .orderBy('seq')
        .limit(1)
        .executeTakeFirst();
      return row && toStep(row);
    },

    async summary(userId, goalId) {
      const rows = await db
        .selectFrom('steps')
        .select((eb) => ['status', 'coach_key', eb.fn.countAll<number | string>().as('n')])
        .where('user_id', '=', userId)
        .where('goal_id', '=', goalId)
        .groupBy(['status', 'coach_key'])
        .execute();
      const keys: Record<string, number> = {};
      let all = 0;
      let path = 0;
      for (const row of rows) {
        const count = Number(row.n);
        all += count;
        if (row.status !== 'superseded') path += count;
        if (row.coach_key) keys[row.coach_key] = (keys[row.coach_key] ?? 0) + count;
      }
      return { all, path, keys };
    },

    async countDone(userId, goalId) {
      const { n } = await db
        .selectFrom('steps')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('user_id', '=', userId)
        .where('goal_id', '=', goalId)
        .where('status', '=', 'done')
        .executeTakeFirstOrThrow();
      return Number(n);
    },

    async lastDone(userId, goalId) {
      const row = await forGoal(userId, goalId)
        .where('status', '=', 'done')
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row && toStep(row);
    },
  };
}

function stepWrites(db: Kysely<Database>, sealed: StepCiphers): StepWrites {
  const toStep = stepOf(sealed);
  return {
    async insertOpen(step) {
      await insertWithNextSeq(db, sealed, step).catch(asStepNotDone);
    },

    // UPDATE … RETURNING (PostgreSQL, SQLite ≥ 3.35): finding the open step and finishing it is one round trip, and
    // of two concurrent calls only one gets the step back.
    async completeOpen(userId, goalId, at) {
      const row = await db
        .updateTable('steps')
        .set({ status: 'done', completed_at: iso(at) })
        .where('user_id', '=', userId)
        .where('goal_id', '=', goalId)
        .where('status', '=', 'open')
        .returningAll()
        .executeTakeFirst();
      return row && toStep(row);
    },

    undoDone: (userId, plan) => undoDone(db, userId, plan),

    async replace(userId, oldId, comment, replacement) {
      await inTransaction(db, async (tx) => {
        const result = await tx
          .updateTable('steps')
          .set({ status: 'superseded', user_comment: sealed.user_comment.seal(comment, userId) })
          .where('user_id', '=', userId)
          .where('id', '=', oldId)
          .where('status', '=', 'open')
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1)
          throw new StepwiseError('no_open_step', 'the step was already done or replaced');
        await insertWithNextSeq(tx, sealed, replacement);
      }).catch(asStepNotDone);
    },
  };
}

/** One INSERT … SELECT: the next seq is computed in the same statement, so no transaction is needed. */
async function insertWithNextSeq(tx: Kysely<Database>, sealed: StepCiphers, step: Step) {
  await tx
    .insertInto('steps')
    .columns([
      'id',
      'goal_id',
      'user_id',
      'seq',
      'text',
      'estimated_minutes',
      'status',
      'rephrased',
      'user_comment',
      'source',
      'coach_key',
      'created_at',
      'completed_at',
    ])
    .expression(
      tx
        .selectFrom('steps')
        .where('goal_id', '=', step.goalId)
        .select((eb) => [
          eb.val(step.id).as('id'),
          eb.val(step.goalId).as('goal_id'),
          eb.val(step.userId).as('user_id'),
          eb(eb.fn.coalesce(eb.fn.max<number>('seq'), eb.lit(0)), '+', eb.lit(1)).as('seq'),
          eb.val(sealed.text.seal(step.text, step.userId)).as('text'),
          eb.val(step.estimatedMinutes).as('estimated_minutes'),
          eb.val('open').as('status'),
          eb.val(step.rephrased ? 1 : 0).as('rephrased'),
          eb.val(sealed.user_comment.seal(step.userComment, step.userId)).as('user_comment'),
          eb.val(step.source).as('source'),
          eb.val(step.coachKey).as('coach_key'),
          eb.val(iso(step.createdAt)).as('created_at'),
          eb.val(null).as('completed_at'),
        ]),
    )
    .execute();
}

/** The unique index on open steps (or on seq) refused a second open step: someone was faster. */
function asStepNotDone(error: unknown): never {
  if (isUniqueViolation(error)) throw new StepwiseError('step_not_done', 'the goal already has an open step');
  throw error;
}
