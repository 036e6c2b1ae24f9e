import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { tapThrough } from '../../../test/factories/converse.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);
const tapped = tapThrough(coach);

describe('the twenty-ninth blind read, fixed in general (helper fix29e)', () => {
  it('gives water by the clock and the danger signs to someone drinking too little in the heat — never "restart at half"', async () => {
    const heat = ['hab-heat-clock', 'hab-heat-signs', 'hab-heat-tell'];
    const en = await tapped(
      'habit',
      'Drink enough water on site',
      "I work construction and it's 44 degrees by noon. I only really drink at lunch because the toilets are far. Last week I went dizzy up on the scaffold.",
      'en',
      ['Drinking more water'],
    );
    expect(en.keys.slice(0, 3)).toEqual(heat);
    for (const comeback of ['hab-02', 'hab-03', 'hab-07']) expect(en.keys).not.toContain(comeback);
    const ru = await tapped(
      'habit',
      'Пить больше воды на работе',
      'Работаю на стройке, на жаре под сорок, пью только в обед. Вчера наверху закружилась голова.',
      'ru',
      ['Пить больше воды'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(heat);
    expect(ru.keys).not.toContain('hab-03');
    // Water at a desk with no heat or dizziness keeps the ordinary water steps.
    const desk = await firstFive('habit', 'Drink more water', 'I forget to drink at my desk.');
    expect(desk.keys).toContain('hab-water-setup');
    expect(desk.keys.some((key) => key.startsWith('hab-heat-'))).toBe(false);
  });

  it('moves the alarm, not the bedtime by 15 minutes, for someone falling asleep at 3', async () => {
    const ru = await tapped(
      'sleep',
      'Вернуть режим после новогодних каникул',
      'Девятого января на работу к восьми, а засыпаю в три.',
      'ru',
      ['Ложиться спать раньше'],
    );
    expect(ru.keys).toContain('sleep-flip-wake');
    expect(ru.keys).not.toContain('sleep-bed-shift');
    const en = await tapped(
      'sleep',
      'Get my sleep back after the holidays',
      'Work starts at 8 next week and I fall asleep at 3.',
      'en',
      ['Going to bed earlier'],
    );
    expect(en.keys).toContain('sleep-flip-wake');
    expect(en.keys).not.toContain('sleep-bed-shift');
    // Asleep at 1 is an hour or two off: the bedtime ladder stays.
    const near = await tapped('sleep', 'Go to bed before midnight', 'I usually fall asleep around 1.', 'en', [
      'Going to bed earlier',
    ]);
    expect(near.keys).toContain('sleep-bed-shift');
    expect(near.keys).not.toContain('sleep-flip-wake');
  });

  it('words the bedtime ladder as one thing to do now, in both languages', async () => {
    const en = await tapped('sleep', 'bed before midnight', '', 'en', ['Going to bed earlier']);
    const enShift = en.texts[en.keys.indexOf('sleep-bed-shift')];
    expect(enShift).toMatch(/^Write your bedtime ladder now/);
    expect(enShift).toContain('30 minutes if your date is close');
    const ru = await tapped('sleep', 'Ложиться до полуночи', 'Засыпаю в час ночи.', 'ru', ['Ложиться спать раньше']);
    expect(ru.texts[ru.keys.indexOf('sleep-bed-shift')]).toMatch(/^Распиши сейчас лесенку отбоя/);
  });

  it('compares the places for a scan before booking one — no "take the earliest slot" first', async () => {
    const ru = await tapped(
      'checkup',
      'Сделать МРТ колена',
      'Травматолог направил на МРТ, по ОМС очередь на два месяца, платно 6 тысяч. В субботу опять зовут играть.',
      'ru',
      ['МРТ, гастроскопия'],
    );
    expect(ru.keys[0]).toBe('chk-proc-where');
    expect(ru.keys).not.toContain('chk-02');
    const en = await tapped(
      'checkup',
      'Get my knee MRI done this week',
      'The GP referred me for an MRI; the NHS wait is eight weeks.',
      'en',
      ['An MRI'],
    );
    expect(en.keys[0]).toBe('chk-proc-where');
    expect(en.keys).not.toContain('chk-02');
    // A GP visit this week keeps the booking first.
    const gp = await firstFive('checkup', 'Go to the GP this week about my cough', '');
    expect(gp.keys[0]).toBe('chk-02');
  });

  it("asks about a child's teeth and the last visit for the dentist — not the teacher and the board", async () => {
    const ru = await tapped(
      'checkup',
      'Сводить дочку к стоматологу, а она боится кресла',
      'Дочке пять, зуб уже темнеет. В прошлый раз в поликлинике её держали втроём.',
      'ru',
      ['Записать и сводить ребёнка к врачу'],
    );
    expect(ru.keys).toContain('chk-child-teeth');
    expect(ru.keys).not.toContain('chk-child-noticed');
    const en = await tapped('checkup', 'Take my 5-year-old to the dentist', 'One of her teeth has gone dark.', 'en', [
      'An appointment for my child',
    ]);
    expect(en.keys).toContain('chk-child-teeth');
    expect(en.keys).not.toContain('chk-child-noticed');
    // An eye test for a child keeps the teacher's notes.
    const eyes = await tapped(
      'checkup',
      "Get my son's eyes tested",
      'He squints at the board, the teacher says.',
      'en',
      ['An appointment for my child'],
    );
    expect(eyes.keys).toContain('chk-child-noticed');
    expect(eyes.keys).not.toContain('chk-child-teeth');
  });

  it("finds out the free route and one price before booking a child's visit when the cost or wait is named", async () => {
    const ru = await tapped(
      'checkup',
      'Сводить дочку к стоматологу',
      'Дочке пять, зуб темнеет. Платная детская стоматология есть, но дорого.',
      'ru',
      ['Записать и сводить ребёнка к врачу'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['chk-child-cost', 'chk-child-book']);
    expect(ru.keys).not.toContain('chk-child-route');
    const en = await tapped(
      'checkup',
      "Get my daughter's teeth checked",
      'Private is expensive and the NHS waiting list is months.',
      'en',
      ['An appointment for my child'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['chk-child-cost', 'chk-child-book']);
    // No price or wait named: the booking leads and the options come later.
    const plain = await tapped('checkup', 'Take my son for his booster', 'He is four.', 'en', [
      'An appointment for my child',
    ]);
    expect(plain.keys[0]).toBe('chk-child-book');
    expect(plain.keys).not.toContain('chk-child-cost');
  });
});
