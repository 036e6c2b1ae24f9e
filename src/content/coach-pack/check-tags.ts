// Checks across files: the step tags of `objects.yaml`, and each hazard file's steps and topics.
import {
  DICTIONARY_SLOTS,
  type GoalTypePack,
  type Hazard,
  type NeverPack,
  type ObjectsPack,
  type PathStep,
  type SlotsPack,
} from '../coach-pack.schema.js';
import { stepProblems } from './check-steps.js';

/** The step tags of `objects.yaml`, with the things and problems they name (read by src/coach/offline/holdings.ts). */
export type ObjectTags = Pick<ObjectsPack, 'objects' | 'problems' | 'steps'>;

/**
 * Problems of the "already + object" and named-problem tags: a tag on a step the pack does not have, a thing
 * or a problem no dictionary entry defines, a thing or problem no step is tagged with (the reader would find
 * it for nothing), a gate on a step that is not a safety check, and a step a person could lose for a thing in
 * hand though it is a safety check.
 */
export function objectTagProblems(tags: ObjectTags, steps: readonly PathStep[]): string[] {
  const problems: string[] = [];
  const keys = new Map(steps.map((step) => [step.key, step]));
  const things = new Set(tags.objects.map((item) => item.id));
  const named = new Set(tags.problems.map((item) => item.id));
  const given = new Set<string>();
  const addressed = new Set<string>();
  for (const [key, tag] of Object.entries(tags.steps)) {
    const where = `objects.yaml: steps.${key}`;
    const step = keys.get(key);
    if (!step) problems.push(`${where}: no step has this key`);
    for (const id of tag.gives ?? []) {
      given.add(id);
      if (!things.has(id)) problems.push(`${where}: gives an unknown thing "${id}" (see objects:)`);
    }
    for (const id of tag.addresses ?? []) {
      addressed.add(id);
      if (!named.has(id)) problems.push(`${where}: addresses an unknown problem "${id}" (see problems:)`);
    }
    const safety = step && /doctor|GP|physio|врач|терапевт|физиотерапевт/iu.test(step.text.en + step.text.ru);
    if (tag.gate && step && !safety) problems.push(`${where}: a gate must be a safety check (a doctor or physio)`);
    if (tag.gate && tag.gives) problems.push(`${where}: a safety check is never skipped for a thing in hand`);
  }
  for (const id of things) if (!given.has(id)) problems.push(`objects.yaml: no step gives "${id}"`);
  for (const id of named) if (!addressed.has(id)) problems.push(`objects.yaml: no step addresses "${id}"`);
  return problems;
}

/**
 * A hazard file's problems: its steps against the never-list, a hazard id taken by a situation or slot value, and a
 * `yields` or step topic that names nothing (`allHazards`: every hazard's id; a repeated id is the loader's problem).
 */
export function hazardProblems(
  where: string,
  hazards: readonly Hazard[],
  kinds: readonly Pick<GoalTypePack, 'situations'>[],
  never: NeverPack,
  slots: SlotsPack,
  allHazards: ReadonlySet<string>,
): string[] {
  const problems = hazards.flatMap((hazard) =>
    hazard.steps.flatMap((step) => stepProblems(`${where}.${hazard.id}`, step, 'build', never, slots)),
  );
  const situations = new Set(kinds.flatMap((kind) => (kind.situations ?? []).map((situation) => situation.id)));
  const values = new Set(DICTIONARY_SLOTS.flatMap((slot) => slots[slot].values.map((value) => value.id)));
  for (const hazard of hazards) {
    if (situations.has(hazard.id) || values.has(hazard.id))
      problems.push(`${where}: hazard id "${hazard.id}" is a situation's or a slot value's too`);
    for (const topic of hazard.yields ?? [])
      if (!situations.has(topic) && !values.has(topic) && !allHazards.has(topic))
        problems.push(`${where}: hazard ${hazard.id} yields to an unknown topic "${topic}"`);
    for (const step of hazard.steps)
      for (const topic of [...(step.topics ?? []), ...(step.alsoTopics ?? []), ...(step.exceptTopics ?? [])])
        if (!situations.has(topic) && !values.has(topic) && topic !== hazard.id)
          problems.push(`${where}.${step.key}: unknown topic "${topic}"`);
  }
  return problems;
}
