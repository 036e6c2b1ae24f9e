import type { JWT } from '@fastify/jwt';
import { LRUCache } from 'lru-cache';
import { type ErrorCode, isStepwiseError } from '../../../core/errors.js';
import type { User } from '../../../core/goals/model.js';
import type { CacheStats } from '../read-cache.js';

/** A token either names a user who exists, or is refused with a reason the client may see. */
export type TokenCheck =
  | {
      ok: true;
      user: User;
      expiresAt: Date;
      /** The person's freshness stamp taken for this check: the request's other cached reads reuse it. */
      stamp?: string;
    }
  | { ok: false; problem: string };

export const MISSING_TOKEN =
  'send Authorization: Bearer <token> (get one with: npx stepwise token --telegram-id <your Telegram id>)';
const INVALID = 'the token is not valid';
const EXPIRED = 'the token has expired; get a new one (npx stepwise token --telegram-id <your Telegram id>)';

/** `Authorization: Bearer <token>` → the token; anything else → undefined. */
export const bearerToken = (header: string | undefined): string | undefined =>
  /^Bearer +([\w.~+/=-]+) *$/i.exec(header ?? '')?.[1];

/**
 * What the token's check is for. `view`: a read, which takes the person's freshness stamp for its
 * cached views. `write`: no stamp needed, only an exact account (a sign-out anywhere refuses it).
 */
export type UserRead = 'view' | 'write';

/**
 * Checks a token; `stats` counts the verified-token memory's hits (for `/metrics`). Answered without a
 * promise when everything it needs is in memory (a remembered token, a cached account, a synchronous
 * stamp): the request's hook then goes on in the same tick.
 */
export type TokenChecker = ((token: string, read?: UserRead) => TokenCheck | Promise<TokenCheck>) & {
  stats(): CacheStats;
};

/** Who a token's subject is, with the stamp taken for it; a promise only when it had to wait. */
export type FoundUser = { user: User; stamp?: string };

type Claims = { sub?: unknown; exp: number; iat?: unknown; at?: unknown };

/** How far ahead of this server's clock a token's issue time may be: the clock skew between two machines. */
const CLOCK_SKEW_MS = 60_000;

/**
 * When the token was issued, in ms: our own `at` claim (ms, from the server's clock), else the
 * standard `iat` (whole seconds); 0 when it carries neither (refused after any sign-out). A claim
 * that is not a finite number, or lies in the future beyond the clock skew, makes the token invalid:
 * `at: 1e308` would otherwise count as issued after every "sign out everywhere" to come.
 */
function issuedAt(claims: Claims, now: number): number | undefined {
  const stamps: Array<[unknown, number]> = [
    [claims.at, 1],
    [claims.iat, 1000],
  ];
  let issued: number | undefined;
  for (const [value, scale] of stamps) {
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value * scale > now + CLOCK_SKEW_MS) return undefined;
    issued ??= value * scale;
  }
  return issued ?? 0;
}
const SIGNED_OUT = 'this token was signed out; sign in again';
/** Refusals that say the database could not answer, not that the user is unknown. */
const UNAVAILABLE = new Set<ErrorCode>(['database_unavailable', 'storage_full']);

/** The longest a token may still have to live: the CLI's largest `--ttl` (24 h) and a minute of clock skew. */
const MAX_TOKEN_LIFETIME_MS = (24 * 60 + 1) * 60_000;

/**
 * Memory for verified tokens (one or two per active user), least recently used out: 64 MB holds
 * well over 100,000 (a token is ~200 characters), so a large working set does not thrash.
 */
const REMEMBERED_TOKEN_BYTES = 64 * 1024 * 1024;
/** A token's claims and the map's own overhead, beside the token's text (two bytes a character). */
const CLAIMS_BYTES = 160;

/**
 * `token → TokenCheck`: verifies the signature, algorithm and expiry, then that the user still
 * exists. A token verified once is remembered by its exact text until it expires, so a client's
 * next requests skip the HMAC (an identical string carries the identical, already checked signature).
 */
export function createTokenChecker(
  jwt: JWT,
  goals: { user(userId: string, read: UserRead): FoundUser | Promise<FoundUser> },
  now: () => number = Date.now,
): TokenChecker {
  const verified = new LRUCache<string, Claims>({
    maxSize: REMEMBERED_TOKEN_BYTES,
    sizeCalculation: (_claims, token) => 2 * token.length + CLAIMS_BYTES,
  });
  let [hits, misses] = [0, 0];
  const claimsOf = (token: string): Claims | { problem: string } => {
    const known = verified.get(token);
    if (known && known.exp * 1000 > now()) {
      hits++;
      return known;
    }
    if (known) {
      verified.delete(token);
      return { problem: EXPIRED };
    }
    misses++;
    try {
      const claims = jwt.verify<Claims>(token);
      verified.set(token, claims);
      return claims;
    } catch (error) {
      return { problem: (error as { code?: string }).code === 'FAST_JWT_EXPIRED' ? EXPIRED : INVALID };
    }
  };
  // An unknown user is a refused token; a database failure is not the client's fault (500, or 503
  // when it could not be reached or had no room): a 401 would make the client drop a good token.
  const unknownUser = (error: unknown): undefined => {
    if (isStepwiseError(error) && !UNAVAILABLE.has(error.code)) return undefined;
    throw error;
  };
  const decide = (claims: Claims, issued: number, found: FoundUser | undefined): TokenCheck => {
    if (!found) return { ok: false, problem: INVALID };
    const { user, stamp } = found;
    // `<=`: a token minted in the very millisecond of the sign-out is on the refused side.
    if (user.signedOutAt && issued <= user.signedOutAt.getTime()) return { ok: false, problem: SIGNED_OUT };
    return { ok: true, user, expiresAt: new Date(claims.exp * 1000), ...(stamp !== undefined && { stamp }) };
  };
  const check = (token: string, read: UserRead = 'view'): TokenCheck | Promise<TokenCheck> => {
    const claims = claimsOf(token);
    if ('problem' in claims) return { ok: false, problem: claims.problem };
    if (typeof claims.sub !== 'string' || claims.sub === '') return { ok: false, problem: INVALID };
    // No token outlives the longest lifetime anything here issues (`stepwise token --ttl` ≤ 24 h):
    // a forged or mistaken `exp: 1e308` is not "valid forever".
    if (claims.exp * 1000 - now() > MAX_TOKEN_LIFETIME_MS) return { ok: false, problem: INVALID };
    const issued = issuedAt(claims, now());
    if (issued === undefined) return { ok: false, problem: INVALID };
    let found: FoundUser | Promise<FoundUser> | undefined;
    try {
      found = goals.user(claims.sub, read);
    } catch (error) {
      found = unknownUser(error);
    }
    if (found instanceof Promise) return found.catch(unknownUser).then((answer) => decide(claims, issued, answer));
    return decide(claims, issued, found);
  };
  return Object.assign(check, {
    stats: (): CacheStats => ({ hits, misses, entries: verified.size, bytes: verified.calculatedSize }),
  });
}
