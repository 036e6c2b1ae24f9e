import { z } from 'zod';
import { PHASES } from '../core/tracks/model.js';
import { Localized } from './coach-pack.schema.js';

/**
 * A program pack (`content/programs/<id>/program.yaml`): the tracks a person moves along, the
 * actions that move them, the milestones, the guided exercises, the intents free text is routed
 * to, and the next-action suggestions. Adding a program needs no code, only a pack.
 */

const Id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'ids are lower-case letters, digits and _, starting with a letter');

/** One text per phase of a track. */
export const PhaseTexts = z.object(
  Object.fromEntries(PHASES.map((part) => [part, Localized])) as Record<(typeof PHASES)[number], typeof Localized>,
);

/** A track a person moves along, from 0 to 100 % through its phases. */
export const TrackDef = z.object({
  id: Id,
  emoji: z.string().min(1).max(8),
  name: Localized,
  /** What the track is about, in a sentence or two (onboarding, the web dashboard). */
  about: Localized,
  /** What the person works on in each phase, e.g. awareness: "Understanding your emotions". */
  phases: PhaseTexts,
  /** At most this many percentage points a (local) day, whatever was done: a track is walked over days. */
  dailyCap: z.number().int().min(1).max(100).optional(),
});
export type TrackDef = z.infer<typeof TrackDef>;

/** How much an action moves one track (percentage points; completion is capped at 100). */
export const Impact = z.object({ track: Id, delta: z.number().int().min(1).max(50) });

/**
 * How repeats of one action on one (local) day are credited: the nth of the day earns `repeat[n-1]`
 * of its deltas (past the list, the last share), at most `dailyCap` of them earn anything, and one
 * arriving under `minSecondsApart` after the previous one of its type earns nothing (faster than a
 * person could have done it). Such an action is still recorded, with its reason.
 */
export const CreditDef = z.strictObject({
  repeat: z
    .array(z.number().gt(0).max(1))
    .min(1)
    .max(10)
    .refine((shares) => shares[0] === 1, 'the first of the day must count in full (1)')
    .refine(
      (shares) => shares.every((share, index) => index === 0 || share <= shares[index - 1]!),
      'shares must not grow: repeats count for less, never more',
    ),
  dailyCap: z.number().int().min(1).max(50),
  minSecondsApart: z.number().int().min(0).max(3600),
});

/** Something a person does and records (an exercise, a meeting); it moves one or more tracks. */
export const ActionDef = z.object({
  id: Id,
  name: Localized,
  /** The first impact is the action's main track; the others are its cross-track benefits. */
  impacts: z.array(Impact).min(1).max(4),
  credit: CreditDef,
  /**
   * Done outside the chat (a meeting, a story shared): the person's word is its only source, so it
   * may be logged by hand. Every other action is recorded only by its exercise or a goal step.
   */
  selfReport: z.boolean().default(false),
  /**
   * Recorded when the person marks a task of their day's plan (the health program's habits): neither
   * logged by hand nor by an exercise; the task is its source, so one task counts once.
   */
  planTask: z.boolean().default(false),
});
export type ActionDef = z.infer<typeof ActionDef>;

/**
 * A milestone fires once per user and is never taken back. `progress`: a track reaches `atLeast` %.
 * `action`: the user has done `action` `count` times. With `strict_milestones` off, the relaxed
 * numbers apply (when given).
 */
export const MilestoneDef = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('progress'),
    id: Id,
    track: Id,
    atLeast: z.number().int().min(1).max(100),
    relaxedAtLeast: z.number().int().min(1).max(100).optional(),
    name: Localized,
    description: Localized,
  }),
  z.object({
    kind: z.literal('action'),
    id: Id,
    track: Id,
    action: Id,
    count: z.number().int().min(1).max(1000).default(1),
    relaxedCount: z.number().int().min(1).max(1000).optional(),
    name: Localized,
    description: Localized,
  }),
]);
export type MilestoneDef = z.infer<typeof MilestoneDef>;

/** One question of an exercise: free text, a 1–10 style scale, or a choice among options. */
export const PromptDef = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    id: Id,
    ask: Localized,
    optional: z.boolean().default(false),
    maxLength: z.number().int().min(10).max(8000).default(2000),
  }),
  z.object({
    kind: z.literal('scale'),
    id: Id,
    ask: Localized,
    optional: z.boolean().default(false),
    min: z.number().int().default(1),
    max: z.number().int().default(10),
  }),
  z.object({
    kind: z.literal('choice'),
    id: Id,
    ask: Localized,
    optional: z.boolean().default(false),
    choices: z
      .array(z.object({ id: Id, label: Localized }))
      .min(2)
      .max(8),
  }),
]);
export type PromptDef = z.infer<typeof PromptDef>;

/** A guided exercise (the seed's Techniques): prompts in order; finishing it records `action`. */
export const ExerciseDef = z.object({
  id: Id,
  track: Id,
  action: Id,
  minutes: z.number().int().min(1).max(120),
  title: Localized,
  intro: Localized,
  prompts: z.array(PromptDef).min(1).max(12),
  /** The offline coach's closing words; an LLM coach may add a personal reflection. */
  closing: Localized,
});
export type ExerciseDef = z.infer<typeof ExerciseDef>;

/** An intent free text can carry; `track: null` for greetings, thanks, off-topic and the like. */
export const IntentDef = z.object({
  id: Id,
  track: Id.nullable(),
  /** The exercise to start when the intent is recognised with confidence. */
  exercise: Id.optional(),
  examples: z.object({ en: z.array(z.string().trim().min(2)).min(8), ru: z.array(z.string().trim().min(2)).min(8) }),
});
export type IntentDef = z.infer<typeof IntentDef>;

/**
 * A next action for a track. The rules pick, per track, the first suggestion whose conditions
 * hold: the phase is one of `phases` (all when absent), `action` (when given) has been done fewer
 * than `ifDoneFewerThan` times, none of `unlessDone` was done, and each of `afterDone` was done at
 * least as often as given. `easy` ones are offered when the user seems stuck. Each one starts an
 * `exercise`, records a self-reported action (`log`) or opens the day's `plan`, so it can be acted on
 * where shown.
 */
export const SuggestionDef = z.object({
  id: Id,
  track: Id,
  phases: z.array(z.enum(PHASES)).min(1).optional(),
  exercise: Id.optional(),
  log: Id.optional(),
  /** Acted on by opening the day's plan, where its habit is marked (a program whose actions are `planTask`). */
  plan: z.boolean().default(false),
  action: Id.optional(),
  ifDoneFewerThan: z.number().int().min(1).default(1),
  unlessDone: z.array(Id).min(1).optional(),
  afterDone: z.record(Id, z.number().int().min(1)).optional(),
  easy: z.boolean().default(false),
  minutes: z.number().int().min(1).max(180),
  text: Localized,
});
export type SuggestionDef = z.infer<typeof SuggestionDef>;

/** A whole program pack, as the files of its folder are read together. */
export const ProgramPack = z.object({
  id: Id,
  /**
   * Where the program is listed, lowest first (then by folder): the first of a user's programs is the
   * one a command or an API call without a program is about, so the recovery program (0) stays the
   * default beside programs added later.
   */
  order: z.number().int().min(0).max(1000).default(0),
  name: Localized,
  /** Onboarding: what the program is and how the tracks work, before asking for a primary track. */
  intro: Localized,
  /** The onboarding question: which track matters most now. */
  askPrimary: Localized,
  /**
   * Gentle nudges: `idle` for a track untouched for over 30 days (`{track}`, `{days}`), `stuck`
   * for a track at one percentage for weeks (`{track}`, `{percent}`); both end with a suggestion.
   */
  nudges: z.object({ idle: Localized, stuck: Localized }),
  /**
   * Explains a cross-track benefit (a quest counts for self work too): `one` when one other track
   * gains (`{action}`, `{track}`), `many` for several (`{tracks}`, joined as a list); `trackInList`
   * writes one track's name inside those sentences (`«{track}»` in Russian, where a name is quoted).
   */
  crossTrack: z.strictObject({ one: Localized, many: Localized, trackInList: Localized }),
  tracks: z.array(TrackDef).min(1).max(8),
  actions: z.array(ActionDef).min(1),
  milestones: z.array(MilestoneDef).min(1),
  exercises: z.array(ExerciseDef),
  intents: z.array(IntentDef),
  suggestions: z.array(SuggestionDef).min(1),
});
export type ProgramPack = z.infer<typeof ProgramPack>;
