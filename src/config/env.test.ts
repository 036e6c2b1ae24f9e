import { describe, expect, it } from 'vitest';
import { loadConfig } from './env.js';

describe('configuration', () => {
  it('runs on embedded defaults with no environment at all', () => {
    const configResult = loadConfig({});
    expect(configResult.ok && configResult.config).toMatchObject({
      database: { url: 'sqlite:./data/stepwise.db' },
      http: { host: '127.0.0.1', port: 3000 },
      llm: { provider: 'offline', timeoutMs: 20000 },
      defaultLocale: 'en',
    });
  });

  it('reports every problem at once, each with its variable, in plain words', () => {
    const configResult = loadConfig({
      DATABASE_URL: 'mysql://x',
      PORT: 'eighty',
      LLM_PROVIDER: 'gpt4',
      DEFAULT_LOCALE: 'de',
    });
    expect(configResult.ok).toBe(false);
    expect(!configResult.ok && configResult.problems).toEqual([
      'DATABASE_URL: only sqlite: and postgres:// URLs are supported',
      'PORT: must be a number',
      'LLM_PROVIDER: must be "offline" or "openai"',
      'DEFAULT_LOCALE: must be one of en, ru',
    ]);
  });

  it('asks for the endpoint and the model when an OpenAI-compatible coach is chosen', () => {
    const configResult = loadConfig({ LLM_PROVIDER: 'openai' });
    expect(!configResult.ok && configResult.problems.map((problem) => problem.split(':')[0])).toEqual([
      'LLM_BASE_URL',
      'LLM_MODEL',
    ]);
    const ok = loadConfig({
      LLM_PROVIDER: 'openai',
      LLM_BASE_URL: 'http://127.0.0.1:11434/v1',
      LLM_MODEL: 'llama3.1',
      LLM_TIMEOUT_MS: '5000',
    });
    expect(ok.ok && ok.config.llm).toMatchObject({ provider: 'openai', model: 'llama3.1', timeoutMs: 5000 });
  });

  it('hands down a frozen config', () => {
    const configResult = loadConfig({ PORT: '8080' });
    if (!configResult.ok) throw new Error('expected a config');
    expect(Object.isFrozen(configResult.config) && Object.isFrozen(configResult.config.http)).toBe(true);
    expect(() => ((configResult.config.http as { port: number }).port = 1)).toThrow(TypeError);
  });
});
