import { z } from 'zod';
import { CRISIS_CATEGORIES } from '../core/safety.port.js';

/**
 * Hard-but-safe kinds: texts that share words or feelings with a crisis but are not one. They
 * teach the detector not to cry wolf, and the held-out report counts false alarms per kind.
 */
export const SAFE_KINDS = ['grief', 'anger', 'legal_despair', 'idioms', 'fitness_pain', 'letters', 'alienation', 'everyday'] as const;
export type SafeKind = (typeof SAFE_KINDS)[number];

const Texts = z.array(z.string().trim().min(1).max(4000)).min(1);

/** `content/safety/corpus/crisis.<lang>.yaml`: crisis category → messages. */
export const CrisisTexts = z.strictObject(Object.fromEntries(CRISIS_CATEGORIES.map((item) => [item, Texts])) as Record<(typeof CRISIS_CATEGORIES)[number], typeof Texts>);

/** `content/safety/corpus/safe.<lang>.yaml`: hard-but-safe kind → messages. */
export const SafeTexts = z.strictObject(Object.fromEntries(SAFE_KINDS.map((key) => [key, Texts])) as Record<SafeKind, typeof Texts>);

/** A held-out file has both halves, every category and kind filled. */
export const LabelledSet = z.strictObject({ crisis: CrisisTexts, safe: SafeTexts });

/** In a training file a category may be left empty (`ideation:` with no items) while it is being written. */
const Some = z
  .array(z.string().trim().min(1).max(4000))
  .nullable()
  .transform((texts) => texts ?? []);

/** A training file holds either half or both, and any of the categories and kinds. */
export const CorpusFile = z.strictObject({
  crisis: z.strictObject(Object.fromEntries(CRISIS_CATEGORIES.map((item) => [item, Some.optional()])) as Record<(typeof CRISIS_CATEGORIES)[number], z.ZodOptional<typeof Some>>).optional(),
  safe: z.strictObject(Object.fromEntries(SAFE_KINDS.map((key) => [key, Some.optional()])) as Record<SafeKind, z.ZodOptional<typeof Some>>).optional(),
});
export type CorpusFile = z.infer<typeof CorpusFile>;

/** One labelled message: `crisis` with its category, or `safe` with its kind. */
export type SafetyExample =
  | { text: string; lang: string; crisis: true; category: (typeof CRISIS_CATEGORIES)[number] }
  | { text: string; lang: string; crisis: false; kind: SafeKind };

/** Flattens a parsed file into examples. */
export function examplesOf(lang: string, set: CorpusFile): SafetyExample[] {
  return [
    ...CRISIS_CATEGORIES.flatMap((category) => (set.crisis?.[category] ?? []).map((text) => ({ text, lang, crisis: true as const, category }))),
    ...SAFE_KINDS.flatMap((kind) => (set.safe?.[kind] ?? []).map((text) => ({ text, lang, crisis: false as const, kind }))),
  ];
}
