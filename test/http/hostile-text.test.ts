import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../src/core/goals/model.js';
import { DIALECTS } from '../factories/databases.js';
import { type ApiHarness, craftJwt, startApi } from './api-harness.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: text no database keeps as sent, and tokens that claim too much`, () => {
    let api: ApiHarness;
    let ann: User;
    beforeAll(async () => {
      api = await startApi(dialect);
      ann = await api.user(8101);
      await api.call('POST', '/api/programs/recovery/enroll', ann, {});
    }, 120_000);
    afterAll(() => api?.dispose());

    it('refuses a NUL in a body or a path with 400 naming where, and stores nothing', async () => {
      const body = await api.call('POST', '/api/tracks/actions', ann, {
        action_type: 'support_group_attended',
        source_id: 'a\u0000b',
      });
      expect(body.status).toBe(400);
      expect(body.body).toEqual({
        error: 'invalid_text',
        message: 'source_id: contains a NUL character or a broken Unicode surrogate',
      });
      const path = await api.call('DELETE', '/api/entries/%00', ann);
      expect(path.status).toBe(400);
      expect(path.body.error).toBe('invalid_text');
      const history = await api.call('GET', '/api/tracks/history', ann);
      expect(history.body.tracks.every((track: { points: unknown[] }) => track.points.length === 0)).toBe(true);
    });

    it('refuses lone surrogates, so two different texts never become one', async () => {
      for (const sourceId of ['q\ud801', 'q\ud802', '\udc00x']) {
        const refused = await api.http.inject({
          method: 'POST',
          url: '/api/tracks/actions',
          headers: { authorization: `Bearer ${api.token(ann.id)}`, 'content-type': 'application/json' },
          // Written by hand: JSON.stringify would escape the lone surrogate the same way a client does.
          payload: `{"action_type":"support_group_attended","source_id":${JSON.stringify(sourceId)}}`,
        });
        expect(refused.statusCode).toBe(400);
      }
      const fine = await api.call('POST', '/api/tracks/actions', ann, {
        action_type: 'support_group_attended',
        source_id: 'q😀',
      });
      expect(fine.status).toBe(200);
    });

    it('refuses a body that is not valid UTF-8, so two different byte strings never become one text', async () => {
      const send = (bytes: number[]) =>
        api.http.inject({
          method: 'POST',
          url: '/api/tracks/actions',
          headers: { authorization: `Bearer ${api.token(ann.id)}`, 'content-type': 'application/json' },
          payload: Buffer.concat([
            Buffer.from('{"action_type":"support_group_attended","source_id":"utf8-'),
            Buffer.from(bytes),
            Buffer.from('"}'),
          ]),
        });
      // A lone continuation byte, an invalid lead byte, a truncated sequence, an overlong "/", a UTF-16 surrogate.
      for (const bytes of [[0x80], [0xff], [0xe2, 0x82], [0xc0, 0xaf], [0xed, 0xa0, 0x80]]) {
        const refused = await send(bytes);
        expect(refused.statusCode).toBe(400);
        expect(refused.json()).toEqual({
          error: 'invalid_text',
          message: 'the body is not valid UTF-8: send text encoded as UTF-8',
        });
      }
      // Valid UTF-8 of every length goes through untouched: "é", "€", "😀".
      const fine = await send([0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
      expect(fine.statusCode).toBe(200);
      expect(fine.json().duplicate).not.toBe(true);
    });

    it('refuses a token whose expiry lies beyond any lifetime issued here', async () => {
      const now = Math.floor(Date.now() / 1000);
      const forever = craftJwt({ alg: 'HS256', typ: 'JWT' }, { sub: ann.id, iat: now, exp: 1e308 }, api.secret);
      expect((await api.call('GET', '/api/me', { auth: `Bearer ${forever}` })).status).toBe(401);
      const day = craftJwt({ alg: 'HS256', typ: 'JWT' }, { sub: ann.id, iat: now, exp: now + 23 * 3600 }, api.secret);
      expect((await api.call('GET', '/api/me', { auth: `Bearer ${day}` })).status).toBe(200);
    });
  });
}
