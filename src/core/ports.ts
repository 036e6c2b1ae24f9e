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
export type CounterName =
  'coach_fallback' | 'crisis_detected' | 'crisis_set_aside' | 'step_completed' | 'step_generated' | 'goal_created';

/** Structured log lines; implementations must never be handed user text. */
export interface Log {
  info(fields: Record<string, unknown>, msg: string): void;
  warn(fields: Record<string, unknown>, msg: string): void;
  error(fields: Record<string, unknown>, msg: string): void;
}

export const silentLog: Log = { info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * What one person's cached reads are checked against. `current(userId)` changes whenever anything
 * their views are built from may have changed: a committed write to their data (by this process or
 * another instance) or in-memory state that `bump(userId)` announces (an LLM suggestion arriving).
 * Another person's writes leave it alone. `undefined` means "cannot tell right now" (no change feed,
 * or it is reconnecting): reads go to the database.
 */
export interface Freshness {
  current(userId: string): string | undefined;
  /**
   * Like `current`, but moving only when the person's account (their `users` row) changes: their own
   * actions and entries leave it alone. Absent where the change feed does not tell the two apart.
   */
  account?(userId: string): string | undefined;
  bump(userId: string): void;
  /** Resolves once changes this process has already received are applied (before `current`). */
  settled?(): Promise<void>;
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
