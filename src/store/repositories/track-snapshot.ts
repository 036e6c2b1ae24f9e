import { type ExpressionBuilder, type Kysely, PostgresAdapter, sql } from 'kysely';
import { jsonArrayFrom as pgArray, jsonObjectFrom as pgObject } from 'kysely/helpers/postgres';
import { jsonArrayFrom as sqliteArray, jsonObjectFrom as sqliteObject } from 'kysely/helpers/sqlite';
import type { UserId } from '../../core/goals/model.js';
import type { ProgressSnapshot } from '../../core/tracks/stores.port.js';
import { compiledOnce } from '../compiled-once.js';
import type { Database } from '../schema.js';
import { toDate } from './rows.js';
import { notTooSoon } from './track-credit.js';
import { toState } from './track-states.js';

const STATE_COLUMNS = [
  'user_id',
  'program_id',
  'track',
  'completion',
  'phase',
  'total_actions',
  'last_activity_at',
  'last_progress_at',
  'nudged_at',
] as const;

/** The JSON aggregate helpers of `db`'s dialect (the same builder calls, each database's own SQL). */
export const jsonHelpers = (db: Kysely<Database>) =>
  db.getExecutor().adapter instanceof PostgresAdapter
    ? { jsonArrayFrom: pgArray, jsonObjectFrom: pgObject }
    : { jsonArrayFrom: sqliteArray, jsonObjectFrom: sqliteObject };

/** One person's track states in a program, columns by name (SQLite's helper cannot expand `*`). */
export const stateRows = (eb: ExpressionBuilder<Database, never>, userId: UserId, programId: string) =>
  eb.selectFrom('track_states').select(STATE_COLUMNS).where('user_id', '=', userId).where('program_id', '=', programId);

/** A JSON aggregate as the driver returns it: SQLite's helpers answer text, PostgreSQL's driver parses json. */
export const parsedJson = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

const readProgress = compiledOnce((db, { userId, programId }: { userId: UserId; programId: string }) => {
  const { jsonArrayFrom } = jsonHelpers(db);
  return db.selectNoFrom((eb) => [
    jsonArrayFrom(stateRows(eb, userId, programId)).as('states'),
    jsonArrayFrom(
      eb
        .selectFrom('track_milestones')
        .select(['track', 'milestone_type', 'achieved_at', 'metadata'])
        .where('user_id', '=', userId)
        .where('program_id', '=', programId)
        .orderBy('achieved_at')
        .orderBy('milestone_type'),
    ).as('milestones'),
    jsonArrayFrom(
      eb
        .selectFrom('actions')
        .select(['action_type', (inner) => inner.fn.countAll<number>().as('n')])
        .where('user_id', '=', userId)
        .where('program_id', '=', programId)
        .where(notTooSoon)
        .groupBy('action_type'),
    ).as('counts'),
    eb
      .selectFrom('progress_events')
      .select(sql<number>`count(distinct substr(cast(created_at as text), 1, 10))`.as('days'))
      .where('user_id', '=', userId)
      .where('program_id', '=', programId)
      .as('days'),
  ]);
});

/**
 * Everything the progress view reads about one person in one program, as ONE statement: the track
 * states, the milestones, the distinct days with progress and the action counts, each a JSON
 * aggregate in its own subquery. On PostgreSQL that is one round trip instead of four (the pool's
 * connections, the network and the driver's per-query cost were most of an uncached view).
 */
export async function progressSnapshot(
  db: Kysely<Database>,
  userId: UserId,
  programId: string,
): Promise<ProgressSnapshot> {
  const row = (await readProgress(db, { userId, programId })).rows[0]!;
  const parsed = parsedJson;
  const milestones = parsed<Array<{ track: string; milestone_type: string; achieved_at: string; metadata: unknown }>>(
    row.milestones,
  );
  return {
    states: parsed<Parameters<typeof toState>[0][]>(row.states).map(toState),
    milestones: milestones.map((milestone) => ({
      userId,
      programId,
      track: milestone.track,
      milestoneType: milestone.milestone_type,
      achievedAt: toDate(milestone.achieved_at),
      metadata: parsed<Record<string, string | number>>(milestone.metadata),
    })),
    counts: Object.fromEntries(
      parsed<Array<{ action_type: string; n: number }>>(row.counts).map((count) => [
        count.action_type,
        Number(count.n),
      ]),
    ),
    daysActive: Number(row.days ?? 0),
  };
}
