import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { User } from '../../../core/goals/model.js';
import { HttpProblem } from '../error-handler.js';
import { bearerToken, MISSING_TOKEN, type TokenCheck, type UserRead } from './check-token.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The user the request's token names; set by the guard before any handler runs. */
    account: User | null;
    /** That user's freshness stamp as the request began (undefined: do not answer from memory). */
    freshStamp: string | undefined;
  }
}

/** The authenticated user of a guarded request. */
export function caller(req: FastifyRequest): User {
  if (!req.account) throw new HttpProblem(401, 'unauthorized', MISSING_TOKEN);
  return req.account;
}

/**
 * Every request in `scope` needs a valid token. In one hook, in this order: find who is calling,
 * count the request (per user when known, else per address, so guessing tokens is limited too),
 * then refuse a missing or bad token with 401.
 */
export async function guard(
  scope: FastifyInstance,
  deps: { checkToken: (token: string, read?: UserRead) => Promise<TokenCheck>; perMinute: number },
): Promise<void> {
  scope.decorateRequest('account', null);
  scope.decorateRequest('freshStamp', undefined);
  let count: ((req: FastifyRequest, reply: FastifyReply) => Promise<unknown>) | undefined;
  if (deps.perMinute > 0) {
    await scope.register(fastifyRateLimit, {
      global: false,
      max: deps.perMinute,
      timeWindow: 60_000,
      keyGenerator: (req) => (req.account ? `user:${req.account.id}` : `ip:${req.ip}`),
      errorResponseBuilder: (_req, context) =>
        new HttpProblem(429, 'rate_limited', `too many requests; try again in ${context.after}`),
    });
    count = scope.rateLimit();
  }
  scope.addHook('onRequest', async (req, reply) => {
    const token = bearerToken(req.headers.authorization);
    const read = req.method === 'GET' || req.method === 'HEAD' ? 'view' : 'write';
    const check = token ? await deps.checkToken(token, read) : ({ ok: false, problem: MISSING_TOKEN } as const);
    if (check.ok) {
      req.account = check.user;
      req.freshStamp = check.stamp;
    }
    await count?.(req, reply);
    if (!check.ok) throw new HttpProblem(401, 'unauthorized', check.problem, { 'www-authenticate': 'Bearer' });
  });
}
