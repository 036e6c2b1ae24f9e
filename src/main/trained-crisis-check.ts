import { createCrisisCheck } from '../coach/safety/crisis-check.js';
import { createReader, type ScreenReader } from '../coach/safety/reader.js';
import { russianWords } from '../coach/safety/translit.js';
import { loadSafetyBackground } from '../content/load-safety-background.js';
import { loadSafetyCorpus } from '../content/load-safety-corpus.js';
import { loadSafetyLexicon } from '../content/safety-lexicon.js';
import { StartupError } from './startup-error.js';
import type { SafetyCheck } from '../core/safety.port.js';
import type { SafetyExample } from '../content/safety-corpus.schema.js';
import { cachedContent, contentKey } from './content-cache.js';
import { join } from 'node:path';
import { contentDir } from '../content/load-coach-pack.js';
import { isLight } from '../content/everyday-texts.js';
import { loadGoalCorpus } from '../content/load-goal-corpus.js';
import { cachedCrisisModel } from './model-cache.js';
import type { CrisisModel } from '../coach/safety/crisis-scorer.js';

/**
 * How the screen reads what people type (reader.ts): the Russian and English words it knows come from the
 * corpus and the everyday background, so a Latin-typed Russian word is read as a word the model has seen. English
 * words come from `englishTexts` only: the Russian corpus holds messages typed in Latin, and their words (`net`,
 * `nado`, `menya`) counted as English would keep the next such message from being read as Russian.
 */
export function screenReader(texts: readonly string[], englishTexts: readonly string[] = texts): ScreenReader {
  const lexicon = loadSafetyLexicon();
  if (!lexicon.ok) throw new StartupError(lexicon.problems);
  const english = new Set<string>();
  for (const text of englishTexts)
    for (const word of text.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) ?? []) english.add(word);
  return createReader({ russian: russianWords(texts), english, lexicon: lexicon.lexicon });
}

/**
 * The offline crisis check, trained on content/safety/corpus with the frozen everyday background
 * (content/safety/background.json) as safe text: deterministic, a few seconds the first time, then read
 * from the model cache. The background is a reviewed snapshot, not the live coach content, so a content
 * round never moves the crisis figures unseen.
 */
export function trainedCrisisCheck(options: { contentKey?: string; dir?: string } = {}): SafetyCheck {
  // Kept as JSON beside the other checked packs: parsing the corpus's YAML took about 0.4 s of every start.
  const corpus = cachedContent('safety-corpus', () => loadSafetyCorpus(), {
    key: options.contentKey ?? contentKey(),
    dir: options.dir,
  });
  if (!corpus.ok) throw new StartupError(corpus.problems.map((problem) => `content/safety/corpus/${problem}`));
  const background = loadSafetyBackground();
  if (!background.ok) throw new StartupError(background.problems);
  // Kept beside it for the same reason: reading and checking the goal corpus's 5,774 lines took 20–50 ms of a start.
  const goals = cachedContent('crisis-goal-texts', () => ({ ok: true, texts: ordinaryGoalTexts() }), {
    key: options.contentKey ?? contentKey(),
    dir: options.dir,
  });
  return crisisCheckOn(corpus.examples, background.texts, { dir: options.dir, goalTexts: goals.texts });
}

/**
 * What people write as goals: the titles and descriptions of the goal classifier's labelled goals
 * (content/goals/corpus/train-*.jsonl), without heavy words (`isLight`), as the goal register's safe background.
 */
export function ordinaryGoalTexts(): string[] {
  const corpus = loadGoalCorpus(join(contentDir(), 'goals', 'corpus'), /^train-.*\.jsonl$/);
  if (!corpus.ok) throw new StartupError(corpus.problems.map((problem) => `content/goals/corpus/${problem}`));
  return corpus.goals.flatMap((goal) => [goal.title, ...(goal.description ? [goal.description] : [])]).filter(isLight);
}

/**
 * The check trained on these examples (the corpus, or a part of it for a development measure), its reader beside.
 * With `goalTexts`, a second model reads a goal's title and description: the same corpus, with ordinary goals beside
 * the everyday background (`GOAL_MODEL_THRESHOLDS` in crisis-check.ts says for which languages).
 */
export function crisisCheckOn(
  examples: readonly SafetyExample[],
  background: readonly string[],
  options: { dir?: string; goalTexts?: readonly string[] } = {},
): SafetyCheck {
  const reader = screenReader(
    [...examples.map((example) => example.text), ...background],
    [...examples.filter((example) => example.lang !== 'ru').map((example) => example.text), ...background],
  );
  const { chat, goals } = crisisModelsOn(examples, background, options);
  return createCrisisCheck(chat, { reader, ...(goals && { goalModel: goals }) });
}

/** The check's models: the chat's, and with `goalTexts` the goal register's, its background holding them too. */
export function crisisModelsOn(
  examples: readonly SafetyExample[],
  background: readonly string[],
  options: { dir?: string; goalTexts?: readonly string[] } = {},
): { chat: CrisisModel; goals?: CrisisModel } {
  const chat = cachedCrisisModel(examples, background, { dir: options.dir });
  if (!options.goalTexts?.length) return { chat };
  const goals = cachedCrisisModel(examples, background, {
    dir: options.dir,
    name: 'crisis-goals',
    goals: options.goalTexts,
  });
  return { chat, goals };
}
