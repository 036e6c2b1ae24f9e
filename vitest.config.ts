import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // SQLite files and PostgreSQL schemas are per test file, so files run in parallel safely.
    pool: 'forks',
    // One worker per core. vitest's default for a run is cores − 1, which on a 2-core CI machine is a
    // single worker: the suite ran file after file (619 s wall for 513 s of files). Much of the time is
    // spent waiting on spawned servers, databases and Chromium, so two workers overlap it.
    maxWorkers: availableParallelism(),
    // Files share a worker's module cache: importing the app and its content once per worker instead
    // of once per file halves the suite (577 s → 279 s on 2 cores). Safe because nothing keeps state at
    // module level (docs/architecture.md) and every file opens its own database.
    isolate: false,
    // `npm run coverage`: line coverage of the sources (the seed asks > 80 %).
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.test.ts'],
      reporter: ['text-summary', 'json-summary'],
    },
  },
});
