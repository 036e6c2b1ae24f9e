import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.js';
import { silentLog } from '../../src/core/ports.js';
import { createHttpServer } from '../../src/interfaces/http/server.js';
import { createApp } from '../../src/main/app.js';
import { httpDeps } from '../../src/main/wire.js';
import { finished, stepwise } from '../e2e/processes.js';
import { sharedCrisisCheck } from '../factories/safety.js';
import { sharedContent } from '../factories/app-content.js';

describe('npx stepwise token --local (the terminal user opens the API too)', { timeout: 90_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-token-local-'));
  const env = { DATABASE_URL: `sqlite:${join(dir, 'stepwise.db')}`, LOG_LEVEL: 'silent' };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Two processes and an app: slower than one request on a busy machine.
  it('prints a short-lived token for the same user the terminal chat talks as', { timeout: 60_000 }, async () => {
    const chat = stepwise(['chat'], env, dir);
    chat.stdin!.end('/recovery\n/switch_track negotiation\n');
    expect((await finished(chat)).code).toBe(0);

    const run = await finished(stepwise(['token', '--local'], env, dir));
    expect(run.code).toBe(0);
    const token = run.stdout.trim();
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(run.stderr).toContain(`A token for the terminal user ${userInfo().username}`);
    expect(run.stderr).toContain('valid for 15 min');

    const cfg = loadConfig(env);
    if (!cfg.ok) throw new Error(cfg.problems.join('\n'));
    const app = await createApp(cfg.config, {
      crisisCheck: sharedCrisisCheck(),
      content: sharedContent(),
      log: silentLog,
    });
    const http = createHttpServer(httpDeps(app), false);
    try {
      const response = await http.inject({
        url: '/api/tracks/progress',
        headers: { authorization: `Bearer ${token}` },
      });
      // The focus chosen in the terminal is what the API shows for this token.
      expect(response.statusCode).toBe(200);
      expect(response.json().primary_track).toBe('negotiation');
    } finally {
      await http.close();
      await app.close();
    }
  });

  it('refuses --local together with --telegram-id', async () => {
    const run = await finished(stepwise(['token', '--local', '--telegram-id', '42'], env, dir));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('give either --telegram-id or --local, not both');
    expect(run.stderr).toContain('stepwise token --local [--ttl <minutes>]');
  });
});
