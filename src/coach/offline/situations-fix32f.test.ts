import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const sibling = ['fam-01', 'fam-02', 'fam-21', 'fam-05', 'fam-09'];
const smallChild = ['fam-07', 'fam-12', 'fam-27', 'fam-23'];
const toParents = ['fam-01', 'fam-02', 'fam-21', 'fam-05', 'fam-24'];

describe('the thirty-second blind read, fixed in general (helper fix32f)', () => {
  it('gives an aunt or uncle steps for the nephew or niece — not calls, lunches and old photos for their parent', async () => {
    const en = await tap(
      'family',
      'Be there for my niece while her dad is in jail',
      "My sister's husband got sentenced last spring. My niece is 8 and lives with my sister across town. I'm off on Sundays and I've never really looked after a kid.",
      'en',
      ['Being there'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['fam-nib-parent', 'fam-nib-slot', 'fam-nib-first']);
    for (const key of sibling) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'family',
      'Стать нормальным дядей для племянника',
      'Брат уехал на заработки на два года, его сыну 10, живёт с мамой в соседнем районе. Хочу забирать его по воскресеньям, но боюсь пообещать и пропасть.',
      'ru',
      ['Быть рядом'],
    );
    expect(ru.keys[0]).toBe('fam-nib-parent');
    for (const key of sibling) expect(ru.keys).not.toContain(key);
    // A goal about the brother himself keeps the sibling steps.
    const brother = await tap(
      'family',
      'Get closer to my brother',
      'We live in different cities and barely talk.',
      'en',
    );
    expect(brother.keys).toContain('fam-09');
    expect(brother.keys.some((key) => key.startsWith('fam-nib-'))).toBe(false);
  });

  it('gives the family of someone in prison the prison’s own ways of contact — no lunch, walk or tickets to book', async () => {
    const en = await tap(
      'family',
      'Stay close to my brother while he serves his sentence',
      "He was sent down in March for three years. I don't know how visits work and we used to talk every day.",
      'en',
    );
    expect(en.keys).toContain('fam-prison-rules');
    for (const key of ['fam-02', 'fam-21', 'fam-24']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'family',
      'Не потерять связь с братом, пока он в колонии',
      'Ему дали четыре года. Раньше созванивались каждый день, а теперь не знаю, как писать и ездить.',
      'ru',
    );
    expect(ru.keys).toContain('fam-prison-rules');
    for (const key of ['fam-02', 'fam-21']) expect(ru.keys).not.toContain(key);
    // A brother at large keeps the visit planned.
    const free = await tap(
      'family',
      'Get closer to my brother',
      'He lives two hours away and we only meet at Christmas.',
      'en',
    );
    expect(free.keys).toContain('fam-21');
    expect(free.keys).not.toContain('fam-prison-rules');
  });

  it('gives a parent whose child left to study in another city calls and news from home — no floor play or family meal', async () => {
    const ru = await tap(
      'family',
      'Сохранить близость с сыном, который уехал учиться в Казань',
      'Сын первый год в университете, живёт в общежитии. Пишет редко и коротко, я не знаю, о чём его спрашивать, чтобы не надоедать.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-kidaway-time');
    for (const key of smallChild) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'family',
      'Stay close to my daughter now she has gone off to university',
      "She's in her first term three hundred miles away. Our calls are two minutes of 'fine, Mum'.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['fam-kidaway-time', 'fam-kidaway-share']);
    for (const key of smallChild) expect(en.keys).not.toContain(key);
    // A child at home keeps play and the meal together.
    const home = await tap('family', 'Spend more time with my son', 'He is 6 and we both get home by five.', 'en');
    expect(home.keys).toContain('fam-07');
    expect(home.keys.some((key) => key.startsWith('fam-kidaway-'))).toBe(false);
  });

  it('helps parents tell a child how they came to be — donor or adoption — instead of a weekly slot and play', async () => {
    const en = await tap(
      'family',
      'Tell our son he was conceived with donor sperm',
      "He's 7 and we always meant to tell him. My husband is nervous about getting the words wrong, and my parents don't know.",
      'en',
      ['Telling a child'],
    );
    expect(en.keys).toEqual([
      'fam-origin-words',
      'fam-origin-questions',
      'fam-origin-tell',
      'fam-origin-after',
      'fam-origin-family',
    ]);
    const ru = await tap(
      'family',
      'Рассказать дочке, что её удочерили',
      'Ей шесть, она у нас с восьми месяцев. Бабушки знают, а сама она нет, и я боюсь этого разговора.',
      'ru',
      ['Сказать ребёнку'],
    );
    expect(ru.keys[0]).toBe('fam-origin-words');
    for (const key of ['fam-22', 'fam-23', 'fam-07']) expect(ru.keys).not.toContain(key);
    // A parent who only wants more time together keeps the ordinary steps.
    const time = await tap('family', 'Spend more time with my daughter', 'She is 7 and I work late.', 'en');
    expect(time.keys).toContain('fam-22');
    expect(time.keys.some((key) => key.startsWith('fam-origin-'))).toBe(false);
  });

  it('helps siblings deciding about a parent’s home keep the peace — no call, gift or visit for parents who have died', async () => {
    const ru = await tap(
      'family',
      'Не поссориться с братом из-за маминой квартиры',
      'Мамы не стало весной. Брат хочет сдавать квартиру, мне нужны деньги на ипотеку, и каждый разговор кончается криком.',
      'ru',
      ['Решаем с роднёй'],
    );
    expect(ru.keys[0]).toBe('fam-estate-each');
    for (const key of toParents) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'family',
      "Keep my sisters and me talking while we sort out Dad's house",
      'Dad died in January. One of us wants to sell, one lives there, and I am stuck in the middle.',
      'en',
      ['Siblings deciding'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['fam-estate-each', 'fam-estate-facts']);
    for (const key of toParents) expect(en.keys).not.toContain(key);
    // A goal to see the parents more keeps its visit planned.
    const parents = await tap('family', 'See my parents more often', 'They live three hours away by train.', 'en');
    expect(parents.keys).toContain('fam-21');
    expect(parents.keys.some((key) => key.startsWith('fam-estate-'))).toBe(false);
  });

  it('gives a parent whose children are in foster care the case plan, their lawyer and the visits — no custody split', async () => {
    const en = await tap(
      'recovery',
      'Bring my son home from foster care',
      'CPS removed him in spring after a neighbour called. My case plan is drug testing, a parenting course and a job. I get two supervised hours on Tuesdays.',
      'en',
    );
    expect(en.keys.slice(0, 3)).toEqual(['rec-01', 'rec-care-plan', 'rec-care-lawyer']);
    for (const key of ['rec-21', 'rec-06', 'rec-statement']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'recovery',
      'Вернуть детей из приюта',
      'Опека изъяла двоих детей месяц назад, пока я лежала в больнице. Сказали сделать ремонт и устроиться на работу. Вижусь с ними раз в неделю.',
      'ru',
    );
    expect(ru.keys).toContain('rec-care-plan');
    for (const key of ['rec-21', 'rec-06']) expect(ru.keys).not.toContain(key);
    // A custody case between two parents keeps the arrangement to propose.
    const custody = await tap(
      'recovery',
      'Prepare for the custody mediation',
      'My ex and I are splitting up and the mediation about our two boys is next month.',
      'en',
      ['A court case'],
    );
    expect(custody.keys).toContain('rec-21');
    expect(custody.keys.some((key) => key.startsWith('rec-care-'))).toBe(false);
  });

  it('gives the parent a return is sought from their own steps — not the left-behind parent’s', async () => {
    const ru = await tap(
      'recovery',
      'Бывшая жена через суд требует вернуть дочку в Италию',
      'Мы жили в Милане, летом я привёз дочь к родителям в Тверь и не вернулся — жена знала, что я ухожу. Теперь она подала на возвращение по Гаагской конвенции, суд в ноябре.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['rec-01', 'rec-ret-lawyer', 'rec-ret-papers']);
    expect(ru.keys.some((key) => key.startsWith('rec-kept-'))).toBe(false);
    const en = await tap(
      'recovery',
      'Get through the Hague case about my son',
      "We lived in Texas. I brought my son home to Manchester in May and I didn't go back. His father has filed a Hague petition against me and the hearing is in six weeks.",
      'en',
    );
    expect(en.keys).toContain('rec-ret-lawyer');
    expect(en.keys.some((key) => key.startsWith('rec-kept-'))).toBe(false);
    // A parent whose child was kept abroad keeps the return application steps.
    const left = await tap(
      'recovery',
      'Get my daughter back from Spain',
      "Her mum took her abroad for the summer and won't bring her back. We have a court order here.",
      'en',
    );
    expect(left.keys).toContain('rec-kept-urgent');
    expect(left.keys.some((key) => key.startsWith('rec-ret-'))).toBe(false);
  });

  it('never asks a widowed parent when the child sees each parent', async () => {
    const en = await tap(
      'recovery',
      'Get my daughter back from her grandparents',
      'My wife died last autumn and her parents took our girl in while I worked away. Now they say she should stay with them.',
      'en',
      ['None'],
    );
    expect(en.keys).toContain('rec-06-one');
    expect(en.keys).not.toContain('rec-06');
    const ru = await tap(
      'recovery',
      'Забрать сына у бабушки с дедушкой',
      'Муж погиб год назад, сын пока жил у его родителей, а теперь они не хотят его отдавать.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys).toContain('rec-06-one');
    expect(ru.keys).not.toContain('rec-06');
    // A separated parent keeps "each parent".
    const split = await tap(
      'recovery',
      'See my son more',
      'His mum and I split last year and she cut my weekends to one a month.',
      'en',
      ['None'],
    );
    expect(split.keys).toContain('rec-06');
    expect(split.keys).not.toContain('rec-06-one');
  });

  it('gives someone already invited by a club the reply and the one session — not "find a group"', async () => {
    const ru = await tap(
      'social',
      'Начать ходить в клуб настольных игр',
      'Мне 22. Нашёл клуб в своём районе, написал в клуб, меня пригласили на игровой вечер в пятницу, но я стесняюсь идти один.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-found-reply');
    expect(ru.keys).not.toContain('soc-03');
    const en = await tap(
      'social',
      'Join the local rowing club',
      'I emailed the club in June and they invited me to a taster session, but I got nervous and never replied. Everyone there seems to know each other.',
      'en',
    );
    expect(en.keys[0]).toBe('soc-found-reply');
    expect(en.keys).not.toContain('soc-03');
    // Someone with no group yet still finds one.
    const none = await tap('social', 'Join a club and make friends', 'I moved here last month and know nobody.', 'en');
    expect(none.keys).toContain('soc-03');
    expect(none.keys.some((key) => key.startsWith('soc-found-'))).toBe(false);
  });

  it('gives a couple living with the in-laws while they save no visit to plan', async () => {
    const en = await tap(
      'family',
      'Keep the peace with my in-laws',
      "We're living with them until our flat is ready, probably next summer.",
      'en',
      ['Getting on'],
    );
    expect(en.keys).toContain('fam-inlaw-learn');
    expect(en.keys).not.toContain('fam-inlaw-visit');
    const ru = await tap(
      'family',
      'Найти общий язык со свекровью',
      'Пока копим на первый взнос, живём у них, в одной квартире.',
      'ru',
      ['Отношения с роднёй'],
    );
    expect(ru.keys).toContain('fam-inlaw-learn');
    expect(ru.keys).not.toContain('fam-inlaw-visit');
    // In-laws who come over keep the visit planned.
    const visits = await tap(
      'family',
      'Get on better with my in-laws',
      'They come over every other Sunday and criticise the children.',
      'en',
      ['Getting on'],
    );
    expect(visits.keys).toContain('fam-inlaw-visit');
  });
});
