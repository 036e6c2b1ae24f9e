import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the fifty-third blind read, helper fix54B: money', () => {
  it('lines pay-later instalments up with the pay when late fees are named, with no collectors; a collector keeps them', async () => {
    const en = await tap(
      'finance',
      'clear my Klarna and Afterpay plans for good',
      'I have three Klarna plans and one Afterpay, about $900 in total. The instalments come out a few days before I get paid, so I keep getting late fees.',
      'en',
      ['Payday loans or pay-later plans'],
    );
    expect(en.keys).toContain('fin-bnpl-dates');
    expect(en.keys).not.toContain('fin-pd-collectors');
    const ru = await tap(
      'finance',
      'закрыть все покупки долями и больше не брать',
      'Оформила три покупки через Сплит и Долями, списания приходятся раньше зарплаты, и мне уже дважды начисляли штраф за просрочку.',
      'ru',
      ['Микрозаймы или оплата частями'],
    );
    expect(ru.keys).toContain('fin-bnpl-dates');
    const near = await tap(
      'finance',
      'get out of payday loans',
      'I have two payday loans and I keep rolling them over; a debt collector rings me at work.',
      'en',
      ['Payday loans or pay-later plans'],
    );
    expect(near.keys).not.toContain('fin-bnpl-dates');
    expect(near.keys).toContain('fin-pd-collectors');
  });

  it('gives relatives who keep borrowing a tally, a rule, an answer and the own money moved first; sending money home does not', async () => {
    const en = await tap(
      'finance',
      'stop lending money to my brothers every payday',
      'I drive a truck and every payday my two brothers ask me for money. Nobody pays it back, and I have nothing saved for myself.',
      'en',
      ['None'],
    );
    expect(en.keys).toContain('fin-kin-tally');
    expect(en.keys).toContain('fin-kin-answer');
    expect(en.keys).not.toContain('fin-kin-rule');
    const ru = await tap(
      'finance',
      'перестать давать в долг двоюродным братьям',
      'Работаю вахтой на севере. Как только приходит зарплата, двоюродные братья просят у меня денег, а назад никто не отдаёт. Сам ничего не могу отложить.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys).toContain('fin-kin-limit');
    expect(ru.keys).toContain('fin-kin-payday');
    const near = await tap(
      'finance',
      'save a little while sending money home',
      'I work in Dubai and send half my salary to my parents every month. I want to save something for myself too.',
      'en',
      ['Saving'],
    );
    expect(near.keys.filter((key) => key.startsWith('fin-kin-'))).toEqual([]);
  });

  it('sorts out several super accounts — insurance checked before anything closes — not investing for a beginner', async () => {
    const en = await tap(
      'finance',
      'get my two super funds sorted',
      "I'm 55 and worked in hospitality for years. I've got two super accounts, both charging fees, and I don't know if either has insurance.",
      'en',
      ['Investing'],
    );
    expect(en.keys).toContain('fin-super-find');
    expect(en.keys).toContain('fin-super-insure');
    expect(en.keys).not.toContain('fin-invest-ready');
    expect(en.keys).not.toContain('fin-invest-amount');
    const ru = await tap(
      'finance',
      'разобраться с пенсионными счетами в Австралии',
      'Живу в Мельбурне двенадцать лет, сменила много работ, и теперь у меня три счёта super с комиссиями. Не знаю, где есть страховка.',
      'ru',
      ['Инвестиции'],
    );
    expect(ru.keys).toContain('fin-super-insure');
    expect(ru.keys).not.toContain('fin-invest-ready');
    const near = await tap(
      'finance',
      'start investing in index funds',
      'I have an emergency fund and no debts and want to put some money into an index fund every month.',
      'en',
      ['Investing'],
    );
    expect(near.keys).toContain('fin-invest-ready');
    expect(near.keys.filter((key) => key.startsWith('fin-super-'))).toEqual([]);
  });

  it('plans a moneylender loan around daily or monthly pay without farm schemes or land papers; a farmer keeps them', async () => {
    const en = await tap(
      'finance',
      'save a cushion so I never need the moneylender again',
      'I drive an auto rickshaw in Chennai. When my phone broke I borrowed 8,000 rupees from a moneylender at high interest, and I have no savings.',
      'en',
      ['An emergency fund'],
    );
    expect(en.keys).toContain('fin-ml-cheaper-pay');
    expect(en.keys).toContain('fin-ml-pay');
    expect(en.keys).not.toContain('fin-ml-cheaper');
    expect(en.keys).not.toContain('fin-ml-season');
    expect(en.text).not.toMatch(/harvest|land papers/i);
    const ru = await tap(
      'finance',
      'рассчитаться с частником и начать откладывать',
      'Работаю курьером, занял под проценты у знакомого 30 тысяч, когда сломался скутер. Плачу, а долг почти не уменьшается.',
      'ru',
      ['Выплатить кредиты'],
    );
    expect(ru.keys).toContain('fin-ml-pay');
    expect(ru.text).not.toMatch(/урожа|документы на землю/);
    const near = await tap(
      'finance',
      'pay off the moneylender after the harvest',
      'I farm two acres of cotton. I borrowed 50,000 rupees from a moneylender for seed and fertiliser.',
      'en',
      ['Paying off loans'],
    );
    expect(near.keys).toContain('fin-ml-season');
    expect(near.keys).not.toContain('fin-ml-pay');
  });

  it('reads a parent’s debt seen from the side as a reason not to borrow, with no creditors of one’s own; one’s own arrears keep them', async () => {
    const ru = await tap(
      'finance',
      'накопить на мотоцикл к следующему лету',
      'Мне 19, работаю грузчиком. Кредит брать не хочу: у мамы была просрочка, и я видел, как её дёргали коллекторы.',
      'ru',
      ['Накопить на покупку'],
    );
    expect(ru.keys).toContain('fin-purchase-size');
    expect(ru.keys.filter((key) => key.startsWith('fin-pd-'))).toEqual([]);
    const en = await tap(
      'finance',
      'save for my first car without a loan',
      'I watched my dad deal with debt collectors for years, so I will not borrow. I want about $8,000 by next summer.',
      'en',
      ['Saving for a big buy'],
    );
    expect(en.keys.filter((key) => key.startsWith('fin-pd-'))).toEqual([]);
    const near = await tap(
      'finance',
      'закрыть займы',
      'У меня три микрозайма, по одному просрочка, звонят коллекторы.',
      'ru',
      ['Микрозаймы'],
    );
    expect(near.keys).toContain('fin-pd-list');
  });
});

describe('the fifty-third blind read, helper fix54B: business', () => {
  it('gives a cash side job to be registered the registration, insurance and order terms, not shop metrics; a registered one gets none', async () => {
    const en = await tap(
      'business',
      'turn my bike repair side hustle into a proper business',
      "I've fixed neighbours' bikes in my garage for cash for three years. I want to register it properly, get insured and stop guessing prices.",
      'en',
      ['None'],
    );
    expect(en.keys).toContain('biz-formal-register');
    expect(en.keys).toContain('biz-formal-insure');
    expect(en.keys).not.toContain('biz-numbers');
    expect(en.keys).not.toContain('biz-ask-customers');
    const ru = await tap(
      'business',
      'оформить как положено ремонт стиральных машин',
      'Третий год чиню соседям стиральные машины у себя в гараже за наличные. Хочу оформить всё как положено и застраховаться.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys).toContain('biz-formal-insure');
    expect(ru.keys).not.toContain('biz-numbers');
    const near = await tap(
      'business',
      'get more bike repair customers',
      "I'm already registered as a sole trader and fix about 30 bikes a month from my garage.",
      'en',
      ['None'],
    );
    expect(near.keys).not.toContain('biz-formal-insure');
  });

  it('keeps the fire plan away from a potter who fires at a studio; a kiln of one’s own keeps it', async () => {
    const ru = await tap(
      'business',
      'продавать свои керамические тарелки на весенней ярмарке',
      'Леплю третий год в студии, своей печи нет, обжигаю в мастерской по записи. Хочу выйти на ярмарку в мае.',
      'ru',
      ['Только начинаю', 'Ничего'],
    );
    expect(ru.keys.filter((key) => key.startsWith('biz-fire-'))).toEqual([]);
    const en = await tap(
      'business',
      'sell my mugs at the craft fair',
      "I've made pottery at a community studio for two years. I don't have my own kiln — I pay for firing at the studio.",
      'en',
      ['Just starting', 'None'],
    );
    expect(en.keys.filter((key) => key.startsWith('biz-fire-'))).toEqual([]);
    const near = await tap(
      'business',
      'start selling pottery from my garage',
      'I just bought an electric kiln for the garage and want to sell mugs and bowls from home.',
      'en',
      ['Just starting', 'None'],
    );
    expect(near.keys).toContain('biz-fire-safety');
  });

  it('gives an adult who names the school holidays no parent-or-guardian plan; a 15-year-old keeps it', async () => {
    const en = await tap(
      'business',
      'fill our holiday cabins outside the school holidays',
      "I'm 61 and my wife and I run three cabins by the river. They're booked solid in the school holidays and sit empty the rest of the year.",
      'en',
      ['A quiet season', 'Already doing it'],
    );
    expect(en.keys).not.toContain('biz-young-parent');
    expect(en.keys).toContain('biz-season-months');
    const ru = await tap(
      'business',
      'загрузить гостевые домики вне сезона',
      'Мне 47, мы с мужем держим два гостевых домика у озера. В школьные каникулы всё занято, а в остальное время домики пустуют.',
      'ru',
      ['Заполнить мёртвый сезон', 'Уже занимаюсь'],
    );
    expect(ru.keys).not.toContain('biz-young-parent');
    expect(ru.keys).toContain('biz-season-months');
    const near = await tap(
      'business',
      'wash cars on my street in the school holidays',
      "I'm 14 and want to wash neighbours' cars for pocket money this summer.",
      'en',
      ['None', 'Just starting'],
    );
    expect(near.keys).toContain('biz-young-parent');
  });

  it('prices a jar sold by message without a market stall, and no second competitor check after it', async () => {
    const en = await tap(
      'business',
      'sell my lime chutney to neighbours on WhatsApp',
      'People in my building love my lime chutney and a few already pay me for jars. I want to take orders through a WhatsApp group.',
      'en',
      ['Selling food I make in jars'],
    );
    expect(en.keys).toContain('biz-jar-price');
    expect(en.keys).not.toContain('biz-competitors');
    expect(en.text).not.toMatch(/sauces|at the market/);
    const ru = await tap(
      'business',
      'продавать аджику через телеграм',
      'Делаю аджику по бабушкиному рецепту, знакомые покупают банки. Хочу принимать заказы в телеграм-канале.',
      'ru',
      ['Свои соусы или заготовки в банках'],
    );
    expect(ru.keys).toContain('biz-jar-price');
    expect(ru.keys).not.toContain('biz-competitors');
    expect(ru.text).not.toMatch(/соусы или заготовки на рынке/);
    const near = await tap(
      'business',
      'start selling soy candles',
      'I make soy candles at home and want to start selling them, but I have never sold anything.',
      'en',
      ['None', 'Just starting'],
    );
    expect(near.keys).toContain('biz-competitors');
  });

  it('reads a marketplace’s rules with no gendered “you chose” and no lease in the registration step', async () => {
    const ru = await tap(
      'business',
      'продавать орехи через вайлдберриз',
      'Мне 58, собираю кедровые орехи в тайге и раньше сдавал перекупщику. Хочу сам продавать на маркетплейсе.',
      'ru',
      ['Ничего', 'Только начинаю'],
    );
    expect(ru.text).not.toMatch(/ты выбрала|подписания аренды/);
    const en = await tap(
      'business',
      'sell my walnuts on Etsy',
      'I have a walnut orchard and used to sell to a trader. I want to sell online myself.',
      'en',
      ['None', 'Just starting'],
    );
    expect(en.text).not.toMatch(/sign a lease/);
  });
});
