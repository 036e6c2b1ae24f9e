import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the forty-ninth blind read, fixed in general (helper fix49A)', () => {
  it('keeps fragile bones off the floor practice: a "safe for my bones" card instead', async () => {
    const en = await tap(
      'fitness',
      'keep strong in my seventies',
      "I'm 74 and retired. A bone scan showed low bone density and I had a compression fracture in my back last year. I want to keep my balance.",
      'en',
      ['Just starting', 'Balance and strength'],
    );
    expect(en.keys).not.toContain('fit-older-floor');
    expect(en.keys).toContain('fit-osteo-list');
    expect(en.texts.join(' ')).not.toMatch(/getting down to the floor and back up/);
    const ru = await tap(
      'fitness',
      'укрепить мышцы на пенсии',
      'Мне 70, я на пенсии, у меня остеопороз, врач сказал избегать наклонов с тяжестью. Хочу улучшить равновесие.',
      'ru',
      ['Только начинаю', 'Равновесие'],
    );
    expect(ru.keys).not.toContain('fit-older-floor');
    expect(ru.keys).toContain('fit-osteo-list');
    // Later life without fragile bones: the floor practice stays.
    const near = await tap(
      'fitness',
      'keep strong in my seventies',
      "I'm 74 and retired. I want to keep my balance and be able to get up off the floor if I'm down there.",
      'en',
      ['Just starting', 'Balance and strength'],
    );
    expect(near.keys).toContain('fit-older-floor');
    expect(near.keys).not.toContain('fit-osteo-list');
  });

  it('reads an arm swollen after lymph nodes were removed as the condition: no dips or overhead presses', async () => {
    const en = await tap(
      'fitness',
      'get my strength back after breast cancer',
      'I finished treatment in May. They took out lymph nodes under my arm and my right arm still swells. I want to carry my own shopping again.',
      'en',
      ['Just starting'],
    );
    expect(en.keys).not.toContain('fit-arms-moves');
    expect(en.texts.join(' ')).not.toMatch(/overhead press/i);
    expect(en.keys).toContain('fit-lymph-check');
    const ru = await tap(
      'fitness',
      'снова носить сумки сама',
      'После мастэктомии и удаления лимфоузлов рука отекает, хочу окрепнуть, чтобы самой носить сумки из магазина.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).not.toContain('fit-arms-moves');
    expect(ru.keys).toContain('fit-lymph-check');
    // Toning the arms with no operation named: the arm moves stay.
    const near = await tap('fitness', 'tone my arms', "I'm 45 and want firmer upper arms for the summer.", 'en', [
      'Just starting',
      'Toning',
    ]);
    expect(near.keys).toContain('fit-arms-moves');
  });

  it('builds on the walk someone already takes most days instead of a first 10-minute walk', async () => {
    const en = await tap(
      'fitness',
      'get fitter',
      "I'm 66, I walk the dog every morning for half an hour, but I want more stamina.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).not.toContain('fit-14');
    expect(en.keys).toContain('fit-walknow-build');
    const ru = await tap(
      'fitness',
      'стать выносливее',
      'Мне 60, гуляю каждый день по полчаса, но хочется больше сил.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).not.toContain('fit-14');
    expect(ru.keys).toContain('fit-walknow-build');
    // A walk given up long ago is no walk taken now.
    const near = await tap(
      'fitness',
      'get fitter',
      'I used to walk to work every day but now I drive everywhere and I want more stamina.',
      'en',
      ['Just starting'],
    );
    expect(near.keys).not.toContain('fit-walknow-build');
  });

  it('reads a hernia operation, and after it no second general check or general strength routine', async () => {
    const en = await tap(
      'fitness',
      'back to the building site',
      'Six weeks since my hernia op. I lay bricks for a living and want to be ready to lift again.',
      'en',
      ['Just starting', 'Getting active after an operation'],
    );
    expect(en.keys).toContain('fit-op-clear');
    expect(en.keys).not.toContain('fit-02');
    expect(en.keys).not.toContain('fit-14');
    // Declining the operation button: the hazard's ask leads, and neither the routine check nor a home routine follows.
    const declined = await tap(
      'fitness',
      'back to the building site',
      'Six weeks since my hernia operation. I lay bricks for a living and want to get back to training for it.',
      'en',
      ['Just starting'],
    );
    expect(declined.keys).toContain('hz-op-ask');
    expect(declined.keys).not.toContain('fit-02');
    expect(declined.keys).not.toContain('fit-04');
    const ru = await tap(
      'fitness',
      'вернуться на стройку',
      'Месяц назад удалили грыжу, работаю каменщиком, хочу снова поднимать тяжести.',
      'ru',
      ['Только начинаю', 'Восстановление после операции'],
    );
    expect(ru.keys).toContain('fit-op-clear');
    expect(ru.keys).not.toContain('fit-02');
    // A hernia with no operation: no operation steps.
    const near = await tap(
      'fitness',
      'fit for the building site',
      'I have a small hernia the GP is keeping an eye on, and I lay bricks for a living.',
      'en',
      ['Just starting'],
    );
    expect(near.keys).not.toContain('fit-op-clear');
    expect(near.keys).not.toContain('hz-op-ask');
  });

  it('after falls with a walking aid, the falls check is the only doctor step', async () => {
    const en = await tap(
      'fitness',
      'get steadier on my feet',
      "I'm 81, I use a walking frame and I've had two tumbles in the kitchen this winter.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).toContain('hz-fall-check');
    expect(en.keys).not.toContain('fit-02');
    expect(en.keys).not.toContain('fit-mend-ask');
    const ru = await tap('fitness', 'перестать падать', 'Мне 80, хожу с тростью, за зиму два раза упала дома.', 'ru', [
      'Только начинаю',
    ]);
    expect(ru.keys).toContain('hz-fall-check');
    expect(ru.keys).not.toContain('fit-02');
    expect(ru.keys).not.toContain('fit-mend-ask');
    // A stick and no fall: the ask about the walking aid stays.
    const near = await tap(
      'fitness',
      'walk round the park every day',
      "I'm 80 and use a walking stick; I'd like to get round the park without sitting down.",
      'en',
      ['Just starting'],
    );
    expect(near.keys).not.toContain('hz-fall-check');
    expect(near.keys).toContain('fit-mend-ask');
  });

  it('reads fainting at blood tests from a fear of needles as no heart sign', async () => {
    const en = await tap(
      'skill',
      'learn to give my dad his insulin',
      "He can't do it himself any more. I'm terrified of needles and I fainted at blood tests as a teenager.",
      'en',
    );
    expect(en.keys).not.toContain('hz-chest-now');
    const ru = await tap(
      'skill',
      'научиться делать папе уколы',
      'Папе назначили уколы инсулина, а у меня страх иголок, раньше падала в обморок при сдаче крови.',
      'ru',
    );
    expect(ru.keys).not.toContain('hz-chest-now');
    // A faint with no needle in it keeps the doctor's step.
    const near = await tap(
      'skill',
      'научиться делать маме уколы',
      'Маме назначили уколы инсулина, а я на прошлой неделе упала в обморок на работе.',
      'ru',
    );
    expect(near.keys).toContain('hz-chest-now');
  });
});
