import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compiledOnce } from '../../src/store/compiled-once.js';
import type { StepwiseDb } from '../../src/store/dialect.js';
import type { Database } from '../../src/store/schema.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../factories/databases.js';

// A scratch table of its own: the statements under test are the helper's, not the app's.
type Notes = { notes: { id: string; owner: string; body: string; n: number } };
const notes = (db: Kysely<Database>) => db as unknown as Kysely<Notes>;

const byOwner = compiledOnce(
  (db, values: { owner: string }) =>
    notes(db as never)
      .selectFrom('notes')
      .select(['id', 'body', 'n'])
      .where('owner', '=', values.owner)
      .where('body', '<>', 'hidden')
      .orderBy('id') as never,
);
const insertNotes = compiledOnce(
  (db, values: { rows: Notes['notes'][] }) =>
    notes(db as never)
      .insertInto('notes')
      .values(values.rows) as never,
);

describe.each(DIALECTS)('statements compiled once (%s)', (dialect) => {
  let database: TestDatabase;
  let store: StepwiseDb;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    store = database.open();
    await sql`create table notes (id text primary key, owner text not null, body text not null, n integer)`.execute(
      store.db,
    );
  });
  afterAll(async () => {
    await store?.close();
    await database?.dispose();
  });

  it('binds each call its own values, and keeps the statement`s own constants', async () => {
    await insertNotes(store.db, {
      rows: [
        { id: 'a1', owner: 'ann', body: 'first', n: 1 },
        { id: 'a2', owner: 'ann', body: 'hidden', n: 2 },
      ],
    });
    await insertNotes(store.db, { rows: [{ id: 'b1', owner: 'bob', body: 'his', n: 3 }] });
    await insertNotes(store.db, {
      rows: [
        { id: 'a3', owner: 'ann', body: 'third', n: 4 },
        { id: 'b2', owner: 'bob', body: 'again', n: 5 },
        { id: 'c1', owner: 'cat', body: 'hers', n: 6 },
      ],
    });
    const of = async (owner: string) =>
      ((await byOwner(store.db, { owner })).rows as Array<{ id: string }>).map((row) => row.id);
    expect(await of('ann')).toEqual(['a1', 'a3']);
    expect(await of('bob')).toEqual(['b1', 'b2']);
    expect(await of('cat')).toEqual(['c1']);
    expect(await of('nobody')).toEqual([]);
  });

  it('refuses a statement that changed a value before binding it, or pasted it into the text', async () => {
    const changed = compiledOnce(
      (db, values: { owner: string }) =>
        notes(db as never)
          .selectFrom('notes')
          .select('id')
          .where('owner', '=', values.owner.toUpperCase()) as never,
    );
    await expect(changed(store.db, { owner: 'ann' })).rejects.toThrow(/a value was changed before binding/);
    const pasted = compiledOnce(
      (db, values: { owner: string }) =>
        notes(db as never)
          .selectFrom('notes')
          .select('id')
          .where(sql.lit(values.owner) as never) as never,
    );
    await expect(pasted(store.db, { owner: 'ann' })).rejects.toThrow(/a value became part of the text/);
  });

  it('writes a value named in `inText` into the text, one statement per value, and binds the rest', async () => {
    const firstOf = compiledOnce(
      (db, values: { owner: string; most: number }) =>
        notes(db as never)
          .selectFrom('notes')
          .select('id')
          .where('owner', '=', values.owner)
          .orderBy('id')
          .limit(sql.lit(values.most) as never) as never,
      { inText: ['most'] },
    );
    const ids = async (owner: string, most: number) =>
      ((await firstOf(store.db, { owner, most })).rows as Array<{ id: string }>).map((row) => row.id);
    expect(await ids('ann', 1)).toEqual(['a1']);
    expect(await ids('ann', 3)).toEqual(['a1', 'a2', 'a3']);
    expect(await ids('bob', 1)).toEqual(['b1']);
    expect(await ids('ann', 1)).toEqual(['a1']);
  });

  it('runs inside a transaction, and a failing statement fails the call', async () => {
    await store.db.transaction().execute(async (tx) => {
      await insertNotes(tx, { rows: [{ id: 'd1', owner: 'dan', body: 'in a transaction', n: 7 }] });
    });
    expect(((await byOwner(store.db, { owner: 'dan' })).rows as Array<{ id: string }>).map((row) => row.id)).toEqual([
      'd1',
    ]);
    await expect(insertNotes(store.db, { rows: [{ id: 'd1', owner: 'dan', body: 'twice', n: 8 }] })).rejects.toThrow();
  });
});
