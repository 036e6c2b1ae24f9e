import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the forty-eighth blind read, fixed in general (helper fix48N)', () => {
  it('gives a pet dog that pulls or lunges on the lead safe gear, a reward-based trainer and the stop game', async () => {
    const en = await tap(
      'generic',
      'teach my labrador loose lead walking',
      'He is two, very strong, and drags me towards every cat. I walk him every morning.',
      'en',
    );
    expect(en.keys.slice(0, 3)).toEqual(['skill-dogpull-gear', 'skill-dogpull-trainer', 'skill-dogpull-stop']);
    const ru = await tap(
      'generic',
      'отучить собаку тянуть на прогулке',
      'Взяли из приюта овчарку, она кидается на велосипеды и других собак.',
      'ru',
    );
    expect(ru.keys).toContain('skill-dogpull-gear');
    expect(ru.keys).toContain('skill-dogpull-distance');
    // A working dog keeps its own steps; a longer daily walk keeps habit's.
    const stock = await tap(
      'skill',
      'train my heading dog for the muster',
      'A young huntaway pup, I work after hours.',
    );
    expect(stock.keys.some((key) => key.startsWith('skill-dogpull-'))).toBe(false);
    const walk = await tap(
      'habit',
      'walk the dog for an hour every day',
      'Right now it is ten minutes round the block.',
    );
    expect(walk.keys.some((key) => key.startsWith('skill-dogpull-'))).toBe(false);
    // Lunges at the gym are no dog lunging.
    const gym = await tap(
      'fitness',
      'do 50 lunges at the gym without stopping',
      "I'm 40 and go to the gym twice a week.",
    );
    expect(gym.keys.some((key) => key.startsWith('skill-dogpull-'))).toBe(false);
  });

  it('takes a goal about saying no from generic to social’s saying-no steps', async () => {
    const en = await tap(
      'generic',
      'learn to say no when colleagues and my brother ask for favours',
      'I end up covering shifts and lending money, and then I have nothing left for myself.',
      'en',
      ['Learning to say no'],
    );
    expect(en.keys[0]).toBe('soc-no-list');
    expect(en.keys).toContain('soc-no-first');
    const ru = await tap(
      'generic',
      'научиться отказывать соседям и родне',
      'Постоянно прошу потом прощения и всё равно иду помогать.',
      'ru',
      ['Научиться отказывать'],
    );
    expect(ru.keys).toContain('soc-no-words');
    // «Отказаться» from something is no saying no to people.
    const near = await tap('generic', 'отказаться от лишнего в жизни', 'Хочу жить проще.', 'ru');
    expect(near.keys.some((key) => key.startsWith('soc-no-'))).toBe(false);
  });

  it('keeps a new phone’s second task on the video call itself when the call is the goal', async () => {
    const en = await tap(
      'skill',
      'learn to use my tablet to FaceTime my son',
      "I'm 81 and my grandson set it up, but I can never find how to answer when he calls.",
      'en',
      ['Using a smartphone'],
    );
    expect(en.keys).toContain('skill-phone-answer');
    expect(en.keys).not.toContain('skill-phone-second');
    const ru = await tap(
      'skill',
      'освоить смартфон',
      'Мне 77, дочь подарила телефон, хочу сама звонить по видео внукам.',
      'ru',
      ['Освоить смартфон'],
    );
    expect(ru.keys).toContain('skill-phone-answer');
    // No video call named: the second task stays.
    const near = await tap(
      'skill',
      'освоить смартфон',
      'Мне 75, подарили новый телефон, хочу сама записываться к врачу.',
      'ru',
      ['Освоить смартфон'],
    );
    expect(near.keys).toContain('skill-phone-second');
    expect(near.keys).not.toContain('skill-phone-answer');
  });

  it('books a certified hands-on first-aid course, with a kit and drills, instead of one short video', async () => {
    const en = await tap(
      'skill',
      'get proper first-aid skills before I lead school camping trips',
      "I'm a teacher; the nearest hospital from the camp is two hours away.",
    );
    expect(en.keys.slice(0, 2)).toEqual(['skill-aid-course', 'skill-aid-kit']);
    expect(en.keys).not.toContain('skill-03');
    const ru = await tap(
      'skill',
      'выучить первую помощь',
      'Летом работаю вожатой в лагере в лесу, до больницы далеко.',
      'ru',
    );
    expect(ru.keys).toContain('skill-aid-course');
    const near = await tap('skill', 'learn to sew my own curtains', 'I have a sewing machine but never used it.');
    expect(near.keys.some((key) => key.startsWith('skill-aid-'))).toBe(false);
  });

  it('gives a pace bowler his overs built up, hard-ball nets and a length target, not ball touch at a wall', async () => {
    const en = await tap(
      'sport',
      'get into the county under-15 squad',
      "I'm 14 and a seam bowler; we mostly play tape-ball in the street. My back got sore after a long spell last season.",
      'en',
      ['Already', 'A team sport'],
    );
    expect(en.keys).toContain('sport-bowl-load');
    expect(en.keys).not.toContain('sport-team-ball');
    const ru = await tap(
      'sport',
      'попасть в сборную области по крикету',
      'Мне 17, я быстрый боулер, играю за клуб третий сезон.',
      'ru',
      ['Уже', 'Командный'],
    );
    expect(ru.keys).toContain('sport-bowl-hard');
    // A batter is no bowler; ten-pin bowling is no cricket.
    const near = await tap(
      'sport',
      'make the first XI as an opening batter',
      "I'm 16 and play for the club's second XI every Saturday.",
      'en',
      ['Already', 'A team sport'],
    );
    expect(near.keys.some((key) => key.startsWith('sport-bowl-'))).toBe(false);
  });

  it('reads one bad moment told about ("I once froze") as no comeback, so no doctor’s check', async () => {
    const en = await tap(
      'sport',
      'lead my first 6b on real rock this summer',
      "I'm 31 and climb four times a week at the gym around 6c. I once panicked at the top of a route and had to be lowered.",
      'en',
      ['Climbing outdoors'],
    );
    expect(en.keys).not.toContain('sport-check');
    const near = await tap(
      'sport',
      'lead my first 6b on real rock this summer',
      "I'm 31. I used to climb 6c at uni but stopped for eight years, and I'm getting back to it now.",
      'en',
      ['Climbing outdoors'],
    );
    expect(near.keys).toContain('sport-check');
  });

  it('drops choosing a town and the valuation once the retirement unit is chosen and the sale has a settlement date', async () => {
    const en = await tap(
      'moving',
      'downsize into a retirement flat',
      "I'm 80. My new unit at the village has one bedroom; settlement day is 2 May and my daughter can help for a week.",
      'en',
      ['None'],
    );
    expect(en.keys).not.toContain('down-agree');
    expect(en.keys).not.toContain('down-visit');
    expect(en.keys).not.toContain('down-value');
    expect(en.keys).toContain('down-sort');
    const near = await tap(
      'moving',
      'downsize to a retirement village',
      "I'm 78 and the house is too big for me now; I haven't picked a village yet.",
      'en',
      ['Moving to a smaller home'],
    );
    expect(near.keys).toContain('down-agree');
  });

  it('books the journey to a walk’s start after its stages and beds, not “what sells out first”', async () => {
    const en = await tap(
      'travel',
      'walk the West Highland Way',
      'Three weeks in September with my husband; nothing booked yet.',
      'en',
      ['A long-distance walk'],
    );
    expect(en.keys).toContain('trip-walk-travel');
    expect(en.keys).not.toContain('trip-book-first');
    expect(en.keys.indexOf('trip-walk-travel')).toBeGreaterThan(en.keys.indexOf('trip-walk-beds'));
    const ru = await tap(
      'travel',
      'пройти пешком Путь святого Иакова',
      'Две недели в октябре, вдвоём с подругой, ещё ничего не бронировали.',
      'ru',
      ['Многодневный пеший маршрут'],
    );
    expect(ru.keys).toContain('trip-walk-stages');
    expect(ru.keys).not.toContain('trip-book-first');
    const near = await tap('travel', 'a week in Lisbon', 'Flying with a friend in May, nothing booked yet.', 'en', [
      'None',
    ]);
    expect(near.keys).not.toContain('trip-walk-travel');
  });
});
