// `npm run check:content`: validates every content pack (also done at start-up) and prints a summary.
import { loadCoachPack } from '../src/content/load-coach-pack.js';
import { loadProgramPacks } from '../src/content/load-program-pack.js';
import { loadSafetyCorpus } from '../src/content/load-safety-corpus.js';
import { loadSafetyTexts } from '../src/content/load-safety-texts.js';

const pack = loadCoachPack();
const programs = loadProgramPacks();
const safety = loadSafetyTexts(process.env.SAFETY_RESOURCES_FILE || undefined);
const corpus = loadSafetyCorpus();
const problems = [
  ...(pack.ok ? [] : pack.problems.map((p) => `content/goals/${p}`)),
  ...(programs.ok ? [] : programs.problems.map((p) => `content/programs/${p}`)),
  ...(safety.ok ? [] : safety.problems),
  ...(corpus.ok ? [] : corpus.problems.map((p) => `content/safety/corpus/${p}`)),
];
if (problems.length > 0) {
  console.error(`Content problems (${problems.length}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
if (pack.ok) {
  const { types, generic } = pack.pack;
  console.log(
    `content/goals: ${types.length} goal types (${types.map((t) => `${t.id} ${t.steps.length}`).join(', ')}), ${generic.steps.length} generic steps, en + ru — OK`,
  );
}
if (programs.ok) {
  for (const p of programs.programs) {
    const examples = p.intents.reduce((n, i) => n + i.examples.en.length + i.examples.ru.length, 0);
    console.log(
      `content/programs/${p.id}: ${p.tracks.length} tracks, ${p.actions.length} actions, ${p.milestones.length} milestones, ${p.exercises.length} exercises, ${p.intents.length} intents (${examples} examples), ${p.suggestions.length} suggestions, en + ru — OK`,
    );
  }
}
if (corpus.ok) {
  const count = (lang: string, crisis: boolean) =>
    corpus.examples.filter((e) => e.lang === lang && e.crisis === crisis).length;
  const langs = [...new Set(corpus.examples.map((e) => e.lang))];
  console.log(
    `content/safety: crisis replies for 3 levels, resources, corpus ${langs.map((l) => `${l} ${count(l, true)} crisis + ${count(l, false)} safe`).join(', ')} — OK`,
  );
}
