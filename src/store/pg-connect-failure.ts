import { isStepwiseError } from '../core/errors.js';
import { DatabaseOpenError } from './sqlite/open-failure.js';

const CHECK = 'check DATABASE_URL (docs/configuration.md)';

/** A PostgreSQL server error is SQLSTATE-coded; a socket's is a Node errno code. */
type ConnectError = Error & { code?: string; address?: string; port?: number; hostname?: string };

/**
 * Why PostgreSQL could not be reached or entered at the first query, as the operator's one line to fix (like
 * a SQLite folder that cannot hold the database), or undefined for any other failure. Only what the operator
 * wrote in DATABASE_URL is named (host, port, database, role), never a password: pg's server messages for
 * these codes carry names, not secrets.
 */
export function pgConnectFailure(failure: unknown): DatabaseOpenError | undefined {
  // The store words a lost or refused connection as the domain's `database_unavailable`, the driver's error its cause.
  const error = isStepwiseError(failure) ? failure.cause : failure;
  if (!(error instanceof Error)) return undefined;
  const { code = '', address, port, hostname } = error as ConnectError;
  const where = address ? `${address}${port ? `:${port}` : ''}` : 'the address in DATABASE_URL';
  if (code === 'ECONNREFUSED')
    return new DatabaseOpenError(`nothing answers at ${where}: is PostgreSQL running there? ${CHECK}`);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return new DatabaseOpenError(`the database host ${hostname ?? ''} cannot be found; ${CHECK}`.replace('  ', ' '));
  if (code === 'ETIMEDOUT' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH')
    return new DatabaseOpenError(`PostgreSQL at ${where} does not answer (${code}); ${CHECK}`);
  // 3D000: no such database; 28000 / 28P01: no such role, wrong password; 57P03: the server is still starting.
  if (code === '3D000') return new DatabaseOpenError(`${error.message}: create it (createdb), or ${CHECK}`);
  if (code === '28000' || code === '28P01')
    return new DatabaseOpenError(`PostgreSQL refused: ${error.message}; ${CHECK}`);
  if (code === '57P03') return new DatabaseOpenError(`PostgreSQL is starting up or shutting down; try again shortly`);
  return undefined;
}
