import { z } from 'zod';
import { CRISIS_CATEGORIES, type CrisisCategory } from '../core/safety.port.js';

/**
 * Hard-but-safe kinds: texts that share words or feelings with a crisis but are not one. They
 * teach the detector not to cry wolf, and the held-out report counts false alarms per kind.
 */
export const SAFE_KINDS = [
  'grief',
  'anger',
  'legal_despair',
  'idioms',
  'fitness_pain',
  'letters',
  'alienation',
  'everyday',
  /** Heavy words in a frame that is not about the writer now: news, fiction, study, volunteering, a past recovered from. */
  'framed',
  /** Heavy words in ordinary practice: hunting and sport shooting, wills and insurance, prescribed tablets, cutting down, tiredness. */
  'practical',
] as const;
export type SafeKind = (typeof SAFE_KINDS)[number];

/** The kinds every older held-out set fills; the framed and practical kinds came later and are optional there. */
const HELD_OUT_KINDS = SAFE_KINDS.slice(0, 8);

const Texts = z.array(z.string().trim().min(1).max(4000)).min(1);

/** A strict object with the same schema under every key. */
const sameUnder = <Key extends string, Schema extends z.ZodType>(keys: readonly Key[], schema: Schema) =>
  z.strictObject(Object.fromEntries(keys.map((key) => [key, schema])) as Record<Key, Schema>);

/** `content/safety/corpus/crisis.<lang>.yaml`: crisis category → messages. */
export const CrisisTexts = sameUnder(CRISIS_CATEGORIES, Texts);

/** `content/safety/corpus/safe.<lang>.yaml`: hard-but-safe kind → messages. */
export const SafeTexts = sameUnder(SAFE_KINDS, Texts);

/** A held-out file has both halves, every category and the original kinds filled. */
export const LabelledSet = z.strictObject({
  crisis: CrisisTexts,
  safe: sameUnder(HELD_OUT_KINDS, Texts).extend({
    framed: Texts.optional(),
    practical: Texts.optional(),
  }),
});

/** In a training file a category may be left empty (`ideation:` with no items) while it is being written. */
const Some = z
  .array(z.string().trim().min(1).max(4000))
  .nullable()
  .transform((texts) => texts ?? []);

/** A training file holds either half or both, and any of the categories and kinds. */
export const CorpusFile = z.strictObject({
  crisis: sameUnder(CRISIS_CATEGORIES, Some.optional()).optional(),
  safe: sameUnder(SAFE_KINDS, Some.optional()).optional(),
});
export type CorpusFile = z.infer<typeof CorpusFile>;

/** One labelled message: `crisis` with its category, or `safe` with its kind. */
export type SafetyExample =
  | { text: string; lang: string; crisis: true; category: CrisisCategory }
  | { text: string; lang: string; crisis: false; kind: SafeKind };

/** Flattens a parsed file into examples. */
export function examplesOf(lang: string, set: CorpusFile): SafetyExample[] {
  return [
    ...CRISIS_CATEGORIES.flatMap((category) =>
      (set.crisis?.[category] ?? []).map((text) => ({ text, lang, crisis: true as const, category })),
    ),
    ...SAFE_KINDS.flatMap((kind) =>
      (set.safe?.[kind] ?? []).map((text) => ({ text, lang, crisis: false as const, kind })),
    ),
  ];
}
