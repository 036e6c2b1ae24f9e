import { createHash, randomBytes } from 'node:crypto';
import type { WebSessionStore } from '../../core/auth/web-sessions.port.js';
import type { Locale, UserId } from '../../core/goals/model.js';
import type { Clock, IdSource, UserStore } from '../../core/ports.js';
import { ensureUser, type Identity } from '../goals/ensure-user.js';

/** A login link lives this long and works once (issue 13: "expires within 10 minutes"). */
export const LOGIN_LINK_TTL_MS = 10 * 60_000;
/** A browser stays signed in this long without a new link; the API tokens it gets live minutes. */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60_000;

export interface SessionGrant {
  userId: UserId;
  /** The cookie's value: 32 random bytes, base64url. Only its hash is stored. */
  secret: string;
  expiresAt: Date;
}

/** The person behind a verified Telegram Mini App sign-in. */
export interface TelegramPerson {
  telegramId: string;
  locale: Locale;
  displayName: string | null;
}

export interface WebSignIn {
  /** A one-time code for `/auth/link/<code>`. */
  loginLink(userId: UserId): Promise<{ code: string; expiresAt: Date }>;
  /**
   * The start banner's first-run link, for the person an identity names (this machine's user): the user is found or
   * made only when the link is opened, so a server started and never signed in to holds nobody it did not need.
   * Kept by this process alone (a newer one replaces it): it is printed by the server that answers it.
   */
  firstRunLink(identity: Identity): { code: string; expiresAt: Date };
  /** Whether `/auth/link/<code>` would sign in now, without using it (the CLI asks the server). */
  linkUsable(code: string): Promise<boolean>;
  /** A session for a link's user; undefined when the link is unknown, used or expired. */
  redeemLink(code: string): Promise<SessionGrant | undefined>;
  /** A session for a person signed in by Telegram (created on first contact, as the bot does). */
  telegram(person: TelegramPerson): Promise<SessionGrant>;
  sessionUser(secret: string): Promise<UserId | undefined>;
  signOut(secret: string): Promise<void>;
  signOutEverywhere(userId: UserId): Promise<void>;
}

const secretOf = () => randomBytes(32).toString('base64url');
const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

interface SignInDeps {
  stores: { users: UserStore; webSessions: WebSessionStore };
  clock: Clock;
  ids: IdSource;
}

/**
 * Passwordless sign-in: a link from the bot or the CLI, or Telegram's signed initData, opens a
 * browser session; the session's cookie buys short-lived API tokens. Secrets are random, stored
 * hashed, and a hash is looked up by equality (no timing oracle on the secret itself).
 */
export function createWebSignIn(deps: SignInDeps): WebSignIn {
  const { webSessions } = deps.stores;
  let firstRun: { codeHash: string; identity: Identity; expiresAt: Date } | undefined;
  /** The first-run link's identity, once: the link is spent by this call (undefined when it is not that link). */
  const takeFirstRun = (code: string): Identity | undefined => {
    if (!firstRun || firstRun.codeHash !== hashOf(code) || firstRun.expiresAt <= deps.clock.now()) return undefined;
    const { identity } = firstRun;
    firstRun = undefined;
    return identity;
  };
  const openSession = async (userId: UserId): Promise<SessionGrant> => {
    const now = deps.clock.now();
    const secret = secretOf();
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    await webSessions.addSession({ idHash: hashOf(secret), userId, createdAt: now, expiresAt });
    return { userId, secret, expiresAt };
  };

  return {
    async loginLink(userId) {
      const now = deps.clock.now();
      const code = secretOf();
      const expiresAt = new Date(now.getTime() + LOGIN_LINK_TTL_MS);
      await webSessions.addLink({ codeHash: hashOf(code), userId, createdAt: now, expiresAt });
      return { code, expiresAt };
    },

    firstRunLink(identity) {
      const code = secretOf();
      const expiresAt = new Date(deps.clock.now().getTime() + LOGIN_LINK_TTL_MS);
      firstRun = { codeHash: hashOf(code), identity, expiresAt };
      return { code, expiresAt };
    },

    linkUsable: async (code) =>
      (firstRun?.codeHash === hashOf(code) && firstRun.expiresAt > deps.clock.now()) ||
      webSessions.linkUsable(hashOf(code), deps.clock.now()),

    async redeemLink(code) {
      const identity = takeFirstRun(code);
      if (identity) return openSession((await ensureUser(deps, identity)).id);
      const userId = await webSessions.useLink(hashOf(code), deps.clock.now());
      return userId === undefined ? undefined : openSession(userId);
    },

    async telegram(person) {
      const user = await ensureUser(deps, {
        provider: 'telegram',
        subject: person.telegramId,
        locale: person.locale,
        displayName: person.displayName,
      });
      return openSession(user.id);
    },

    sessionUser: (secret) => webSessions.sessionUser(hashOf(secret), deps.clock.now()),
    signOut: (secret) => webSessions.endSession(hashOf(secret)),
    signOutEverywhere: (userId) => webSessions.signOutEverywhere(userId, deps.clock.now()),
  };
}
