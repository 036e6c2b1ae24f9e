import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { person, type TgUser } from '../../telegram/talk.js';
import type { WebStack } from './stack.js';

/** A Telegram user of the fake Bot API (chat id = user id). */
export const tgUser = (id: number, firstName: string, languageCode = 'en'): TgUser => ({
  id,
  first_name: firstName,
  language_code: languageCode,
});

/** The person in Telegram: say, press, and read the bot's replies. */
export const inTelegram = (stack: WebStack, user: TgUser) => person(stack.fake, user);

interface UrlButton {
  text: string;
  url?: string;
}

/** `/web` in the bot → the one-time link under its button, pointed at the server the test started. */
export async function linkFromBot(stack: WebStack, user: TgUser): Promise<string> {
  const [reply] = await inTelegram(stack, user).say('/web');
  expect(reply).toContain('signs you in once');
  const markup = stack.fake.sent.filter((message) => message.chatId === user.id).at(-1)?.replyMarkup as
    { inline_keyboard: UrlButton[][] } | undefined;
  const url = markup?.inline_keyboard.flat().find((button) => button.url)?.url;
  if (!url) throw new Error('the /web reply has no URL button');
  // The server's public URL is its configured one (port 0 here); the path is the secret part.
  return `${stack.base}${new URL(url).pathname}`;
}

/** Opens a fresh one-time link from the bot in `page` and waits for the signed-in app. */
export async function signInByLink(stack: WebStack, page: Page, user: TgUser): Promise<string> {
  const link = await linkFromBot(stack, user);
  await page.goto(link);
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return link;
}

/**
 * Mini App initData for `user`, signed as a Telegram client signs it (HMAC-SHA256, "WebAppData" key). Clients since
 * Bot API 8.0 add a `signature` (Ed25519, for third parties; the bot's own check hashes it like any field) and the SDK
 * refuses launch parameters without one; `olderClient` leaves it out, as Telegram did before.
 */
export function signedInitData(
  botToken: string,
  user: TgUser,
  authDate = Math.floor(Date.now() / 1000),
  { olderClient = false } = {},
): string {
  const fields: Record<string, string> = {
    auth_date: String(authDate),
    query_id: `AAH${user.id}`,
    user: JSON.stringify(user),
    ...(olderClient ? {} : { signature: randomBytes(64).toString('base64url') }),
  };
  const checked = Object.entries(fields)
    .map(([key, value]) => `${key}=${value}`)
    .sort()
    .join('\n');
  const secret = createHmac('sha256', 'WebAppData').update(botToken).digest();
  const hash = createHmac('sha256', secret).update(checked).digest('hex');
  return new URLSearchParams({ ...fields, hash }).toString();
}

/** The address Telegram opens the Mini App at: the launch parameters in the hash, the client's theme among them. */
export const miniAppUrl = (initData: string, theme: Record<string, string> = {}) =>
  `/#tgWebAppData=${encodeURIComponent(initData)}&tgWebAppVersion=8.0&tgWebAppPlatform=tdesktop&tgWebAppThemeParams=${encodeURIComponent(JSON.stringify(theme))}`;

/** An API token for the browser's session, as the app gets one (`POST /api/auth/session` with the cookie). */
export async function tokenOf(context: BrowserContext): Promise<string> {
  const response = await context.request.post('/api/auth/session');
  expect(response.status()).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

/** JSON calls to the API as that person (to set up what a test needs faster than through screens). */
export function apiAs(stack: WebStack, token: string) {
  const call = async <T>(method: string, path: string, body?: object): Promise<T> => {
    const response = await fetch(`${stack.base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body && { 'content-type': 'application/json' }) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  return {
    call,
    enroll: (track = 'self_work') => call('POST', '/api/programs/recovery/enroll', { primary_track: track }),
    checkIn: (words = 'tired but hopeful') =>
      call('POST', '/api/exercises/emotional_checkin/entries?program=recovery', {
        answers: { mood: 6, anxiety: 5, hope: 7, three_words: words },
        entry_id: randomUUID(),
      }),
    log: (actionType: string) => call('POST', '/api/tracks/actions?program=recovery', { action_type: actionType }),
  };
}

/** A progress bar's value, e.g. `barValue(page, 'Self Work')`. */
export const barValue = async (page: Page, track: string) =>
  Number(await page.getByRole('progressbar', { name: `${track} progress` }).getAttribute('aria-valuenow'));

/** A program's reads (`?program=…`) answered 409 because the person has not joined it: a state, not a fault. */
const NOT_JOINED = /\/api\/[\w/-]+\?(?:.*&)?program=[\w-]+/;

/**
 * Everything the page reports as wrong from now on: console errors, uncaught exceptions and refused
 * requests. Chromium logs each 4xx as "Failed to load resource"; those are judged by their response
 * instead, where a 409 for a program not joined is expected (unless `everyProgramJoined`) and any other
 * 4xx or 5xx is a fault.
 */
export function pageProblems(page: Page, options: { everyProgramJoined?: boolean } = {}): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('response', (response) => {
    const notJoined = !options.everyProgramJoined && response.status() === 409 && NOT_JOINED.test(response.url());
    if (response.status() >= 400 && !notJoined) problems.push(`${response.status()} ${response.url()}`);
  });
  return problems;
}
