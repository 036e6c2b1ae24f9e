import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const firstFive = firstFiveWith(shippedOfflineCoach().coach);

// A phrase of several words matches whole words only (text-match.ts): «топить печ» never matched «топить печь», so a
// first firing of a wood stove got baking steps instead of the stove's safety net (found by helper fix27h).
describe('a safety net named in whole words', () => {
  it('gives a first firing of a wood stove the check by a sweep first, in Russian as in English', async () => {
    const ru = await firstFive(
      'skill',
      'Научиться топить печь',
      'Купили старый дом в деревне, печь никогда не топили.',
      'ru',
    );
    expect(ru.keys[0]).toBe('skill-stove-check');
    expect(ru.keys.some((key) => key.startsWith('skill-bake'))).toBe(false);
    const en = await firstFive(
      'skill',
      'Learn to light the wood stove',
      'We bought an old cottage and have never used one.',
    );
    expect(en.keys[0]).toBe('skill-stove-check');
  });

  it('still gives baking in an oven the baking steps (near miss)', async () => {
    const ru = await firstFive('skill', 'Научиться печь хлеб', 'Хочу печь хлеб в духовке по выходным.', 'ru');
    expect(ru.keys).not.toContain('skill-stove-check');
  });
});
