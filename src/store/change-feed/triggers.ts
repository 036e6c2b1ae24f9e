import { type Kysely, SqliteAdapter, sql } from 'kysely';
import { schemaChannel } from '../relay/pg-relay.js';
import { userScopedTables } from '../user-scoped-tables.js';

/** The NOTIFY channel that carries "this person's data changed" (a user id, nothing else). */
export const changeChannel = (schema: string): string => schemaChannel('stepwise_changes', schema);

/**
 * The channel that carries "this person's account changed" (their `users` row: locale, sign-out…),
 * also a user id only. Their own actions, entries and goals do not touch it, so a cached account
 * survives them (a write's token check then needs no read of its own).
 */
export const accountChannel = (schema: string): string => schemaChannel('stepwise_accounts', schema);

/** Every table a person's data lives in, with the column naming them. */
async function watchedTables<T>(db: Kysely<T>, dialect: 'sqlite' | 'postgres') {
  const tables = await userScopedTables(db, dialect);
  return [{ table: 'users', column: 'id' }, ...tables.map((table) => ({ table, column: 'user_id' }))];
}

/**
 * Makes every write to a person's data announce itself, in the writing transaction, so read caches
 * retire exactly that person's views (issue 15). Run after every migration: tables are found in the
 * live schema, so a table added later gets its triggers without anyone remembering to.
 * - SQLite: row triggers bump `user_versions` (the cache reads it: one primary-key lookup).
 * - PostgreSQL: row triggers NOTIFY the row's user id; PostgreSQL folds repeats into one
 *   notification per transaction, delivered at commit, never for a rollback.
 */
export async function ensureChangeTriggers<T>(db: Kysely<T>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) return ensureSqliteTriggers(db);
  return ensurePgTriggers(db);
}

async function ensureSqliteTriggers<T>(db: Kysely<T>): Promise<void> {
  const bump = (row: string) =>
    sql.raw(`insert into user_versions (id, version) values (${row}, 1)
      on conflict (id) do update set version = version + 1;`);
  for (const { table, column } of await watchedTables(db, 'sqlite')) {
    for (const [operation, row] of [
      ['insert', 'new'],
      ['update', 'new'],
      ['delete', 'old'],
    ] as const) {
      const name = sql.id(`stepwise_changed_${table}_${operation}`);
      await sql`create trigger if not exists ${name} after ${sql.raw(operation)} on ${sql.table(table)}
        begin ${bump(`${row}.${column}`)} end`.execute(db);
    }
  }
}

/** The trigger function for tables whose rows name their person in `column`. */
const pgFunction = (column: string) => `stepwise_changed_row_${column}`;

/**
 * Row triggers, not statement triggers with transition tables: those cost PostgreSQL ~25 µs each
 * (a tuple store and a query per statement), and one recorded action fires six (~150 µs of its
 * ~430 µs). A row trigger's NOTIFY is one call; PostgreSQL delivers a repeated (channel, payload)
 * once per transaction, so a bulk import is still one notification per person.
 */
async function ensurePgTriggers<T>(db: Kysely<T>): Promise<void> {
  await db.transaction().execute(async (tx) => {
    // Instances starting together would race to create the same trigger.
    await sql`select pg_advisory_xact_lock(hashtext('stepwise_change_triggers'))`.execute(tx);
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(tx);
    const channel = changeChannel(rows[0]!.schema);
    const accounts = accountChannel(rows[0]!.schema);
    const existing = new Set(
      (
        await sql<{ name: string }>`select t.tgname as name from pg_trigger t join pg_class c on c.oid = t.tgrelid
          where c.relnamespace = current_schema()::regnamespace and not t.tgisinternal`.execute(tx)
      ).rows.map((row) => row.name),
    );
    for (const column of ['id', 'user_id'])
      await sql`create or replace function ${sql.id(pgFunction(column))}() returns trigger
        language plpgsql as ${sql.lit(`begin
          if tg_op = 'DELETE' then
            perform pg_notify(tg_argv[0], old.${column}::text);
          else
            perform pg_notify(tg_argv[0], new.${column}::text);
          end if;
          return null;
        end`)}`.execute(tx);
    const watched = [
      ...(await watchedTables(tx, 'postgres')).map((watch) => ({
        ...watch,
        name: `stepwise_row_${watch.table}`,
        to: channel,
      })),
      { table: 'users', column: 'id', name: 'stepwise_account_row_users', to: accounts },
    ];
    for (const { table, column, name, to } of watched) {
      // Before 2026-11-24 these were statement triggers, three per table: replaced by the row trigger.
      for (const operation of ['insert', 'update', 'delete'])
        if (existing.has(`stepwise_changed_${table}_${operation}`))
          await sql`drop trigger ${sql.id(`stepwise_changed_${table}_${operation}`)} on ${sql.table(table)}`.execute(
            tx,
          );
      if (existing.has(name)) continue;
      await sql`create trigger ${sql.id(name)} after insert or update or delete on ${sql.table(table)}
        for each row execute function ${sql.id(pgFunction(column))}(${sql.lit(to)})`.execute(tx);
    }
    for (const old of ['new_id', 'new_user_id', 'old_id', 'old_user_id'])
      await sql`drop function if exists ${sql.id(`stepwise_changed_${old}`)}()`.execute(tx);
  });
}
