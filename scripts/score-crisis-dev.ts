// npx tsx scripts/score-crisis-dev.ts [--writers] [out.json] — the crisis screen on the development sets.
//
// Always: the screen as it ships (patterns, frames, reader, the cached trained model, CRISIS_THRESHOLDS) on the goal
// texts (false alarms), the goal validation set (goals flagged by title or description) and the crises said as goals
// (recall).
//
// --writers: each writer's messages (content/safety/corpus/writer<N>.<lang>.yaml, once a blind test set, now training
// data) scored by an ensemble trained on everything else — the corpus without that writer — so each figure is what the
// screen does for a person whose way of typing it never saw. Each writer costs one training (about 3 minutes). A goal
// there is one text ("title. description") and is screened as a message.
//
// With a file name, also writes the missed and flagged texts there, for reading the classes of what fails (never for
// copying them into the corpus).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDir } from '../src/content/load-coach-pack.js';
import { loadSafetyBackground } from '../src/content/load-safety-background.js';
import { loadSafetyCorpus } from '../src/content/load-safety-corpus.js';
import { CorpusFile, examplesOf, type SafetyExample } from '../src/content/safety-corpus.schema.js';
import type { SafetyCheck } from '../src/core/safety.port.js';
import { crisisCheckOn, trainedCrisisCheck } from '../src/main/trained-crisis-check.js';

const fixtures = join(import.meta.dirname, '..', 'test', 'fixtures', 'safety');
const read = (file: string) => parse(readFileSync(file, 'utf8')) as unknown;
type Goal = { title: string; description?: string };
const dump: Record<string, { missed: unknown[]; alarms: unknown[] }> = {};
const rows: string[] = [];
const args = process.argv.slice(2);
const writers = args.includes('--writers');
const out = args.find((arg) => !arg.startsWith('--'));

function goalSets(check: SafetyCheck) {
  const flags = (text: string, field?: string) => check.check(text, field).crisis;
  const goalFlags = (goal: Goal) =>
    flags(goal.title, 'title') || (!!goal.description && flags(goal.description, 'description'));
  for (const lang of ['en', 'ru'] as const) {
    const goalTexts = readFileSync(join(fixtures, 'goal-texts.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as { key: string; lang: string; text: string; crisis: boolean })
      .filter((text) => text.lang === lang);
    const goalAlarms = goalTexts.filter((text) => !text.crisis && flags(text.text, text.key.split('/').at(-1)));
    const goalCaught = goalTexts.filter((text) => text.crisis && flags(text.text, text.key.split('/').at(-1)));
    const validation = (
      read(join(fixtures, `goal-validation.${lang}.yaml`)) as { goals: (Goal & { crisis?: string })[] }
    ).goals.filter((goal) => !goal.crisis);
    const validationAlarms = validation.filter(goalFlags);
    const crises = examplesOf(lang, CorpusFile.parse(read(join(fixtures, `goal-crisis.${lang}.yaml`)))).filter(
      (example) => example.crisis,
    );
    const crisisMissed = crises.filter((example) => !flags(example.text, 'description'));
    dump[`goals.${lang}`] = { missed: crisisMissed, alarms: [...goalAlarms, ...validationAlarms] };
    rows.push(
      `goals.${lang}: goal-texts alarms ${goalAlarms.length}/${goalTexts.filter((text) => !text.crisis).length} (crisis caught ${goalCaught.length}); validation flagged ${validationAlarms.length}/${validation.length}; goal-crisis caught ${crises.length - crisisMissed.length}/${crises.length}`,
    );
  }
}

const keyOf = (example: SafetyExample) => `${example.lang}\u0000${example.text}`;
/** Near the line: heavy words in a frame or in practice, and the other hard kinds; `everyday` holds the goals. */
const NEAR = new Set(['framed', 'practical', 'grief', 'anger', 'legal_despair', 'idioms', 'fitness_pain', 'letters']);

function leaveOneWriterOut() {
  const corpus = loadSafetyCorpus();
  const background = loadSafetyBackground();
  if (!corpus.ok || !background.ok) throw new Error('safety content has problems');
  const root = join(contentDir(), 'safety', 'corpus');
  const names = [...new Set(corpus.files.map((file) => /^(writer\d+)\./.exec(file)?.[1]).filter(Boolean))] as string[];
  const total = { en: [0, 0, 0, 0, 0, 0, 0], ru: [0, 0, 0, 0, 0, 0, 0] };
  for (const name of names) {
    const own = (['en', 'ru'] as const).flatMap((lang) =>
      examplesOf(lang, CorpusFile.parse(read(join(root, `${name}.${lang}.yaml`)))),
    );
    const started = Date.now();
    const left = new Set(own.map(keyOf));
    const check = crisisCheckOn(
      corpus.examples.filter((example) => !left.has(keyOf(example))),
      background.texts,
    );
    for (const lang of ['en', 'ru'] as const) {
      const mine = own.filter((example) => example.lang === lang);
      const flagged = (example: SafetyExample) => check.check(example.text, 'message').crisis;
      const crisis = mine.filter((example) => example.crisis);
      const missed = crisis.filter((example) => !flagged(example));
      const planMissed = missed.filter((example) => example.crisis && example.category === 'plan').length;
      const near = mine.filter((example) => !example.crisis && NEAR.has(example.kind));
      const goals = mine.filter((example) => !example.crisis && example.kind === 'everyday');
      const nearAlarms = near.filter(flagged);
      const goalAlarms = goals.filter(flagged);
      dump[`${name}.${lang}`] = { missed, alarms: [...nearAlarms, ...goalAlarms] };
      const counts = [crisis.length - missed.length, crisis.length, planMissed];
      counts.push(nearAlarms.length, near.length, goalAlarms.length, goals.length);
      counts.forEach((count, i) => (total[lang][i]! += count));
      rows.push(
        `${name}.${lang} (trained without it, ${((Date.now() - started) / 1000).toFixed(0)} s): caught ${counts[0]}/${counts[1]} plan missed ${planMissed}; near-the-line alarms ${counts[3]}/${counts[4]}; everyday and goals ${counts[5]}/${counts[6]}`,
      );
      console.log(rows.at(-1));
    }
  }
  const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;
  for (const lang of ['en', 'ru'] as const) {
    const [caught, crises, plan, near, nearTotal, goals, goalsTotal] = total[lang] as number[];
    rows.push(
      `every writer ${lang}: caught ${caught}/${crises} (${pct(caught!, crises!)}) plan missed ${plan}; near-the-line ${near}/${nearTotal} (${pct(near!, nearTotal!)}); everyday and goals ${goals}/${goalsTotal} (${pct(goals!, goalsTotal!)})`,
    );
  }
}

goalSets(trainedCrisisCheck());
if (writers) leaveOneWriterOut();
console.log(rows.join('\n'));
if (out) writeFileSync(out, JSON.stringify(dump, null, 1));
