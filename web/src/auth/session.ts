import type { TokenReply } from '../api/contract/account';
import { postAuth } from './auth-requests';

/** Why nobody is signed in: each has its own words on the sign-in screen. */
export type SignedOutReason =
  'none' | 'link_expired' | 'telegram_refused' | 'signed_out' | 'session_ended' | 'unreachable' | 'erased';

export type SessionState =
  { status: 'starting' } | { status: 'signed_in' } | { status: 'signed_out'; reason: SignedOutReason };

/** What the Mini App launch gives (see telegram/start-telegram.ts). */
export interface TelegramLaunch {
  initData: string | undefined;
  languageCode: string | undefined;
}

/**
 * The API token and how it is renewed. It lives in memory only: in a browser it comes from the
 * HttpOnly session cookie (`POST /api/auth/session`), inside Telegram from the launch's initData
 * (`POST /api/auth/telegram`); either way it is renewed at 80 % of its life.
 */
export interface Session {
  state(): SessionState;
  subscribe(listener: () => void): () => void;
  token(): string | undefined;
  /** Signs in from the cookie or the initData; ends signed in or signed out with a reason. */
  start(): Promise<void>;
  /** A fresh token now (after a 401 or a closed socket); false when the session is over. */
  refresh(): Promise<boolean>;
  signOut(everywhere: boolean): Promise<void>;
  /** After the person erased their data (`DELETE /api/me`): the server has ended every session; forget this one. */
  forget(): void;
}

const REFRESH_AT = 0.8;
const MIN_REFRESH_MS = 5_000;
const RETRY_AFTER_NETWORK_MS = 10_000;

/** The session of this page; `telegram` resolves to the launch inside Telegram, else null. */
export function createSession(deps: { telegram: Promise<TelegramLaunch | null>; linkExpired: boolean }): Session {
  let state: SessionState = { status: 'starting' };
  let token: string | undefined;
  let timer: number | undefined;
  let inFlight: Promise<boolean> | undefined;
  // Set by forget(): a token request still under way (the live socket asks for one when the server
  // closes it on erasure) must not turn "erased" into "session ended".
  let forgotten = false;
  const listeners = new Set<() => void>();

  const set = (next: SessionState) => {
    state = next;
    listeners.forEach((listener) => listener());
  };
  const end = (reason: SignedOutReason) => {
    token = undefined;
    window.clearTimeout(timer);
    set({ status: 'signed_out', reason });
  };
  const keep = (reply: TokenReply) => {
    token = reply.token;
    const life = Date.parse(reply.expires_at) - Date.now();
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void renew(), Math.max(MIN_REFRESH_MS, life * REFRESH_AT));
    if (state.status !== 'signed_in') set({ status: 'signed_in' });
  };

  /** One request for a token at a time; a refusal ends the session, a network failure retries later. */
  const renew = (): Promise<boolean> =>
    (inFlight ??= (async () => {
      const launch = await deps.telegram;
      const outcome = launch
        ? await postAuth<TokenReply>('/api/auth/telegram', { init_data: launch.initData ?? '' })
        : await postAuth<TokenReply>('/api/auth/session');
      if (forgotten) return false;
      if (outcome.kind === 'ok') keep(outcome.body);
      else if (outcome.kind === 'refused') end(refusalReason(state, Boolean(launch), deps.linkExpired));
      else if (state.status === 'signed_in') timer = window.setTimeout(() => void renew(), RETRY_AFTER_NETWORK_MS);
      else end('unreachable');
      return outcome.kind === 'ok';
    })().finally(() => (inFlight = undefined)));

  return {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    token: () => token,
    async start() {
      forgotten = false;
      if (state.status !== 'starting') set({ status: 'starting' });
      await renew();
    },
    refresh: renew,
    async signOut(everywhere) {
      const outcome = await postAuth(everywhere ? '/api/auth/logout-all' : '/api/auth/logout', undefined, token);
      // Everywhere must really have happened before this device says so; this device alone can always forget its token.
      if (everywhere && outcome.kind !== 'ok') throw new Error('sign-out everywhere failed');
      end('signed_out');
    },
    forget() {
      forgotten = true;
      end('erased');
    },
  };
}

function refusalReason(state: SessionState, telegram: boolean, linkExpired: boolean): SignedOutReason {
  if (state.status === 'signed_in') return 'session_ended';
  if (telegram) return 'telegram_refused';
  return linkExpired ? 'link_expired' : 'none';
}
