import { z } from 'zod';
import type { FlagRollout } from '../core/flags.js';
import { LOCALES } from '../core/goals/model.js';
import { DEFAULT_PORT, fieldProblems, LOG_LEVELS, missingTogether } from './env-problems.js';

/** A feature flag: true/false (on/off, 1/0) or a rollout share such as `20%`. */
const Rollout = z
  .string()
  .trim()
  .toLowerCase()
  .transform((value, ctx) => {
    if (['true', 'on', 'yes', '1'].includes(value)) return 100;
    if (['false', 'off', 'no', '0'].includes(value)) return 0;
    const match = /^(\d{1,3})\s*%$/.exec(value);
    if (match && Number(match[1]) <= 100) return Number(match[1]);
    ctx.addIssue({ code: 'custom', message: 'not a flag' });
    return z.NEVER;
  });

const optionalText = z
  .string()
  .trim()
  .transform((text) => (text === '' ? undefined : text))
  .optional();

const wholeNumber = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const DATA_KEY_FORMAT = '32 random bytes as base64 or 64 hex digits (e.g. openssl rand -base64 32)';

/** A data key as 32 bytes in base64, or undefined when it is not 64 hex digits or base64 of 32 bytes. */
function dataKeyOf(text: string): string | undefined {
  if (/^[0-9a-fA-F]{64}$/.test(text)) return Buffer.from(text, 'hex').toString('base64');
  if (!/^[A-Za-z0-9+/_-]{43}=?$/.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  return bytes.length === 32 ? bytes.toString('base64') : undefined;
}

/** DATA_KEY: the key new texts are sealed under. The message never quotes the value: it is a secret. */
const DataKey = z.string().transform((text, ctx) => {
  const key = dataKeyOf(text);
  if (key === undefined) ctx.addIssue({ code: 'custom', message: `expected ${DATA_KEY_FORMAT}` });
  return key ?? z.NEVER;
});

/** DATA_KEY_PREVIOUS: older keys, comma-separated, whose sealed texts still open (for rotation). */
const DataKeys = z.string().transform((text, ctx) => {
  const keys = text.split(',').map((part) => part.trim());
  const bad = keys.flatMap((key, index) => (dataKeyOf(key) === undefined ? [index + 1] : []));
  if (bad.length > 0)
    ctx.addIssue({
      code: 'custom',
      message: `expected comma-separated keys, each ${DATA_KEY_FORMAT}; key ${bad.join(', ')} is not`,
    });
  return bad.length > 0 ? z.NEVER : keys.map((key) => dataKeyOf(key)!);
});

/**
 * The environment Stepwise reads. Defaults give a working laptop install with no setup. Each
 * variable's checks only decide pass or fail; what a person reads is in `EXPECTED` (env-problems.ts).
 */
const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .default('sqlite:./data/stepwise.db')
    .refine((value) => value.startsWith('sqlite:') || /^postgres(ql)?:\/\/.+/.test(value)),
  /** PostgreSQL: connections each instance keeps open (the server's max_connections is shared by all). */
  DATABASE_POOL_SIZE: wholeNumber(1, 500).default(10),
  /** PostgreSQL: named statements (off behind a transaction-mode pooler older than PgBouncer 1.21). */
  DATABASE_PREPARED_STATEMENTS: z.enum(['on', 'off']).default('on'),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  PORT: wholeNumber(0, 65535).default(DEFAULT_PORT),
  /** A listener of its own, on HOST, for /healthz, /readyz and /metrics only (never shed); unset: none. */
  HEALTH_PORT: wholeNumber(0, 65535).optional(),
  /** A client's request line and headers must arrive within this; a silent connection is closed after it. */
  HTTP_HEADERS_TIMEOUT_SECONDS: wholeNumber(1, 300).default(10),
  /** A whole request within this, unless its body keeps arriving at 1 KB/s or more (a long import). */
  HTTP_REQUEST_TIMEOUT_SECONDS: wholeNumber(1, 3600).default(30),
  /** An idle keep-alive connection is closed after this (above a load balancer's own idle timeout when behind one). */
  HTTP_KEEP_ALIVE_SECONDS: wholeNumber(1, 600).default(5),
  /** On SIGTERM, requests in flight get this long to finish before every connection left is closed. */
  SHUTDOWN_GRACE_SECONDS: wholeNumber(0, 600).default(10),
  /** The most connections held at once; unset: the open-files limit less a reserve (docs/deploy.md). */
  MAX_CONNECTIONS: wholeNumber(16, 10_000_000).optional(),
  /** Requests answered at once; past it a new one gets 503 `overloaded` with Retry-After (0: no bound). */
  HTTP_MAX_IN_FLIGHT: wholeNumber(0, 1_000_000).default(64),
  /** While the event loop lags by more than this (ms, mean over half a second), new requests get 503 `overloaded` (0: off). */
  HTTP_MAX_EVENT_LOOP_DELAY_MS: wholeNumber(0, 60_000).default(0),
  LLM_PROVIDER: z.enum(['offline', 'openai']).default('offline'),
  LLM_BASE_URL: optionalText.pipe(z.url().optional()),
  LLM_API_KEY: optionalText,
  LLM_MODEL: optionalText,
  LLM_TIMEOUT_MS: wholeNumber(100, 600_000).default(20_000),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  DEFAULT_LOCALE: z.enum(LOCALES).default('en'),
  /** A file with the crisis help text per deployment (YAML with `en:` and `ru:`). */
  SAFETY_RESOURCES_FILE: optionalText,
  TELEGRAM_BOT_TOKEN: optionalText.pipe(
    z
      .string()
      .regex(/^\d+:[\w-]{20,}$/)
      .optional(),
  ),
  TELEGRAM_API_ROOT: z.url().default('https://api.telegram.org'),
  TELEGRAM_WEBHOOK_URL: optionalText.pipe(z.url().optional()),
  MULTI_TRACK_SYSTEM_ENABLED: Rollout.default(100),
  AI_SUGGESTIONS_ENABLED: Rollout.default(100),
  STRICT_MILESTONES: Rollout.default(100),
  /** HS256 key for API tokens; when unset, one is generated once and kept in the database. */
  JWT_SECRET: optionalText.pipe(z.string().min(32).optional()),
  JWT_TTL_MINUTES: wholeNumber(1, 24 * 60).default(15),
  RATE_LIMIT_PER_MINUTE: wholeNumber(0, Number.MAX_SAFE_INTEGER).default(120),
  API_BODY_LIMIT: wholeNumber(1024, 10 * 1024 * 1024).default(64 * 1024),
  METRICS_TOKEN: optionalText.pipe(z.string().min(16).optional()),
  /**
   * The largest health import upload, in MB. An Apple Health export.zip of years of Watch data is
   * hundreds of MB to ~2 GB (its XML inside, 5–10× that, is streamed, never unpacked); the formats
   * read whole have their own, smaller limits (src/imports/health/limits.ts).
   */
  IMPORT_MAX_MB: wholeNumber(1, 16 * 1024).default(2048),
  /** Imports read at once by this instance (each is a temp file and a parse): one per person, this many in all. */
  IMPORT_CONCURRENCY: wholeNumber(1, 64).default(2),
  /** Exports built at once by this instance (each holds a person's rows and their text): one per person. */
  EXPORT_CONCURRENCY: wholeNumber(1, 64).default(2),
  NUDGE_INTERVAL_MINUTES: wholeNumber(0, Number.MAX_SAFE_INTEGER).default(60),
  /**
   * PostgreSQL: a scheduled message held by an instance that stopped answering goes to another after this
   * long. Both databases: a goal reminder's send claim older than this is taken over (docs/deploy.md).
   */
  JOB_TIMEOUT_SECONDS: wholeNumber(5, 3600).default(90),
  /** Behind a reverse proxy: `true`, a hop count, or the proxies' addresses; then limits count real clients. */
  TRUST_PROXY: optionalText,
  /** Where people reach the server (links, the Mini App, Secure cookies when https). */
  PUBLIC_URL: optionalText.pipe(z.url().optional()),
  TELEGRAM_WEBHOOK_SECRET: optionalText.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,256}$/)
      .optional(),
  ),
  /** Seals what people write at rest (docs/encryption.md); unset, texts are stored plain. */
  DATA_KEY: optionalText.pipe(DataKey.optional()),
  DATA_KEY_PREVIOUS: optionalText.pipe(DataKeys.optional()),
});

export type Env = z.infer<typeof EnvSchema>;

/** The validated, frozen configuration handed down to every part. */
export interface Config {
  database: { url: string; poolSize: number; preparedStatements: boolean };
  /** `publicUrl`: PUBLIC_URL, else the webhook's origin, else this machine's address (no trailing slash). */
  http: {
    host: string;
    port: number;
    /** HEALTH_PORT: the operations endpoints' own listener, on the same host (0: any free port); unset: none. */
    healthPort?: number;
    publicUrl: string;
    trustProxy: boolean | number | string;
    /** HTTP_HEADERS_TIMEOUT_SECONDS, HTTP_REQUEST_TIMEOUT_SECONDS, HTTP_KEEP_ALIVE_SECONDS, in ms. */
    timeouts: { headersMs: number; requestMs: number; keepAliveMs: number };
    /** SHUTDOWN_GRACE_SECONDS in ms. */
    shutdownGraceMs: number;
    /** MAX_CONNECTIONS; unset: from the open-files limit at start. */
    maxConnections?: number;
    /** HTTP_MAX_IN_FLIGHT, HTTP_MAX_EVENT_LOOP_DELAY_MS (0: off). */
    load: { maxInFlight: number; maxEventLoopDelayMs: number };
  };
  llm: { provider: Env['LLM_PROVIDER']; baseUrl?: string; apiKey?: string; model?: string; timeoutMs: number };
  logLevel: Env['LOG_LEVEL'];
  defaultLocale: Env['DEFAULT_LOCALE'];
  safetyResourcesFile?: string;
  flags: FlagRollout;
  api: { jwtSecret?: string; jwtTtlMinutes: number; rateLimitPerMinute: number; bodyLimit: number };
  /** IMPORT_MAX_MB (as bytes), IMPORT_CONCURRENCY, EXPORT_CONCURRENCY. */
  heavyWork: { importMaxBytes: number; importsAtOnce: number; exportsAtOnce: number };
  metricsToken?: string;
  nudgeIntervalMinutes: number;
  /** See JOB_TIMEOUT_SECONDS. */
  jobTimeoutSeconds: number;
  /** DATA_KEY and DATA_KEY_PREVIOUS as base64 of 32 bytes each; no current key: texts are stored plain. */
  dataKeys: { current?: string; previous: string[] };
  /** Present when TELEGRAM_BOT_TOKEN is set. */
  telegram?: { token: string; apiRoot: string; webhook?: { url: string; secret: string; path: string } };
}

export type ConfigResult = { ok: true; config: Readonly<Config> } | { ok: false; problems: string[] };

/** Reads the environment; every problem is reported at once, in plain words, each with its variable. */
export function loadConfig(env: Record<string, string | undefined>): ConfigResult {
  // An empty variable means "not set", as in most shells' `VAR= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = EnvSchema.safeParse(present);
  // Variables that need each other are checked on what was set, so they are reported in the same
  // run as any malformed value (a refinement on the parsed object would wait for the others to pass).
  const problems = [
    ...(parsed.success ? [] : fieldProblems(parsed.error.issues, present)),
    ...missingTogether(present),
  ];
  if (!parsed.success || problems.length > 0) return { ok: false, problems };
  const vars = parsed.data;
  const config: Config = {
    database: {
      url: vars.DATABASE_URL,
      poolSize: vars.DATABASE_POOL_SIZE,
      preparedStatements: vars.DATABASE_PREPARED_STATEMENTS === 'on',
    },
    http: {
      host: vars.HOST,
      port: vars.PORT,
      ...(vars.HEALTH_PORT !== undefined && { healthPort: vars.HEALTH_PORT }),
      publicUrl: publicUrlOf(vars),
      trustProxy: trustProxyOf(vars.TRUST_PROXY),
      timeouts: {
        headersMs: vars.HTTP_HEADERS_TIMEOUT_SECONDS * 1000,
        requestMs: vars.HTTP_REQUEST_TIMEOUT_SECONDS * 1000,
        keepAliveMs: vars.HTTP_KEEP_ALIVE_SECONDS * 1000,
      },
      shutdownGraceMs: vars.SHUTDOWN_GRACE_SECONDS * 1000,
      ...(vars.MAX_CONNECTIONS !== undefined && { maxConnections: vars.MAX_CONNECTIONS }),
      load: { maxInFlight: vars.HTTP_MAX_IN_FLIGHT, maxEventLoopDelayMs: vars.HTTP_MAX_EVENT_LOOP_DELAY_MS },
    },
    llm: {
      provider: vars.LLM_PROVIDER,
      baseUrl: vars.LLM_BASE_URL,
      apiKey: vars.LLM_API_KEY,
      model: vars.LLM_MODEL,
      timeoutMs: vars.LLM_TIMEOUT_MS,
    },
    logLevel: vars.LOG_LEVEL,
    defaultLocale: vars.DEFAULT_LOCALE,
    safetyResourcesFile: vars.SAFETY_RESOURCES_FILE,
    flags: {
      multi_track_system_enabled: vars.MULTI_TRACK_SYSTEM_ENABLED,
      ai_suggestions_enabled: vars.AI_SUGGESTIONS_ENABLED,
      strict_milestones: vars.STRICT_MILESTONES,
    },
    api: {
      jwtSecret: vars.JWT_SECRET,
      jwtTtlMinutes: vars.JWT_TTL_MINUTES,
      rateLimitPerMinute: vars.RATE_LIMIT_PER_MINUTE,
      bodyLimit: vars.API_BODY_LIMIT,
    },
    heavyWork: {
      importMaxBytes: vars.IMPORT_MAX_MB * 1024 * 1024,
      importsAtOnce: vars.IMPORT_CONCURRENCY,
      exportsAtOnce: vars.EXPORT_CONCURRENCY,
    },
    metricsToken: vars.METRICS_TOKEN,
    nudgeIntervalMinutes: vars.NUDGE_INTERVAL_MINUTES,
    jobTimeoutSeconds: vars.JOB_TIMEOUT_SECONDS,
    dataKeys: { current: vars.DATA_KEY, previous: vars.DATA_KEY_PREVIOUS ?? [] },
    ...(vars.TELEGRAM_BOT_TOKEN && {
      telegram: {
        token: vars.TELEGRAM_BOT_TOKEN,
        apiRoot: vars.TELEGRAM_API_ROOT.replace(/\/+$/, ''),
        ...(vars.TELEGRAM_WEBHOOK_URL && {
          webhook: {
            url: vars.TELEGRAM_WEBHOOK_URL,
            secret: vars.TELEGRAM_WEBHOOK_SECRET!,
            path: new URL(vars.TELEGRAM_WEBHOOK_URL).pathname,
          },
        }),
      },
    }),
  };
  return { ok: true, config: deepFreeze(config) };
}

/** `true`/`false`, a number of hops, or addresses and CIDR ranges (Fastify's `trustProxy`). */
function trustProxyOf(value: string | undefined): boolean | number | string {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

function publicUrlOf(vars: Env): string {
  if (vars.PUBLIC_URL) return vars.PUBLIC_URL.replace(/\/+$/, '');
  if (vars.TELEGRAM_WEBHOOK_URL) return new URL(vars.TELEGRAM_WEBHOOK_URL).origin;
  return `http://${['0.0.0.0', '::'].includes(vars.HOST) ? 'localhost' : vars.HOST}:${vars.PORT}`;
}

function deepFreeze<T extends object>(target: T): Readonly<T> {
  for (const value of Object.values(target)) if (value && typeof value === 'object') deepFreeze(value as object);
  return Object.freeze(target);
}
