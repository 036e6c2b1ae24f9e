import { createIntentRouter } from '../src/coach/intents/intent-router.js';
import { loadProgramPacks } from '../src/content/load-program-pack.js';
import { trainedCrisisCheck } from '../src/main/app.js';
import { HELD_OUT_LANGS, readHeldOut } from '../test/safety/evaluate.js';
import { measure, ms } from './stats.js';

/**
 * The crisis check on every blind held-out message (short chat lines to long letters), next to the
 * intent router on the same messages as the baseline: both run on every message a person writes.
 * The bar is p99 < 1 ms a message.
 */
export async function benchSafety(rounds: number): Promise<string[][]> {
  const programs = loadProgramPacks();
  if (!programs.ok) throw new Error(programs.problems.join('\n'));
  const check = trainedCrisisCheck();
  const router = createIntentRouter(programs.programs.find((program) => program.id === 'recovery')!);
  const texts = HELD_OUT_LANGS.flatMap((lang) => readHeldOut(lang).map((example) => example.text));
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
      'safety: crisis check a message (bar p99 < 1 ms)',
      ms(crisis.median),
      ms(crisis.p99),
      crisis.perSecond.toFixed(0),
      `${(crisis.median / baseline.median).toFixed(1)}×`,
    ],
  ];
}
