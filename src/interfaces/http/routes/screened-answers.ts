import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { LOCALES, type Locale } from '../../../core/goals/model.js';
import type { Log } from '../../../core/ports.js';
import type { CrisisFinding, CrisisScreen } from '../../../core/safety.port.js';
import type { SafetyTexts } from '../../../content/load-safety-texts.js';
import { sendError } from '../error-handler.js';
import { safetyJson } from './common.schema.js';

/** At most this many answers, each cut to this length, are screened before validation. */
const RAW_LIMIT = { fields: 20, chars: 20_000 } as const;

/**
 * The text answers of a body as it arrived, before any validation, so that a crisis letter gets
 * help even when the request is refused (too long, a field missing). Only the exercise's own text
 * prompts are read, by their ids; when the exercise is unknown, the first few strings are read
 * under the plain name `answers` (a key a client made up never reaches the logs).
 */
const rawAnswers = (body: unknown, textPrompts: readonly string[] | undefined): Record<string, string> => {
  const answers = (body as { answers?: unknown } | undefined)?.answers;
  if (!answers || typeof answers !== 'object') return {};
  const strings = Object.entries(answers).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '',
  );
  const chosen = textPrompts ? strings.filter(([key]) => textPrompts.includes(key)) : strings;
  return Object.fromEntries(
    chosen
      .slice(0, RAW_LIMIT.fields)
      .map(([key, text], i) => [textPrompts ? `answers.${key}` : `answers#${i + 1}`, text.slice(0, RAW_LIMIT.chars)]),
  );
};

/** The language of a refusal: `?lang=` when it is valid, else the caller's, else English. Never throws. */
const refusalLocale = (req: FastifyRequest): Locale => {
  const lang = (req.query as { lang?: unknown } | undefined)?.lang;
  return (LOCALES as readonly unknown[]).includes(lang) ? (lang as Locale) : (req.account?.locale ?? 'en');
};

/**
 * Routes that take a person's written answers (finishing an exercise, editing an entry): every
 * text answer meets the crisis screen before validation, once per request, and what it found
 * travels with the answer — a success or a refusal alike — as `safety`, first in the JSON.
 */
export function screenedAnswers(deps: {
  screen: CrisisScreen;
  safety: SafetyTexts;
  log: Log;
  /** The ids of the text prompts the body answers, or undefined when they cannot be known. */
  textPrompts(req: FastifyRequest): Promise<readonly string[] | undefined>;
}) {
  // What the screen found in each request still being handled: kept for its reply, success or refusal.
  const found = new WeakMap<object, CrisisFinding>();
  const safetyOf = (req: object, locale: Locale) => {
    const finding = found.get(req);
    return finding ? { safety: safetyJson(deps.safety, finding, locale) } : {};
  };
  return {
    safetyOf,
    preValidation: async (req: FastifyRequest) => {
      const finding = await deps.screen.screenAll(rawAnswers(req.body, await deps.textPrompts(req)));
      if (finding) found.set(req, finding);
    },
    errorHandler: (error: FastifyError, req: FastifyRequest, reply: FastifyReply) =>
      sendError(error, req, reply, deps.log, found.has(req) ? safetyOf(req, refusalLocale(req)) : undefined),
  };
}
