import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);
const SAFE = ['move-safe-plan', 'move-safe-address', 'move-safe-basics'];

// The fourteenth blind read: a mother leaving a refuge, afraid he would find them, got a moving budget first.
describe('a move away from an abusive partner', () => {
  it('starts with a safety plan, the address kept private and help with the basics, in both languages', async () => {
    const en = await firstFive(
      'moving',
      'Move out of the refuge into our new place',
      'The council found us a flat. I have nothing to furnish it with and I am terrified my ex will find us.',
    );
    expect(en.keys.slice(0, 3)).toEqual(SAFE);
    expect(en.text).toMatch(/999/);
    const ru = await firstFive(
      'moving',
      'Переехать из кризисного центра в свою квартиру',
      'Живём с дочкой в кризисном центре, нашли съёмную однушку. Боюсь, что муж найдёт нас.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(SAFE);
    expect(ru.text).toMatch(/112/);
  });

  it('keeps an ordinary move on its own steps', async () => {
    const plain = await firstFive('moving', 'Move to a bigger flat', 'We need a second bedroom before the baby comes.');
    expect(plain.keys.some((key) => SAFE.includes(key))).toBe(false);
  });
});
