import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { type Config, loadConfig } from '../../src/config/env.js';
import type { Log } from '../../src/core/ports.js';
import { createMetrics } from '../../src/interfaces/metrics/metrics.js';
import { type FakeOpenAI, startFakeOpenAI } from '../fakes/openai-server.js';

export interface LlmSuite {
  fake: FakeOpenAI;
  /** What was logged during the test, one JSON line per call (tests check no user text is in it). */
  lines: string[];
  log: Log;
  metrics: ReturnType<typeof createMetrics>;
  /** The config of a Stepwise that talks to the fake server. */
  config(timeoutMs?: number): Readonly<Config>;
}

/**
 * A fake OpenAI-compatible server for the enclosing describe block. Before each test: no requests,
 * no log lines, fresh metrics. After each: every scripted answer was asked for and no request went
 * unscripted.
 */
export function useFakeOpenAI(): LlmSuite {
  const record = (fields: object, message: string) => void suite.lines.push(JSON.stringify({ ...fields, m: message }));
  const suite: LlmSuite = {
    fake: undefined as unknown as FakeOpenAI,
    lines: [],
    log: { info: record, warn: record, error: record },
    metrics: createMetrics(),
    config(timeoutMs = 2000) {
      const loaded = loadConfig({
        LLM_PROVIDER: 'openai',
        LLM_BASE_URL: suite.fake.baseUrl,
        LLM_MODEL: 'test-model',
        LLM_TIMEOUT_MS: String(timeoutMs),
      });
      if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
      return loaded.config;
    },
  };
  beforeAll(async () => {
    suite.fake = await startFakeOpenAI();
  });
  afterAll(() => suite.fake.close());
  beforeEach(() => {
    suite.fake.requests.length = 0;
    suite.lines = [];
    suite.metrics = createMetrics();
  });
  afterEach(() => {
    expect(suite.fake.pending()).toBe(0);
    expect(suite.fake.unscripted()).toBe(0);
  });
  return suite;
}
