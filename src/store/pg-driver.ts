import { createRequire } from 'node:module';
import type pg from 'pg';

/**
 * node-postgres, loaded the first time a PostgreSQL database is opened: a server on SQLite (the default) never pays
 * its code and heap (about 3 MB of heap and 15 MB of memory, docs/benchmarks.md). `require` keeps the opening
 * synchronous and returns the one cached module every caller shares.
 */
export const pgDriver = (): typeof pg => createRequire(import.meta.url)('pg') as typeof pg;
