// npm run freeze:goal-register — snapshots the coach's labelled goals (content/goals/corpus/train-*.jsonl) as the
// crisis screen's goal-register evidence (content/safety/goal-register.json): every title and description, once.
// Left out: a text the patterns flag (explicit words are a crisis in any register, and the patterns answer them
// anyway), a text of the safety corpus, and every text of the validation and blind sets (every file under
// test/fixtures/safety), which stay validation only. Refresh it on purpose, then run scripts/tune-crisis-thresholds.ts and test/safety.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { normaliseText } from '../src/coach/intents/classifier.js';
import { matchPatterns, patternText } from '../src/coach/safety/crisis-patterns.js';
import { loadCoachPack } from '../src/content/load-coach-pack.js';
import { loadSafetyCorpus } from '../src/content/load-safety-corpus.js';
import { goalRegisterFile } from '../src/content/load-safety-goal-texts.js';

const fixtures = join(import.meta.dirname, '..', 'test', 'fixtures', 'safety');
const pack = loadCoachPack();
const corpus = loadSafetyCorpus();
const written = loadSafetyCorpus(join(import.meta.dirname, '..', 'content', 'safety', 'goal-corpus'));
if (!pack.ok || !corpus.ok || !written.ok) throw new Error('content has problems: npm run check:content');

/** Every string anywhere in a parsed file. */
const stringsOf = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(stringsOf)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(stringsOf)
        : [];
// Every set under test/fixtures/safety, the blind ones too: a goal a blind set also holds ("Learn to swim") is left out
// by its words alone, and only counts are printed, so nothing of a blind set is read by a person.
const validation = [
  ...readdirSync(fixtures)
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) => stringsOf(parse(readFileSync(join(fixtures, file), 'utf8')))),
  ...readFileSync(join(fixtures, 'goal-texts.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { text: string }).text),
  ...corpus.examples.map((example) => example.text),
];
const unseen = new Set(validation.map(normaliseText));

const counts = { flagged: 0, validation: 0 };
const texts = new Set<string>();
for (const goal of pack.pack.corpus)
  for (const text of [goal.title, goal.description].map((part) => part.trim()).filter(Boolean)) {
    if (matchPatterns(patternText(text))) counts.flagged++;
    else if (unseen.has(normaliseText(text))) counts.validation++;
    else texts.add(text);
  }
const about =
  "The crisis screen's goal-register evidence, frozen (src/content/load-safety-goal-texts.ts). Written by " +
  '`npm run freeze:goal-register`; do not edit by hand. Refresh it on purpose and run test/safety after.';
writeFileSync(
  goalRegisterFile(),
  JSON.stringify({ about, frozen: new Date().toISOString().slice(0, 10), texts: [...texts].sort() }, null, 2) + '\n',
);
// The hand-written goals are checked the same way; a clash is reported by count only and must be rewritten.
const clashes = written.examples.filter((example) => unseen.has(normaliseText(example.text))).length;
if (clashes > 0) console.error(`content/safety/goal-corpus: ${clashes} texts also in a validation or blind set`);
console.log(
  `content/safety/goal-register.json: ${texts.size} texts; left out ${counts.flagged} the patterns flag and ` +
    `${counts.validation} of the validation sets or the safety corpus`,
);
