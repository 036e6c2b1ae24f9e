import type { CoachContext } from '../../core/goals/coach.port.js';
import { type GoalTypePack, levelsOf, type PathStep, pathLevel } from '../../content/coach-pack.schema.js';
import type { CoachPack } from '../../content/load-coach-pack.js';
import { GENERIC, type GoalClassifier, type GoalReading } from './goal-classifier.js';
import type { GoalSlots, SlotReader } from './slots.js';
import { compileStems, normalise, words } from './text-match.js';

/** A goal as the offline coach reads it: its kind, what it names, and the path of steps it gets. */
export interface Understood {
  kind: GoalTypePack | undefined;
  /** How the kind was read; undefined when it was already settled on the goal. */
  reading: GoalReading | undefined;
  /** True when the kind is settled: stored on the goal, or read with confidence. */
  sure: boolean;
  slots: GoalSlots;
  answers: string[];
  path: PathStep[];
  fill(text: string): string;
}

/**
 * Steps for this person: their level (unknown → beginner, the safe side), deadline (unknown → weeks),
 * topics, and the slots they named (a time window, a fear), in path order.
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
      !step.exceptSlots?.some((slot) => named.has(slot)),
  );
}

export interface Reader {
  understand(ctx: CoachContext): Understood;
}

/**
 * Reads a goal once per call: the kind stored on the goal wins (it was read with confidence or
 * picked by the person, so a later answer cannot flip it); else the classifier reads the title,
 * description and answers. Slots come from the same texts, the title first.
 */
export function createReader(pack: CoachPack, classifier: GoalClassifier, slotReader: SlotReader): Reader {
  const kinds = new Map(pack.types.map((kind) => [kind.id, kind]));
  const situationsOf = new Map(
    pack.types.map((kind) => [
      kind.id,
      (kind.situations ?? []).map((situation) => ({
        id: situation.id,
        match: compileStems(situation.match),
        unless: situation.unless ?? [],
      })),
    ]),
  );
  /**
   * The kind's situations the goal names, anywhere in its title, description or answers — less those
   * cancelled by a topic the goal also names (`unless`: a slot value or another situation it named).
   */
  const situations = (kindId: string, texts: string[], slotTopics: string[]) => {
    const text = normalise(texts.join(' '));
    const tokens = words(text);
    const named = (situationsOf.get(kindId) ?? []).filter((item) => item.match.count(text, tokens) > 0);
    const present = new Set([...slotTopics, ...named.map((item) => item.id)]);
    return named.filter((item) => !item.unless.some((topic) => present.has(topic))).map((item) => item.id);
  };
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
      if (stored && (stored === GENERIC || kinds.has(stored))) [kindId, sure] = [stored, true];
      else if (answers.some((answer) => otherLabels.has(answer.trim().toLowerCase()))) [kindId, sure] = [GENERIC, true];
      else {
        reading = classifier.classify(ctx.goal.title, description, answers);
        [kindId, sure] = [reading.kind, reading.sure];
      }
      const kind = kinds.get(kindId);
      const slots = slotReader.read(ctx.goal.title, [description, ...answers]);
      const named = situations(
        kindId,
        [ctx.goal.title, description, ...answers],
        Object.values(slots.values).map((value) => value.id),
      );
      const path = [...branch(kind?.steps ?? [], slots, named), ...branch(pack.generic.steps, slots)];
      const fill = (text: string) => slotReader.render(text, slots, ctx.locale, ctx.goal.title);
      return { kind, reading, sure, slots, answers, path, fill };
    },
  };
}
