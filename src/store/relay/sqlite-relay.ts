import { setImmediate as nextTurn } from 'node:timers/promises';
import { type Kysely, sql } from 'kysely';
import type { Log } from '../../core/ports.js';
import type { EventRelay, TrackEvent } from '../../core/tracks/events.js';
import { type ActionSource, phaseOf } from '../../core/tracks/model.js';
import type { Database } from '../schema.js';

const TAIL_MS = 250;
const BATCH = 500;
/** Far longer than a row waits for the tail; bounds the memory of this process's own rows. */
const OWN_KEEP_MS = 60_000;

const progressKey = (actionId: string, track: string) => `p ${actionId} ${track}`;
// A milestone is achieved once per user and program (a unique key), so this names its row.
const milestoneKey = (userId: string, programId: string, milestone: string) => `m ${userId} ${programId} ${milestone}`;

const dataVersion = async (db: Kysely<Database>) =>
  (await sql<{ data_version: number }>`pragma data_version`.execute(db)).rows[0]!.data_version;
const maxRowid = async (db: Kysely<Database>, table: 'progress_events' | 'track_milestones') =>
  Number(
    (await sql<{ m: number | null }>`select max(rowid) as m from ${sql.table(table)}`.execute(db)).rows[0]?.m ?? 0,
  );

/** Ledger rows past the cursor, oldest first (one batch). */
function progressRows(db: Kysely<Database>, after: number) {
  return db
    .selectFrom('progress_events')
    .select([
      sql<number>`rowid`.as('rid'),
      'action_id',
      'user_id',
      'program_id',
      'track',
      'action_type',
      'source',
      'delta',
      'old_pct',
      'new_pct',
      'created_at',
    ])
    .where(sql<number>`rowid`, '>', after)
    .orderBy(sql`rowid`)
    .limit(BATCH)
    .execute();
}

/** Milestone rows past the cursor, with the source of the action that earned each. */
function milestoneRows(db: Kysely<Database>, after: number) {
  return (
    db
      .selectFrom('track_milestones as m')
      .select([
        sql<number>`m.rowid`.as('rid'),
        'm.user_id',
        'm.program_id',
        'm.track',
        'm.milestone_type',
        'm.achieved_at',
      ])
      // The action that earned it (same user, program and moment) gives its source.
      .select((eb) =>
        eb
          .selectFrom('actions as a')
          .select('a.source')
          .whereRef('a.user_id', '=', 'm.user_id')
          .whereRef('a.program_id', '=', 'm.program_id')
          .whereRef('a.created_at', '=', 'm.achieved_at')
          .limit(1)
          .as('source'),
      )
      .where(sql<number>`m.rowid`, '>', after)
      .orderBy(sql`m.rowid`)
      .limit(BATCH)
      .execute()
  );
}

type ProgressRow = Awaited<ReturnType<typeof progressRows>>[number];
type MilestoneRow = Awaited<ReturnType<typeof milestoneRows>>[number];

const progressEvent = (row: ProgressRow): TrackEvent => ({
  type: 'progress_updated',
  userId: row.user_id,
  programId: row.program_id,
  track: row.track,
  old: row.old_pct,
  new: row.new_pct,
  delta: row.delta,
  phase: phaseOf(row.new_pct),
  actionType: row.action_type,
  actionId: row.action_id,
  source: row.source as ActionSource,
  at: new Date(row.created_at as string),
});

const milestoneEvent = (milestone: MilestoneRow): TrackEvent => ({
  type: 'milestone_achieved',
  userId: milestone.user_id,
  programId: milestone.program_id,
  track: milestone.track,
  milestone: milestone.milestone_type,
  source: (milestone.source ?? 'api') as ActionSource,
  at: new Date(milestone.achieved_at as string),
});

/**
 * SQLite: other processes on the file (the terminal chat beside the server) are seen by tailing the
 * ledger. While some subscriber wants remote events, every 250 ms: when `pragma data_version` moved
 * (another connection committed; this process has one connection) or this process wrote, rows of
 * `progress_events` and `track_milestones` past a rowid cursor (rowids follow commit order: one
 * writer at a time) become events — except this process's own, which it already published and
 * remembers by key. The keys are checked a turn of the event loop after the read: a local action
 * publishes within the microtasks that follow its commit, so by then any of its rows is known.
 */
export function createSqliteRelay(db: Kysely<Database>, log: Log): EventRelay {
  const own = new Map<string, number>();
  let wroteSince = false;
  let cursor: { progress: number; milestones: number; version: number } | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let deliver: ((event: TrackEvent) => void) | undefined;

  const tick = async () => {
    if (!cursor)
      cursor = {
        version: await dataVersion(db),
        progress: await maxRowid(db, 'progress_events'),
        milestones: await maxRowid(db, 'track_milestones'),
      };
    // This round's cursor: start() may begin a new one (from the newest rows) while it reads.
    const at = cursor;
    const version = await dataVersion(db);
    if (version === at.version && !wroteSince) return;
    at.version = version;
    wroteSince = false;
    const progress = await progressRows(db, at.progress);
    const milestones = await milestoneRows(db, at.milestones);
    if (progress.length === BATCH || milestones.length === BATCH) wroteSince = true; // more to read next time
    await nextTurn();
    if (cursor !== at) return; // restarted meanwhile: history is not replayed
    for (const row of progress) {
      at.progress = Math.max(at.progress, Number(row.rid));
      if (own.delete(progressKey(row.action_id, row.track))) continue;
      deliver?.(progressEvent(row));
    }
    for (const milestone of milestones) {
      at.milestones = Math.max(at.milestones, Number(milestone.rid));
      if (own.delete(milestoneKey(milestone.user_id, milestone.program_id, milestone.milestone_type))) continue;
      deliver?.(milestoneEvent(milestone));
    }
  };

  const poll = () => {
    if (running) return;
    running = tick()
      .catch((error: unknown) =>
        log.warn(
          { event: 'event_relay_tail_failed', error: (error as { code?: string }).code ?? (error as Error).name },
          'reading other processes’ events failed',
        ),
      )
      .finally(() => (running = undefined));
  };

  return {
    send(event) {
      const now = Date.now();
      if (event.type === 'progress_updated' && event.actionId) own.set(progressKey(event.actionId, event.track), now);
      else if (event.type === 'milestone_achieved')
        own.set(milestoneKey(event.userId, event.programId, event.milestone), now);
      else return;
      wroteSince = true;
      for (const [key, time] of own) {
        if (now - time < OWN_KEEP_MS) break; // insertion order is time order
        own.delete(key);
      }
    },
    start(listener) {
      deliver = listener;
      if (timer) return;
      // History is not replayed: the cursor starts at the newest rows when the tail starts.
      cursor = undefined;
      poll();
      timer = setInterval(poll, TAIL_MS).unref();
    },
    stop() {
      deliver = undefined;
      clearInterval(timer);
      timer = undefined;
    },
    async close() {
      this.stop();
      await running;
    },
  };
}
