import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { type Log, silentLog } from '../../core/ports.js';

/** How often the background thread copies the WAL into the database file. */
const CHECKPOINT_EVERY_MS = 250;
/**
 * The writer's own automatic checkpoint, in pages (4 KB each), kept only as a backstop should the
 * thread fall behind or die: ten times SQLite's default, so it never runs while the thread works.
 */
export const BACKSTOP_AUTOCHECKPOINT_PAGES = 10_000;

// Plain JavaScript run as an eval'd worker: no TypeScript loader needed in the thread, under tsx,
// vitest or a build alike. It opens its own connection and checkpoints PASSIVE (never waits for,
// nor blocks, readers and the writer); the fsync of the database file happens here, off the main thread.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
const checkpoint = () => { try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy or closing: next time */ } };
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.once('message', () => { clearInterval(timer); checkpoint(); db.close(); parentPort.postMessage('closed'); });
`;

export interface Checkpointer {
  /** Stops the thread after a last checkpoint; call before closing the main connection. */
  stop(): Promise<void>;
}

/**
 * SQLite in WAL mode normally checkpoints inside whichever commit crosses 1,000 WAL pages: that
 * commit then waits for an fsync of the database file (~5 ms here, about every 50 recorded
 * actions — the record-action p99). A worker thread with its own connection does it instead.
 */
export function startCheckpointer(path: string, log: Pick<Log, 'warn'> = silentLog): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, path, everyMs: CHECKPOINT_EVERY_MS } });
  worker.unref();
  let exited = false;
  worker.once('exit', () => void (exited = true));
  // A failing thread only means the writer's backstop checkpoints take over: said once, by name.
  worker.once('error', (error) =>
    log.warn(
      { event: 'sqlite_checkpointer_failed', error: error.name },
      'background checkpoints stopped; the writer checkpoints itself',
    ),
  );
  worker.on('error', () => undefined);
  let stopped: Promise<void> | undefined;
  return {
    stop: () =>
      (stopped ??= new Promise<void>((resolve) => {
        if (exited) return resolve();
        const timeout = setTimeout(() => void worker.terminate().then(() => resolve()), 2_000);
        worker.once('exit', () => {
          clearTimeout(timeout);
          resolve();
        });
        worker.once('message', () => void worker.terminate());
        worker.postMessage('stop');
      })),
  };
}
