import { describe, expect, it } from 'vitest';
import { shippedOfflineCoach, firstFiveWith } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('nights after trauma and drinking to sleep (fix33-lead, blind read 33b)', () => {
  it('sends nightmares after service to a doctor first, tells the drink as it is, and never shifts the alarm', async () => {
    const ru = await firstFive(
      'sleep',
      'Снова спать по ночам',
      'Вернулся из армии весной. Снятся кошмары, засыпаю к рассвету. Чтобы уснуть, выпиваю перед сном. Работаю на складе с восьми.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['sleep-trauma-doctor', 'sleep-drink-tell', 'sleep-trauma-wake']);
    expect(ru.keys).not.toContain('sleep-flip-wake');
    const en = await firstFive(
      'sleep',
      'Sleep through the night again',
      'Since I got back from my deployment I have nightmares most nights and need a few whiskies to get to sleep.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['sleep-trauma-doctor', 'sleep-drink-tell', 'sleep-trauma-wake']);
    expect(en.texts[0]).toMatch(/crisis line/);
  });

  it('keeps the ordinary path when "a nightmare" is only a figure of speech', async () => {
    const near = await firstFive(
      'sleep',
      'Stop scrolling until 2am',
      'Work is a nightmare right now and I scroll to switch off.',
    );
    expect(near.keys).not.toContain('sleep-trauma-doctor');
    expect(near.keys).not.toContain('sleep-drink-tell');
    const ru = await firstFive('sleep', 'Ложиться до полуночи', 'На работе кошмар, засиживаюсь допоздна.', 'ru');
    expect(ru.keys).not.toContain('sleep-trauma-doctor');
  });
});
