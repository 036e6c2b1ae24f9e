import { parseArgs } from 'node:util';
import { createWebSignIn, LOGIN_LINK_TTL_MS } from '../services/auth/web-sign-in.js';
import { readConfigOrExit } from './read-config.js';
import { failWith, whoseToken, withUser } from './token.js';

const USAGE = [
  'Usage: stepwise login-link --telegram-id <id>   a one-time sign-in link to the dashboard for that Telegram user',
  '       stepwise login-link --local              the same for this terminal’s chat user',
].join('\n');
const fail = failWith(USAGE);

/**
 * `stepwise login-link (--telegram-id <id> | --local)`: prints a one-time link that signs a browser in
 * to the dashboard (the bot's /web does the same). Only the link goes to stdout, so it can be piped.
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
  await withUser(config, identity, async (user, stores) => {
    const signIn = createWebSignIn({ stores, clock: { now: () => new Date() }, ids: { next: () => user.id } });
    const { code } = await signIn.loginLink(user.id);
    process.stdout.write(`${config.http.publicUrl}/auth/link/${code}\n`);
    process.stderr.write(
      `A sign-in link for ${who}: it works once, within ${LOGIN_LINK_TTL_MS / 60_000} minutes. Open it in a browser.\n`,
    );
  });
}
