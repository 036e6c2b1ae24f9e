import { createHmac } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Locale, User } from '../../src/core/goals/model.js';
import type { Log } from '../../src/core/ports.js';
import type { SafetyCheck } from '../../src/core/safety.port.js';
import { createHttpServer, type HttpDeps } from '../../src/interfaces/http/server.js';
import { apiSecret } from '../../src/services/auth/api-secret.js';
import type { DialectName } from '../../src/store/dialect.js';
import { createTestApp, type TestApp } from '../factories/app.js';
import { httpDeps } from '../../src/main/wire.js';

export interface ApiHarness {
  app: TestApp;
  http: FastifyInstance;
  secret: string;
  /** A Stepwise user behind a Telegram id, as the bot would create them. */
  user(telegramId: number, locale?: Locale): Promise<User>;
  /** A valid HS256 token for the user (or any `sub`). */
  token(sub: string, claims?: Record<string, unknown>): string;
  /** A request as the user (or with `auth` as the whole Authorization header; null for none). */
  // Response bodies are any: tests compare them by value, the way a client reads them.
  call(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    as: User | { auth: string | null },
    body?: unknown,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ): Promise<{ status: number; body: any; headers: Record<string, unknown> }>;
  dispose(): Promise<void>;
}

const b64 = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');

/** A JWT built by hand, so tests can make the ones a library would refuse to sign (alg none, HS512, expired…). */
export function craftJwt(header: object, payload: object, key: string, hash: 'sha256' | 'sha512' = 'sha256'): string {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${createHmac(hash, key).update(input).digest('base64url')}`;
}

export const unsignedJwt = (payload: object) => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`;

export const inMinutes = (minutes: number) => Math.floor(Date.now() / 1000) + minutes * 60;

/** The real app on a fresh database of `dialect`, with its HTTP server (not listening; `inject` drives it). */
export async function startApi(
  dialect: DialectName = 'sqlite',
  env: Record<string, string> = {},
  log?: Log,
  /**
   * `webRoot`: the dashboard's files, where a test must not depend on whether `npm run build:web` has run;
   * `connections`: short timeouts or a small cap, for the tests of those limits; `crisisCheck`: the app's check, where a
   * test needs it to read something its own way (the trained check otherwise).
   */
  options: Pick<HttpDeps, 'webRoot' | 'connections'> & { crisisCheck?: SafetyCheck } = {},
): Promise<ApiHarness> {
  const { crisisCheck, ...serverOptions } = options;
  const app = await createTestApp(
    dialect,
    { RATE_LIMIT_PER_MINUTE: '0', ...env },
    { log, ...(crisisCheck && { crisisCheck }) },
  );
  const deps = httpDeps(log ? { ...app, log } : app);
  const http = createHttpServer(
    { ...deps, ...serverOptions, connections: { ...deps.connections, ...serverOptions.connections } },
    false,
  );
  await http.ready();
  const secret = await apiSecret({ configured: app.config.api.jwtSecret, settings: app.stores.settings });
  const token = (sub: string, claims: Record<string, unknown> = {}) =>
    craftJwt({ alg: 'HS256', typ: 'JWT' }, { sub, iat: inMinutes(0), exp: inMinutes(15), ...claims }, secret);
  return {
    app,
    http,
    secret,
    token,
    user: (telegramId, locale = 'en') =>
      app.goals.ensureUser({ provider: 'telegram', subject: String(telegramId), locale }),
    async call(method, url, as, body) {
      const auth = 'auth' in as ? as.auth : `Bearer ${token(as.id)}`;
      const response = await http.inject({
        method,
        url,
        headers: auth === null ? {} : { authorization: auth },
        ...(body !== undefined && { payload: body as object }),
      });
      return {
        status: response.statusCode,
        body: response.body ? JSON.parse(response.body) : undefined,
        headers: response.headers,
      };
    },
    async dispose() {
      await http.close();
      await app.dispose();
    },
  };
}
