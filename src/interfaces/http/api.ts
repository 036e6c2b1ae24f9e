import fastifyCookie from '@fastify/cookie';
import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance } from 'fastify';
import type { User } from '../../core/goals/model.js';
import type { Clock, Freshness, Log } from '../../core/ports.js';
import type { CrisisScreen } from '../../core/safety.port.js';
import type { EventBus } from '../../core/tracks/events.js';
import type { SafetyTexts } from '../../content/load-safety-texts.js';
import type { EntryServices } from '../../services/entries/entry-services.js';
import type { GoalServices } from '../../services/goals/goal-services.js';
import type { HealthServices, PlanDayRule } from '../../services/health/health-services.js';
import type { TrackServices } from '../../services/tracks/track-services.js';
import { type CacheStats, createReadCache } from './read-cache.js';
import { createTokenChecker, type FoundUser } from './auth/check-token.js';
import { guard } from './auth/guard.js';
import type { PreparedJson } from './prepared-json.js';
import { jwtOptions } from './auth/jwt.js';
import { entryRoutes } from './routes/entries/entries.route.js';
import { exerciseRoutes } from './routes/exercises/exercises.route.js';
import { goalRoutes } from './routes/goals/goals.route.js';
import { calendarFeedRoute } from './routes/health/calendar.route.js';
import { educationRoutes } from './routes/health/education.route.js';
import { healthRoutes } from './routes/health/health.route.js';
import { biometricRoutes } from './routes/health/biometrics.route.js';
import type { BiometricServices } from '../../services/health/biometrics/biometric-services.js';
import { stepRoutes } from './routes/goals/steps.route.js';
import { programRoutes } from './routes/programs/programs.route.js';
import { trackRoutes } from './routes/tracks/tracks.route.js';
import { createHub } from './ws/hub.js';
import type { WebSignIn } from '../../services/auth/web-sign-in.js';
import { signOutEverywhereRoute, webAuthRoutes } from './routes/auth/web-auth.route.js';
import { meRoutes } from './routes/me/me.route.js';
import { joinedRoute } from './routes/me/joined.route.js';
import { dataRightsRoutes } from './routes/me/data-rights.route.js';
import type { ExerciseNames } from '../privacy/exercise-names.js';
import type { DataRights } from '../../services/privacy/data-rights.js';
import { trackHistoryRoute } from './routes/tracks/history.route.js';
import { DEFAULT_SOCKET_LIMITS, wsRoutes } from './ws/ws.route.js';

const MB = 1024 * 1024;

/** Cached reads stay at most this stale against the clock (the rules count idle days). */
const VIEW_TTL_MS = 60_000;

/**
 * `/api/*`: the JWT key (JWT_SECRET, or the one kept in the database), the WebSocket hub, and the
 * REST routes behind the guard (token → rate limit → 401) with the configured body limit. The
 * token's user and the progress view are read through caches that a write to that person's data
 * retires (see `Freshness`: triggers on SQLite, NOTIFY between PostgreSQL instances).
 */
export interface ApiDeps {
  /** The HS256 key API tokens are signed with (resolved once, at start). */
  secret(): Promise<string>;
  /** `importBytes`: the largest health import upload (IMPORT_MAX_MB). */
  limits: { jwtTtlMinutes: number; bodyLimit: number; rateLimitPerMinute: number; importBytes: number };
  /** The user behind a token's subject. */
  user(userId: string): Promise<User>;
  tracks: TrackServices;
  /** The personal goals coach (the same services as the chat). */
  goals: GoalServices;
  /** The user's saved entries: paged, edited, deleted (open when the track system is off). */
  entries: EntryServices;
  /** The health program: profile, quiz, today's plan, progression, the calendar feed. */
  health: HealthServices;
  /** Readings, imports, readiness and plan adaptations. */
  biometrics: BiometricServices;
  screen: CrisisScreen;
  safety: SafetyTexts;
  bus: EventBus;
  freshness: Freshness;
  clock: Clock;
  log: Log;
  /** Export everything, erase everything (GDPR access and erasure). */
  dataRights: DataRights;
  /** The exercises' names for the readable export. */
  exerciseNames: ExerciseNames;
  /** The web app's sign-in: links, sessions, Telegram initData. */
  signIn: WebSignIn;
  /** Reports the memory caches' figures to `/metrics` (hits, misses, entries, bytes). */
  watchCaches?: (caches: Record<string, () => CacheStats>) => void;
  /** The most live sockets held at once, when the server caps its connections (below DEFAULT_SOCKET_LIMITS.total). */
  liveSockets?: number;
  web: {
    /** The bot's token, to check a Mini App's initData; absent without a bot. */
    botToken?: string;
    /** Session cookies carry Secure when the public URL is HTTPS. */
    secureCookies: boolean;
  };
}

/** The prepared views kept (one per person, program and language read). */
const VIEW_ENTRIES = 20_000;

export async function api(http: FastifyInstance, deps: ApiDeps): Promise<void> {
  await http.register(fastifyJwt, jwtOptions(await deps.secret(), deps.limits.jwtTtlMinutes));

  const ttl = { ttlMs: VIEW_TTL_MS, now: () => deps.clock.now().getTime() };
  // ~480 estimated bytes a user: 64 MB keeps over 130,000 of them (a rotation larger than the
  // cache misses on every request, so the budget is sized for the 100,000-user working set).
  const users = createReadCache<User>(deps.freshness, { ...ttl, maxBytes: 64 * MB });
  const { freshness } = deps;
  // A read's account, and the stamp taken for it, which serves the whole request's cached views; from
  // memory, without a promise, when they are there.
  const viewer = (id: string): FoundUser | Promise<FoundUser> => {
    const stamp = freshness.current(id);
    // Accounts keyed by their own stamp where there is one (one kind of stamp per cache).
    const account = freshness.account ? freshness.account(id) : stamp;
    const known = users.peek(id, account);
    // An undefined stamp is left out by the token check's answer (`decide`).
    if (known) return { user: known, stamp };
    return users.get(id, id, () => deps.user(id), { stamp: account }).then((user) => ({ user, stamp }));
  };
  const checkToken = createTokenChecker(http.jwt, {
    user: (id, read) => {
      if (read === 'view') return freshness.settled ? freshness.settled().then(() => viewer(id)) : viewer(id);
      // Without account stamps, the writer's own last write retired their cached account: read it.
      if (!freshness.account) return deps.user(id).then((user) => ({ user }));
      const settled = freshness.settled?.() ?? Promise.resolve();
      return settled.then(async () => {
        // Taken once the changes already received are applied.
        const stamp = freshness.account?.(id);
        return { user: await users.get(id, id, () => deps.user(id), { stamp }) };
      });
    },
  });
  // Counted in people's views, not bytes: a byte budget held ever fewer people as their histories grew
  // (64 MB filled at ~4,500 people of a hundred actions). Memory: a view is its UTF-8 JSON (~1 KB for a
  // new person, ~7 KB for one with a hundred actions and their milestones) plus its gzip once asked
  // (~1.5 KB): 20,000 views are ~40 MB for typical people and under ~180 MB if every one were that heavy.
  // A miss is cheap too (the person's kept tally, not their whole ledger), so this only saves the rest.
  const views = createReadCache<PreparedJson>(deps.freshness, {
    ...ttl,
    maxEntries: VIEW_ENTRIES,
    sizeOf: (view) => view.bytes.length + 256,
    validUntil: (view) => view.validUntil,
  });
  // Each person's zone and wake time (~100 bytes): today's health plan is keyed by the plan day they make.
  const planDays = createReadCache<PlanDayRule>(deps.freshness, { ...ttl, maxEntries: VIEW_ENTRIES });
  deps.watchCaches?.({
    tokens: checkToken.stats,
    users: users.stats,
    views: views.stats,
    plan_days: planDays.stats,
  });

  // Our own `at` claim (ms, the server's clock) lets "sign out everywhere" refuse tokens issued before it.
  const issue = (userId: string) => {
    const token = http.jwt.sign({ sub: userId, at: deps.clock.now().getTime() });
    return { token, expiresAt: new Date(http.jwt.decode<{ exp: number }>(token)!.exp * 1000) };
  };
  // Cookies only where the browser's session is read or ended: parsing and re-serialising them on every API request
  // (a hook before and one after each) cost the cached reads for nothing.
  await http.register(async (scope) => {
    await scope.register(fastifyCookie);
    await scope.register(webAuthRoutes, { signIn: deps.signIn, issue, clock: deps.clock, ...deps.web });
  });

  const hub = createHub({ bus: deps.bus, program: deps.tracks.program });
  http.addHook('onClose', async () => hub.close());
  const total = Math.min(DEFAULT_SOCKET_LIMITS.total, deps.liveSockets ?? Infinity);
  await http.register(wsRoutes, { hub, checkToken, limits: { ...DEFAULT_SOCKET_LIMITS, total } });
  // Calendar apps cannot send a token: the feed's secret URL is its key, so it sits outside the guard.
  await http.register(calendarFeedRoute, { health: deps.health });

  await http.register(async (rest) => {
    rest.addHook('onRoute', (route) => {
      route.bodyLimit ??= deps.limits.bodyLimit;
    });
    await guard(rest, { checkToken, perMinute: deps.limits.rateLimitPerMinute });
    await rest.register(trackRoutes, { tracks: deps.tracks, views });
    const screening = { safety: deps.safety, screen: deps.screen, log: deps.log };
    await rest.register(exerciseRoutes, { tracks: deps.tracks, entries: deps.entries, ...screening });
    await rest.register(entryRoutes, { entries: deps.entries, ...screening });
    await rest.register(programRoutes, { tracks: deps.tracks });
    await rest.register(goalRoutes, { goals: deps.goals, safety: deps.safety });
    await rest.register(stepRoutes, { goals: deps.goals, safety: deps.safety, tracks: deps.tracks });
    await rest.register(healthRoutes, { health: deps.health, cache: { views, planDays } });
    await rest.register(educationRoutes, { health: deps.health });
    await rest.register(trackHistoryRoute, { tracks: deps.tracks });
    await rest.register(meRoutes, { goals: deps.goals });
    await rest.register(joinedRoute, { goals: deps.goals, tracks: deps.tracks, health: deps.health });
    // The routes that end the browser's session along with what they do.
    await rest.register(async (scope) => {
      await scope.register(fastifyCookie);
      await scope.register(signOutEverywhereRoute, { signIn: deps.signIn });
      await scope.register(dataRightsRoutes, {
        dataRights: deps.dataRights,
        exerciseNames: deps.exerciseNames,
        closeSockets: (userId) => hub.disconnect(userId),
      });
    });
    await rest.register(biometricRoutes, { biometrics: deps.biometrics, importLimitBytes: deps.limits.importBytes });
  });
}
