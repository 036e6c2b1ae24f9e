// A goal kind and the generic steps: its mode, examples, situations, path and questions, and the rephrase words.
import { z } from 'zod';
import { DICTIONARY_SLOTS } from './slots.schema.js';
import { PathStep } from './step.schema.js';
import { Localized, Stems, TopicId } from './text.schema.js';

/**
 * `build`: grow something. `quit`: stop a habit — its steps never ask the user to perform it.
 * `sensitive`: custody, an estranged child, grief — gentle steps that offer the recovery program.
 */
export const GoalMode = z.enum(['build', 'quit', 'sensitive']);
export type GoalMode = z.infer<typeof GoalMode>;

/** A goal as an author expects it: the render test reads its slots and renders every step with them. */
export const KindExample = z.strictObject({
  lang: z.enum(['en', 'ru']),
  title: z.string().trim().min(3),
  description: z.string().trim().optional(),
});

/**
 * A situation inside one kind (energy drinks inside quitting, a will inside admin, camping inside
 * travel): when its stems occur in the goal, its id counts as a topic for this kind's steps only, so a
 * kind can branch on words that would mean something else in another kind. `unless` names topics (slot
 * values or the kind's other situations) that cancel it: "ski marathon" names skiing, but a cross-country
 * race is no ski-resort trip; "no time for the gym" names the gym, but means training at home.
 */
export const KindSituation = z.strictObject({
  id: TopicId,
  match: Stems,
  unless: z.array(TopicId).min(1).optional(),
  /**
   * A safety net: a goal that would get the generic path (the classifier could not place it, or the person
   * answered "Something else") but names this situation in its title or description is placed in this kind.
   * For situations whose generic steps could hurt: a medicine someone depends on needs the GP steps, never
   * "book or start the first one". Given as stems, only those words take a goal from elsewhere; they name the
   * situation too, and `match` adds words that act inside the kind only: "learn to milk a cow" is claimed, but
   * "Spanish for the milking crew" keeps its kind, and a milking goal placed in skill still gets the net.
   */
  claims: z.union([z.literal(true), Stems]).optional(),
  /**
   * What the situation is about, for a button (at most 40 characters): when the goal names situations, the coach
   * asks which one it is about before the first step, so a word read wrongly ("the end of the cycle" in a washing
   * machine goal is no bike) does not lead the path. Without a name the situation is never offered.
   */
  name: Localized.optional(),
  /**
   * Applies whenever the goal names it and is never offered in the question, so "none of these" cannot drop its
   * steps. Used for safety nets (a medicine someone depends on, a tool that can blind, a move away from an abusive
   * partner, a car on ice) and for facts the person stated that are no topic to pick (a crop already chosen, a plot
   * visited only at weekends, a border to cross). With `claims` it takes a goal from any kind: safety nets only.
   */
  always: z.literal(true).optional(),
  /**
   * A risky practical task (a chainsaw, bees, a smoking stove, a well pump): someone who knows it shows and watches
   * first, so no step the person does alone from a video or their own notes (`solo`) reaches a goal that names it.
   * One flag on the net instead of its id in every such step's `exceptTopics`: a net added later is covered by
   * the steps written before it, and a solo step written later is kept from every net.
   */
  supervised: z.literal(true).optional(),
  /**
   * A safety net whose `unless` names another reading of the same words ("she says I stop breathing" beside a
   * partner's snoring): when the person drops that reading with the situation question, the net stands again. A
   * supervised situation is one too. Other stated facts stay cancelled: "None of these" for gambling does not make
   * a card night that runs "till morning" a late night of screens.
   */
  net: z.literal(true).optional(),
  /**
   * An injury the kind reads itself (sport's `past_injury`): its check leads, and every `vigorous` step of the kind
   * excepts it (the content check fails otherwise). So a person whose only health sign is that injury keeps the level
   * the rest of their words give (`GoalSlots.levelBesideInjury`): a league player with an Achilles is no beginner.
   */
  injury: z.literal(true).optional(),
});
export type KindSituation = z.infer<typeof KindSituation>;

/** A few short answers to a kind's question, for buttons. */
const ClarifyChoices = z.array(z.string().trim().min(1).max(40)).min(2).max(6);

/** A goal kind: its path of micro-steps, and the question asked when its main slot is missing. */
export const GoalTypePack = z.strictObject({
  id: z.string().regex(/^[a-z_]+$/),
  mode: GoalMode,
  /** Short, for a button: "Reading", "Чтение". */
  name: Localized,
  /** The dictionary slot this kind needs before its steps make sense (a language, an instrument). */
  needs: z.enum(DICTIONARY_SLOTS).optional(),
  /** Asked once when `needs` is missing; else when the goal is too vague to act on. */
  clarify: Localized,
  /**
   * The commonest answers to `clarify`, offered as buttons (a typed answer works too). Each must name a value of the
   * `needs` slot, so a tap settles the question as typing that word would.
   */
  clarifyChoices: z.object({ en: ClarifyChoices, ru: ClarifyChoices }).optional(),
  examples: z.array(KindExample).min(2),
  /** Kind-local topics, tried against the title, description and answers (every match counts). */
  situations: z.array(KindSituation).optional(),
  /**
   * A goal of this kind whose title names something going wrong in doing it ("stop my pizza sticking to the
   * peel", «шашлык, чтобы не пересушивать») starts with the generic troubleshooting steps (`gen-fault-…`:
   * record an attempt, look up the causes, change one thing, drill the hard part, show someone) before the
   * kind's own, unless a situation written for it applies (`troubleshooting` in understand.ts): for kinds where
   * people practise something (a skill, a craft, an instrument, a sport), not where "stop" is the goal itself
   * (quitting) or a pain needs a doctor (fitness).
   */
  faults: z.literal(true).optional(),
  steps: z.array(PathStep).min(14),
});
export type GoalTypePack = z.infer<typeof GoalTypePack>;

/** Steps that fit any goal: for goals that fit no kind, and when a kind's path runs out. */
export const GenericPack = z.strictObject({
  /** Asked when a goal is too vague to act on ("Be better"). */
  clarify: Localized,
  /** Asked when the classifier is unsure between kinds; `{title}` quotes the goal. */
  choose: Localized,
  /** After "Something else", when no other kind is clearly ahead: the next likeliest kinds as a second row. */
  chooseMore: Localized,
  /** The button for "none of these". */
  other: Localized,
  /** Asked when the goal names situations of its kind (`KindSituation.name`): which one it is about. */
  situation: Localized,
  /** The button under the situation question for "none of them". */
  none: Localized,
  /**
   * Asked when the goal does not say how far along the person is and their first steps differ by level: the
   * buttons name each level in the person's words (`{title}` quotes the goal).
   */
  level: z.strictObject({
    question: Localized,
    beginner: Localized,
    returning: Localized,
    active: Localized,
  }),
  /**
   * Words in a title that name something going wrong in doing it (`GoalTypePack.faults`), and the words of a title
   * about learning it ("learn Canva so the posters stop looking awful"): such a title names a fault only when the
   * person says they already do it.
   */
  fault: z.strictObject({ names: Stems, learning: Stems }),
  steps: z.array(PathStep).min(12),
});
export type GenericPack = z.infer<typeof GenericPack>;

/** What a rephrase comment can rule out, and the words of a step that needs that (`rulesOut` in rephrase.yaml). */
export const RULED_OUT = ['money', 'people', 'out', 'health'] as const;
export type RuledOut = (typeof RULED_OUT)[number];
const RuleOut = z.strictObject({ says: Stems, needs: Stems });

/**
 * Words that frame something missing: what follows `lead` (up to a word of `stop`) names it; a word of `nothing` right
 * after the lead says nothing is ("no idea how", «нет смысла»).
 */
const WordList = z.array(z.string().trim().toLowerCase().min(1)).min(1);
const Words = z.strictObject({ en: WordList, ru: WordList });
const Missing = z.strictObject({ lead: Words, stop: Words, nothing: Words });

/**
 * Words that set a time limit: a step called too long (`tooLong`: the next one is shorter), or a number of minutes
 * (`unit`) said with a word of `before` ("only 10 minutes", «максимум 15 минут») or `after` it ("20 minutes tops").
 */
const TimeLimit = z.strictObject({ tooLong: Stems, before: Words, after: Words, unit: Words });

/** Words in a rephrase comment that say what is wrong with the step, and what it rules out. */
export const RephrasePack = z.object({
  vague: Stems,
  big: Stems,
  noTime: Stems,
  easy: Stems,
  done: Stems,
  rulesOut: z.strictObject(
    Object.fromEntries(RULED_OUT.map((name) => [name, RuleOut])) as Record<RuledOut, typeof RuleOut>,
  ),
  missing: Missing,
  time: TimeLimit,
});
export type RephrasePack = z.infer<typeof RephrasePack>;
