// What steps must never say (`never.yaml`), and the dangers named in passing that lead a path (`hazards/`).
import { z } from 'zod';
import { PathStep } from './step.schema.js';
import { Localized, Stems, TopicId } from './text.schema.js';

/** `never.yaml`: what no step may say (all kinds), and what a quitting path may never say. */
const Rule = z.strictObject({ why: z.string().min(3), en: z.array(z.string().min(2)), ru: z.array(z.string().min(2)) });
export const NeverPack = z.strictObject({ always: z.array(Rule).min(1), quit: z.array(Rule).min(1) });
export type NeverPack = z.infer<typeof NeverPack>;

/**
 * A danger a person may mention in passing, in a goal of any kind (`content/goals/hazards/*.yaml`): a boiler and
 * headaches in the room where the children play, a fee to pay before a withdrawal, bank cards handed to a stranger, a
 * baby asleep on a parent on the sofa. When the goal names it, its steps lead the path, ahead of the kind's own: blind
 * reads found these dangers in every kind, where a kind's own safety nets had never been written for them.
 */
export const Hazard = z.strictObject({
  id: TopicId,
  /** What the danger is, in a few words (for authors, tests and the review script). */
  name: Localized,
  /** Words that name the danger. */
  match: Stems,
  /**
   * When given, one of these must be named too: the danger is the two together (a gas boiler, and headaches). A list of
   * lists is a conjunction, one word from each: a child under four, and a button battery, and within reach — written
   * as three short lists, not as every phrase that joins them.
   */
  also: z.union([Stems, z.array(Stems).min(1).max(4)]).optional(),
  /** Words that say the danger is already dealt with or absent ("the CO alarm", «датчик угарного газа стоит»). */
  unless: Stems.optional(),
  /**
   * Situations or slot values a kind's own safety steps are written for (finance's `scam`, the warning slot's
   * `red_flag`): when the kind's path holds a step for one, that step deals with the danger and these stay out. Also
   * other hazards that deal with it better when named with it (a child groomed online, not an adult's meeting).
   */
  yields: z.array(TopicId).min(1).optional(),
  /**
   * The goal itself is the danger (registering a business and opening accounts to hand them to someone): when this
   * hazard leads, none of the kind's or generic steps follow, so nothing carries the scheme out.
   */
  halts: z.literal(true).optional(),
  /**
   * Keys of kind or generic steps this danger makes unsafe, left out of the path while it leads: after the electrician
   * for a sparking socket, no "fit the lights yourself"; no sanding after a warning about old lead paint.
   */
  drops: z
    .array(z.string().regex(/^[a-z0-9_-]+$/))
    .min(1)
    .optional(),
  /** The steps that lead the path, in order: the safety action first. Path filters (level, topics…) apply. */
  steps: z.array(PathStep).min(1).max(2),
  /**
   * What a coach that writes its own steps (a language model) is told while this danger is named (`instruction`, in
   * English, one short sentence), and how its step is held to it: a step that names a word of `about` and says no word
   * of `mustSay` breaks it ("wire the socket" with no word of the power off) and is retried, then the offline step
   * answers.
   */
  rule: z.strictObject({ instruction: z.string().min(20).max(240), about: Stems, mustSay: Stems }).optional(),
});
export type Hazard = z.infer<typeof Hazard>;

/** One file of `content/goals/hazards/`: the dangers of one area (money, the home, a child, health signs…). */
export const HazardFile = z.strictObject({ hazards: z.array(Hazard).min(1) });
