import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StepwiseDb } from '../../src/store/dialect.js';
import { preparable } from '../../src/store/pg-prepared.js';
import { createTestDatabase, type TestDatabase } from '../factories/databases.js';

describe('which statements are named', () => {
  it('names parameterised statements that list their columns, never a `*` or a statement without parameters', () => {
    expect(preparable('select "id", "title" from "goals" where "user_id" = $1')).toBe(true);
    expect(preparable('select count(*) as "n" from "actions" where "user_id" = $1')).toBe(true);
    expect(preparable('select * from "users" where "id" = $1')).toBe(false);
    expect(preparable('select "g".* from "goals" as "g" where "g"."id" = $1')).toBe(false);
    expect(preparable('insert into "goals" ("id") values ($1) returning *')).toBe(false);
    expect(preparable('begin')).toBe(false);
    expect(preparable(`select $1 ${'x'.repeat(9000)}`)).toBe(false);
  });
});

// The rolling upgrade this guards against: another instance migrates while this one's connections
// hold named statements. Only PostgreSQL names statements.
describe.runIf(process.env.TEST_DATABASE_URL)('named statements on PostgreSQL', () => {
  let database: TestDatabase;
  let store: StepwiseDb;
  let other: StepwiseDb;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    store = database.open();
    other = database.open();
    await sql`create table notes (id text primary key, body varchar(10), n integer)`.execute(store.db);
    await sql`insert into notes values ('a', 'first', 1)`.execute(store.db);
  });
  afterAll(async () => {
    await store?.close();
    await other?.close();
    await database?.dispose();
  });

  const body = (db: StepwiseDb['db'], id: string) =>
    db
      .selectFrom('notes' as never)
      .select(sql<string>`body`.as('body'))
      .where(sql.ref('id'), '=', id)
      .executeTakeFirst();
  const preparedHere = async (db: StepwiseDb['db']) =>
    db.connection().execute(async (conn) => {
      await body(conn, 'a');
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_prepared_statements
        where statement like '%notes%'`.execute(conn);
      return rows[0]!.n;
    });

  it('parses a repeated statement once per connection', async () => {
    expect(await preparedHere(store.db)).toBe(1);
  });

  it('keeps answering after another instance adds a column or changes a selected column’s type', async () => {
    // Warm every pooled connection with the named statement.
    await Promise.all(Array.from({ length: 10 }, () => body(store.db, 'a')));
    await sql`alter table notes add column extra text`.execute(other.db);
    expect((await body(store.db, 'a'))?.body).toBe('first');
    await sql`alter table notes alter column body type text`.execute(other.db);
    // Outside a transaction the changed plan is retried unnamed: no caller sees it.
    const answers = await Promise.all(Array.from({ length: 10 }, () => body(store.db, 'a')));
    expect(answers.map((answer) => answer?.body)).toEqual(Array(10).fill('first'));
    // Inside one, and after: the statement runs unnamed from then on.
    expect(await store.db.transaction().execute(async (tx) => (await body(tx, 'a'))?.body)).toBe('first');
  });

  it('runs every statement unnamed when switched off (a pooler that cannot keep them)', async () => {
    const unnamed = (await import('../../src/store/dialect.js')).openDatabase(database.url, {
      schema: database.schema!,
      poolSize: 1,
      preparedStatements: false,
    });
    try {
      expect(await preparedHere(unnamed.db)).toBe(0);
    } finally {
      await unnamed.close();
    }
  });
});
