import type { UserId } from '../goals/model.js';
import type { ActionSource, Phase } from './model.js';

/**
 * What happened to a user's tracks; the WebSocket hub, the bot, metrics and logs subscribe.
 * `remote` marks an event recorded by another process on the same database (see EventRelay).
 */
export type TrackEvent = { remote?: true } & (
  | { type: 'track_initialized'; userId: UserId; programId: string; tracks: string[]; primaryTrack: string; at: Date }
  | { type: 'track_switched'; userId: UserId; programId: string; from: string; to: string; at: Date }
  | {
      type: 'progress_updated';
      userId: UserId;
      programId: string;
      track: string;
      old: number;
      new: number;
      delta: number;
      phase: Phase;
      actionType: string;
      /** The recorded action (one per action, whatever it moved): tells a process its own ledger rows. */
      actionId?: string;
      source: ActionSource;
      at: Date;
    }
  | {
      /** A biometric trigger changed the upcoming tasks of today's health plan (ids only, no values). */
      type: 'plan_adapted';
      userId: UserId;
      programId: string;
      adaptationId: string;
      triggerId: string;
      taskIds: string[];
      expiresAt: Date;
      at: Date;
    }
  | { type: 'adaptation_expired'; userId: UserId; programId: string; adaptationId: string; at: Date }
  /** Everything about the person was erased (from any door): every instance closes their sockets. */
  | { type: 'account_erased'; userId: UserId; programId: ''; at: Date }
  | {
      type: 'milestone_achieved';
      userId: UserId;
      programId: string;
      track: string;
      milestone: string;
      source: ActionSource;
      at: Date;
    }
);

/** Publishes events after their transaction committed; a failing subscriber never fails the action. */
export interface EventBus {
  publish(event: TrackEvent): void;
  /**
   * Local events only (metrics, logs: the process that recorded an action counts it), or with
   * `remote: true` also those of other processes on the same database (the WebSocket hub).
   */
  subscribe(listener: (event: TrackEvent) => void, options?: { remote?: boolean }): () => void;
}

/**
 * Carries track events between processes sharing one database (server instances, the terminal
 * chat): PostgreSQL LISTEN/NOTIFY, or a tail of SQLite's ledger tables.
 */
export interface EventRelay {
  /** A local event, after its transaction committed, for the other processes. */
  send(event: TrackEvent): void;
  /** Starts passing other processes' events to `deliver` (while some subscriber wants them). */
  start(deliver: (event: TrackEvent) => void): void;
  /** No subscriber wants remote events any more. */
  stop(): void;
  close(): Promise<void>;
}
