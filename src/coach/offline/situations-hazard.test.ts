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
    expect(en.keys.slice(0, 3)).toEqual(HAZARD);
    expect(en.text).toMatch(/cut-resistant trousers/);
  });

  it('leaves cooking alone: «сварить» a soup is no welding', async () => {
    const soup = await firstFive('skill', 'Научиться варить борщ', 'Хочу сварить борщ как у бабушки.', 'ru');
    expect(soup.keys.some((key) => HAZARD.includes(key))).toBe(false);
  });
});
