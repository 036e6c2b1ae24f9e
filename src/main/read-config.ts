import { existsSync } from 'node:fs';
import { type Config, loadConfig } from '../config/env.js';

/**
 * Reads `.env` (if present; real environment variables win) and the environment, and returns the
 * frozen config. On any problem it prints all of them in plain words and exits with code 2.
 */
export function readConfigOrExit(overrides: Record<string, string | undefined> = {}): Readonly<Config> {
  // Node's own .env reader (20.12+): it never overwrites variables that are already set.
  if (existsSync('.env')) process.loadEnvFile('.env');
  const result = loadConfig({ ...process.env, ...overrides });
  if (result.ok) return result.config;
  process.stderr.write(
    `Stepwise cannot start; please fix the configuration:\n${result.problems.map((problem) => `  - ${problem}`).join('\n')}\n`,
  );
  process.exit(2);
}
