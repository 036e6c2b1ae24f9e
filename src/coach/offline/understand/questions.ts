// The situation and level questions: the answers to them, the buttons offered, and what an answer drops.
import type { CoachContext } from '../../../core/goals/coach.port.js';
import {
  type DictionarySlot,
  type GenericPack,
  type Level,
  LEVELS,
  type Localized,
  type PathStep,
} from '../../../content/coach-pack.schema.js';
import type { GoalSlots } from '../slots.js';
import { normalise, words } from '../text-match.js';
import { FIRST_STEPS } from './paths.js';
import type { CompiledSituation, Named } from './situations.js';

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

export const label = (text: string) => text.trim().toLowerCase();

/**
 * The answers to the situation question (a situation's name, or "None of these") and to the level question (a
 * level's button), apart from the other answers, which feed the classifier and the slots: a button's words never
 * count as the goal's own. A level answer typed instead of tapped is the person's own words, so it joins them.
 */
export function answerSplitter(generic: GenericPack) {
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
 * After the person answered the situation question: the topics it offered drop, but the one they picked (it
 * keeps its place: the tap confirms a topic, the path's order stays). The rest stay — the safety nets (`always`)
 * and the situations that only shape steps further on or take a step away ("had it checked" drops the doctor's
 * visit). A dropped slot value goes from the slots too, so no step names it. A safety net (`net`) that only a
 * dropped topic cancelled comes back: "None of these" to a partner's snoring leaves "she says I stop breathing in my
 * sleep" on the breathing-pause steps.
 */
export function answered(
  before: Named,
  slots: GoalSlots,
  offered: OfferedSituation[],
  topic: string,
  typedNamed: ReadonlySet<string> = new Set(),
) {
  const dropped = offered.filter((item) => !isTapped(item, topic) && !typedNamed.has(item.id));
  const gone = new Set(dropped.flatMap((item) => (item.situation ? [item.situation] : [])));
  const goneTopics = new Set(dropped.flatMap((item) => (item.slot ? [item.id] : [])));
  const values = { ...slots.values };
  for (const item of dropped) if (item.slot) delete values[item.slot];
  return { named: before.without(gone, goneTopics), slots: { ...slots, values } };
}

/**
 * True when the person turned every offered situation down: "None of these", or typed words that name none of them
 * (`typedNamed`: the offered ones their words name).
 */
export const declinedAll = (offered: OfferedSituation[], topic: string, typedNamed: ReadonlySet<string>) =>
  !offered.some((item) => isTapped(item, topic) || typedNamed.has(item.id));

/** Whether `answer` is this situation's button, in either language. */
const isTapped = (item: OfferedSituation, answer: string) =>
  [item.name.en, item.name.ru].map(label).includes(label(answer));

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
export function offerable(named: CompiledSituation[], slots: GoalSlots, title: string, path: PathStep[]) {
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
export function troubleshooting(
  faultAt: (level: Level | undefined) => boolean,
  offered: OfferedSituation[],
  topic: string | undefined,
) {
  const tapped = topic !== undefined && offered.some((item) => isTapped(item, topic));
  const open = topic === undefined ? offered.length === 0 : !tapped;
  return (level: Level | undefined) => open && faultAt(level);
}
