// `objects.yaml`: the things a person may have, the problems they may name, and the tags on steps that use them.
import { z } from 'zod';

const ObjectId = z.string().regex(/^[a-z_]+$/);
/** Lower-case phrases per language; a word ending in `*` matches any word it starts (see `objects.yaml`). */
const Phrases = z.object({
  en: z.array(z.string().trim().toLowerCase().min(2)).min(1),
  ru: z.array(z.string().trim().toLowerCase().min(2)).min(1),
});
/** A thing a person may have, or a problem they may name, and the stems that name it. */
const NamedObject = z.strictObject({ id: ObjectId, match: Phrases });
/**
 * A thing; `itself: true` when naming it is enough, with no cue: a goal's own words that the choice is
 * made ("the Booker shortlist", «список литературы»), unless a wish or a negation stands in its clause.
 */
const Thing = NamedObject.extend({ itself: z.literal(true).optional() });

/**
 * What a step does for the path, by its key: `gives` (the things it gets the person: an app, a tutor, a
 * booked appointment — skipped when they say they have it), `addresses` (the problems it works on — pulled
 * to the front when they name one), `gate` (a safety check that stays ahead of a pulled step).
 */
export const StepTags = z.strictObject({
  gives: z.array(ObjectId).min(1).optional(),
  addresses: z.array(ObjectId).min(1).optional(),
  gate: z.boolean().optional(),
});
export type StepTags = z.infer<typeof StepTags>;

/** `objects.yaml`: the "already" reader's words, the things a person may have, the problems, and the tags. */
export const ObjectsPack = z.strictObject({
  /** Words that say the person has it or did it ("already", "I've booked", «уже», «на руках»). */
  cues: Phrases,
  /** Words that undo a cue just before it or between it and the thing ("haven't", "no", «не», «нет»). */
  negations: Phrases,
  /** Words after which a cue is a wish, not a fact ("want", "need", «хочу», «надо»). */
  wishes: Phrases,
  objects: z.array(Thing).min(1),
  problems: z.array(NamedObject).min(1),
  steps: z.record(z.string().regex(/^[a-z0-9_-]+$/), StepTags),
});
export type ObjectsPack = z.infer<typeof ObjectsPack>;
