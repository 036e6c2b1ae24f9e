import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the fifty-first blind read, helper fix52J', () => {
  it('gives heirs settling an estate among themselves every heir’s signature instead of the legal deadline; a sole heir keeps the deadline', async () => {
    const en = await tap(
      'admin',
      'transfer my late mother’s house into my name',
      'Mum died last year. We agreed to settle the estate among ourselves: all the heirs have to sign and my brother lives in Canada. The buyer wants it done by spring.',
      'en',
      ['Inheritance'],
    );
    expect(en.keys).toContain('adm-inh-heirs');
    expect(en.keys).not.toContain('adm-inh-deadline');
    const ru = await tap(
      'admin',
      'оформить бабушкин дом на себя после её смерти',
      'Бабушка умерла весной. Мы с сёстрами договорились, что они откажутся в мою пользу, но одна сестра живёт в Германии.',
      'ru',
      ['Наследство'],
    );
    expect(ru.keys).toContain('adm-inh-heirs');
    expect(ru.keys).not.toContain('adm-inh-deadline');
    const near = await tap(
      'admin',
      "deal with my late father's estate",
      "Dad died last month and I'm his only child. I have no idea where to start.",
      'en',
      ['Inheritance'],
    );
    expect(near.keys).toContain('adm-inh-deadline');
    expect(near.keys).not.toContain('adm-inh-heirs');
  });

  it('weighs a chair or booth rented in a salon in clients, regulars and terms, not an offer, interviews or a landing page; opening one’s own salon keeps them', async () => {
    const en = await tap(
      'business',
      'move my nail clients from my living room into a salon',
      "I've done nails at home for three years, about 12 clients a week who book on Instagram. A salon near the station has booth rental at 90 a week and I can't tell if it's worth it.",
      'en',
      [],
    );
    expect(en.keys.slice(0, 3)).toEqual(['biz-chair-even', 'biz-chair-follow', 'biz-chair-terms']);
    expect(en.keys).not.toContain('biz-landing');
    expect(en.keys).not.toContain('biz-ask-customers');
    expect(en.keys).not.toContain('biz-offer');
    const ru = await tap(
      'business',
      'перевести своих клиенток из дома в салон',
      'Стригу дома уже три года, клиенток человек сорок, все пишут в вотсап. Хочу арендовать кресло в салоне у метро за 20 тысяч в месяц, но не знаю, останется ли что-то.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('biz-chair-even');
    expect(ru.keys).toContain('biz-chair-follow');
    expect(ru.texts.join(' ')).not.toMatch(/лендинг|посадочн/i);
    const near = await tap(
      'business',
      'open my own nail salon',
      "I've done nails at home for three years and want my own small salon with two desks next year.",
      'en',
      [],
    );
    expect(near.keys.filter((key) => key.startsWith('biz-chair-'))).toEqual([]);
  });

  it('decides a big buy with a seller waiting before any launch step; a launch in days keeps its musts', async () => {
    const en = await tap(
      'business',
      'buy a second-hand coffee van, yes or no?',
      "A man in town is selling his coffee van for 22k and wants an answer by Monday. That's most of my savings, and I've never run a business.",
      'en',
      ['Just'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['biz-buy-whole', 'biz-buy-check']);
    expect(en.keys).not.toContain('biz-days-musts');
    const ru = await tap(
      'business',
      'покупать ли готовый фургон для кофе',
      'Продают кофейню на колёсах за полтора миллиона, продавец ждёт ответа до пятницы, а это почти все наши накопления. Своего дела у меня никогда не было.',
      'ru',
      ['Только'],
    );
    expect(ru.keys).toContain('biz-buy-whole');
    expect(ru.keys).not.toContain('biz-days-musts');
    const near = await tap(
      'business',
      'start selling cupcakes at the school fair',
      'The fair is on Saturday and I have never sold anything.',
      'en',
      ['Just'],
    );
    expect(near.keys.filter((key) => key.startsWith('biz-buy-'))).toEqual([]);
  });

  it('reads the named marketplace’s rules for the product, with no food or honey papers and no one-line offer after the listing; an unnamed site keeps the choice', async () => {
    const ru = await tap(
      'business',
      'начать продавать своё мыло на озоне',
      'Варю мыло ручной работы два года, продаю знакомым и на ярмарках. Хочу на маркетплейс, но боюсь комиссии и документов.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys).toContain('biz-online-named');
    expect(ru.keys).not.toContain('biz-online-rules');
    expect(ru.keys).not.toContain('biz-offer');
    expect(ru.texts.join(' ')).not.toMatch(/мёд|мед,|ветеринар/);
    const en = await tap(
      'business',
      'get my hand-poured candles selling on Etsy',
      'I have made candles for two years and sell them at craft fairs; I want to sell online on Etsy too.',
      'en',
      ['None'],
    );
    expect(en.keys).toContain('biz-online-named');
    expect(en.texts.join(' ')).not.toMatch(/honey/i);
    const near = await tap(
      'business',
      'продавать мёд через интернет',
      'Держу пасеку, продаю мёд у трассы. Хочу продавать через интернет.',
      'ru',
      ['Ничего'],
    );
    expect(near.keys).toContain('biz-online-rules');
    expect(near.keys).not.toContain('biz-online-named');
  });

  it('asks the people on the shift which sites hire directly, not for a 15-minute chat, for warehouse and agency work; an office search keeps the chat', async () => {
    const en = await tap(
      'career',
      'find a permanent job instead of agency shifts',
      "I've been picking in a warehouse through an agency for three years and never know my hours.",
      'en',
      [],
    );
    expect(en.keys).toContain('car-shift-ask');
    expect(en.keys).not.toContain('car-08');
    const ru = await tap(
      'career',
      'найти постоянную работу вместо смен через агентство',
      'Работаю комплектовщиком на складе через агентство четвёртый год, график каждую неделю разный, больничные не оплачивают.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('car-shift-ask');
    expect(ru.keys).not.toContain('car-08');
    const near = await tap(
      'career',
      'find a job in marketing',
      'I have two years in a small agency doing social media and want a bigger company.',
      'en',
      [],
    );
    expect(near.keys).not.toContain('car-shift-ask');
  });

  it('sorts a years-long paper backlog one box a sitting and keeps what may matter out of the shredder', async () => {
    const en = await tap(
      'admin',
      'sort out my papers',
      'Four big boxes of bank statements, tax papers and letters from ten years. I never know what is safe to throw away.',
      'en',
      ['A pile'],
    );
    const text = en.texts.join(' ');
    expect(en.keys).toContain('adm-back-sort');
    expect(text).toMatch(/several sittings/);
    const ru = await tap(
      'admin',
      'разобрать бумаги за много лет',
      'Три коробки квитанций, выписок и налоговых бумаг. Боюсь выбросить что-то важное.',
      'ru',
      ['Завал'],
    );
    expect(ru.keys).toContain('adm-back-sort');
    expect(ru.texts.join(' ')).toMatch(/несколько таких подходов/);
  });
});
