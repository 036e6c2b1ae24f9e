import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readYamlFile } from './read-yaml.js';
import { type LabelledGoal, loadGoalCorpus } from './load-goal-corpus.js';
import { hazardProblems, kindProblems, objectTagProblems, stepFiles } from './check-coach-pack.js';
import {
  AsidesPack,
  GenericPack,
  GoalTypePack,
  type Hazard,
  HazardFile,
  NeverPack,
  ObjectsPack,
  PlacesPack,
  RephrasePack,
  SlotsPack,
  StepWording,
} from './coach-pack.schema.js';

/** `revisit.yaml`: wordings that send the user back to an earlier step (`{step}` quotes it). */
export const RevisitPack = z.array(StepWording).min(1);

/** Everything the offline coach reads from `content/goals/`. */
export interface CoachPack {
  types: GoalTypePack[];
  generic: GenericPack;
  rephrase: RephrasePack;
  revisit: z.infer<typeof RevisitPack>;
  slots: SlotsPack;
  never: NeverPack;
  /** What a person may already have or name as a problem, and the steps that give it or address it. */
  objects: ObjectsPack;
  /** Labelled goals the goal classifier learns from (`corpus/train-*.jsonl`). */
  corpus: LabelledGoal[];
  /** Dangers named in passing in a goal of any kind, whose steps lead its path (`hazards/*.yaml`). */
  hazards: Hazard[];
  /** The countries a goal may name (`places.yaml`), so a step written for one country skips another. */
  places: PlacesPack;
  /** The parts of steps written for one thing among several (`asides.yaml`), left out when a goal never names it. */
  asides: AsidesPack;
}

export type PackResult = { ok: true; pack: CoachPack } | { ok: false; problems: string[] };

/** The project's `content/` folder, found from this file whether it runs from `src/` or `dist/`. */
export function contentDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'content', 'goals'))) return join(dir, 'content');
    const up = dirname(dir);
    if (up === dir) throw new Error('content/ folder not found');
    dir = up;
  }
}

/** The `.yaml` files of a folder, sorted (none when it does not exist). */
const yamlFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((text) => text.endsWith('.yaml'))
        .sort()
    : [];

/**
 * Reads and validates the coach pack. Every problem in every file is reported (file, path, message),
 * so a content author fixes them all in one go; duplicate type ids and step keys are problems too, and so
 * is an `objects.yaml` tag on a missing step or an unknown thing or problem (`objectTagProblems`).
 */
export function loadCoachPack(root = join(contentDir(), 'goals')): PackResult {
  const problems: string[] = [];
  const read = <T>(file: string, schema: z.ZodType<T>): T | undefined =>
    readYamlFile(join(root, file), schema, problems, file);

  const typeFiles = yamlFiles(join(root, 'types'));
  const types = typeFiles
    .map((typeFile) => read(join('types', typeFile), GoalTypePack))
    .filter((item): item is GoalTypePack => item !== undefined);
  const generic = read('generic.yaml', GenericPack);
  const rephrase = read('rephrase.yaml', RephrasePack);
  const revisit = read('revisit.yaml', RevisitPack);
  const slots = read('slots.yaml', SlotsPack);
  const never = read('never.yaml', NeverPack);
  const objects = read('objects.yaml', ObjectsPack);
  const places = read('places.yaml', PlacesPack);
  const asides = read('asides.yaml', AsidesPack);
  const hazardFiles = yamlFiles(join(root, 'hazards')).map((file) => ({
    file,
    pack: read(join('hazards', file), HazardFile),
  }));
  const hazards = hazardFiles.flatMap((item) => item.pack?.hazards ?? []);
  const hazardIds = new Set<string>();
  for (const { id } of hazards) {
    if (hazardIds.has(id)) problems.push(`hazards: duplicate id "${id}"`);
    hazardIds.add(id);
  }

  const ids = new Set<string>();
  const keys = new Set<string>();
  const allSteps = stepFiles({ types, generic, hazards }).flatMap(({ steps }) => steps);
  for (const goalType of types) {
    if (ids.has(goalType.id)) problems.push(`types: duplicate type id "${goalType.id}"`);
    ids.add(goalType.id);
  }
  for (const item of allSteps) {
    if (keys.has(item.key)) problems.push(`duplicate step key "${item.key}"`);
    keys.add(item.key);
  }
  const countries = new Set(places?.countries.map((country) => country.id));
  for (const item of allSteps)
    for (const id of [...(item.where?.en ?? []), ...(item.where?.ru ?? [])])
      if (places && !countries.has(id)) problems.push(`step "${item.key}": where names "${id}", not in places.yaml`);
  for (const hazard of hazards)
    for (const key of hazard.drops ?? [])
      if (!keys.has(key)) problems.push(`hazards: ${hazard.id} drops an unknown step "${key}"`);
  if (types.length === 0) problems.push('types/: no goal types found');
  if (slots && never) {
    for (const kind of types) problems.push(...kindProblems(`types/${kind.id}.yaml`, kind, never, slots));
    if (generic) problems.push(...kindProblems('generic.yaml', { mode: 'build', steps: generic.steps }, never, slots));
    for (const { file, pack } of hazardFiles)
      if (pack) problems.push(...hazardProblems(`hazards/${file}`, pack.hazards, types, never, slots, hazardIds));
  }
  // The tags are checked against every step once every step file has been read (else a bad file's steps look missing).
  if (objects && generic && types.length === typeFiles.length) problems.push(...objectTagProblems(objects, allSteps));
  const corpus = loadGoalCorpus(join(root, 'corpus'), /^train-.*\.jsonl$/, [
    ...types.map((kind) => kind.id),
    'generic',
  ]);
  if (!corpus.ok) problems.push(...corpus.problems.map((problem) => `corpus/${problem}`));
  if (
    problems.length > 0 ||
    !generic ||
    !rephrase ||
    !revisit ||
    !slots ||
    !never ||
    !objects ||
    !places ||
    !asides ||
    !corpus.ok
  )
    return { ok: false, problems };
  return {
    ok: true,
    pack: { types, generic, rephrase, revisit, slots, never, objects, corpus: corpus.goals, hazards, places, asides },
  };
}
