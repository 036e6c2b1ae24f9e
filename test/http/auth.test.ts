import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../src/core/goals/model.js';
import { createTokenIssuer } from '../../src/interfaces/http/auth/jwt.js';
import { type ApiHarness, craftJwt, inMinutes, startApi, unsignedJwt } from './api-harness.js';
import { httpDeps } from '../../src/main/wire.js';

describe('API authentication', () => {
  let harness: ApiHarness;
  let ann: User;
  beforeAll(async () => {
    harness = await startApi('sqlite');
    ann = await harness.user(1001);
  });
  afterAll(() => harness?.dispose());

  const asHeader = (auth: string | null) => harness.call('GET', '/api/programs', { auth });
  const claims = () => ({ sub: ann.id, iat: inMinutes(0), exp: inMinutes(15) });

  it('accepts a valid HS256 token for an existing user, and one signed by the token issuer', async () => {
    expect((await asHeader(`Bearer ${harness.token(ann.id)}`)).status).toBe(200);
    const issuer = await createTokenIssuer(harness.secret, 5);
    expect((await asHeader(`Bearer ${issuer.sign(ann.id)}`)).status).toBe(200);
    await issuer.close();
  });

  it('refuses every request without a valid token with 401 JSON', async () => {
    const refused: Array<[string, string | null]> = [
      ['no header', null],
      ['not a bearer', `Basic ${Buffer.from('ann:pw').toString('base64')}`],
      ['empty bearer', 'Bearer '],
      ['garbage', 'Bearer not.a.jwt'],
      ['alg none', `Bearer ${unsignedJwt(claims())}`],
      [
        'HS512 with the right key',
        `Bearer ${craftJwt({ alg: 'HS512', typ: 'JWT' }, claims(), harness.secret, 'sha512')}`,
      ],
      ['RS256 header', `Bearer ${craftJwt({ alg: 'RS256', typ: 'JWT' }, claims(), harness.secret)}`],
      [
        'bad signature',
        `Bearer ${craftJwt({ alg: 'HS256', typ: 'JWT' }, claims(), 'another-secret-of-at-least-32-chars!!')}`,
      ],
      ['expired', `Bearer ${harness.token(ann.id, { iat: inMinutes(-30), exp: inMinutes(-15) })}`],
      ['no expiry', `Bearer ${craftJwt({ alg: 'HS256', typ: 'JWT' }, { sub: ann.id }, harness.secret)}`],
      ['unknown user', `Bearer ${harness.token(randomUUID())}`],
      ['no subject', `Bearer ${craftJwt({ alg: 'HS256', typ: 'JWT' }, { exp: inMinutes(5) }, harness.secret)}`],
    ];
    for (const [why, header] of refused) {
      const response = await asHeader(header);
      expect({ why, status: response.status, error: response.body.error }).toEqual({
        why,
        status: 401,
        error: 'unauthorized',
      });
      expect(response.headers['www-authenticate']).toBe('Bearer');
      expect(response.body.message).toEqual(expect.any(String));
    }
  });

  it('says when a token has expired, and how to get a token when there is none', async () => {
    expect((await asHeader(`Bearer ${harness.token(ann.id, { exp: inMinutes(-1) })}`)).body.message).toContain(
      'expired',
    );
    expect((await asHeader(null)).body.message).toContain('npx stepwise token --telegram-id');
  });

  it('refuses a token the moment it expires, even one it accepted a second ago', async () => {
    const exp = Math.floor(Date.now() / 1000) + 1;
    const header = `Bearer ${harness.token(ann.id, { exp })}`;
    expect((await asHeader(header)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, exp * 1000 - Date.now() + 50));
    expect(await asHeader(header)).toMatchObject({
      status: 401,
      body: { message: expect.stringContaining('expired') },
    });
  });

  it('checks the token before the body: a stranger learns nothing about the input', async () => {
    const response = await harness.call(
      'POST',
      '/api/tracks/actions',
      { auth: null },
      { action_type: 'no-such-thing' },
    );
    expect(response).toMatchObject({ status: 401, body: { error: 'unauthorized' } });
  });

  it('keeps the generated key in the database, so a second server accepts the same tokens', async () => {
    const second = await startApi('sqlite');
    try {
      expect(second.secret).toHaveLength(64);
      expect(second.secret).not.toBe(harness.secret);
      const bob = await second.user(2002);
      expect((await second.call('GET', '/api/programs', bob)).status).toBe(200);
      const { createHttpServer } = await import('../../src/interfaces/http/server.js');
      const again = createHttpServer(httpDeps(second.app), false);
      const response = await again.inject({
        url: '/api/programs',
        headers: { authorization: `Bearer ${second.token(bob.id)}` },
      });
      expect(response.statusCode).toBe(200);
      await again.close();
    } finally {
      await second.dispose();
    }
  });
});

describe('API authentication with JWT_SECRET set', () => {
  const SECRET = 'a-configured-secret-0123456789abcdef';
  let harness: ApiHarness;
  beforeAll(async () => {
    harness = await startApi('sqlite', { JWT_SECRET: SECRET });
  });
  afterAll(() => harness?.dispose());

  it('signs and checks with that key and stores none', async () => {
    const user = await harness.user(3003);
    expect(harness.secret).toBe(SECRET);
    expect((await harness.call('GET', '/api/programs', user)).status).toBe(200);
    expect(await harness.app.stores.settings.get('jwt_secret')).toBeUndefined();
    const other = craftJwt({ alg: 'HS256', typ: 'JWT' }, { sub: user.id, exp: inMinutes(5) }, 'x'.repeat(40));
    expect((await harness.call('GET', '/api/programs', { auth: `Bearer ${other}` })).status).toBe(401);
  });
});
