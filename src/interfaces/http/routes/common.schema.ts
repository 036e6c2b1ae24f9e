import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { LOCALES, type Locale } from '../../../core/goals/model.js';
import { CRISIS_CATEGORIES, CRISIS_LEVELS, type CrisisFinding } from '../../../core/safety.port.js';
import type { SafetyTexts } from '../../../content/load-safety-texts.js';
import { caller } from '../auth/guard.js';

/** Crisis language found in what the user wrote: the client shows this before anything else. */
export const Safety = z
  .object({
    level: z
      .enum(CRISIS_LEVELS)
      .describe('imminent: emergency numbers first; child: child protection; concern: support and an offer to talk'),
    category: z.enum(CRISIS_CATEGORIES),
    resources: z.string().describe('the help resources for this level, in the request’s language, most needed first'),
    message: z
      .string()
      .describe('the whole crisis reply, resources included, worded for a page where no conversation follows'),
    channel: z
      .literal('page')
      .describe(
        'where `message` is meant to be read: a page (the bot’s own reply, worded for a chat, offers to keep talking)',
      ),
  })
  .describe('present only when the text signals a crisis; an entry is saved all the same');

/**
 * Help to show first, in the request's language. The words are the page's: a web screen or an API client has
 * nobody answering what is typed next, so the reply must not invite the person to keep talking there.
 */
export const safetyJson = (safety: SafetyTexts, finding: CrisisFinding, locale: Locale): z.infer<typeof Safety> => ({
  level: finding.level,
  category: finding.category,
  resources: safety.resources(locale, finding.level),
  message: safety.reply(locale, finding.level, 'page'),
  channel: 'page',
});

/** The one error shape (see error-handler.ts). */
export const ErrorBody = z.object({
  safety: Safety.optional().describe(
    'a refused exercise entry whose text signals a crisis still carries the help to show',
  ),
  error: z.string().describe('a stable code, e.g. invalid_input'),
  message: z.string().describe('what is wrong, in plain words'),
});

/** Error responses every guarded route may give, for the OpenAPI document. */
export const errors = { '4xx': ErrorBody, '5xx': ErrorBody } as const;

/** What guarded routes declare: the bearer token, and their group in the document. */
export const guarded = (tag: string) => ({ tags: [tag], security: [{ bearerAuth: [] }] });

const lang = z.enum(LOCALES).optional().describe("answer in this language instead of the user's own");

/** `?lang=`: names and texts in this language. */
export const LangQuery = z.strictObject({ lang });

/** `?program=&lang=`: every track endpoint. */
export const TrackQuery = z.strictObject({
  program: z
    .string()
    .min(1)
    .max(32)
    .optional()
    .describe("a program id; default: the first of the user's programs in list order (recovery before health)"),
  lang,
});

export const IdParams = z.strictObject({ id: z.string().min(1).max(64) });

/** The language to answer in: `?lang=` when given, else the user's own. */
export const localeOf = (req: FastifyRequest, lang?: Locale): Locale => lang ?? caller(req).locale;
