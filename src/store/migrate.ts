import { type Kysely, type Migration, type MigrationResult, Migrator, PostgresAdapter, sql } from 'kysely';
import * as m0001 from './migrations/0001-goals.js';
import * as m0002 from './migrations/0002-processed-updates.js';
import * as m0003 from './migrations/0003-steps-summary-index.js';
import * as m0004 from './migrations/0004-tracks.js';
import * as m0005 from './migrations/0005-suggestion-feedback.js';
import * as m0006 from './migrations/0006-terminal-names.js';
import * as m0007 from './migrations/0007-progress-credit.js';
import * as m0008 from './migrations/0008-goal-numbers.js';
import * as m0009 from './migrations/0009-goal-reminders.js';
import * as m0010 from './migrations/0010-health.js';
import * as m0011 from './migrations/0011-biometrics.js';
import * as m0012 from './migrations/0012-web-sessions.js';
import * as m0013 from './migrations/0013-user-versions.js';
import * as m0014 from './migrations/0014-readings-received-index.js';
import * as m0015 from './migrations/0015-one-time-zone.js';
import * as m0016 from './migrations/0016-progress-snapshots.js';
import * as m0017 from './migrations/0017-reminder-send-claims.js';
import * as m0018 from './migrations/0018-digest-nudge-send-claims.js';
import * as m0019 from './migrations/0019-actions-credit-covering-index.js';
import type { Database } from './schema.js';
import { ensureChangeTriggers } from './change-feed/triggers.js';
import { pgConnectFailure } from './pg-connect-failure.js';

/** Every migration, in order. One set serves SQLite and PostgreSQL. */
const MIGRATIONS: Record<string, Migration> = {
  '0001-goals': m0001,
  '0002-processed-updates': m0002,
  '0003-steps-summary-index': m0003,
  '0004-tracks': m0004,
  '0005-suggestion-feedback': m0005,
  '0006-terminal-names': m0006,
  '0007-progress-credit': m0007,
  '0008-goal-numbers': m0008,
  '0009-goal-reminders': m0009,
  '0010-health': m0010,
  '0011-biometrics': m0011,
  '0012-web-sessions': m0012,
  '0013-user-versions': m0013,
  '0014-readings-received-index': m0014,
  '0015-one-time-zone': m0015,
  '0016-progress-snapshots': m0016,
  '0017-reminder-send-claims': m0017,
  '0018-digest-nudge-send-claims': m0018,
  '0019-actions-credit-covering-index': m0019,
};

export interface MigrationReport {
  applied: string[];
  error?: unknown;
}

/**
 * The migrator, its tables in the schema the connection works in. On PostgreSQL Kysely looks for
 * its lock table in every schema when given none: another schema's (another app on Kysely, a second
 * install, a test suite's) makes it skip creating this schema's and then fail on the missing table.
 */
async function migratorFor(db: Kysely<Database>, schema?: string): Promise<Migrator> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const tableSchema =
    schema ??
    (postgres
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined);
  return new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    ...(tableSchema && { migrationTableSchema: tableSchema }),
  });
}

/** Brings the schema up to date; reports what ran (an error is a value, not a throw). */
export async function migrateToLatest(db: Kysely<Database>, schema?: string): Promise<MigrationReport> {
  // The first query every command runs: a server that cannot be reached or entered is a setting to fix (thrown),
  // not a failed migration.
  const migrator = await migratorFor(db, schema).catch((error: unknown) => {
    throw pgConnectFailure(error) ?? error;
  });
  const { error, results } = await migrator.migrateToLatest();
  const applied = (results ?? [])
    .filter((migrationResult: MigrationResult) => migrationResult.status === 'Success')
    .map((migrationResult) => migrationResult.migrationName);
  if (error !== undefined) return { applied, error };
  // Derived from the schema, not a migration: a table added later is watched too.
  try {
    await ensureChangeTriggers(db);
  } catch (triggerError) {
    return { applied, error: triggerError };
  }
  return { applied };
}

/** Migrations this code knows that the database has not applied (empty when up to date). */
export async function pendingMigrations(db: Kysely<Database>, schema?: string): Promise<string[]> {
  const migrator = await migratorFor(db, schema);
  return (await migrator.getMigrations())
    .filter((migration) => migration.executedAt === undefined)
    .map((migration) => migration.name);
}
