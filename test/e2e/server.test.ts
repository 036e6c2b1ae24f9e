import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { finished, stepwise, waitFor } from './processes.js';

describe('npm start (the Stepwise server)', { timeout: 90_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-serve-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('migrates, serves /healthz, says where it listens, and stops cleanly on SIGTERM', async () => {
    const child = stepwise(['serve'], { PORT: '0', LOG_LEVEL: 'silent' }, dir);
    const done = finished(child);
    const banner = await waitFor(child, /interfaces.*\n/);
    expect(banner).toContain('SQLite ./data/stepwise.db');
    expect(banner).toContain('offline coach');
    const port = /http:\/\/127\.0\.0\.1:(\d+)/.exec(banner)![1];
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', database: 'sqlite', coach: 'offline' });
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toContain('stepwise_coach_fallback_total');
    child.kill('SIGTERM');
    const result = await done;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Stepwise stopped.');
  });

  it('refuses a bad configuration with every problem in plain words', async () => {
    const result = await finished(stepwise(['serve'], { DATABASE_URL: 'mysql://x', PORT: 'abc' }, dir));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('DATABASE_URL: expected a sqlite: or postgres:// URL');
    expect(result.stderr).toContain('PORT: expected a whole number from 0 to 65535 (got "abc")');
  });
});
