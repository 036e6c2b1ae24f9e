import { flagOn } from '../../core/flags.js';
import type { Locale, UserId } from '../../core/goals/model.js';
import type { Enrollment, TrackState } from '../../core/tracks/model.js';
import { type NextAction, ruleNextActions } from '../../core/tracks/suggest.js';
import type { Program } from '../../core/programs/program.js';
import type { TrackDeps } from './deps.js';
import { requireEnrollment, requireTracksOn } from './programs.js';
import { type CachedSuggestions, suggestionKey } from './suggestion-cache.js';

const DAY = 24 * 3600 * 1000;

interface Context {
  userId: UserId;
  program: Program;
  enrollment: Enrollment;
  states: TrackState[];
  locale: Locale;
  /** How often each action type was done, when the caller already read it (else read here). */
  counts?: Record<string, number>;
}

/** Asks the LLM (rate-limited per user); undefined when it may not, cannot, or answered badly. */
async function askLlm(
  deps: TrackDeps,
  ctx: Context,
  counts: Record<string, number>,
): Promise<CachedSuggestions | undefined> {
  const now = deps.clock.now().getTime();
  if (!deps.suggestionCache.allowCall(ctx.userId, now)) {
    deps.counters.aiSuggestion('limited');
    return undefined;
  }
  try {
    const daysSinceActivity = Object.fromEntries(
      ctx.states.map((state) => [
        state.track,
        state.lastActivityAt ? Math.floor((now - state.lastActivityAt.getTime()) / DAY) : null,
      ]),
    );
    const actions = await deps.suggester!.suggest({
      program: ctx.program,
      locale: ctx.locale,
      primaryTrack: ctx.enrollment.primaryTrack,
      states: ctx.states,
      counts,
      daysSinceActivity,
    });
    deps.counters.aiSuggestion('generated');
    const entry = { key: suggestionKey(ctx.program.id, ctx.locale, ctx.states), at: now, actions };
    deps.suggestionCache.keep(ctx.userId, entry);
    deps.freshness?.bump(ctx.userId);
    return entry;
  } catch (error) {
    deps.counters.aiSuggestion('failed');
    deps.log.warn(
      { event: 'ai_suggestion_failed', error: (error as Error).name },
      'LLM suggestions failed; the rules answer',
    );
    return undefined;
  }
}

/**
 * Whether the model's suggestion for this track is the one the user is shown: the LLM is on for
 * them and its cached answer for their program covers the track.
 */
export function hasLlmSuggestion(deps: TrackDeps, userId: UserId, programId: string, track: string): boolean {
  if (!deps.suggester || !flagOn(deps.flags, 'ai_suggestions_enabled', userId)) return false;
  const entry = deps.suggestionCache.latest(userId);
  return (
    entry !== undefined &&
    entry.key.startsWith(`${programId}:`) &&
    entry.actions.some((action) => action.track === track && action.technique)
  );
}

const merge = (rules: NextAction[], llm: CachedSuggestions | undefined): NextAction[] =>
  rules.map((rule) => {
    // A nudge for an idle or stuck track stays: it is the seed's edge case, answered on purpose. A
    // model's idea with no exercise to start is not shown: every next action can be acted on where shown.
    const own =
      rule.reason === 'rule'
        ? llm?.actions.find((action) => action.track === rule.track && action.technique)
        : undefined;
    return own
      ? { ...own, id: `llm:${rule.track}`, reason: 'llm', how: { kind: 'exercise', exercise: own.technique! } }
      : rule;
  });

/**
 * Next actions for every track. The rules always answer; with `ai_suggestions_enabled` and an LLM,
 * its suggestions replace them: `wait` (GET /api/tracks/suggestions) asks the LLM now, otherwise a
 * fresh cached answer is used and a stale one is refreshed in the background, so /progress never
 * waits for a model.
 */
export async function nextActions(
  deps: TrackDeps,
  ctx: Context,
  options: { wait?: boolean } = {},
): Promise<NextAction[]> {
  const counts = ctx.counts ?? (await deps.stores.tracks.actionCounts(ctx.userId, ctx.program.id));
  const rules = ruleNextActions(ctx.program, ctx.states, counts, {
    now: deps.clock.now(),
    enrolledAt: ctx.enrollment.enrolledAt,
    locale: ctx.locale,
  });
  // A program without exercises (health: its habits are done from the day's plan) has nothing a
  // model's suggestion could start, so the model is not asked (nor its cached answer for another
  // program replaced).
  const llmOn = deps.suggester && flagOn(deps.flags, 'ai_suggestions_enabled', ctx.userId);
  if (!llmOn || ctx.program.exercises.length === 0) return rules;
  const cache = deps.suggestionCache;
  const fresh = cache.fresh(
    ctx.userId,
    suggestionKey(ctx.program.id, ctx.locale, ctx.states),
    deps.clock.now().getTime(),
  );
  if (fresh) return merge(rules, fresh);
  if (options.wait) return merge(rules, await askLlm(deps, ctx, counts));
  cache.refreshOnce(ctx.userId, () => askLlm(deps, ctx, counts));
  return rules;
}

/** `GET /api/tracks/suggestions`: a next action per track, the LLM's when it can, logged. */
export async function suggestions(
  deps: TrackDeps,
  userId: UserId,
  options: { programId?: string; locale?: Locale } = {},
) {
  requireTracksOn(deps, userId);
  const { program, enrollment } = await requireEnrollment(deps, userId, options.programId);
  const locale = options.locale ?? (await deps.stores.users.byId(userId))?.locale ?? 'en';
  const stored = await deps.stores.tracks.states(userId, program.id);
  const states = program.tracks
    .map((track) => stored.find((state) => state.track === track.id))
    .filter((state): state is TrackState => state !== undefined);
  const actions = await nextActions(deps, { userId, program, enrollment, states, locale }, { wait: true });
  for (const action of actions)
    deps.log.info(
      {
        event: 'next_action_suggested',
        user_id: userId,
        track: action.track,
        suggestion: action.id,
        reason: action.reason,
      },
      'next action suggested',
    );
  return { program: program.id, primary_track: enrollment.primaryTrack, suggestions: actions };
}
