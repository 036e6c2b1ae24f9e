import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import SlowFirst from './test/slow-first.js';

export default defineConfig({
  // vitest keeps each file's last duration here and starts the longest first (test/slow-first.ts). Kept outside the
  // checkout, as the trained models are, so a fresh clone (CI's) on the same machine starts in the order the last run
  // measured instead of by file size, which left a three-minute file to start near the end.
  cacheDir: join(tmpdir(), `stepwise-vite-${process.getuid?.() ?? 'user'}`),
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // expect.poll waits for what a person would see after a click or a message (a bar moving, a reply arriving). A
    // poll ends as soon as it holds, so a longer limit costs a passing test nothing; the default 1 s failed a browser
    // suite when a click's round trip took longer on a loaded 2-core machine.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 30_000,
    // SQLite files and PostgreSQL schemas are per test file.
    pool: 'forks',
    // vitest's default for a run is cores − 1 workers: one on the 2-core CI machine, so files ran one after
    // another (619 s of vitest in CI; two workers: 396 s). Two workers first broke two PostgreSQL suites
    // ("schema t_… does not exist" while migrating): Kysely's introspector read every schema by name while
    // the other worker dropped its own. Fixed in the store (`pg-introspector.ts`), not here.
    maxWorkers: 3,
    // The end-to-end suites first (test/slow-first.ts). A third worker: those suites mostly wait on the servers and
    // browsers they start, and with two workers a 2-core CI machine sat 30 % idle (14 min of CPU in 10 min).
    sequence: { sequencer: SlowFirst },
    // The content packs checked and the models trained once, before the workers start.
    globalSetup: ['test/global-setup.ts'],
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
