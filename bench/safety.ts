import { createIntentRouter } from '../src/coach/intents/intent-router.js';
import { loadProgramPacks } from '../src/content/load-program-pack.js';
import { loadSafetyBackground } from '../src/content/load-safety-background.js';
import { loadSafetyCorpus } from '../src/content/load-safety-corpus.js';
import {
  crisisModelsOn,
  ordinaryGoalTexts,
  screenReader,
  trainedCrisisCheck,
} from '../src/main/trained-crisis-check.js';
import type { CrisisModel } from '../src/coach/safety/crisis-scorer.js';
import { blindTexts, readBlindSet } from '../test/safety/blind-set.js';
import { typeInLatin } from '../test/safety/latin-typing.js';
import { measure, ms } from './stats.js';

/** Megabytes the heap grew by while `build` ran (after a collection, when the bench runs with --expose-gc). */
function heapGrowth(build: () => unknown): { mb: number; kept: unknown } {
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
  const before = process.memoryUsage().heapUsed;
  const kept = build();
  collect?.();
  return { mb: (process.memoryUsage().heapUsed - before) / 1e6, kept };
}

/**
 * What the check holds: its two models' numbers (typed arrays, exact: the chat's, and the goal register's, trained with
 * ordinary goals beside the background) and the reader's word lists (heap growth).
 */
function crisisMemory(): string {
  const corpus = loadSafetyCorpus();
  const background = loadSafetyBackground();
  if (!corpus.ok || !background.ok) throw new Error('safety content has problems');
  const megabytes = (model: CrisisModel | undefined) => {
    const weights = model?.weights();
    if (!weights) return 0;
    return (weights.rowOf.byteLength + weights.weights.byteLength + weights.bias.byteLength) / 1e6;
  };
  const models = crisisModelsOn(corpus.examples, background.texts, { goalTexts: ordinaryGoalTexts() });
  const chatMb = megabytes(models.chat);
  const goalMb = megabytes(models.goals);
  const texts = [...corpus.examples.map((example) => example.text), ...background.texts];
  const reader = heapGrowth(() => screenReader(texts));
  const total = chatMb + goalMb + reader.mb;
  return `models ${chatMb.toFixed(1)} + ${goalMb.toFixed(1)} MB (chat, goals) + reader ${reader.mb.toFixed(1)} MB = ${total.toFixed(1)} MB (bar ≤ 30 MB)`;
}

/**
 * The crisis check on every message of the blind set (short chat lines to long letters), and the Russian ones
 * again typed in Latin letters (read twice: as typed and as Russian), next to the intent router on the same
 * messages as the baseline: both run on every message a person writes. The bar is p99 ≤ 1 ms a message.
 */
export async function benchSafety(rounds: number): Promise<string[][]> {
  const programs = loadProgramPacks();
  if (!programs.ok) throw new Error(programs.problems.join('\n'));
  const check = trainedCrisisCheck();
  const router = createIntentRouter(programs.programs.find((program) => program.id === 'recovery')!);
  const texts = (['en', 'ru'] as const).flatMap((lang) => blindTexts(readBlindSet(lang)));
  texts.push(...blindTexts(readBlindSet('ru')).map((text) => typeInLatin(text, 'phone')));
  // The longest messages matter most for the tail: a letter of about 4,000 characters as well.
  texts.push(Array.from({ length: 25 }, (_, i) => texts[i * 7]!).join(' '));
  const runs = Math.max(rounds * 5, texts.length * 4);
  const baseline = await measure(runs, (i) => router.detect(texts[Math.abs(i) % texts.length]!));
  const crisis = await measure(runs, (i) => check.check(texts[Math.abs(i) % texts.length]!));
  return [
    [
      'safety: intent router on the same messages (baseline)',
      ms(baseline.median),
      ms(baseline.p99),
      baseline.perSecond.toFixed(0),
      '1.0×',
    ],
    [
      'safety: crisis check a message, Latin-typed Russian included (bar p99 ≤ 1 ms)',
      ms(crisis.median),
      ms(crisis.p99),
      crisis.perSecond.toFixed(0),
      `${(crisis.median / baseline.median).toFixed(1)}×`,
    ],
    ['safety: crisis check memory', crisisMemory(), '', '', ''],
  ];
}
