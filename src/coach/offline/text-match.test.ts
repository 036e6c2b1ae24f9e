import { describe, expect, it } from 'vitest';
import { compileStems, normalise, words } from './text-match.js';

const countIn = (stems: { en: string[]; ru: string[] }, text: string) => {
  const normalised = normalise(text);
  return compileStems(stems).count(normalised, words(normalised));
};

describe('compiled stems', () => {
  it('matches a phrase only as whole words, wherever it stands in the text', () => {
    const stems = { en: ['quit completely', 'not a drop'], ru: [] };
    expect(countIn(stems, 'I want to quit completely.')).toBe(1);
    expect(countIn(stems, 'Quit completely — not a drop, ever')).toBe(2);
    // "quit" is there, but not followed by "completely"; "a drop" without "not".
    expect(countIn(stems, 'I quit my job and completely changed; a drop of rain')).toBe(0);
    // A word that only starts like the phrase's first word is no start of it.
    expect(countIn(stems, 'quitting completely')).toBe(0);
  });

  it('reads a phrase written with a closing $ as the same whole-word phrase', () => {
    // "find us$" in a safety net never matched: the $ was compared as a character.
    const stems = { en: ['find us$', 'my ex$'], ru: ['в хоре$'] };
    expect(countIn(stems, "I'm scared he will find us.")).toBe(1);
    expect(countIn(stems, 'Пою в хоре по средам')).toBe(1);
    expect(countIn(stems, 'my exam is in May')).toBe(0);
  });

  it('counts each phrase once, however often it stands, and the prefix stems once per word', () => {
    expect(countIn({ en: ['stop smoking', 'smok'], ru: [] }, 'stop smoking, stop smoking, smoke')).toBe(4);
  });

  it("matches a Russian phrase ending in a past verb in a woman's and the plural forms too", () => {
    const stems = { en: [], ru: ['никогда не бегал'] };
    expect(countIn(stems, 'Я никогда не бегала')).toBe(1);
    expect(countIn(stems, 'Мы никогда не бегали')).toBe(1);
    expect(countIn(stems, 'никогда не бегаю')).toBe(0);
  });
});
