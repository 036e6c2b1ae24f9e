import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/interfaces/http/server.js';
import { createTestApp, type TestApp } from '../factories/app.js';
import { httpDeps } from '../../src/main/wire.js';

const METRICS_TOKEN = 'metrics-token-0123456789';

describe('/healthz, /metrics and the OpenAPI document', () => {
  let app: TestApp | undefined;
  let http: ReturnType<typeof createHttpServer> | undefined;
  afterEach(async () => {
    await http?.close();
    await app?.dispose();
    http = app = undefined;
  });
  const start = async (env: Record<string, string> = {}) => {
    app = await createTestApp('sqlite', env);
    http = createHttpServer(httpDeps(app), false);
    return http;
  };

  it('serves /metrics to anyone when METRICS_TOKEN is not set', async () => {
    const server = await start();
    const response = await server.inject({ url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('track_progress_updates_total');
    expect((await server.inject({ url: '/healthz' })).json()).toEqual({
      status: 'ok',
      database: 'sqlite',
      coach: 'offline',
    });
  });

  it('serves /metrics only with Authorization: Bearer <METRICS_TOKEN> when it is set', async () => {
    const server = await start({ METRICS_TOKEN });
    for (const authorization of [
      undefined,
      'Bearer wrong-token-0123456789',
      METRICS_TOKEN,
      `Bearer ${METRICS_TOKEN}x`,
    ]) {
      const response = await server.inject({
        url: '/metrics',
        headers: authorization ? { authorization } : {},
      });
      expect([response.statusCode, response.json().error]).toEqual([401, 'unauthorized']);
    }
    const ok = await server.inject({ url: '/metrics', headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-type']).toContain('text/plain');
    expect((await server.inject({ url: '/healthz' })).statusCode).toBe(200);
  });

  it('documents every route at /api/docs and /api/docs/openapi.json', async () => {
    app = await createTestApp('sqlite');
    const server = (http = createHttpServer(httpDeps(app), false));
    // Added before the plugins load (synchronously after creating the server): it sees every route.
    const routes: string[] = [];
    server.addHook('onRoute', (route) => {
      const methods = ([] as string[]).concat(route.method).filter((verb) => verb !== 'HEAD');
      // The web app's files (/, /assets/…) are not the API: only the API's own paths are documented.
      if (!route.url.startsWith('/api/docs') && /^\/(api\/|healthz$|readyz$|metrics$|auth\/)/.test(route.url))
        for (const method of methods) routes.push(`${method} ${route.url.replace(/:(\w+)/g, '{$1}')}`);
    });
    const docs = await server.inject({ url: '/api/docs' });
    expect(docs.statusCode).toBe(200);
    const doc = docs.json();
    expect(doc.openapi).toBe('3.1.0');
    expect((await server.inject({ url: '/api/docs/openapi.json' })).json()).toEqual(doc);

    const documented = Object.entries(doc.paths as Record<string, object>).flatMap(([path, ops]) =>
      Object.keys(ops).map((text) => `${text.toUpperCase()} ${path}`),
    );
    expect(routes.length).toBeGreaterThan(10);
    expect(documented.sort()).toEqual(routes.sort());
    expect(routes).toEqual(
      expect.arrayContaining([
        'GET /api/tracks/progress',
        'POST /api/tracks/actions',
        'POST /api/programs/{id}/enroll',
        'DELETE /api/entries/{id}',
        'GET /api/ws',
        'GET /metrics',
      ]),
    );

    const actions = doc.paths['/api/tracks/actions'].post;
    expect(actions.security).toEqual([{ bearerAuth: [] }]);
    expect(actions.requestBody.content['application/json'].schema).toMatchObject({
      required: ['action_type'],
      additionalProperties: false,
    });
    expect(doc.components.securitySchemes.bearerAuth).toEqual({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  });
});
