import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { UserId } from '../../core/goals/model.js';
import type { ActionPlan, ActionSnapshot } from '../../core/ports.js';
import type { Database } from '../schema.js';
import { iso, toDateOrNull } from './rows.js';
import { EARNED } from './track-credit.js';
import { jsonHelpers, parsedJson, stateRows } from './track-snapshot.js';
import { toState } from './track-states.js';
import { tallyColumns, tallyValues, type TallyValues } from './progress-tally.js';

type Day = { start: Date; end: Date };

/** What the engine's snapshot is read for: whose action, of which type, and the bounds of their "today". */
export interface SnapshotValues extends TallyValues {
  userId: UserId;
  programId: string;
  actionType: string;
  start: string;
  end: string;
}

export const snapshotValues = (
  scope: { userId: UserId; programId: string; actionType: string; at: Date },
  day: Day,
): SnapshotValues => ({
  ...tallyValues(scope.userId, scope.programId, scope.at),
  userId: scope.userId,
  programId: scope.programId,
  actionType: scope.actionType,
  start: iso(day.start),
  end: iso(day.end),
});

/** The engine's inputs for one action, and the progress tally it moves, as aliased columns: see `ledgerSnapshot`. */
export function snapshotColumns(db: Kysely<Database>, eb: ExpressionBuilder<Database, never>, values: SnapshotValues) {
  const { userId, programId, actionType, start, end } = values;
  const { jsonArrayFrom, jsonObjectFrom } = jsonHelpers(db);
  return [
    jsonArrayFrom(stateRows(eb, userId, programId)).as('states'),
    jsonArrayFrom(
      eb
        .selectFrom('track_milestones')
        .select('milestone_type')
        .where('user_id', '=', userId)
        .where('program_id', '=', programId),
    ).as('achieved'),
    jsonObjectFrom(
      eb
        .selectFrom('actions')
        .select([
          sql<number | string>`count(case when ${EARNED} then 1 end)`.as('credited'),
          sql<number | string>`count(case when created_at >= ${start} and created_at < ${end}
              and (credit is null or credit <> 'too_soon') then 1 end)`.as('today'),
          (inner) => inner.fn.max('created_at').as('last_at'),
        ])
        .where('user_id', '=', userId)
        .where('program_id', '=', programId)
        .where('action_type', '=', actionType),
    ).as('counted'),
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
  counted: unknown;
  gained: unknown;
}): ActionSnapshot {
  const counted = parsedJson<{ credited: number | string; today: number | string; last_at: string | null }>(
    row.counted,
  );
  const gained = parsedJson<Array<{ track: string; points: number | string }>>(row.gained);
  return {
    states: parsedJson<Parameters<typeof toState>[0][]>(row.states).map(toState),
    achieved: new Set(parsedJson<Array<{ milestone_type: string }>>(row.achieved).map((one) => one.milestone_type)),
    history: {
      creditedBefore: Number(counted.credited),
      todayBefore: Number(counted.today),
      lastAt: toDateOrNull(counted.last_at),
      gainedToday: Object.fromEntries(gained.map((one) => [one.track, Number(one.points)])),
    },
  };
}
