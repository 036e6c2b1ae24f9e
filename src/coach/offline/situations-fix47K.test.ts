import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the forty-fifth blind read, leftovers fixed in general (helper fix47K)', () => {
  // "Moving to my son" alone says where, not with whom (fix30c2: a widow who will rent near her daughter): the host
  // steps come when the person says they will live with them.
  it('moving abroad to live with a daughter or son: no rent and first pay, no short let near work', async () => {
    const en = await tap(
      'moving',
      'Moving to my son in Toronto next spring',
      "I'm 70 and widowed, and I'll live with my son and his wife. He has applied for my visa as his parent. I must sell the flat in Lviv and work out how my pension can be paid to me in Canada.",
      'en',
      ['Moving to another country'],
    );
    expect(en.keys).toContain('abroad-money-host');
    expect(en.keys).not.toContain('abroad-money');
    expect(en.keys).not.toContain('abroad-landing');
    const ru = await tap(
      'moving',
      'Переезжаю к дочери в Германию',
      'Мне 66, я на пенсии, буду жить у дочери. Она оформляет мне воссоединение семьи, надо продать квартиру в Омске и решить с пенсией.',
      'ru',
      ['Переезд в другую страну'],
    );
    expect(ru.keys).not.toContain('abroad-money');
    expect(ru.keys).not.toContain('abroad-landing');
    // Moving abroad for a job, with no family there, keeps the first-month let and the rent.
    const near = await tap(
      'moving',
      'Moving to Lisbon for a new job',
      'I start in March and need to find a flat there. My daughter stays here with her mum.',
      'en',
      ['Moving to another country'],
    );
    expect(near.keys).toContain('abroad-money');
  });

  it('a screening day or van: no second "check you are due" or "book the screening" after the day is pinned down', async () => {
    const en = await tap(
      'checkup',
      'Get my mammogram when the mobile unit comes',
      'I am 62 and have had the invitation letter for the breast screening bus twice. It parks at the supermarket next week.',
      'en',
      ['Cancer screening: smear, mammogram'],
    );
    expect(en.keys[0]).toBe('chk-event-when');
    expect(en.keys).not.toContain('chk-scr-invite');
    expect(en.keys).not.toContain('chk-scr-book');
    // A screening with no van or day keeps its own check and booking.
    const near = await tap(
      'checkup',
      'Book my first mammogram',
      'I turned 50 and never had one. I think I got a letter last year.',
      'en',
      ['Cancer screening: smear, mammogram'],
    );
    expect(near.keys).toContain('chk-scr-invite');
  });

  it('a procedure already given a date: no comparing clinics to book one', async () => {
    const ru = await tap(
      'checkup',
      'Наконец сделать гастроскопию',
      'Гастроэнтеролог выписал направление, очередь дали на двадцатое число. Боюсь, что не выдержу процедуру.',
      'ru',
      ['МРТ, гастроскопия или другая процедура'],
    );
    expect(ru.keys).not.toContain('chk-proc-where');
    expect(ru.keys).toContain('chk-proc-prep');
    const en = await tap(
      'checkup',
      'Go through with the colonoscopy this time',
      "I've got an appointment for the colonoscopy on the 14th. I cancelled the last one because I was scared.",
      'en',
      ['An MRI, endoscopy or other procedure'],
    );
    expect(en.keys).not.toContain('chk-proc-where');
    // No date yet: the clinics are still compared.
    const near = await tap(
      'checkup',
      'Get a colonoscopy done',
      'My GP says I should have one because of my family history. I have not booked anything.',
      'en',
      ['An MRI, endoscopy or other procedure'],
    );
    expect(near.keys).toContain('chk-proc-where');
  });

  it('a clinic a day away: the papers listed once, and the visit itself given more than an hour', async () => {
    const en = await tap(
      'checkup',
      'See a dentist about my back tooth',
      'The nearest dentist is in town, two buses from the village, and the queue there takes the morning.',
      'en',
    );
    expect(en.keys).toContain('chk-far-trip');
    expect(en.keys).not.toContain('chk-07');
    expect(en.keys).not.toContain('chk-10');
    const ru = await tap(
      'checkup',
      'Показаться окулисту',
      'Ближайшая поликлиника в райцентре, автобус два раза в день. Глаза к вечеру устают и расплываются буквы.',
      'ru',
    );
    expect(ru.keys).toContain('chk-far-trip');
    expect(ru.keys).not.toContain('chk-07');
    // A clinic in town keeps the folder step and the ordinary hour.
    const near = await tap('checkup', 'Eye test this month', 'My glasses feel weak when I read at night.', 'en');
    expect(near.keys).not.toContain('chk-far-trip');
    expect(near.keys).not.toContain('chk-10-far');
  });

  it('fear of water where the bottom is out of sight: calm swims along the shore, and the feeding drill waits', async () => {
    const en = await tap(
      'sport',
      'Swim the 2 km sea swim in March',
      'I do about 2 km in the pool three times a week, but I get scared in deep water and have never raced in the sea.',
      'en',
      ['Already doing it, want to get better'],
    );
    expect(en.keys).toContain('sport-swim-calm');
    expect(en.keys).not.toContain('sport-swim-feed');
    const ru = await tap(
      'sport',
      'Проплыть заплыв на открытой воде 3 км',
      'Плаваю в бассейне по 2 км три раза в неделю, но в озере паникую, когда не видно дна.',
      'ru',
      ['Уже занимаюсь, хочу лучше'],
    );
    expect(ru.keys).toContain('sport-swim-calm');
    // A calm sea swimmer keeps the feeding drill and gets no calm swims.
    const near = await tap(
      'sport',
      'Swim across the bay for the charity swim',
      "I've swum in the sea every summer for years and do about 3 km three mornings a week.",
      'en',
      ['Already doing it, want to get better'],
    );
    expect(near.keys).not.toContain('sport-swim-calm');
  });

  it('a sore joint a doctor already gave a plan for: no second booking about it', async () => {
    const ru = await tap(
      'sport',
      'Пробежать первый горный забег на 20 км',
      'Бегаю два года по городу, 10 км за 55 минут. Колено побаливает после длинных пробежек, врач посоветовала укреплять бёдра.',
      'ru',
      ['Горный бег, трейл и спуски', 'Уже занимаюсь, хочу лучше'],
    );
    expect(ru.keys).not.toContain('sport-injury-check');
    const en = await tap(
      'sport',
      'Run my first hilly half marathon',
      'I have run for three years. My knee aches after long runs and the physio told me to strengthen my glutes.',
      'en',
      ['Already doing it, want to get better'],
    );
    expect(en.keys).not.toContain('sport-injury-check');
    // A sore knee with no plan from anyone keeps the check first.
    const near = await tap(
      'sport',
      'Run my first hilly half marathon',
      'I have run for three years. My knee aches after long runs.',
      'en',
      ['Already doing it, want to get better'],
    );
    expect(near.keys[0]).toBe('sport-injury-check');
  });

  it('a packed shed or garage: the sessions are planned before the putting back by zones', async () => {
    const en = await tap(
      'home',
      'Clear out the shed so I can get the mower in',
      'It is full of old paint, broken chairs and the kids’ bikes.',
      'en',
      ['Sorting out a shed or garage'],
    );
    expect(en.keys.indexOf('home-shed-slots')).toBeGreaterThan(-1);
    const zones = en.keys.indexOf('home-shed-zones');
    if (zones > -1) expect(zones).toBeGreaterThan(en.keys.indexOf('home-shed-slots'));
  });

  it('a credit card to clear: the balances and last month listed before the fixed payment', async () => {
    const ru = await tap(
      'finance',
      'Погасить кредитку до конца года',
      'Долг по карте 120 тысяч, плачу только минимальный платёж.',
      'ru',
      ['Долг по кредитной карте'],
    );
    const fixed = ru.keys.indexOf('fin-card-fixed');
    const balances = ru.keys.indexOf('fin-10');
    if (fixed > -1 && balances > -1) expect(balances).toBeLessThan(fixed);
    expect(ru.keys.some((key) => key === 'fin-card-fixed' || key === 'fin-10')).toBe(true);
  });
});
