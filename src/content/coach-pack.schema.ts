import { z } from 'zod';

/** Text in both supported languages. Every user-facing string in a pack has both. */
export const Localized = z.object({
  en: z.string().trim().min(3),
  ru: z.string().trim().min(3),
});
export type Localized = z.infer<typeof Localized>;

/** Lower-case word stems per language; a text matches a stem when one of its words starts with it. */
export const Stems = z.object({
  en: z.array(z.string().trim().toLowerCase().min(2)).min(1),
  ru: z.array(z.string().trim().toLowerCase().min(2)).min(1),
});
export type Stems = z.infer<typeof Stems>;

const Minutes = z.number().int().min(5).max(120);

/** One wording of a step: a single concrete action that takes 5–120 minutes. */
export const StepWording = Localized.extend({ minutes: Minutes });
export type StepWording = z.infer<typeof StepWording>;

const TopicId = z.string().regex(/^[a-z_]+$/);

/** A country, by its ISO 3166-1 alpha-2 code in lower case (`gb`, `ru`, `kz`). */
export const CountryId = z.string().regex(/^[a-z]{2}$/, 'a country is its two-letter ISO code in lower case');

/**
 * `places.yaml`: the countries a goal may name — by name, city, region, or an institution only that country has
 * (HMRC, a TFSA, «Госуслуги») — so a step written for one country is not given to someone who lives in another.
 */
export const PlacesPack = z.strictObject({
  countries: z
    .array(z.strictObject({ id: CountryId, name: Localized, match: Stems }))
    .min(1)
    .refine((list) => new Set(list.map((item) => item.id)).size === list.length, 'a country is listed twice'),
});
export type PlacesPack = z.infer<typeof PlacesPack>;

/**
 * `asides.yaml`: the parts of a step written for one thing among several it covers (", or casting on and the knit
 * stitch if you knit", "; for a bike, a stand or a hook"), each with the stems that name that thing. A goal that never
 * names it gets the step without them: the blind reads scored such parts as words pasted from another goal.
 */
export const AsidesPack = z.strictObject({
  asides: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z_]+$/),
        about: Stems,
        en: z.array(z.string().min(3)).default([]),
        ru: z.array(z.string().min(3)).default([]),
      }),
    )
    .min(1)
    .refine((list) => new Set(list.map((item) => item.id)).size === list.length, 'an aside is listed twice'),
});
export type AsidesPack = z.infer<typeof AsidesPack>;

/**
 * The countries a step's text is written for, per language (`{ en: [gb], ru: [ru] }`): a step that only works there
 * (a UK council's form, «Госуслуги») is skipped for a person who names other countries and none of these. A language
 * left out is for everyone.
 */
const StepCountries = z
  .strictObject({ en: z.array(CountryId).min(1).optional(), ru: z.array(CountryId).min(1).optional() })
  .refine((where) => where.en || where.ru, 'name the countries for at least one language');

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

/** Template slots a step may name (`{language}` …); `title` is always available. */
export const DICTIONARY_SLOTS = [
  'language',
  'instrument',
  'habit',
  'sport',
  'relation',
  'exam',
  'craft',
  'care',
  'aim',
  'shape',
  'window',
  'known',
  'fear',
  'apart',
  'warning',
] as const;
export type DictionarySlot = (typeof DICTIONARY_SLOTS)[number];
export const SLOT_NAMES = ['title', 'distance', ...DICTIONARY_SLOTS] as const;
export type SlotName = (typeof SLOT_NAMES)[number];

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

/** Words in a rephrase comment that say what is wrong with the step. */
export const RephrasePack = z.object({
  vague: Stems,
  big: Stems,
  noTime: Stems,
});
export type RephrasePack = z.infer<typeof RephrasePack>;

/** Russian case forms a template asks for as `{relation.dat}`; English names do not decline. */
export const RU_CASES = ['gen', 'dat', 'acc', 'ins', 'pre'] as const;
export type RuCase = (typeof RU_CASES)[number];

/** A slot value's name: nominative in both languages, plus the Russian cases templates use. */
export const SlotName = z.strictObject({
  en: z.string().trim().min(2),
  ru: z.string().trim().min(2),
  cases: z.partialRecord(z.enum(RU_CASES), z.string().trim().min(2)).optional(),
});
export type SlotNameForms = z.infer<typeof SlotName>;

const DictionaryValue = z.strictObject({
  id: z.string().regex(/^[a-z_]+$/),
  name: SlotName,
  match: Stems,
});

const Dictionary = z.strictObject({ fallback: SlotName, values: z.array(DictionaryValue).min(1) });

/** `slots.yaml`: the dictionaries and phrase lists slot extraction reads. */
export const SlotsPack = z.strictObject({
  language: Dictionary,
  instrument: Dictionary,
  habit: Dictionary,
  sport: Dictionary,
  relation: Dictionary,
  exam: Dictionary,
  /** What is being made or learned in a creative or skill goal (cooking, photography, code). */
  craft: Dictionary,
  /** Which appointment a check-up goal is about (the dentist, an eye test). */
  care: Dictionary,
  /** How a quit goal is meant: `reduce` (drink less) keeps quit dates and zero targets out. */
  aim: Dictionary,
  /** A goal between kinds: a channel or blog run as a project, a whole-room renovation, a career change. */
  shape: Dictionary,
  /** When the person said they have time ("Sunday mornings", «в обед»); its name reads as an adverbial. */
  window: Dictionary,
  /** What the person already knows, so a step need not send them to find it out (the exam format). */
  known: Dictionary,
  /** A fear or worry the description names (nerves, being alone somewhere new): a step addresses it. */
  fear: Dictionary,
  /** The person lives apart from whom the goal is about (another city): no steps that assume a shared kitchen. */
  apart: Dictionary,
  /**
   * Signs a body is at risk today, whatever the kind: on exertion (`red_flag`: chest tightness, fainting) a doctor
   * before more training; a stroke's or a retina's sudden signs (`stroke_sign`, `eye_sign`) emergency or same-day care.
   */
  warning: Dictionary,
  /**
   * `health` (weight, breathlessness, injury, no exercise for years) makes the level `beginner` whatever
   * else was said; otherwise the side with more signs wins, a returning sign beats a tie with `active`,
   * and a tie with `beginner` goes to `beginner`. `reason`: more reasons for a health check before
   * training that do not make the level (a condition, medicines, pregnancy, older age in words).
   */
  level: z.strictObject({ beginner: Stems, returning: Stems, active: Stems, health: Stems, reason: Stems.optional() }),
  horizon: z.strictObject({ days: Stems, weeks: Stems, months: Stems }),
  distance: z.strictObject({ fallback: Localized }),
});
export type SlotsPack = z.infer<typeof SlotsPack>;

/** `never.yaml`: what no step may say (all kinds), and what a quitting path may never say. */
const Rule = z.strictObject({ why: z.string().min(3), en: z.array(z.string().min(2)), ru: z.array(z.string().min(2)) });
export const NeverPack = z.strictObject({ always: z.array(Rule).min(1), quit: z.array(Rule).min(1) });
export type NeverPack = z.infer<typeof NeverPack>;

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
});
export type Hazard = z.infer<typeof Hazard>;

/** One file of `content/goals/hazards/`: the dangers of one area (money, the home, a child, health signs…). */
export const HazardFile = z.strictObject({ hazards: z.array(Hazard).min(1) });
