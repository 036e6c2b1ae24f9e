// The goal reader: places the kind, reads slots, situations and holdings, and builds the path and its questions.
import type { CoachContext } from '../../../core/goals/coach.port.js';
import type { Locale } from '../../../core/goals/model.js';
import { type GoalTypePack, type Level, LEVELS, type PathStep } from '../../../content/coach-pack.schema.js';
import type { CoachPack } from '../../../content/load-coach-pack.js';
import { GENERIC, type GoalClassifier, type GoalReading } from '../goal-classifier.js';
import type { GoalSlots, SlotReader } from '../slots.js';
import type { HoldingReader, Holdings } from '../holdings.js';
import { createHazardReader } from '../hazards.js';
import { createPlaceReader } from '../places.js';
import { createAsideReader } from '../asides.js';
import { kindPlacer } from './kinds.js';
import {
  branch,
  describes,
  faultReader,
  firstKeys,
  genericFor,
  isFaultStep,
  isSpecific,
  leadWith,
  pressingFirst,
} from './paths.js';
import { type OfferedSituation, answered, declinedAll, offerable, troubleshooting } from './questions.js';
import { afterOwnWords, isOwnStep, type OwnWords } from './own-words.js';
import { speakable } from '../script-check.js';
import type { ReasonReader } from '../../reasons/reason-reader.js';
import { listener, withoutRuledOut } from './heard.js';
import { particularsQuote } from './particulars.js';
import {
  type KindSituations,
  NO_SITUATIONS,
  type Named,
  besideInjury,
  claimReader,
  compileSituations,
  situationsIn,
} from './situations.js';

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
  /** Whether a wording, filled, may be shown: in the person's language, no slot left empty (`script-check.ts`). */
  speaks(text: string): boolean;
}

export interface Reader {
  understand(ctx: CoachContext): Understood;
  /** The rephrase comments' reader: what a comment complains of and whether it rules something out. */
  reasons: ReasonReader;
}

/** After a step the person found too easy (`harder`), one level up for every step after it: beginner → returning → active. */
const raised = (slots: GoalSlots, harder: boolean): GoalSlots =>
  harder
    ? { ...slots, level: slots.level === undefined || slots.level === 'beginner' ? 'returning' : 'active' }
    : slots;

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
 * `make()` the first time it is asked for, then the same value: the hazard index (34,000 phrases, a tenth of a start's
 * time) is built for the first goal read, not at start.
 */
function onFirstUse<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** What a comment or answer rules out never takes away a safety step: a gate, a hazard's step, a doctor's check. */
const safetyOf = (holdingReader: HoldingReader) => (step: PathStep) =>
  holdingReader.isGate(step) || step.key.startsWith('hz-') || step.healthCheck === true;

/**
 * A bare title ("Learn to play guitar") starts on the safe side unasked: the person chose to say little. A description
 * that tells about them but not how far along they are, or tells it two ways, gets the question.
 */
const levelUnclear = (slots: GoalSlots, description: string) =>
  slots.levelMixed === true || (slots.level === undefined && describes(description));

/**
 * The situations and slots once the situation question is answered (as they were while it is not). Words typed
 * instead of a button keep the offered situations they name, as a tap would; naming none, they are the person's answer
 * and lead (`typedLead`): the steps that quote them (`gen-own-…`) come ahead of the kind's own, a safety step still first.
 */
function settle(
  named: Named,
  slots: GoalSlots,
  offered: OfferedSituation[],
  topic: string | undefined,
  typed: string | undefined,
  situations: KindSituations | undefined,
) {
  if (topic === undefined) return { settled: { named, slots }, typedLead: false };
  const typedNamed = new Set(
    typed === undefined ? [] : situationsIn(situations ?? NO_SITUATIONS, [typed], []).named.map((item) => item.id),
  );
  const settled = answered(named, slots, offered, topic, typedNamed);
  return { settled, typedLead: typed !== undefined && declinedAll(offered, topic, typedNamed) };
}

/** Whether the first steps would differ at some level from the path the person has (`keysAt`: a level's first keys). */
const levelMatters = (keysAt: (level: Level) => string, first: PathStep[]) =>
  LEVELS.some((read) => keysAt(read) !== firstKeys(first));

/** Whether a wording, filled, may be shown: the person's own words (the title and all they wrote) may be quoted. */
const speaker = (fill: (text: string) => string, ctx: CoachContext, written: string[]) => {
  const own = [ctx.goal.title, ...written].join('\n');
  return (text: string): boolean => speakable(fill(text), ctx.locale, own);
};

/**
 * The goal's kind: placed (stored, read, or what "Something else" leaves), then claimed by the person's own words
 * (only their words claim a goal, not an answer to the kind question). Words they typed about what the goal is that
 * still leave its kind unsure get the general path in their words (`gen-own-…`), not the likeliest kind's template,
 * which a blind read found confidently wrong for whole goals.
 */
function kindReader(
  kinds: Map<string, GoalTypePack>,
  classifier: GoalClassifier,
  other: CoachPack['generic']['other'],
  situationsOf: Map<string, KindSituations>,
) {
  const [place, claimed] = [kindPlacer(kinds, classifier, other), claimReader(kinds, situationsOf)];
  return (ctx: CoachContext, answers: string[], read: GoalSlots, typedAboutKind: boolean) => {
    const description = ctx.goal.description ?? '';
    const placed = place(ctx.goal.title, description, ctx.goal.goalType, answers);
    const claim = claimed(ctx.goal.title, description, placed.kindId, read);
    if (claim) return { ...placed, kindId: claim, sure: true };
    return !placed.sure && typedAboutKind && placed.reading ? { ...placed, kindId: GENERIC } : placed;
  };
}

/**
 * The generic steps after a kind's: led by the person's own words (`ownLead`), the acting ones follow them. Quoting a
 * description (`toldLead`), the dated "what done looks like" stays after them: the date is the person's own too.
 */
const genericPath = (steps: PathStep[], specific: boolean, ownLead: PathStep[], toldLead: boolean) =>
  ownLead.length === 0
    ? genericFor(steps, specific)
    : genericFor(steps, true).filter((step) => afterOwnWords(step) || (toldLead && step.deadline === true));

/**
 * What the steps in the person's words quote (`{told}`): their latest typed answer, else the sentence of their
 * description that says the most about them (`particulars.ts`); the outcome (`{said}`) is then the title. A described
 * goal placed outside the kinds that takes the acting path is led by them (`toldLead`, when `acting`), unless it names
 * a danger (its safety steps lead, and the goal is never written up as one to pursue).
 */
function quotes(own: OwnWords, title: string, description: string, acting: boolean) {
  const told = own.said ?? (describes(description) ? particularsQuote(description) : undefined);
  const toldLead = acting && own.said === undefined && told !== undefined;
  return { told, toldLead, outcome: own.said ?? (told === undefined ? '' : title.trim()) };
}

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
  const kindOf = kindReader(kinds, classifier, pack.generic.other, situationsOf);
  const [namesFault, faultSteps] = [faultReader(pack.generic), pack.generic.steps.filter(isFaultStep)];
  const [leaveOut, hazardReader] = [leftOut(pack), onFirstUse(() => createHazardReader(pack.hazards))];
  const [listen, ownSteps, safety] = [listener(pack), pack.generic.steps.filter(isOwnStep), safetyOf(holdingReader)];

  return {
    reasons: listen.reasons,
    understand(ctx) {
      const { topic, level, levelAnswered, answers, own, comments, heard } = listen.hear(ctx);
      const description = ctx.goal.description ?? '';
      const read = slotReader.read(ctx.goal.title, [description, ...answers], level);
      const { reading, moreKinds, vague, other, kindId, sure } = kindOf(ctx, answers, read, own.aboutKind);
      const kind = kinds.get(kindId);
      const named = situationsIn(
        situationsOf.get(kindId) ?? NO_SITUATIONS,
        [ctx.goal.title, description, ...answers],
        Object.values(read.values).map((value) => value.id),
      );
      const slots = raised(besideInjury(named.named, read), heard.harder);
      // A goal the person placed outside the offered kinds, though it says something checkable, gets the
      // generic path that acts; a goal read as vague keeps the gentle start.
      const specific = !kind && other && !vague && isSpecific(ctx.goal.title, description, slots);
      const holdings = holdingReader.read([ctx.goal.title, description, ...answers, ...comments]);
      const dangers = hazardReader().readGoal(ctx.goal.title, description, answers);
      const { told, toldLead, outcome } = quotes(own, ctx.goal.title, description, specific && dangers.length === 0);
      const ownLead = !kind && (own.said !== undefined || toldLead) ? ownSteps : [];
      const here = leaveOut(ctx.goal.title, description, answers, ctx.locale);
      // A fault in doing something ("my pizza sticks to the peel") is fixed the same way in any craft, so the
      // troubleshooting steps lead where the kind practises something, or the goal has no kind; never where a
      // pain or condition calls for a doctor first.
      const faultAt =
        (kind ? kind.faults === true : specific) && slots.healthCheck !== true
          ? namesFault(ctx.goal.title)
          : () => false;
      const pathFor = ({ named: ids, pressing }: Named, read: GoalSlots, troubleshoot = false, typedLead = false) => {
        const kindPath = branch(kind?.steps ?? [], read, ids);
        const lead = pressing.map((item) => item.id);
        const generic = genericPath(branch(pack.generic.steps, read), specific, ownLead, toldLead);
        const ordered = [...pressingFirst(kindPath, lead, holdingReader.isGate), ...ownLead, ...generic];
        const path = leadWith(ordered, typedLead ? ownSteps : [], holdingReader.isGate);
        const led = troubleshoot ? leadWith(path, faultSteps, holdingReader.isGate) : path;
        const held = holdingReader.apply(led, holdings);
        // A danger named in passing comes before everything, a kind's own safety check included; when the goal is the
        // danger itself, nothing follows it.
        // Last, what was written for another country than the ones the person names goes (`places.ts`).
        const guarded = here.keep(hazardReader().guard(dangers, kindPath, held, (steps) => branch(steps, read, ids)));
        const render = (template: string) => slotReader.render(template, read, ctx.locale, '');
        return withoutRuledOut(guarded, heard, safety, ctx.locale, render);
      };
      const plain = pathFor(named, slots);
      const offered = offerable(named.named, slots, ctx.goal.title, plain);
      const troubleshootAt = troubleshooting(faultAt, offered, topic);
      const first = troubleshootAt(slots.level) ? pathFor(named, slots, true) : plain;
      const { settled, typedLead } = settle(named, slots, offered, topic, own.topicTyped, situationsOf.get(kindId));
      const path =
        topic === undefined
          ? first
          : pathFor(settled.named, settled.slots, troubleshootAt(settled.slots.level), typedLead);
      const quoted = (text: string) => text.replaceAll('{told}', told ?? '').replaceAll('{said}', outcome);
      const fill = (text: string) =>
        here.localise(slotReader.render(quoted(text), settled.slots, ctx.locale, ctx.goal.title));
      const topics = { offered, answered: topic !== undefined };
      const keysAt = (read: Level) => firstKeys(pathFor(named, { ...slots, level: read }, troubleshootAt(read)));
      const decides = () => !levelAnswered && levelUnclear(slots, description) && levelMatters(keysAt, first);
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
        speaks: speaker(fill, ctx, [description, ...answers, ...comments]),
      };
    },
  };
}
