import type { Kysely } from 'kysely';
import type { SendClaims } from '../../core/delivery.port.js';
import type { Database } from '../schema.js';
import type { Timestamp } from '../schema/timestamp.js';
import { iso } from './rows.js';

/** The tables whose rows carry a send claim (0017: reminders; 0018: digests, nudges). */
type ClaimTable = 'goal_reminders' | 'health_profiles' | 'enrollments';

/** The row's key (its person, and program for an enrolment) and the claim's columns. */
interface ClaimColumns {
  user_id: string;
  program_id: string;
  sending_on: string | null;
  sending_token: string | null;
  sending_since: Timestamp | null;
}

/** Which row a claim is in. */
export type ClaimKey = { user_id: string } | { user_id: string; program_id: string };

/**
 * Send claims kept in `table`'s rows (see `SendClaims`), one implementation for every kind of
 * scheduled message: `keyOf` names the row.
 */
export function createSendClaims<Row>(
  database: Kysely<Database>,
  table: ClaimTable,
  keyOf: (row: Row) => ClaimKey,
): SendClaims<Row> {
  // The three tables share the claim's columns; one typed view over them keeps a single query each.
  const db = database as unknown as Kysely<Record<ClaimTable, ClaimColumns>>;
  const rowOf = (row: Row) => Object.entries(keyOf(row)) as Array<['user_id' | 'program_id', string]>;
  return {
    async claim(row, on, token, at, staleBefore) {
      let read = db.selectFrom(table).select('sending_on');
      for (const [column, value] of rowOf(row)) read = read.where(column, '=', value);
      const before = await read.executeTakeFirst();
      // One conditional UPDATE on the row: of two attempts at once, PostgreSQL's row lock (and
      // SQLite's single writer) let one claim; the other finds it taken and is refused.
      let update = db
        .updateTable(table)
        .set({ sending_on: on, sending_token: token, sending_since: iso(at) })
        .where((eb) =>
          eb.or([eb('sending_on', 'is', null), eb('sending_on', '<>', on), eb('sending_since', '<', iso(staleBefore))]),
        );
      for (const [column, value] of rowOf(row)) update = update.where(column, '=', value);
      const claimed = await update.executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) return 'refused';
      return before?.sending_on === on ? 'resumed' : 'claimed';
    },
    async release(row, on, token) {
      let update = db
        .updateTable(table)
        .set({ sending_on: null, sending_token: null, sending_since: null })
        .where('sending_on', '=', on)
        .where('sending_token', '=', token);
      for (const [column, value] of rowOf(row)) update = update.where(column, '=', value);
      await update.execute();
    },
  };
}
