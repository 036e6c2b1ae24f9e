// The path of steps a goal gets: its branch for this person, the generic path, the fault steps, and what leads.
import {
  type GenericPack,
  type Level,
  levelsOf,
  type PathStep,
  pathLevel,
} from '../../../content/coach-pack.schema.js';
import type { GoalSlots } from '../slots.js';
import { compileStems, normalise, words } from '../text-match.js';
import { isOwnStep } from './own-words.js';

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

/**
 * The generic path of a goal that fits no kind: a specific goal gets the acting steps (`gen-act-…`: what
 * done means, what it takes, the first three items) instead of the well-being reflection and "pick an
 * area" steps a vague goal starts with; a vague goal never gets the acting ones.
 */
const ACTING = /^gen-act-/;
const VAGUE_ONLY = new Set(['gen-01', 'gen-25', 'gen-02', 'gen-03']);
export const genericFor = (steps: PathStep[], specific: boolean) =>
  steps.filter(
    (step) => !isFaultStep(step) && !isOwnStep(step) && (specific ? !VAGUE_ONLY.has(step.key) : !ACTING.test(step.key)),
  );

/** The generic troubleshooting steps (`gen-fault-…`), which lead a path only for a goal that names a fault. */
export const isFaultStep = (step: PathStep) => step.key.startsWith('gen-fault-');

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

/** How many of the first steps a situation must lead for the question about it to be worth asking. */
export const FIRST_STEPS = 5;

/** The first steps' keys, to tell whether two paths start alike. */
export const firstKeys = (steps: PathStep[]) =>
  steps
    .slice(0, FIRST_STEPS)
    .map((step) => step.key)
    .join(' ');

/** A description of a few words says something about the person and their goal. */
export const describes = (description: string) => words(normalise(description)).length >= 6;

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
 * is a visit, not a result that comes out wrong (a scooter's test ride led the path before its repair).
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
 * after the current load is written down and the week planned (a ski marathoner afraid of the
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
export function leadWith(path: PathStep[], lead: PathStep[], isGate: (step: PathStep) => boolean) {
  if (lead.length === 0) return path;
  const gates = path.slice(0, LEADING_GATES).filter(isGate);
  return [...gates, ...lead, ...path.filter((step) => !gates.includes(step) && !lead.includes(step))];
}

/** How far down the path a safety check still counts as leading it. */
const LEADING_GATES = 2;
