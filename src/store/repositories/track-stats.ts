import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { iso } from './rows.js';

/** Average completion per track over every enrolled user (the seed's gauge; one grouped query). */
export async function averageCompletion(db: Kysely<Database>): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('track_states')
    .select(['track', (eb) => eb.fn.avg<number>('completion').as('avg')])
    .groupBy('track')
    .execute();
  return Object.fromEntries(rows.map((row) => [row.track, Math.round(Number(row.avg) * 10) / 10]));
}

/** Enrolled users with no activity on any track since `before` (and enrolled before it). */
export async function stuckUsers(db: Kysely<Database>, before: Date): Promise<number> {
  const text = iso(before);
  const row = await db
    .selectFrom('enrollments as e')
    .select((eb) => eb.fn.count<number>('e.user_id').distinct().as('n'))
    .where('e.enrolled_at', '<', text)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('track_states as t')
            .select('t.user_id')
            .whereRef('t.user_id', '=', 'e.user_id')
            .whereRef('t.program_id', '=', 'e.program_id')
            .where('t.last_activity_at', '>=', text),
        ),
      ),
    )
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
