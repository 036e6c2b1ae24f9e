import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);
const HAZARD = ['skill-hazard-kit', 'skill-hazard-teacher', 'skill-hazard-space'];

// The fourteenth blind read: a first-time welder who feared for their eyes was told to weld along with a video.
describe('a tool that can blind, burn or cut', () => {
  it('starts a beginner on the protective kit, a supervised first session and a safe place, in both languages', async () => {
    const ru = await firstFive(
      'skill',
      'Научиться сварке',
      'Купил сварочный аппарат, электрод ни разу в руках не держал.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(HAZARD);
    expect(ru.text).toMatch(/маска/);
    const en = await firstFive(
      'skill',
      'Learn to use a chainsaw',
      'We have woodland behind the house and I have never used one.',
    );
    // a chainsaw's own safe place (sawhorse, footing, refuelling spot), not the welding bench's cable and plug.
    expect(en.keys.slice(0, 3)).toEqual(['skill-hazard-kit', 'skill-hazard-teacher', 'skill-hazard-space-saw']);
    expect(en.text).toMatch(/cut-resistant trousers/);
  });

  it('leaves cooking alone: «сварить» a soup is no welding', async () => {
    const soup = await firstFive('skill', 'Научиться варить борщ', 'Хочу сварить борщ как у бабушки.', 'ru');
    expect(soup.keys.some((key) => HAZARD.includes(key))).toBe(false);
  });
});

describe('a stove or sauna fired for the first time (carbon monoxide)', () => {
  it('starts with the sweep and a CO alarm, a first firing beside someone who knows it, and the house rules', async () => {
    const ru = await firstFive(
      'skill',
      'Научиться топить печь и баню в новом доме',
      'Зимуем в деревне первый раз, баня по-чёрному, боимся угореть.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['skill-stove-check', 'skill-stove-first', 'skill-stove-rules']);
    expect(ru.text).toContain('угарного газа');
    // Wherever the goal was placed, the title's firing words bring the same first steps.
    for (const kind of ['generic', 'home', 'repair']) {
      const en = await firstFive(kind, 'Learn to light our new log burner', 'First winter in the cottage.');
      expect(en.keys[0], kind).toBe('skill-stove-check');
    }
  });

  it('leaves bread baked in a Russian stove, and building a bathhouse, alone', async () => {
    const bread = await firstFive('creative', 'Испечь хлеб в русской печи', 'Хочу настоящий подовый хлеб.', 'ru');
    expect(bread.keys.some((key) => key.startsWith('skill-stove-'))).toBe(false);
    const build = await firstFive('repair', 'Построить баню на участке', 'Брус уже купили.', 'ru');
    expect(build.keys.some((key) => key.startsWith('skill-stove-'))).toBe(false);
  });
});
