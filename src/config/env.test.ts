import { describe, expect, it } from 'vitest';
import { loadConfig } from './env.js';

describe('configuration', () => {
  it('runs on embedded defaults with no environment at all', () => {
    const configResult = loadConfig({});
    expect(configResult.ok && configResult.config).toMatchObject({
      database: { url: 'sqlite:./data/stepwise.db', poolSize: 10 },
      http: { host: '127.0.0.1', port: 3000 },
      llm: { provider: 'offline', timeoutMs: 20000 },
      defaultLocale: 'en',
    });
  });

  it('reports every problem at once, each with its variable, what it expects and what was set', () => {
    const configResult = loadConfig({
      DATABASE_URL: 'mysql://admin:hunter2@db',
      PORT: 'eighty',
      LLM_PROVIDER: 'gpt4',
      DEFAULT_LOCALE: 'de',
    });
    expect(configResult.ok).toBe(false);
    expect(!configResult.ok && configResult.problems).toEqual([
      'DATABASE_URL: expected a sqlite: or postgres:// URL (e.g. sqlite:./data/stepwise.db)',
      'PORT: expected a whole number from 0 to 65535 (got "eighty")',
      'LLM_PROVIDER: expected "offline" or "openai" (got "gpt4")',
      'DEFAULT_LOCALE: expected one of en, ru (got "de")',
    ]);
  });

  it('names a malformed variable and the ones a choice needs in the same run', () => {
    // Issue 17: `PORT=abc LLM_PROVIDER=openai` named PORT only; the rest came on the next run.
    const configResult = loadConfig({ PORT: 'abc', LLM_PROVIDER: 'openai' });
    expect(!configResult.ok && configResult.problems).toEqual([
      'PORT: expected a whole number from 0 to 65535 (got "abc")',
      'LLM_BASE_URL: required when LLM_PROVIDER=openai (e.g. https://api.openai.com/v1 or http://127.0.0.1:11434/v1)',
      'LLM_MODEL: required when LLM_PROVIDER=openai (e.g. gpt-4o-mini or llama3.1)',
    ]);
    const webhook = loadConfig({ JWT_TTL_MINUTES: '0', TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/hook' });
    expect(!webhook.ok && webhook.problems.map((problem) => problem.split(':')[0])).toEqual([
      'JWT_TTL_MINUTES',
      'TELEGRAM_WEBHOOK_SECRET',
      'TELEGRAM_BOT_TOKEN',
    ]);
  });

  it('never echoes a secret or a database URL back', () => {
    const configResult = loadConfig({
      DATABASE_URL: 'mysql://admin:hunter2@db',
      JWT_SECRET: 'short-secret',
      METRICS_TOKEN: 'tiny',
      TELEGRAM_BOT_TOKEN: 'not-a-token',
      TELEGRAM_WEBHOOK_SECRET: 'bad secret!',
    });
    const printed = !configResult.ok ? configResult.problems.join('\n') : '';
    expect(printed.split('\n')).toHaveLength(5);
    for (const secret of ['hunter2', 'short-secret', 'tiny', 'not-a-token', 'bad secret!'])
      expect(printed).not.toContain(secret);
    expect(printed).toContain('JWT_SECRET: expected at least 32 characters');
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

  it('takes the PostgreSQL pool size from DATABASE_POOL_SIZE, and refuses one that cannot work', () => {
    const sized = loadConfig({ DATABASE_URL: 'postgres://db/stepwise', DATABASE_POOL_SIZE: '24' });
    expect(sized.ok && sized.config.database).toEqual({
      url: 'postgres://db/stepwise',
      poolSize: 24,
      preparedStatements: true,
    });
    const unnamed = loadConfig({ DATABASE_URL: 'postgres://db/stepwise', DATABASE_PREPARED_STATEMENTS: 'off' });
    expect(unnamed.ok && unnamed.config.database.preparedStatements).toBe(false);
    const unclear = loadConfig({ DATABASE_PREPARED_STATEMENTS: 'maybe' });
    expect(!unclear.ok && unclear.problems).toEqual(['DATABASE_PREPARED_STATEMENTS: expected on or off (got "maybe")']);
    const none = loadConfig({ DATABASE_POOL_SIZE: '0', JOB_TIMEOUT_SECONDS: '1' });
    expect(!none.ok && none.problems).toEqual([
      'DATABASE_POOL_SIZE: expected a whole number from 1 to 500 (got "0")',
      'JOB_TIMEOUT_SECONDS: expected a whole number of seconds from 5 to 3600 (got "1")',
    ]);
  });

  it('takes HEALTH_PORT as a listener of its own (off when unset), never on PORT', () => {
    const off = loadConfig({});
    expect(off.ok && off.config.http.healthPort).toBeUndefined();
    const on = loadConfig({ PORT: '8080', HEALTH_PORT: '9100' });
    expect(on.ok && on.config.http).toMatchObject({ port: 8080, healthPort: 9100 });
    const picked = loadConfig({ PORT: '0', HEALTH_PORT: '0' });
    expect(picked.ok && picked.config.http.healthPort).toBe(0);
    const clashes = [loadConfig({ HEALTH_PORT: '3000' }), loadConfig({ PORT: '8080', HEALTH_PORT: '8080' })];
    expect(clashes.map((clash) => !clash.ok && clash.problems)).toEqual([
      ['HEALTH_PORT: must differ from PORT (3000); the health listener needs a port of its own'],
      ['HEALTH_PORT: must differ from PORT (8080); the health listener needs a port of its own'],
    ]);
    const malformed = loadConfig({ HEALTH_PORT: '70000' });
    expect(!malformed.ok && malformed.problems).toEqual([
      'HEALTH_PORT: expected a whole number from 0 to 65535, a port of its own for /healthz, /readyz and /metrics (got "70000")',
    ]);
  });
});
