import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureUser } from '../../src/services/goals/ensure-user.js';
import { backupSqlite, type CopyProgress } from '../../src/store/backup.js';
import { createStores } from '../../src/store/create-stores.js';
import { openDatabase, openSqliteFile } from '../../src/store/dialect.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { createBiometricRepository } from '../../src/store/repositories/biometric.repository.js';
import { inspectBackup, restoreSqlite } from '../../src/store/restore.js';

const BATCH = 25;
const HOUR = 3_600_000;
const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A migrated Stepwise database with `people` people, each with `batches` batches of readings. */
async function stepwiseFile(file: string, people: number, batches: number): Promise<string[]> {
  const database = openDatabase(`sqlite:${file}`);
  await migrateToLatest(database.db);
  const stores = createStores(database.db);
  const readings = createBiometricRepository(database.db);
  const deps = { stores, clock: { now: () => new Date() }, ids: { next: () => randomUUID() } };
  const ids: string[] = [];
  for (let person = 0; person < people; person++) {
    const user = await ensureUser(deps, { provider: 'telegram', subject: String(1000 + person), locale: 'en' });
    for (let batch = 0; batch < batches; batch++) await readings.addReadings(user.id, batchOf(batch), new Date());
    ids.push(user.id);
  }
  await database.close();
  return ids;
}

/** Batch k: BATCH heart-rate readings at instants no other batch uses. */
const batchOf = (k: number) =>
  Array.from({ length: BATCH }, (_, i) => {
    const at = new Date(Date.UTC(2026, 0, 1) + (k * BATCH + i) * 60_000).toISOString();
    return { metric: 'heart_rate' as const, value: 60 + (i % 30), at, source: 'oura', day: at.slice(0, 10) };
  });

describe('backing up and restoring a SQLite database file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-backup-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const live = join(dir, 'live.db');
  let people: string[];

  it('finishes a copy while another connection commits between every step, and keeps each commit whole', async () => {
    people = await stepwiseFile(live, 2, 120);
    const writer = openSqliteFile(live);
    const insert = writer.prepare(
      `insert into biometric_readings (user_id, metric, source, at, local_day, value, created_at)
       values (?, 'heart_rate', 'polar', ?, '2026-02-01', 70, ?)`,
    );
    const writeBatch = writer.transaction((k: number) => {
      for (let i = 0; i < BATCH; i++)
        insert.run(people[1], new Date(Date.UTC(2026, 1, 1) + (k * BATCH + i) * 1000).toISOString(), `batch-${k}`);
    });
    const destination = join(dir, 'copy.db');
    const seen: CopyProgress[] = [];
    const destinationExisted: boolean[] = [];
    let written = 0;
    const outcome = await backupSqlite(live, destination, {
      pagesPerStep: 5,
      onProgress: (progress) => {
        seen.push(progress);
        destinationExisted.push(existsSync(destination));
        // A server that writes all the time: a commit lands between every two steps of the copy.
        writeBatch(written++);
      },
    });
    writer.close();
    expect(outcome).toMatchObject({ ok: true, file: destination });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.some((progress) => progress.restarted)).toBe(true);
    // A half-made copy never carries the final name.
    expect(destinationExisted.every((existed) => !existed)).toBe(true);
    expect(readdirSync(dir).filter((name) => name.includes('copy'))).toEqual(['copy.db']);

    const copy = openSqliteFile(destination, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    // One self-contained file: no -wal or -shm is needed (or made) to read it.
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    const perBatch = copy
      .prepare(`select created_at, count(*) as rows from biometric_readings where source = 'polar' group by created_at`)
      .all() as Array<{ created_at: string; rows: number }>;
    const total = copy.prepare('select count(*) from biometric_readings').pluck().get();
    copy.close();
    // Every commit made before the last pass is in, and none by halves.
    expect(perBatch).toHaveLength(written);
    expect(perBatch.every((batch) => batch.rows === BATCH)).toBe(true);
    expect(total).toBe(2 * 120 * BATCH + written * BATCH);
  });

  it('refuses to replace an existing file unless forced, and leaves it as it was', async () => {
    const destination = join(dir, 'precious.db');
    writeFileSync(destination, 'last week’s backup');
    const refused = await backupSqlite(live, destination);
    expect(refused).toMatchObject({ ok: false, reason: 'exists' });
    expect(refused.ok || refused.message).toContain('--force');
    expect(readFileSync(destination, 'utf8')).toBe('last week’s backup');
    expect(await backupSqlite(live, destination, { force: true })).toMatchObject({ ok: true });
    expect(await inspectBackup(destination)).toMatchObject({ ok: true, people: 2 });
  });

  it('says so when there is no database or no folder, and leaves no file behind', async () => {
    expect(await backupSqlite(join(dir, 'nothing-here.db'), join(dir, 'out.db'))).toMatchObject({
      ok: false,
      reason: 'no_database',
    });
    expect(await backupSqlite(live, join(dir, 'no', 'such', 'folder.db'))).toMatchObject({
      ok: false,
      reason: 'no_folder',
    });
    expect(existsSync(join(dir, 'out.db'))).toBe(false);
    expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('restores a backup into a new file, every person and reading in it, migrated', async () => {
    const backup = join(dir, 'for-restore.db');
    expect(await backupSqlite(live, backup)).toMatchObject({ ok: true });
    const target = join(dir, 'new', 'place', 'stepwise.db');
    const restored = await restoreSqlite(backup, target);
    expect(restored).toEqual({ ok: true, people: 2, applied: [] });
    const [original, copy] = [openSqliteFile(live, { readonly: true }), openSqliteFile(target, { readonly: true })];
    const count = 'select user_id, count(*) as rows from biometric_readings group by user_id order by user_id';
    expect(copy.prepare(count).all()).toEqual(original.prepare(count).all());
    original.close();
    copy.close();
  });

  it('restores into a database that exists but holds nobody yet (a server started on it once)', async () => {
    const target = join(dir, 'fresh.db');
    const fresh = openDatabase(`sqlite:${target}`);
    await migrateToLatest(fresh.db);
    await fresh.close();
    expect(await restoreSqlite(join(dir, 'for-restore.db'), target)).toMatchObject({ ok: true, people: 2 });
    expect(await inspectBackup(target)).toMatchObject({ ok: true, people: 2 });
  });

  it('refuses a target that already holds people, and touches nothing', async () => {
    const target = join(dir, 'someone-lives-here.db');
    await stepwiseFile(target, 1, 1);
    const before = hash(target);
    const refused = await restoreSqlite(join(dir, 'for-restore.db'), target);
    expect(refused).toMatchObject({ ok: false, reason: 'not_empty' });
    expect(refused.ok || refused.message).toContain('already holds 1 person');
    expect(hash(target)).toBe(before);
    expect(readdirSync(dir).filter((name) => name.startsWith('someone-lives-here.db'))).toEqual([
      'someone-lives-here.db',
    ]);
  });

  it('refuses files that are not Stepwise backups, saying what is wrong with each', async () => {
    const target = join(dir, 'never-made.db');
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'Shopping: milk, bread. '.repeat(400));
    const otherApp = join(dir, 'other-app.db');
    const foreign = openDatabase(`sqlite:${otherApp}`);
    await foreign.db.schema.createTable('recipes').addColumn('name', 'text').execute();
    await foreign.close();

    const cases = [
      [join(dir, 'missing.db'), 'missing', 'there is no file'],
      [notes, 'not_sqlite', 'not a SQLite database'],
      [otherApp, 'not_stepwise', 'not a Stepwise one'],
    ] as const;
    for (const [file, reason, words] of cases) {
      const refused = await restoreSqlite(file, target);
      expect(refused, file).toMatchObject({ ok: false, reason });
      expect(refused.ok || refused.message).toContain(words);
    }
    expect(existsSync(target)).toBe(false);
  });

  it('refuses a damaged backup', async () => {
    const damaged = join(dir, 'damaged.db');
    expect(await backupSqlite(live, damaged)).toMatchObject({ ok: true });
    const bytes = readFileSync(damaged);
    // Scribble over a stretch of b-tree pages in the middle of the file (the header stays intact).
    bytes.fill(0x5a, 40 * 4096, 44 * 4096);
    writeFileSync(damaged, bytes);
    const refused = await restoreSqlite(damaged, join(dir, 'from-damaged.db'));
    expect(refused).toMatchObject({ ok: false, reason: 'damaged' });
    expect(existsSync(join(dir, 'from-damaged.db'))).toBe(false);
  });

  it('refuses a backup made by a newer Stepwise, naming the migrations it does not know', async () => {
    const newer = join(dir, 'newer.db');
    expect(await backupSqlite(live, newer)).toMatchObject({ ok: true });
    const file = openSqliteFile(newer);
    file
      .prepare('insert into kysely_migration (name, timestamp) values (?, ?)')
      .run('0999-from-the-future', new Date(Date.now() + HOUR).toISOString());
    file.close();
    const refused = await restoreSqlite(newer, join(dir, 'from-newer.db'));
    expect(refused).toMatchObject({ ok: false, reason: 'newer' });
    expect(refused.ok || refused.message).toContain('0999-from-the-future');
    expect(existsSync(join(dir, 'from-newer.db'))).toBe(false);
  });
});
