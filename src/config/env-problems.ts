import type { z } from 'zod';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** PORT's default (env.ts), to compare HEALTH_PORT with when PORT is not set. */
export const DEFAULT_PORT = 3000;

const ROLLOUT = 'expected true, false or a share of users such as 20%';

/** What each variable must be, in the words a person setting it up reads. */
const EXPECTED: Record<string, string> = {
  DATABASE_URL: 'expected a sqlite: or postgres:// URL (e.g. sqlite:./data/stepwise.db)',
  HOST: 'expected a host name or address to listen on (e.g. 127.0.0.1)',
  PORT: 'expected a whole number from 0 to 65535',
  HEALTH_PORT: 'expected a whole number from 0 to 65535, a port of its own for /healthz, /readyz and /metrics',
  HTTP_HEADERS_TIMEOUT_SECONDS: 'expected a whole number of seconds from 1 to 300',
  HTTP_REQUEST_TIMEOUT_SECONDS: 'expected a whole number of seconds from 1 to 3600',
  HTTP_KEEP_ALIVE_SECONDS: 'expected a whole number of seconds from 1 to 600',
  SHUTDOWN_GRACE_SECONDS: 'expected a whole number of seconds from 0 to 600',
  MAX_CONNECTIONS: 'expected a whole number of connections, 16 or more',
  LLM_PROVIDER: 'expected "offline" or "openai"',
  LLM_BASE_URL: 'expected a URL such as http://127.0.0.1:11434/v1',
  LLM_TIMEOUT_MS: 'expected a whole number of milliseconds from 100 to 600000',
  LOG_LEVEL: `expected one of ${LOG_LEVELS.join(', ')}`,
  DEFAULT_LOCALE: 'expected one of en, ru',
  TELEGRAM_BOT_TOKEN: 'expected a bot token from @BotFather (123456789:AA…)',
  TELEGRAM_API_ROOT: 'expected a URL such as https://api.telegram.org',
  TELEGRAM_WEBHOOK_URL: 'expected the public URL Telegram should call, e.g. https://bot.example.org/telegram/webhook',
  MULTI_TRACK_SYSTEM_ENABLED: ROLLOUT,
  AI_SUGGESTIONS_ENABLED: ROLLOUT,
  STRICT_MILESTONES: ROLLOUT,
  JWT_SECRET: 'expected at least 32 characters (e.g. openssl rand -hex 32)',
  JWT_TTL_MINUTES: 'expected a whole number of minutes from 1 to 1440 (a day)',
  RATE_LIMIT_PER_MINUTE: 'expected a whole number: 0 (off) or more',
  API_BODY_LIMIT: 'expected a whole number of bytes from 1024 to 10485760 (10 MB)',
  METRICS_TOKEN: 'expected at least 16 characters',
  IMPORT_MAX_MB: 'expected a whole number of MB from 1 to 16384',
  IMPORT_CONCURRENCY: 'expected a whole number from 1 to 64',
  EXPORT_CONCURRENCY: 'expected a whole number from 1 to 64',
  NUDGE_INTERVAL_MINUTES: 'expected a whole number of minutes: 0 (off) or more',
  JOB_TIMEOUT_SECONDS: 'expected a whole number of seconds from 5 to 3600',
  DATABASE_POOL_SIZE: 'expected a whole number from 1 to 500',
  DATABASE_PREPARED_STATEMENTS: 'expected on or off',
  TELEGRAM_WEBHOOK_SECRET: 'expected 16–256 characters of A–Z, a–z, 0–9, _ and -',
  TRUST_PROXY: 'expected true, a number of proxy hops, or the proxies’ addresses (e.g. 127.0.0.1)',
  PUBLIC_URL: 'expected the address people open Stepwise at, e.g. https://coach.example.org',
};

/**
 * Never echoed back: the problems are printed to a terminal and often to a service log. A
 * database URL may carry a password.
 */
const SECRET = new Set([
  'DATABASE_URL',
  'LLM_API_KEY',
  'TELEGRAM_BOT_TOKEN',
  'JWT_SECRET',
  'METRICS_TOKEN',
  'TELEGRAM_WEBHOOK_SECRET',
]);

/** What was set, quoted and shortened, so a typo is easy to spot. */
const got = (name: string, raw: string | undefined) => {
  if (raw === undefined || SECRET.has(name)) return '';
  const shown = raw.length > 40 ? `${raw.slice(0, 39)}…` : raw;
  return ` (got "${shown}")`;
};

/** One line per malformed variable: `PORT: expected a whole number from 0 to 65535 (got "abc")`. */
export function fieldProblems(issues: readonly z.core.$ZodIssue[], env: Record<string, string | undefined>): string[] {
  const names = [...new Set(issues.map((issue) => String(issue.path[0] ?? '')))];
  return names.map((name) =>
    name && EXPECTED[name]
      ? `${name}: ${EXPECTED[name]}${got(name, env[name])}`
      : `${name || 'environment'}: ${issues.find((issue) => String(issue.path[0] ?? '') === name)?.message}`,
  );
}

const isSet = (env: Record<string, string | undefined>, name: string) => Boolean(env[name]?.trim());

/** Variables that only make sense together, judged on what was set (whatever else is wrong). */
export function missingTogether(env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  if (isSet(env, 'TELEGRAM_WEBHOOK_URL')) {
    if (!isSet(env, 'TELEGRAM_WEBHOOK_SECRET'))
      problems.push(
        'TELEGRAM_WEBHOOK_SECRET: required with TELEGRAM_WEBHOOK_URL, so only Telegram can call the webhook',
      );
    if (!isSet(env, 'TELEGRAM_BOT_TOKEN'))
      problems.push('TELEGRAM_BOT_TOKEN: required with TELEGRAM_WEBHOOK_URL (the bot the webhook is for)');
  }
  // Both on one port would fail at listen with "the port is taken": said here, with the other problems.
  const healthPort = env.HEALTH_PORT?.trim();
  if (healthPort && healthPort !== '0' && Number(healthPort) === Number(env.PORT?.trim() || DEFAULT_PORT))
    problems.push(
      `HEALTH_PORT: must differ from PORT (${Number(healthPort)}); the health listener needs a port of its own`,
    );
  if (env.LLM_PROVIDER?.trim() === 'openai') {
    if (!isSet(env, 'LLM_BASE_URL'))
      problems.push(
        'LLM_BASE_URL: required when LLM_PROVIDER=openai (e.g. https://api.openai.com/v1 or http://127.0.0.1:11434/v1)',
      );
    if (!isSet(env, 'LLM_MODEL'))
      problems.push('LLM_MODEL: required when LLM_PROVIDER=openai (e.g. gpt-4o-mini or llama3.1)');
  }
  return problems;
}
