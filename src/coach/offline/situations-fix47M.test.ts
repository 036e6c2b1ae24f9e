import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the forty-seventh blind read, fixed in general (helper fix47M)', () => {
  it('reads a back that "does not let" the person lift as no_carry, never as someone who won\'t let things go', async () => {
    const en = await tap(
      'home',
      'Sort out the shed before spring',
      "It's packed with my late dad's tools and old timber. My back won't let me carry heavy stuff any more.",
      'en',
      ['Sorting out a shed'],
    );
    expect(en.keys[0]).toBe('home-shed-out-help');
    expect(en.keys).toContain('home-shed-zones-help');
    expect(en.keys).not.toContain('home-agree-talk');
    expect(en.keys).not.toContain('home-shed-out');
    const ru = await tap(
      'home',
      'Разобрать гараж, чтобы машина встала',
      'Гараж забит коробками после переезда. Спина не позволяет долго поднимать тяжёлое.',
      'ru',
      ['Разобрать сарай'],
    );
    expect(ru.keys[0]).toBe('home-shed-out-help');
    expect(ru.keys).not.toContain('home-agree-talk');
    expect(ru.keys).not.toContain('home-shed-out');
    // Near miss: a husband who won't let anything go still gets the talk first, and a fit person empties the wall.
    const husband = await tap(
      'home',
      'Clear the garage',
      "My husband won't let me throw anything out, and it's full to the roof.",
      'en',
      ['Someone at home'],
    );
    expect(husband.keys[0]).toBe('home-agree-talk');
    const fit = await tap('home', 'Clear the garage', 'Full of old bikes and paint tins.', 'en', [
      'Sorting out a shed',
    ]);
    expect(fit.keys[0]).toBe('home-shed-out');
  });

  it('gives a dog that pulls the person over a harness, a trainer and a loop on a short lead — no long lead', async () => {
    const en = await tap(
      'habit',
      'Walk the dog for an hour every day',
      "He's a 10-month-old Rottweiler, already stronger than me, and pulls on the lead so hard he nearly knocked me over last week.",
      'en',
    );
    expect(en.keys.some((key) => key.startsWith('hab-dog-pull-hold'))).toBe(true);
    expect(en.keys.some((key) => key.startsWith('hab-dog-route-held'))).toBe(true);
    expect(en.keys.some((key) => key.startsWith('hab-dog-route:') || key === 'hab-dog-route')).toBe(false);
    const ru = await tap(
      'habit',
      'Гулять с собакой утром и вечером по 40 минут',
      'Овчарке год, она очень сильная и тащит меня за собой, я с трудом удерживаю поводок.',
      'ru',
    );
    expect(ru.keys.some((key) => key.startsWith('hab-dog-pull-hold'))).toBe(true);
    expect(ru.keys.some((key) => key.startsWith('hab-dog-route-held'))).toBe(true);
    // Near miss: a calm dog keeps the park loop on a long lead, and no harness step.
    const calm = await tap(
      'habit',
      'Walk my dog for longer',
      "She's an old beagle and we only do ten minutes round the block.",
      'en',
    );
    expect(calm.keys.some((key) => key.startsWith('hab-dog-pull-hold'))).toBe(false);
    expect(calm.keys.some((key) => key.startsWith('hab-dog-route-held'))).toBe(false);
  });
  it('keeps therapist exercises meant for the evening in the evening — a morning set keeps the breakfast anchor', async () => {
    const en = await tap(
      'habit',
      'do my back exercises every night before bed',
      'The physio gave me four exercises for my back. I always end up on my phone in bed instead.',
      'en',
      ['Daily exercises a therapist set'],
    );
    expect(en.keys).toContain('hab-set-moment-eve');
    expect(en.keys).not.toContain('hab-set-moment');
    expect(en.keys).not.toContain('hab-set-restart');
    const ru = await tap(
      'habit',
      'делать упражнения от логопеда каждый вечер',
      'Логопед дал комплекс на десять минут, а я вечером вместо этого сижу в телефоне.',
      'ru',
      ['Ежедневные упражнения'],
    );
    expect(ru.keys).toContain('hab-set-moment-eve');
    expect(ru.keys).not.toContain('hab-set-moment');
    const day = await tap(
      'habit',
      'do the exercises my physio set',
      'Ten minutes of knee exercises twice a day, and I keep skipping them.',
      'en',
      ['Daily exercises a therapist set'],
    );
    expect(day.keys).toContain('hab-set-moment');
    expect(day.keys).not.toContain('hab-set-moment-eve');
  });
});
