import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the forty-ninth blind read, fixed in general (helper fix49F)', () => {
  it('gives a rental business not started yet no last month or existing customers, and its safety steps for boats', async () => {
    const en = await tap(
      'business',
      'kayak rental on the lake',
      "I'm 50 and have four kayaks from my old club. I want to start renting out my kayaks to visitors this summer, properly registered and insured.",
      'en',
      ['A business not started yet'],
    );
    expect(en.keys).not.toContain('biz-numbers');
    expect(en.keys).not.toContain('biz-ask-customers');
    expect(en.keys).toContain('biz-risk-insure');
    const ru = await tap(
      'business',
      'Сдавать байдарки на реке',
      'У меня пять байдарок, хочу начать сдавать их туристам летом, всё официально. Боюсь, что кто-то перевернётся.',
      'ru',
      ['Бизнес ещё не открыт'],
    );
    expect(ru.keys).not.toContain('biz-numbers');
    expect(ru.keys).not.toContain('biz-price-hour');
    expect(ru.keys).toContain('biz-risk-insure');
    // Already renting out for two seasons: the numbers stay.
    const near = await tap(
      'business',
      'more bookings for my kayak hire',
      "I've been running kayak hire on the lake for two seasons; last month we had 60 bookings and I want more.",
      'en',
      ['A business already trading'],
    );
    expect(near.keys).toContain('biz-numbers');
  });

  it('plants a garden meant to live on rain alone, not a vegetable bed and a watering day', async () => {
    const en = await tap(
      'home',
      'a drought tolerant garden by the drive',
      "We have a hosepipe ban most summers. I'd like drought-tolerant plants by the drive that need no watering once they settle. My knees are bad.",
      'en',
      [],
    );
    expect(en.keys).toEqual(expect.arrayContaining(['home-dry-choose', 'home-dry-smother']));
    expect(en.keys).not.toContain('home-garden-raised');
    expect(en.keys).not.toContain('home-garden-water-day');
    expect(en.texts.join(' ')).not.toMatch(/tomato/i);
    const ru = await tap(
      'home',
      'Цветник, который живёт без полива',
      'Дача далеко, летом жара. Хочу засухоустойчивые растения у забора, чтобы почти без полива.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('home-dry-choose');
    expect(ru.keys).not.toContain('home-garden-sow');
    // A vegetable bed under a hosepipe ban: the watering day stays.
    const near = await tap(
      'home',
      'grow tomatoes and beans',
      "There's a hosepipe ban here every summer, but I want a vegetable patch with tomatoes and beans.",
      'en',
      [],
    );
    expect(near.keys).not.toContain('home-dry-choose');
    expect(near.keys).toContain('home-garden-water-day');
  });

  it('gives no practice spot at home when the instrument is only at rehearsals', async () => {
    const en = await tap(
      'instrument',
      'learn the drums for our church band',
      "I'm 30 and I don't own a drum kit; I can only practise at rehearsals on Thursdays.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).not.toContain('inst-01');
    expect(en.keys).toContain('inst-away-days');
    const ru = await tap(
      'instrument',
      'научиться играть на виолончели',
      'Мне 16, своей виолончели у меня нет, занимаюсь только в студии по субботам.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).not.toContain('inst-01');
    expect(ru.keys).toContain('inst-away-days');
    const near = await tap('instrument', 'learn the cello', "I'm 16 and just bought my first cello.", 'en', [
      'Just starting',
    ]);
    expect(near.keys).not.toContain('inst-away-days');
  });

  it('gives a cola or coffee habit tried before no smoking or alcohol services', async () => {
    const en = await tap(
      'quit',
      'stop drinking so much Pepsi',
      "I drink about six cans of Pepsi a day. I've tried to stop before and slipped after ten days, when the headaches started.",
      'en',
      ["I've tried to stop before"],
    );
    expect(en.keys).toContain('quit-again-review');
    expect(en.keys).not.toContain('quit-again-method');
    expect(en.texts.join(' ')).not.toMatch(/stop-smoking|alcohol service/i);
    const ru = await tap(
      'quit',
      'бросить пить колу',
      'Пью по два литра колы в день. Пробовал бросить сразу, через неделю сорвался.',
      'ru',
      ['Уже пробовал'],
    );
    expect(ru.keys).toContain('quit-again-review');
    expect(ru.keys).not.toContain('quit-again-method');
    // Alcohol tried before: the services stay.
    const near = await tap(
      'quit',
      'stop drinking beer',
      'I drink five beers every night. I tried to stop in January and slipped after two weeks.',
      'en',
      ["I've tried to stop before"],
    );
    expect(near.keys).toContain('quit-again-method');
  });

  it('steps a sleeper down from the TV or a series left on, not the house noises or the phone', async () => {
    const en = await tap(
      'sleep',
      'sleep without the TV on',
      "I'm 70 and I can only fall asleep with the TV on; it runs all night and I wake up tired.",
      'en',
      [],
    );
    expect(en.keys).toContain('sleep-tv-timer');
    expect(en.keys).not.toContain('sleep-screens');
    expect(en.keys).not.toContain('sleep-quiet-house');
    const ru = await tap(
      'sleep',
      'засыпать без ютуба',
      'Мне 30, уже год засыпаю только под ютуб на телефоне, когда выключаю — в тишине не могу уснуть.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('sleep-tv-timer');
    expect(ru.keys).not.toContain('sleep-quiet-house');
    // Too quiet after a move to the country, no screen named: the house sounds stay.
    const near = await tap(
      'sleep',
      'sleep in the new country house',
      'We moved from the city to a farmhouse and it is too quiet; every creak wakes me.',
      'en',
      [],
    );
    expect(near.keys).not.toContain('sleep-tv-timer');
    expect(near.keys).toContain('sleep-quiet-house');
  });

  it('plans a shop tab around harvest money, not paydays', async () => {
    const en = await tap(
      'finance',
      'get off the shop tab',
      'We grow maize and the money comes in big lumps after the harvest; between harvests we buy on credit at the shop.',
      'en',
      [],
    );
    expect(en.keys).toContain('fin-tab-lump-plan');
    expect(en.keys).not.toContain('fin-tab-plan');
    expect(en.texts.join(' ')).not.toMatch(/payday/i);
    const ru = await tap(
      'finance',
      'перестать брать под запись',
      'Мы держим пасеку, деньги приходят кусками — осенью за мёд, зимой почти ничего, и берём в магазине под запись.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('fin-tab-lump-plan');
    expect(ru.keys).not.toContain('fin-tab-plan');
    const near = await tap(
      'finance',
      'clear my tab at the corner shop',
      'I get paid every Friday but by Wednesday I am buying on tick at the corner shop.',
      'en',
      [],
    );
    expect(near.keys).toContain('fin-tab-plan');
    expect(near.keys).not.toContain('fin-tab-lump-plan');
  });

  it('drops the visa search once a permit is granted, and the first-month let once one is booked', async () => {
    const en = await tap(
      'moving',
      'moving to Auckland with the kids',
      'My wife got a residence permit with her new job. We booked an Airbnb for the first month and then need a long-term lease.',
      'en',
      ['Moving to another country'],
    );
    expect(en.keys).not.toContain('abroad-visa');
    expect(en.keys).not.toContain('abroad-landing');
    expect(en.keys).toContain('abroad-stay-booked');
    const ru = await tap(
      'moving',
      'переезд в Белград',
      'Муж уже получил ВНЖ, мы сняли квартиру на первый месяц, потом нужно искать постоянное жильё.',
      'ru',
      ['Переезд в другую страну'],
    );
    expect(ru.keys).not.toContain('abroad-visa');
    expect(ru.keys).not.toContain('abroad-landing');
    expect(ru.keys).toContain('abroad-stay-booked');
    const near = await tap(
      'moving',
      'moving to Auckland with the kids',
      'We want to move to New Zealand next year and apply for a residence permit.',
      'en',
      ['Moving to another country'],
    );
    expect(near.keys).toContain('abroad-visa');
    expect(near.keys).not.toContain('abroad-stay-booked');
  });
});
