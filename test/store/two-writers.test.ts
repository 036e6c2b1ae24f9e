import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.js';
import { silentLog } from '../../src/core/ports.js';
import { createHttpServer } from '../../src/interfaces/http/server.js';
import { createApp } from '../../src/main/app.js';
import { httpDeps } from '../../src/main/wire.js';
import { apiSecret } from '../../src/services/auth/api-secret.js';
import { craftJwt, inMinutes } from '../http/api-harness.js';
import { finished, ROOT, waitFor } from '../e2e/processes.js';

/** How long the other process writes: about as long as the API's 1,000 writes take (a few seconds each side). */
const HAMMER_MS = 15_000;

describe('two processes writing to one SQLite file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-two-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('never answers 5xx: write transactions take the lock first and wait their turn', async () => {
    const file = join(dir, 'shared.db');
    const config = loadConfig({ DATABASE_URL: `sqlite:${file}`, LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0' });
    if (!config.ok) throw new Error(config.problems.join('\n'));
    // What the server logged as errors (codes and events, never texts): the reason if a 5xx slips through.
    const errors: unknown[] = [];
    const log = { ...silentLog, error: (fields: unknown) => void errors.push(fields) };
    const app = await createApp(config.config, { log });
    const http = createHttpServer(httpDeps(app), false);
    await http.ready();
    const user = await app.goals.ensureUser({ provider: 'telegram', subject: '7001', locale: 'en' });
    await app.tracks.enroll(user.id, 'recovery');
    const secret = await apiSecret({ settings: app.stores.settings });
    const token = craftJwt({ alg: 'HS256' }, { sub: user.id, iat: inMinutes(0), exp: inMinutes(15) }, secret);

    const other = spawn(
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      [join(ROOT, 'test/store/hammer-writer.ts'), file, String(HAMMER_MS)],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const done = finished(other);
    await waitFor(other, /ready/, 60_000);
    // 1,000 mixed writes through the API (switching the focus, recording actions) while the other
    // process records actions and switches its own focus as fast as it can.
    const statuses: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const response =
        i % 2 === 0
          ? await http.inject({
              method: 'POST',
              url: '/api/tracks/set-primary',
              headers: { authorization: `Bearer ${token}` },
              payload: { track: i % 4 === 0 ? 'child_connection' : 'self_work' },
            })
          : await http.inject({
              method: 'POST',
              url: '/api/tracks/actions',
              headers: { authorization: `Bearer ${token}` },
              payload: { action_type: 'support_group_attended', source_id: `api-${i}` },
            });
      statuses.push(response.statusCode);
    }
    const result = await done;
    await http.close();
    await app.close();
    const hammer = JSON.parse(result.stdout.trim().split('\n').at(-1)!);
    expect(hammer.written).toBeGreaterThan(20); // the other process really was writing meanwhile
    expect(hammer.failed).toBe(0);
    expect(
      statuses.filter((status) => status >= 500),
      JSON.stringify(errors),
    ).toEqual([]);
  }, 120_000);
});
