// npm run freeze:goal-register — snapshots the coach's labelled goals (content/goals/corpus/train-*.jsonl) as the
// crisis screen's goal-register evidence (content/safety/goal-register.json): every title and description, once.
// Left out: a text the patterns flag (explicit words are a crisis in any register, and the patterns answer them
// anyway), a text of the safety corpus, and every text of the goal and held-out validation sets
// (test/fixtures/safety/goal-validation.*, goal-texts.jsonl, goal-crisis.*, heldout…heldout4), which stay
// validation only. Refresh it on purpose, then run scripts/tune-crisis-thresholds.ts and test/safety.
import { readFileSync, writeFileSync } from 'node:fs';
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
if (!pack.ok || !corpus.ok) throw new Error('content has problems: npm run check:content');

/** Every string anywhere in a parsed file. */
const stringsOf = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(stringsOf)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(stringsOf)
        : [];
const validation = [
  ...['goal-validation', 'goal-crisis', 'heldout', 'heldout2', 'heldout3', 'heldout4'].flatMap((set) =>
    ['en', 'ru'].flatMap((lang) => stringsOf(parse(readFileSync(join(fixtures, `${set}.${lang}.yaml`), 'utf8')))),
  ),
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
console.log(
  `content/safety/goal-register.json: ${texts.size} texts; left out ${counts.flagged} the patterns flag and ` +
    `${counts.validation} of the validation sets or the safety corpus`,
);
