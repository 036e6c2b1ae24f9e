import { describe, expect, it } from 'vitest';
import { aCoachContext } from '../../../test/factories/coach-context.js';
import { fiveSteps, firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);
const CARE = ['skill-care-ask', 'skill-care-leaflet', 'skill-care-kit', 'skill-care-first', 'skill-care-log'];

/** The five steps of a goal whose kind the coach reads for itself (no question answered). */
const unplaced = (title: string, description: string, locale: 'en' | 'ru' = 'en') =>
  fiveSteps(coach, aCoachContext({ goal: { id: 'g', title, description, goalType: null }, locale, mayAsk: false }));

describe('care at home: injections, insulin, dressings — the harmful steps it must never give', () => {
  it('has a professional show and watch the first one — never a video copied and repeated alone', async () => {
    const ru = await firstFive(
      'skill',
      'Научиться самой ставить маме уколы',
      'Маме после операции назначили уколы в мышцу на десять дней, а медсестра на дом не ходит. От вида иглы мутит.',
      'ru',
    );
    expect(ru.keys).toEqual(CARE);
    expect(ru.text).not.toMatch(/видео и без инструкции|первое упражнение/);
    const en = await unplaced(
      'Learn to give my dad his insulin injections',
      'He came home from hospital yesterday and his hands shake too much to do it himself.',
    );
    expect(en.keys).toEqual(CARE);
    expect(en.text).toMatch(/watch/);
    expect(en.text).not.toMatch(/first exercise|beginner lesson/i);
    const dressing = await unplaced(
      'Change the dressing on my husband’s leg wound',
      'The district nurse can only come twice a week.',
    );
    expect(dressing.keys[0]).toBe('skill-care-ask');
  });

  it('leaves a fear of injections, a flu jab and chopping wood on their own paths', async () => {
    const fear = await unplaced('Перестать бояться уколов и сдать кровь', 'В прошлый раз упала в обморок.', 'ru');
    expect(fear.keys.some((key) => key.startsWith('skill-care-'))).toBe(false);
    const jab = await unplaced('Get my flu jab before December', '');
    expect(jab.keys.some((key) => key.startsWith('skill-care-'))).toBe(false);
    const wood = await unplaced('Научиться колоть дрова колуном', 'Купили дачу с печкой.', 'ru');
    expect(wood.keys.some((key) => key.startsWith('skill-care-'))).toBe(false);
  });
});
