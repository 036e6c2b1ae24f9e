// The crisis screen's blind sets, admitted and taken in the same way every time (test/fixtures/safety/README.md):
//
//   npx tsx scripts/blind-sets.ts admit <name> <en.yaml> <ru.yaml>
//     A writer pair's files become test/fixtures/safety/<name>.<lang>.yaml, without the texts that coincide with a
//     training text or another set's (after normaliseText, as the leak test in blind-set.test.ts compares them).
//     Prints counts only. Score it once afterwards (the blind-set test prints the figures) and do not read it.
//
//   npx tsx scripts/blind-sets.ts take-in <name> <N>
//     A scored set becomes content/safety/corpus/writer<N>.<lang>.yaml: its crises, its near-the-line texts as the
//     safe kinds framed, practical, anger and fitness_pain, its ordinary goals as everyday (a goal is
//     "title. description"). Then the texts of the sets left in test/fixtures that the new file holds are left out of
//     them, so no blind or development set is training data. Measure it before keeping it (docs/safety.md): the other
//     sets, the goal sets and the everyday messages, and `score-crisis-dev.ts --writers`.
//
//   npx tsx scripts/blind-sets.ts add-writer <N> <en.yaml|-> <ru.yaml|->
//     A writer pair who wrote to the same brief for training (not a test set) become writer<N>.<lang>.yaml the same
//     way (`-`: no file in that language), and their texts are left out of every set in test/fixtures.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, parse, parseDocument, stringify, type Document } from 'yaml';
import { normaliseText } from '../src/coach/intents/classifier.js';
import { contentDir } from '../src/content/load-coach-pack.js';
import { loadSafetyCorpus } from '../src/content/load-safety-corpus.js';

const fixtures = join(import.meta.dirname, '..', 'test', 'fixtures', 'safety');
const corpusDir = join(contentDir(), 'safety', 'corpus');
const LANGS = ['en', 'ru'] as const;
const LANGUAGE = { en: 'English', ru: 'Russian' } as const;
/** The brief's near-the-line frames, by the corpus's safe kind that holds them. */
const FRAMED = new Set(['news', 'fiction', 'study_work', 'volunteering', 'recovered']);
const PRACTICAL = new Set(['hunting_sport', 'admin', 'medication', 'cutting_down', 'tiredness']);
const kindOf = (frame: string) =>
  FRAMED.has(frame)
    ? 'framed'
    : PRACTICAL.has(frame)
      ? 'practical'
      : frame === 'fitness_pain'
        ? 'fitness_pain'
        : 'anger';

type Entry = string | { title: string; description?: string };
const textsOf = (entry: Entry): string[] =>
  typeof entry === 'string' ? [entry] : [entry.title, ...(entry.description ? [entry.description] : [])];
const asOne = (entry: Entry) =>
  typeof entry === 'string' ? entry : entry.description ? `${entry.title}. ${entry.description}` : entry.title;

const setFiles = () => readdirSync(fixtures).filter((file) => /^heldout\d*\.(en|ru)\.yaml$/.test(file));

function trainingTexts(): Set<string> {
  const corpus = loadSafetyCorpus();
  if (!corpus.ok) throw new Error(corpus.problems.join('\n'));
  return new Set(corpus.examples.map((example) => normaliseText(example.text)));
}

/** Drops every entry of a set's document one of whose texts is in `known`; returns how many went, per section. */
function dropKnown(doc: Document, known: Set<string>): Record<string, number> {
  const dropped: Record<string, number> = { crisis: 0, near: 0, goals: 0 };
  const entryTexts = (item: unknown): string[] =>
    isScalar(item)
      ? [String(item.value)]
      : isMap(item)
        ? ['title', 'description']
            .map((key) => item.get(key))
            .filter((text): text is string => typeof text === 'string')
        : [];
  const clean = (section: string, seq: unknown) => {
    if (!isSeq(seq)) return;
    const before = seq.items.length;
    seq.items = seq.items.filter((item) => !entryTexts(item).some((text) => known.has(normaliseText(text))));
    dropped[section]! += before - seq.items.length;
  };
  for (const section of ['crisis', 'near'] as const) {
    const groups = doc.get(section);
    if (isMap(groups)) for (const pair of groups.items) clean(section, pair.value);
  }
  clean('goals', doc.get('goals'));
  return dropped;
}

function admit(name: string, files: Record<'en' | 'ru', string>) {
  const known = trainingTexts();
  for (const file of setFiles()) {
    const set = parseDocument(readFileSync(join(fixtures, file), 'utf8')).toJS() as Record<string, unknown>;
    const all = [...Object.values(set.crisis ?? {}), ...Object.values(set.near ?? {}), set.goals ?? []].flat();
    for (const entry of all as Entry[]) for (const text of textsOf(entry)) known.add(normaliseText(text));
  }
  for (const lang of LANGS) {
    const target = join(fixtures, `${name}.${lang}.yaml`);
    if (existsSync(target)) throw new Error(`${target} exists: a set is admitted once`);
    const doc = parseDocument(readFileSync(files[lang], 'utf8'));
    const dropped = dropKnown(doc, known);
    doc.commentBefore =
      ` Blind set ${name} (${LANGUAGE[lang]}): written without seeing the detector, its corpus, its code or earlier sets.` +
      ' Never train on it. MIT.\n Texts that coincided with a training text or an earlier set’s were left out before it' +
      ' was scored.';
    writeFileSync(target, doc.toString({ lineWidth: 0 }));
    console.log(`${target}: left out ${JSON.stringify(dropped)}`);
  }
}

type WriterSet = { crisis: Record<string, Entry[]>; near: Record<string, Entry[]>; goals: Entry[] };

/** A writer's set as a corpus file: its crises, its near-the-line texts as the safe kinds, its goals as everyday. */
function writeWriterFile(writer: string, lang: (typeof LANGS)[number], set: WriterSet, header: string) {
  const target = join(corpusDir, `writer${writer}.${lang}.yaml`);
  if (existsSync(target)) throw new Error(`${target} exists`);
  const crisis = Object.fromEntries(
    Object.entries(set.crisis).map(([category, entries]) => [category, entries.map(asOne)]),
  );
  const safe: Record<string, string[]> = { framed: [], practical: [], anger: [], fitness_pain: [], everyday: [] };
  for (const [frame, entries] of Object.entries(set.near)) safe[kindOf(frame)]!.push(...entries.map(asOne));
  safe.everyday!.push(...set.goals.map(asOne));
  writeFileSync(target, header + stringify({ crisis, safe }, { lineWidth: 0 }));
  console.log(`${target}: written`);
}

/** The texts the corpus now holds are left out of the sets still in test/fixtures: no set is training data. */
function leaveTrainingOutOfSets(except?: string) {
  const known = trainingTexts();
  for (const file of setFiles().filter((file) => !except || !file.startsWith(`${except}.`))) {
    const path = join(fixtures, file);
    const doc = parseDocument(readFileSync(path, 'utf8'));
    const dropped = dropKnown(doc, known);
    if (Object.values(dropped).some(Boolean)) writeFileSync(path, doc.toString({ lineWidth: 0 }));
    console.log(`${file}: left out ${JSON.stringify(dropped)}`);
  }
}

const KINDS_NOTE =
  ' Near-the-line texts are the safe kinds framed, practical, anger and fitness_pain;\n# ordinary goals are everyday.' +
  ' A goal is "title. description". Written for Stepwise; MIT.\n';

function takeIn(name: string, writer: string) {
  for (const lang of LANGS) {
    const set = parseDocument(readFileSync(join(fixtures, `${name}.${lang}.yaml`), 'utf8')).toJS() as WriterSet;
    const header =
      `# ${LANGUAGE[lang]} messages by writer ${writer}, who wrote them as a blind test set (${name}) without seeing the` +
      ' detector,\n# its corpus, its code or the other sets; scored once, then taken into training (a new writer’s voice' +
      ' teaches the\n# screen how new people type).' +
      KINDS_NOTE;
    writeWriterFile(writer, lang, set, header);
  }
  leaveTrainingOutOfSets(name);
  console.log(`Now remove ${name}.<lang>.yaml from test/fixtures/safety and from blind-set.ts, and measure.`);
}

/**
 * A writer who wrote to the same brief for training (never a test set): their files become corpus files. A writer may
 * write in one language only (`-` for the other).
 */
function addWriter(writer: string, files: Record<'en' | 'ru', string>) {
  for (const lang of LANGS.filter((lang) => files[lang] !== '-')) {
    const set = parse(readFileSync(files[lang], 'utf8')) as WriterSet;
    const header =
      `# ${LANGUAGE[lang]} messages by writer ${writer}, who wrote them for training to the blind sets' brief` +
      ' (test/fixtures/safety/writer-brief.md)\n# without seeing the detector, its corpus, its code or any set.' +
      KINDS_NOTE;
    writeWriterFile(writer, lang, set, header);
  }
  leaveTrainingOutOfSets();
  console.log('Now measure it before keeping it (docs/safety.md).');
}

const [command, name, ...rest] = process.argv.slice(2);
if (command === 'admit' && name && rest.length === 2) admit(name, { en: rest[0]!, ru: rest[1]! });
else if (command === 'take-in' && name && rest.length === 1) takeIn(name, rest[0]!);
else if (command === 'add-writer' && name && rest.length === 2) addWriter(name, { en: rest[0]!, ru: rest[1]! });
else {
  console.error(
    'usage: blind-sets.ts admit <name> <en.yaml> <ru.yaml> | take-in <name> <N> | add-writer <N> <en.yaml|-> <ru.yaml|->',
  );
  process.exit(1);
}
