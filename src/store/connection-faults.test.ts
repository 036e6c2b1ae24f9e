import { describe, expect, it } from 'vitest';
import { StepwiseError } from '../core/errors.js';
import { ENDED, outcomeUnknown, safeToRetry, unavailableCause } from './connection-faults.js';

/** A driver error as pg builds them: a code (SQLSTATE or errno) and a message, maybe behind a wrapper's `cause`. */
const driverError = (fields: { code?: string; message?: string }) =>
  Object.assign(new Error(fields.message ?? 'server says no'), fields.code ? { code: fields.code } : {});

describe('which database failures are worth trying again', () => {
  it('names a lost connection by its SQLSTATE or socket code, and pg’s own words by a fixed code', () => {
    const seen = [
      driverError({ code: '57P01' }),
      driverError({ code: '57P02' }),
      driverError({ code: '57P03' }),
      driverError({ code: '08006' }),
      driverError({ code: '53300' }),
      driverError({ code: 'ECONNREFUSED' }),
      driverError({ code: 'ECONNRESET' }),
      driverError({ message: 'Connection terminated unexpectedly' }),
      driverError({ message: 'Client has encountered a connection error and is not queryable' }),
    ].map(unavailableCause);
    expect(seen).toEqual([
      { code: '57P01', reason: 'connection_lost' },
      { code: '57P02', reason: 'connection_lost' },
      { code: '57P03', reason: 'connection_lost' },
      { code: '08006', reason: 'connection_lost' },
      { code: '53300', reason: 'connection_lost' },
      { code: 'ECONNREFUSED', reason: 'connection_lost' },
      { code: 'ECONNRESET', reason: 'connection_lost' },
      { code: ENDED, reason: 'connection_lost' },
      { code: ENDED, reason: 'connection_lost' },
    ]);
  });

  it('names deadlocks and serialization failures as conflicts, and finds a cause behind a wrapper', () => {
    expect(unavailableCause(driverError({ code: '40P01' }))).toEqual({ code: '40P01', reason: 'conflict' });
    expect(unavailableCause(new Error('wrapped', { cause: driverError({ code: '40001' }) }))).toEqual({
      code: '40001',
      reason: 'conflict',
    });
  });

  it('leaves every other failure alone: a unique violation, a full disk, a bug', () => {
    const others = [
      driverError({ code: '23505' }),
      driverError({ code: '53100' }),
      driverError({ code: 'SQLITE_FULL' }),
      new TypeError('x is undefined'),
    ];
    expect(others.map(unavailableCause)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('never retries a refusal whose write may have committed', () => {
    const lost = new StepwiseError('database_unavailable', 'lost', { code: '57P01', reason: 'connection_lost' });
    expect(safeToRetry(lost)).toBe(true);
    expect(safeToRetry(outcomeUnknown(lost))).toBe(false);
    expect(safeToRetry(new StepwiseError('storage_full', 'no room'))).toBe(false);
    expect(outcomeUnknown(driverError({ code: '23505' }))).toMatchObject({ code: '23505' });
  });
});
