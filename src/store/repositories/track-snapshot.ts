import { type ExpressionBuilder, type Kysely, PostgresAdapter } from 'kysely';
import { jsonArrayFrom as pgArray, jsonObjectFrom as pgObject } from 'kysely/helpers/postgres';
import { jsonArrayFrom as sqliteArray, jsonObjectFrom as sqliteObject } from 'kysely/helpers/sqlite';
import type { UserId } from '../../core/goals/model.js';
import type { ProgressSnapshot } from '../../core/tracks/stores.port.js';
import { compiledOnce } from '../compiled-once.js';
import type { Database } from '../schema.js';
import { toDate } from './rows.js';
import { parseTally, rebuildTally, type TallyRow } from './progress-tally.js';
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
  const { jsonArrayFrom, jsonObjectFrom } = jsonHelpers(db);
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
    jsonObjectFrom(
      eb
        .selectFrom('progress_snapshots')
        .select(['counts', 'days_active', 'last_day'])
        .where('user_id', '=', userId)
        .where('program_id', '=', programId),
    ).as('tally'),
  ]);
});

/**
 * Everything the progress view reads about one person in one program, as ONE statement over small rows
 * found by their keys: the track states, the milestones and the progress tally (action counts, distinct
 * days with progress: progress-tally.ts), each a JSON aggregate in its own subquery. Nothing grows with
 * the person's history, so 10,000 people of a hundred actions each read as fast as a thousand. On
 * PostgreSQL one round trip (the pool, the network and the driver's per-query cost were most of an
 * uncached view). A missing tally (data from before it was kept, a restored backup) is counted from the
 * ledger once and kept.
 */
export async function progressSnapshot(
  db: Kysely<Database>,
  userId: UserId,
  programId: string,
): Promise<ProgressSnapshot> {
  const row = (await readProgress(db, { userId, programId })).rows[0]!;
  const parsed = parsedJson;
  const tally = parseTally(parsed<TallyRow | null>(row.tally)) ?? (await rebuildTally(db, userId, programId));
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
    counts: tally.counts,
    daysActive: tally.daysActive,
  };
}
