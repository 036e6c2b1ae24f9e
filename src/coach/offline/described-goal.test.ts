import { describe, expect, it } from 'vitest';
import { levelsOf } from '../../content/coach-pack.schema.js';
import { contextFrom } from '../../../test/factories/coach-context.js';
import { fiveSteps } from '../../../test/factories/first-five.js';
import { coach, firstFive, pack, slots, talk } from '../../../test/factories/offline-cases.js';
import { tapping } from '../../../test/factories/converse.js';

// What a person writes about their goal changes its steps: a described goal placed outside the kinds starts from their
// own words (`gen-own-…` quoting the description: `understand/particulars.ts`), on every step; a level said with its
// number (a rating, a speed) gets no starter step; a professional's clearance lets the other signs give the level.

type Locale = 'en' | 'ru';
const other = (locale: Locale) => tapping([pack.generic.other[locale]]);

const library = {
  en: {
    title: 'Start a little free library on our street',
    description:
      'Our residents association said yes, I have 300 euros and an old kitchen cabinet to turn into the box.',
    quoted: 'I have 300 euros and an old kitchen cabinet',
    else: 'I walk past the empty corner by the bus stop every day.',
  },
  ru: {
    title: 'Открыть маленькую библиотеку во дворе',
    description: 'Живу в Казани, ТСЖ не против. Есть старый кухонный шкаф и 5000 рублей на краску и полки.',
    quoted: 'Есть старый кухонный шкаф и 5000 рублей',
    else: 'Каждый день прохожу мимо пустого угла у остановки и думаю об этом.',
  },
} as const;

describe('a described goal placed outside the kinds', () => {
  for (const locale of ['en', 'ru'] as const) {
    const goal = library[locale];

    it(`starts from what the person wrote, quoted, and the goal as its outcome (${locale})`, async () => {
      const walked = await talk(null, goal.title, goal.description, locale, other(locale));
      expect(walked.keys.slice(0, 3)).toEqual(['gen-own-outcome', 'gen-own-obstacle', 'gen-own-action']);
      expect(walked.texts[0]).toContain(goal.quoted);
      expect(walked.texts[2]).toContain(goal.title);
      const elsewhere = await talk(null, goal.title, goal.else, locale, other(locale));
      expect(elsewhere.texts[0]).not.toEqual(walked.texts[0]);
      // The bare title has nothing of theirs to quote: the general steps, as before.
      const bare = await talk(null, goal.title, '', locale, other(locale));
      expect(bare.keys.some((key) => key.startsWith('gen-own-'))).toBe(false);
    });

    it(`keeps that path on every later step, once the general path is stored on the goal (${locale})`, async () => {
      const walked = await talk(null, goal.title, goal.description, locale, other(locale));
      const clarifications = walked.asked.map((asked) => ({
        question: asked.question,
        answer: other(locale)(asked.choices ?? []),
      }));
      const stored = await fiveSteps(
        coach,
        contextFrom(
          {
            goal: { id: 'g', title: goal.title, description: goal.description, goalType: 'generic' },
            clarifications,
            locale,
            mayAsk: false,
          },
          [],
        ),
      );
      expect(stored.keys).toEqual(walked.keys);
    });
  }

  it('never writes a danger the description names up as the goal to pursue', async () => {
    const walked = await talk(
      null,
      'Продать материнский капитал',
      'Нашёл контору, которая обналичит сертификат за 30 процентов, деньги нужны на долги.',
      'ru',
      other('ru'),
    );
    expect(walked.keys[0]).toMatch(/^hz-/);
    expect(walked.keys.some((key) => key.startsWith('gen-own-'))).toBe(false);
  });
});

/** Whether a step is only for someone starting out: its levels leave out `active`. */
const startersIn = (keys: string[]) => {
  const steps = new Map(pack.types.flatMap((kind) => kind.steps.map((step) => [step.key, step])));
  return keys.filter((key) => {
    const step = steps.get(key.split(':')[0]!);
    return step !== undefined && !levelsOf(step).includes('active');
  });
};

describe('a level said with its number', () => {
  it.each<[Locale, string, string, string]>([
    [
      'en',
      'Get to 2000 on lichess',
      "I'm rated 1750 in rapid and can study an hour a day.",
      'I want to get better at chess and can study an hour a day.',
    ],
    [
      'ru',
      'Поднять рейтинг на личесс до 2000',
      'Мой рейтинг 1750 в рапиде, могу заниматься час в день.',
      'Хочу лучше играть в шахматы, могу заниматься час в день.',
    ],
  ])('%s: a rating of their own gets no starter step', async (locale, title, rated, unrated) => {
    expect(slots.read(title, [rated]).level).toBe('active');
    const without = await firstFive('skill', title, unrated, locale);
    expect(startersIn(without.keys)).not.toEqual([]);
    const steps = await firstFive('skill', title, rated, locale);
    expect(startersIn(steps.keys)).toEqual([]);
  });

  it.each<[Locale, string, string, string]>([
    [
      'en',
      'Get back to running',
      'My physio cleared me after the ankle sprain. I used to run 30 km a week.',
      'I sprained my ankle in spring. I used to run 30 km a week.',
    ],
    [
      'ru',
      'Вернуться к бегу',
      'Физиотерапевт разрешил бегать после растяжения. Раньше бегал по 30 км в неделю.',
      'Весной растянул связки на лодыжке. Раньше бегал по 30 км в неделю.',
    ],
  ])(
    '%s: cleared by a professional, the injury no longer makes a beginner',
    async (locale, title, cleared, injured) => {
      expect(slots.read(title, [injured]).level).toBe('beginner');
      expect(slots.read(title, [cleared]).level).toBe('returning');
      const before = await firstFive('fitness', title, injured, locale);
      const after = await firstFive('fitness', title, cleared, locale);
      expect(after.keys).not.toEqual(before.keys);
    },
  );
});
