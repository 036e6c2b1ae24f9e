import type { Locale, UserId } from '../../core/goals/model.js';
import type { TrackState } from '../../core/tracks/model.js';
import type { NextAction } from '../../core/tracks/suggest.js';

/** A model's next actions for one user, kept while their tracks look the same. */
export interface CachedSuggestions {
  key: string;
  at: number;
  actions: Array<Omit<NextAction, 'reason' | 'id' | 'how'>>;
}

export interface SuggestionLimits {
  /** How long a model's answer is reused. */
  ttlMs: number;
  /** Model calls allowed per user per hour. */
  perUserPerHour: number;
}

export const DEFAULT_SUGGESTION_LIMITS: SuggestionLimits = { ttlMs: 6 * 3600 * 1000, perUserPerHour: 6 };

const HOUR_MS = 3600 * 1000;

/** A cached answer is reused while the tracks look the same (and it is younger than the TTL). */
export const suggestionKey = (programId: string, locale: Locale, states: readonly TrackState[]) =>
  `${programId}:${locale}:${states.map((state) => `${state.track}=${state.completion}/${state.totalActions}`).join(',')}`;

/**
 * The model suggestions' memory across calls, created once at wiring time: the last answer per
 * user, the calls each user made in the last hour (the rate limit), and which users have a
 * refresh under way (so a busy dashboard starts one, not one per request).
 */
export function createSuggestionCache(limits: SuggestionLimits = DEFAULT_SUGGESTION_LIMITS) {
  const entries = new Map<UserId, CachedSuggestions>();
  const calls = new Map<UserId, number[]>();
  const pending = new Set<UserId>();
  return {
    limits,
    /** The user's cached answer when it was made for `key` and is still fresh at `now`. */
    fresh(userId: UserId, key: string, now: number): CachedSuggestions | undefined {
      const cached = entries.get(userId);
      return cached && cached.key === key && now - cached.at < limits.ttlMs ? cached : undefined;
    },
    latest: (userId: UserId) => entries.get(userId),
    keep(userId: UserId, entry: CachedSuggestions) {
      entries.set(userId, entry);
    },
    /** Counts a call against the user's hourly allowance; false when it is used up. */
    allowCall(userId: UserId, now: number): boolean {
      const recent = (calls.get(userId) ?? []).filter((at) => now - at < HOUR_MS);
      if (recent.length >= limits.perUserPerHour) return false;
      calls.set(userId, [...recent, now]);
      return true;
    },
    /** Runs `refresh` unless one is already under way for the user. */
    refreshOnce(userId: UserId, refresh: () => Promise<unknown>) {
      if (pending.has(userId)) return;
      pending.add(userId);
      void refresh().finally(() => pending.delete(userId));
    },
  };
}

export type SuggestionCache = ReturnType<typeof createSuggestionCache>;
