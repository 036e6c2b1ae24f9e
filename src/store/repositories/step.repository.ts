import type { Kysely, Selectable } from 'kysely';
import { StepwiseError } from '../../core/errors.js';
import type { Step, StepStatus } from '../../core/goals/model.js';
import type { StepStore } from '../../core/ports.js';
import type { Database, StepsTable } from '../schema.js';
import { iso, isUniqueViolation, toDate, toDateOrNull } from './rows.js';

const toStep = (r: Selectable<StepsTable>): Step => ({
  id: r.id,
  goalId: r.goal_id,
  userId: r.user_id,
  text: r.text,
  estimatedMinutes: r.estimated_minutes,
  status: r.status as StepStatus,
  rephrased: Number(r.rephrased) === 1,
  userComment: r.user_comment,
  source: r.source,
  coachKey: r.coach_key,
  createdAt: toDate(r.created_at),
  completedAt: toDateOrNull(r.completed_at),
});

/** Steps of a goal's hidden path, always filtered by their owner. */
export function createStepRepository(db: Kysely<Database>): StepStore {
  const forGoal = (userId: string, goalId: string) =>
    db.selectFrom('steps').selectAll().where('user_id', '=', userId).where('goal_id', '=', goalId);

  const insertWithNextSeq = async (tx: Kysely<Database>, step: Step) => {
    const { max } = await tx.selectFrom('steps').select((eb) => eb.fn.max<number | null>('seq').as('max')).where('goal_id', '=', step.goalId).executeTakeFirstOrThrow();
    await tx
      .insertInto('steps')
      .values({
        id: step.id,
        goal_id: step.goalId,
        user_id: step.userId,
        seq: Number(max ?? 0) + 1,
        text: step.text,
        estimated_minutes: step.estimatedMinutes,
        status: 'open',
        rephrased: step.rephrased ? 1 : 0,
        user_comment: step.userComment,
        source: step.source,
        coach_key: step.coachKey,
        created_at: iso(step.createdAt),
        completed_at: null,
      })
      .execute();
  };

  /** The unique index on open steps (or on seq) refused a second open step: someone was faster. */
  const asStepNotDone = (e: unknown): never => {
    if (isUniqueViolation(e)) throw new StepwiseError('step_not_done', 'the goal already has an open step');
    throw e;
  };

  return {
    async open(userId, goalId) {
      const row = await forGoal(userId, goalId).where('status', '=', 'open').executeTakeFirst();
      return row && toStep(row);
    },

    async history(userId, goalId) {
      const rows = await forGoal(userId, goalId).where('status', '!=', 'superseded').orderBy('seq').execute();
      return rows.map(toStep);
    },

    async all(userId, goalId) {
      return (await forGoal(userId, goalId).orderBy('seq').execute()).map(toStep);
    },

    async latest(userId, goalId, group, limit) {
      const q = forGoal(userId, goalId);
      const rows = await (group === 'path' ? q.where('status', '!=', 'superseded') : q.where('status', '=', 'superseded')).orderBy('seq', 'desc').limit(limit).execute();
      return rows.reverse().map(toStep);
    },

    async first(userId, goalId) {
      const row = await forGoal(userId, goalId).where('status', '!=', 'superseded').orderBy('seq').limit(1).executeTakeFirst();
      return row && toStep(row);
    },

    async counts(userId, goalId) {
      const row = await db
        .selectFrom('steps')
        .select((eb) => [
          eb.fn.countAll<number | string>().as('all'),
          eb.fn.sum<number | string | null>(eb.case().when('status', '!=', 'superseded').then(1).else(0).end()).as('path'),
        ])
        .where('user_id', '=', userId)
        .where('goal_id', '=', goalId)
        .executeTakeFirstOrThrow();
      return { all: Number(row.all), path: Number(row.path ?? 0) };
    },

    async coachKeys(userId, goalId) {
      const rows = await db.selectFrom('steps').select('coach_key').where('user_id', '=', userId).where('goal_id', '=', goalId).where('coach_key', 'is not', null).execute();
      return rows.map((r) => r.coach_key!);
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
      const row = await forGoal(userId, goalId).where('status', '=', 'done').orderBy('seq', 'desc').limit(1).executeTakeFirst();
      return row && toStep(row);
    },

    async insertOpen(step) {
      await db.transaction().execute((tx) => insertWithNextSeq(tx, step)).catch(asStepNotDone);
    },

    async complete(userId, stepId, at) {
      const result = await db
        .updateTable('steps')
        .set({ status: 'done', completed_at: iso(at) })
        .where('user_id', '=', userId)
        .where('id', '=', stepId)
        .where('status', '=', 'open')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async replace(userId, oldId, comment, replacement) {
      await db
        .transaction()
        .execute(async (tx) => {
          const result = await tx
            .updateTable('steps')
            .set({ status: 'superseded', user_comment: comment })
            .where('user_id', '=', userId)
            .where('id', '=', oldId)
            .where('status', '=', 'open')
            .executeTakeFirst();
          if (Number(result.numUpdatedRows) !== 1) throw new StepwiseError('no_open_step', 'the step was already done or replaced');
          await insertWithNextSeq(tx, replacement);
        })
        .catch(asStepNotDone);
    },
  };
}
