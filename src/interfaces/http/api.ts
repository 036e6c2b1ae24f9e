import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance } from 'fastify';
import type { App } from '../../main/app.js';
import type { User } from '../../core/goals/model.js';
import { apiSecret } from '../../services/auth/api-secret.js';
import { createReadCache } from './read-cache.js';
import { createTokenChecker } from './auth/check-token.js';
import { guard } from './auth/guard.js';
import type { PreparedJson } from './prepared-json.js';
import { jwtOptions } from './auth/jwt.js';
import { entryRoutes } from './routes/entries/entries.route.js';
import { exerciseRoutes } from './routes/exercises/exercises.route.js';
import { programRoutes } from './routes/programs/programs.route.js';
import { trackRoutes } from './routes/tracks/tracks.route.js';
import { createHub } from './ws/hub.js';
import { wsRoutes } from './ws/ws.route.js';

/** Cached reads stay at most this stale against the clock (the rules count idle days). */
const VIEW_TTL_MS = 60_000;

/**
 * `/api/*`: the JWT key (JWT_SECRET, or the one kept in the database), the WebSocket hub, and the
 * REST routes behind the guard (token → rate limit → 401) with the configured body limit. The
 * token's user and the progress view are read through caches that any write retires (SQLite; on
 * PostgreSQL every request reads the database, since other instances write too).
 */
export async function api(http: FastifyInstance, { app }: { app: App }): Promise<void> {
  const secret = await apiSecret({ configured: app.config.api.jwtSecret, settings: app.stores.settings });
  await http.register(fastifyJwt, jwtOptions(secret, app.config.api.jwtTtlMinutes));

  const ttl = { ttlMs: VIEW_TTL_MS, now: () => app.clock.now().getTime() };
  const users = createReadCache<User>(app.freshness, { ...ttl, max: 10_000 });
  const checkToken = createTokenChecker(http.jwt, { user: (id) => users.get(id, () => app.goals.user(id)) });

  const hub = createHub({ bus: app.bus, program: app.tracks.program });
  http.addHook('onClose', async () => hub.close());
  await http.register(wsRoutes, { hub, checkToken });

  await http.register(async (rest) => {
    rest.addHook('onRoute', (route) => {
      route.bodyLimit ??= app.config.api.bodyLimit;
    });
    await guard(rest, { checkToken, perMinute: app.config.api.rateLimitPerMinute });
    // A view with 100 milestones is ~20 KB of JSON: 2,000 of them stay under ~40 MB.
    await rest.register(trackRoutes, {
      tracks: app.tracks,
      views: createReadCache<PreparedJson>(app.freshness, { ...ttl, max: 2_000 }),
    });
    await rest.register(exerciseRoutes, {
      tracks: app.tracks,
      safety: app.safetyTexts,
      screen: app.screen,
      log: app.log,
    });
    for (const routes of [programRoutes, entryRoutes]) await rest.register(routes, { tracks: app.tracks });
  });
}
