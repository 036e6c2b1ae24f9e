import { afterEach, beforeEach, expect } from 'vitest';
import { createLlmCoach } from '../../src/coach/llm/llm-coach.js';
import { createDangerLead } from '../../src/coach/offline/danger-lead.js';
import { createReasonReader } from '../../src/coach/reasons/reason-reader.js';
import { type Config, loadConfig } from '../../src/config/env.js';
import type { Coach } from '../../src/core/goals/coach.port.js';
import type { Log } from '../../src/core/ports.js';
import { createMetrics } from '../../src/interfaces/metrics/metrics.js';
import { type FakeOpenAI, startFakeOpenAI } from '../fakes/openai-server.js';
import { sharedContent } from './app-content.js';

export interface LlmSuite {
  fake: FakeOpenAI;
  /** What was logged during the test, one JSON line per call (tests check no user text is in it). */
  lines: string[];
  log: Log;
  metrics: ReturnType<typeof createMetrics>;
  /** The environment of a Stepwise that talks to the fake server (for `createTestApp`), `extra` added. */
  env(extra?: Record<string, string>): Record<string, string>;
  /** The config of a Stepwise that talks to the fake server. */
  config(timeoutMs?: number): Readonly<Config>;
  /**
   * The LLM coach over the fake server as the app builds it: the shipped offline coach as its fallback, the same
   * reader of reasons, and (with `dangers`) the hazards' safety steps and rules.
   */
  coach(options?: { timeoutMs?: number; dangers?: boolean }): Coach;
}

/**
 * A fake OpenAI-compatible server for each test of the enclosing describe block, and what talks to it (a coach, an
 * app's env, a config). Before each test: a fresh server, no log lines, fresh metrics. After each: every scripted
 * answer was asked for and no request went unscripted. The one way a test starts the fake. `coach` builds over the shipped content, loaded
 * as the describe block is collected (outside any test's time limit) when `{ coach: true }` is given.
 */
export function useFakeOpenAI({ coach = false }: { coach?: boolean } = {}): LlmSuite {
  const content = coach ? sharedContent() : undefined;
  const record = (fields: object, message: string) => void suite.lines.push(JSON.stringify({ ...fields, m: message }));
  const suite: LlmSuite = {
    fake: undefined as unknown as FakeOpenAI,
    lines: [],
    log: { info: record, warn: record, error: record },
    metrics: createMetrics(),
    env: (extra = {}) => ({
      LLM_PROVIDER: 'openai',
      LLM_BASE_URL: suite.fake.baseUrl,
      LLM_MODEL: 'test-model',
      LLM_TIMEOUT_MS: '2000',
      ...extra,
    }),
    config(timeoutMs = 2000) {
      const loaded = loadConfig(suite.env({ LLM_TIMEOUT_MS: String(timeoutMs) }));
      if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
      return loaded.config;
    },
    coach({ timeoutMs = 2000, dangers = false } = {}) {
      if (!content) throw new Error('useFakeOpenAI({ coach: true }) loads the content a coach needs');
      const { pack, offlineCoach } = content;
      return createLlmCoach({
        baseUrl: suite.fake.baseUrl,
        model: 'test-model',
        timeoutMs,
        fallback: offlineCoach,
        constraints: createReasonReader(pack.rephrase).constraints,
        ...(dangers && { dangers: createDangerLead(pack) }),
        counters: suite.metrics,
        log: suite.log,
      });
    },
  };
  // A server per test: a request left hanging or a reply left unasked for never reaches the next test.
  beforeEach(async () => {
    suite.fake = await startFakeOpenAI();
    suite.lines = [];
    suite.metrics = createMetrics();
  });
  afterEach(async () => {
    try {
      expect(suite.fake.pending()).toBe(0);
      expect(suite.fake.unscripted()).toBe(0);
    } finally {
      await suite.fake.close();
    }
  });
  return suite;
}
