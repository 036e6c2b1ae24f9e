import { type Kysely, sql } from 'kysely';
import { SealedValueError } from '../../core/privacy/sealer.port.js';
import type { Database } from '../schema.js';
import type { DataSealer } from './aes-gcm-sealer.js';
import { placeOf, SEALED_COLUMNS } from './sealed-columns.js';

/** What the start-up check found: problems stop the start; warnings are logged and the start goes on. */
export interface SealedKeyCheck {
  problems: string[];
  warnings: string[];
}

interface Sample {
  table: string;
  column: string;
  value: string;
  userId: string;
}

/**
 * One sealed value per key id per column: each query skips the key ids already seen, so a column
 * costs one query per key id it holds plus one (which finds none).
 */
async function* samples(db: Kysely<Database>): AsyncGenerator<Sample> {
  for (const [table, { columns }] of Object.entries(SEALED_COLUMNS))
    for (const column of columns) {
      const ref = sql.ref(column);
      const seen: string[] = [];
      for (;;) {
        const skip = seen.length > 0 ? sql`and substr(${ref}, 5, 8) not in (${sql.join(seen)})` : sql``;
        const { rows } = await sql<{ value: string; user_id: string }>`
          select ${ref} as value, user_id from ${sql.table(table)}
          where substr(${ref}, 1, 4) = 'sw1.' ${skip} limit 1`.execute(db);
        const row = rows[0];
        if (!row) break;
        seen.push(row.value.slice(4, 12));
        yield { table, column, value: row.value, userId: row.user_id };
      }
    }
}

/**
 * Can this install open what it stored? For every key id found in the sealed columns, one value is
 * opened. A key that is not configured stops the start with the columns named (it would otherwise
 * surface as errors in front of people); a value that does not open with its own key (altered in the
 * database) is a warning: that one row fails, everyone else's data is fine.
 */
export async function checkSealedKeys(db: Kysely<Database>, sealer: DataSealer): Promise<SealedKeyCheck> {
  const missing = new Map<string, string[]>();
  const warnings: string[] = [];
  for await (const sample of samples(db)) {
    const keyId = sealer.keyIdOf(sample.value);
    // Plain text written before the escape existed that merely starts like a sealed value.
    if (keyId === undefined) continue;
    const where = `${sample.table}.${sample.column}`;
    try {
      sealer.open(sample.value, placeOf(sample.table, sample.column, sample.userId));
    } catch (error) {
      if (!(error instanceof SealedValueError)) throw error;
      if (error.problem === 'key_missing') missing.set(keyId, [...(missing.get(keyId) ?? []), where]);
      else warnings.push(`a value in ${where} sealed under data key ${keyId} does not open: it was altered`);
    }
  }
  const problems = [...missing].map(
    ([keyId, where]) =>
      `stored texts (${where.join(', ')}) are sealed under data key ${keyId}, which is not configured: ` +
      'set DATA_KEY to that key, or add it to DATA_KEY_PREVIOUS (see docs/encryption.md)',
  );
  return { problems, warnings };
}
