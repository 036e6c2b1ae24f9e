import type { FlagRollout } from '../../core/flags.js';
import type { UserId } from '../../core/goals/model.js';
import type {
  Clock,
  Counters,
  UnitOfWork,
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
import type { Program } from '../../core/programs/program.js';
import type { Suggester } from '../../core/tracks/suggester.port.js';
import type { Reflector } from '../../core/tracks/reflector.port.js';
import type { Freshness } from '../../core/ports.js';
import type { SuggestionCache } from './suggestion-cache.js';
import type { IntentDetector } from '../../core/intents/intent.port.js';

/** Counters the track system feeds (the seed's metric names live in the metrics module). */
export interface TrackCounters {
  aiSuggestion(outcome: 'generated' | 'failed' | 'limited'): void;
  /** A verdict on a shown next action (`ai_suggestion_feedback_total`). */
  suggestionFeedback(reason: NextAction['reason'], verdict: 'helpful' | 'not_helpful'): void;
}

export interface TrackDeps {
  stores: {
    users: UserStore;
    goals: GoalStore;
    tracks: TrackStore;
    exercises: ExerciseStore;
    feedback: SuggestionFeedbackStore;
  };
  programs: Program[];
  flags: FlagRollout;
  bus: EventBus;
  clock: Clock;
  ids: IdSource;
  log: Log;
  counters: TrackCounters;
  suggester?: Suggester;
  /** An optional model that writes a short reflection on a finished exercise. */
  reflector?: Reflector;
  /** Told when in-memory state that views show changes (an LLM suggestion arrived). */
  freshness?: Pick<Freshness, 'bump'>;
  /** Reads the intent of free text (the offline router, refined by a model when one is set). */
  intents: IntentDetector;
  /** Runs a step's completion and its track's move in one transaction. */
  unitOfWork: UnitOfWork;
  /** The goal coach's counters (a completed step is counted there). */
  stepCounters: Counters;
  /** The model suggestions' memory across calls (one per app, created at wiring time). */
  suggestionCache: SuggestionCache;
  /** How long one attempt may hold a nudge's send (see `SendOnceDeps`). */
  sendLeaseMs: number;
}

export type { UserId };
