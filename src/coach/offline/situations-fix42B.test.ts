import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const some = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));

describe('the forty-second blind read, fixed in general (helper fix42B)', () => {
  it('practises the stairs with no lift assumed for the way down', async () => {
    const en = await tap(
      'fitness',
      'Carry the shopping up three flights without stopping',
      "62, live on the third floor of a tenement in Glasgow and the close has no lift. Halfway up with two bags I have to stop and hold the banister. I'm on amlodipine for blood pressure.",
      'en',
      ['Climbing stairs'],
    );
    expect(en.keys).toContain('fit-stairs-practice');
    expect(en.texts.join(' ')).not.toMatch(/\blift\b/);
    const ru = await tap(
      'fitness',
      'Подниматься на пятый этаж без остановок',
      'Мне 64, дом без лифта, с сумками останавливаюсь на каждом этаже.',
      'ru',
      ['Подниматься по лестнице'],
    );
    expect(ru.keys).toContain('fit-stairs-practice');
    expect(ru.texts.join(' ')).not.toMatch(/лифт/);
  });

  it('does a physio sheet already in hand as prescribed — no new referral, no halving', async () => {
    const en = await tap(
      'fitness',
      'Do my physio exercises every day',
      "Physio gave me a sheet for my lower back in June and I've done them maybe six times since.",
      'en',
      ['Coming back'],
    );
    expect(en.keys).not.toContain('fit-rx-get');
    expect(en.keys).not.toContain('fit-23');
    expect(en.keys).not.toContain('fit-24');
    expect(en.keys[0]).toBe('fit-rx-home');
    const ru = await tap(
      'fitness',
      'Делать упражнения от реабилитолога каждый день',
      'Реабилитолог дал комплекс для шеи на листке ещё весной, а я сделала его раза три.',
      'ru',
      ['Возвращаюсь'],
    );
    expect(ru.keys).not.toContain('fit-rx-get');
    expect(ru.keys).not.toContain('fit-23');
    // Exercises prescribed but not yet learnt keep the way to get them.
    const near = await tap(
      'fitness',
      'Start the exercise therapy my doctor prescribed for scoliosis',
      'I am 15 and the doctor prescribed exercise therapy and swimming.',
    );
    expect(near.keys[0]).toBe('fit-rx-get');
  });

  it('loses weight at home or with the pram when the gym is out of reach', async () => {
    const ru = await tap(
      'fitness',
      'Скинуть 15 кг после вторых родов',
      'Мне 32, Екатеринбург. Младшей 8 месяцев, старшему 4. Кормлю грудью, так что жёсткие диеты не вариант. В зал не вырваться, муж до вечера на работе, максимум — что-то дома, пока дети спят, или с коляской.',
      'ru',
      ['Только начинаю'],
    );
    expect(some(ru.keys, 'fit-gym')).toEqual([]);
    const en = await tap(
      'fitness',
      'Lose the baby weight',
      "I'm 30 with a toddler and a baby, I can't get out to a gym at all, just the house and the pram.",
      'en',
      ['Just starting'],
    );
    expect(some(en.keys, 'fit-gym')).toEqual([]);
    // Someone starting at a gym keeps the gym steps.
    const near = await tap(
      'fitness',
      'Start going to the gym',
      "I'm 30 and have never lifted, there's a gym by my office.",
      'en',
      ['Just starting', 'Starting at a gym'],
    );
    expect(near.keys).toContain('fit-gym-pick');
  });

  it('reads an aching back after ten hours of sitting as a start, not as training to log', async () => {
    const ru = await tap(
      'fitness',
      'начать ходить в зал и не бросить через месяц',
      '40 лет, программист, Новосибирск, сижу по 10 часов, спина уже ноет. абонемент покупал 3 раза',
      'ru',
      ['Тренировки при болях'],
    );
    expect(ru.keys).not.toContain('fit-15');
    const en = await tap(
      'fitness',
      'Start going to the gym and keep it up',
      "I'm 41, I sit 10 hours at the computer and my back aches already; bought a membership twice.",
      'en',
    );
    expect(en.keys).not.toContain('fit-15');
  });

  it('keeps a smoker whose doctor offered quit pills on the smoker’s path, not coming off pills', async () => {
    const ru = await tap(
      'quit',
      'Бросить курить',
      'Мне 38, Караганда, работаю электриком. Курю с армии, пачка в день. Пробовал пластыри, продержался неделю. Врач предлагал таблетки, но что-то боюсь. Дочке 10, стыдно.',
      'ru',
    );
    expect(some(ru.keys, 'quit-meds')).toEqual([]);
    const en = await tap(
      'quit',
      'Quit smoking for good',
      "I'm 45, twenty a day since school. My GP offered me tablets but I'm nervous about side effects.",
      'en',
    );
    expect(some(en.keys, 'quit-meds')).toEqual([]);
    // Someone hooked on pills keeps the doctor's plan for coming off them.
    const near = await tap(
      'quit',
      'Get off the sleeping pills',
      "I've taken zopiclone every night for three years and can't sleep without the tablets.",
      'en',
    );
    expect(near.keys).toContain('quit-meds-gp');
  });

  it('sleeps between night shifts: no second blackout, no partner home from nights', async () => {
    const en = await tap(
      'sleep',
      'Sleep properly between night shifts',
      "I'm 33, a nurse on rotating shifts, four nights then days. I've tried blackout curtains and sometimes take a melatonin. My partner works normal hours so the house is noisy when I need to sleep in the day.",
      'en',
      ['Noise and light'],
    );
    expect(en.keys).not.toContain('sleep-noise-dark');
    expect(some(en.keys, 'sleep-partner')).toEqual([]);
    const ru = await tap(
      'sleep',
      'Высыпаться после ночных смен',
      'Я медсестра, работаю посменно. Шторы блэкаут уже висят, а муж работает днём, и дома шумно, когда мне надо спать.',
      'ru',
      ['Шум и свет'],
    );
    expect(ru.keys).not.toContain('sleep-noise-dark');
    expect(some(ru.keys, 'sleep-partner')).toEqual([]);
    // Woken by a partner home from nights keeps the quiet homecoming.
    const near = await tap(
      'sleep',
      'Stop waking up at 3am',
      'My husband works nights and wakes me when he comes home from his shift.',
      'en',
    );
    expect(near.keys).toContain('sleep-partner-quiet');
  });

  it('brings sleep round at home after a camp rotation, not the night shift at work', async () => {
    const ru = await tap(
      'sleep',
      'Наладить сон после вахты',
      'Работаю вахтой на Ямале, месяц через месяц, две недели дневные смены, две ночные. Дома потом неделю не могу нормально уснуть, сплю днём, ночью сижу на кухне, жена с детьми страдают. Мне 34.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['sleep-rot-shift', 'sleep-rot-light', 'sleep-rot-family']);
    expect(some(ru.keys, 'sleep-shift')).toEqual([]);
    const en = await tap(
      'sleep',
      'Get my sleep back after each swing on the rig',
      "I'm FIFO, three weeks on nights offshore. Home from the rig I'm up all night for a week and the kids are asleep when I'm awake.",
      'en',
    );
    expect(en.keys).toContain('sleep-rot-shift');
    expect(some(en.keys, 'sleep-shift')).toEqual([]);
    // A wife alone while her husband is on the rig keeps her own steps.
    const near = await tap(
      'sleep',
      'Sleep better with the baby',
      'My husband is on the rig for two weeks at a time, so I do all the nights with our 4-month-old.',
      'en',
    );
    expect(near.keys).not.toContain('sleep-rot-shift');
  });

  it('starts morning exercises after a knee operation with what is allowed, sparing the knee', async () => {
    const ru = await tap(
      'habit',
      'Делать зарядку по утрам',
      'Мне 67, на пенсии, Гомель. Раньше всю жизнь делала, после операции на колене забросила.',
      'ru',
      ['Растяжка'],
    );
    expect(ru.keys[0]).toBe('hab-op-ask');
    expect(ru.keys).not.toContain('hab-stretch-setup');
    expect(ru.keys).not.toContain('hab-03');
    expect(ru.texts.join(' ')).not.toMatch(/кошк/);
    const en = await tap(
      'habit',
      'Stretch every morning',
      "I'm 70 and had a hip replacement last year; I used to stretch daily before it.",
      'en',
      ['Stretching'],
    );
    expect(en.keys).toContain('hab-op-ask');
    expect(en.keys).not.toContain('hab-stretch-setup');
    // Stretching with no operation keeps the three moves.
    const near = await tap(
      'habit',
      'Stretch every morning',
      "I'm 40 and stiff from the desk; I've never stretched.",
      'en',
      ['Stretching'],
    );
    expect(near.keys).toContain('hab-stretch-setup');
  });

  it('drinks more water with no restart template for someone who only drank tea', async () => {
    const en = await tap(
      'habit',
      'drink more water at work',
      'site foreman in Dubai, i get hedaches every afternoon in summer and i know its because i only drink tea',
      'en',
      ['New habit', 'Drinking more water'],
    );
    expect(en.keys).not.toContain('hab-02');
    expect(en.keys).not.toContain('hab-03');
    expect(en.keys).not.toContain('hab-07');
    const ru = await tap(
      'habit',
      'Пить больше воды',
      'Пью только чай и кофе, к вечеру болит голова, раньше никогда не следила.',
      'ru',
      ['Пить больше воды'],
    );
    expect(ru.keys).not.toContain('hab-03');
    expect(ru.keys).not.toContain('hab-07');
    // A real comeback keeps the restart steps.
    const near = await tap(
      'habit',
      'Drink more water again',
      'I used to drink two litres a day with an app but stopped last year.',
      'en',
      ['Drinking more water'],
    );
    expect(near.keys).toContain('hab-03');
  });

  it('reads a sevens tournament as rugby and a second-half fade as match fitness', async () => {
    const en = await tap(
      'sport',
      'Start every game at the Coral Coast 7s',
      "I'm 19, I play wing for our village team near Sigatoka. Coach says I'm fast but I get tired in the second half and start missing tackles. The tournament is in January.",
      'en',
      ['A team sport'],
    );
    expect(some(en.keys, 'sport-gen')).not.toContain('sport-gen-review');
    expect(some(en.keys, 'sport-gen')).not.toContain('sport-gen-practice');
    const ru = await tap(
      'sport',
      'Играть весь матч на турнире по регби-7',
      'Мне 20, играю крайним, во втором тайме сдыхаю и пропускаю захваты.',
      'ru',
      ['Командный'],
    );
    expect(some(ru.keys, 'sport-gen')).not.toContain('sport-gen-review');
  });
});
