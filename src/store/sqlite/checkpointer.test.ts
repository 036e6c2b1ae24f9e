import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../dialect.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((text) => rmSync(text, { recursive: true, force: true })));

const waitFor = async (check: () => boolean, ms: number) => {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 25));
  return check();
};

describe('SQLite checkpoints in a background thread', () => {
  it('moves committed pages into the database file without a commit waiting for it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-ckpt-'));
    dirs.push(dir);
    const file = join(dir, 'db.sqlite');
    const db = openDatabase(`sqlite:${file}`);
    await sql`create table blobs (id integer primary key, body blob)`.execute(db.db);
    // ~2 MB: far below the writer's own backstop (10,000 pages ≈ 40 MB), so only the thread can
    // have copied it into the file.
    for (let i = 0; i < 500; i++) await sql`insert into blobs (body) values (randomblob(4000))`.execute(db.db);
    expect(await waitFor(() => statSync(file).size > 1_500_000, 3_000)).toBe(true);
    // Nothing is lost and closing stops the thread (the test would hang otherwise).
    expect((await sql<{ n: number }>`select count(*) as n from blobs`.execute(db.db)).rows[0]!.n).toBe(500);
    await db.close();
    const again = openDatabase(`sqlite:${file}`);
    expect((await sql<{ n: number }>`select count(*) as n from blobs`.execute(again.db)).rows[0]!.n).toBe(500);
    await again.close();
  });
});
