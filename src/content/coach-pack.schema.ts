import { z } from 'zod';

/** Text in both supported languages. Every user-facing string in a pack has both. */
export const Localized = z.object({
  en: z.string().trim().min(3),
  ru: z.string().trim().min(3),
});
export type Localized = z.infer<typeof Localized>;

/** Lower-case word stems per language; a goal matches a stem when one of its words starts with it. */
export const Stems = z.object({
  en: z.array(z.string().trim().toLowerCase().min(2)).min(1),
  ru: z.array(z.string().trim().toLowerCase().min(2)).min(1),
});
export type Stems = z.infer<typeof Stems>;

const Minutes = z.number().int().min(5).max(120);

/** One wording of a step: a single concrete action that takes 5–120 minutes. */
export const StepWording = Localized.extend({ minutes: Minutes });
export type StepWording = z.infer<typeof StepWording>;

/**
 * A step on a curated path. `smaller` is the same action cut down (used when the user says the step
 * is too big or they have no time); `concrete` says exactly what to do first (used when the user
 * says the step is too vague). Texts may use `{subject}` (what the goal is about, e.g. "Spanish")
 * and `{goal}` (the goal's title as the user wrote it).
 */
export const PathStep = z
  .object({
    key: z.string().regex(/^[a-z0-9_-]+$/, 'keys are lower-case letters, digits, - and _'),
    minutes: Minutes,
    text: Localized,
    smaller: StepWording,
    concrete: StepWording,
  })
  .refine((item) => item.smaller.minutes < item.minutes || item.minutes === 5, {
    message: 'the smaller wording must take fewer minutes than the step',
    path: ['smaller', 'minutes'],
  });
export type PathStep = z.infer<typeof PathStep>;

/** A goal type with its recognition words, its clarifying question and its path of micro-steps. */
export const GoalTypePack = z.object({
  id: z.string().regex(/^[a-z_]+$/),
  name: Localized,
  triggers: Stems,
  /** Trigger words that do not name what the goal is about ("learn", "language"). */
  generic: Stems,
  /** Asked when the goal names its type but not its subject ("learn a language"). */
  clarify: Localized,
  steps: z.array(PathStep).min(12),
});
export type GoalTypePack = z.infer<typeof GoalTypePack>;

/** Steps that fit any goal, used for unclassified goals and when a type's path runs out. */
export const GenericPack = z.object({
  /** Words that carry no actionable meaning on their own ("better", "happy", "лучше"). */
  vague: Stems,
  /** Asked when a goal is too vague to act on ("Be better"). */
  clarify: Localized,
  steps: z.array(PathStep).min(40),
});
export type GenericPack = z.infer<typeof GenericPack>;

/** Words in a rephrase comment that say what is wrong with the step. */
export const RephrasePack = z.object({
  vague: Stems,
  big: Stems,
  noTime: Stems,
});
export type RephrasePack = z.infer<typeof RephrasePack>;
