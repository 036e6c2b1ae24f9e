import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance } from 'fastify';
import type { App } from '../../main/app.js';
import { apiSecret } from '../../services/api-secret.js';
import { guard } from './auth/guard.js';
import { jwtOptions } from './auth/jwt.js';
import { entryRoutes } from './routes/entries/entries.route.js';
import { exerciseRoutes } from './routes/exercises/exercises.route.js';
import { programRoutes } from './routes/programs/programs.route.js';
import { trackRoutes } from './routes/tracks/tracks.route.js';
import { createHub } from './ws/hub.js';
import { wsRoutes } from './ws/ws.route.js';

/**
 * `/api/*`: the JWT key (JWT_SECRET, or the one kept in the database), the WebSocket hub, and the
 * REST routes behind the guard (token → rate limit → 401) with the configured body limit.
 */
export async function api(http: FastifyInstance, { app }: { app: App }): Promise<void> {
  const secret = await apiSecret({ configured: app.config.api.jwtSecret, settings: app.stores.settings });
  await http.register(fastifyJwt, jwtOptions(secret, app.config.api.jwtTtlMinutes));

  const hub = createHub({ bus: app.bus, program: app.tracks.program });
  http.addHook('onClose', async () => hub.close());
  await http.register(wsRoutes, { hub, goals: app.goals });

  await http.register(async (rest) => {
    rest.addHook('onRoute', (route) => {
      route.bodyLimit ??= app.config.api.bodyLimit;
    });
    await guard(rest, { goals: app.goals, perMinute: app.config.api.rateLimitPerMinute });
    for (const routes of [trackRoutes, programRoutes, exerciseRoutes, entryRoutes]) await rest.register(routes, { tracks: app.tracks });
  });
}
