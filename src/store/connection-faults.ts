import { isStepwiseError, StepwiseError } from '../core/errors.js';

/**
 * Why a database failure is worth trying again: the connection went (a restart, a failover, an
 * operator's `pg_terminate_backend`, a network cut) or the server could not take the work just now
 * (starting up, out of connections, a deadlock or serialization failure that rolled it back).
 */
export type UnavailableReason = 'connection_lost' | 'conflict';

/**
 * SQLSTATEs and socket errors meaning the connection is gone or cannot be had: class 08 (connection
 * exception), 57P01 admin_shutdown (`pg_terminate_backend`, a fast shutdown), 57P02 crash_shutdown
 * (another backend crashed, or a PANIC such as a full WAL disk), 57P03 cannot_connect_now (starting
 * up, recovering), 53300 too_many_connections; and what Node's socket says on the way there.
 */
const LOST_CODES = new Set([
  '57P01',
  '57P02',
  '57P03',
  '53300',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/** 40001 serialization_failure, 40P01 deadlock_detected: the server rolled the transaction back. */
const CONFLICT_CODES = new Set(['40001', '40P01']);

/**
 * `pg`'s own errors for a connection that ended under a query, or one it will not use again: they carry
 * no code, only these fixed words (never data), so they are told apart by them.
 */
const LOST_WORDS =
  /^(Connection terminated|Client has encountered a connection error and is not queryable|Client was closed and is not queryable|timeout exceeded when trying to connect)/;

/**
 * How long work lost with its connection waits before it runs again: a moment for the pool to hear that its other
 * connections to a restarted server are gone too.
 */
export const RECONNECT_PAUSE_MS = 20;

/** The code logged for a connection `pg` saw end with no SQLSTATE of the server's. */
export const ENDED = 'connection_ended';

const MAX_CHAIN = 8;

/** Why a driver error is worth trying again (with the code to log), anywhere in its `cause` chain; else undefined. */
export function unavailableCause(error: unknown): { code: string; reason: UnavailableReason } | undefined {
  let link = error;
  for (let depth = 0; depth < MAX_CHAIN && link && typeof link === 'object'; depth++) {
    const { code, message } = link as { code?: unknown; message?: unknown };
    if (typeof code === 'string') {
      if (code.startsWith('08') || LOST_CODES.has(code)) return { code, reason: 'connection_lost' };
      if (CONFLICT_CODES.has(code)) return { code, reason: 'conflict' };
    }
    if (typeof message === 'string' && LOST_WORDS.test(message)) return { code: ENDED, reason: 'connection_lost' };
    link = (link as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The domain's refusal for a database that could not do the work just now (HTTP 503 with Retry-After). */
export function databaseUnavailable(
  cause: { code: string; reason: UnavailableReason },
  driverError?: unknown,
): StepwiseError {
  const refusal = new StepwiseError(
    'database_unavailable',
    `the database could not do this just now (${cause.code})`,
    cause,
  );
  // Kept for the start-up check (pg-connect-failure.ts), which names the address nothing answered at; never logged.
  if (driverError !== undefined) Object.defineProperty(refusal, 'cause', { value: driverError });
  return refusal;
}

/**
 * The same refusal, marked as sent to the server in a statement that may have committed (a COMMIT,
 * or a write outside a transaction): whether it took effect is unknown, so it is never run again by
 * itself. Anything else passes unchanged.
 */
export function outcomeUnknown(error: unknown): unknown {
  if (!isStepwiseError(error) || error.code !== 'database_unavailable') return error;
  return new StepwiseError(error.code, error.message, { ...error.details, outcome: 'unknown' });
}

/**
 * Whether a failed transaction may simply run again: the database was unavailable and COMMIT had not
 * been sent, so the server rolled it back (a connection that ends takes its open transaction with it).
 */
export function safeToRetry(error: unknown): boolean {
  return isStepwiseError(error) && error.code === 'database_unavailable' && error.details.outcome !== 'unknown';
}
