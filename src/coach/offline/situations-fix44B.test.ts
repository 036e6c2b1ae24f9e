import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the forty-fourth blind read, fitness and sport (helper fix44B)', () => {
  it('reads a cortisone shot and a physio’s "build slowly" as an injury: the physio first, no hard sessions, days in a row planned', async () => {
    const en = await tap(
      'sport',
      'Paddle the full Murray Marathon',
      '45, Mildura. Been kayaking for 6 years and did the 111 km Classic once. Now I want to do the full 5 days / 404 km in December, solo in a K1. Had a cortisone shot in my right shoulder in February and the physio says build slowly.',
    );
    expect(en.keys[0]).toBe('sport-injury-check');
    expect(en.texts[0]).toMatch(/injection/);
    expect(en.keys).toContain('sport-stage-gap');
    expect(en.keys).not.toContain('sport-06');
    const ru = await tap(
      'sport',
      'Пробежать марафон осенью',
      'Бегаю четыре года, три раза в неделю. Весной делали укол в колено, дипроспан, реабилитолог сказал наращивать постепенно.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sport-injury-check');
    expect(ru.keys).not.toContain('sport-07');
    // No injection or physio named: no injury check.
    const near = await tap(
      'sport',
      'Paddle the full Murray Marathon',
      'Been kayaking for 6 years, did the 111 km Classic once.',
    );
    expect(near.keys).not.toContain('sport-injury-check');
  });

  it('reads a swimmer who keeps up a distance every week as training, not a beginner: the long-swim steps', async () => {
    const en = await tap(
      'sport',
      'Swim the Rottnest Channel as part of a team of four',
      "I'm 42, Perth, swim about 2 km three mornings a week in the pool. I've done a few 1 km ocean swims but never 5 km-ish legs in open water.",
    );
    expect(en.keys[0]).toBe('sport-swim-log');
    expect(en.keys).not.toContain('sport-05');
    expect(en.texts.join(' ')).not.toMatch(/target day for 2 km/);
    const galway = await tap(
      'sport',
      'Swim across Galway Bay for the charity swim',
      "I'm 52 and have been sea swimming all year round for four years, usually 1-1.5 km. The crossing is about 3.5 km and I've never done more than 2 km in one go.",
    );
    expect(galway.keys.slice(0, 2)).toEqual(['sport-swim-log', 'sport-swim-rules']);
    expect(galway.keys).not.toContain('sport-28');
    const ru = await tap(
      'sport',
      'Переплыть Волгу на благотворительном заплыве',
      'Плаваю по 2 км три раза в неделю в бассейне, в открытой воде больше 1 км не плавал.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sport-swim-log');
    // Someone who has never swum far and swims no distance each week stays on the gentle start.
    const near = await tap(
      'sport',
      'Swim the Rottnest Channel as part of a team of four',
      "I've never swum more than a few lengths and I'm nervous in the sea.",
    );
    expect(near.keys).not.toContain('sport-swim-feed');
  });

  it('gives a ski marathoner a long session of two hours, and the hill session after the review of his training', async () => {
    const ru = await tap(
      'sport',
      'Пройти Югорский марафон 50 км классикой',
      'На лыжах с детства, последние три сезона тренируюсь с клубом, 30 км прохожу за 2:10. Хочу в марте уложиться в 4 часа.',
      'ru',
      ['Уже занимаюсь'],
    );
    expect(ru.keys).toContain('sport-ski-long');
    expect(ru.keys).not.toContain('sport-08');
    const hills = await tap(
      'sport',
      'Пробежать Дёминский марафон 50 км классикой',
      'Прошлой зимой прошёл 25 км на Дёминском за 2:40. Больше всего боюсь сдохнуть на подъёмах во второй половине и не понимаю, как питаться на дистанции.',
      'ru',
      ['Забег или заезд с холмами'],
    );
    expect(hills.keys[0]).toBe('sport-01');
    expect(hills.keys.indexOf('sport-hills')).toBeGreaterThan(hills.keys.indexOf('sport-01'));
    const en = await tap(
      'sport',
      'Ski the Vasaloppet',
      'I ski three times a week with my club and did 45 km in 3:30 last winter. I want to finish the 90 km classic next March.',
      'en',
      ['Already'],
    );
    expect(en.keys).not.toContain('sport-08');
    // A runner keeps the hour-long long session.
    const near = await tap(
      'sport',
      'Run a 10k in under 50 minutes',
      'I run 5 km three times a week with a club; the race is in four months.',
      'en',
      ['Already'],
    );
    expect(near.keys).not.toContain('sport-ski-long');
  });

  it('puts an ice race’s entry and date first, before the spikes', async () => {
    const ru = await tap(
      'sport',
      'Пробежать Байкальский ледовый марафон',
      'Мне 56, бегаю три года, полумарафон пробежал за 2:05. Хочу в марте пробежать 42 км по льду, зимой у нас минус 30.',
      'ru',
      ['Уже занимаюсь', 'Старт по льду'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['sport-ice-entry', 'sport-ice-grip']);
    expect(ru.keys).not.toContain('sport-03');
    const en = await tap(
      'sport',
      'Run the frozen lake ice half marathon',
      'I run four times a week and did a half in 1:50. It is on a frozen lake in February.',
      'en',
      ['Already', 'A race on ice'],
    );
    expect(en.keys[0]).toBe('sport-ice-entry');
    const near = await tap(
      'sport',
      'Run a half marathon in May',
      'I run four times a week and did a half in 1:55 last year.',
      'en',
      ['Already'],
    );
    expect(near.keys).not.toContain('sport-ice-entry');
  });

  it('asks the doctor once about the joints and the medicines together', async () => {
    const ru = await tap(
      'fitness',
      'Сбросить хотя бы 10 кг до операции на колено',
      '63 года. Ортопед сказал, что эндопротез ставить будут, с моим весом лучше сначала похудеть. Долго ходить больно. Пью таблетки от давления.',
      'ru',
      ['Тренировки при больных коленях'],
    );
    expect(ru.keys[0]).toBe('fit-knee-med');
    expect(ru.keys).not.toContain('fit-knee-check');
    expect(ru.keys).not.toContain('fit-med-plan');
    const en = await tap(
      'fitness',
      'Get fit before my knee replacement',
      'I am 66, the surgeon wants me to lose some weight first. I take blood pressure tablets.',
      'en',
      ['Exercise with bad knees'],
    );
    expect(en.keys[0]).toBe('fit-knee-med');
    expect(en.keys).not.toContain('fit-med-plan');
    // A bad knee and no medicines: the joint check alone.
    const near = await tap(
      'fitness',
      'Get fitter with my bad knee',
      'I have a bad knee and haven’t exercised in years.',
      'en',
      ['Exercise with bad knees'],
    );
    expect(near.keys[0]).toBe('fit-knee-check');
    expect(near.keys).not.toContain('fit-knee-med');
  });

  it('walks with the pram at the cool time of day in the heat', async () => {
    const ru = await tap(
      'fitness',
      'Вернуть форму после вторых родов',
      'Младшей 7 месяцев, после родов набрала 14 кг, кормлю грудью, летом жара под 45.',
      'ru',
      ['Вернуть форму после родов'],
    );
    const pram = ru.keys.indexOf('fit-post-pram');
    expect(pram).toBeGreaterThanOrEqual(0);
    expect(ru.texts[pram]).toMatch(/поздно вечером/);
    const en = await tap(
      'fitness',
      'Get my fitness back after having a baby',
      'She is four months old and it is summer here.',
      'en',
      ['Getting fit after having a baby'],
    );
    expect(en.texts[en.keys.indexOf('fit-post-pram')]).toMatch(/early morning or late evening/);
  });
});
