import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
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
  deps: { checkToken: (token: string, read?: UserRead) => TokenCheck | Promise<TokenCheck>; perMinute: number },
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
  const admit = (req: FastifyRequest, reply: FastifyReply, check: TokenCheck, done: HookHandlerDoneFunction) => {
    if (check.ok) {
      req.account = check.user;
      req.freshStamp = check.stamp;
    }
    const refusal = check.ok
      ? undefined
      : new HttpProblem(401, 'unauthorized', check.problem, { 'www-authenticate': 'Bearer' });
    if (!count) return done(refusal);
    count(req, reply).then(() => done(refusal), done);
  };
  // A callback hook, not an async one: a token, account and stamp already in memory are checked
  // without a promise, and the request goes on in the same tick (see `TokenChecker`).
  scope.addHook('onRequest', (req, reply, done) => {
    const token = bearerToken(req.headers.authorization);
    const read = req.method === 'GET' || req.method === 'HEAD' ? 'view' : 'write';
    let check: TokenCheck | Promise<TokenCheck>;
    try {
      check = token ? deps.checkToken(token, read) : { ok: false, problem: MISSING_TOKEN };
    } catch (error) {
      return done(error as Error);
    }
    if (check instanceof Promise) check.then((answer) => admit(req, reply, answer, done), done);
    else admit(req, reply, check, done);
  });
}
