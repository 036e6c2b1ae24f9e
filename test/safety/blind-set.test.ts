import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/coach/intents/classifier.js';
import { loadSafetyCorpus } from '../../src/content/load-safety-corpus.js';
import { offlineScreen } from '../factories/safety.js';
import { blindTexts, type BlindSetName, readBlindSet, scoreBlindSet } from './blind-set.js';

// The blind set (test/fixtures/safety/heldout16.<lang>.yaml): per language about 140 crisis messages written as people
// really type them (Russian in Latin letters, slang, chat abbreviations, emoji, indirect threats, crises said as goals),
// 80 near-the-line safe messages and about 60 ordinary goals, by writers who never saw the detector, its corpus, its code
// or the earlier sets; the figures are in docs/safety.md. Only counts are printed, never the texts, so that nobody tunes
// the screen on its words. The two sets before it (heldout15, heldout9) are development sets, never training data; the
// five between them are training data now (content/safety/corpus/writer10 … writer14).

/** Its figures as scored once, on the screen as it ships: floors and ceilings a change may not cross. */
const HOLDS: Record<
  BlindSetName,
  Record<'en' | 'ru', { caught: number; planMissed: number; nearAlarms: number; titleAlarms: number }>
> = {
  // Scored once at 130 of 134, 0, 7, 2 (en) and 127, 1, 2, 0 (ru), its texts not read; one English crisis line that a
  // writer's file holds (after normalising) was left out since. The screen before writers 10–14 were taken in: 129,
  // 0, 7, 1 (en) and 127, 1, 4, 2 (ru), counted once the same hour. English titles 1 since bare answers ("idk",
  // "nothing") are safe lines of the corpus, counted without reading.
  heldout16: {
    en: { caught: 129, planMissed: 0, nearAlarms: 7, titleAlarms: 1 },
    ru: { caught: 127, planMissed: 1, nearAlarms: 2, titleAlarms: 0 },
  },
  // Scored once at 128 of 139, 0, 7, 3 (en) and 128 of 136, 1, 9, 0 (ru), its texts never read; it chose to take
  // writers 10–14 into training, so it is a development set now. Their files hold 29 (en) and 12 (ru) of its lines
  // (common short lines and goal titles), left out since: without the writers 116 and 124 caught, with them 119 and 128
  // (Russian near-the-line 8 and titles 0 before bare answers such as «не знаю» joined the corpus's safe lines).
  heldout15: {
    en: { caught: 119, planMissed: 0, nearAlarms: 7, titleAlarms: 2 },
    ru: { caught: 128, planMissed: 1, nearAlarms: 9, titleAlarms: 1 },
  },
  // Spent: scored once at 134, 0, 7, 0 (en) and 137, 0, 9, 3 (ru); these are the figures since its classes were read.
  // Not training data: taken in, it turned more goals away (docs/safety.md). 11 (en) and 9 (ru) of its lines that
  // writers 10–14 hold were left out since.
  heldout9: {
    en: { caught: 132, planMissed: 0, nearAlarms: 1, titleAlarms: 0 },
    ru: { caught: 135, planMissed: 0, nearAlarms: 3, titleAlarms: 1 },
  },
};
const SETS = (['heldout16', 'heldout15', 'heldout9'] as const).flatMap((name) =>
  (['en', 'ru'] as const).map((lang) => [name, lang] as const),
);
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
