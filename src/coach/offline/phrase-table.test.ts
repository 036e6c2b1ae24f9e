import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseTableBuilder } from './phrase-table.js';

/** The counts, by list, a text's phrases give (what a stem index adds to its word counts). */
function counted(phrases: [string, number][], text: string, lists = 4): number[] {
  const builder = phraseTableBuilder();
  for (const [phrase, list] of phrases) builder.add(phrase, list);
  const table = builder.pack();
  const found = new Array<number>(lists).fill(0);
  table.count(text.split(' '), (list) => found[list]!++);
  return found;
}

/** The same rule written plainly: each distinct phrase the text says counts once for every time a list wrote it. */
function reference(phrases: [string, number][], text: string, lists = 4): number[] {
  const found = new Array<number>(lists).fill(0);
  const said = ` ${text} `;
  for (const phrase of new Set(phrases.map(([phrase]) => phrase)))
    if (said.includes(` ${phrase} `)) for (const [written, list] of phrases) if (written === phrase) found[list]!++;
  return found;
}

describe('phrases of a stem index, packed', () => {
  it('counts a phrase once however often the text says it, and once for each time a list wrote it', () => {
    const phrases: [string, number][] = [
      ['take the bus', 0],
      ['take the bus', 0],
      ['take the bus', 2],
      ['the bus', 1],
    ];
    expect(counted(phrases, 'i take the bus and then take the bus home')).toEqual([2, 1, 1, 0]);
  });

  it('needs every word of the phrase, in order, whole, up to the end of the text', () => {
    const phrases: [string, number][] = [['learn to swim', 0]];
    expect(counted(phrases, 'learn to')).toEqual([0, 0, 0, 0]);
    expect(counted(phrases, 'learn to swimming')).toEqual([0, 0, 0, 0]);
    expect(counted(phrases, 'to learn swim')).toEqual([0, 0, 0, 0]);
    expect(counted(phrases, 'i want to learn to swim')).toEqual([1, 0, 0, 0]);
  });

  it('agrees with the plain rule on any phrases and text', () => {
    const word = fc.constantFrom('a', 'b', 'c', 'на', 'мы');
    const phrase = fc.array(word, { minLength: 2, maxLength: 4 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(phrase, fc.integer({ min: 0, max: 3 })), { maxLength: 12 }),
        fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' ')),
        (phrases, text) => {
          expect(counted(phrases, text)).toEqual(reference(phrases, text));
        },
      ),
      { numRuns: 500 },
    );
  });
});
