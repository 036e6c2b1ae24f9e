import fastifyJwt, { type FastifyJWTOptions } from '@fastify/jwt';
import Fastify from 'fastify';

/**
 * How API tokens are signed and checked: HS256 only (so `alg: none`, HS512, RS256… are refused),
 * `sub` = the Stepwise user id, and an expiry is required. Shared by the server and the
 * `stepwise token` command so the two can never disagree.
 */
export const jwtOptions = (secret: string, ttlMinutes: number): FastifyJWTOptions => ({
  secret,
  sign: { algorithm: 'HS256', expiresIn: ttlMinutes * 60 },
  // Verified tokens are remembered by createTokenChecker (check-token.ts), by their exact text.
  verify: { algorithms: ['HS256'], requiredClaims: ['sub', 'exp'] },
});

export interface TokenIssuer {
  /** A token for the user, valid for the issuer's lifetime in minutes. */
  sign(userId: string): string;
  close(): Promise<void>;
}

/** Signs tokens outside a running server (the `stepwise token` command), with the server's settings. */
export async function createTokenIssuer(secret: string, ttlMinutes: number): Promise<TokenIssuer> {
  const issuer = Fastify({ logger: false });
  await issuer.register(fastifyJwt, jwtOptions(secret, ttlMinutes));
  await issuer.ready();
  return { sign: (userId) => issuer.jwt.sign({ sub: userId, at: Date.now() }), close: () => issuer.close() };
}
