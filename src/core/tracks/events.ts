import type { UserId } from '../goals/model.js';
import type { ActionSource, Phase } from './model.js';

/** What happened to a user's tracks; the WebSocket hub, the bot, metrics and logs subscribe. */
export type TrackEvent =
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
      source: ActionSource;
      at: Date;
    }
  | { type: 'milestone_achieved'; userId: UserId; programId: string; track: string; milestone: string; source: ActionSource; at: Date };

/** Publishes events after their transaction committed; a failing subscriber never fails the action. */
export interface EventBus {
  publish(event: TrackEvent): void;
  subscribe(listener: (event: TrackEvent) => void): () => void;
}
