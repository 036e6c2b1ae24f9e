import { createHmac } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../src/core/goals/model.js';
import { DIALECTS } from '../factories/databases.js';
import { type ApiHarness, craftJwt, startApi } from './api-harness.js';

const BOT_TOKEN = '123456789:AAHtestTokenForInitDataChecks_abcdefg';

/** initData as a Telegram client signs it, for a user, at a moment in seconds. */
function initData(user: object, authDate: number, token = BOT_TOKEN): string {
  const fields = { auth_date: String(authDate), query_id: 'AAHq', user: JSON.stringify(user) };
  const checked = Object.entries(fields)
    .map(([key, value]) => `${key}=${value}`)
    .sort()
    .join('\n');
  const secret = createHmac('sha256', 'WebAppData').update(token).digest();
  return new URLSearchParams({
    ...fields,
    hash: createHmac('sha256', secret).update(checked).digest('hex'),
  }).toString();
}

const cookieOf = (headers: Record<string, unknown>): string => {
  const raw = headers['set-cookie'];
  const line = (Array.isArray(raw) ? raw : [raw]).find((item) => String(item).startsWith('stepwise_session='));
  return String(line ?? '');
};

for (const dialect of DIALECTS) {
  describe(`web sign-in (${dialect})`, () => {
    let api: ApiHarness;
    let ann: User;
    beforeAll(async () => {
      api = await startApi(dialect, { TELEGRAM_BOT_TOKEN: BOT_TOKEN });
      ann = await api.user(5001);
    }, 120_000);
    afterAll(() => api?.dispose());

    const now = () => Math.floor(api.app.clock.now().getTime() / 1000);
    const inject = (options: InjectOptions) => api.http.inject(options);
    const sessionToken = async (cookie: string) => {
      const response = await inject({ method: 'POST', url: '/api/auth/session', headers: { cookie } });
      return { status: response.statusCode, token: response.json().token as string | undefined };
    };
    const me = (token: string) =>
      inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } });

    it('signs a browser in once by link: HttpOnly SameSite=Strict cookie, then short-lived API tokens', async () => {
      const { code } = await api.app.signIn.loginLink(ann.id);
      const opened = await inject({ method: 'GET', url: `/auth/link/${code}` });
      expect(opened.statusCode).toBe(303);
      expect(opened.headers.location).toBe('/');
      const cookie = cookieOf(opened.headers);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      expect(cookie).not.toMatch(/Secure/); // the test server's public URL is plain http

      const session = await sessionToken(cookie.split(';')[0]!);
      expect(session.status).toBe(200);
      expect((await me(session.token!)).json().user.id).toBe(ann.id);

      const again = await inject({ method: 'GET', url: `/auth/link/${code}` });
      expect(again.headers.location).toBe('/?signin=expired');
      expect(cookieOf(again.headers)).toBe('');
    });

    it('refuses a link after ten minutes, and a made-up one', async () => {
      const { code } = await api.app.signIn.loginLink(ann.id);
      api.app.clock.advance(10 * 60_000 + 1);
      expect((await inject({ method: 'GET', url: `/auth/link/${code}` })).headers.location).toBe('/?signin=expired');
      expect((await inject({ method: 'GET', url: `/auth/link/${'x'.repeat(43)}` })).headers.location).toBe(
        '/?signin=expired',
      );
      expect((await inject({ method: 'GET', url: '/auth/link/short' })).headers.location).toBe('/?signin=expired');
    });

    it('signs in inside Telegram by initData, creating the person as the bot would, in their language', async () => {
      const person = { id: 777001, first_name: 'Мария', language_code: 'ru' };
      const response = await inject({
        method: 'POST',
        url: '/api/auth/telegram',
        payload: { init_data: initData(person, now() - 60) },
      });
      expect(response.statusCode).toBe(200);
      const body = (await me(response.json().token)).json();
      expect(body.user).toMatchObject({ name: 'Мария', locale: 'ru' });
      const viaBot = await api.user(777001);
      expect(viaBot.id).toBe(body.user.id);
    });

    it('refuses a stale initData (over 24 h) and one signed for another bot with 401', async () => {
      const person = { id: 777002, first_name: 'Sam' };
      const stale = await inject({
        method: 'POST',
        url: '/api/auth/telegram',
        payload: { init_data: initData(person, now() - 24 * 3600 - 5) },
      });
      expect(stale.statusCode).toBe(401);
      expect(stale.json().message).toMatch(/older than 24 hours/);
      const forged = await inject({
        method: 'POST',
        url: '/api/auth/telegram',
        payload: { init_data: initData(person, now(), '999:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA') },
      });
      expect(forged.statusCode).toBe(401);
    });

    it('signs out everywhere: every session and every token issued before stops working', async () => {
      const bob = await api.user(5002);
      const cookies = [];
      for (let i = 0; i < 2; i++) {
        const { code } = await api.app.signIn.loginLink(bob.id);
        cookies.push(cookieOf((await inject({ method: 'GET', url: `/auth/link/${code}` })).headers).split(';')[0]!);
      }
      const token = (await sessionToken(cookies[0]!)).token!;
      const out = await inject({
        method: 'POST',
        url: '/api/auth/logout-all',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(out.statusCode).toBe(204);
      api.app.clock.advance(1);
      expect((await me(token)).statusCode).toBe(401);
      for (const cookie of cookies) expect((await sessionToken(cookie)).status).toBe(401);
      // Signing in again afterwards works.
      const { code } = await api.app.signIn.loginLink(bob.id);
      const fresh = cookieOf((await inject({ method: 'GET', url: `/auth/link/${code}` })).headers).split(';')[0]!;
      expect((await me((await sessionToken(fresh)).token!)).statusCode).toBe(200);
    });

    it('refuses a token whose issue time is not a number or lies in the future, so none outlives signing out everywhere', async () => {
      const cara = await api.user(5003);
      const header = { alg: 'HS256', typ: 'JWT' };
      const exp = Math.floor(Date.now() / 1000) + 600;
      const crafted = (claims: Record<string, unknown>) =>
        craftJwt(header, { sub: cara.id, exp, ...claims }, api.secret);
      const forged = [
        crafted({ at: 1e308 }),
        crafted({ at: '9999999999999' }),
        crafted({ iat: 1e308 }),
        crafted({ iat: 'now' }),
        crafted({ at: Date.now() + 10 * 60_000 }),
        crafted({ at: Date.now(), iat: Math.floor(Date.now() / 1000) + 3600 }),
      ];
      for (const token of forged) expect((await me(token)).statusCode).toBe(401);
      // A minute of clock skew between the machine that signed and this one is tolerated.
      expect((await me(crafted({ at: Date.now() + 30_000 }))).statusCode).toBe(200);
      expect((await me(crafted({ iat: Math.floor(Date.now() / 1000) }))).statusCode).toBe(200);
    });

    it('signs this browser out: its cookie no longer buys tokens', async () => {
      const { code } = await api.app.signIn.loginLink(ann.id);
      const cookie = cookieOf((await inject({ method: 'GET', url: `/auth/link/${code}` })).headers).split(';')[0]!;
      expect((await inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })).statusCode).toBe(204);
      expect((await sessionToken(cookie)).status).toBe(401);
    });

    it('changes language, tone and time zone in /api/me, and refuses a zone that does not exist', async () => {
      const changed = await api.call('PATCH', '/api/me', ann, {
        locale: 'ru',
        tone: 'serious',
        time_zone: 'Asia/Omsk',
      });
      expect(changed.body.user).toMatchObject({ locale: 'ru', tone: 'serious', time_zone: 'Asia/Omsk' });
      const wrong = await api.call('PATCH', '/api/me', ann, { time_zone: 'Mars/Olympus' });
      expect(wrong.status).toBe(400);
      expect(wrong.body.message).toMatch(/IANA/);
      expect((await api.call('PATCH', '/api/me', ann, {})).status).toBe(400);
    });
  });
}

describe('track history for the dashboard chart', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi('sqlite');
  }, 120_000);
  afterAll(() => api?.dispose());

  it('gives each track a line of ledger points, oldest first, each naming the action that moved it', async () => {
    const cara = await api.user(6001);
    expect((await api.call('POST', '/api/programs/recovery/enroll', cara, {})).status).toBeLessThan(300);
    const actions = await api.call('GET', '/api/tracks/progress', cara);
    expect(actions.status).toBe(200);
    for (const sourceId of ['a', 'b']) {
      const logged = await api.call('POST', '/api/tracks/actions', cara, {
        action_type: 'support_group_attended',
        source_id: sourceId,
      });
      expect(logged.status).toBe(200);
      api.app.clock.advance(24 * 3600_000);
    }
    const history = await api.call('GET', '/api/tracks/history?lang=en', cara);
    expect(history.status).toBe(200);
    const moved = history.body.tracks.filter((track: { points: unknown[] }) => track.points.length > 0);
    expect(moved.length).toBeGreaterThan(0);
    const points = moved[0].points;
    expect(points).toHaveLength(2);
    expect(points[0].at < points[1].at).toBe(true);
    expect(points[1].progress).toBeGreaterThan(points[0].progress);
    expect(points[0].action).toBe('Support group meeting');
    expect(points[0].action.length).toBeGreaterThan(3);
  });

  it('refuses a program the person is not in', async () => {
    const dan = await api.user(6002);
    expect((await api.call('GET', '/api/tracks/history', dan)).status).toBeGreaterThanOrEqual(400);
  });
});
