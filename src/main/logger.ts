import { pino } from 'pino';
import type { Log } from '../core/ports.js';

/**
 * Structured logs. Only event names, ids, codes and counts are ever logged — never user text or
 * secrets; the redact list is a second line of defence for fields that must never appear.
 */
const SENSITIVE = [
  'apiKey',
  'token',
  'password',
  'text',
  'title',
  'description',
  'comment',
  'answer',
  'question',
  'step',
];

export function createLogger(level: string, destination: 'stdout' | 'stderr' | NodeJS.WritableStream = 'stdout') {
  return pino(
    {
      level,
      base: { service: 'stepwise' },
      redact: {
        paths: [...SENSITIVE, ...SENSITIVE.map((key) => `*.${key}`), 'req.headers.authorization'],
        censor: '[hidden]',
      },
    },
    typeof destination === 'string' ? pino.destination(destination === 'stdout' ? 1 : 2) : destination,
  );
}

export type Logger = ReturnType<typeof createLogger>;

/** pino's logger seen through the narrow `Log` port the services use. */
export const asLog = (logger: Logger): Log => ({
  info: (field, text) => logger.info(field, text),
  warn: (field, text) => logger.warn(field, text),
  error: (field, text) => logger.error(field, text),
});
