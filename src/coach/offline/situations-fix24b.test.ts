import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the twenty-fourth blind read, fixed in general (helper fix24b)', () => {
  it('teaches map and compass from a course and the paper map, and a dead phone is no smartphone lesson', async () => {
    const en = await firstFive(
      'skill',
      'Learn to navigate with a map and compass',
      "I help lead walks in the Lake District. I've always followed the OS Maps app, and last autumn my phone died in thick cloud.",
    );
    expect(en.keys).toEqual([
      'skill-nav-course',
      'skill-nav-kit',
      'skill-nav-basics',
      'skill-nav-low',
      'skill-nav-cloud',
    ]);
    expect(en.keys.some((key) => key.startsWith('skill-phone-'))).toBe(false);
    const ru = await firstFive(
      'skill',
      'Научиться ориентироваться по карте и компасу',
      'Хожу в походы, телефон часто садится.',
      'ru',
    );
    expect(ru.keys[0]).toBe('skill-nav-course');
    expect(ru.keys.some((key) => key.startsWith('skill-phone-'))).toBe(false);
    // A new smartphone keeps its own path.
    const phone = await firstFive(
      'skill',
      'Learn to use my smartphone',
      'My son gave me one; I want to video call him.',
    );
    expect(phone.keys[0]).toBe('skill-phone-ready');
  });

  it('makes fresh pasta from the machine out of its box and a first dough — no "Day 1" redo or frying-pan set-up', async () => {
    const en = await firstFive(
      'skill',
      'Learn to make fresh pasta by hand',
      "I'm on ravioli duty for Christmas Eve. The pasta machine is still in the box. I'm a decent home cook but I've never made dough.",
    );
    expect(en.keys).toEqual([
      'skill-pasta-kit',
      'skill-pasta-dough',
      'skill-pasta-roll',
      'skill-pasta-fill',
      'skill-pasta-plan',
    ]);
    expect(en.text).not.toMatch(/'Day 1'|intermediate-level|frying pan/);
    const ru = await firstFive(
      'skill',
      'Научиться делать домашнюю пасту',
      'Хочу сама лепить равиоли, машинка для пасты есть.',
      'ru',
    );
    expect(ru.keys[0]).toBe('skill-pasta-kit');
    expect(ru.keys).not.toContain('skill-cook-setup');
    // Cooking dinners keeps the cooking path.
    const plain = await firstFive('skill', 'Learn to cook dinners', "I've never cooked anything.");
    expect(plain.keys.some((key) => key.startsWith('skill-pasta-'))).toBe(false);
  });

  it('preserves jars from last year’s cause, one tested recipe, sound jars, a test batch and the seal — never tasting a bulging jar', async () => {
    const ru = await firstFive(
      'skill',
      'Научиться закатывать огурцы и помидоры, чтобы банки не взрывались',
      'Урожай огромный, в прошлом году вздулась половина банок. Рецепты в интернете все разные.',
      'ru',
    );
    expect(ru.keys).toEqual([
      'skill-jar-cause',
      'skill-jar-recipe',
      'skill-jar-kit',
      'skill-jar-test',
      'skill-jar-check',
    ]);
    expect(ru.text).toMatch(/выброси не пробуя/);
    expect(ru.keys).not.toContain('skill-17');
    const en = await firstFive('skill', 'Learn canning and pickling', 'Last summer half my jars went off.');
    expect(en.keys[0]).toBe('skill-jar-cause');
    expect(en.keys).not.toContain('skill-cook-setup');
    // A marinade for the grill is no preserving.
    const grill = await firstFive(
      'skill',
      'Научиться жарить шашлык',
      'Мясо выходит сухим, мариную по рецепту из интернета.',
      'ru',
    );
    expect(grill.keys.some((key) => key.startsWith('skill-jar-'))).toBe(false);
  });

  it('gives a family who ride huskies no dog steps, and a trip with the family dog keeps them', async () => {
    const ru = await firstFive(
      'travel',
      'Провести новогодние каникулы в Карелии с детьми',
      'Детям 6 и 9. Хочется снега, хаски и домик с печкой. Ничего не забронировали.',
      'ru',
    );
    expect(ru.keys.some((key) => key.startsWith('dog-'))).toBe(false);
    expect(ru.keys).toContain('kids-stay');
    const en = await firstFive(
      'travel',
      'Winter trip to Lapland with the kids',
      'We want a husky safari and to see the northern lights.',
    );
    expect(en.keys.some((key) => key.startsWith('dog-'))).toBe(false);
    const dog = await firstFive(
      'travel',
      'Поехать в Карелию с нашей собакой',
      'Едем на машине, собака лабрадор.',
      'ru',
    );
    expect(dog.keys).toContain('dog-stays');
  });

  it('chooses a hut-to-hut route and its stages, then books every hut, before travel and loose days', async () => {
    const en = await firstFive(
      'travel',
      'Do a hut-to-hut hike in the Dolomites',
      "We've only done day hikes. Five or six days next July; the huts book up in January and we've no idea which route to pick.",
    );
    expect(en.keys.slice(1, 4)).toEqual(['trip-walk-route', 'trip-walk-stages', 'trip-walk-beds']);
    expect(en.keys).not.toContain('trip-bed');
    expect(en.keys).not.toContain('trip-plan-days');
    const ru = await firstFive(
      'travel',
      'Пройти по хижинам в Альпах',
      'Неделя в августе, в горах будем впервые.',
      'ru',
    );
    expect(ru.keys).toContain('trip-walk-route');
    expect(ru.keys.indexOf('trip-walk-beds')).toBeGreaterThan(ru.keys.indexOf('trip-walk-stages'));
    // A city break keeps its own path.
    const city = await firstFive('travel', 'Weekend in Rome', 'First time in Italy.');
    expect(city.keys.some((key) => key.startsWith('trip-walk-'))).toBe(false);
  });

  it('no longer tells a nervous interviewee to prepare for nerves "before any answers" after the answers', async () => {
    const en = await firstFive(
      'interview',
      'Get through interviews after being fired from my last job',
      "I've got an interview on Tuesday and I'm dreading the 'why did you leave' question.",
    );
    expect(en.text).not.toMatch(/before you prepare any answers/);
    const ru = await firstFive('interview', 'Пройти собеседование', 'Очень волнуюсь, собеседование в пятницу.', 'ru');
    expect(ru.text).not.toMatch(/ещё до того, как готовить ответы/);
  });
});
