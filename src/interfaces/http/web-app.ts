import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Hashed file names never change content: a year, immutable. Everything else is revalidated. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Paths the server owns; the app's own client-side routes are everything else. */
const SERVER_PATHS = /^\/(api|auth|metrics|healthz|readyz|telegram)(\/|$)/;

export interface WebApp {
  /** Serves `index.html` for an app route the server does not know (a deep link, a reload). */
  fallback(req: FastifyRequest, reply: FastifyReply): boolean;
}

/**
 * The dashboard and Telegram Mini App (`web/dist`, built by `npm run build:web`): hashed assets under
 * `/assets/` cached for a year, `index.html` revalidated on every load so a new release is picked up.
 * Without a build, `/` says how to make one instead of a bare 404.
 */
export async function serveWebApp(http: FastifyInstance, root: string): Promise<WebApp> {
  if (!existsSync(join(root, 'index.html'))) {
    http.get('/', async (_req, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .code(503)
        .send(
          'The Stepwise web app is not built yet: run `npm run build:web`, then reload. The API is at /api/docs.\n',
        ),
    );
    return { fallback: () => false };
  }
  await http.register(fastifyStatic, {
    root,
    prefix: '/',
    // Files are listed once at start (a build replaces the folder and the server restarts).
    wildcard: false,
    index: false,
    // The build writes `.br` and `.gz` beside each hashed asset (web/build/precompress.ts): sent as the browser
    // accepts, never compressed per request.
    preCompressed: true,
    setHeaders: (res, path) => void res.header('cache-control', path.includes('/assets/') ? IMMUTABLE : 'no-cache'),
  });
  // Kept in memory: a few KB, and the not-found path that serves deep links has no sendFile.
  const index = readFileSync(join(root, 'index.html'));
  const sendIndex = (reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(index);
  http.get('/', async (_req, reply) => sendIndex(reply));
  return {
    fallback(req, reply) {
      const path = req.url.split('?')[0]!;
      const wantsPage = (req.headers.accept ?? '').includes('text/html');
      if (!['GET', 'HEAD'].includes(req.method) || SERVER_PATHS.test(path) || !wantsPage) return false;
      void sendIndex(reply);
      return true;
    },
  };
}
