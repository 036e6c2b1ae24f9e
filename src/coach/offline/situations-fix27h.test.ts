import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

const STOVE = ['fix-stovef-stop', 'fix-stovef-check', 'fix-stovef-who', 'fix-stovef-rules', 'fix-stovef-plan'];
const WELL = ['fix-well-safe', 'fix-well-cause', 'fix-well-specs', 'fix-well-quote', 'fix-well-day'];

describe('the twenty-seventh blind read, fixed in general (helper fix27h)', () => {
  it('keeps a smoking or cracked stove unlit until a stove-maker has seen it — never a video and the generic repair steps', async () => {
    const ru = await firstFive(
      'repair',
      'Отремонтировать печку на даче',
      'Печка стала дымить в комнату, сбоку пошла трещина. Сам печей не клал.',
      'ru',
    );
    expect(ru.keys).toEqual(STOVE);
    expect(ru.text).toContain('датчик угарного газа');
    expect(ru.text).toContain('не перекладывают по одному видео');
    const en = await firstFive(
      'repair',
      'Sort out the brick stove in our cottage',
      'It puffs smoke back into the room and there is a crack in the firebox.',
    );
    expect(en.keys).toEqual(STOVE);
    // It is a safety net: a stove goal the person filed elsewhere still gets it.
    const home = await firstFive('home', 'Починить печку в бане', 'Дымит при растопке.', 'ru');
    expect(home.keys[0]).toBe('fix-stovef-stop');
    // A smoking car or a microwave is no stove, and an ordinary repair keeps its path.
    const car = await firstFive(
      'repair',
      'Разобраться, почему дымит машина',
      'Из выхлопной трубы идёт сизый дым.',
      'ru',
    );
    expect(car.keys).not.toContain('fix-stovef-stop');
    const tap = await firstFive('repair', 'Fix the dripping bathroom tap', 'It drips all night.');
    expect(tap.keys).not.toContain('fix-stovef-stop');
    expect(tap.keys).toContain('fix-04');
  });

  it('gives a well pump the power off, never alone, the cause and its own figures — not fence or wiring steps', async () => {
    const en = await firstFive(
      'repair',
      'Swap out the old pump in our borehole',
      "Water pressure keeps fading. I've rebuilt fences and fixed the truck, but I've never done anything electrical out there.",
    );
    expect(en.keys).toEqual(WELL);
    expect(en.text).toMatch(/never work on the well alone/);
    const ru = await firstFive(
      'repair',
      'Заменить глубинный насос',
      'Вода из скважины идёт слабым напором, насос старый. Забор и машину чинил сам, а в электрике не разбираюсь.',
      'ru',
    );
    expect(ru.keys).toEqual(WELL);
    expect(ru.keys).not.toContain('fix-out-measure');
    // A fence job keeps the fence steps.
    const fence = await firstFive('repair', 'Replace two fence panels', 'The storm knocked them down.');
    expect(fence.keys).not.toContain('fix-well-safe');
    expect(fence.keys).toContain('fix-out-measure');
  });

  it('gives a health condition on a road trip breakdown cover and medicines in the cabin — not hand luggage or an import permit', async () => {
    const en = await firstFive(
      'travel',
      'Tow the caravan up the coast to Cairns',
      "We're both over 70 and I have diabetes; we'll take three weeks and stop at caravan parks.",
    );
    expect(en.keys).toContain('trip-health-road-cover');
    expect(en.keys).toContain('trip-health-road-meds');
    expect(en.keys).not.toContain('trip-health-insurance');
    expect(en.keys).not.toContain('trip-health-meds');
    const ru = await firstFive(
      'travel',
      'Доехать на машине до Байкала',
      'Мне 66, у меня гипертония и диабет, за рулём поедем вдвоём с мужем.',
      'ru',
    );
    expect(ru.keys).toContain('trip-health-road-meds');
    expect(ru.text).not.toContain('ручной клади');
    // Flying keeps the travel insurance and the hand-luggage rule.
    const fly = await firstFive('travel', 'Fly to Portugal with my mum', 'She is 79 and has a heart condition.');
    expect(fly.keys).toContain('trip-health-insurance');
    expect(fly.keys).not.toContain('trip-health-road-cover');
  });

  it('reads a trip in their own car named by its make as a road trip — no flights or hotels to book', async () => {
    const ru = await firstFive(
      'travel',
      'Объехать Алтай на уазике',
      'В августе с двумя друзьями, машина моя и старенькая, денег немного.',
      'ru',
    );
    expect(ru.keys).toContain('road-route');
    expect(ru.keys).not.toContain('trip-book-first');
    const en = await firstFive(
      'travel',
      'Take the 4x4 up to Cape York',
      'Two of us, in July, our first long trip off the bitumen.',
    );
    expect(en.keys).toContain('road-route');
    expect(en.keys).not.toContain('trip-book-first');
    // A city break without a car still books the travel first.
    const city = await firstFive('travel', 'Три дня в Стамбуле', 'Летим вдвоём с подругой в мае.', 'ru');
    expect(city.keys).toContain('trip-book-first');
  });

  it('books a pilgrimage through the group that arranges it — not flights and a hotel separately', async () => {
    const ru = await firstFive(
      'travel',
      'Съездить с отцом в паломничество в Иерусалим',
      'Отцу 81, ходит медленно. Хотим на Пасху, с группой от нашего прихода.',
      'ru',
    );
    expect(ru.keys).toContain('trip-pilg-group');
    expect(ru.keys).not.toContain('trip-book-first');
    expect(ru.keys).not.toContain('trip-bed');
    const en = await firstFive(
      'travel',
      'Do umrah with my husband',
      'Our first time, in the spring, and neither of us has been to Saudi.',
    );
    expect(en.keys).toContain('trip-pilg-book');
    expect(en.keys).not.toContain('trip-book-first');
    expect(en.keys).not.toContain('trip-bed');
    // A holiday that is no pilgrimage still books its bed.
    const beach = await firstFive('travel', 'A week in Crete', "We haven't booked anything yet.");
    expect(beach.keys).not.toContain('trip-pilg-book');
  });

  it('makes a home safe for someone with dementia or falls — dangers, the night route, the cooker — not decluttering boxes', async () => {
    const en = await firstFive(
      'home',
      'Make the house safer for my father',
      "He has Alzheimer's now, gets up in the night and has fallen twice on the way to the bathroom.",
    );
    expect(en.keys.slice(0, 2)).toEqual(['home-safe-list', 'home-safe-night']);
    expect(en.keys).not.toContain('home-15');
    const ru = await firstFive(
      'home',
      'Обезопасить квартиру для бабушки',
      'Ей 86, деменция. Недавно забыла выключить газ, я на работе до вечера.',
      'ru',
    );
    expect(ru.keys).toContain('home-safe-cooker');
    expect(ru.keys).not.toContain('home-15');
    expect(ru.keys).not.toContain('home-17');
    // Sorting a parent's things with them keeps its own steps.
    const sort = await firstFive('home', "Sort out my mum's spare room with her", 'She wants to keep everything.');
    expect(sort.keys).not.toContain('home-safe-list');
  });

  it('gives someone who says they have no tablet no drawing-app steps', async () => {
    const ru = await firstFive(
      'creative',
      'Нарисовать мангу про младшую сестру',
      'Планшета у меня нет, рисую простым карандашом в скетчбуке, хочу страниц восемь.',
      'ru',
    );
    expect(ru.keys).not.toContain('cre-dig-setup');
    expect(ru.keys).not.toContain('cre-dig-layers');
    const en = await firstFive(
      'creative',
      'Draw a short comic about our dog',
      "I don't have a tablet or any drawing app, just paper and felt tips.",
    );
    expect(en.keys).not.toContain('cre-dig-setup');
    // Someone drawing on their tablet keeps the app steps.
    const ipad = await firstFive('creative', 'Learn to draw on my new iPad', 'I bought an Apple Pencil last week.');
    expect(ipad.keys).toContain('cre-dig-setup');
  });
});
