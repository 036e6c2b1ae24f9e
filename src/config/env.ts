import { z } from 'zod';
import type { FlagRollout } from '../core/flags.js';
import { LOCALES } from '../core/goals/model.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

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
    ctx.addIssue({ code: 'custom', message: 'must be true, false or a share of users such as 20%' });
    return z.NEVER;
  });

const optionalText = z
  .string()
  .trim()
  .transform((text) => (text === '' ? undefined : text))
  .optional();

/** The environment Stepwise reads. Defaults give a working laptop install with no setup. */
const EnvSchema = z
  .object({
    DATABASE_URL: z
      .string()
      .trim()
      .default('sqlite:./data/stepwise.db')
      .refine(
        (value) => value.startsWith('sqlite:') || /^postgres(ql)?:\/\/.+/.test(value),
        'only sqlite: and postgres:// URLs are supported',
      ),
    HOST: z.string().trim().min(1).default('127.0.0.1'),
    PORT: z.coerce
      .number({ error: 'must be a number' })
      .int('must be a whole number')
      .min(0)
      .max(65535, 'must be at most 65535')
      .default(3000),
    LLM_PROVIDER: z.enum(['offline', 'openai'], { error: 'must be "offline" or "openai"' }).default('offline'),
    LLM_BASE_URL: optionalText.pipe(z.url({ error: 'must be a URL such as http://127.0.0.1:11434/v1' }).optional()),
    LLM_API_KEY: optionalText,
    LLM_MODEL: optionalText,
    LLM_TIMEOUT_MS: z.coerce
      .number({ error: 'must be a number' })
      .int()
      .min(100, 'must be at least 100')
      .max(600_000)
      .default(20_000),
    LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
    DEFAULT_LOCALE: z.enum(LOCALES, { error: `must be one of ${LOCALES.join(', ')}` }).default('en'),
    /** A file with the crisis help text per deployment (YAML with `en:` and `ru:`). */
    SAFETY_RESOURCES_FILE: optionalText,
    TELEGRAM_BOT_TOKEN: optionalText.pipe(
      z
        .string()
        .regex(/^\d+:[\w-]{20,}$/, 'does not look like a bot token from @BotFather (123456789:AA…)')
        .optional(),
    ),
    TELEGRAM_API_ROOT: z
      .url({ error: 'must be a URL such as https://api.telegram.org' })
      .default('https://api.telegram.org'),
    TELEGRAM_WEBHOOK_URL: optionalText.pipe(
      z
        .url({ error: 'must be the public URL Telegram should call, e.g. https://bot.example.org/telegram/webhook' })
        .optional(),
    ),
    MULTI_TRACK_SYSTEM_ENABLED: Rollout.default(100),
    AI_SUGGESTIONS_ENABLED: Rollout.default(100),
    STRICT_MILESTONES: Rollout.default(100),
    /** HS256 key for API tokens; when unset, one is generated once and kept in the database. */
    JWT_SECRET: optionalText.pipe(
      z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -hex 32)').optional(),
    ),
    JWT_TTL_MINUTES: z.coerce
      .number({ error: 'must be a number' })
      .int()
      .min(1)
      .max(24 * 60, 'must be at most 1440 (a day)')
      .default(15),
    RATE_LIMIT_PER_MINUTE: z.coerce
      .number({ error: 'must be a number' })
      .int()
      .min(0, 'must be 0 (off) or more')
      .default(120),
    API_BODY_LIMIT: z.coerce
      .number({ error: 'must be a number' })
      .int()
      .min(1024)
      .max(10 * 1024 * 1024)
      .default(64 * 1024),
    METRICS_TOKEN: optionalText.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
    NUDGE_INTERVAL_MINUTES: z.coerce
      .number({ error: 'must be a number' })
      .int()
      .min(0, 'must be 0 (off) or more')
      .default(60),
    TELEGRAM_WEBHOOK_SECRET: optionalText.pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16–256 characters of A–Z, a–z, 0–9, _ and -')
        .optional(),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.TELEGRAM_WEBHOOK_URL && !env.TELEGRAM_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['TELEGRAM_WEBHOOK_SECRET'],
        message: 'is required with TELEGRAM_WEBHOOK_URL, so only Telegram can call the webhook',
      });
    }
    if (env.TELEGRAM_WEBHOOK_URL && !env.TELEGRAM_BOT_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['TELEGRAM_BOT_TOKEN'], message: 'is required with TELEGRAM_WEBHOOK_URL' });
    }
    if (env.LLM_PROVIDER !== 'openai') return;
    if (!env.LLM_BASE_URL)
      ctx.addIssue({
        code: 'custom',
        path: ['LLM_BASE_URL'],
        message: 'is required when LLM_PROVIDER=openai (e.g. https://api.openai.com/v1 or http://127.0.0.1:11434/v1)',
      });
    if (!env.LLM_MODEL)
      ctx.addIssue({
        code: 'custom',
        path: ['LLM_MODEL'],
        message: 'is required when LLM_PROVIDER=openai (e.g. gpt-4o-mini or llama3.1)',
      });
  });

export type Env = z.infer<typeof EnvSchema>;

/** The validated, frozen configuration handed down to every part. */
export interface Config {
  database: { url: string };
  http: { host: string; port: number };
  llm: { provider: Env['LLM_PROVIDER']; baseUrl?: string; apiKey?: string; model?: string; timeoutMs: number };
  logLevel: Env['LOG_LEVEL'];
  defaultLocale: Env['DEFAULT_LOCALE'];
  safetyResourcesFile?: string;
  flags: FlagRollout;
  api: { jwtSecret?: string; jwtTtlMinutes: number; rateLimitPerMinute: number; bodyLimit: number };
  metricsToken?: string;
  nudgeIntervalMinutes: number;
  /** Present when TELEGRAM_BOT_TOKEN is set. */
  telegram?: { token: string; apiRoot: string; webhook?: { url: string; secret: string; path: string } };
}

export type ConfigResult = { ok: true; config: Readonly<Config> } | { ok: false; problems: string[] };

/** Reads the environment; every problem is reported at once, in plain words, each with its variable. */
export function loadConfig(env: Record<string, string | undefined>): ConfigResult {
  // An empty variable means "not set", as in most shells' `VAR= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`),
    };
  }
  const vars = parsed.data;
  const config: Config = {
    database: { url: vars.DATABASE_URL },
    http: { host: vars.HOST, port: vars.PORT },
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
    metricsToken: vars.METRICS_TOKEN,
    nudgeIntervalMinutes: vars.NUDGE_INTERVAL_MINUTES,
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

function deepFreeze<T extends object>(target: T): Readonly<T> {
  for (const value of Object.values(target)) if (value && typeof value === 'object') deepFreeze(value as object);
  return Object.freeze(target);
}
