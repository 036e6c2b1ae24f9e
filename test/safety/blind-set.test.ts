import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/coach/intents/classifier.js';
import { loadSafetyCorpus } from '../../src/content/load-safety-corpus.js';
import { offlineScreen } from '../factories/safety.js';
import { blindTexts, type BlindSetName, readBlindSet, scoreBlindSet } from './blind-set.js';

// The blind set (test/fixtures/safety/heldout15.<lang>.yaml): per language 140 crisis messages written as people really
// type them (Russian in Latin letters, slang, chat abbreviations, emoji, indirect threats, crises said as goals), 80
// near-the-line safe messages and 80 ordinary goals, by writers who never saw the detector, its corpus, its code or the
// earlier sets; the figures are in docs/safety.md. Only counts are printed, never the texts, so that nobody tunes the
// screen on its words. The six sets before it (heldout14 … heldout9) are spent and kept as development sets, never
// training data.

/** Its figures as scored once, on the screen as it ships: floors and ceilings a change may not cross. */
const HOLDS: Record<
  BlindSetName,
  Record<'en' | 'ru', { caught: number; planMissed: number; nearAlarms: number; titleAlarms: number }>
> = {
  // Scored once at 128, 0, 7, 3 (en) and 128, 1, 9, 0 (ru) and not read; English titles 2 since quitting smoking
  // reads as practice.
  heldout15: {
    en: { caught: 128, planMissed: 0, nearAlarms: 7, titleAlarms: 2 },
    ru: { caught: 128, planMissed: 1, nearAlarms: 9, titleAlarms: 0 },
  },
  // Spent: scored once at 124, 0, 4, 1 (en) and 125, 0, 3, 2 (ru); these are the figures since its classes were read.
  heldout14: {
    en: { caught: 125, planMissed: 0, nearAlarms: 4, titleAlarms: 1 },
    ru: { caught: 128, planMissed: 0, nearAlarms: 3, titleAlarms: 2 },
  },
  // Spent: scored once at 127, 0, 12, 3 (en) and 127, 1, 6, 1 (ru); these are the figures since its classes were read.
  heldout13: {
    en: { caught: 129, planMissed: 0, nearAlarms: 11, titleAlarms: 2 },
    ru: { caught: 129, planMissed: 1, nearAlarms: 5, titleAlarms: 1 },
  },
  // Spent: scored once at 131, 0, 7, 1 (en) and 125, 1, 11, 3 (ru); these are the figures since its classes were read.
  heldout12: {
    en: { caught: 132, planMissed: 0, nearAlarms: 5, titleAlarms: 0 },
    ru: { caught: 131, planMissed: 0, nearAlarms: 7, titleAlarms: 3 },
  },
  // Spent: scored once at 125, 1, 4, 1 (en) and 128, 0, 4, 3 (ru); these are the figures since its classes were read
  // (ru: titles 3 → 1 with the goal register's model; one crisis fewer, 133 → 132, since the weights are int8).
  heldout11: {
    en: { caught: 128, planMissed: 0, nearAlarms: 2, titleAlarms: 0 },
    ru: { caught: 132, planMissed: 0, nearAlarms: 4, titleAlarms: 1 },
  },
  // Spent: scored once at 133 of 140, 1, 7, 1 (en) and 131, 0, 3, 1 (ru); one caught English line found word for word in
  // a later training file was left out. These are the figures since its classes were read.
  heldout10: {
    en: { caught: 137, planMissed: 0, nearAlarms: 7, titleAlarms: 0 },
    ru: { caught: 137, planMissed: 0, nearAlarms: 4, titleAlarms: 1 },
  },
  // Spent: scored once at 134, 0, 7, 0 (en) and 137, 0, 9, 3 (ru); these are the figures since its classes were read.
  heldout9: {
    en: { caught: 135, planMissed: 0, nearAlarms: 1, titleAlarms: 0 },
    ru: { caught: 137, planMissed: 0, nearAlarms: 4, titleAlarms: 2 },
  },
};
const SETS = (
  ['heldout15', 'heldout14', 'heldout13', 'heldout12', 'heldout11', 'heldout10', 'heldout9'] as const
).flatMap((name) => (['en', 'ru'] as const).map((lang) => [name, lang] as const));
/** The bars: recall ≥ 97 %, every plan caught, false alarms ≤ 10 % near the line and ≤ 2 % on goal titles. */
const BARS = { recall: 0.97, near: 0.1, titles: 0.02 } as const;

const corpus = loadSafetyCorpus();
if (!corpus.ok) throw new Error(corpus.problems.join('\n'));

describe('the crisis screen on a blind set of how people really type', () => {
  it.each(SETS)('never trains on a blind message (%s, %s)', (name, lang) => {
    const training = new Set(corpus.examples.map((example) => normaliseText(example.text)));
    const leaked = blindTexts(readBlindSet(lang, name)).filter((text) => training.has(normaliseText(text)));
    expect(leaked.length, 'blind messages found in content/safety/corpus').toBe(0);
  });

  it.each(SETS)(
    'prints recall and false alarms (%s, %s) and holds the figures it was scored at',
    async (name, lang) => {
      const report = await scoreBlindSet(offlineScreen(), readBlindSet(lang, name));
      const { crisis, near, goals } = report;
      const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;
      const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
      console.log(
        [
          `blind set ${name} ${lang}: crisis caught ${crisis.caught} / ${crisis.total} (${pct(crisis.caught, crisis.total)}; ` +
            `said as goals ${crisis.goalsCaught} / ${crisis.goals}); plan, means or timing ${crisis.planCaught} / ${crisis.planTotal}`,
          `  false alarms: near-the-line ${near.alarms} / ${near.total} (${pct(near.alarms, near.total)}); ordinary goal titles ` +
            `${goals.titleAlarms} / ${goals.total} (${pct(goals.titleAlarms, goals.total)}); goals by title or description ` +
            `${goals.anyAlarms} / ${goals.total}, of them imminent ${goals.imminent}`,
          `  bars: recall ≥ 97 % ${met(crisis.caught / crisis.total >= BARS.recall)}; every plan ${met(crisis.planCaught === crisis.planTotal)}; ` +
            `near ≤ 10 % ${met(near.alarms / near.total <= BARS.near)}; goal titles ≤ 2 % ${met(goals.titleAlarms / goals.total <= BARS.titles)}`,
        ].join('\n'),
      );
      expect(crisis.caught).toBeGreaterThanOrEqual(HOLDS[name][lang].caught);
      expect(crisis.planTotal - crisis.planCaught).toBeLessThanOrEqual(HOLDS[name][lang].planMissed);
      expect(near.alarms).toBeLessThanOrEqual(HOLDS[name][lang].nearAlarms);
      expect(goals.titleAlarms).toBeLessThanOrEqual(HOLDS[name][lang].titleAlarms);
    },
  );
});
