import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Reading } from '../../src/core/health/readings.js';
import { ImportFileError } from '../../src/imports/health/index.js';

/** A file under test/fixtures/health-imports/. */
export const fixture = (...parts: string[]): string =>
  fileURLToPath(new URL(`../fixtures/health-imports/${parts.join('/')}`, import.meta.url));

/** A scratch directory in the system temp dir (never in the repository), removed by the returned function. */
export async function scratchDir(): Promise<{
  dir: string;
  path: (name: string) => string;
  remove: () => Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'stepwise-imports-'));
  return { dir, path: (name) => join(dir, name), remove: () => rm(dir, { recursive: true, force: true }) };
}

/** `readings` as "metric value at" lines: failures then show the whole picture at once. */
export const lines = (readings: readonly Reading[]): string[] =>
  readings.map((reading) => `${reading.metric} ${reading.value} ${reading.at}`);

/** Awaits a rejection that must be an ImportFileError; returns it for assertions on `where` and the message. */
export async function importError(promise: Promise<unknown>): Promise<ImportFileError> {
  const error = await promise.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(ImportFileError);
  return error as ImportFileError;
}
