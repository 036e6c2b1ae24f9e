import { describe, expect, it } from 'vitest';
import { pack, talk, talkTapping } from '../../../test/factories/offline-cases.js';

// The situation question turned down — "None of these", or words typed instead of a button — is respected: the coach
// never gives the steps of a situation the person declined (`declinedAll`, `pickedAnyway` in understand/questions.ts).

const teen = {
  en: { title: 'be more patient with my teenage son', button: 'Spending time with a teenager' },
  ru: { title: 'стать терпеливее с сыном-подростком', button: 'Время вместе с подростком' },
} as const;

/** The kind's own keys among the first five: the general planning steps (`gen-…`) aside. */
const kindKeys = (keys: string[]) => keys.filter((key) => !key.startsWith('gen-'));

/** Answers the situation question (the one ending in "None of these") with `typed`; taps the kind's button. */
const typing = (locale: 'en' | 'ru', typed: string) => (choices: string[]) =>
  choices.at(-1) === pack.generic.none[locale] ? typed : choices[0]!;

describe('a situation turned down', () => {
  for (const locale of ['en', 'ru'] as const)
    it(`gives the general planning path, not the declined situation's steps, after "None of these" (${locale})`, async () => {
      const { title, button } = teen[locale];
      const tapped = await talkTapping('family', title, '', locale, [button]);
      expect(tapped.asked.at(-1)?.choices).toEqual([button, pack.generic.none[locale]]);
      const none = await talkTapping('family', title, '', locale, []);
      const shared = kindKeys(none.keys).filter((key) => tapped.keys.includes(key));
      expect(shared.length).toBeLessThanOrEqual(2);
      expect(none.keys[0]).toMatch(/^gen-act-/);
    });

  it('keeps the kind’s path when it is not the declined situation’s: a dog’s death after "None" to going back to study', async () => {
    const dog = 'Месяц назад умер наш пёс, ему было 14 лет. Дома очень тихо, я до сих пор не убрала его миску.';
    const none = await talkTapping('grief', 'пережить смерть собаки', dog, 'ru', []);
    expect(none.keys.filter((key) => key.startsWith('grief-pet-')).length).toBeGreaterThanOrEqual(2);
    expect(none.keys.some((key) => key.startsWith('grief-study-'))).toBe(false);
  });

  for (const [locale, typed] of [
    ['en', 'I snap at him when he ignores me'],
    ['ru', 'Я срываюсь на него, когда он не отвечает'],
  ] as const)
    it(`reads the words typed instead of a button for what they name: losing one's temper (${locale})`, async () => {
      const walked = await talk('family', teen[locale].title, '', locale, typing(locale, typed));
      expect(walked.keys.slice(0, 3).every((key) => key.startsWith('fam-temper-'))).toBe(true);
    });

  for (const [locale, typed] of [
    ['en', 'Honestly it is about me, not about him'],
    ['ru', 'Честно говоря, дело во мне, а не в нём'],
  ] as const)
    it(`leads with the typed words when they name nothing and the kind's path is the declined one (${locale})`, async () => {
      const walked = await talk('family', teen[locale].title, '', locale, typing(locale, typed));
      expect(walked.keys[0]).toMatch(/^gen-own-/);
      expect(walked.text).toContain(typed.slice(0, 20));
      expect(walked.keys).not.toContain('fam-teen');
    });
});
