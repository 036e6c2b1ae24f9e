import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // SQLite files and PostgreSQL schemas are per test file, so files run in parallel safely.
    pool: 'forks',
  },
});
