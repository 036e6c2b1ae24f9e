import { describe, expect, it } from 'vitest';
import { hazardKeys, tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const some = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));

describe('the forty-fifth blind reads, fixed in general (helper fix46C)', () => {
  it('pays off loan apps, not a hospital bill, when the apps paid the bill — a hospital bill alone keeps its steps', async () => {
    const en = await tap(
      'finance',
      'clear what I owe the phone lenders',
      "I took loans on two lending apps last year to pay for my son's hospital bill. Now it is 40,000 with the fees and they call my sister.",
      'en',
      ['Paying off loans'],
    );
    expect(some(en.keys, 'fin-med-')).toEqual([]);
    expect(en.keys).toContain('fin-pd-list');
    const ru = await tap(
      'finance',
      'Рассчитаться с займами',
      'Брала займы в приложениях, чтобы оплатить лечение отца, теперь должна 60 тысяч и коллекторы звонят.',
      'ru',
      ['Выплатить кредиты'],
    );
    expect(some(ru.keys, 'fin-med-')).toEqual([]);
    const bill = await tap(
      'finance',
      'Pay off the hospital bill',
      'I went to the ER in March without insurance and the hospital bill is $3,200. I earn $2,100 a month.',
    );
    expect(bill.keys[0]).toBe('fin-med-check');
  });

  it("updates the document that carries a renewed passport's number, not two documents in order — a passport still to renew keeps them", async () => {
    const en = await tap(
      'admin',
      'get my visa transferred to the new passport',
      'My passport was renewed last month, and the visa is in my old passport. We travel in February.',
    );
    expect(en.keys[0]).toBe('adm-pass-done-update');
    expect(en.keys).not.toContain('adm-docs-order');
    const ru = await tap(
      'admin',
      'Перенести визу в новый паспорт',
      'Паспорт поменялся в августе, а виза в старом паспорте. Летим в январе.',
      'ru',
    );
    expect(ru.keys[0]).toBe('adm-pass-done-update');
    const near = await tap(
      'admin',
      'Renew my passport and then the OCI card',
      'My passport expires in May and the OCI card has the old passport number on it. Which one first?',
    );
    expect(near.keys).toContain('adm-docs-order');
  });

  it('renews a Blue Card or work permit as a permit held, with no residence or citizenship criteria — a first Blue Card keeps them', async () => {
    const ru = await tap(
      'admin',
      'Продлить голубую карту до марта',
      'Работаю в Мюнхене, карта кончается весной, записи в ведомство нет.',
      'ru',
      ['Продлить или заменить'],
    );
    expect(ru.keys).toContain('adm-renew-when');
    expect(ru.keys).not.toContain('adm-res-eligible');
    expect(ru.keys).not.toContain('adm-res-trips');
    const en = await tap(
      'admin',
      'extend my work permit before it runs out',
      'My work permit expires in April and there are no appointments at the foreigners office.',
      'en',
      ['Renewing a permit'],
    );
    expect(en.keys).toContain('adm-renew-when');
    expect(en.keys).not.toContain('adm-res-trips');
    const first = await tap(
      'admin',
      'Apply for an EU Blue Card',
      'I have a job offer in the Netherlands and need to apply for the Blue Card for the first time.',
      'en',
      ['A residence permit'],
    );
    expect(first.keys).not.toContain('adm-renew-when');
  });

  it('claims a benefit by phone and on paper for someone with a push-button phone and no online account — a smartphone user keeps the site', async () => {
    const ru = await tap(
      'admin',
      'Оформить льготу на оплату квартиры',
      'Мне 70, пенсия маленькая. Телефон у меня кнопочный, в МФЦ всё через компьютер.',
      'ru',
      ['Пособие'],
    );
    expect(ru.keys[0]).toBe('adm-off-call');
    expect(ru.keys).not.toContain('adm-02');
    const en = await tap(
      'admin',
      'claim the pension credit I am owed',
      "I'm 74 and only have a basic phone, no email. The form is all online.",
      'en',
      ['Claiming a benefit'],
    );
    expect(en.keys[0]).toBe('adm-off-call');
    const near = await tap(
      'admin',
      'Оформить субсидию на ЖКУ',
      'Коммуналка выходит больше трети дохода, хочу подать через Госуслуги со смартфона.',
      'ru',
      ['Пособие'],
    );
    expect(near.keys).not.toContain('adm-off-call');
  });

  it('asks about the two routes when the time to accept an inheritance has passed, with no pressure warning — a recent death keeps the deadline', async () => {
    const ru = await tap(
      'admin',
      'Оформить квартиру на себя после отца',
      'Папа умер шесть лет назад, я так и живу в его квартире. К нотариусу не ходил, говорят, срок пропущен.',
      'ru',
      ['Наследство'],
    );
    expect(ru.keys).toContain('adm-inh-late');
    expect(ru.keys).not.toContain('adm-inh-deadline');
    expect(hazardKeys(ru.keys)).toEqual([]);
    const en = await tap(
      'admin',
      "put my late mother's house in my own name",
      'She died in 2016 and I never applied for probate. The council now wants proof of ownership.',
      'en',
      ['Inheritance'],
    );
    expect(en.keys).toContain('adm-inh-late');
    expect(en.keys).not.toContain('adm-inh-deadline');
    const recent = await tap(
      'admin',
      'Вступить в наследство после мамы',
      'Мама умерла в прошлом месяце, оставила квартиру.',
      'ru',
      ['Наследство'],
    );
    expect(recent.keys).toContain('adm-inh-deadline');
    expect(recent.keys).not.toContain('adm-inh-late');
  });

  it('still warns before a home is signed over under pressure, even with an inheritance named', async () => {
    const pressed = await tap(
      'admin',
      'Сожитель мамы требует переписать квартиру на него',
      'Мама пожилая, он давит каждый день, говорит, что иначе уйдёт.',
      'ru',
    );
    expect(pressed.keys[0]).toBe('hz-homesign-stop');
  });

  it('moves abroad to live with a grown child, the visa already applied for: no visa search, no rent or short let — a move alone keeps them', async () => {
    const en = await tap(
      'moving',
      'moving to my son in Toronto',
      "I'm 70 and my son has sponsored me; we are waiting for the visa. I'll live with my son and his wife and need my pension paid over there.",
      'en',
      ['Moving to another country'],
    );
    expect(en.keys).not.toContain('abroad-visa');
    expect(en.keys).not.toContain('abroad-money');
    expect(en.keys).not.toContain('abroad-landing');
    expect(en.keys).toContain('abroad-money-host');
    const ru = await tap(
      'moving',
      'Переехать к дочери в Германию',
      'Мне 68, буду жить у дочери, жду визу, вещей беру немного.',
      'ru',
      ['Переезд в другую страну'],
    );
    expect(ru.keys).not.toContain('abroad-visa');
    expect(ru.keys).toContain('abroad-money-host');
    const alone = await tap(
      'moving',
      'Move to Lisbon for work',
      'I start a job there in March and need a visa and a flat.',
      'en',
      ['Moving to another country'],
    );
    expect(alone.keys).toContain('abroad-visa');
    expect(alone.keys).toContain('abroad-money');
  });

  it('plans a corner for the pet of a relative who moves in, never gives it away — no pet, the old step', async () => {
    const en = await tap(
      'moving',
      'Move my dad in with us before winter',
      "He's 81 and alone on the farm. He'll come to live with us and bring his old dog.",
    );
    expect(en.keys).toContain('move-kin-rest-pet');
    expect(en.keys).not.toContain('move-kin-rest');
    const ru = await tap(
      'moving',
      'Забрать бабушку к себе',
      'Бабушке 85, она будет жить с нами и возьмёт кошку.',
      'ru',
    );
    expect(ru.keys).toContain('move-kin-rest-pet');
    const none = await tap('moving', 'Забрать маму к себе', 'Маме 80, она будет жить с нами, вещей много.', 'ru');
    expect(none.keys).toContain('move-kin-rest');
    expect(none.keys).not.toContain('move-kin-rest-pet');
  });

  it('compares two cities before listings, and sells nothing off a year ahead — one city chosen keeps its steps', async () => {
    const ru = await tap(
      'moving',
      'Переехать к морю на пенсии',
      'Выхожу на пенсию через год. Муж хочет в Сочи, а я думаю про Анапу. Квартиру продаём, вещи отправим контейнером.',
      'ru',
    );
    expect(ru.keys[0]).toBe('move-city-compare');
    expect(ru.keys).not.toContain('move-freight-sell');
    expect(ru.keys).not.toContain('move-09');
    const en = await tap(
      'moving',
      'Retire to the coast',
      "We're torn between Cornwall and Devon for next year. We'll ship our things by container.",
    );
    expect(en.keys[0]).toBe('move-city-compare');
    expect(en.keys).not.toContain('move-freight-sell');
    const chosen = await tap(
      'moving',
      'Переезд в Краснодар',
      'Переезжаем в Краснодар летом, вещи отправим контейнером.',
      'ru',
    );
    expect(chosen.keys).not.toContain('move-city-compare');
    expect(chosen.keys).toContain('move-freight-sell');
  });

  it('asks the bank or the ID office which record to change when a name differs from a bank record — a birth certificate keeps the registry', async () => {
    const en = await tap(
      'admin',
      "fix mum's name so her widow pension goes through",
      'Her name on the national ID card is spelled differently from her bank account, so the pension office rejects it.',
    );
    expect(en.keys).toContain('adm-namefix-bank');
    expect(en.keys).not.toContain('adm-namefix-registry');
    expect(en.keys).not.toContain('adm-namefix-proof');
    const ru = await tap(
      'admin',
      'Исправить фамилию, чтобы оформили пособие',
      'В паспорте и в банке фамилия написана по-разному: не совпадает фамилия, и выплату не назначают.',
      'ru',
    );
    expect(ru.keys).toContain('adm-namefix-bank');
    const cert = await tap(
      'admin',
      'correct my birth certificate',
      'My name is spelled differently on my birth certificate and my ID card, so my pension claim is stuck.',
    );
    expect(cert.keys).toContain('adm-namefix-registry');
    expect(cert.keys).not.toContain('adm-namefix-bank');
  });

  it('drops the recruitment centre and work-book folder for a change of field — an entry route keeps them', async () => {
    const ru = await tap(
      'career',
      'Уйти из бухгалтерии в онлайн-образование',
      'Выгорела за десять лет в бухгалтерии. Смотрю в сторону методиста, но возьмут ли без опыта?',
      'ru',
    );
    expect(ru.keys).not.toContain('car-route-ask');
    expect(ru.keys).not.toContain('car-route-papers');
    const route = await tap(
      'career',
      'Устроиться проводником в РЖД',
      'Мне 22, работаю официанткой. Говорят, нужны курсы и медкомиссия, но я не понимаю, куда обращаться и берут ли без опыта.',
      'ru',
    );
    expect(route.keys).toContain('car-route-ask');
  });

  it('reads a learnership as an apprenticeship', async () => {
    const en = await tap(
      'career',
      'apply for learnerships at the big firms',
      "I'm 22, finished school two years ago and have only my phone. I want a learnership in electrical work.",
      'en',
      ['An apprenticeship'],
    );
    expect(en.keys[0]).toBe('car-trade-route');
    expect(en.keys).not.toContain('car-04');
  });
});
