import { sql, type Kysely } from 'kysely';
import { pendingMigrations } from './migrate.js';
import type { Database } from './schema.js';
import type { StorageFaults } from './storage-faults.js';
import { isoTime } from '../core/iso-time.js';

export interface Readiness {
  ready: boolean;
  database: 'ok' | 'unreachable';
  /** Migrations the code expects that the database lacks. */
  pending: string[];
  writable: boolean;
  /** Why not ready, in plain words (never a driver's message, which may carry a path or host). */
  problems: string[];
}

/**
 * Can this instance take traffic: the database answers, its schema is this code's, and it accepts a
 * write (a one-row heartbeat in `settings`: a full disk, a read-only file or a standby refuses it).
 */
/** A heartbeat write at most this often: a probe every few seconds must not retire every read cache. */
const WRITE_CHECK_EVERY_MS = 30_000;

/**
 * A readiness check that remembers its last write test (one per instance, made in main). Writes
 * refused for lack of room lately (`faults`) make it not ready at once, naming the cause: a probe's
 * small in-place update may still fit on a disk too full for the writes people make.
 */
export function createReadinessCheck(
  db: Kysely<Database>,
  schema?: string,
  now: () => number = Date.now,
  faults?: Pick<StorageFaults, 'current'>,
) {
  let checkedAt = Number.NEGATIVE_INFINITY;
  let writableThen = true;
  return async (): Promise<Readiness> => {
    const fresh = now() - checkedAt >= WRITE_CHECK_EVERY_MS || !writableThen || faults?.current() !== undefined;
    const report = await readiness(db, schema, fresh ? undefined : writableThen);
    if (fresh) [checkedAt, writableThen] = [now(), report.writable];
    // Read after the heartbeat, which may have met the fault itself.
    const fault = faults?.current();
    if (!fault) return report;
    const problems = [...report.problems.filter((problem) => problem !== REFUSES_WRITES), fault.words];
    return { ...report, ready: false, writable: false, problems };
  };
}

const REFUSES_WRITES = 'the database refuses writes (disk full, read-only file or a standby server)';

async function readiness(db: Kysely<Database>, schema?: string, knownWritable?: boolean): Promise<Readiness> {
  try {
    await sql`select 1`.execute(db);
  } catch {
    return { ready: false, database: 'unreachable', pending: [], writable: false, problems: ['database unreachable'] };
  }
  const pending = await pendingMigrations(db, schema).catch(() => ['(unknown)']);
  let writable = knownWritable ?? true;
  if (knownWritable === undefined)
    try {
      const value = isoTime(new Date());
      await db
        .insertInto('settings')
        .values({ key: 'readyz_heartbeat', value })
        .onConflict((conflict) => conflict.column('key').doUpdateSet({ value }))
        .execute();
    } catch {
      writable = false;
    }
  const problems = [
    ...(pending.length > 0 ? [`migrations not applied: ${pending.join(', ')} (run: npx stepwise migrate)`] : []),
    ...(writable ? [] : [REFUSES_WRITES]),
  ];
  return { ready: problems.length === 0, database: 'ok', pending, writable, problems };
}
