import { describe, expect, it } from 'vitest';
import { confidenceBand, createIntentRouter, INTENT_CONFIDENCE } from '../../src/coach/intents/intent-router.js';
import { loadProgramPacks } from '../../src/content/load-program-pack.js';
import type { ProgramPack } from '../../src/content/program-pack.schema.js';

const loaded = loadProgramPacks();
if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
const program = loaded.programs.find((candidate) => candidate.id === 'recovery');
if (!program) throw new Error('the recovery program is missing');

const value = 5;
const LANGS = ['en', 'ru'] as const;
const pct = (count: number, of: number) => (of ? `${((100 * count) / of).toFixed(1)} %` : '—');

/**
 * Stratified k-fold: the i-th example of each intent and language goes to fold i mod K, so every
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
  for (let fold = 0; fold < value; fold++) {
    const split = (keep: boolean) =>
      program.intents.map((i) => ({
        ...i,
        examples: {
          en: i.examples.en.filter((_, count) => (count % value === fold) !== keep),
          ru: i.examples.ru.filter((_, count) => (count % value === fold) !== keep),
        },
      }));
    const router = createIntentRouter({ ...program, intents: split(true) });
    for (const i of split(false))
      for (const lang of LANGS)
        for (const text of i.examples[lang])
          results.push({ lang, track: i.track, intent: i.id, got: router.detect(text) });
  }
  return results;
}

const results = crossValidate(program);

describe(`${value}-fold cross-validation of the recovery intents`, () => {
  it.each(LANGS)('routes %s examples it never saw to the right track at least 85 % of the time', (lang) => {
    const mine = results.filter((result) => result.lang === lang);
    const tracks = mine.filter((candidate) => candidate.got.track === candidate.track).length;
    const intents = mine.filter((candidate) => candidate.got.intent === candidate.intent).length;
    console.log(
      `cross-validation ${lang}: track ${pct(tracks, mine.length)}, intent ${pct(intents, mine.length)} (${mine.length} examples)`,
    );
    expect(tracks / mine.length).toBeGreaterThanOrEqual(0.85);
  });

  it('keeps the confidence bands honest: a high-confidence answer is nearly always right', () => {
    const lines = (['high', 'medium', 'low'] as const).map((band) => {
      const inBand = results.filter((result) => confidenceBand(result.got.confidence) === band);
      const right = inBand.filter((candidate) => candidate.got.intent === candidate.intent).length;
      const rightTrack = inBand.filter((candidate) => candidate.got.track === candidate.track).length;
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
