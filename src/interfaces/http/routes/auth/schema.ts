import { z } from 'zod';

export const TelegramSignInBody = z.strictObject({
  init_data: z.string().min(1).max(8192).describe('Telegram.WebApp.initData, exactly as the Mini App received it'),
});

export const ApiToken = z.object({
  token: z.string().describe('a short-lived API token: send it as Authorization: Bearer <token>'),
  expires_at: z.string().describe('when it stops working (ISO 8601); get a new one before then'),
});

/** 43 characters of base64url: 32 random bytes. */
export const LinkParams = z.strictObject({ code: z.string().regex(/^[\w-]{43}$/) });

export const LinkUsable = z.object({
  usable: z.boolean().describe('true when opening the link now would sign in (known, unused, unexpired)'),
});
