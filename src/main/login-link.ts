import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { Config } from '../config/env.js';
import { createWebSignIn, LOGIN_LINK_TTL_MS } from '../services/auth/web-sign-in.js';
import { readConfigOrExit } from './read-config.js';
import { failWith, whoseToken, withUser } from './token.js';

const USAGE = [
  'Usage: stepwise login-link --local              a one-time sign-in link to the web app for this machine’s user',
  '       stepwise login-link --telegram-id <id>   the same for a Telegram user who has talked to the bot',
  'It reads .env and the environment as the server does (DATABASE_URL, PORT, HOST, PUBLIC_URL).',
].join('\n');
const fail = failWith(USAGE);

/** What the server answers about a link (GET /auth/link/<code>/usable). */
const LinkUsable = z.object({ usable: z.boolean() });

/**
 * `stepwise login-link (--local | --telegram-id <id>)`: prints a one-time link that signs a browser in
 * to the web app (the bot's /web does the same). It mints the link in the configured database and asks
 * the server at HOST:PORT whether it knows it: a server on another database would only answer the link
 * with "expired or already used", so then it refuses. Only the link goes to stdout, so it can be piped.
 */
export async function loginLinkCommand(argv: string[]): Promise<void> {
  let values: { 'telegram-id'?: string; local?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: { 'telegram-id': { type: 'string' }, local: { type: 'boolean' } },
    }));
  } catch (failure) {
    return fail((failure as Error).message);
  }
  const { identity, who } = whoseToken(values, fail);
  const config = readConfigOrExit({ LOG_LEVEL: process.env.LOG_LEVEL ?? 'error' });
  const server = serverAddress(config);
  // This machine's user is made at need (as `npm run chat` would); a Telegram user must exist: a typo,
  // or another database than the bot's, would otherwise mint a link for a new, empty account.
  const create = identity.provider === 'cli';
  let found = false;
  await withUser(
    config,
    identity,
    async (user, stores, database) => {
      found = true;
      const signIn = createWebSignIn({ stores, clock: { now: () => new Date() }, ids: { next: () => user.id } });
      const { code } = await signIn.loginLink(user.id);
      const where = `database ${absolute(database.describe)}, server ${server}`;
      const answer = await askServer(server, code);
      if (answer === 'unknown') {
        process.stderr.write(
          `The server at ${server} does not know this link: it runs on another database than ${absolute(database.describe)}.\n` +
            'Run login-link from the folder the server was started in, with the same DATABASE_URL and PORT (in .env or the environment); the server prints the exact command when it starts.\n',
        );
        process.exitCode = 1;
        return;
      }
      process.stdout.write(`${config.http.publicUrl}/auth/link/${code}\n`);
      const note =
        answer === 'usable'
          ? `the server there knows it`
          : `no Stepwise server answers there now; the link works once one runs on this database`;
      process.stderr.write(
        `A sign-in link for ${who} (${where}; ${note}). It works once, within ${LOGIN_LINK_TTL_MS / 60_000} minutes: open it in a browser.\n`,
      );
    },
    { create },
  );
  if (!found)
    process.stderr.write(
      `Nobody to sign in: ${who} has not talked to the bot on this database. Check DATABASE_URL, or write to the bot first.\n`,
    );
}

/** Where this machine reaches the server: its HOST and PORT (a server listening on every address answers on 127.0.0.1). */
function serverAddress(config: Readonly<Config>): string {
  const host = ['0.0.0.0', '::', 'localhost'].includes(config.http.host) ? '127.0.0.1' : config.http.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${config.http.port}`;
}

/** Whether the server knows the link; 'silent' when nothing (or not Stepwise) answers there. */
async function askServer(server: string, code: string): Promise<'usable' | 'unknown' | 'silent'> {
  try {
    const response = await fetch(`${server}/auth/link/${code}/usable`, { signal: AbortSignal.timeout(5_000) });
    if (!response.ok) return 'silent';
    const answer = LinkUsable.safeParse(await response.json());
    if (!answer.success) return 'silent';
    return answer.data.usable ? 'usable' : 'unknown';
  } catch {
    return 'silent';
  }
}

/** A SQLite file named relative to this folder, as a full path: the reader can compare it with the server's. */
function absolute(described: string): string {
  const path = /^SQLite (.+)$/.exec(described)?.[1];
  return path && path !== '(in memory)' && !isAbsolute(path) ? `SQLite ${resolve(path)}` : described;
}
