// npx tsx scripts/tune-crisis-thresholds.ts — how the crisis check's thresholds (CRISIS_THRESHOLDS in
// src/coach/safety/crisis-check.ts) are chosen, per language and register. Chat: 5-fold cross-validation on the
// training corpus (each fold's texts scored by the ensemble trained on the other four; patterns count as caught).
// Goal: the trained model on the goal validation set (test/fixtures/safety/goal-validation.*, false alarms on titles
// and descriptions) and on crises said in a goal's words (goal-crisis.*, recall). Rules, recall first: chat takes the
// lowest threshold whose cross-validated false alarms on the corpus's hard negatives stay at or under 15 % (the
// corpus is made of texts chosen to be hard, so its rates are far above what people's messages see); a goal takes the
// highest threshold, no higher than its language's chat one, whose recall on crises said as goals stays at or above
// 94.5 % (a goal is turned away by a false alarm: below that, each step down bought a point of recall with three to
// five points of goals turned away). Prints the curves and the choice; copy it into CRISIS_THRESHOLDS. About 8 minutes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { patternFloor } from '../src/coach/safety/crisis-check.js';
import { crisisModelFrom, crisisTrainingSet, hashOf, trainCrisisEnsemble } from '../src/coach/safety/crisis-model.js';
import { patternText } from '../src/coach/safety/crisis-patterns.js';
import { loadSafetyBackground } from '../src/content/load-safety-background.js';
import { loadSafetyCorpus } from '../src/content/load-safety-corpus.js';
import { CorpusFile, examplesOf } from '../src/content/safety-corpus.schema.js';
import { cachedCrisisModel } from '../src/main/model-cache.js';

const FOLDS = 5;
const GRID = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6];
const RULE = { chatFalseAlarms: 0.15, goalRecall: 0.945 };
const fixtures = join(import.meta.dirname, '..', 'test', 'fixtures', 'safety');

const corpus = loadSafetyCorpus();
const background = loadSafetyBackground();
if (!corpus.ok || !background.ok)
  throw new Error('the safety corpus or background has problems: npm run check:content');

type Scored = { lang: string; crisis: boolean; floor: boolean; p: number };
const fold = (text: string) => hashOf(text) % FOLDS;

function choose(rows: Scored[], register: 'chat' | 'goal', ceiling = 1) {
  const curve = GRID.map((threshold) => {
    const caught = (row: Scored) => row.floor || row.p >= threshold;
    const crisis = rows.filter((row) => row.crisis);
    const safe = rows.filter((row) => !row.crisis);
    return {
      threshold,
      recall: crisis.filter(caught).length / crisis.length,
      falseAlarms: safe.filter(caught).length / safe.length,
    };
  });
  if (register === 'chat')
    return { curve, chosen: curve.find((point) => point.falseAlarms <= RULE.chatFalseAlarms) ?? curve.at(-1)! };
  const meeting = curve.filter((point) => point.recall >= RULE.goalRecall && point.threshold <= ceiling);
  const best = Math.max(...curve.map((point) => point.recall));
  const chosen = meeting.length > 0 ? meeting.at(-1)! : curve.filter((point) => point.recall === best).at(-1)!;
  return { curve, chosen };
}

const print = (title: string, result: ReturnType<typeof choose>) => {
  console.log(`${title}: chosen ${result.chosen.threshold}`);
  for (const point of result.curve)
    console.log(
      `  ${point.threshold.toFixed(2)}  recall ${(100 * point.recall).toFixed(1)} %  false alarms ${(100 * point.falseAlarms).toFixed(1)} %`,
    );
};

const chat: Scored[] = [];
for (let held = 0; held < FOLDS; held++) {
  const started = performance.now();
  const train = corpus.examples.filter((example) => fold(example.text) !== held);
  const model = crisisModelFrom(trainCrisisEnsemble(crisisTrainingSet(train, background.texts)));
  for (const example of corpus.examples.filter((candidate) => fold(candidate.text) === held))
    chat.push({
      lang: example.lang,
      crisis: example.crisis,
      floor: patternFloor(patternText(example.text)) !== undefined,
      p: model.score(example.text).p,
    });
  console.error(`fold ${held + 1}/${FOLDS}: ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

const model = cachedCrisisModel(corpus.examples, background.texts);
const score = (text: string, crisis: boolean, lang: string): Scored => ({
  lang,
  crisis,
  floor: patternFloor(patternText(text)) !== undefined,
  p: model.score(text).p,
});
for (const lang of ['en', 'ru'] as const) {
  const chatChoice = choose(
    chat.filter((row) => row.lang === lang),
    'chat',
  );
  print(`chat ${lang} (5-fold, ${chat.filter((row) => row.lang === lang).length} texts)`, chatChoice);
  const goals = (
    parse(readFileSync(join(fixtures, `goal-validation.${lang}.yaml`), 'utf8')) as {
      goals: { title: string; description?: string; crisis?: string }[];
    }
  ).goals.filter((goal) => !goal.crisis);
  const crises = examplesOf(
    lang,
    CorpusFile.parse(parse(readFileSync(join(fixtures, `goal-crisis.${lang}.yaml`), 'utf8'))),
  );
  const rows = [
    ...goals
      .flatMap((goal) => [goal.title, ...(goal.description ? [goal.description] : [])])
      .map((text) => score(text, false, lang)),
    ...crises.map((example) => score(example.text, true, lang)),
  ];
  print(
    `goal ${lang} (${goals.length} goals, ${crises.length} crises)`,
    choose(rows, 'goal', chatChoice.chosen.threshold),
  );
}
