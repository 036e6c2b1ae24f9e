import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const firstFive = firstFiveWith(shippedOfflineCoach().coach);

// A phrase of several words matches whole words only (text-match.ts): «топить печ» never matched «топить печь», so a
// first firing of a wood stove got baking steps instead of the stove's safety net.
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

// Phrases end in the masculine past as their authors wrote them («что я их бросил», «не попрощал»); a woman's
// «бросила», «попрощалась» missed them, so a mother and a daughter got the generic steps (text-match.ts).
describe('a Russian phrase ending in a past verb, in a woman’s words', () => {
  const goodbye = (said: string) =>
    firstFive(
      'grief',
      'Пережить, что не смогла приехать на похороны',
      `Мама умерла зимой. Мне кажется, что я ${said}.`,
      'ru',
    );

  it('gives a daughter who could not say goodbye the goodbye letter, as it gives a son', async () => {
    expect((await goodbye('не попрощалась')).keys[0]).toBe('grief-bye-letter');
    expect((await goodbye('не попрощался')).keys[0]).toBe('grief-bye-letter');
  });

  it('gives a mother told she abandoned her son the steps for a child who repeats it', async () => {
    const { keys } = await firstFive(
      'recovery',
      'Бывшая свекровь настраивает сына против меня',
      'Сын живёт у отца. Когда он приезжает ко мне, повторяет её слова, что я их бросила, и просится домой.',
      'ru',
    );
    expect(keys).toContain('rec-trust-note');
    expect(keys).not.toContain('rec-03');
  });

  it('near miss: a grief with no goodbye named keeps the gentle first steps', async () => {
    expect((await goodbye('всё ещё не верю')).keys).not.toContain('grief-bye-letter');
  });
});
