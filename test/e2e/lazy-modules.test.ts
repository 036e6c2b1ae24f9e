import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './processes.js';

const dir = mkdtempSync(join(tmpdir(), 'stepwise-modules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The drivers an app built with these settings loaded (its own process: a test worker has loaded everything). */
function loadedWith(env: Record<string, string>): { pg: boolean; openai: boolean } {
  const output = execFileSync(
    join(ROOT, 'node_modules', '.bin', 'tsx'),
    [join(ROOT, 'test', 'e2e', 'fixtures', 'modules-loaded.ts')],
    { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, ...env }, timeout: 120_000 },
  );
  return JSON.parse(output.toString()) as { pg: boolean; openai: boolean };
}

/** Each test starts an app in a process of its own, through tsx: 8–24 s on a loaded 2-core machine. */
const START_MS = 60_000;

describe('a server pays only for the drivers its settings use', { timeout: START_MS }, () => {
  it('on SQLite with the offline coach, loads neither node-postgres nor the OpenAI SDK', () => {
    expect(loadedWith({ DATABASE_URL: `sqlite:${join(dir, 'a.db')}` })).toEqual({ pg: false, openai: false });
  });

  it('loads the OpenAI SDK once a model endpoint is set', () => {
    const llm = { LLM_PROVIDER: 'openai', LLM_BASE_URL: 'http://127.0.0.1:9/v1', LLM_MODEL: 'any' };
    expect(loadedWith({ DATABASE_URL: `sqlite:${join(dir, 'b.db')}`, ...llm }).openai).toBe(true);
  });

  it.runIf(process.env.TEST_DATABASE_URL)('loads node-postgres for a PostgreSQL database', async () => {
    // A database of its own: the app migrates the one it is given.
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    const name = `stepwise_modules_${randomBytes(4).toString('hex')}`;
    await admin.connect();
    try {
      await admin.query(`create database ${name}`);
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = `/${name}`;
      expect(loadedWith({ DATABASE_URL: url.toString() }).pg).toBe(true);
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
