import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);
const tapped = tapThrough(coach);
const stock = (keys: string[]) => keys.some((key) => key.startsWith('skill-stock-'));

describe('the twenty-ninth blind read, fixed in general (helper fix29g)', () => {
  it('lets only words for doing the animal work take a goal from another kind — not a milking crew or a lambing season', async () => {
    const crew = await firstFive(
      'language',
      'Learn enough Spanish to run the milking crew myself',
      'We milk 400 cows and the whole crew is from Michoacán.',
    );
    expect(stock(crew.keys)).toBe(false);
    const sleep = await firstFive(
      'sleep',
      'Высыпаться во время окота',
      'Держим овец, ночью каждые два часа обхожу кошару.',
      'ru',
    );
    expect(stock(sleep.keys)).toBe(false);
    // Near misses: doing the work still claims the goal from any kind, and inside this kind the broad words still act.
    for (const kind of ['generic', 'family', 'creative']) {
      const cow = await firstFive(kind, 'Learn to milk our cow', 'We bought a house cow in spring.');
      expect(cow.keys[0], kind).toBe('skill-stock-teacher');
      const lamb = await firstFive(kind, 'Help with lambing for the first time', 'My uncle has 200 ewes.');
      expect(lamb.keys[0], kind).toBe('skill-stock-teacher');
      const ru = await firstFive(kind, 'Научиться доить корову', 'Купили корову весной.', 'ru');
      expect(ru.keys[0], kind).toBe('skill-stock-teacher');
    }
    const ruLambing = await firstFive('skill', 'Освоить окот', 'Первый год держим овец.', 'ru');
    expect(ruLambing.keys[0]).toBe('skill-stock-teacher');
    const milking = await firstFive('skill', 'Get better at milking', 'Two goats, complete beginner.');
    expect(milking.keys[0]).toBe('skill-stock-teacher');
  });

  it('gives riding a horse an instructor, the hat, the horse met on the ground and the first rides led — never an exercise alone', async () => {
    const HORSE = [
      'skill-horse-teacher',
      'skill-horse-kit',
      'skill-horse-ground',
      'skill-horse-first',
      'skill-horse-rule',
    ];
    const ru = await tapped(
      'skill',
      'Научиться ездить верхом',
      'Мне 46, свёкор подобрал мне спокойную кобылу. А я лошадей боюсь с детства — в лагере один раз сбросила. Хочу к осени хотя бы шагом уверенно держаться в седле.',
      'ru',
    );
    expect(ru.keys).toEqual(HORSE);
    const en = await tapped(
      'skill',
      'Learn to ride a horse',
      'I was thrown as a child and I am still scared of horses.',
    );
    expect(en.keys).toEqual(HORSE);
    const better = await firstFive(
      'skill',
      'Get better at horse riding',
      'I ride a couple of times a year on holiday.',
    );
    expect(better.keys[0]).toBe('skill-horse-teacher');
    expect(better.keys).not.toContain('skill-16');
    // Near misses: skiing keeps its club steps, and a bike seat is no horse.
    const ski = await tapped('skill', 'Learn to ski', 'Never been on skis.', 'en', ['Sailing']);
    expect(ski.keys[0]).toBe('skill-coach-book');
    const bike = await tapped(
      'skill',
      'Научиться кататься на велосипеде',
      'Боюсь упасть, в седле держусь плохо.',
      'ru',
      ['Научиться кататься'],
    );
    expect(bike.keys.some((key) => key.startsWith('skill-horse-'))).toBe(false);
  });

  it('reads weekday evenings and Sundays as both windows — not Sundays alone', async () => {
    const en = await firstFive(
      'exam',
      'Get 2800 in the UCAT',
      "I'm sitting it on 14 August. My first timed mock came out at 2350. I've got a Saturday job, so revision is weekday evenings and Sundays.",
    );
    expect(en.text).toContain('on weekday evenings and on Sundays');
    const ru = await firstFive('exam', 'Сдать ЕГЭ по химии', 'Готовиться могу по вечерам и по воскресеньям.', 'ru');
    expect(ru.text).toContain('по вечерам в будни и по воскресеньям');
    // Near miss: Sundays alone stay Sundays.
    const sunday = await firstFive('exam', 'Pass the theory test', 'I can only revise on Sundays.');
    expect(sunday.text).not.toContain('weekday evenings');
  });

  it("reads reapplying for one's own job as an internal interview — no research into the organisation", async () => {
    const en = await tapped(
      'interview',
      'Interview for my own job after a restructure',
      "Nine of us are reapplying for six roles and my interview is Friday the 14th. I've been at the company 11 years.",
      'en',
      ['A new role'],
    );
    expect(en.keys).not.toContain('intv-02');
    const ru = await tapped(
      'interview',
      'Собеседование на свою же должность',
      'После реорганизации всех заново оценивают, я проработала в компании девять лет.',
      'ru',
      ['Новая должность'],
    );
    expect(ru.keys).not.toContain('intv-02');
    // Near miss: an interview at a new employer keeps its research.
    const other = await tapped(
      'interview',
      'Job interview at a logistics firm',
      'It is on Monday, first interview in years.',
    );
    expect(other.keys).toContain('intv-02');
  });

  it("reads someone who only splashes where they can stand as a non-swimmer — beginners' lessons, not an improvers' group", async () => {
    const en = await tapped(
      'skill',
      'Learn to swim properly',
      "I'm 17 and live in a fishing village near Kisumu. Everyone assumes I can swim because my dad's a fisherman, but I only splash around where I can stand. My uncle wants me on his boat when school closes in November and I'm too ashamed to tell him.",
    );
    expect(en.keys[0]).toBe('skill-swim-plan');
    expect(en.keys).not.toContain('skill-swim-back-plan');
    expect(en.asked.map((question) => question.question).join(' ')).not.toContain('where are you');
    const ru = await tapped(
      'skill',
      'Научиться нормально плавать',
      'Честно, только барахтаюсь там, где достаю до дна.',
      'ru',
    );
    expect(ru.keys[0]).toBe('skill-swim-plan');
    // Near miss: a swimmer back after years keeps the improvers' steps.
    const back = await tapped(
      'skill',
      'Get back into swimming',
      'I swam at school and can do a few lengths, but stopped ten years ago.',
      'en',
      ['Coming back'],
    );
    expect(back.keys).toContain('skill-swim-back-plan');
  });
});
