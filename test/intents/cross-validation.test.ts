import { describe, expect, it } from 'vitest';
import { confidenceBand, createIntentRouter, INTENT_CONFIDENCE } from '../../src/coach/intents/intent-router.js';
import { loadProgramPacks } from '../../src/content/load-program-pack.js';
import type { ProgramPack } from '../../src/content/program-pack.schema.js';

const loaded = loadProgramPacks();
if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
const program = loaded.programs.find((pack) => pack.id === 'recovery');
if (!program) throw new Error('the recovery program is missing');

const FOLDS = 5;
const LANGS = ['en', 'ru'] as const;
const pct = (part: number, of: number) => (of ? `${((100 * part) / of).toFixed(1)} %` : '—');

/**
 * Stratified k-fold: the i-th example of each intent and language goes to fold i mod FOLDS, so every
 * fold holds a fifth of every intent in both languages. Each example is predicted exactly once,
 * by a router that never saw it.
 */
function crossValidate(program: ProgramPack) {
  const results: {
    lang: (typeof LANGS)[number];
    track: string | null;
    intent: string;
    got: ReturnType<ReturnType<typeof createIntentRouter>['detect']>;
  }[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const split = (keep: boolean) =>
      program.intents.map((intent) => ({
        ...intent,
        examples: {
          en: intent.examples.en.filter((_, index) => (index % FOLDS === fold) !== keep),
          ru: intent.examples.ru.filter((_, index) => (index % FOLDS === fold) !== keep),
        },
      }));
    const router = createIntentRouter({ ...program, intents: split(true) });
    for (const intent of split(false))
      for (const lang of LANGS)
        for (const text of intent.examples[lang])
          results.push({ lang, track: intent.track, intent: intent.id, got: router.detect(text) });
  }
  return results;
}

const results = crossValidate(program);

describe(`${FOLDS}-fold cross-validation of the recovery intents`, () => {
  it.each(LANGS)('routes %s examples it never saw to the right track at least 85 % of the time', (lang) => {
    const mine = results.filter((result) => result.lang === lang);
    const tracks = mine.filter((result) => result.got.track === result.track).length;
    const intents = mine.filter((result) => result.got.intent === result.intent).length;
    console.log(
      `cross-validation ${lang}: track ${pct(tracks, mine.length)}, intent ${pct(intents, mine.length)} (${mine.length} examples)`,
    );
    expect(tracks / mine.length).toBeGreaterThanOrEqual(0.85);
  });

  it('keeps the confidence bands honest: a high-confidence answer is nearly always right', () => {
    const lines = (['high', 'medium', 'low'] as const).map((band) => {
      const inBand = results.filter((result) => confidenceBand(result.got.confidence) === band);
      const right = inBand.filter((result) => result.got.intent === result.intent).length;
      const rightTrack = inBand.filter((result) => result.got.track === result.track).length;
      return { band, n: inBand.length, right, rightTrack };
    });
    console.log(
      `confidence bands (high ≥ ${INTENT_CONFIDENCE.high}, medium ≥ ${INTENT_CONFIDENCE.medium}):\n` +
        lines
          .map(
            (line) =>
              `  ${line.band.padEnd(6)} ${pct(line.n, results.length).padStart(7)} of answers, intent right ${pct(line.right, line.n)}, track right ${pct(line.rightTrack, line.n)}`,
          )
          .join('\n'),
    );
    const high = lines[0]!;
    expect(high.right / high.n).toBeGreaterThanOrEqual(0.95);
  });
});
