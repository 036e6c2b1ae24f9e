import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.js';
import { silentLog } from '../../src/core/ports.js';
import { createHttpServer } from '../../src/interfaces/http/server.js';
import { createApp } from '../../src/main/app.js';
import { finished, stepwise } from '../e2e/processes.js';
import { sharedCrisisCheck } from '../factories/safety.js';
import { sharedContent } from '../factories/app-content.js';
import { httpDeps } from '../../src/main/wire.js';

describe('npx stepwise token', { timeout: 90_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-token-'));
  const env = { DATABASE_URL: `sqlite:${join(dir, 'stepwise.db')}`, LOG_LEVEL: 'silent' };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The API of a server on the same database, as `npm start` would serve it. */
  async function askApi(token: string, extraEnv: Record<string, string> = {}) {
    const cfg = loadConfig({ ...env, ...extraEnv });
    if (!cfg.ok) throw new Error(cfg.problems.join('\n'));
    const app = await createApp(cfg.config, {
      crisisCheck: sharedCrisisCheck(),
      content: sharedContent(),
      log: silentLog,
    });
    const http = createHttpServer(httpDeps(app), false);
    try {
      const response = await http.inject({ url: '/api/programs', headers: { authorization: `Bearer ${token}` } });
      const user = await app.goals.ensureUser({ provider: 'telegram', subject: '424242', locale: 'en' });
      return {
        status: response.statusCode,
        body: response.json(),
        sub: JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).sub,
        userId: user.id,
      };
    } finally {
      await http.close();
      await app.close();
    }
  }

  it('prints a token for a Telegram user (creating them) that the API accepts', async () => {
    const run = await finished(stepwise(['token', '--telegram-id', '424242'], env, dir));
    expect(run.code).toBe(0);
    const token = run.stdout.trim();
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(run.stderr).toContain('valid for 15 min');
    const api = await askApi(token);
    expect(api.status).toBe(200);
    expect(api.body.programs[0].id).toBe('recovery');
    expect(api.sub).toBe(api.userId);
  });

  it('honours --ttl and JWT_SECRET', async () => {
    const secret = { JWT_SECRET: 'token-command-secret-0123456789abcdef' };
    const run = await finished(
      stepwise(['token', '--telegram-id', '424242', '--ttl', '60'], { ...env, ...secret }, dir),
    );
    expect(run.code).toBe(0);
    const claims = JSON.parse(Buffer.from(run.stdout.trim().split('.')[1]!, 'base64url').toString());
    expect(claims.exp - claims.iat).toBe(3600);
    expect((await askApi(run.stdout.trim(), secret)).status).toBe(200);
    // A server with another key refuses it.
    expect((await askApi(run.stdout.trim())).status).toBe(401);
  });

  it('refuses a missing or bad id with a clear message and exit code 2', async () => {
    const cases = [
      [['token'], '--telegram-id is required'],
      [['token', '--telegram-id', 'ann'], '--telegram-id: "ann" is not a Telegram user id'],
      [['token', '--telegram-id', '42', '--ttl', 'forever'], '--ttl: "forever" must be a whole number of minutes'],
    ] as const;
    const runs = await Promise.all(cases.map(([args]) => finished(stepwise([...args], env, dir))));
    for (const [i, [args, message]] of cases.entries()) {
      const run = runs[i]!;
      expect({ args, code: run.code, stdout: run.stdout }).toEqual({ args, code: 2, stdout: '' });
      expect(run.stderr).toContain(message);
      expect(run.stderr).toContain('Usage: stepwise token --telegram-id <id>');
    }
  });
});
