import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

// fix52B: `sport-lift-coach` ("before the weights climb") is now a newcomer's step; these lifters train for years.
const LIFT = ['sport-lift-plan', 'sport-lift-form'];

describe('the forty-fifth blind read, fixed in general (helper fix46E)', () => {
  it('keeps the lift steps for kettlebell sport named as the event, even after "None of these"', async () => {
    const ru = await tap(
      'sport',
      'Выступить в гиревом спорте на первенстве города',
      'Мне 52, занимаюсь пятый год, рывок гири 16 кг делаю 80 раз за десять минут. Хочу к осени выйти на помост.',
      'ru',
      ['Ничего'],
    );
    for (const key of LIFT) expect(ru.keys).toContain(key);
    expect(ru.keys).not.toContain('sport-05');
    const en = await tap(
      'sport',
      'My first kettlebell jerk competition in June',
      "I'm 58 and have trained with two 20 kg bells for four years, three times a week. Currently 35 reps in ten minutes.",
      'en',
      ['None'],
    );
    for (const key of LIFT) expect(en.keys).toContain(key);
    expect(en.keys).not.toContain('sport-09');
    // A runner's kettlebell swings on Sundays are no kettlebell event: the race path stays.
    const run = await tap(
      'sport',
      'Run a sub-25 5k by spring',
      'I run three times a week and do kettlebell swings at home on Sundays.',
    );
    expect(run.keys).not.toContain('sport-lift-plan');
    expect(run.keys).toContain('sport-03');
    const bez = await tap(
      'sport',
      'Пробежать первый полумарафон в сентябре',
      'Бегаю два года по 25 км в неделю, по выходным занимаюсь с гирями дома.',
      'ru',
    );
    expect(bez.keys).not.toContain('sport-lift-plan');
  });

  it('books one doctor visit for exercise with a heart or pressure condition, not two in a row', async () => {
    const en = await tap(
      'fitness',
      'walk to the shops and back without resting',
      "I'm 71. I had a heart attack last spring and I'm on bisoprolol. Right now I stop on every bench on the way.",
    );
    expect(en.keys[0]).toBe('fit-med-plan');
    expect(en.keys).not.toContain('fit-02');
    expect(en.text).not.toMatch(/no fasting/);
    const ru = await tap(
      'fitness',
      'Дойти до парка и обратно без остановок',
      'Мне 69, гипертония, пью таблетки от давления. Сейчас через каждые сто метров присаживаюсь на лавочку.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fit-med-plan');
    expect(ru.keys).not.toContain('fit-02');
    // No medicines or condition, only the age: the ordinary check stays.
    const near = await tap(
      'fitness',
      'walk to the shops and back without resting',
      "I'm 71 and haven't exercised in years.",
    );
    expect(near.keys).toContain('fit-02');
    expect(near.keys).not.toContain('fit-med-plan');
  });

  it('gives the bad-knee path one easy session, not a flat walk and then the low-impact session', async () => {
    const ru = await tap(
      'fitness',
      'Подниматься к себе на четвёртый этаж без отдыха',
      'Мне 70, после болезни ноги ослабли, колени болят, врач говорит — артроз, но двигаться надо.',
      'ru',
      ['Тренировки при больных'],
    );
    expect(ru.keys).toContain('fit-knee-low');
    expect(ru.keys).not.toContain('fit-14');
    const en = await tap(
      'fitness',
      'Get fit enough to walk the dog twice a day',
      "I'm 66 and out of shape, and my knees ache — the doctor says it's arthritis but I should keep moving.",
      'en',
      ['Exercise with bad knees'],
    );
    expect(en.keys).toContain('fit-knee-low');
    expect(en.keys).not.toContain('fit-14');
    // No knee: the first easy walk stays.
    const near = await tap(
      'fitness',
      'Get fit enough to walk the dog twice a day',
      "I'm 40 and out of shape, I sit at a desk all day.",
    );
    expect(near.keys).toContain('fit-14');
  });

  it('reads one rotten step in the singular as rotten steps, and the sill probe never repeats the step check', async () => {
    const en = await tap(
      'repair',
      'fix the front step before winter',
      'The wooden front step has gone rotten and my grandson nearly put his foot through it.',
      'en',
      ['Rotten steps'],
    );
    expect(en.asked[0]?.choices).toContain('Rotten steps or a porch');
    expect(en.keys[0]).toBe('fix-rotstep-safe');
    expect(en.keys).not.toContain('fix-rot-decide');
    // The sill's button tapped anyway: the hazard's check leads and the sill's probe stays out.
    const sill = await tap(
      'repair',
      'fix the front step before winter',
      'The wooden front step has gone rotten and my grandson nearly put his foot through it.',
      'en',
      ['Rotten wood'],
    );
    expect(sill.keys.slice(0, 2)).toEqual(['hz-rot-block', 'hz-rot-check']);
    expect(sill.keys).not.toContain('fix-rot-probe');
    // A rotten window sill walks on nothing: its own probe, no steps.
    const near = await tap(
      'repair',
      'Repair the rotten kitchen window sill',
      'The paint has cracked and the wood is soft at one corner.',
      'en',
      ['Rotten wood'],
    );
    expect(near.keys).toContain('fix-rot-probe');
    expect(near.keys).not.toContain('fix-rotstep-safe');
    expect(near.keys).not.toContain('hz-rot-check');
  });
});
