// A step on a curated path: its wordings and the filters (level, horizon, topics, slots) that choose the branch.
import { z } from 'zod';
import { StepCountries } from './places.schema.js';
import { DICTIONARY_SLOTS } from './slots.schema.js';
import { Localized, Minutes, StepWording, TopicId } from './text.schema.js';

/**
 * How far along the person is: `beginner` (new to it, or any sign of weight, breathlessness or injury —
 * the safe side), `returning` (did it before and is coming back, or has partial ability: "grade 3 as a
 * child", "40 days of Duolingo", «бросил год назад»), `active` (doing it now).
 */
export const LEVELS = ['beginner', 'returning', 'active'] as const;
export type Level = (typeof LEVELS)[number];
/** A step's `level`: one level, or the several it suits (`[beginner, returning]`). */
const StepLevel = z.union([z.enum(LEVELS), z.array(z.enum(LEVELS)).min(1)]);
/** The levels a step is for; absent = every level. */
export const levelsOf = (step: { level?: Level | Level[] }): readonly Level[] =>
  step.level === undefined ? LEVELS : typeof step.level === 'string' ? [step.level] : step.level;
export const HORIZONS = ['days', 'weeks', 'months'] as const;
export type Horizon = (typeof HORIZONS)[number];

/**
 * A step on a curated path, in four wordings: `text`; `smaller`, the same action cut down ("too big",
 * "no time"); `concrete`, the same action spelled out ("I don't understand"); and `smallerConcrete`,
 * the cut-down action spelled out, so "I don't understand" after "too big" never grows the step back.
 *
 * Filters choose the user's branch: `level` (one or a list; absent = everyone), `horizon` (absent = any
 * deadline), `topics` (ids of dictionary slot values, e.g. `smoking`; absent = any), `alsoTopics` (and every one of
 * these too: a move back home that also names children gets the school step written for it), `exceptTopics` (not for
 * these), `withSlots` (only when the goal named a value of these slots, e.g. a time `window`) and
 * `exceptSlots` (only when it did not); `deadline: true` only when the goal gives a deadline or a date, `false`
 * only when it gives none (a step that asks for "the date it has to be done by" has a dateless twin);
 * `healthCheck: true` only when the goal gives a reason for a check with a doctor before training (a condition,
 * pain, pregnancy, a long break, older age, a hard goal from scratch) or says too little to rule one out. `reflect` marks a thinking or writing-about-it step rather than
 * an action; `vigorous` a physically hard one. `solo` marks a step the person does alone from a lesson, a video or
 * their notes (practise along, repeat without the video, do the fix yourself): never given when a `supervised`
 * situation stands. `where` names the countries a step's text works in, per language (absent = anywhere);
 * `placeNames` says the places it names are names, not rules (an Orenburg shawl, a sample introduction from Adelaide).
 */
export const PathStep = z
  .strictObject({
    key: z.string().regex(/^[a-z0-9_-]+$/, 'keys are lower-case letters, digits, - and _'),
    minutes: Minutes,
    text: Localized,
    smaller: StepWording,
    concrete: StepWording,
    smallerConcrete: StepWording,
    level: StepLevel.optional(),
    horizon: z.array(z.enum(HORIZONS)).min(1).optional(),
    topics: z.array(TopicId).min(1).optional(),
    alsoTopics: z.array(TopicId).min(1).optional(),
    exceptTopics: z.array(TopicId).min(1).optional(),
    withSlots: z.array(z.enum(DICTIONARY_SLOTS)).min(1).optional(),
    exceptSlots: z.array(z.enum(DICTIONARY_SLOTS)).min(1).optional(),
    deadline: z.boolean().optional(),
    healthCheck: z.literal(true).optional(),
    reflect: z.boolean().optional(),
    vigorous: z.boolean().optional(),
    solo: z.literal(true).optional(),
    where: StepCountries.optional(),
    placeNames: z.literal(true).optional(),
  })
  .refine((item) => item.smaller.minutes < item.minutes || item.minutes === 5, {
    message: 'the smaller wording must take fewer minutes than the step',
    path: ['smaller', 'minutes'],
  })
  .refine((item) => item.concrete.minutes <= item.minutes, {
    message: 'the concrete wording must not take longer than the step',
    path: ['concrete', 'minutes'],
  })
  .refine((item) => item.smallerConcrete.minutes <= item.smaller.minutes, {
    message: 'the spelled-out smaller wording must not take longer than the smaller one',
    path: ['smallerConcrete', 'minutes'],
  });
export type PathStep = z.infer<typeof PathStep>;

/**
 * The level a path is walked at: a kind with no step written for `returning` walks a returning person
 * through its beginner steps (the safe side), so a kind need not split where coming back changes nothing.
 */
export const pathLevel = (steps: readonly Pick<PathStep, 'level'>[], level: Level): Level =>
  level === 'returning' && !steps.some((step) => step.level !== undefined && levelsOf(step).includes('returning'))
    ? 'beginner'
    : level;
