import { describe, expect, it } from 'vitest';
import { confidenceBand, createIntentRouter, INTENT_CONFIDENCE } from '../../src/coach/intents/intent-router.js';
import { loadProgramPacks } from '../../src/content/load-program-pack.js';
import type { ProgramPack } from '../../src/content/program-pack.schema.js';

const loaded = loadProgramPacks();
if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
const program = loaded.programs.find((p) => p.id === 'recovery');
if (!program) throw new Error('the recovery program is missing');

const K = 5;
const LANGS = ['en', 'ru'] as const;
const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)} %` : '—');

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
  for (let fold = 0; fold < K; fold++) {
    const split = (keep: boolean) =>
      program.intents.map((i) => ({
        ...i,
        examples: {
          en: i.examples.en.filter((_, n) => (n % K === fold) !== keep),
          ru: i.examples.ru.filter((_, n) => (n % K === fold) !== keep),
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

describe(`${K}-fold cross-validation of the recovery intents`, () => {
  it.each(LANGS)('routes %s examples it never saw to the right track at least 85 % of the time', (lang) => {
    const mine = results.filter((r) => r.lang === lang);
    const tracks = mine.filter((r) => r.got.track === r.track).length;
    const intents = mine.filter((r) => r.got.intent === r.intent).length;
    console.log(
      `cross-validation ${lang}: track ${pct(tracks, mine.length)}, intent ${pct(intents, mine.length)} (${mine.length} examples)`,
    );
    expect(tracks / mine.length).toBeGreaterThanOrEqual(0.85);
  });

  it('keeps the confidence bands honest: a high-confidence answer is nearly always right', () => {
    const lines = (['high', 'medium', 'low'] as const).map((band) => {
      const inBand = results.filter((r) => confidenceBand(r.got.confidence) === band);
      const right = inBand.filter((r) => r.got.intent === r.intent).length;
      const rightTrack = inBand.filter((r) => r.got.track === r.track).length;
      return { band, n: inBand.length, right, rightTrack };
    });
    console.log(
      `confidence bands (high ≥ ${INTENT_CONFIDENCE.high}, medium ≥ ${INTENT_CONFIDENCE.medium}):\n` +
        lines
          .map(
            (l) =>
              `  ${l.band.padEnd(6)} ${pct(l.n, results.length).padStart(7)} of answers, intent right ${pct(l.right, l.n)}, track right ${pct(l.rightTrack, l.n)}`,
          )
          .join('\n'),
    );
    const high = lines[0]!;
    expect(high.right / high.n).toBeGreaterThanOrEqual(0.95);
  });
});
