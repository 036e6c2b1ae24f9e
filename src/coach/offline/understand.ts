import type { CoachContext } from '../../core/goals/coach.port.js';
import { type GoalTypePack, levelsOf, type PathStep, pathLevel } from '../../content/coach-pack.schema.js';
import type { CoachPack } from '../../content/load-coach-pack.js';
import type { RankedLabel } from '../intents/classifier.js';
import { GENERIC, type GoalClassifier, type GoalReading } from './goal-classifier.js';
import type { GoalSlots, SlotReader } from './slots.js';
import { compileStems, normalise, words } from './text-match.js';
import type { HoldingReader, Holdings } from './holdings.js';

/** A goal as the offline coach reads it: its kind, what it names, and the path of steps it gets. */
export interface Understood {
  kind: GoalTypePack | undefined;
  /** How the kind was read; undefined when it was already settled on the goal. */
  reading: GoalReading | undefined;
  /** True when the kind is settled: stored on the goal, or read with confidence. */
  sure: boolean;
  slots: GoalSlots;
  /** What the goal says is already in hand, and the problems it names (`objects.yaml`). */
  holdings: Holdings;
  answers: string[];
  path: PathStep[];
  fill(text: string): string;
}

/**
 * Steps for this person: their level (unknown → beginner, the safe side), deadline (unknown → weeks),
 * topics, the slots they named (a time window, a fear) and whether they gave a date, in path order.
 */
export function branch(steps: PathStep[], slots: GoalSlots, situations: readonly string[] = []): PathStep[] {
  const level = pathLevel(steps, slots.level ?? 'beginner');
  const horizon = slots.horizon ?? 'weeks';
  const topics = new Set([...Object.values(slots.values).map((value) => value.id), ...situations]);
  const named = new Set(Object.keys(slots.values));
  return steps.filter(
    (step) =>
      levelsOf(step).includes(level) &&
      (!step.horizon || step.horizon.includes(horizon)) &&
      (!step.topics || step.topics.some((topic) => topics.has(topic))) &&
      !step.exceptTopics?.some((topic) => topics.has(topic)) &&
      (!step.withSlots || step.withSlots.every((slot) => named.has(slot))) &&
      !step.exceptSlots?.some((slot) => named.has(slot)) &&
      (step.deadline === undefined || step.deadline === Boolean(slots.deadline)) &&
      (!step.healthCheck || slots.healthCheck !== false),
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
  steps.filter((step) => (specific ? !VAGUE_ONLY.has(step.key) : !ACTING.test(step.key)));

/**
 * A goal is specific, not vague, when it says something checkable: a description of a few words, or a
 * deadline, a distance, a number, or any named value (a language, a person, an exam).
 */
export function isSpecific(title: string, description: string, slots: GoalSlots): boolean {
  if (words(normalise(description)).length >= 6) return true;
  if (/\d/.test(title)) return true;
  return Boolean(slots.horizon || slots.distance || Object.keys(slots.values).length > 0);
}

/**
 * A sentence that names what is in the way: "the problem is…", "I can't…", "nobody looked at it", «проблема в
 * том, что…», «не получается…», «не понимаю…». A situation the goal names inside such a sentence is the one
 * the person is stuck on, so its steps go first.
 */
const PROBLEM_CUE =
  /(?:^| )(?:the problem is|the trouble is|the issue is|my problem is|problem is|i can't|i cannot|can't get|i don't know how|no idea how|i don't understand|i struggle|struggling|i'm stuck|i get stuck|stuck on|goes wrong|go wrong|come out|comes out|nobody|no one|keep failing|проблема|беда в том|не получается|не выходит|не понимаю|не знаю как|не могу|застреваю|выходят|выходит|никто|каждый раз)(?= |$)/u;

/** The sentences of the texts that name a problem, normalised. */
export const problemSentences = (texts: string[]): string =>
  texts
    .flatMap((text) => text.split(/[.!?;\n]+/u))
    .map(normalise)
    .filter((sentence) => PROBLEM_CUE.test(sentence))
    .join(' . ');

/**
 * The path with the steps of a pressing situation (one named in a problem sentence) first, in path order; a
 * safety check leading the path (`isGate`) stays ahead of them.
 */
export function pressingFirst(path: PathStep[], pressing: readonly string[], isGate: (step: PathStep) => boolean) {
  if (pressing.length === 0) return path;
  const lead = path.filter((step) => !isGate(step) && step.topics?.some((topic) => pressing.includes(topic)));
  if (lead.length === 0) return path;
  const gates = path.slice(0, LEADING_GATES).filter(isGate);
  return [...gates, ...lead, ...path.filter((step) => !gates.includes(step) && !lead.includes(step))];
}

/** How far down the path a safety check still counts as leading it. */
const LEADING_GATES = 2;

/** A kind's situation, compiled once. */
interface CompiledSituation {
  id: string;
  match: ReturnType<typeof compileStems>;
  unless: readonly string[];
  claims: boolean;
}

/**
 * The kind whose situation claims a goal the generic path would get (`claims`), read from the goal's own
 * texts; undefined when none does.
 */
function claimReader(situationsOf: Map<string, CompiledSituation[]>): (texts: string[]) => string | undefined {
  const claimers = [...situationsOf].flatMap(([kindId, items]) =>
    items.filter((item) => item.claims).map((item) => ({ kindId, match: item.match })),
  );
  return (texts) => {
    const text = normalise(texts.join(' '));
    const tokens = words(text);
    return claimers.find((claimer) => claimer.match.count(text, tokens) > 0)?.kindId;
  };
}

export interface Reader {
  understand(ctx: CoachContext): Understood;
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
  const situationsOf = new Map<string, CompiledSituation[]>(
    pack.types.map((kind) => [
      kind.id,
      (kind.situations ?? []).map((situation) => ({
        id: situation.id,
        match: compileStems(situation.match),
        unless: situation.unless ?? [],
        claims: situation.claims === true,
      })),
    ]),
  );
  /**
   * The kind's situations the goal names, anywhere in its title, description or answers — less those
   * cancelled by a topic the goal also names (`unless`: a slot value or another situation it named) — and
   * which of them it names in a sentence about what is in the way (`pressing`).
   */
  const situations = (kindId: string, texts: string[], slotTopics: string[]) => {
    const text = normalise(texts.join(' '));
    const tokens = words(text);
    const named = (situationsOf.get(kindId) ?? []).filter((item) => item.match.count(text, tokens) > 0);
    const present = new Set([...slotTopics, ...named.map((item) => item.id)]);
    const kept = named.filter((item) => !item.unless.some((topic) => present.has(topic)));
    const problem = problemSentences(texts);
    const pressing = kept.filter((item) => problem && item.match.count(problem, words(problem)) > 0);
    return { ids: kept.map((item) => item.id), pressing: pressing.map((item) => item.id) };
  };
  /**
   * "Something else" rejects the kinds the buttons offered, not the reading: the best kind left is taken
   * when it is clearly ahead (a cricket team offered New habit / Creative / Skill is still sport); else
   * `generic`.
   */
  const notOffered = (title: string, description: string): { kindId: string; vague: boolean } => {
    const { ranked } = classifier.classify(title, description, []);
    const offered = new Set(offeredKinds(ranked, (id) => kinds.has(id)));
    const rest = ranked.filter((entry) => kinds.has(entry.label) && !offered.has(entry.label));
    const genericP = ranked.find((entry) => entry.label === GENERIC)?.p ?? 0;
    const [best, next] = rest;
    const picked = best && best.p >= OTHER_PICK.min && best.p >= OTHER_PICK.ratio * (next?.p ?? 0) && best.p > genericP;
    // The classifier reading `generic` above every kind is its verdict that the goal is vague ("figure out what
    // I actually want"), however long the description: such a goal keeps the gentle start.
    return { kindId: picked ? best.label : GENERIC, vague: ranked[0]?.label === GENERIC };
  };
  const claimed = claimReader(situationsOf);
  const otherLabels = new Set([pack.generic.other.en, pack.generic.other.ru].map((label) => label.toLowerCase()));

  return {
    understand(ctx) {
      const answers = ctx.clarifications.flatMap((clarification) =>
        clarification.answer ? [clarification.answer] : [],
      );
      const description = ctx.goal.description ?? '';
      const stored = ctx.goal.goalType;
      let reading: GoalReading | undefined;
      let kindId: string;
      let sure: boolean;
      let vague = false;
      const slots = slotReader.read(ctx.goal.title, [description, ...answers]);
      const other = answers.some((answer) => otherLabels.has(answer.trim().toLowerCase()));
      if (stored && (stored === GENERIC || kinds.has(stored))) [kindId, sure] = [stored, true];
      else if (other) {
        const placed = notOffered(ctx.goal.title, description);
        [kindId, sure, vague] = [placed.kindId, true, placed.vague];
      } else {
        reading = classifier.classify(ctx.goal.title, description, answers);
        [kindId, sure] = [reading.kind, reading.sure];
      }
      if (kindId === GENERIC) {
        // Only the person's own words claim a goal, not an answer to the kind question.
        const claim = claimed([ctx.goal.title, description]);
        if (claim) [kindId, sure] = [claim, true];
      }
      const kind = kinds.get(kindId);
      const named = situations(
        kindId,
        [ctx.goal.title, description, ...answers],
        Object.values(slots.values).map((value) => value.id),
      );
      // A goal the person placed outside the offered kinds, though it says something checkable, gets the
      // generic path that acts; a goal read as vague keeps the gentle start.
      const specific = !kind && other && !vague && isSpecific(ctx.goal.title, description, slots);
      const generic = genericFor(branch(pack.generic.steps, slots), specific);
      const holdings = holdingReader.read([ctx.goal.title, description, ...answers]);
      const own = pressingFirst(branch(kind?.steps ?? [], slots, named.ids), named.pressing, holdingReader.isGate);
      const path = holdingReader.apply([...own, ...generic], holdings);
      const fill = (text: string) => slotReader.render(text, slots, ctx.locale, ctx.goal.title);
      return { kind, reading, sure, slots, holdings, answers, path, fill };
    },
  };
}
