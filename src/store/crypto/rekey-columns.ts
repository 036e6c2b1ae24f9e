import { type Kysely, type RawBuilder, sql } from 'kysely';
import { SealedValueError } from '../../core/privacy/sealer.port.js';
import { inTransaction } from '../in-transaction.js';
import type { Database } from '../schema.js';
import type { DataSealer } from './aes-gcm-sealer.js';
import { placeOf, SEALED_COLUMNS } from './sealed-columns.js';

/** Where a pass is: a table's rows done so far out of those that needed work when it began. */
export interface RekeyProgress {
  table: string;
  done: number;
  total: number;
}

export interface RekeyReport {
  /** Values written anew (sealed under the current key, or opened to plain text). */
  changed: number;
  /** Values that did not open (altered in the database): left as they are, by column. */
  unopened: Record<string, number>;
  /**
   * Rows still not in the target form when the pass ended: the unopened ones, and any written
   * meanwhile by a process still configured with the old key.
   */
  remaining: number;
}

export interface RekeyOptions {
  batchSize: number;
  /** Called after each batch has committed. */
  onBatch?(progress: RekeyProgress): void;
}

type Row = Record<string, unknown>;
type Spec = { key: readonly string[]; columns: readonly string[] };

/**
 * A value needs work unless it is already in the target form: sealed under the current key, or (with
 * no current key, `--decrypt`) anything but a sealed value. Compared with `substr` so the test is
 * exact and case-sensitive on both databases (SQLite's LIKE is not).
 */
function needsWork(sealer: DataSealer, column: string): RawBuilder<boolean> {
  const ref = sql.ref(column);
  return sealer.currentKeyId === undefined
    ? sql<boolean>`substr(${ref}, 1, 4) = 'sw1.'`
    : sql<boolean>`(${ref} is not null and substr(${ref}, 1, 13) <> ${`sw1.${sealer.currentKeyId}.`})`;
}

const anyNeedsWork = (sealer: DataSealer, spec: Spec) =>
  sql`(${sql.join(
    spec.columns.map((column) => needsWork(sealer, column)),
    sql` or `,
  )})`;

/** The same test as `needsWork`, on a value read. */
const isTarget = (sealer: DataSealer, value: string) =>
  sealer.currentKeyId === undefined ? !value.startsWith('sw1.') : value.startsWith(`sw1.${sealer.currentKeyId}.`);

/** How many rows of a table need work (for the progress line). */
async function countPending(db: Kysely<Database>, sealer: DataSealer, table: string, spec: Spec): Promise<number> {
  const { rows } = await sql<{ n: number | string }>`
    select count(*) as n from ${sql.table(table)} where ${anyNeedsWork(sealer, spec)}`.execute(db);
  return Number(rows[0]!.n);
}

/**
 * Re-seals one row's values that need it, each update conditioned on the value still being the one
 * read: a value the server changed meanwhile is left to the server (it sealed it under its key).
 */
async function rekeyRow(
  tx: Kysely<Database>,
  sealer: DataSealer,
  table: string,
  spec: Spec,
  row: Row,
  unopened: Record<string, number>,
): Promise<number> {
  const changes: { column: string; before: string; after: string }[] = [];
  for (const column of spec.columns) {
    const before = row[column];
    if (typeof before !== 'string' || isTarget(sealer, before)) continue;
    const place = placeOf(table, column, String(row.user_id));
    try {
      changes.push({ column, before, after: sealer.seal(sealer.open(before, place), place) });
    } catch (error) {
      if (!(error instanceof SealedValueError)) throw error;
      unopened[`${table}.${column}`] = (unopened[`${table}.${column}`] ?? 0) + 1;
    }
  }
  if (changes.length === 0) return 0;
  const set = sql.join(changes.map((change) => sql`${sql.ref(change.column)} = ${change.after}`));
  const same = changes.map((change) => sql`${sql.ref(change.column)} = ${change.before}`);
  const key = spec.key.map((column) => sql`${sql.ref(column)} = ${row[column]}`);
  const result =
    await sql`update ${sql.table(table)} set ${set} where ${sql.join([...key, ...same], sql` and `)}`.execute(tx);
  return Number(result.numAffectedRows ?? 0) > 0 ? changes.length : 0;
}

/** One batch in one transaction: the next rows after `after` (primary-key order) that need work. */
async function rekeyBatch(
  db: Kysely<Database>,
  sealer: DataSealer,
  pass: { table: string; spec: Spec; after: unknown[] | undefined; size: number; unopened: Record<string, number> },
): Promise<{ rows: number; changed: number; last: unknown[] | undefined }> {
  const { table, spec, after, size, unopened } = pass;
  const keys = sql.join(spec.key.map((column) => sql.ref(column)));
  const resume = after ? sql`and (${keys}) > (${sql.join(after)})` : sql``;
  return inTransaction(db, async (tx) => {
    const { rows } = await sql<Row>`
      select ${keys}, user_id, ${sql.join(spec.columns.map((column) => sql.ref(column)))}
      from ${sql.table(table)} where ${anyNeedsWork(sealer, spec)} ${resume}
      order by ${keys} limit ${size}`.execute(tx);
    let changed = 0;
    for (const row of rows) changed += await rekeyRow(tx, sealer, table, spec, row, unopened);
    const lastRow = rows.at(-1);
    return { rows: rows.length, changed, last: lastRow && spec.key.map((column) => lastRow[column]) };
  });
}

/**
 * Brings every sealed column to the sealer's current key (or to plain text when it has none), in
 * batches of `batchSize` rows, each batch its own transaction, so the server keeps serving and a
 * crash loses at most one batch's work. Resumable: only values not yet in the target form are read,
 * so a second run (or one after a crash) carries on where the first stopped.
 */
export async function rekeyColumns(
  db: Kysely<Database>,
  sealer: DataSealer,
  options: RekeyOptions,
): Promise<RekeyReport> {
  const unopened: Record<string, number> = {};
  let changed = 0;
  let remaining = 0;
  for (const [table, spec] of Object.entries(SEALED_COLUMNS)) {
    const total = await countPending(db, sealer, table, spec);
    let done = 0;
    let after: unknown[] | undefined;
    // Keyset order, so a row the server keeps rewriting under an older key cannot hold the pass.
    for (;;) {
      const batch = await rekeyBatch(db, sealer, { table, spec, after, size: options.batchSize, unopened });
      changed += batch.changed;
      done += batch.rows;
      if (batch.rows > 0) options.onBatch?.({ table, done: Math.min(done, total), total });
      if (batch.rows < options.batchSize) break;
      after = batch.last;
    }
    remaining += await countPending(db, sealer, table, spec);
  }
  return { changed, unopened, remaining };
}
