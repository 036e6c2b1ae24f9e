import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the fiftieth blind read, fixed in general (helper fix50C)', () => {
  it('starts someone who knows clay but not the wheel at centring, with wheel time booked at the studio', async () => {
    const en = await tap(
      'creative',
      'get the hang of the potters wheel',
      'I have made coil pots and slab plates at an evening class for two years, but at the wheel I cannot centre and the clay just wobbles off.',
      'en',
      ['Pottery', 'Already doing it, want to get better'],
    );
    expect(en.keys).toContain('cre-wheel-centre-only');
    expect(en.keys).toContain('cre-wheel-times');
    for (const key of ['cre-05', 'cre-07', 'cre-08', 'cre-23', 'cre-18']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'creative',
      'освоить гончарный круг',
      'Второй год леплю руками из пласта в студии, а на круге ком всё время заваливается.',
      'ru',
      ['Керамика', 'Уже занимаюсь, хочу лучше'],
    );
    expect(ru.keys).toContain('cre-wheel-centre-only');
    expect(ru.keys).toContain('cre-wheel-eye');
    // An experienced thrower keeps the wheel path, with no centring session or teacher's eye on it.
    const near = await tap(
      'creative',
      'throw a dinner set on the wheel',
      'I have thrown for five years and want eight plates that match.',
      'en',
      ['Pottery', 'Already doing it, want to get better'],
    );
    expect(near.keys).toContain('cre-wheel-times');
    expect(near.keys).not.toContain('cre-wheel-centre-only');
    expect(near.keys).not.toContain('cre-wheel-eye');
  });

  it('gives a wheel beginner studio wheel time instead of three creative sessions at home', async () => {
    const en = await tap(
      'creative',
      'start wheel throwing',
      'Never touched clay, evenings only, money is tight.',
      'en',
      ['Pottery'],
    );
    expect(en.keys[0]).toBe('cre-wheel-class');
    expect(en.keys).toContain('cre-wheel-times');
    expect(en.keys).not.toContain('cre-08');
    const ru = await tap(
      'creative',
      'научиться работать на гончарном круге',
      'Глину никогда в руках не держала.',
      'ru',
      ['Керамика'],
    );
    expect(ru.keys).toContain('cre-wheel-times');
    expect(ru.keys).not.toContain('cre-08');
    // Pottery with no wheel named keeps the hand-building path.
    const near = await tap('creative', 'make a pinch pot', 'Never touched clay.', 'en', ['Pottery']);
    expect(near.keys).not.toContain('cre-wheel-times');
  });

  it('gives a regular at the gym the pull-up ladder, not an induction and a first-ever session', async () => {
    const en = await tap(
      'fitness',
      'get my first chin up',
      'I lift at the gym twice a week, mostly legs, but I have never done a single chin up.',
      'en',
      ['Building up to push-ups or pull-ups', 'Just starting'],
    );
    expect(en.keys).toContain('fit-reps-test');
    expect(en.keys).not.toContain('fit-gym-induction');
    expect(en.keys).not.toContain('fit-gym-first');
    const ru = await tap(
      'fitness',
      'научиться подтягиваться',
      'Хожу в зал три раза в неделю на групповые, а подтянуться ни разу не смогла.',
      'ru',
      ['Больше отжиманий или подтягиваний', 'Только начинаю'],
    );
    expect(ru.keys).toContain('fit-reps-test');
    expect(ru.keys).not.toContain('fit-gym-induction');
    // Someone who has just joined a gym still gets the induction.
    const near = await tap(
      'fitness',
      'start at the gym',
      'I just joined a gym near work and have never used the machines.',
      'en',
      ['Starting at a gym', 'Just starting'],
    );
    expect(near.keys).toContain('fit-gym-induction');
  });
});
