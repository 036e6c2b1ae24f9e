import { flagOn } from '../../core/flags.js';
import type { Locale, UserId } from '../../core/goals/model.js';
import type { Enrollment, TrackState } from '../../core/tracks/model.js';
import { type NextAction, ruleNextActions } from '../../core/tracks/suggest.js';
import type { ProgramPack } from '../../content/program-pack.schema.js';
import type { TrackDeps } from './deps.js';
import { requireEnrollment, requireTracksOn } from './programs.js';

interface CacheEntry {
  key: string;
  at: number;
  actions: Array<Omit<NextAction, 'reason' | 'id'>>;
}

const DAY = 24 * 3600 * 1000;
const caches = new WeakMap<
  TrackDeps,
  { entries: Map<UserId, CacheEntry>; calls: Map<UserId, number[]>; pending: Set<UserId> }
>();
const cacheOf = (deps: TrackDeps) => {
  let c = caches.get(deps);
  if (!c) caches.set(deps, (c = { entries: new Map(), calls: new Map(), pending: new Set() }));
  return c;
};

/** A cached LLM answer is reused while the tracks look the same and it is younger than the TTL. */
const fingerprint = (programId: string, locale: Locale, states: TrackState[]) =>
  `${programId}:${locale}:${states.map((s) => `${s.track}=${s.completion}/${s.totalActions}`).join(',')}`;

interface Context {
  userId: UserId;
  program: ProgramPack;
  enrollment: Enrollment;
  states: TrackState[];
  locale: Locale;
  /** How often each action type was done, when the caller already read it (else read here). */
  counts?: Record<string, number>;
}

/** Asks the LLM (rate-limited per user); undefined when it may not, cannot, or answered badly. */
async function askLlm(deps: TrackDeps, ctx: Context, counts: Record<string, number>): Promise<CacheEntry | undefined> {
  const limits = deps.suggestionCache ?? { ttlMs: 6 * 3600 * 1000, perUserPerHour: 6 };
  const cache = cacheOf(deps);
  const now = deps.clock.now().getTime();
  const recent = (cache.calls.get(ctx.userId) ?? []).filter((t) => now - t < 3600 * 1000);
  if (recent.length >= limits.perUserPerHour) {
    deps.counters.aiSuggestion('limited');
    return undefined;
  }
  cache.calls.set(ctx.userId, [...recent, now]);
  try {
    const daysSinceActivity = Object.fromEntries(
      ctx.states.map((s) => [s.track, s.lastActivityAt ? Math.floor((now - s.lastActivityAt.getTime()) / DAY) : null]),
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
    const entry = { key: fingerprint(ctx.program.id, ctx.locale, ctx.states), at: now, actions };
    cache.entries.set(ctx.userId, entry);
    deps.freshness?.bump();
    return entry;
  } catch (e) {
    deps.counters.aiSuggestion('failed');
    deps.log.warn(
      { event: 'ai_suggestion_failed', error: (e as Error).name },
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
  const entry = cacheOf(deps).entries.get(userId);
  return entry !== undefined && entry.key.startsWith(`${programId}:`) && entry.actions.some((a) => a.track === track);
}

const merge = (rules: NextAction[], llm: CacheEntry | undefined): NextAction[] =>
  rules.map((r) => {
    // A nudge for an idle or stuck track stays: it is the seed's edge case, answered on purpose.
    const own = r.reason === 'rule' ? llm?.actions.find((a) => a.track === r.track) : undefined;
    return own ? { ...own, id: `llm:${r.track}`, reason: 'llm' } : r;
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
  if (!deps.suggester || !flagOn(deps.flags, 'ai_suggestions_enabled', ctx.userId)) return rules;
  const cache = cacheOf(deps);
  const ttl = deps.suggestionCache?.ttlMs ?? 6 * 3600 * 1000;
  const cached = cache.entries.get(ctx.userId);
  const fresh =
    cached &&
    cached.key === fingerprint(ctx.program.id, ctx.locale, ctx.states) &&
    deps.clock.now().getTime() - cached.at < ttl
      ? cached
      : undefined;
  if (fresh) return merge(rules, fresh);
  if (options.wait) return merge(rules, await askLlm(deps, ctx, counts));
  if (!cache.pending.has(ctx.userId)) {
    cache.pending.add(ctx.userId);
    void askLlm(deps, ctx, counts).finally(() => cache.pending.delete(ctx.userId));
  }
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
    .map((t) => stored.find((s) => s.track === t.id))
    .filter((s): s is TrackState => s !== undefined);
  const actions = await nextActions(deps, { userId, program, enrollment, states, locale }, { wait: true });
  for (const a of actions)
    deps.log.info(
      { event: 'next_action_suggested', user_id: userId, track: a.track, suggestion: a.id, reason: a.reason },
      'next action suggested',
    );
  return { program: program.id, primary_track: enrollment.primaryTrack, suggestions: actions };
}
