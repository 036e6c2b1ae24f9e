import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkInitData } from './init-data.js';

// Telegram Mini Apps' published example (docs.telegram-mini-apps.com, init data → validating).
const TOKEN = '5768337691:AAH5YkoiEuPk8-FZa32hStHTqXiLPtAEhx8';
const VECTOR =
  'query_id=AAHdF6IQAAAAAN0XohDhrOrc&user=%7B%22id%22%3A279058397%2C%22first_name%22%3A%22Vladislav%22%2C%22last_name%22%3A%22Kibenko%22%2C%22username%22%3A%22vdkfrost%22%2C%22language_code%22%3A%22ru%22%2C%22is_premium%22%3Atrue%7D&auth_date=1662771648&hash=c501b71e775f74ce10e377dea85a7ea24ecd640b223ea86dfe453e0eaed2e2b2';
const SIGNED_AT = 1662771648;

/** Signs fields the way a Telegram client does (for cases the published vector does not cover). */
function signed(fields: Record<string, string>, token = TOKEN): string {
  const checked = Object.entries(fields)
    .map(([key, value]) => `${key}=${value}`)
    .sort()
    .join('\n');
  const secret = createHmac('sha256', 'WebAppData').update(token).digest();
  const hash = createHmac('sha256', secret).update(checked).digest('hex');
  return new URLSearchParams({ ...fields, hash }).toString();
}

describe('Telegram Mini App initData', () => {
  it('accepts the published test vector and reads its user', () => {
    const check = checkInitData(VECTOR, TOKEN, SIGNED_AT + 60);
    expect(check).toMatchObject({ ok: true, user: { id: 279058397, username: 'vdkfrost', language_code: 'ru' } });
  });

  it('refuses the same data under another bot token, or with one field changed', () => {
    expect(checkInitData(VECTOR, '1234567890:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', SIGNED_AT).ok).toBe(false);
    expect(checkInitData(VECTOR.replace('279058397', '279058398'), TOKEN, SIGNED_AT).ok).toBe(false);
  });

  it('refuses initData older than 24 hours, and accepts it just inside', () => {
    expect(checkInitData(VECTOR, TOKEN, SIGNED_AT + 24 * 3600)).toMatchObject({ ok: true });
    expect(checkInitData(VECTOR, TOKEN, SIGNED_AT + 24 * 3600 + 1)).toEqual({
      ok: false,
      problem: 'initData is older than 24 hours: open the app again from Telegram',
    });
  });

  it('keeps the newer `signature` field inside the checked string', () => {
    const fields = { auth_date: '1700000000', user: '{"id":42,"first_name":"Ann"}', signature: 'abc_DEF-1' };
    const good = signed(fields);
    expect(checkInitData(good, TOKEN, 1700000000).ok).toBe(true);
    // Signed without `signature`, sent with it: a checker that dropped the field would accept this.
    const withoutSignature = signed({ auth_date: fields.auth_date, user: fields.user });
    const smuggled = `${withoutSignature}&signature=${fields.signature}`;
    expect(checkInitData(smuggled, TOKEN, 1700000000).ok).toBe(false);
  });

  it('refuses a missing hash, a missing user and a malformed user', () => {
    expect(checkInitData('auth_date=1700000000', TOKEN, 1700000000).ok).toBe(false);
    expect(checkInitData(signed({ auth_date: '1700000000' }), TOKEN, 1700000000).ok).toBe(false);
    expect(checkInitData(signed({ auth_date: '1700000000', user: '{"id":"x"}' }), TOKEN, 1700000000).ok).toBe(false);
  });
});
