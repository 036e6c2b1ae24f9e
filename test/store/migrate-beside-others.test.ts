import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateToLatest, pendingMigrations } from '../../src/store/migrate.js';
import { createTestDatabase, type TestDatabase } from '../factories/databases.js';

// Another app on Kysely, a second install or a test suite may already have migration tables in
// another schema of the same database: Kysely, given no schema, finds theirs and skips its own.
describe.runIf(process.env.TEST_DATABASE_URL)('migrating beside another schema’s migration tables', () => {
  const made: TestDatabase[] = [];
  afterAll(async () => {
    for (const database of made) await database.dispose();
  });

  it('creates its own tables in the schema it works in and migrates, without being told the schema', async () => {
    const [other, ours] = [await createTestDatabase('postgres'), await createTestDatabase('postgres')];
    made.push(other, ours);
    const first = other.open();
    const second = ours.open();
    try {
      expect((await migrateToLatest(first.db, other.schema)).error).toBeUndefined();
      const report = await migrateToLatest(second.db);
      expect(report.error).toBeUndefined();
      expect(report.applied.length).toBeGreaterThan(10);
      expect(await pendingMigrations(second.db)).toEqual([]);
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from information_schema.tables
        where table_schema = ${ours.schema!} and table_name = 'kysely_migration_lock'`.execute(second.db);
      expect(rows[0]!.n).toBe(1);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('migrates while other schemas of the database are created and dropped (another install, a tenant, a test suite)', async () => {
    const churn = await createTestDatabase('postgres');
    made.push(churn);
    const admin = churn.open();
    let stop = false;
    let churned = 0;
    // Schemas with tables appear and vanish as fast as PostgreSQL allows, while ours migrates.
    const churner = (async () => {
      while (!stop) {
        const name = sql.id(`${churn.schema}_${churned++}`);
        await sql`create schema ${name}`.execute(admin.db);
        await sql`create table ${name}.t (id serial primary key, a text, b int, c timestamptz)`.execute(admin.db);
        await sql`drop schema ${name} cascade`.execute(admin.db);
      }
    })();
    const errors: unknown[] = [];
    try {
      for (let round = 0; round < 8; round++) {
        const ours = await createTestDatabase('postgres');
        made.push(ours);
        const database = ours.open();
        try {
          const report = await migrateToLatest(database.db, ours.schema);
          if (report.error) errors.push(report.error);
        } finally {
          await database.close();
        }
      }
    } finally {
      stop = true;
      await churner;
      await admin.close();
    }
    expect(churned).toBeGreaterThan(8);
    expect(errors.map(String)).toEqual([]);
  });
});
