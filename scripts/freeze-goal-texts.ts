// npx tsx scripts/freeze-goal-texts.ts — the crisis detector's goal register validation set: goal titles and
// descriptions as people write them (the offline coach's blind review goals, eval/goals/goals*.jsonl), written
// to test/fixtures/safety/goal-validation.<lang>.yaml. The goal register's thresholds are chosen on it
// (scripts/tune-crisis-thresholds.ts); it is never training data (training on it was measured: it lowered recall in
// chat by more than it bought in goals). Labels: test/fixtures/safety/goal-texts.jsonl (three labelling sessions); a
// goal text nobody labelled that the patterns flag is doubtful and left out. Written once; rerun only on purpose.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { matchPatterns, patternText } from '../src/coach/safety/crisis-patterns.js';

const root = join(import.meta.dirname, '..');
const reviewDir = join(root, 'eval', 'goals');
type Label = { crisis: boolean; category: string | null };
const labels = new Map<string, Label>(
  readFileSync(join(root, 'test', 'fixtures', 'safety', 'goal-texts.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Label & { text: string })
    .map((item) => [item.text, item]),
);

const goals = new Map<string, { lang: 'en' | 'ru'; texts: string[] }>();
for (const file of readdirSync(reviewDir)
  .filter((name) => /^goals.*\.jsonl$/.test(name))
  .sort())
  for (const line of readFileSync(join(reviewDir, file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const goal = JSON.parse(line) as { lang: 'en' | 'ru'; title?: string; description?: string };
    if (!goal.title || goals.has(goal.title)) continue;
    goals.set(goal.title, { lang: goal.lang, texts: [goal.title, ...(goal.description ? [goal.description] : [])] });
  }

for (const lang of ['en', 'ru'] as const) {
  const validation: { title: string; description?: string; crisis?: string }[] = [];
  let doubtful = 0;
  for (const [title, goal] of goals) {
    if (goal.lang !== lang) continue;
    const found = goal.texts.map((text) => labels.get(text));
    const crisis = found.find((label) => label?.crisis)?.category ?? undefined;
    if (!crisis && goal.texts.some((text, i) => !found[i] && matchPatterns(patternText(text)))) {
      doubtful++;
      continue;
    }
    validation.push({ title, ...(goal.texts[1] && { description: goal.texts[1] }), ...(crisis && { crisis }) });
  }
  writeFileSync(
    join(root, 'test', 'fixtures', 'safety', `goal-validation.${lang}.yaml`),
    `# The goal register's validation set (scripts/freeze-goal-texts.ts): never training data.\n` +
      stringify({ goals: validation }, { lineWidth: 0 }),
  );
  console.log(`${lang}: ${validation.length} goals for validation, ${doubtful} doubtful left out`);
}
