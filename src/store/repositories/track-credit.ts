import { sql, type Transaction } from 'kysely';
import type { CreditHistory } from '../../core/tracks/credit.js';
import type { UserId } from '../../core/goals/model.js';
import type { Database } from '../schema.js';
import { iso, toDateOrNull } from './rows.js';

/** Verdicts that earned something; a row from before verdicts were kept (null) counted in full. */
const EARNED = sql`(credit is null or credit in ('full', 'repeat', 'track_cap'))`;

/**
 * This action type's history and today's gains, read inside the action's transaction after the
 * enrolment row is locked: what the credit rule decides from. Bursts that came too soon are not
 * "today's" repeats; only actions that earned something count toward milestones.
 */
export async function creditHistory(
  tx: Transaction<Database>,
  scope: { userId: UserId; programId: string; actionType: string },
  day: { start: Date; end: Date },
): Promise<CreditHistory> {
  const [start, end] = [iso(day.start), iso(day.end)];
  const counted = await tx
    .selectFrom('actions')
    .select([
      sql<number | string>`count(case when ${EARNED} then 1 end)`.as('credited'),
      sql<number | string>`count(case when created_at >= ${start} and created_at < ${end}
        and (credit is null or credit <> 'too_soon') then 1 end)`.as('today'),
      (eb) => eb.fn.max('created_at').as('last_at'),
    ])
    .where('user_id', '=', scope.userId)
    .where('program_id', '=', scope.programId)
    .where('action_type', '=', scope.actionType)
    .executeTakeFirstOrThrow();
  const gained = await tx
    .selectFrom('progress_events')
    .select(['track', (eb) => eb.fn.sum<number | string>('delta').as('points')])
    .where('user_id', '=', scope.userId)
    .where('program_id', '=', scope.programId)
    .where('created_at', '>=', start)
    .where('created_at', '<', end)
    .groupBy('track')
    .execute();
  return {
    creditedBefore: Number(counted.credited),
    todayBefore: Number(counted.today),
    lastAt: toDateOrNull(counted.last_at as string | Date | null),
    gainedToday: Object.fromEntries(gained.map((row) => [row.track, Number(row.points)])),
  };
}

/** Counts per action type for next actions: every action but those that came too soon to be real. */
export const notTooSoon = sql<boolean>`(credit is null or credit <> 'too_soon')`;
