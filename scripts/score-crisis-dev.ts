// npx tsx scripts/score-crisis-dev.ts [out.json] — the crisis screen (as it ships: patterns, frames, reader, the cached
// trained model, CRISIS_THRESHOLDS) on every development set at once: heldout … heldout4 (recall, false alarms), the
// spent blind sets heldout5 … heldout7 (recall, plan caught, near-the-line and goal-title false alarms), the goal
// texts (false alarms), the goal validation set (goals flagged by title or description) and the crises said as goals
// (recall). Prints counts; with a file name, also writes each set's missed and flagged texts there, for reading the
// classes of what fails (never for copying them into the corpus).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CRISIS_CATEGORIES } from '../src/core/safety.port.js';
import { CorpusFile, examplesOf, LabelledSet } from '../src/content/safety-corpus.schema.js';
import { trainedCrisisCheck } from '../src/main/trained-crisis-check.js';

const fixtures = join(import.meta.dirname, '..', 'test', 'fixtures', 'safety');
const read = (file: string) => parse(readFileSync(join(fixtures, file), 'utf8')) as unknown;
const check = trainedCrisisCheck();
const flags = (text: string, field?: string) => check.check(text, field).crisis;
type Goal = { title: string; description?: string };
const goalFlags = (goal: Goal) =>
  flags(goal.title, 'title') || (!!goal.description && flags(goal.description, 'description'));
const dump: Record<string, { missed: unknown[]; alarms: unknown[] }> = {};
const rows: string[] = [];

for (const lang of ['en', 'ru'] as const) {
  for (const set of ['heldout', 'heldout2', 'heldout3', 'heldout4']) {
    const examples = examplesOf(lang, LabelledSet.parse(read(`${set}.${lang}.yaml`)));
    const crisis = examples.filter((example) => example.crisis);
    const safe = examples.filter((example) => !example.crisis);
    const missed = crisis.filter((example) => !flags(example.text));
    const alarms = safe.filter((example) => flags(example.text));
    const planMissed = missed.filter((example) => example.crisis && example.category === 'plan').length;
    dump[`${set}.${lang}`] = { missed, alarms };
    rows.push(
      `${set}.${lang}: caught ${crisis.length - missed.length}/${crisis.length} plan missed ${planMissed}; false alarms ${alarms.length}/${safe.length}`,
    );
  }
  for (const set of ['heldout5', 'heldout6', 'heldout7']) {
    const blind = read(`${set}.${lang}.yaml`) as {
      crisis: Record<string, (string | Goal)[]>;
      near: Record<string, string[]>;
      goals: Goal[];
    };
    const entries = CRISIS_CATEGORIES.flatMap((category) =>
      blind.crisis[category]!.map((entry) => ({ category, entry })),
    );
    const missed = entries.filter(
      ({ entry }) => !(typeof entry === 'string' ? flags(entry, 'message') : goalFlags(entry)),
    );
    const near = Object.entries(blind.near).flatMap(([kind, texts]) => texts.map((text) => ({ kind, text })));
    const alarms = near.filter(({ text }) => flags(text, 'message'));
    const titles = blind.goals.filter((goal) => flags(goal.title, 'title'));
    dump[`${set}.${lang}`] = {
      missed,
      alarms: [...alarms, ...titles.map((goal) => ({ kind: 'goal title', text: goal.title }))],
    };
    rows.push(
      `${set}.${lang}: caught ${entries.length - missed.length}/${entries.length} plan missed ${missed.filter((miss) => miss.category === 'plan').length}; near ${alarms.length}/${near.length}; titles ${titles.length}/${blind.goals.length}`,
    );
  }
  const goalTexts = readFileSync(join(fixtures, 'goal-texts.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { key: string; lang: string; text: string; crisis: boolean })
    .filter((text) => text.lang === lang);
  const goalAlarms = goalTexts.filter((text) => !text.crisis && flags(text.text, text.key.split('/').at(-1)));
  const goalCaught = goalTexts.filter((text) => text.crisis && flags(text.text, text.key.split('/').at(-1)));
  const validation = (read(`goal-validation.${lang}.yaml`) as { goals: (Goal & { crisis?: string })[] }).goals.filter(
    (goal) => !goal.crisis,
  );
  const validationAlarms = validation.filter(goalFlags);
  const crises = examplesOf(lang, CorpusFile.parse(read(`goal-crisis.${lang}.yaml`))).filter(
    (example) => example.crisis,
  );
  const crisisMissed = crises.filter((example) => !flags(example.text, 'description'));
  dump[`goals.${lang}`] = { missed: crisisMissed, alarms: [...goalAlarms, ...validationAlarms] };
  rows.push(
    `goals.${lang}: goal-texts alarms ${goalAlarms.length}/${goalTexts.filter((text) => !text.crisis).length} (crisis caught ${goalCaught.length}); validation flagged ${validationAlarms.length}/${validation.length}; goal-crisis caught ${crises.length - crisisMissed.length}/${crises.length}`,
  );
}
console.log(rows.join('\n'));
if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(dump, null, 1));
