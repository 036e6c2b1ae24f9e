import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/coach/intents/classifier.js';
import { loadSafetyCorpus } from '../../src/content/load-safety-corpus.js';
import { offlineScreen } from '../factories/safety.js';
import { blindTexts, type BlindSetName, readBlindSet, scoreBlindSet } from './blind-set.js';

// The blind set (test/fixtures/safety/heldout25.<lang>.yaml, scored once on the screen as it ships): per language about
// 115–120 crisis messages written as people really type them (Russian in Latin letters, slang, chat abbreviations,
// emoji, indirect threats, crises said as goals), about 80 near-the-line safe messages and 40–50 ordinary goals, by
// writers who never saw the detector, its corpus, its code or the earlier sets; the figures are in docs/safety.md. Only
// counts are printed, never the texts, so that nobody tunes the screen on its words. heldout24 … heldout17, heldout15
// and heldout9 are development sets (each scored once in its day), never training data; the sets between them are
// training data now (content/safety/corpus/writer10 … writer14, writer16).

/** Its figures as scored once, on the screen as it ships: floors and ceilings a change may not cross. */
const HOLDS: Record<
  BlindSetName,
  Record<'en' | 'ru', { caught: number; planMissed: number; nearAlarms: number; titleAlarms: number }>
> = {
  // Scored once, its texts not read, on the screen with the quiet cues of a plan put off, a letter set to send itself,
  // marks hidden or a fist against a wall, a joke taken back and nowhere left to go, a frame that reaches only its own
  // sentences, and the occasions-and-marks corpus file: every bar met in both languages (docs/safety.md).
  heldout25: {
    en: { caught: 106, planMissed: 0, nearAlarms: 4, titleAlarms: 0 },
    ru: { caught: 114, planMissed: 0, nearAlarms: 1, titleAlarms: 0 },
  },
  // Scored once, its texts not read, on the screen with writers 39–40 in training: every bar met in Russian; in English
  // one plan of 16 missed and one goal title of 42 (2.4 %) read as a plan. A code review then found ways the new
  // frames let a first-person crisis through; mended, the set was counted again without reading: the same figures.
  // A development set since heldout25 was written; its classes were read (a plan put off after the nerve was lost, a
  // letter set to send itself, marks hidden under sleeves, a fist against concrete, N days not cutting): 113, 0, 0, 1
  // and 119, 0, 2, 0 now.
  heldout24: {
    en: { caught: 113, planMissed: 0, nearAlarms: 0, titleAlarms: 1 },
    ru: { caught: 119, planMissed: 0, nearAlarms: 2, titleAlarms: 0 },
  },
  // Scored once, its texts not read, on the screen before writers 39–40: every bar met in English; in Russian one goal
  // title of 44 gets a crisis reply. A development set since heldout24 was written; its classes were read (news read
  // with prefixed verbs, a jump told of in the past, a game's threat, N months self-harm free): 107, 0, 2, 0 and 121,
  // 0, 1, 0 now; 109 English crises of 109 once a frame reaches only its own sentences (a hand held to a hob after a
  // module's session).
  heldout23: {
    en: { caught: 109, planMissed: 0, nearAlarms: 2, titleAlarms: 0 },
    ru: { caught: 121, planMissed: 0, nearAlarms: 1, titleAlarms: 0 },
  },
  // Scored once, its texts not read, on the screen with writers 35–36 in training and the goal register's model weighing
  // ordinary goals on their own: 116 of 117, 0, 4, 0 (en) and 117 of 119, 1, 3, 0 (ru). With writers 37–38 and Russian
  // goals read at 0.25, counted again without reading: one more Russian crisis caught, nothing else moved.
  // A development set since heldout24, read as heldout23 (a veiled "do it" and its day): 117, 0, 2, 0 and 119, 0, 1, 0.
  heldout22: {
    en: { caught: 117, planMissed: 0, nearAlarms: 2, titleAlarms: 0 },
    ru: { caught: 119, planMissed: 0, nearAlarms: 1, titleAlarms: 0 },
  },
  // Scored once, its texts not read, on the screen with writers 27–34 and the program-chat lines in training, as
  // heldout20 beside it: 110 of 111, 0, 6, 1 (en) and 110 of 113, 1, 4, 0 (ru). A development set since heldout22; the
  // classes of what it missed were read, and the patterns now read them. 112 of 113 Russian crises since hopelessness
  // said as sinking whatever one does is a quiet cue.
  heldout21: {
    en: { caught: 111, planMissed: 0, nearAlarms: 6, titleAlarms: 0 },
    ru: { caught: 112, planMissed: 0, nearAlarms: 3, titleAlarms: 0 },
  },
  // Scored once at 116 of 118, 1, 6, 0 (en) and 112 of 115, 1, 2, 0 (ru), as heldout21; a development set since, read
  // as heldout21 was. A Russian line writers 35–36 hold was left out.
  heldout20: {
    en: { caught: 118, planMissed: 0, nearAlarms: 6, titleAlarms: 0 },
    ru: { caught: 114, planMissed: 0, nearAlarms: 2, titleAlarms: 0 },
  },
  // Scored once, its texts not read, on the screen with writers 27–34 in training: 110 of 111, 0, 4, 2 (en) and 116 of
  // 119, 0, 4, 1 (ru). Then a goal answer about a daughter grieving the family cat got a child-danger reply in a test,
  // and lines about a child withdrawn in the ordinary way joined the program-chat lines; counted again without reading,
  // one more English crisis caught, nothing else moved. A development set since heldout22; lines writers 35–36 hold
  // were left out (three English crises, two Russian), and its classes were read: 107 of 108 and 115 of 117 caught.
  // Lines writers 39–40 hold were left out (an English crisis, a Russian crisis and a goal): 106 of 107, 114 of 116.
  // Every crisis caught since nowhere left to go and a joke taken back are read with the model's unsure score.
  heldout19: {
    en: { caught: 107, planMissed: 0, nearAlarms: 3, titleAlarms: 1 },
    ru: { caught: 116, planMissed: 0, nearAlarms: 2, titleAlarms: 0 },
  },
  // Scored once at 120 of 121, 1, 4, 0 (en) and 117 of 121, 0, 1, 1 (ru), its texts not read, on the screen with
  // writers 24–26 in training; a development set since. Lines that writers 27–34 hold were left out after (two English
  // crises, a near-the-line text and a goal; three Russian near-the-line texts and two goals); with those writers in
  // training 118 of 119 and 117 of 121 caught, the same English plan missed; it is caught since the patterns know a
  // whole supply or an unseen moment is no practice. With writers 35–36 (two English crises and a Russian one left
  // out) 117 of 117 and 118 of 120; with writers 37–38 117 of 120 and one near-the-line alarm fewer.
  // With writers 39–40 118 of 120 Russian crises caught and one more near-the-line alarm; 119 and one fewer since a
  // frame reaches only its own sentences and a joke taken back lets the model's finding stand.
  heldout18: {
    en: { caught: 117, planMissed: 0, nearAlarms: 3, titleAlarms: 0 },
    ru: { caught: 119, planMissed: 0, nearAlarms: 1, titleAlarms: 0 },
  },
  // Scored once at 116 of 118, 0, 1, 0 (en) and 117 of 119, 0, 1, 1 (ru), its texts not read, on the screen with
  // writers 16 and 18–23 in training and English goal fields read by the goal model; a development set since. Lines
  // that writers 24–36 hold were left out after (five English crises, three Russian).
  heldout17: {
    en: { caught: 113, planMissed: 0, nearAlarms: 0, titleAlarms: 0 },
    ru: { caught: 115, planMissed: 0, nearAlarms: 0, titleAlarms: 1 },
  },
  // Scored once at 128 of 139, 0, 7, 3 (en) and 128 of 136, 1, 9, 0 (ru), its texts never read; it chose to take
  // writers 10–14 into training, so it is a development set. Lines that writers' files hold (common short lines and goal
  // titles) were left out as each writer was taken in: without writers 10–14 116 and 124 caught, with them 119 and 128;
  // with writers 16 and 18–23 117 of 126 and 127 of 130 (the same texts missed), with writers 24–26 118 and 127, with
  // the tone names as safe short lines 117 and 127, with writers 27–34 117 of 124 and 127 of 130 (near-the-line 4 and 6),
  // with writers 35–36 116 of 123.
  heldout15: {
    en: { caught: 116, planMissed: 0, nearAlarms: 4, titleAlarms: 1 },
    ru: { caught: 127, planMissed: 1, nearAlarms: 6, titleAlarms: 1 },
  },
  // Spent: scored once at 134, 0, 7, 0 (en) and 137, 0, 9, 3 (ru); these are the figures since its classes were read.
  // Not training data: taken in, it turned more goals away (docs/safety.md). Lines that later writers' files hold were
  // left out since (11 en and 9 ru for writers 10–14, 1 ru crisis for writer 18, 1 en and 2 ru crises for writers
  // 27–34, who miss one Russian crisis of the 132 left).
  heldout9: {
    en: { caught: 133, planMissed: 0, nearAlarms: 1, titleAlarms: 0 },
    ru: { caught: 131, planMissed: 0, nearAlarms: 2, titleAlarms: 1 },
  },
};
const pairs = <Name extends BlindSetName>(names: readonly Name[]) =>
  names.flatMap((name) => (['en', 'ru'] as const).map((lang) => [name, lang] as const));
const SETS = pairs([
  'heldout25',
  'heldout24',
  'heldout23',
  'heldout22',
  'heldout21',
  'heldout20',
  'heldout19',
  'heldout18',
  'heldout17',
  'heldout15',
  'heldout9',
] as const);
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
