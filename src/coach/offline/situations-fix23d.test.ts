import { describe, expect, it } from 'vitest';
import { talkWith } from '../../../test/factories/converse.js';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

const talk = talkWith(coach);

/** Taps the button named `name` when the question offers it, else the first one. */
const tap = (name: string) => (choices: string[]) => (choices.includes(name) ? name : choices[0]!);

describe('the twenty-third blind read, fixed in general (helper fix23d)', () => {
  it('gives yearly bills that land at once a list, a monthly amount, a pot and this year’s gap — no purchase to price', async () => {
    const title = 'Stop the annual bills ambushing me every spring';
    const description =
      'Car insurance, the MOT, the TV licence and the boiler service all land between March and May, and every year it goes on the credit card. I take home about £2,100 a month.';
    const en = await firstFive('finance', title, description);
    expect(en.keys).toEqual(['fin-year-list', 'fin-year-monthly', 'fin-year-pot', 'fin-year-gap', 'fin-year-renew']);
    expect(en.text).not.toMatch(/what you're saving for|for a trip/);
    const tapped = await talk('finance', title, description, 'en', tap('Yearly bills that land all at once'));
    expect(tapped.asked.at(-1)?.choices?.[0]).toBe('Yearly bills that land all at once');
    expect(tapped.keys[0]).toBe('fin-year-list');
    const ru = await firstFive(
      'finance',
      'Перестать занимать на ОСАГО и налоги каждую весну',
      'Каждый год в марте приходят ОСАГО, транспортный налог и налог на квартиру — около 40 тысяч разом, и я плачу кредиткой.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['fin-year-list', 'fin-year-monthly', 'fin-year-pot']);
    expect(ru.text).toMatch(/Ежегодные платежи/);
    // Saving for a car, insurance and all, keeps pricing the car.
    const car = await firstFive(
      'finance',
      'Save for my first car',
      'I need about £6,000 for a used car plus the insurance by next summer.',
    );
    expect(car.keys).toContain('fin-purchase-size');
    expect(car.keys.some((key) => key.startsWith('fin-year-'))).toBe(false);
  });

  it('gives refinancing the loan’s numbers, offers, the saving after costs and a request to the own bank — no budget categories', async () => {
    const ru = await firstFive(
      'finance',
      'Рефинансировать ипотеку, пока платёж не съел всю зарплату',
      'Брали двушку в Тюмени в прошлом году под 18%, платёж 52 тысячи при доходе семьи 120. Слышала, что ставки начали снижать, но в банк идти боюсь — вдруг только хуже сделаю.',
      'ru',
    );
    expect(ru.keys).toEqual(['fin-refi-now', 'fin-refi-offers', 'fin-refi-worth', 'fin-refi-ask', 'fin-refi-docs']);
    expect(ru.keys).not.toContain('fin-11');
    expect(ru.keys).not.toContain('fin-12');
    expect(ru.text).toMatch(/ни к чему не обязывает/);
    const en = await firstFive(
      'finance',
      'Remortgage when our fixed rate ends in March',
      'We owe £180k and the new rate our bank offers looks awful.',
    );
    expect(en.keys.slice(0, 2)).toEqual(['fin-refi-now', 'fin-refi-offers']);
    // A credit file to clean before a remortgage keeps its own steps; paying a mortgage off early keeps overpaying.
    const credit = await firstFive(
      'finance',
      'Get my credit score up so we can remortgage in November',
      'Two missed phone bill payments from 2022 are still dragging it down.',
    );
    expect(credit.keys[0]).toBe('fin-credit-report');
    expect(credit.keys.some((key) => key.startsWith('fin-refi-'))).toBe(false);
    const overpay = await firstFive(
      'finance',
      'Pay off my mortgage early',
      'We have 15 years left and some spare money.',
    );
    expect(overpay.keys[0]).toBe('fin-over-terms');
    expect(overpay.keys.some((key) => key.startsWith('fin-refi-'))).toBe(false);
  });

  it('gives food sold in jars or bottles the registration, a label and a batch, and a waiting buyer the order — no landing page', async () => {
    const en = await firstFive(
      'business',
      'Start selling my homemade hot sauce',
      "I've made it for friends for four years from chillies I grow in my greenhouse. A farm shop near Ludlow wants 50 bottles, but I don't know anything about labelling rules or registering my kitchen.",
    );
    expect(en.keys).toEqual([
      'biz-jar-register',
      'biz-jar-label',
      'biz-stock-cost',
      'biz-order-confirm',
      'biz-jar-batch',
    ]);
    expect(en.keys).not.toContain('biz-landing');
    expect(en.keys).not.toContain('biz-competitors');
    const ru = await firstFive(
      'business',
      'Начать продавать домашнюю аджику',
      'Кафе рядом готово взять 30 банок, но не знаю, как оформить и что писать на этикетке.',
      'ru',
    );
    expect(ru.keys.slice(0, 4)).toEqual(['biz-jar-register', 'biz-jar-label', 'biz-stock-cost', 'biz-order-confirm']);
    expect(ru.text).toMatch(/этикетку/);
    // A kitchen already registered skips the registration.
    const registered = await firstFive(
      'business',
      'Start selling my homemade chutney',
      'My kitchen is registered with the council already and a deli wants 24 jars.',
    );
    expect(registered.keys[0]).toBe('biz-jar-label');
    expect(registered.keys).not.toContain('biz-jar-register');
    // A bakery stall keeps its own steps; a candle shop gets no food or order steps.
    const stall = await firstFive(
      'business',
      'Sell my sourdough at the farmers market',
      'I bake at home and want a stall on Saturdays.',
    );
    expect(stall.keys).toContain('biz-food-register');
    expect(stall.keys.some((key) => key.startsWith('biz-jar-'))).toBe(false);
    const candle = await firstFive('business', 'Start an online candle shop', "I've never sold anything yet.");
    expect(candle.keys.some((key) => key.startsWith('biz-jar-') || key === 'biz-order-confirm')).toBe(false);
  });

  it('gives paid classes or a club a room, the legal way to take payment, a price and sign-up — no landing page', async () => {
    const ru = await firstFive(
      'business',
      'Запустить платный разговорный клуб по английскому для детей в Белграде',
      'Я учитель английского, в Белграде полно русскоязычных семей с детьми. Один бесплатный пробный клуб на шесть детей уже провела, родителям понравилось, но помещения нет и как брать деньги официально — не знаю.',
      'ru',
    );
    expect(ru.keys).toEqual([
      'biz-class-room',
      'biz-class-legal',
      'biz-class-price',
      'biz-class-signup',
      'biz-class-first',
    ]);
    expect(ru.keys).not.toContain('biz-landing');
    const en = await firstFive(
      'business',
      'Start paid pottery classes for adults',
      'I ran a free taster for eight friends and they loved it, but I have no studio space and no idea how to take payments properly.',
    );
    expect(en.keys.slice(0, 2)).toEqual(['biz-class-room', 'biz-class-legal']);
    // Classes online need no room; a room and a registration already in hand skip their steps.
    const online = await firstFive(
      'business',
      'Run paid online yoga classes',
      'I teach at a gym and want my own group on Zoom.',
    );
    expect(online.keys[0]).toBe('biz-class-legal');
    const ready = await firstFive(
      'business',
      'Запустить платный кружок рисования для детей',
      'Я уже самозанятая, зал есть в библиотеке, пробное занятие прошло хорошо.',
      'ru',
    );
    expect(ready.keys[0]).toBe('biz-class-price');
    expect(ready.keys).not.toContain('biz-class-room');
    expect(ready.keys).not.toContain('biz-class-legal');
  });

  it('gives taxes filed from abroad the rules for citizens abroad, years, foreign accounts and an adviser — no home tax account', async () => {
    const title = 'File my US taxes and FBAR while living in Scotland';
    const description =
      "I'm a US citizen, moved to Edinburgh in 2021 and haven't filed anything since. I only just found out about FBAR and the streamlined procedure and I'm panicking a bit.";
    const en = await firstFive('admin', title, description);
    expect(en.keys).toEqual([
      'adm-01-open',
      'adm-abroad-rules',
      'adm-abroad-years',
      'adm-abroad-accounts',
      'adm-abroad-help',
    ]);
    expect(en.text).not.toMatch(/activation code/);
    // A stated fact, never offered: tapping the tax return keeps it.
    const tapped = await talk('admin', title, description, 'en', tap('A tax return or claiming tax back'));
    expect(tapped.keys).toContain('adm-abroad-rules');
    expect(tapped.keys).not.toContain('adm-tax-account');
    const ru = await firstFive(
      'admin',
      'Подать отчёт о зарубежных счетах в налоговую',
      'Живу в Грузии с 2022 года, счета в двух местных банках, ничего не подавал.',
      'ru',
    );
    expect(ru.keys).toContain('adm-abroad-accounts');
    expect(ru.keys).not.toContain('adm-tax-account');
    // An ordinary return keeps the online account.
    const home = await firstFive('admin', 'File my tax return', 'Self-employed, deadline 31 January.');
    expect(home.keys).toContain('adm-tax-account');
    expect(home.keys.some((key) => key.startsWith('adm-abroad-'))).toBe(false);
  });

  it('gives a zine its material, a page plan, the printer’s date and a first spread — no earlier piece to reread', async () => {
    const en = await firstFive(
      'writing',
      "Write a zine about Hull's punk scene in the 80s",
      'I played in two bands back then and have a shoebox of flyers and photos. I want it printed in time for the reunion gig on 9 November.',
    );
    expect(en.keys).toEqual([
      // fix52I: a booklet's own brief (pages, copies, print date) leads its steps, in place of the general one.
      'write-zine-brief',
      'write-zine-gather',
      'write-zine-pages',
      'write-zine-print',
      'write-zine-first',
    ]);
    expect(en.keys).not.toContain('write-ret-old');
    const ru = await firstFive(
      'writing',
      'Сделать зин про нашу деревню',
      'Есть старые фотографии и письма бабушки, хочу напечатать к празднику деревни в августе.',
      'ru',
    );
    expect(ru.keys.slice(1, 3)).toEqual(['write-zine-gather', 'write-zine-pages']);
    expect(ru.keys.some((key) => key.startsWith('write-letter-'))).toBe(false);
    // Poems gathered for a small press keep the collection steps.
    const chapbook = await firstFive(
      'writing',
      'Put together a chapbook of my poems',
      'I have about 40 poems in notebooks and want to send it to a small press.',
    );
    expect(chapbook.keys[0]).toBe('write-coll-rules');
  });

  it('gives one article about the person’s own project a plan and an opening — no chapters, daily word target or word log', async () => {
    const ru = await firstFive(
      'writing',
      'Написать статью на Хабр о своём опенсорс-проекте',
      'Два года делаю библиотеку для разбора ГОСТов, коллеги говорят — напиши статью. Код писать умею, а длинные тексты нет, всё время кажется, что выйдет скучно.',
      'ru',
    );
    expect(ru.keys).toEqual([
      'write-art-read',
      'write-art-reader',
      'write-art-plan',
      'write-art-open',
      'write-art-section',
    ]);
    expect(ru.text).not.toMatch(/главу|норму слов|журнал слов/);
    const en = await firstFive(
      'writing',
      'Write a Medium article about my side project',
      "I built a budgeting app over two years and want to explain how it works; I've never written anything long.",
    );
    expect(en.keys[0]).toBe('write-art-read');
    // A pitched essay and a blog to start keep their own paths.
    const essay = await firstFive(
      'writing',
      'Get my personal essay published in a magazine',
      "I've never pitched anything.",
    );
    expect(essay.keys[0]).toBe('write-pitch-outlets');
    const blog = await firstFive(
      'writing',
      'Start a blog about my open-source project',
      'I want to post every week about the releases.',
    );
    expect(blog.keys[0]).toBe('write-ch-ideas');
  });

  it('gives a wind instrument back from storage pads, corks and reeds at a woodwind or brass repairer — no strings or luthier', async () => {
    const title = "Get my clarinet playing back for the town band's Remembrance concert";
    const description =
      'I got to Grade 4 at school, 25 years ago, and the clarinet has been in the loft ever since. The band rehearses on Tuesday nights and the concert is in November.';
    const en = await firstFive('instrument', title, description);
    expect(en.keys[0]).toBe('inst-stored-wind');
    expect(en.keys).not.toContain('inst-stored-check');
    expect(en.text).toMatch(/pads, corks/);
    expect(en.text).not.toMatch(/strings|luthier/);
    const tapped = await talk('instrument', title, description, 'en', tap('A wind instrument unplayed for years'));
    expect(tapped.asked.at(-1)?.choices).toContain('A wind instrument unplayed for years');
    expect(tapped.keys[0]).toBe('inst-stored-wind');
    const ru = await firstFive(
      'instrument',
      'Вернуться к саксофону',
      'Играл в школе, саксофон лет десять пылится на антресоли.',
      'ru',
    );
    expect(ru.keys[0]).toBe('inst-stored-wind');
    expect(ru.text).toMatch(/тростей/);
    // A guitar from the loft keeps its strings, and a flute not stored gets no check.
    const guitar = await firstFive(
      'instrument',
      'Get back to the guitar',
      "It's been in the loft for fifteen years and needs new strings.",
    );
    expect(guitar.keys[0]).toBe('inst-stored-check');
    const flute = await firstFive(
      'instrument',
      'Play the flute again',
      'I played at school and still practise a bit every week.',
    );
    expect(flute.keys.some((key) => key.startsWith('inst-stored-'))).toBe(false);
  });
});
