import { z } from 'zod';

/**
 * Signs that a model's answer carries instructions or links instead of a coaching step — from a
 * prompt injection in the user's own text or a misbehaving model. Such answers are refused.
 */
const SUSPICIOUS = [
  /\b(?:ignore|disregard|forget)\b.{0,40}\b(?:instructions?|prompts?|rules)\b/i,
  /\b(?:system|developer)\s+(?:prompt|message|instructions?)\b/i,
  /\bapi[\s_-]?keys?\b|\bpasswords?\b|\btokens?\s+(?:is|are)\b/i,
  /\b(?:https?|ftp|javascript|data):/i,
  /<\/?[a-z][^>]*>/i,
  /```/,
  /игнорир\p{L}*.{0,40}инструкц|системн\p{L}*\s+(?:промпт|инструкц)/iu,
];

/** A model's text: control characters stripped, trimmed, `min` (3) to `max` characters, no instructions or links. */
export const cleanText = (max: number, min = 3) =>
  z
    .string()
    .transform((text) => text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim())
    .pipe(z.string().min(min, 'is too short').max(max, `is longer than ${max} characters`))
    .refine((text) => !SUSPICIOUS.some((re) => re.test(text)), 'contains instructions or links, not a coaching step');

/** The seed's JSON contract, as a model must answer it. */
export const LlmAnswer = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ok'),
    step: cleanText(500),
    // Models often omit the estimate or stray outside the contract's 5–120 minutes: a missing or
    // unreadable estimate becomes a quarter of an hour, an out-of-range one the nearest bound.
    estimated_minutes: z.coerce
      .number()
      .transform((count) => Math.min(120, Math.max(5, Math.round(count))))
      .catch(15)
      .default(15),
  }),
  z.object({
    status: z.literal('need_clarification'),
    question: cleanText(300),
    // Answers to tap are a help, never a reason to refuse the question: a malformed list is dropped, not failed.
    // A choice may be as short as "No".
    choices: z.array(cleanText(60, 1)).min(2).max(5).optional().catch(undefined),
  }),
]);
export type LlmAnswer = z.infer<typeof LlmAnswer>;

/** Share of letters in the expected script: a Russian user must not be handed an English step. */
export function inLanguage(text: string, locale: 'en' | 'ru'): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < 3) return true;
  const cyrillic = letters.filter((letter) => /\p{Script=Cyrillic}/u.test(letter)).length / letters.length;
  return locale === 'ru' ? cyrillic >= 0.5 : cyrillic <= 0.2;
}

export type ParseOutcome = { ok: true; answer: LlmAnswer } | { ok: false; problem: string };

/** Reads a model's reply: JSON (a ```json fence or surrounding prose is tolerated), then the schema. */
export function parseAnswer(content: string | null | undefined): ParseOutcome {
  if (!content?.trim()) return { ok: false, problem: 'the answer was empty' };
  const start = content.indexOf('{');
  const end = content.lastIndexOf('}');
  if (start < 0 || end <= start) return { ok: false, problem: 'the answer was not a JSON object' };
  let json: unknown;
  try {
    json = JSON.parse(content.slice(start, end + 1));
  } catch {
    return { ok: false, problem: 'the answer was not valid JSON' };
  }
  const parsed = LlmAnswer.safeParse(json);
  if (!parsed.success)
    return {
      ok: false,
      problem: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'answer'}: ${issue.message}`).join('; '),
    };
  return { ok: true, answer: parsed.data };
}
