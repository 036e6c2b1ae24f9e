import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { UserId } from '../../core/goals/model.js';
import type { ActionPlan, ActionSnapshot } from '../../core/ports.js';
import type { ActionRecord } from '../../core/tracks/model.js';
import type { Database } from '../schema.js';
import { iso, toDateOrNull } from './rows.js';
import { EARNED, notTooSoon } from './track-credit.js';
import { jsonHelpers, parsedJson, stateRows } from './track-snapshot.js';
import { toState } from './track-states.js';
import { tallyColumns, tallyValues, type TallyValues } from './progress-tally.js';

type Day = { start: Date; end: Date };

/** The action, and how far its type's credited actions are counted (`TrackStore.recordAction`). */
export type ActionRow = ActionRecord & { creditedUpTo?: number };

/** What the engine's snapshot is read for: whose action, of which type, and the bounds of their "today". */
export interface SnapshotValues extends TallyValues {
  userId: UserId;
  programId: string;
  actionType: string;
  start: string;
  end: string;
  /** The type's credited actions are counted up to this many (`creditedCountNeeded`). */
  creditedUpTo: number;
}

export const snapshotValues = (
  scope: { userId: UserId; programId: string; actionType: string; at: Date; creditedUpTo?: number },
  day: Day,
): SnapshotValues => ({
  ...tallyValues(scope.userId, scope.programId, scope.at),
  userId: scope.userId,
  programId: scope.programId,
  actionType: scope.actionType,
  start: iso(day.start),
  end: iso(day.end),
  creditedUpTo: creditLimit(scope.creditedUpTo),
});

/** The credited count's limit as written into the statement's text: a whole number, or no limit at all. */
function creditLimit(upTo: number | undefined): number {
  if (upTo === undefined) return Number.MAX_SAFE_INTEGER;
  if (!Number.isSafeInteger(upTo) || upTo < 0) throw new RangeError(`creditedUpTo must be a whole number: ${upTo}`);
  return upTo;
}

/** The engine's inputs for one action, and the progress tally it moves, as aliased columns: see `ledgerSnapshot`. */
export function snapshotColumns(db: Kysely<Database>, eb: ExpressionBuilder<Database, never>, values: SnapshotValues) {
  const { userId, programId, actionType, start, end } = values;
  const { jsonArrayFrom } = jsonHelpers(db);
  return [
    jsonArrayFrom(stateRows(eb, userId, programId)).as('states'),
    jsonArrayFrom(
      eb
        .selectFrom('track_milestones')
        .select('milestone_type')
        .where('user_id', '=', userId)
        .where('program_id', '=', programId),
    ).as('achieved'),
    // Three lookups on the (user, program, type, time) index, none of which reads the type's whole history: the
    // credited ones counted only as far as a milestone needs, today's by their time, the last by the index's end.
    // The limit is written into the text (`compiledOnce`'s `inText`): bound, SQLite ran the whole statement about
    // three times slower (~95 µs more an action), as it cannot plan the subquery's co-routine for a LIMIT it does not know.
    sql<number | string>`(select count(*) from (select 1 from actions
      where user_id = ${userId} and program_id = ${programId} and action_type = ${actionType} and ${EARNED}
      limit ${sql.lit(values.creditedUpTo)}) as credited_ones)`.as('credited'),
    sql<number | string>`(select count(*) from actions
      where user_id = ${userId} and program_id = ${programId} and action_type = ${actionType}
        and created_at >= ${start} and created_at < ${end} and ${notTooSoon})`.as('today'),
    sql<string | Date | null>`(select max(created_at) from actions
      where user_id = ${userId} and program_id = ${programId} and action_type = ${actionType})`.as('last_at'),
    jsonArrayFrom(
      eb
        .selectFrom('progress_events')
        .select(['track', (inner) => inner.fn.sum<number | string>('delta').as('points')])
        .where('user_id', '=', userId)
        .where('program_id', '=', programId)
        .where('created_at', '>=', start)
        .where('created_at', '<', end)
        .groupBy('track'),
    ).as('gained'),
    ...tallyColumns(values),
  ] as const;
}

/** The states of the tracks a plan moved (the ones its ledger events name): the rows it writes back. */
export const movedStates = (plan: ActionPlan) =>
  plan.states.filter((state) => plan.events.some((event) => event.track === state.track));

/** `snapshotColumns`' row as the engine's snapshot. */
export function parseSnapshot(row: {
  states: unknown;
  achieved: unknown;
  credited: number | string;
  today: number | string;
  last_at: string | Date | null;
  gained: unknown;
}): ActionSnapshot {
  const gained = parsedJson<Array<{ track: string; points: number | string }>>(row.gained);
  return {
    states: parsedJson<Parameters<typeof toState>[0][]>(row.states).map(toState),
    achieved: new Set(parsedJson<Array<{ milestone_type: string }>>(row.achieved).map((one) => one.milestone_type)),
    history: {
      creditedBefore: Number(row.credited),
      todayBefore: Number(row.today),
      lastAt: toDateOrNull(row.last_at),
      gainedToday: Object.fromEntries(gained.map((one) => [one.track, Number(one.points)])),
    },
  };
}
