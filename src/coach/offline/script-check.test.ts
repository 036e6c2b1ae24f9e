import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { corpusWalks } from '../../../test/factories/corpus-walks.js';
import type { CoachPack } from '../../content/load-coach-pack.js';
import { createOfflineCoach } from './offline-coach.js';
import { foreignWords } from './script-check.js';

const { pack, model, coach } = shippedOfflineCoach();

describe('the language check on a rendered step', () => {
  it('finds Cyrillic in an English step, but not the words the person wrote themselves', () => {
    expect(foreignWords('Write down what «плавание» means to you', 'en', 'learn to swim')).toEqual(['плавание']);
    expect(foreignWords("Put 'Дача' in your calendar", 'en', 'fix the roof at the Дача')).toEqual([]);
  });

  it('finds an English word in a Russian step, but not a quoted name, a brand, a bot command or an address', () => {
    expect(foreignWords('Отправь /exercise emotional_checkin и ответь', 'ru', '')).toEqual(['emotional_checkin']);
    expect(foreignWords('Сделай practice каждый день', 'ru', '')).toEqual(['practice']);
    const allowed = 'Отправь /exercise «Письмо себе», найди «habit reversal», открой Excel или lichess.org, маска FFP2';
    expect(foreignWords(allowed, 'ru', '')).toEqual([]);
    expect(foreignWords('Повтори песню wonderwall', 'ru', 'сыграть wonderwall на гитаре')).toEqual([]);
  });
});

/** The pack with the wording in `locale` of the kind's step `key` changed to `text`. */
function withStep(kindId: string, key: string, locale: 'en' | 'ru', text: string): CoachPack {
  const copy = structuredClone(pack);
  const kind = copy.types.find((item) => item.id === kindId)!;
  kind.steps.find((step) => step.key === key)!.text[locale] = text;
  return copy;
}

describe('a step that would mix languages or show an empty slot is never shown', () => {
  for (const [locale, text] of [
    ['en', 'Write down your goal in a note called «Цель» and read it every morning.'],
    ['ru', 'Запиши цель в заметку и перечитывай её каждое morning.'],
    ['en', 'Write «{said}» at the top of a note and read it every morning.'],
  ] as const)
    it(`skips "${text}" for the next step on the path (${locale})`, async () => {
      const title = locale === 'en' ? 'Get fitter' : 'Стать выносливее';
      const first = (await firstFiveWith(coach)('fitness', title, '', locale)).keys[0]!;
      const broken = createOfflineCoach(withStep('fitness', first, locale, text), model);
      const after = await firstFiveWith(broken)('fitness', title, '', locale);
      expect(after.keys).not.toContain(first);
      expect(after.text).not.toContain(text.slice(0, 20));
    });
});

describe('no step of the shipped pack mixes languages', () => {
  it('gives every sampled corpus goal five steps with no word of the other language but the person’s own', async () => {
    const walks = await corpusWalks(coach, pack);
    const mixed = walks.flatMap((walk) =>
      walk.texts.flatMap((text) => {
        const words = foreignWords(text, walk.lang, `${walk.title}\n${walk.description}`);
        return words.length > 0 ? [`${walk.lang}: ${walk.title}: ${words.join(', ')}`] : [];
      }),
    );
    expect(mixed).toEqual([]);
  }, 120_000);

  it('gives every kind’s example goals, walked as that kind in both languages, steps in their language', async () => {
    const mixed: string[] = [];
    for (const kind of pack.types)
      for (const example of kind.examples) {
        const { texts } = await firstFiveWith(coach)(kind.id, example.title, example.description ?? '', example.lang);
        for (const text of texts) {
          const words = foreignWords(text, example.lang, `${example.title}\n${example.description ?? ''}`);
          if (words.length > 0) mixed.push(`${kind.id} ${example.lang}: ${example.title}: ${words.join(', ')}`);
        }
      }
    expect(mixed).toEqual([]);
  }, 120_000);
});
