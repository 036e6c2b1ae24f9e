import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the twenty-sixth blind read, fixed in general (helper fix26e2)', () => {
  it('gives walking on a prosthetic leg the prosthetist, the skin check and slopes — not a gentle flat walk', async () => {
    const en = await firstFive(
      'fitness',
      'Walk up hills again on my prosthetic leg',
      'Below-knee amputee since an accident. Flat pavements are fine now, hills and gravel are not.',
    );
    expect(en.keys[0]).toBe('fit-limb-plan');
    expect(en.keys).toContain('fit-limb-skin');
    expect(en.keys).toContain('fit-limb-slope');
    expect(en.keys).not.toContain('fit-14');
    expect(en.keys).not.toContain('fit-04');
    expect(en.keys).not.toContain('fit-23');
    const ru = await firstFive(
      'fitness',
      'Ходить в походы на протезе',
      'После ампутации ниже колена хожу по городу спокойно, а в горку быстро выдыхаюсь.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fit-limb-plan');
    expect(ru.keys).toContain('fit-limb-slope');
    expect(ru.keys).not.toContain('fit-14');
    expect(ru.keys).not.toContain('fit-knee-check');
    // A bad knee with no prosthesis keeps the knee steps.
    const knee = await firstFive('fitness', 'Get in shape', 'My left knee aches on stairs.');
    expect(knee.keys).not.toContain('fit-limb-plan');
    expect(knee.keys).toContain('fit-knee-check');
  });

  it('gives gaining weight and muscle more food and bodyweight strength — not a gentle walk or a weight-loss plate', async () => {
    const ru = await firstFive(
      'fitness',
      'Поправиться и нарастить мышцы',
      'Я очень худой, 60 кг при росте 180. Живу в общежитии, на спортзал денег нет.',
      'ru',
    );
    expect(ru.keys).toContain('fit-gain-meal');
    expect(ru.keys).toContain('fit-gain-strength');
    expect(ru.keys).not.toContain('fit-14');
    expect(ru.keys).not.toContain('fit-weight-plate');
    const en = await firstFive('fitness', 'Put on weight and bulk up', "I'm 20 and too skinny, nothing fits me.");
    expect(en.keys).toContain('fit-gain-meal');
    expect(en.keys).toContain('fit-gain-protein');
    expect(en.keys).not.toContain('fit-14');
    // Losing weight keeps the weight-loss path.
    const lose = await firstFive('fitness', 'Lose weight before summer', 'I sit at a desk all day.');
    expect(lose.keys).not.toContain('fit-gain-meal');
    expect(lose.keys).toContain('fit-weight-plate');
  });

  it('gives walking more a walk every day in the calendar — not three sessions with rest days or a strength routine', async () => {
    const en = await firstFive('fitness', 'Get my steps up', 'Desk job, I rarely break 3,000 steps a day.');
    expect(en.keys).toContain('fit-walk-daily');
    expect(en.keys).not.toContain('fit-06');
    expect(en.keys).not.toContain('fit-04');
    const ru = await firstFive(
      'fitness',
      'Больше ходить пешком',
      'Работаю из дома, за день набирается пара тысяч шагов.',
      'ru',
    );
    expect(ru.keys).toContain('fit-walk-daily');
    expect(ru.keys).not.toContain('fit-06');
    // A general beginner still gets sessions with rest days.
    const general = await firstFive('fitness', 'Get in better shape', 'Sedentary, but healthy.');
    expect(general.keys).not.toContain('fit-walk-daily');
  });

  it('gives someone who has never exercised one gentle session, not a second gentle walk after it', async () => {
    const ru = await firstFive(
      'fitness',
      'Сбросить к лету',
      'Никогда не занималась спортом, на людях стесняюсь, денег на зал нет.',
      'ru',
    );
    expect(ru.keys).toContain('fit-short-first');
    expect(ru.keys).not.toContain('fit-14');
    expect(ru.keys).not.toContain('fit-watched-quiet');
    const en = await firstFive(
      'fitness',
      'Get moving again',
      "I haven't done any sport in years and I'm out of breath on stairs.",
    );
    expect(en.keys).toContain('fit-short-first');
    expect(en.keys).not.toContain('fit-14');
    // A beginner who names no long gap keeps the gentle walk.
    const walker = await firstFive('fitness', 'Get in shape', 'I have a bad back and sit all day.');
    expect(walker.keys).not.toContain('fit-short-first');
  });

  it('gives taking the stairs instead of the lift floors on the stairs — not a walk outside from the front door', async () => {
    const ru = await firstFive(
      'habit',
      'Подниматься пешком, а не на лифте',
      'Офис на 7 этаже. Хочу каждый день ходить по лестнице хотя бы вниз.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hab-stairs-pick');
    expect(ru.keys).toContain('hab-stairs-first');
    expect(ru.keys).not.toContain('hab-walk-setup');
    expect(ru.keys).not.toContain('hab-walk-first');
    const en = await firstFive(
      'habit',
      'Take the stairs every day',
      'I live on the 8th floor and always use the elevator.',
    );
    expect(en.keys[0]).toBe('hab-stairs-pick');
    expect(en.keys).not.toContain('hab-walk-setup');
    // A daily walk keeps the walk steps.
    const walk = await firstFive('habit', 'Go for a walk every day', 'I hardly leave the flat.');
    expect(walk.keys).toContain('hab-walk-setup');
    expect(walk.keys).not.toContain('hab-stairs-pick');
  });

  it('keeps the anchor in the smallest first habit step, so the reminder after it has a moment to follow', async () => {
    const ru = await firstFive(
      'habit',
      'Каждый день дышать пять минут',
      'Никогда не пробовала, хочу совсем понемногу.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hab-01:smaller');
    expect(ru.keys).toContain('hab-09');
    expect(ru.texts[0]).toMatch(/После того как я/);
    const en = await firstFive('habit', 'Stretch every morning', "I've never done it, at least five minutes a day.");
    expect(en.keys[0]).toBe('hab-01:smaller');
    expect(en.keys).toContain('hab-09');
    expect(en.texts[0]).toMatch(/After I/);
    // The full-size first step always had the anchor, and keeps it.
    const full = await firstFive('habit', 'Floss every night', 'Never done it.');
    expect(full.keys[0]).toBe('hab-01');
    expect(full.texts[0]).toMatch(/After I/);
  });
});
