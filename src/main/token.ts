import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { localIdentity } from '../interfaces/cli/local-user.js';
import { createTokenIssuer } from '../interfaces/http/auth/jwt.js';
import { apiSecret } from '../services/auth/api-secret.js';
import { ensureUser, type Identity } from '../services/goals/ensure-user.js';
import type { Config } from '../config/env.js';
import type { User } from '../core/goals/model.js';
import { type AllStores, createStores } from '../store/create-stores.js';
import { openDatabase, type StepwiseDb } from '../store/dialect.js';
import { migrateToLatest } from '../store/migrate.js';
import { readConfigOrExit } from './read-config.js';

const USAGE = [
  'Usage: stepwise token --telegram-id <id> [--ttl <minutes>]   a token for that Telegram user',
  '       stepwise token --local [--ttl <minutes>]              a token for this terminal’s user (npx stepwise chat)',
].join('\n');

/** Prints the problem and the usage, and exits 2 (a usage error). */
export const failWith =
  (usage: string) =>
  (message: string): never => {
    process.stderr.write(`${message}\n${usage}\n`);
    process.exit(2);
  };
const fail = failWith(USAGE);

/** Whose token or link: a Telegram user by id, or the terminal chat's user (`--local`). */
export function whoseToken(values: { 'telegram-id'?: string; local?: boolean }, fail: (message: string) => never) {
  const telegramId = values['telegram-id']?.trim();
  if (values.local && telegramId !== undefined) return fail('give either --telegram-id or --local, not both');
  if (values.local) {
    const identity = localIdentity();
    return { identity, who: `the terminal user ${identity.subject}` };
  }
  if (!telegramId)
    return fail(
      '--telegram-id is required: your numeric Telegram user id (e.g. from @userinfobot); or --local for the terminal chat’s user',
    );
  if (!/^[1-9]\d{0,15}$/.test(telegramId))
    return fail(`--telegram-id: "${telegramId}" is not a Telegram user id (a positive whole number)`);
  return { identity: { provider: 'telegram', subject: telegramId }, who: `Telegram user ${telegramId}` };
}

/**
 * `stepwise token (--telegram-id <id> | --local) [--ttl <minutes>]`: prints a short-lived API token
 * (JWT) for the Telegram user, or for the user the terminal chat talks as on this machine (so a
 * terminal user can call the API and open the dashboard too), creating the Stepwise user if they
 * have not talked to the coach yet. Only the token goes to stdout, so
 * `TOKEN=$(npx stepwise token --local)` works.
 */
export async function tokenCommand(argv: string[]): Promise<void> {
  let values: { 'telegram-id'?: string; local?: boolean; ttl?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: { 'telegram-id': { type: 'string' }, local: { type: 'boolean' }, ttl: { type: 'string' } },
    }));
  } catch (failure) {
    return fail((failure as Error).message);
  }
  const { identity, who } = whoseToken(values, fail);
  const config = readConfigOrExit({ LOG_LEVEL: process.env.LOG_LEVEL ?? 'error' });
  const ttl = values.ttl === undefined ? config.api.jwtTtlMinutes : Number(values.ttl);
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > 24 * 60)
    return fail(`--ttl: "${values.ttl}" must be a whole number of minutes from 1 to 1440`);

  await withUser(config, identity, async (user, stores) => {
    const issuer = await createTokenIssuer(
      await apiSecret({ configured: config.api.jwtSecret, settings: stores.settings }),
      ttl,
    );
    process.stdout.write(`${issuer.sign(user.id)}\n`);
    await issuer.close();
    process.stderr.write(
      `A token for ${who} (Stepwise user ${user.id}), valid for ${ttl} min. Send it as: Authorization: Bearer <token>\n`,
    );
  });
}

/**
 * Opens the database (migrated), finds or creates the identity's user and runs `work`. Only the users
 * and settings are needed: no content, coach or crisis model to load (well under a second, not the
 * seconds a whole app takes to start).
 */
export async function withUser(
  config: Readonly<Config>,
  identity: Omit<Identity, 'locale'>,
  work: (user: User, stores: AllStores, database: StepwiseDb) => Promise<void>,
  options: { create: boolean } = { create: true },
): Promise<void> {
  const database = openDatabase(config.database.url);
  const migrated = await migrateToLatest(database.db);
  if (migrated.error) {
    await database.close();
    process.stderr.write(
      `Stepwise cannot start:\n  - database migration failed: ${(migrated.error as Error).message}\n`,
    );
    process.exit(1);
  }
  const stores = createStores(database.db);
  try {
    const deps = { ids: { next: () => randomUUID() }, clock: { now: () => new Date() }, stores };
    const user = options.create
      ? await ensureUser(deps, { ...identity, locale: config.defaultLocale })
      : await stores.users.byIdentity(identity.provider, identity.subject);
    if (!user) {
      process.stderr.write(
        `No Stepwise user is known as ${identity.provider} ${identity.subject} in ${database.describe}: nothing to do.\n`,
      );
      process.exitCode = 1;
      return;
    }
    await work(user, stores, database);
  } finally {
    await database.close();
  }
}
