// `npm run check:content`: validates every content pack (also done at start-up) and prints a summary.
import { asideLeaks } from '../src/coach/offline/asides.js';
import { countryLeaks } from '../src/coach/offline/places.js';
import { renderProblems } from '../src/coach/offline/render-check.js';
import { createSlotReader } from '../src/coach/offline/slots.js';
import { loadCoachPack } from '../src/content/load-coach-pack.js';
import { loadHealthPack } from '../src/content/load-health-pack.js';
import { loadProgramPacks } from '../src/content/load-program-pack.js';
import { loadSafetyBackground } from '../src/content/load-safety-background.js';
import { loadSafetyCorpus } from '../src/content/load-safety-corpus.js';
import { loadSafetyTexts } from '../src/content/load-safety-texts.js';
import { loadSafetyLexicon } from '../src/content/safety-lexicon.js';
import { ARCHETYPES, HABIT_CATEGORIES } from '../src/core/health/model.js';
import { cachedContent } from '../src/main/content-cache.js';

// Checked fresh every time; a pack that passes is kept for the next start (the tests' set-up reads it).
const pack = cachedContent('coach-pack', () => loadCoachPack(), { refresh: true });
const programs = cachedContent('program-packs', () => loadProgramPacks(), { refresh: true });
const health = cachedContent('health-pack', () => loadHealthPack(), { refresh: true });
const safety = loadSafetyTexts(process.env.SAFETY_RESOURCES_FILE || undefined);
const corpus = loadSafetyCorpus();
const background = loadSafetyBackground();
const lexicon = loadSafetyLexicon();
// Every step rendered with every kind's example goals, read as the coach reads them.
const rendered = pack.ok
  ? pack.pack.types.flatMap((kind) => renderProblems(`types/${kind.id}.yaml`, kind, createSlotReader(pack.pack.slots)))
  : [];
// Every step names a country only where the coach can leave it out for someone who lives elsewhere.
const countries = pack.ok ? countryLeaks(pack.pack) : [];
// Every aside (`asides.yaml`) is a phrase some step still says, and every step reads whole without its asides.
const asides = pack.ok ? asideLeaks(pack.pack) : [];
const problems = [
  ...(pack.ok ? [] : pack.problems.map((problem) => `content/goals/${problem}`)),
  ...rendered.map((problem) => `content/goals/${problem}`),
  ...countries.map((problem) => `content/goals/${problem}`),
  ...asides.map((problem) => `content/goals/${problem}`),
  ...(programs.ok ? [] : programs.problems.map((problem) => `content/programs/${problem}`)),
  ...(health.ok ? [] : health.problems.map((problem) => `content/health/${problem}`)),
  ...(safety.ok ? [] : safety.problems),
  ...(corpus.ok ? [] : corpus.problems.map((problem) => `content/safety/corpus/${problem}`)),
  ...(background.ok ? [] : background.problems),
  ...(lexicon.ok ? [] : lexicon.problems),
];
if (problems.length > 0) {
  console.error(`Content problems (${problems.length}):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
if (pack.ok) {
  const { types, generic, corpus, hazards } = pack.pack;
  const langs = (['en', 'ru'] as const).map((lang) => `${corpus.filter((goal) => goal.lang === lang).length} ${lang}`);
  console.log(
    `content/goals: ${types.length} goal kinds (${types.map((type) => `${type.id} ${type.steps.length}`).join(', ')}), ${generic.steps.length} generic steps, ${hazards.length} hazards, ${corpus.length} labelled goals (${langs.join(', ')}), en + ru, never-list checked — OK`,
  );
}
if (programs.ok) {
  for (const program of programs.programs) {
    const examples = program.intents.reduce(
      (total, intent) => total + intent.examples.en.length + intent.examples.ru.length,
      0,
    );
    console.log(
      `content/programs/${program.id}: ${program.tracks.length} tracks, ${program.actions.length} actions, ${program.milestones.length} milestones, ${program.exercises.length} exercises, ${program.intents.length} intents (${examples} examples), ${program.suggestions.length} suggestions, en + ru — OK`,
    );
  }
}
if (health.ok) {
  const { archetypes, templates, levels, habits, education } = health.pack;
  const sources = new Set(education.flatMap((item) => item.sources.map((source) => source.url))).size;
  const blocks = templates.reduce((total, template) => total + template.blocks.length, 0);
  const perCategory = HABIT_CATEGORIES.map(
    (category) => `${category} ${habits.filter((habit) => habit.category === category).length}`,
  );
  const perArchetype = ARCHETYPES.map(
    (archetype) => `${archetype} ${habits.filter((habit) => habit.archetypes.includes(archetype)).length}`,
  );
  console.log(
    `content/health: ${archetypes.length} archetypes, ${templates.length} templates (${blocks} blocks), ${levels.length} levels, ${habits.length} habits (${perCategory.join(', ')}; fitting ${perArchetype.join(', ')}), ${education.length} education pieces on ${sources} public pages (every habit explained), en + ru, never-list checked — OK`,
  );
}
if (corpus.ok) {
  const count = (lang: string, crisis: boolean) =>
    corpus.examples.filter((example) => example.lang === lang && example.crisis === crisis).length;
  const langs = [...new Set(corpus.examples.map((example) => example.lang))];
  console.log(
    `content/safety: crisis replies for 3 levels, resources, corpus ${langs.map((lang) => `${lang} ${count(lang, true)} crisis + ${count(lang, false)} safe`).join(', ')}, background ${background.ok ? `${background.texts.length} texts frozen ${background.frozen}` : '—'} — OK`,
  );
}
