import type { JWT } from '@fastify/jwt';
import { isStepwiseError } from '../../../core/errors.js';
import type { User } from '../../../core/goals/model.js';
import type { GoalServices } from '../../../services/goal-services.js';

/** A token either names a user who exists, or is refused with a reason the client may see. */
export type TokenCheck = { ok: true; user: User; expiresAt: Date } | { ok: false; problem: string };

export const MISSING_TOKEN = 'send Authorization: Bearer <token> (get one with: npx stepwise token --telegram-id <your Telegram id>)';
const INVALID = 'the token is not valid';
const EXPIRED = 'the token has expired; get a new one (npx stepwise token --telegram-id <your Telegram id>)';

/** `Authorization: Bearer <token>` → the token; anything else → undefined. */
export const bearerToken = (header: string | undefined): string | undefined => /^Bearer +([\w.~+/=-]+) *$/i.exec(header ?? '')?.[1];

/** Verifies the signature, algorithm and expiry, then that the user still exists. */
export async function checkToken(jwt: JWT, goals: Pick<GoalServices, 'user'>, token: string): Promise<TokenCheck> {
  let claims: { sub?: unknown; exp: number };
  try {
    claims = jwt.verify<{ sub?: unknown; exp: number }>(token);
  } catch (e) {
    return { ok: false, problem: (e as { code?: string }).code === 'FAST_JWT_EXPIRED' ? EXPIRED : INVALID };
  }
  if (typeof claims.sub !== 'string' || claims.sub === '') return { ok: false, problem: INVALID };
  const user = await goals.user(claims.sub).catch((e: unknown) => {
    // An unknown user is a refused token; a database failure is not the client's fault (500).
    if (isStepwiseError(e)) return undefined;
    throw e;
  });
  return user ? { ok: true, user, expiresAt: new Date(claims.exp * 1000) } : { ok: false, problem: INVALID };
}
