import { describe, expect, it } from 'vitest';
import { compileStems, indexStems, normalise, words } from './text-match.js';

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
  it('matches a word a person put in single quotes, and a possessive written with or without its apostrophe', () => {
    // A seller's claim quoted ('turnkey', 'guaranteed sites') kept its quote marks and matched no stem.
    const scheme = { en: ['turnkey', 'guaranteed sites'], ru: ['под ключ'] };
    expect(countIn(scheme, "A 'turnkey' vending route in 'guaranteed sites', deposit by Friday")).toBe(2);
    expect(countIn(scheme, 'Точка ‘под ключ’, задаток до пятницы')).toBe(1);
    const home = { en: ["my parents' place", "don't"], ru: [] };
    expect(countIn(home, "Moving back to my parents' place")).toBe(1);
    expect(countIn(home, 'Moving back to my parents place')).toBe(1);
    // An apostrophe inside a word stays: "don't" is no "don" or "t".
    expect(countIn(home, "I don't know")).toBe(1);
    expect(countIn({ en: ['don$'], ru: [] }, "I don't know")).toBe(0);
  });
});

describe('an index of many stem lists', () => {
  const lists = [
    { en: ['smok', 'smoke$', 'stop smoking'], ru: ['кур'] },
    { en: ['run', 'running late'], ru: ['бегал', 'никогда не бегал'] },
    { en: ['tea$', 'strong tea'], ru: ['чифир'] },
    { en: ['late$'], ru: ['поздно'] },
  ];
  const index = indexStems(lists);
  const read = (text: string) => {
    const normalised = normalise(text);
    return { normalised, tokens: words(normalised) };
  };

  it.each([
    'stop smoking, stop smoking, smoke',
    "I'm running late again and smoking on the way",
    'Strong tea and chifir on night shifts, then I run',
    'Я никогда не бегала, курю с 16 лет, чифир по ночам',
    'tearful and teasing',
  ])('counts every list as its own matcher does: %j', (text) => {
    const { normalised, tokens } = read(text);
    expect([...index.counts(normalised, tokens)]).toEqual(
      lists.map((stems) => compileStems(stems).count(normalised, tokens)),
    );
  });

  it('counts the words and phrases of each list apart', () => {
    const { normalised, tokens } = read("I'm running late again and smoking, then strong tea");
    // smoking; running + "running late"; "strong tea" + tea; late.
    expect([...index.counts(normalised, tokens)]).toEqual([1, 2, 2, 1]);
  });

  it('names the first list the text covers, or -1 for none', () => {
    const late = read("I'm always late");
    expect(index.first(late.normalised, late.tokens)).toBe(3);
    const none = read('tearful and teasing');
    expect(index.first(none.normalised, none.tokens)).toBe(-1);
  });

  it('counts a word once for a list even when two of its stems start it', () => {
    const { normalised, tokens } = read('smoke');
    expect(index.counts(normalised, tokens)[0]).toBe(1);
  });
});
