import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** Telegram's initData older than this is refused: a copied URL must not sign anyone in for long. */
export const INIT_DATA_MAX_AGE_S = 24 * 60 * 60;

const TelegramUser = z.object({
  id: z.number().int().positive(),
  first_name: z.string().max(256).optional(),
  last_name: z.string().max(256).optional(),
  username: z.string().max(64).optional(),
  language_code: z.string().max(35).optional(),
});
export type TelegramUser = z.infer<typeof TelegramUser>;

export type InitDataCheck = { ok: true; user: TelegramUser; authDate: number } | { ok: false; problem: string };

const refused = (problem: string): InitDataCheck => ({ ok: false, problem });

/**
 * Checks a Mini App's `initData` as Telegram specifies: every field but `hash` (the newer `signature`
 * stays in), sorted, `key=value` joined by newlines, HMAC-SHA256 under
 * `HMAC_SHA256(key "WebAppData", bot token)`; compared in constant time. Then the age of `auth_date`
 * and the shape of `user`. `nowSeconds` is the caller's clock, so tests can pin it.
 */
export function checkInitData(raw: string, botToken: string, nowSeconds: number): InitDataCheck {
  const params = new URLSearchParams(raw);
  const hash = params.get('hash') ?? '';
  if (!/^[0-9a-f]{64}$/.test(hash)) return refused('initData has no valid hash');
  const fields = [...params.entries()].filter(([key]) => key !== 'hash');
  const checked = fields
    .map(([key, value]) => `${key}=${value}`)
    .sort()
    .join('\n');
  const secret = createHmac('sha256', 'WebAppData').update(botToken).digest();
  const expected = createHmac('sha256', secret).update(checked).digest();
  if (!timingSafeEqual(expected, Buffer.from(hash, 'hex'))) return refused('initData is not signed by this bot');

  const authDate = Number(params.get('auth_date'));
  if (!Number.isInteger(authDate) || authDate <= 0) return refused('initData has no auth_date');
  if (nowSeconds - authDate > INIT_DATA_MAX_AGE_S)
    return refused('initData is older than 24 hours: open the app again from Telegram');

  let user: unknown;
  try {
    user = JSON.parse(params.get('user') ?? 'null');
  } catch {
    return refused('initData has no readable user');
  }
  const parsed = TelegramUser.safeParse(user);
  return parsed.success ? { ok: true, user: parsed.data, authDate } : refused('initData has no valid user');
}
