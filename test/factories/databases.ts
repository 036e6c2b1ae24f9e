import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase, type DialectName, type StepwiseDb } from '../../src/store/dialect.js';

/**
 * The dialects every repository suite runs on: SQLite always, PostgreSQL when TEST_DATABASE_URL
 * is set. Set but unreachable is a failure (the suite's beforeAll throws), never a silent skip.
 */
export const DIALECTS: DialectName[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDatabase {
  url: string;
  /** PostgreSQL only: the throw-away schema this suite runs in. */
  schema?: string;
  open(): StepwiseDb;
  /** Removes the SQLite file / drops the PostgreSQL schema. */
  dispose(): Promise<void>;
}

/** A fresh, empty database of the given dialect: a temp SQLite file or a new PostgreSQL schema. */
export async function createTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-test-'));
    const url = `sqlite:${join(dir, 'test.db')}`;
    return { url, open: () => openDatabase(url), dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const url = process.env.TEST_DATABASE_URL!;
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = openDatabase(url, { poolSize: 1 });
  await sql`create schema ${sql.id(schema)}`.execute(admin.db);
  await admin.close();
  return {
    url,
    schema,
    open: () => openDatabase(url, { schema, poolSize: 5 }),
    dispose: async () => {
      const admin = openDatabase(url, { poolSize: 1 });
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin.db);
      await admin.close();
    },
  };
}
