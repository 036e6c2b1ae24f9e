import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { russianWords } from '../../src/coach/safety/translit.js';
import { loadSafetyBackground } from '../../src/content/load-safety-background.js';
import { loadSafetyCorpus } from '../../src/content/load-safety-corpus.js';
import { sharedCrisisCheck } from '../factories/safety.js';
import { LATIN_HABITS, typeInLatin } from './latin-typing.js';

const corpus = loadSafetyCorpus();
const background = loadSafetyBackground();
if (!corpus.ok || !background.ok) throw new Error('safety content has problems: npm run check:content');
const check = sharedCrisisCheck();
const russian = corpus.examples.filter((example) => example.lang === 'ru').map((example) => example.text);
// The words the screen knows, as its reader is built (src/main/trained-crisis-check.ts).
const known = russianWords([...corpus.examples.map((example) => example.text), ...background.texts]);
const HABITS = Object.keys(LATIN_HABITS) as (keyof typeof LATIN_HABITS)[];

/**
 * Whether every word of a message, typed in Latin the habit's way, reads back as itself. Where two words share
 * a Latin spelling («шью» and «щью» are both `wju` on a phone) the more frequent is read; such a message may
 * read a little differently, and is left out of the property.
 */
const readsBack = (text: string, habit: keyof typeof LATIN_HABITS) =>
  (
    text
      .toLowerCase()
      .replace(/ё/g, 'е')
      .match(/[а-я]+/g) ?? []
  ).every((word) => known.read(typeInLatin(word, habit)) === word);

describe('Russian typed in Latin letters', () => {
  it.each(HABITS)(
    'gets the finding it gets in Cyrillic, for every corpus message (%s habit)',
    (habit) => {
      const read = russian.filter((text) => readsBack(text, habit));
      const differ = read.filter((text) => check.check(typeInLatin(text, habit)).crisis !== check.check(text).crisis);
      console.log(
        `${habit} habit: ${read.length} of ${russian.length} Russian corpus messages read back word for word; ` +
          `${differ.length} get another finding in Latin letters`,
      );
      expect(read.length / russian.length).toBeGreaterThan(0.85);
      expect(differ).toEqual([]);
      // About 8,600 messages read twice each: ~8 s on a quiet machine, three times that beside other suites.
    },
    60_000,
  );

  it('gets the same finding when only some of the words are typed in Latin (mixed scripts)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...russian),
        fc.constantFrom(...HABITS),
        fc.infiniteStream(fc.boolean()),
        (text, habit, coin) => {
          fc.pre(readsBack(text, habit));
          const mixed = text
            .split(' ')
            .map((word) => (coin.next().value ? typeInLatin(word, habit) : word))
            .join(' ');
          expect(check.check(mixed).crisis).toBe(check.check(text).crisis);
        },
      ),
      { numRuns: 300, seed: 53 },
    );
  });
});
