import type { FlagRollout } from '../../core/flags.js';
import type { Locale, UserId } from '../../core/goals/model.js';
import type {
  Clock,
  ExerciseStore,
  GoalStore,
  IdSource,
  Log,
  SuggestionFeedbackStore,
  TrackStore,
  UserStore,
} from '../../core/ports.js';
import type { EventBus } from '../../core/tracks/events.js';
import type { NextAction } from '../../core/tracks/suggest.js';
import type { TrackState } from '../../core/tracks/model.js';
import type { ProgramPack } from '../../content/program-pack.schema.js';
import type { Freshness } from '../../core/ports.js';

/** Counters the track system feeds (the seed's metric names live in the metrics module). */
export interface TrackCounters {
  aiSuggestion(outcome: 'generated' | 'failed' | 'limited'): void;
  /** A verdict on a shown next action (`ai_suggestion_feedback_total`). */
  suggestionFeedback(reason: NextAction['reason'], verdict: 'helpful' | 'not_helpful'): void;
}

/** What an LLM is asked for when it may suggest next actions: no user text goes in, only states. */
export interface SuggestionRequest {
  program: ProgramPack;
  locale: Locale;
  primaryTrack: string;
  states: TrackState[];
  counts: Record<string, number>;
  daysSinceActivity: Record<string, number | null>;
}

/** An optional LLM that proposes next actions; undefined or a throw falls back to the rules. */
export interface Suggester {
  suggest(request: SuggestionRequest): Promise<Array<Omit<NextAction, 'reason' | 'id'>>>;
}

export interface TrackDeps {
  stores: {
    users: UserStore;
    goals: GoalStore;
    tracks: TrackStore;
    exercises: ExerciseStore;
    feedback: SuggestionFeedbackStore;
  };
  programs: ProgramPack[];
  flags: FlagRollout;
  bus: EventBus;
  clock: Clock;
  ids: IdSource;
  log: Log;
  counters: TrackCounters;
  suggester?: Suggester;
  /** Told when in-memory state that views show changes (an LLM suggestion arrived). */
  freshness?: Pick<Freshness, 'bump'>;
  /** LLM suggestions: cache lifetime and calls allowed per user per hour. */
  suggestionCache?: { ttlMs: number; perUserPerHour: number };
}

export type { UserId };
