// `npm run check:content`: validates every content pack (also done at start-up) and prints a summary.
import { loadCoachPack } from '../src/content/load-coach-pack.js';
import { loadProgramPacks } from '../src/content/load-program-pack.js';
import { loadSafetyResources } from '../src/content/load-safety-resources.js';

const pack = loadCoachPack();
const programs = loadProgramPacks();
const resources = loadSafetyResources();
const problems = [
  ...(pack.ok ? [] : pack.problems.map((p) => `content/goals/${p}`)),
  ...(programs.ok ? [] : programs.problems.map((p) => `content/programs/${p}`)),
  ...(resources.ok ? [] : resources.problems),
];
if (problems.length > 0) {
  console.error(`Content problems (${problems.length}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
if (pack.ok) {
  const { types, generic } = pack.pack;
  console.log(`content/goals: ${types.length} goal types (${types.map((t) => `${t.id} ${t.steps.length}`).join(', ')}), ${generic.steps.length} generic steps, en + ru — OK`);
}
if (programs.ok) {
  for (const p of programs.programs) {
    const examples = p.intents.reduce((n, i) => n + i.examples.en.length + i.examples.ru.length, 0);
    console.log(
      `content/programs/${p.id}: ${p.tracks.length} tracks, ${p.actions.length} actions, ${p.milestones.length} milestones, ${p.exercises.length} exercises, ${p.intents.length} intents (${examples} examples), ${p.suggestions.length} suggestions, en + ru — OK`,
    );
  }
}
