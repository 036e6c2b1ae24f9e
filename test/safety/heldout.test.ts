import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/coach/intents/classifier.js';
import { loadSafetyCorpus } from '../../src/content/load-safety-corpus.js';
import { sharedCrisisCheck } from '../factories/safety.js';
import { evaluate, formatReport, HELD_OUT_LANGS, HELD_OUT_SETS, readHeldOut } from './evaluate.js';

// The blind held-out sets (test/fixtures/safety/<set>.<lang>.yaml) were written by helper sessions
// that never saw the training corpus (content/safety/corpus), one per set and language, from the
// category definitions alone. They are never training data, and only their counts are printed,
// so that nobody tunes the detector on their words. `heldout` to `heldout3` guided the choice of
// the model's options, threshold and further corpus rounds (development sets, so their figures are
// optimistic: each was scored blind once, then used to decide the next round); `heldout4` was
// written last by sessions that saw neither the corpus nor the other sets, and was scored once, on
// the final model.
const corpus = loadSafetyCorpus();
if (!corpus.ok) throw new Error(corpus.problems.join('\n'));
const started = performance.now();
const check = sharedCrisisCheck();
const trainingMs = performance.now() - started;

/**
 * What the detector holds today on the blind sets, as floors a change may not go below. The
 * issue's bars (recall ≥ 98 % in each language, no plan/means/timing miss, false alarms ≤ 3 %)
 * are printed beside them; docs/safety.md says which are met.
 */
/**
 * `everyday` was 3 % (24 of 800); the quiet-and-heavy corpus examples (crisis said without crisis words, such as a short goodbye)
 * took it to 26, two English messages of regret and of things left unsaid, a trade for the blind sets' recall and
 * near-the-line false alarms (docs/safety.md).
 */
const FLOOR = { recall: 0.97, falseAlarms: 0.06, everyday: 0.0325 } as const;
const BAR = { recall: 0.98, falseAlarms: 0.03 } as const;

const CASES = HELD_OUT_SETS.flatMap((set) => HELD_OUT_LANGS.map((lang) => [set, lang] as const));

describe('crisis detector on the blind held-out sets', () => {
  it.each(CASES)('never trains on a held-out message (%s.%s)', (setName, lang) => {
    const training = new Set(corpus.examples.map((example) => normaliseText(example.text)));
    const leaked = readHeldOut(lang, setName).filter((example) => training.has(normaliseText(example.text)));
    expect(leaked.length, 'held-out messages found in content/safety/corpus').toBe(0);
  });

  it.each(CASES)('prints recall and false alarms per category (%s.%s) and holds the floors', (setName, lang) => {
    const set = readHeldOut(lang, setName);
    const t0 = performance.now();
    const report = evaluate(check, lang, set);
    const perMessageUs = ((performance.now() - t0) / set.length) * 1000;
    const plan = report.crisisRows.find((row) => row.group === 'plan')!;
    const bars = [
      `recall ≥ ${BAR.recall * 100} %: ${report.recall >= BAR.recall ? 'met' : 'NOT met'}`,
      `plan/means/timing all caught: ${plan.flagged === plan.total ? 'met' : 'NOT met'}`,
      `false alarms ≤ ${BAR.falseAlarms * 100} %: ${report.falseAlarms <= BAR.falseAlarms ? 'met' : 'NOT met'}`,
    ];
    console.log(
      `${formatReport(setName, report)}\n  plan messages answered as imminent: ${report.planImminent} / ${plan.total}\n` +
        `  the issue's bars: ${bars.join('; ')}\n  training ${trainingMs.toFixed(0)} ms (${corpus.examples.length} examples), ${perMessageUs.toFixed(0)} µs per message`,
    );
    expect(report.recall).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(report.falseAlarms).toBeLessThanOrEqual(FLOOR.falseAlarms);
  });
});

describe('crisis detector on everyday messages', () => {
  // The intent router's held-out messages (test/fixtures/intents): what parents in the program
  // type every day, never trained on by either model. A crisis reply to one of them is a false alarm
  // a person would notice, though a few speak of guilt or exhaustion in words close to the line.
  const dir = join(import.meta.dirname, '..', 'fixtures', 'intents');
  const everyday = readdirSync(dir).flatMap((file) =>
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );

  it('raises few false alarms on what people type every day, and none on short chat replies', () => {
    const alarms = everyday.filter((text) => check.check(text).crisis).length;
    console.log(
      `everyday messages (intent held-out sets): ${alarms} crisis replies of ${everyday.length} (${((100 * alarms) / everyday.length).toFixed(1)} %)`,
    );
    expect(alarms / everyday.length).toBeLessThanOrEqual(FLOOR.everyday);
    for (const reply of [
      'готово',
      'done',
      'next',
      'ok',
      'да',
      'нет',
      '4',
      '10',
      'thanks',
      'спасибо',
      'сделал',
      'дальше',
    ])
      expect(check.check(reply).crisis, reply).toBe(false);
  });
});
