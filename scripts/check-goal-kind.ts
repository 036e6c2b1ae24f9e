// `npx tsx scripts/check-goal-kind.ts content/goals/types/<id>.yaml …`: checks goal-kind files one by
// one while they are being written (schema, placeholders, branches, the never-list, and every step
// rendered with the kind's example goals), without waiting for the whole pack to be valid.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { kindProblems } from '../src/content/check-coach-pack.js';
import { GenericPack, GoalTypePack, NeverPack, SlotsPack } from '../src/content/coach-pack.schema.js';
import { contentDir } from '../src/content/load-coach-pack.js';
import { readYamlFile } from '../src/content/read-yaml.js';
import { renderProblems } from '../src/coach/offline/render-check.js';
import { createSlotReader } from '../src/coach/offline/slots.js';

const root = join(contentDir(), 'goals');
const setup: string[] = [];
const slots = readYamlFile(join(root, 'slots.yaml'), SlotsPack, setup, 'slots.yaml');
const never = readYamlFile(join(root, 'never.yaml'), NeverPack, setup, 'never.yaml');
if (!slots || !never) {
  console.error(setup.join('\n'));
  process.exit(1);
}
const reader = createSlotReader(slots);

// Keys must be unique across every kind file and generic.yaml.
const owners = new Map<string, string[]>();
for (const file of [
  ...readdirSync(join(root, 'types')).map((name) => join(root, 'types', name)),
  join(root, 'generic.yaml'),
]) {
  try {
    const raw = parse(readFileSync(file, 'utf8')) as { steps?: { key?: string }[] };
    for (const step of raw?.steps ?? [])
      if (step?.key) owners.set(step.key, [...(owners.get(step.key) ?? []), basename(file)]);
  } catch {
    // Reported below for the files asked about.
  }
}

let failed = 0;
for (const file of process.argv.slice(2)) {
  const problems: string[] = [];
  const label = basename(file);
  if (label === 'generic.yaml') {
    const generic = readYamlFile(file, GenericPack, problems, label);
    if (generic) problems.push(...kindProblems(label, { mode: 'build', steps: generic.steps }, never, slots));
  } else {
    const kind = readYamlFile(file, GoalTypePack, problems, label);
    if (kind) problems.push(...kindProblems(label, kind, never, slots), ...renderProblems(label, kind, reader));
    for (const step of kind?.steps ?? []) {
      const files = owners.get(step.key) ?? [];
      if (files.length > 1)
        problems.push(
          `${label}.${step.key}: key also used in ${files.filter((other) => other !== label).join(', ') || label}`,
        );
    }
  }
  if (problems.length === 0) console.log(`${label}: OK`);
  else {
    failed++;
    console.log(`${label}: ${problems.length} problem(s)\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}
process.exit(failed > 0 ? 1 : 0);
