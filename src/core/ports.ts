import type { ExerciseStore, SuggestionFeedbackStore, TrackStore } from './tracks/stores.port.js';
import type { Stores } from './goals/stores.port.js';

// The stores' ports live beside their domain; they are re-exported here so one import finds every port.
export type * from './goals/stores.port.js';
export type * from './tracks/stores.port.js';
export type * from './health/stores.port.js';

/** Time comes in through a port so tests can fix it. */
export interface Clock {
  now(): Date;
}

/** New identifiers come in through a port too (uuid v4 in production). */
export interface IdSource {
  next(): string;
}

/** Where counts of notable events go (metrics); never user text. */
export interface Counters {
  inc(name: CounterName, labels?: Record<string, string>): void;
}
export type CounterName = 'coach_fallback' | 'crisis_detected' | 'step_completed' | 'step_generated' | 'goal_created';

/** Structured log lines; implementations must never be handed user text. */
export interface Log {
  info(fields: Record<string, unknown>, msg: string): void;
  warn(fields: Record<string, unknown>, msg: string): void;
  error(fields: Record<string, unknown>, msg: string): void;
}

export const silentLog: Log = { info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * What a cached read is checked against. `current()` changes whenever anything a view is built
 * from may have changed: the database's change stamp (any committed write, by this process or
 * another) joined with a local generation that `bump()` moves for state kept in memory (LLM
 * suggestions arriving). `undefined` means "no cheap stamp here": reads are not cached.
 */
export interface Freshness {
  current(): string | undefined;
  bump(): void;
}

/** The stores a transaction sees: goals and steps together with the track ledger. */
export interface TransactionStores extends Stores {
  tracks: TrackStore;
  exercises: ExerciseStore;
  feedback: SuggestionFeedbackStore;
}

/** Runs work in one database transaction: all of its writes commit together or none does. */
export interface UnitOfWork {
  transaction<T>(work: (stores: TransactionStores) => Promise<T>): Promise<T>;
}
