import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Clock } from '../../../../core/ports.js';
import type { SessionGrant, WebSignIn } from '../../../../services/auth/web-sign-in.js';
import { checkInitData } from '../../auth/init-data.js';
import { caller } from '../../auth/guard.js';
import { HttpProblem } from '../../error-handler.js';
import { ErrorBody, errors, guarded } from '../common.schema.js';
import { ApiToken, LinkParams, LinkUsable, TelegramSignInBody } from './schema.js';
import { isoTime } from '../../../../core/iso-time.js';

/** The browser session's cookie: HttpOnly, SameSite=Strict, Secure when the public URL is HTTPS. */
export const SESSION_COOKIE = 'stepwise_session';

export interface WebAuthDeps {
  signIn: WebSignIn;
  /** A short-lived API token for the user, and when it expires. */
  issue(userId: string): { token: string; expiresAt: Date };
  /** The bot's token, for initData; absent when no bot is configured. */
  botToken?: string;
  secureCookies: boolean;
  clock: Clock;
}

type AuthHttp = Parameters<FastifyPluginAsyncZod>[0];

/**
 * Sign-in without passwords (issue 13): a one-time link from the bot (`/web`) or the CLI
 * (`stepwise login-link`) opens a browser session; inside Telegram the Mini App's signed initData
 * does. The session cookie buys short-lived API tokens (`POST /api/auth/session`); the token, not
 * the cookie, authorises the API, so a forged cross-site request carries nothing that works.
 */
export const webAuthRoutes: FastifyPluginAsyncZod<WebAuthDeps> = async (http, deps) => {
  const tokenFor = (userId: string) => {
    const issued = deps.issue(userId);
    return { token: issued.token, expires_at: isoTime(issued.expiresAt) };
  };
  const setSession = (reply: FastifyReply, grant: SessionGrant) =>
    reply.setCookie(SESSION_COOKIE, grant.secret, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: deps.secureCookies,
      expires: grant.expiresAt,
    });
  linkRoute(http, deps, setSession);
  telegramRoute(http, deps, setSession, tokenFor);
  sessionRoutes(http, deps, tokenFor);
};

function linkRoute(http: AuthHttp, deps: WebAuthDeps, setSession: (reply: FastifyReply, grant: SessionGrant) => void) {
  http.get(
    '/auth/link/:code',
    {
      schema: {
        tags: ['auth'],
        summary: 'Open a one-time sign-in link: sets the session cookie and goes to the app (303)',
        params: LinkParams,
      },
      // A malformed code is just another dead link: the person lands on the sign-in screen.
      errorHandler: (_error, _req, reply) => reply.code(303).header('location', '/?signin=expired').send(),
    },
    async (req, reply) => {
      const grant = await deps.signIn.redeemLink(req.params.code);
      // The link must not leak onwards (Referer) or be kept by a cache.
      reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
      if (!grant) return reply.code(303).header('location', '/?signin=expired').send();
      setSession(reply, grant);
      return reply.code(303).header('location', '/').send();
    },
  );
  // `stepwise login-link` asks this before printing a link: a server on another database does not know
  // the code, and the link would only read "expired or already used". The code is 32 random bytes, so
  // the answer tells a guesser nothing.
  http.get(
    '/auth/link/:code/usable',
    {
      schema: {
        tags: ['auth'],
        summary: 'Whether a one-time sign-in link would work now (it stays unused)',
        params: LinkParams,
        response: { 200: LinkUsable },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return { usable: await deps.signIn.linkUsable(req.params.code) };
    },
  );
}

function telegramRoute(
  http: AuthHttp,
  deps: WebAuthDeps,
  setSession: (reply: FastifyReply, grant: SessionGrant) => void,
  tokenFor: (userId: string) => { token: string; expires_at: string },
) {
  http.post(
    '/api/auth/telegram',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in inside Telegram with the Mini App’s initData (checked with the bot token; 24 h at most)',
        body: TelegramSignInBody,
        response: { 200: ApiToken, '4xx': ErrorBody, '5xx': ErrorBody },
      },
    },
    async (req, reply) => {
      if (!deps.botToken)
        throw new HttpProblem(503, 'telegram_not_configured', 'this server has no Telegram bot (TELEGRAM_BOT_TOKEN)');
      const check = checkInitData(req.body.init_data, deps.botToken, Math.floor(deps.clock.now().getTime() / 1000));
      if (!check.ok) throw new HttpProblem(401, 'unauthorized', check.problem);
      const grant = await deps.signIn.telegram({
        telegramId: String(check.user.id),
        locale: check.user.language_code?.startsWith('ru') ? 'ru' : 'en',
        displayName: check.user.first_name ?? null,
      });
      setSession(reply, grant);
      return tokenFor(grant.userId);
    },
  );
}

const sessionOf = (req: FastifyRequest): string | undefined => req.cookies[SESSION_COOKIE];

function sessionRoutes(
  http: AuthHttp,
  deps: WebAuthDeps,
  tokenFor: (userId: string) => { token: string; expires_at: string },
) {
  http.post(
    '/api/auth/session',
    {
      schema: {
        tags: ['auth'],
        summary: 'A fresh API token for the browser’s session cookie; 401 when there is no live session',
        response: { 200: ApiToken, '4xx': ErrorBody, '5xx': ErrorBody },
      },
    },
    async (req) => {
      const secret = sessionOf(req);
      const userId = secret ? await deps.signIn.sessionUser(secret) : undefined;
      if (!userId) throw new HttpProblem(401, 'unauthorized', 'not signed in: open /web in the Stepwise bot');
      return tokenFor(userId);
    },
  );

  http.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'Sign this browser out (its session cookie ends)' } },
    async (req, reply) => {
      const secret = sessionOf(req);
      if (secret) await deps.signIn.signOut(secret);
      return reply.clearCookie(SESSION_COOKIE, { path: '/' }).code(204).send();
    },
  );
}

/** Inside the guard: the caller is known by their token. */
export const signOutEverywhereRoute: FastifyPluginAsyncZod<{ signIn: WebSignIn }> = async (http, { signIn }) => {
  http.post(
    '/api/auth/logout-all',
    {
      schema: {
        ...guarded('auth'),
        summary: 'Sign out everywhere: every browser session, unused link and API token of the user stops working',
        response: { 204: z.null().describe('signed out'), ...errors },
      },
    },
    async (req, reply) => {
      await signIn.signOutEverywhere(caller(req).id);
      return reply.clearCookie(SESSION_COOKIE, { path: '/' }).code(204).send(null);
    },
  );
};
