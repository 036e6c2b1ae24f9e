import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseEnv } from 'node:util';
import type { Config } from '../config/env.js';
import { localIdentity } from '../interfaces/cli/local-user.js';
import type { App } from './app.js';
import { SOURCE_ROOT } from './source-root.js';

/** The settings `login-link` must share with the server: which database, and where the server answers. */
const SHARED = ['DATABASE_URL', 'HOST', 'PORT', 'PUBLIC_URL'] as const;
const DEFAULTS: Record<(typeof SHARED)[number], string | undefined> = {
  DATABASE_URL: 'sqlite:./data/stepwise.db',
  HOST: '127.0.0.1',
  PORT: '3000',
  PUBLIC_URL: undefined,
};
const PACKAGE_ROOT = join(SOURCE_ROOT, '..');

/**
 * The exact command that prints a sign-in link for this server, from the folder it was started in. A
 * setting the server got from its environment rather than `.env` (PORT=… npm start) is not there for a
 * new shell, so it is written before the command; a database password is not printed.
 */
export function loginLinkCommand(config: Readonly<Config>, port: number, cwd = process.cwd()): string {
  const dotEnv = existsSync(join(cwd, '.env')) ? parseEnv(readFileSync(join(cwd, '.env'), 'utf8')) : {};
  const used: Record<(typeof SHARED)[number], string | undefined> = {
    DATABASE_URL: config.database.url,
    HOST: config.http.host,
    PORT: String(port),
    PUBLIC_URL: process.env.PUBLIC_URL?.trim() || undefined,
  };
  const prefix = SHARED.filter((name) => used[name] !== (dotEnv[name]?.trim() || DEFAULTS[name])).map(
    (name) => `${name}=${shellWord(name === 'DATABASE_URL' ? withoutPassword(used[name] ?? '') : (used[name] ?? ''))}`,
  );
  // `npx stepwise` finds the package's own command in its folder (or where it is installed); elsewhere the
  // script is named by its path, so the command never reaches for the npm registry.
  const runsByName = relative(PACKAGE_ROOT, cwd) === '' || existsSync(join(cwd, 'node_modules', '.bin', 'stepwise'));
  const program = runsByName ? 'npx stepwise' : `node ${shellWord(join(PACKAGE_ROOT, 'bin', 'stepwise.js'))}`;
  return [...prefix, program, 'login-link', '--local'].join(' ');
}

/**
 * On a server only this machine reaches, before anybody has signed in: a link for this machine's user,
 * so the first run opens the web app without a second terminal. Undefined otherwise (a server others
 * reach must not print a way in to whoever reads its output).
 */
export async function firstRunLink(app: App, port: number): Promise<string | undefined> {
  if (!['127.0.0.1', 'localhost', '::1'].includes(app.config.http.host)) return undefined;
  if (await app.stores.webSessions.anySignIn()) return undefined;
  // The machine's user is made (or found) when the link is opened, not now: a start adds nobody to the database.
  const { code } = app.signIn.firstRunLink({ ...localIdentity(), locale: app.config.defaultLocale });
  return `${linkBase(app.config, port)}/auth/link/${code}`;
}

/** The public URL, with the port the server really took when PORT was 0. */
export function linkBase(config: Readonly<Config>, port: number): string {
  const url = config.http.publicUrl;
  return config.http.port === 0 ? url.replace(/:0$/, `:${port}`) : url;
}

const withoutPassword = (url: string) => url.replace(/^(postgres(?:ql)?:\/\/[^:/@]+):[^@]*@/, '$1:<password>@');
const shellWord = (word: string) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);
