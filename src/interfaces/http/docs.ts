import type { SwaggerOptions } from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { wsOperation } from './ws/ws.route.js';

const DOCUMENTED = /^\/(api\/|healthz$|readyz$|metrics$|auth\/)/;

/**
 * @fastify/swagger's options: the OpenAPI document, built from the routes' zod schemas. Register it
 * on the root before any route (it collects them as they are added). Routes outside the API (the
 * Telegram webhook) are left out.
 */
export function openApiOptions(version: string): SwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Stepwise API',
        version,
        description:
          'Your goals (one step at a time: the plan stays hidden, only finished steps are shown), tracks, exercises and entries. ' +
          'Every /api route needs `Authorization: Bearer <JWT>` (get one with `npx stepwise token --telegram-id <id>`, or `--local` for the terminal user). ' +
          'Errors are always `{"error": "<code>", "message": "<what is wrong>"}`; a server past its load answers 503 `overloaded` with `Retry-After` at once (try again then). Live updates: GET /api/ws (WebSocket; first message `{"type":"auth","token":"<JWT>"}`).',
      },
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
          metricsToken: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transformObject: (doc) =>
      'openapiObject' in doc
        ? { ...doc.openapiObject, paths: { ...doc.openapiObject.paths, '/api/ws': wsOperation } }
        : doc.swaggerObject,
    transform: (doc) =>
      DOCUMENTED.test(doc.url) ? jsonSchemaTransform(doc) : { schema: { ...doc.schema, hide: true }, url: doc.url },
  };
}

/** `GET /api/docs` and `GET /api/docs/openapi.json`: the document itself (no UI bundled). */
export async function docsRoutes(http: FastifyInstance): Promise<void> {
  const document = () => http.swagger();
  http.get('/api/docs', { schema: { hide: true } }, async () => document());
  http.get('/api/docs/openapi.json', { schema: { hide: true } }, async () => document());
}
