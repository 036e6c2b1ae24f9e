import type { Kysely, Selectable } from 'kysely';
import type { Goal, GoalStatus } from '../../core/goals/model.js';
import type { GoalStore } from '../../core/ports.js';
import type { Sealer } from '../../core/privacy/sealer.port.js';
import { createSealer } from '../crypto/aes-gcm-sealer.js';
import { type SealedCiphers, sealedColumns } from '../crypto/sealed-columns.js';
import { inTransaction } from '../in-transaction.js';
import type { Database, GoalsTable } from '../schema.js';
import { isUniqueViolation, iso, toDate } from './rows.js';

type GoalCiphers = SealedCiphers['goals'];

const goalOf =
  (sealed: GoalCiphers) =>
  (row: Selectable<GoalsTable>): Goal => ({
    id: row.id,
    userId: row.user_id,
    title: sealed.title.open(row.title, row.user_id),
    description: sealed.description.open(row.description, row.user_id),
    status: row.status as GoalStatus,
    goalType: row.goal_type,
    track: row.track,
    ...(row.seq !== null && { number: Number(row.seq) }),
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
  });

/** Pauses the user's active goal (before another becomes active). */
const pauseActive = (tx: Kysely<Database>, userId: string, at: Date) =>
  tx
    .updateTable('goals')
    .set({ status: 'paused', updated_at: iso(at) })
    .where('user_id', '=', userId)
    .where('status', '=', 'active')
    .execute();

/** How often an insert is retried after another insert of the same user took its number. */
const NUMBER_ATTEMPTS = 3;

/**
 * Inserts a goal with the user's next number; an active one first pauses the user's active goal, in
 * the same transaction. Two goals created at once may both read the same highest number: the unique
 * index refuses the second, which tries again with the next one.
 */
async function insertGoal(db: Kysely<Database>, sealed: GoalCiphers, goal: Goal): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await inTransaction(db, async (tx) => {
        if (goal.status === 'active') await pauseActive(tx, goal.userId, goal.updatedAt);
        const { max } = await tx
          .selectFrom('goals')
          .select((eb) => eb.fn.max<number | null>('seq').as('max'))
          .where('user_id', '=', goal.userId)
          .executeTakeFirstOrThrow();
        const number = Number(max ?? 0) + 1;
        await tx
          .insertInto('goals')
          .values({
            id: goal.id,
            user_id: goal.userId,
            title: sealed.title.seal(goal.title, goal.userId),
            description: sealed.description.seal(goal.description, goal.userId),
            status: goal.status,
            goal_type: goal.goalType,
            track: goal.track ?? null,
            seq: number,
            created_at: iso(goal.createdAt),
            updated_at: iso(goal.updatedAt),
          })
          .execute();
        return number;
      });
    } catch (error) {
      // Inside a caller's transaction a failed statement spoils it (PostgreSQL): no retry there.
      if (attempt >= NUMBER_ATTEMPTS || db.isTransaction || !isUniqueViolation(error)) throw error;
    }
  }
}

/** Makes a goal the active one, pausing the one that was, in one transaction. */
async function activateGoal(db: Kysely<Database>, userId: string, goalId: string, at: Date): Promise<void> {
  await inTransaction(db, async (tx) => {
    await pauseActive(tx, userId, at);
    await tx
      .updateTable('goals')
      .set({ status: 'active', updated_at: iso(at) })
      .where('user_id', '=', userId)
      .where('id', '=', goalId)
      .execute();
  });
}

/** Goals, always filtered by their owner: a goal id alone never finds anything. */
export function createGoalRepository(db: Kysely<Database>, sealer: Sealer = createSealer()): GoalStore {
  const sealed = sealedColumns(sealer).goals;
  const toGoal = goalOf(sealed);
  return {
    async byId(userId, goalId) {
      const row = await db
        .selectFrom('goals')
        .selectAll()
        .where('user_id', '=', userId)
        .where('id', '=', goalId)
        .executeTakeFirst();
      return row && toGoal(row);
    },

    async active(userId) {
      const row = await db
        .selectFrom('goals')
        .selectAll()
        .where('user_id', '=', userId)
        .where('status', '=', 'active')
        .executeTakeFirst();
      return row && toGoal(row);
    },

    async list(userId) {
      const rows = await db
        .selectFrom('goals')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('seq')
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toGoal);
    },

    async byNumber(userId, number) {
      const row = await db
        .selectFrom('goals')
        .selectAll()
        .where('user_id', '=', userId)
        .where('seq', '=', number)
        .executeTakeFirst();
      return row && toGoal(row);
    },

    insert: (goal) => insertGoal(db, sealed, goal),

    activate: (userId, goalId, at) => activateGoal(db, userId, goalId, at),

    async setStatus(userId, goalId, status, at) {
      await db
        .updateTable('goals')
        .set({ status, updated_at: iso(at) })
        .where('user_id', '=', userId)
        .where('id', '=', goalId)
        .execute();
    },

    async setTrack(userId, goalId, track) {
      await db.updateTable('goals').set({ track }).where('user_id', '=', userId).where('id', '=', goalId).execute();
    },

    async setType(userId, goalId, goalType) {
      await db
        .updateTable('goals')
        .set({ goal_type: goalType })
        .where('user_id', '=', userId)
        .where('id', '=', goalId)
        .execute();
    },
  };
}
