import { describe, expect, it } from 'vitest';
import { pack, talk, talkTapping } from '../../../test/factories/offline-cases.js';

// The situation question turned down — "None of these", or words typed instead of a button — is respected: the
// declined situations' steps go, and typed words are read for what they name or, naming none, lead in the person's own
// words (`declinedAll` in understand/questions.ts, `typedLead` in understand/reader.ts).

const teen = {
  en: { title: 'be more patient with my teenage son', button: 'Spending time with a teenager' },
  ru: { title: 'стать терпеливее с сыном-подростком', button: 'Время вместе с подростком' },
} as const;

/** Answers the situation question (the one ending in "None of these") with `typed`; taps the kind's button. */
const typing = (locale: 'en' | 'ru', typed: string) => (choices: string[]) =>
  choices.at(-1) === pack.generic.none[locale] ? typed : choices[0]!;

describe('a situation turned down', () => {
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
    it(`leads with the typed words, then the kind's steps, when they name none of the buttons (${locale})`, async () => {
      const walked = await talk('family', teen[locale].title, '', locale, typing(locale, typed));
      expect(walked.asked.at(-1)?.choices).toEqual([teen[locale].button, pack.generic.none[locale]]);
      expect(walked.keys[0]).toMatch(/^gen-own-/);
      expect(walked.text).toContain(typed.slice(0, 20));
      expect(walked.keys).not.toContain('fam-teen');
      expect(walked.keys.some((key) => key.startsWith('fam-'))).toBe(true);
    });
});
