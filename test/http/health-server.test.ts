import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHealthServer, createHttpServer } from '../../src/interfaces/http/server.js';
import { httpDeps } from '../../src/main/wire.js';
import { createTestApp, type TestApp } from '../factories/app.js';

const METRICS_TOKEN = 'metrics-token-0123456789';

// The health listener (HEALTH_PORT) is built from the same deps as the main server, as serve.ts builds it.
describe('the health listener answers as the main server does', () => {
  let app: TestApp;
  let main: ReturnType<typeof createHttpServer>;
  let health: ReturnType<typeof createHealthServer>;
  beforeAll(async () => {
    app = await createTestApp('sqlite', { METRICS_TOKEN });
    const deps = httpDeps(app);
    main = createHttpServer(deps, false);
    health = createHealthServer(deps, false);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([main?.close(), health?.close()]);
    await app?.dispose();
  });

  const both = async (url: string, headers: Record<string, string> = {}) => {
    const answers = await Promise.all([main.inject({ url, headers }), health.inject({ url, headers })]);
    return answers.map((answer) => ({ status: answer.statusCode, body: answer.json() as unknown }));
  };

  it('reports not ready, with the same reasons, while a migration is missing; /healthz stays 200', async () => {
    const [readyOnMain, readyOnHealth] = await both('/readyz');
    expect(readyOnHealth).toEqual(readyOnMain);
    expect(readyOnHealth!.status).toBe(200);
    const db = app.database.db;
    await sql`delete from kysely_migration where name = '0012-web-sessions'`.execute(db);
    try {
      const [onMain, onHealth] = await both('/readyz');
      expect(onHealth).toEqual(onMain);
      expect(onHealth).toMatchObject({
        status: 503,
        body: { status: 'not_ready', migrations_pending: ['0012-web-sessions'] },
      });
      expect((await both('/healthz')).map((answer) => answer.status)).toEqual([200, 200]);
    } finally {
      await sql`insert into kysely_migration (name, timestamp) values ('0012-web-sessions', ${new Date().toISOString()})`.execute(
        db,
      );
    }
  });

  it('guards /metrics with METRICS_TOKEN there too', async () => {
    expect((await both('/metrics')).map((answer) => [answer.status, (answer.body as { error: string }).error])).toEqual(
      [
        [401, 'unauthorized'],
        [401, 'unauthorized'],
      ],
    );
    const allowed = await health.inject({ url: '/metrics', headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(allowed.statusCode).toBe(200);
    expect(allowed.body).toContain('track_progress_updates_total');
  });

  it('serves no API route, document or page: 404 in the one error shape, 405 for another method on its own paths', async () => {
    for (const url of ['/api/me', '/api/tracks/progress', '/api/docs', '/'])
      expect([(await health.inject({ url })).statusCode, (await health.inject({ url })).json().error], url).toEqual([
        404,
        'not_found',
      ]);
    const posted = await health.inject({ method: 'POST', url: '/healthz' });
    expect([posted.statusCode, posted.headers.allow]).toEqual([405, 'GET, HEAD']);
  });
});
