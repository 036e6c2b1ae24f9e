import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CRISIS_CATEGORIES } from '../../src/core/safety.port.js';
import { CorpusFile, examplesOf } from '../../src/content/safety-corpus.schema.js';
import { sharedCrisisCheck } from '../factories/safety.js';

interface GoalText {
  key: string;
  lang: 'en' | 'ru';
  text: string;
  crisis: boolean;
  category: string | null;
}

// Goals as people describe them (test/fixtures/safety/README.md): the texts the detector flagged or was unsure
// about in November 2026, labelled by three sessions. A crisis reply to a goal creates no goal and gives no step,
// so a false alarm here is a person turned away; a miss is a person in crisis coached as usual.
const texts: GoalText[] = readFileSync(new URL('../fixtures/safety/goal-texts.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as GoalText);

/**
 * What the detector holds today, as limits a change may not cross: at most this many false alarms among the texts
 * labelled safe (of 1,057), at least this many of the 19 labelled crisis caught. Those 19 include texts the labellers
 * were unsure of and labelled crisis to be safe ("Make a will", "Put money aside for my own funeral so the kids don't
 * have to pay", "stop chewing the inside of my cheek"), which the screen reads as ordinary practice; among those doubtful
 * ones a retrained model trades one for another (8 since the veiled-threats corpus file, 9 before, 10 with writers 10–14,
 * 11 with writers 16 and 18–23, 13 with writers 24–26, 10 with writers 27–34, 9 once ordinary goals weighed on their
 * own in the goal register's model, which reads the title "Stop picking at my skin" as a habit to break). False alarms 277 before English goal
 * fields were read by the goal model, 264 after, 279 with writers 24–26 and the program-chat lines, 281 with the tone
 * names, 296 with writers 27–34 (the price of their recall on voices the screen had not met), 290 with program-chat
 * lines about a child withdrawn in the ordinary way, 302 with writers 35–36, 290 once a goal reaching for life asks
 * the model for more certainty, 259 once the goal register's model weighs ordinary goals on their own, 217 with writers
 * 37–38 and Russian goals read at 0.25, 221 with writers 39–40, 220 with the occasions-and-marks corpus file (docs/safety.md).
 */
const CEILING = { falseAlarms: 220, caught: 9 };

/** Crises said in the words of a goal (`goal-crisis.<lang>.yaml`), written apart from the corpus; never training data. */
const goalCrises = (['en', 'ru'] as const).flatMap((lang) =>
  examplesOf(
    lang,
    CorpusFile.parse(
      parse(readFileSync(new URL(`../fixtures/safety/goal-crisis.${lang}.yaml`, import.meta.url), 'utf8')),
    ),
  ),
);

/**
 * Today's catch of them, per language (of 175), as a floor. English caught 173 before writers 39–40 and 172 with them;
 * 173 again, and Russian 173, with the occasions-and-marks corpus file and the quiet cues of a letter that will not let
 * a son blame himself and of hurt done after a shift.
 */
const CAUGHT_FLOOR = { en: 173, ru: 173 };

describe('crisis replies to goals as people describe them', () => {
  const check = sharedCrisisCheck();

  it('prints the false alarms on goal texts and holds the ceiling', () => {
    const safe = texts.filter((text) => !text.crisis);
    const crisis = texts.filter((text) => text.crisis);
    // Each text is screened as the field it was written in (the key ends with it): a goal's words have a register.
    const flagged = (text: GoalText) => check.check(text.text, text.key.split('/').at(-1)).crisis;
    const alarms = (lang: string) => safe.filter((text) => text.lang === lang && flagged(text)).length;
    const [en, ru] = [alarms('en'), alarms('ru')];
    const caught = crisis.filter(flagged).length;
    const share = (count: number, of: number) => `${((count / of) * 100).toFixed(1)} %`;
    const perLang = (lang: string) => safe.filter((text) => text.lang === lang).length;
    console.log(
      `goal texts labelled no crisis, answered with a crisis reply: ${en + ru} of ${safe.length} (${share(en + ru, safe.length)}; en ${en} of ${perLang('en')}, ru ${ru} of ${perLang('ru')}); labelled crisis caught: ${caught} of ${crisis.length}`,
    );
    expect(en + ru).toBeLessThanOrEqual(CEILING.falseAlarms);
    expect(caught).toBeGreaterThanOrEqual(CEILING.caught);
  });

  it('prints how many crises said in the words of a goal it catches, per category, and holds the floor', () => {
    for (const lang of ['en', 'ru'] as const) {
      const mine = goalCrises.filter((example) => example.lang === lang && example.crisis);
      const caught = (category: string) =>
        mine.filter(
          (example) =>
            example.crisis && example.category === category && check.check(example.text, 'description').crisis,
        ).length;
      const total = CRISIS_CATEGORIES.reduce((sum, category) => sum + caught(category), 0);
      console.log(
        `crises said in a goal (${lang}): ${total} of ${mine.length} caught (${((total / mine.length) * 100).toFixed(1)} %): ${CRISIS_CATEGORIES.map((category) => `${category} ${caught(category)}`).join(', ')}`,
      );
      expect(total).toBeGreaterThanOrEqual(CAUGHT_FLOOR[lang]);
    }
  });
});
