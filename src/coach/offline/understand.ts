import type { CoachContext } from '../../core/goals/coach.port.js';
import type { Locale } from '../../core/goals/model.js';
import {
  type DictionarySlot,
  type GenericPack,
  type GoalTypePack,
  type Level,
  LEVELS,
  levelsOf,
  type Localized,
  type PathStep,
  type Stems,
  pathLevel,
} from '../../content/coach-pack.schema.js';
import type { CoachPack } from '../../content/load-coach-pack.js';
import type { RankedLabel } from '../intents/classifier.js';
import { GENERIC, type GoalClassifier, type GoalReading } from './goal-classifier.js';
import type { GoalSlots, SlotReader } from './slots.js';
import { compileStems, indexStems, normalise, type StemIndex, words } from './text-match.js';
import type { HoldingReader, Holdings } from './holdings.js';
import { createHazardReader } from './hazards.js';
import { createPlaceReader } from './places.js';
import { createAsideReader } from './asides.js';

/** A goal as the offline coach reads it: its kind, what it names, and the path of steps it gets. */
export interface Understood {
  kind: GoalTypePack | undefined;
  /** How the kind was read; undefined when it was already settled on the goal. */
  reading: GoalReading | undefined;
  /** After "Something else" with no kind clearly ahead: the next likeliest kinds, to offer as a second row. */
  moreKinds: string[];
  /** True when the kind is settled: stored on the goal, or read with confidence. */
  sure: boolean;
  slots: GoalSlots;
  /** What the goal says is already in hand, and the problems it names (`objects.yaml`). */
  holdings: Holdings;
  /** The person's answers, less the answer to the situation question. */
  answers: string[];
  /** The situations the coach may ask about (`SITUATION_CHOICES` at most), and whether that was answered. */
  topics: { offered: OfferedSituation[]; answered: boolean };
  /**
   * Whether the level question was answered, and `decides()`: true when the description does not say how far along
   * the person is (or says it two ways) and the first steps would differ by level (read on demand: most calls never
   * ask).
   */
  level: { answered: boolean; decides(): boolean };
  path: PathStep[];
  fill(text: string): string;
}

/**
 * Steps for this person: their level (unknown → beginner, the safe side), deadline (unknown → weeks),
 * topics, the slots they named (a time window, a fear) and whether they gave a date, in path order.
 */
export function branch(
  steps: PathStep[],
  slots: GoalSlots,
  situations: readonly { id: string; supervised?: boolean }[] = [],
): PathStep[] {
  const level = pathLevel(steps, slots.level ?? 'beginner');
  const horizon = slots.horizon ?? 'weeks';
  const topics = new Set([...Object.values(slots.values).map((value) => value.id), ...situations.map(({ id }) => id)]);
  const supervised = situations.some((item) => item.supervised);
  const named = new Set(Object.keys(slots.values));
  return steps.filter(
    (step) =>
      levelsOf(step).includes(level) &&
      (!step.horizon || step.horizon.includes(horizon)) &&
      (!step.topics || step.topics.some((topic) => topics.has(topic))) &&
      (!step.alsoTopics || step.alsoTopics.every((topic) => topics.has(topic))) &&
      !step.exceptTopics?.some((topic) => topics.has(topic)) &&
      (!step.withSlots || step.withSlots.every((slot) => named.has(slot))) &&
      !step.exceptSlots?.some((slot) => named.has(slot)) &&
      (step.deadline === undefined || step.deadline === Boolean(slots.deadline)) &&
      (!step.healthCheck || slots.healthCheck !== false) &&
      !(step.solo && supervised),
  );
}

/** How many kinds the coach's question offers as buttons when it is unsure (plus "Something else"). */
export const CHOICES = 3;

/** The kinds offered as buttons: the likeliest ones that have a path (never `generic`). */
export const offeredKinds = (ranked: readonly RankedLabel[], hasPath: (id: string) => boolean): string[] =>
  ranked
    .filter((entry) => hasPath(entry.label))
    .slice(0, CHOICES)
    .map((entry) => entry.label);

/**
 * After "Something else": the best kind the buttons did not offer is taken when it is clearly ahead of the
 * rest (at least `min`, and `ratio` times the next one) and ahead of `generic`.
 */
export const OTHER_PICK = { min: 0.1, ratio: 1.6 } as const;

/**
 * The generic path of a goal that fits no kind: a specific goal gets the acting steps (`gen-act-…`: what
 * done means, what it takes, the first three items) instead of the well-being reflection and "pick an
 * area" steps a vague goal starts with; a vague goal never gets the acting ones.
 */
const ACTING = /^gen-act-/;
const VAGUE_ONLY = new Set(['gen-01', 'gen-25', 'gen-02', 'gen-03']);
export const genericFor = (steps: PathStep[], specific: boolean) =>
  steps.filter((step) => !isFaultStep(step) && (specific ? !VAGUE_ONLY.has(step.key) : !ACTING.test(step.key)));

/** The generic troubleshooting steps (`gen-fault-…`), which lead a path only for a goal that names a fault. */
const isFaultStep = (step: PathStep) => step.key.startsWith('gen-fault-');

/**
 * Whether a title names something going wrong in doing it ("stop every pizza sticking to the peel", «шашлык,
 * чтобы не пересушивать»). Only the title: a description's "I keep putting it off" is no fault in the doing. Not
 * for someone just starting, nor for a title about learning it unless they say they already do it: the basics
 * come first, and the steps begin "next time you do it".
 */
export function faultReader(generic: GenericPack) {
  const [names, learning] = [compileStems(generic.fault.names), compileStems(generic.fault.learning)];
  return (title: string) => {
    const text = normalise(title);
    const tokens = words(text);
    const [fault, learns] = [names.count(text, tokens) > 0, learning.count(text, tokens) > 0];
    return (level: Level | undefined) =>
      fault && (level === 'active' || level === 'returning' || (level === undefined && !learns));
  };
}

/** The first steps' keys, to tell whether two paths start alike. */
const firstKeys = (steps: PathStep[]) =>
  steps
    .slice(0, FIRST_STEPS)
    .map((step) => step.key)
    .join(' ');

/** A description of a few words says something about the person and their goal. */
const describes = (description: string) => words(normalise(description)).length >= 6;

/**
 * A goal is specific, not vague, when it says something checkable: a description of a few words, or a
 * deadline, a distance, a number, or any named value (a language, a person, an exam).
 */
export function isSpecific(title: string, description: string, slots: GoalSlots): boolean {
  if (describes(description)) return true;
  if (/\d/.test(title)) return true;
  return Boolean(slots.horizon || slots.distance || Object.keys(slots.values).length > 0);
}

/**
 * A sentence that names what is in the way: "the problem is…", "I can't…", "nobody looked at it", «проблема в
 * том, что…», «не получается…», «не понимаю…». A situation the goal names inside such a sentence is the one
 * the person is stuck on, so its steps go first. Someone who "used to come out and see to it" or "comes out to fix it"
 * is a visit, not a result that comes out wrong (fix40X: a scooter's test ride led the path before its repair).
 */
const PROBLEM_CUE =
  /(?:^| )(?:the problem is|the trouble is|the issue is|my problem is|problem is|i can't|i cannot|can't get|i don't know how|no idea how|i don't understand|i struggle|struggling|i'm stuck|i get stuck|stuck on|goes wrong|go wrong|comes? out(?! (?:and|to|for|here|there)(?= |$))|nobody|no one|keep failing|проблема|беда в том|не получается|не выходит|не понимаю|не знаю как|не могу|застреваю|выходят|выходит|никто|каждый раз)(?= |$)/u;

/** The sentences of the texts that name a problem, normalised. */
export const problemSentences = (texts: string[]): string =>
  texts
    .flatMap((text) => text.split(/[.!?;\n]+/u))
    .map(normalise)
    .filter((sentence) => PROBLEM_CUE.test(sentence))
    .join(' . ');

/**
 * The path with the steps of a pressing situation (one named in a problem sentence) first, in path order; a
 * safety check leading the path (`isGate`) stays ahead of them. A hard session (`vigorous`) keeps its place: it comes
 * after the current load is written down and the week planned (fix44B, blind read 42: a ski marathoner afraid of the
 * climbs got a hard hill session before the review of his training).
 */
export function pressingFirst(path: PathStep[], pressing: readonly string[], isGate: (step: PathStep) => boolean) {
  if (pressing.length === 0) return path;
  return leadWith(
    path,
    path.filter((step) => !isGate(step) && !step.vigorous && step.topics?.some((topic) => pressing.includes(topic))),
    isGate,
  );
}

/** The path with `lead` first; a safety check leading the path (`isGate`) stays ahead of it. */
function leadWith(path: PathStep[], lead: PathStep[], isGate: (step: PathStep) => boolean) {
  if (lead.length === 0) return path;
  const gates = path.slice(0, LEADING_GATES).filter(isGate);
  return [...gates, ...lead, ...path.filter((step) => !gates.includes(step) && !lead.includes(step))];
}

/** How far down the path a safety check still counts as leading it. */
const LEADING_GATES = 2;

/** A kind's situation, compiled once. */
interface CompiledSituation {
  id: string;
  /** Its position among its kind's situations: its `match` in the kind's `StemIndex`. */
  at: number;
  unless: readonly string[];
  /** The words that take a goal from elsewhere (`claims`): its own stems, or the whole `match`; none when it claims nothing. */
  claims: Stems | undefined;
  /** Never offered in the question: it applies whenever named (a safety net). */
  always: boolean;
  /** A risky task learnt beside someone who knows it: no `solo` step while it stands. */
  supervised: boolean;
  /** A safety net: stands again when the person drops the situation that cancelled it (`net`, or supervised). */
  net: boolean;
  /** An injury the kind reads itself, kept from every hard session (`injury`): the rest of the words give the level. */
  injury: boolean;
  name: Localized | undefined;
}

/**
 * A topic the coach can offer as a button: one of the kind's situations, or a value of a slot that names what
 * the goal is about (`ASKED_SLOTS`: a pilot's licence is no driving test, bookbinding is no drawing).
 */
export interface OfferedSituation {
  id: string;
  name: Localized;
  situation?: CompiledSituation;
  slot?: DictionarySlot;
}

/** The slots whose value can lead a path by a word read wrongly, so the question may offer it too. */
const ASKED_SLOTS = ['exam', 'craft', 'care', 'sport'] as const satisfies readonly DictionarySlot[];

/** How many situations the question offers as buttons (plus "None of these"). */
export const SITUATION_CHOICES = 3;

/** How many of the first steps a situation must lead for the question about it to be worth asking. */
const FIRST_STEPS = 5;

const label = (text: string) => text.trim().toLowerCase();

/**
 * The answers to the situation question (a situation's name, or "None of these") and to the level question (a
 * level's button), apart from the other answers, which feed the classifier and the slots: a button's words never
 * count as the goal's own. A level answer typed instead of tapped is the person's own words, so it joins them.
 */
function answerSplitter(generic: GenericPack) {
  const isSituation = askedReader(generic.situation);
  const isLevel = askedReader(generic.level.question);
  const byLabel = new Map(
    LEVELS.flatMap((level) => [generic.level[level].en, generic.level[level].ru].map((text) => [label(text), level])),
  );
  return (clarifications: CoachContext['clarifications']) => {
    const answerTo = (asked: (question: string) => boolean) =>
      clarifications.find((item) => item.answer && asked(item.question))?.answer ?? undefined;
    const topic = answerTo(isSituation);
    const levelAnswer = answerTo(isLevel);
    const level: Level | undefined = levelAnswer === undefined ? undefined : byLabel.get(label(levelAnswer));
    const rest = clarifications.flatMap((item) =>
      item.answer && !isSituation(item.question) && !(isLevel(item.question) && level) ? [item.answer] : [],
    );
    return { topic, level, levelAnswered: levelAnswer !== undefined, rest };
  };
}

/**
 * The kind whose situation claims a goal, read from the goal's own texts; undefined when none does. A claiming
 * situation takes a goal the generic path would get (`claims`); one that is also a safety net (`always`) takes it
 * from any other kind too, when the title names it (what the goal is about, not a past job in the description)
 * and its steps are on this person's branch: "come off the sleeping pills" read as sleep still gets the GP plan,
 * and a first-time welder who tapped "Repairs and DIY" still gets the protective kit first (a qualified welder,
 * whose branch has no such steps, keeps their kind). A supervised net (a risky task) never takes a goal from a quitting
 * or a sensitive kind, whose paths never have the person do the task: "quit moonshine" stays a quitting goal, a hunting
 * dog's death stays grief. A building kind may be a misplacement ("give my dad his insulin" read as family), so it
 * gives way.
 */
function claimReader(kinds: Map<string, GoalTypePack>, situationsOf: Map<string, KindSituations>) {
  const claimers = [...situationsOf].flatMap(([kindId, { items }]) =>
    items.flatMap((item) => (item.claims ? [{ kindId, item, words: item.claims }] : [])),
  );
  const index = indexStems(claimers.map((claimer) => claimer.words));
  const onBranch = (kindId: string, item: CompiledSituation, slots: GoalSlots) =>
    branch(kinds.get(kindId)?.steps ?? [], slots, [item]).some((step) => step.topics?.includes(item.id));
  return (title: string, description: string, current: string, slots: GoalSlots): string | undefined => {
    if (current === GENERIC) return claimers[index.first(...said(`${title} ${description}`))]?.kindId;
    const inTitle = index.counts(...said(title));
    return claimers.find(
      ({ kindId, item }, at) =>
        item.always &&
        kindId !== current &&
        (!item.supervised || kinds.get(current)?.mode === 'build') &&
        inTitle[at]! > 0 &&
        onBranch(kindId, item, slots),
    )?.kindId;
  };
}

/** A text as stems are matched against it: normalised, and its words. */
const said = (text: string): [string, string[]] => {
  const normal = normalise(text);
  return [normal, words(normal)];
};

/** The situations a goal names, and those it names where it says what is in the way (they lead). */
interface Named {
  named: CompiledSituation[];
  pressing: CompiledSituation[];
  /**
   * The same reading with these situations and slot values gone (the answer to the situation question dropped
   * them): what they cancelled is read again, so a safety net cancelled only by a dropped situation stands once more.
   */
  without(gone: ReadonlySet<CompiledSituation>, goneTopics: ReadonlySet<string>): Named;
}

/**
 * The kind's situations the goal names, anywhere in its title, description or answers — less those
 * cancelled by a topic the goal also names (`unless`: a slot value or another situation it named) — and
 * which of them it names in a sentence about what is in the way (`pressing`).
 */
function situationsIn({ items, index }: KindSituations, texts: string[], slotTopics: string[]): Named {
  const inText = index.counts(...said(texts.join(' ')));
  const problem = problemSentences(texts);
  const inProblemText = problem === '' ? undefined : index.counts(problem, words(problem));
  const inProblem = (item: CompiledSituation) => inProblemText !== undefined && inProblemText[item.at]! > 0;
  const found = items.filter((item) => inText[item.at]! > 0);
  const topics = new Set(slotTopics);
  const reading = (named: CompiledSituation[]): Named => ({
    named,
    pressing: named.filter(inProblem),
    without: (gone, goneTopics) => {
      // Only a safety net comes back (`net`): most `unless` lists say which reading explains the words better, and
      // a reading the person drops does not make the other one true ("None of these" for gambling leaves a card
      // night "till morning" no late night of screens).
      const left = new Set(named.filter((item) => !gone.has(item)));
      const stands = standing(
        found.filter((item) => !gone.has(item)),
        new Set([...topics].filter((id) => !goneTopics.has(id))),
      );
      return reading(found.filter((item) => left.has(item) || (item.net && stands.includes(item))));
    },
  });
  return reading(standing(found, topics));
}

/**
 * The situations found that no other one still standing cancels. Only a situation left standing cancels: an open-water
 * crossing cancels "in the pool", so the pool no longer cancels the long swim (the twenty-fifth read's swimmer). A
 * slot value always cancels; in a cycle (each cancelling the other) both stand, the safe side for a safety net.
 */
function standing(found: CompiledSituation[], slotTopics: ReadonlySet<string>): CompiledSituation[] {
  const byId = new Map(found.map((item) => [item.id, item]));
  const known = new Map<string, boolean>();
  const visiting = new Set<string>();
  const stands = (item: CompiledSituation): boolean => {
    const done = known.get(item.id);
    if (done !== undefined) return done;
    if (visiting.has(item.id)) return true;
    visiting.add(item.id);
    const result = !item.unless.some((id) => {
      const other = byId.get(id);
      return slotTopics.has(id) || (other !== undefined && stands(other));
    });
    visiting.delete(item.id);
    known.set(item.id, result);
    return result;
  };
  return found.filter(stands);
}

/**
 * After the person answered the situation question: the topics it offered drop, but the one they picked (it
 * keeps its place: the tap confirms a topic, the path's order stays). The rest stay — the safety nets (`always`)
 * and the situations that only shape steps further on or take a step away ("had it checked" drops the doctor's
 * visit). A dropped slot value goes from the slots too, so no step names it. A safety net (`net`) that only a
 * dropped topic cancelled comes back: "None of these" to a partner's snoring leaves "she says I stop breathing in my
 * sleep" on the breathing-pause steps.
 */
function answered(before: Named, slots: GoalSlots, offered: OfferedSituation[], topic: string) {
  const dropped = offered.filter((item) => !isTapped(item, topic));
  const gone = new Set(dropped.flatMap((item) => (item.situation ? [item.situation] : [])));
  const goneTopics = new Set(dropped.flatMap((item) => (item.slot ? [item.id] : [])));
  const values = { ...slots.values };
  for (const item of dropped) if (item.slot) delete values[item.slot];
  return { named: before.without(gone, goneTopics), slots: { ...slots, values } };
}

/** Whether `answer` is this situation's button, in either language. */
const isTapped = (item: OfferedSituation, answer: string) =>
  [item.name.en, item.name.ru].map(label).includes(label(answer));

/** A kind's situations, and the words that name each in one index (a situation is known by its position, `at`). */
interface KindSituations {
  items: CompiledSituation[];
  index: StemIndex;
}

const NO_SITUATIONS: KindSituations = { items: [], index: indexStems([]) };

/** Every kind's situations, compiled once. */
const compileSituations = (kinds: GoalTypePack[]) =>
  new Map<string, KindSituations>(
    kinds.map((kind) => {
      const situations = kind.situations ?? [];
      // Claiming words name the situation too: `match` holds only the words that act inside the kind.
      const ownClaims = situations.map((situation) =>
        situation.claims === true || !situation.claims ? undefined : situation.claims,
      );
      const matches = situations.map((situation, at) => {
        const own = ownClaims[at];
        return own
          ? { en: [...situation.match.en, ...own.en], ru: [...situation.match.ru, ...own.ru] }
          : situation.match;
      });
      const items = situations.map((situation, at): CompiledSituation => ({
        id: situation.id,
        at,
        claims: situation.claims === true ? matches[at] : ownClaims[at],
        unless: situation.unless ?? [],
        always: situation.always === true,
        supervised: situation.supervised === true,
        injury: situation.injury === true,
        net: situation.net === true || situation.supervised === true,
        name: situation.name,
      }));
      return [kind.id, { items, index: indexStems(matches) }];
    }),
  );

/**
 * True for a question asked from this template (the situation or the level question): it starts as the template
 * does before the quoted goal. Its answer is a button's words, never the goal's own, so a name a person might also
 * type ("Losing weight") is only taken as a tap when it answers this question.
 */
const askedReader = (template: Localized): ((question: string) => boolean) => {
  const starts = [template.en, template.ru].map((text) => text.split('{title}')[0]!);
  return (question: string) => starts.some((start) => question.startsWith(start));
};

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * True when the title already says a value's name ("Learn to draw": drawing; «Научиться плавать»: плавание): a word
 * of the name, by its first four letters, starts a word of the title. Asking about it would only repeat the goal.
 */
function restates(title: string, name: string): boolean {
  const said = words(normalise(title));
  const stems = words(normalise(name))
    .filter((word) => word.length >= 4)
    .map((word) => word.slice(0, 4));
  return stems.some((stem) => said.some((word) => word.startsWith(stem)));
}

/**
 * The buttons of the situation question: the named situations with a button name that are no safety net, and
 * the values of `ASKED_SLOTS` the title does not restate, that lead one of the first steps — in the order their
 * first step comes. A word read wrongly picks a value as easily in the title as anywhere ("my forklift licence" is
 * no driving test, "Keep the kitchen tidy" is no cooking), so only a value the title spells out goes unasked.
 */
function offerable(named: CompiledSituation[], slots: GoalSlots, title: string, path: PathStep[]) {
  const first = path.slice(0, FIRST_STEPS);
  const at = (item: OfferedSituation) => first.findIndex((step) => step.topics?.includes(item.id) ?? false);
  const situations = named.flatMap((item) =>
    item.name && !item.always ? [{ id: item.id, name: item.name, situation: item }] : [],
  );
  const values = ASKED_SLOTS.flatMap((slot) => {
    const value = slots.values[slot];
    return value && !restates(title, value.name.en) && !restates(title, value.name.ru)
      ? [{ id: value.id, name: { en: capitalised(value.name.en), ru: capitalised(value.name.ru) }, slot }]
      : [];
  });
  return [...situations, ...values]
    .filter((item) => at(item) >= 0)
    .sort((one, two) => at(one) - at(two))
    .slice(0, SITUATION_CHOICES);
}

/**
 * When the troubleshooting steps lead (`gen-fault-…`): the title names a fault in doing it (`faultAt`), and no
 * situation written for the goal leads instead — none was worth asking about, or the person answered "None of
 * these". A situation they tapped ("Colours coming out muddy") has steps written for it, and they beat the generic
 * troubleshooting; one still waiting for its answer is asked first.
 */
function troubleshooting(
  faultAt: (level: Level | undefined) => boolean,
  offered: OfferedSituation[],
  topic: string | undefined,
) {
  const tapped = topic !== undefined && offered.some((item) => isTapped(item, topic));
  const open = topic === undefined ? offered.length === 0 : !tapped;
  return (level: Level | undefined) => open && faultAt(level);
}

/** What "Something else" leaves: the kind taken, whether the goal reads as vague, and the kinds to offer next. */
interface AfterOther {
  kindId: string;
  vague: boolean;
  next: string[];
}

/**
 * "Something else" rejects the kinds the buttons offered, not the reading: the best kind left is taken when it is
 * clearly ahead (a cricket team offered New habit / Creative / Skill is still sport). Otherwise, after the first
 * row, the next likeliest kinds are offered as a second one (a novel's title read as Writing / Creative / Repairs
 * is often Reading, further down); after the second, `generic`.
 */
function otherKindReader(kinds: Map<string, GoalTypePack>, classifier: GoalClassifier) {
  return (title: string, description: string, rows: number): AfterOther => {
    const { ranked } = classifier.classify(title, description, []);
    const withPath = ranked.filter((entry) => kinds.has(entry.label));
    const rest = withPath.slice(CHOICES * rows);
    const genericP = ranked.find((entry) => entry.label === GENERIC)?.p ?? 0;
    const [best, next] = rest;
    const picked = best && best.p >= OTHER_PICK.min && best.p >= OTHER_PICK.ratio * (next?.p ?? 0) && best.p > genericP;
    // The classifier reading `generic` above every kind is its verdict that the goal is vague ("figure out what
    // I actually want"), however long the description: such a goal keeps the gentle start.
    const vague = ranked[0]?.label === GENERIC;
    if (picked) return { kindId: best.label, vague, next: [] };
    const more = rows === 1 && !vague ? rest.slice(0, CHOICES).map((entry) => entry.label) : [];
    return { kindId: GENERIC, vague, next: more };
  };
}

/** The goal's kind as placed so far: read, settled on the goal, or after "Something else". */
interface Placed {
  kindId: string;
  sure: boolean;
  reading: GoalReading | undefined;
  /** The last kind answer was "Something else". */
  other: boolean;
  vague: boolean;
  moreKinds: string[];
}

/**
 * Places a goal in a kind: the kind stored on the goal wins (it was read with confidence or picked, so a later
 * answer cannot flip it); after "Something else" as the last answer, what that leaves (`otherKindReader`); else the
 * classifier reads the title, description and answers (a kind tapped on the second row is a kind's name).
 */
function kindPlacer(kinds: Map<string, GoalTypePack>, classifier: GoalClassifier, otherButton: Localized) {
  const afterOther = otherKindReader(kinds, classifier);
  const otherLabels = new Set([otherButton.en, otherButton.ru].map(label));
  const isOther = (answer: string) => otherLabels.has(label(answer));
  return (title: string, description: string, stored: string | null, answers: string[]): Placed => {
    const settled = { reading: undefined, other: false, vague: false, moreKinds: [] };
    if (stored && (stored === GENERIC || kinds.has(stored))) return { ...settled, kindId: stored, sure: true };
    const others = answers.filter(isOther).length;
    if (others > 0 && isOther(answers.at(-1)!)) {
      const { kindId, vague, next } = afterOther(title, description, others);
      return { kindId, sure: next.length === 0, reading: undefined, other: true, vague, moreKinds: next };
    }
    const reading = classifier.classify(
      title,
      description,
      answers.filter((answer) => !isOther(answer)),
    );
    return { ...settled, kindId: reading.kind, sure: reading.sure, reading };
  };
}

export interface Reader {
  understand(ctx: CoachContext): Understood;
}

/**
 * What a goal's steps leave out last: the parts written for other countries than the person names (`places.ts`, from
 * every word of the goal and the answers) and for things they never named (`asides.ts`, from their own words only: a
 * tapped button is the coach's). `keep` drops whole steps for another country; `localise` trims a step's text.
 */
const leftOut = (pack: CoachPack) => {
  const [placeReader, asideReader] = [createPlaceReader(pack.places), createAsideReader(pack.asides)];
  return (title: string, description: string, answers: readonly string[], locale: Locale) => {
    const here = placeReader.goal([title, description, ...answers], locale);
    const asides = asideReader.goal([title, description], locale);
    return { keep: here.keep, localise: (text: string) => here.localise(asides.trim(text)) };
  };
};

/**
 * fix54F. An active person's sports injury: where the kind reads the injury itself (a situation with `injury`: its
 * check leads and no `vigorous` step reaches it), the person walks the level the other signs give, not the beginner's
 * walk-run the injury alone made of it (`levelBesideInjury`).
 */
const besideInjury = (named: readonly CompiledSituation[], slots: GoalSlots): GoalSlots =>
  slots.levelBesideInjury && named.some((item) => item.injury) ? { ...slots, level: slots.levelBesideInjury } : slots;

/**
 * Reads a goal once per call: the kind stored on the goal wins (it was read with confidence or
 * picked by the person, so a later answer cannot flip it); else the classifier reads the title,
 * description and answers. Slots come from the same texts, the title first. Last, the path loses the
 * steps for what the person already has, and a step for a problem they name comes first (`holdings`).
 */
export function createReader(
  pack: CoachPack,
  classifier: GoalClassifier,
  slotReader: SlotReader,
  holdingReader: HoldingReader,
): Reader {
  const kinds = new Map(pack.types.map((kind) => [kind.id, kind]));
  const situationsOf = compileSituations(pack.types);
  const splitAnswers = answerSplitter(pack.generic);
  const place = kindPlacer(kinds, classifier, pack.generic.other);
  const claimed = claimReader(kinds, situationsOf);
  const namesFault = faultReader(pack.generic);
  const faultSteps = pack.generic.steps.filter(isFaultStep);
  const [hazardReader, leaveOut] = [createHazardReader(pack.hazards), leftOut(pack)];

  return {
    understand(ctx) {
      const { topic, level, levelAnswered, rest: answers } = splitAnswers(ctx.clarifications);
      const description = ctx.goal.description ?? '';
      const read = slotReader.read(ctx.goal.title, [description, ...answers], level);
      const placed = place(ctx.goal.title, description, ctx.goal.goalType, answers);
      const { reading, moreKinds, vague, other } = placed;
      let { kindId, sure } = placed;
      // Only the person's own words claim a goal, not an answer to the kind question.
      const claim = claimed(ctx.goal.title, description, kindId, read);
      if (claim) [kindId, sure] = [claim, true];
      const kind = kinds.get(kindId);
      const named = situationsIn(
        situationsOf.get(kindId) ?? NO_SITUATIONS,
        [ctx.goal.title, description, ...answers],
        Object.values(read.values).map((value) => value.id),
      );
      const slots = besideInjury(named.named, read);
      // A goal the person placed outside the offered kinds, though it says something checkable, gets the
      // generic path that acts; a goal read as vague keeps the gentle start.
      const specific = !kind && other && !vague && isSpecific(ctx.goal.title, description, slots);
      const holdings = holdingReader.read([ctx.goal.title, description, ...answers]);
      const dangers = hazardReader.readGoal(ctx.goal.title, description, answers);
      const here = leaveOut(ctx.goal.title, description, answers, ctx.locale);
      // A fault in doing something ("my pizza sticks to the peel") is fixed the same way in any craft, so the
      // troubleshooting steps lead where the kind practises something, or the goal has no kind; never where a
      // pain or condition calls for a doctor first.
      const faultAt =
        (kind ? kind.faults === true : specific) && slots.healthCheck !== true
          ? namesFault(ctx.goal.title)
          : () => false;
      const pathFor = ({ named: ids, pressing }: Named, read: GoalSlots, troubleshoot = false) => {
        const kindPath = branch(kind?.steps ?? [], read, ids);
        const lead = pressing.map((item) => item.id);
        const generic = genericFor(branch(pack.generic.steps, read), specific);
        const path = [...pressingFirst(kindPath, lead, holdingReader.isGate), ...generic];
        const led = troubleshoot ? leadWith(path, faultSteps, holdingReader.isGate) : path;
        const held = holdingReader.apply(led, holdings);
        // A danger named in passing comes before everything, a kind's own safety check included; when the goal is the
        // danger itself, nothing follows it.
        // Last, what was written for another country than the ones the person names goes (`places.ts`).
        return here.keep(hazardReader.guard(dangers, kindPath, held, (steps) => branch(steps, read, ids)));
      };
      const plain = pathFor(named, slots);
      const offered = offerable(named.named, slots, ctx.goal.title, plain);
      const troubleshootAt = troubleshooting(faultAt, offered, topic);
      const first = troubleshootAt(slots.level) ? pathFor(named, slots, true) : plain;
      const settled = topic === undefined ? { named, slots } : answered(named, slots, offered, topic);
      const path =
        topic === undefined ? first : pathFor(settled.named, settled.slots, troubleshootAt(settled.slots.level));
      const fill = (text: string) => here.localise(slotReader.render(text, settled.slots, ctx.locale, ctx.goal.title));
      const topics = { offered, answered: topic !== undefined };
      // A bare title ("Learn to play guitar") starts on the safe side unasked: the person chose to say little. A
      // description that tells about them but not how far along they are, or tells it two ways, gets the question.
      const levelUnclear = slots.levelMixed === true || (slots.level === undefined && describes(description));
      const decides = () =>
        !levelAnswered &&
        levelUnclear &&
        LEVELS.some(
          (read) => firstKeys(pathFor(named, { ...slots, level: read }, troubleshootAt(read))) !== firstKeys(first),
        );
      return {
        kind,
        reading,
        moreKinds,
        sure,
        slots: settled.slots,
        holdings,
        answers,
        topics,
        level: { answered: levelAnswered, decides },
        path,
        fill,
      };
    },
  };
}
