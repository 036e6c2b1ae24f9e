import { describe, expect, it } from 'vitest';
import { anyWithPrefix, firstFive, pack, tap, withPrefix } from '../../../../test/factories/offline-cases.js';
import { createSlotReader } from '../slots.js';

// Goals of the business kind (content/goals/types/business.yaml), walked through the offline coach as a person would:
// the situation named and the steps it brings, the level, and a danger named in passing that leads the path. Where a
// new case goes: docs/coach.md.
const TRADING = ['biz-numbers', 'biz-ask-customers', 'biz-price-hour'];

describe('business: the level and what the person already has or does', () => {
  it('gives a returning drummer no scales or chords, and a business not started no last month’s sales', async () => {
    const drums = await firstFive(
      'instrument',
      'Get back to the drums',
      'I played in a band at college, 15 years ago.',
    );
    expect(drums.text).not.toMatch(/chord|scale/i);
    const en = await firstFive(
      'business',
      'Start a dog-grooming van',
      "I've groomed dogs in a salon for eight years and I'd need a van. How do I get the first customers?",
    );
    expect(en.keys).not.toContain('biz-numbers');
    expect(en.keys).not.toContain('biz-ask-customers');
    expect(en.text).not.toMatch(/last month/i);
    const running = await firstFive(
      'business',
      'Grow my bakery stall',
      'I have sold at the market for two years; sales are flat.',
    );
    expect(running.keys).toContain('biz-numbers');
  });

  it('gives a hobby maker with a first stall no "you are already selling" steps', async () => {
    const en = await firstFive(
      'business',
      'Sell my soap at the spring fair',
      "I've made soap as a hobby for three years and have no idea what to charge.",
    );
    expect(en.keys).not.toContain('biz-numbers');
    expect(en.keys).not.toContain('biz-ask-customers');
    const ru = await firstFive(
      'business',
      'Продавать свои свечи на ярмарке',
      'Делаю свечи как хобби уже два года, ни разу не продавала и не знаю, сколько брать.',
      'ru',
    );
    expect(ru.keys).not.toContain('biz-numbers');
    expect(ru.keys).not.toContain('biz-ask-customers');
  });

  it('gives a business that only gave things away for free no "you already sell" steps', async () => {
    const ru = await firstFive(
      'business',
      'Начать продавать свои торты',
      'Пеку давно, друзьям и коллегам бесплатно на праздники. Хочу брать за это деньги.',
      'ru',
    );
    expect(ru.keys).not.toContain('biz-numbers');
    expect(ru.keys).not.toContain('biz-ask-customers');
    const en = await firstFive(
      'business',
      'Turn my photography into a paid side business',
      "I've shot friends' weddings for free for years and want to start charging.",
    );
    expect(en.keys).not.toContain('biz-numbers');
  });

  it('gives a business already open its quiet season to fill — no registration before the first sale or a first price', async () => {
    const ru = await firstFive(
      'business',
      'Найти клиентов для фотостудии в Павлодаре на зиму',
      'Студию открыли полтора года назад. Летом свадьбы и выпускные, а с ноября по март почти пусто, и реклама в инстаграме работает всё хуже.',
      'ru',
    );
    expect(ru.keys).toEqual([
      'biz-season-months',
      'biz-season-offer',
      'biz-season-past',
      'biz-season-partner',
      'biz-season-found',
    ]);
    expect(ru.text).not.toMatch(/до подписания аренды|первой версии/);
    const en = await firstFive(
      'business',
      "Fill my café's quiet months",
      'We opened three years ago; summer is packed but January to March is dead.',
    );
    expect(en.keys[0]).toBe('biz-season-months');
    expect(en.keys).not.toContain('biz-registration');
    // A café not open yet keeps registration and the first steps.
    const cafe = await firstFive('business', 'Открыть кофейню', 'Пока только идея, хочу открыться через год', 'ru');
    expect(cafe.keys).toContain('biz-registration');
    expect(cafe.keys.some((key) => key.startsWith('biz-season-'))).toBe(false);
  });

  it('gives someone already selling their profit per hour — not "price a first version"', async () => {
    const en = await tap(
      'business',
      'Turn my furniture flipping into a proper side business',
      "I've done about 12 in the last year at roughly £80 profit each.",
      'en',
      ['Already doing it, want to get better'],
    );
    expect(en.keys).toContain('biz-price-hour');
    expect(en.keys).not.toContain('biz-price');
    const ru = await tap(
      'business',
      'Превратить продажу свечей в настоящий бизнес',
      'Продаю свечи на Авито уже год.',
      'ru',
      ['Уже занимаюсь, хочу лучше'],
    );
    expect(ru.keys).toContain('biz-price-hour');
    expect(ru.keys).not.toContain('biz-price');
    // Someone not selling yet keeps pricing a first version.
    const start = await tap('business', 'Start selling my candles', 'Never sold anything yet.', 'en', [
      'Just starting',
    ]);
    expect(start.keys).not.toContain('biz-price-hour');
  });

  it('rents things out with terms, a deposit, cleaning and a booking log — no "you already sell" numbers', async () => {
    const en = await tap(
      'business',
      'Start renting out my party dresses',
      "I have about twenty formal dresses from years of events; I'd like to make it a side income.",
    );
    expect(en.keys).toContain('biz-rent-terms');
    expect(en.keys).toContain('biz-rent-clean');
    expect(en.keys).not.toContain('biz-numbers');
    const ru = await tap(
      'business',
      'Сдавать в прокат карнавальные костюмы',
      'Шью костюмы для детских утренников, хочу сделать из этого подработку, а как брать залог и чистить — не понимаю.',
      'ru',
    );
    expect(ru.keys[0]).toBe('biz-rent-terms');
    expect(ru.keys).not.toContain('biz-numbers');
    // A flat let by the night keeps its own steps.
    const near = await tap(
      'business',
      'Rent out my flat by the night',
      'A one-bed near the station, empty since my tenant left.',
      'en',
      ['Letting a place by the night'],
    );
    expect(withPrefix(near.keys, 'biz-rent')).toEqual([]);
  });

  it('gives someone who works in another owner’s salon no "numbers you already sell" — and reads the Saturdays worked there as no free time', async () => {
    const en = await tap(
      'business',
      'Start doing nails from my flat',
      "I've done nails for eight years at a salon where the owner takes 40% and I work every Saturday there. I want my own clients.",
    );
    expect(en.keys).not.toContain('biz-numbers');
    expect(en.keys).not.toContain('biz-improve');
    expect(en.text).not.toMatch(/on Saturdays/);
    const ru = await tap(
      'business',
      'Начать стричь на дому',
      'Десять лет работаю в салоне на хозяйку, она забирает половину. Хочу своих клиентов.',
      'ru',
    );
    expect(ru.keys).not.toContain('biz-numbers');
    // A business already trading keeps its numbers.
    const near = await tap(
      'business',
      'Grow my Etsy shop',
      "I've been selling candles for two years, about 40 orders a month.",
      'en',
      ['A business already trading'],
    );
    expect(near.keys).toContain('biz-numbers');
    const reader = createSlotReader(pack.slots);
    expect(reader.read('Learn guitar', ['I work Monday to Friday, free on Saturdays.']).values.window?.id).toBe(
      'saturday',
    );
    expect(
      reader.read('Научиться шить', ['Работаю по субботам и воскресеньям на рынке.']).values.window,
    ).toBeUndefined();
    expect(reader.read('Научиться шить', ['По субботам не работаю, можно заниматься.']).values.window?.id).toBe(
      'saturday',
    );
  });

  it('gives a stall already trading at a loss its own numbers, not the start-up rules and budget', async () => {
    const en = await tap(
      'business',
      'get my sourdough stall at the Saturday market to break even',
      "I started selling sourdough at the farmers' market in September and I'm still losing about $60 a week once the stall fee and flour are counted.",
      'en',
      // Before the fix the food-stall button was offered and tapped.
      ['A business already trading', 'Selling food I make'],
    );
    expect(en.keys).not.toContain('biz-food-register');
    expect(en.keys).not.toContain('biz-food-budget');
    const ru = await tap(
      'business',
      'Выйти в плюс с пирожками на ярмарке',
      'В мае начала продавать пирожки на ярмарке выходного дня, но пока работаю в убыток: место и мука съедают всё.',
      'ru',
      ['Бизнес уже работает', 'Точка или прилавок'],
    );
    expect(ru.keys).not.toContain('biz-food-register');
    const near = await tap(
      'business',
      'Start a sourdough stall at the farmers market',
      'I bake for friends and want my first stall in spring. Not sure what I need to register.',
      'en',
      ['Selling food I make'],
    );
    expect(near.keys).toContain('biz-food-register');
  });

  it('registers a trade already running instead of interviewing customers', async () => {
    const ru = await tap(
      'business',
      'Зарегистрироваться как ИП и принимать заказы на торты',
      'Пеку на заказ три года для знакомых, хочу работать официально.',
      'ru',
    );
    expect(ru.keys).toContain('biz-formal-register');
    expect(ru.keys).not.toContain('biz-ask-customers');
    const en = await tap(
      'business',
      'Register my cleaning business',
      "I've cleaned houses for cash for three years and want to register as a sole trader.",
    );
    expect(en.keys).toContain('biz-formal-register');
    const near = await tap(
      'business',
      'Grow my cake business',
      "I'm already registered and sell about 20 cakes a month; I want more orders.",
    );
    expect(near.keys).not.toContain('biz-formal-register');
  });

  it('checks labels already printed for a bottled sauce and costs the bottle instead of a one-line offer; no label in hand keeps the draft', async () => {
    const en = await tap(
      'business',
      'sell my chutney at the farmers market',
      "I've had labels printed already and sold about 40 jars to friends. I need to work out a price that covers the jars and the gas.",
      'en',
      ['Selling food'],
    );
    expect(en.keys).toContain('biz-jar-label-check');
    expect(en.keys).not.toContain('biz-jar-label');
    expect(en.keys).not.toContain('biz-offer');
    expect(en.keys).not.toContain('biz-registration');
    const ru = await tap(
      'business',
      'продавать свою аджику на рынке',
      'Этикетки уже напечатала, продала банок 50 знакомым. Не понимаю, как посчитать цену, чтобы окупались банки и газ.',
      'ru',
      ['Свои соусы'],
    );
    expect(ru.keys).toContain('biz-jar-label-check');
    expect(ru.keys).not.toContain('biz-offer');
    const near = await tap(
      'business',
      'sell my chutney at the farmers market',
      'I make chutney for friends and want to sell it. I have no labels yet.',
      'en',
      ['Selling food'],
    );
    expect(near.keys).toContain('biz-jar-label');
    expect(near.keys).not.toContain('biz-jar-label-check');
  });
});

describe('business: the situation named and the steps it brings', () => {
  it('gives a flat let by the night rules, a listing, arrival and cleaning — not last month’s sales', async () => {
    const ru = await firstFive(
      'business',
      'Сдавать студию посуточно',
      'Студия досталась от тёти, ремонт уже есть. Днём я на работе, как заселять гостей — не знаю.',
      'ru',
    );
    expect(ru.keys.slice(0, 4)).toEqual(['biz-let-rules', 'biz-let-listing', 'biz-let-checkin', 'biz-let-clean']);
    expect(ru.keys).not.toContain('biz-numbers');
    const en = await firstFive('business', 'Turn my spare room into an Airbnb', 'I already have a bed and a lock.');
    expect(en.keys).toContain('biz-let-checkin');
  });

  it('gives a business not yet trading no last month\u2019s numbers or existing customers', async () => {
    const en = await firstFive(
      'business',
      'Get my coffee cart up and running by spring',
      "I've been a barista for eight years. Still need the licence and a pitch.",
    );
    expect(en.keys).not.toContain('biz-numbers');
    expect(en.keys).not.toContain('biz-ask-customers');
    const ru = await firstFive(
      'business',
      'Открыть пекарню у дома',
      'Пеку на заказ десять лет, до открытия нужно найти помещение и оборудование.',
      'ru',
    );
    expect(ru.keys).not.toContain('biz-numbers');
  });

  it('gives a goods subscription business pricing steps, not a channel', async () => {
    const en = await firstFive(
      'business',
      'Turn my allotment flowers into a bouquet subscription',
      "I'd like 20 local subscribers by next June, but I have no idea what to charge.",
    );
    expect(en.keys.some((key) => key.startsWith('biz-ch-'))).toBe(false);
    expect(en.keys).toContain('biz-price');
    const ru = await firstFive('business', 'Запустить подписку на букеты', 'Хочу 15 подписчиков к лету.', 'ru');
    expect(ru.keys.some((key) => key.startsWith('biz-ch-'))).toBe(false);
    const veg = await firstFive('business', 'Start a veg box scheme', 'I want 30 subscribers by autumn.');
    expect(veg.keys.some((key) => key.startsWith('biz-ch-'))).toBe(false);
    const channel = await firstFive(
      'business',
      'Grow my YouTube channel to 1000 subscribers',
      'I post cooking videos.',
    );
    expect(channel.keys).toContain('biz-ch-ideas');
  });

  it('gives a pickup point or franchise the partner terms, premises and an owner talk — nothing to "sell"', async () => {
    const ru = await firstFive(
      'business',
      'Открыть ПВЗ Wildberries у себя в селе',
      'Все ездят за посылками в город, есть помещение, но не знаю, сколько это приносит.',
      'ru',
    );
    expect(ru.keys).toContain('biz-partner-terms');
    expect(ru.keys).toContain('biz-partner-owner');
    expect(ru.keys).not.toContain('biz-offer');
    expect(ru.keys).not.toContain('biz-five');
    const en = await firstFive('business', 'Open a parcel shop franchise', 'I have savings and a unit in mind.');
    expect(en.keys[0]).toBe('biz-partner-terms');
    // A bakery keeps its offer.
    const bakery = await firstFive('business', 'Start a home bakery', 'Never sold anything yet.');
    expect(bakery.keys).toContain('biz-offer');
  });

  it('gives food sold at a stall or a roadside spot registration, start-up money, a trial batch — no landing page', async () => {
    const en = await firstFive(
      'business',
      "Start selling sourdough at the Saturday farmers' market",
      "I've baked sourdough for three years for friends and have a stall offer from our local market in Shrewsbury starting in May. I need to sort food hygiene registration and how to bake 40 loaves in a home oven.",
    );
    expect(en.keys).toEqual(['biz-offer', 'biz-food-register', 'biz-food-budget', 'biz-food-batch', 'biz-food-price']);
    expect(en.text).not.toMatch(/already selling|existing customers/i);
    const ru = await firstFive(
      'business',
      'Открыть ларёк с пирожками у остановки',
      'Мама печёт, место присмотрели, но не знаю, какие нужны документы и сколько вложить.',
      'ru',
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['biz-food-register', 'biz-food-budget', 'biz-food-batch']));
    expect(ru.text).not.toMatch(/лендинг/);
    // A food van keeps its own steps; an online shop keeps its landing page.
    const van = await firstFive(
      'business',
      'Открыть фудтрак с шаурмой',
      'Фургон есть, нужно оборудование и место.',
      'ru',
    );
    expect(van.keys.some((key) => key.startsWith('biz-food-'))).toBe(false);
    const shop = await firstFive('business', 'Start selling candles online', 'I make them at home.');
    expect(shop.keys.some((key) => key.startsWith('biz-food-'))).toBe(false);
    // A food stall already trading keeps its own numbers.
    const running = await firstFive(
      'business',
      'Grow my bakery stall',
      'I have sold at the market for two years; sales are flat.',
    );
    expect(running.keys).toContain('biz-numbers');
  });

  it('grows a channel still below the platform threshold before any money step', async () => {
    const en = await firstFive(
      'business',
      'Grow my budget camping gear YouTube channel to monetisation',
      "I've got 340 subscribers after a year of posting whenever I feel like it. I want to hit the 1,000 subscribers and 4,000 watch hours by next autumn and start earning from it.",
    );
    expect(en.keys).toEqual(expect.arrayContaining(['biz-ch-grow-target', 'biz-ch-grow-day']));
    expect(en.keys.some((key) => ['biz-ch-costs', 'biz-ch-money', 'biz-ch-support', 'biz-ch-kit'].includes(key))).toBe(
      false,
    );
    const ru = await firstFive(
      'business',
      'Выйти на монетизацию на ютубе',
      'Снимаю ролики про рыбалку, пока всего 500 подписчиков и 1200 часов просмотра, хочу к весне подключить партнёрскую программу.',
      'ru',
    );
    expect(ru.keys).toContain('biz-ch-grow-target');
    expect(ru.text).not.toMatch(/медиакит|страницу поддержки/);
    // A channel with an audience that wants to cover its costs keeps the money steps.
    const big = await firstFive(
      'business',
      'Make my podcast pay for itself',
      "I've been running it for two years, 3,000 listens an episode, and hosting and editing cost me 80 a month.",
    );
    expect(big.keys).toContain('biz-ch-kit');
  });

  it('gives a maker who wants shops to stock the product a wholesale price, label rules and a visit — not customer interviews', async () => {
    const en = await firstFive(
      'business',
      'Get my dog treats stocked in three local pet shops',
      "I've sold homemade liver cake and sweet potato chews at craft fairs for a year and they sell out every time. I've no idea how to approach shops, what wholesale price to give or what the labels legally need.",
    );
    expect(en.keys).toEqual([
      'biz-stock-cost',
      'biz-stock-rules',
      'biz-stock-shops',
      'biz-stock-sheet',
      'biz-stock-visit',
    ]);
    expect(en.text).toMatch(/wholesale/);
    expect(en.text).not.toMatch(/talk to five people|sign a lease/i);
    const ru = await firstFive(
      'business',
      'Сдавать свои свечи в магазины на реализацию',
      'Делаю соевые свечи второй год, продаю на ярмарках. Хочу, чтобы их взяли три магазина подарков.',
      'ru',
    );
    expect(ru.keys[0]).toBe('biz-stock-cost');
    expect(ru.text).toMatch(/оптов/);
    expect(ru.keys).not.toContain('biz-five');
    // A shop that is not started yet keeps the ordinary first steps.
    const candle = await firstFive(
      'business',
      'Start an online candle shop',
      "I've never sold anything; I'd like my first sale by next month.",
    );
    expect(candle.keys[0]).toBe('biz-offer');
    expect(candle.keys.some((key) => key.startsWith('biz-stock-'))).toBe(false);
  });

  it('gives a business that works with fire a safety plan, a check and insurance before its first customer', async () => {
    const en = await firstFive(
      'business',
      'Open a wood-fired sauna for hire by the lake',
      "I've built a small wood-fired sauna on a trailer and want to rent it out at weekends. No customers yet.",
    );
    expect(en.keys).toEqual(['biz-offer', 'biz-fire-safety', 'biz-fire-check', 'biz-fire-insure', 'biz-registration']);
    expect(en.text).toMatch(/carbon-monoxide alarm|fire-safety plan/);
    const ru = await firstFive(
      'business',
      'Начать продавать шашлык на выезде',
      'Хочу возить мангал на корпоративы и свадьбы, опыта продаж нет.',
      'ru',
    );
    expect(ru.keys.slice(0, 4)).toEqual(['biz-offer', 'biz-fire-safety', 'biz-fire-check', 'biz-fire-insure']);
    expect(ru.text).toMatch(/пожарной безопасности/);
    // A shop with no fire, and a sauna already trading, get no such steps.
    const candle = await firstFive('business', 'Start an online candle shop', "I've never sold anything yet.");
    expect(candle.keys.some((key) => key.startsWith('biz-fire-'))).toBe(false);
    const open = await firstFive(
      'business',
      'Fill my sauna in the quiet months',
      'We opened three years ago; winter is packed but summer is dead.',
    );
    expect(open.keys.some((key) => key.startsWith('biz-fire-'))).toBe(false);
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

  it('gives a freelancer looking for first clients warm contacts and a simple page — no rent or stock costs', async () => {
    const en = await firstFive(
      'business',
      'Get my first five clients as a virtual assistant',
      "I was an executive assistant for ten years. No website yet, and I can't decide whether to pick a niche.",
    );
    expect(en.keys.slice(0, 2)).toEqual(['biz-svc-offer', 'biz-svc-contacts']);
    expect(en.keys).not.toContain('biz-costs');
    expect(en.text).not.toMatch(/first stock/);
    const ru = await firstFive(
      'business',
      'Найти первых клиентов как копирайтер',
      'Ушла из агентства, хочу работать на себя, но не знаю, где искать заказчиков.',
      'ru',
    );
    expect(ru.keys[0]).toBe('biz-svc-offer');
    expect(ru.keys).not.toContain('biz-costs');
    // A bakery still gets its costs.
    const bakery = await firstFive(
      'business',
      'Open a small bakery',
      'I have never run a business before and want to open next year.',
    );
    expect(bakery.keys.some((key) => key.startsWith('biz-svc-'))).toBe(false);
  });

  it('counts profit per hour per student or client for someone selling their time — not items, materials and fuel', async () => {
    const en = await tap(
      'business',
      'Make my home tutoring pay properly',
      'I tutor nine kids in chemistry after my day job, £20 an hour.',
      'en',
      ['Already doing it, want to get better'],
    );
    expect(en.keys).toContain('biz-price-hour-time');
    expect(en.keys).not.toContain('biz-price-hour');
    const ru = await tap(
      'business',
      'Превратить репетиторство по английскому в нормальный доход',
      'Веду восемь учеников по скайпу уже два года.',
      'ru',
      ['Уже занимаюсь, хочу лучше'],
    );
    expect(ru.keys).toContain('biz-price-hour-time');
    expect(ru.keys).not.toContain('biz-price-hour');
    // Someone selling goods keeps the per-item count.
    const goods = await tap(
      'business',
      'Turn my furniture flipping into a proper side business',
      "I've done about 12 in the last year at roughly £80 profit each.",
      'en',
      ['Already doing it, want to get better'],
    );
    expect(goods.keys).toContain('biz-price-hour');
    expect(goods.keys).not.toContain('biz-price-hour-time');
  });

  it('plans a business sprint in the free time the person names — not one task every day', async () => {
    const en = await tap(
      'business',
      'Start a window cleaning round with my brother',
      'We both clean windows for a company that keeps most of the money. We already have six customers of our own but no price list. We are free only on Saturdays.',
      'en',
      // Their own round is not started yet (they clean for a company): the coach asks, and they say so.
      ['Already doing it, want to get better', 'A business not started yet'],
    );
    expect(en.keys).toContain('biz-weeks-window');
    expect(en.keys).not.toContain('biz-weeks-sprint');
    expect(en.text).toContain('on Saturdays');
    const ru = await tap(
      'business',
      'Начать своё дело по уборке квартир с подругой',
      'Мы обе убираем квартиры через агентство, которое забирает половину. Уже есть пять своих клиентов, но цен нет. Свободны только по воскресеньям.',
      'ru',
      ['Уже занимаюсь, хочу лучше', 'Бизнес ещё не открыт'],
    );
    expect(ru.keys).toContain('biz-weeks-window');
    expect(ru.keys).not.toContain('biz-weeks-sprint');
    expect(ru.text).toContain('по воскресеньям');
    // No time named: the daily sprint stays.
    const plain = await tap(
      'business',
      'Start a window cleaning round with my brother',
      'We both clean windows for a company that keeps most of the money. We already have six customers of our own but no price list.',
      'en',
      ['Already doing it, want to get better', 'A business not started yet'],
    );
    expect(plain.keys).toContain('biz-weeks-sprint');
    expect(plain.keys).not.toContain('biz-weeks-window');
  });

  it('has a service with no photos of the work get photos before a listing that needs one', async () => {
    const en = await firstFive(
      'business',
      'Start a nail art business',
      "I've done nails for friends for years, but I have no photos of my work and no idea what to charge.",
    );
    expect(en.keys).toContain('biz-portfolio');
    expect(en.keys.indexOf('biz-portfolio')).toBeLessThan(
      en.keys.includes('biz-landing') ? en.keys.indexOf('biz-landing') : 99,
    );
    const ru = await firstFive(
      'business',
      'Начать брать заказы на свадебные причёски',
      'Делаю причёски подругам много лет, но портфолио нет и нормальных фото тоже.',
      'ru',
    );
    expect(ru.keys).toContain('biz-portfolio');
    // A business with photos already gets no portfolio step.
    const shown = await firstFive(
      'business',
      'Start a bridal makeup business',
      'I have a kit and a folder of photos of my work from friends’ weddings.',
    );
    expect(shown.keys).not.toContain('biz-portfolio');
    expect(shown.keys[0]).toBe('biz-offer');
  });

  it('has a supplier to hotels or restaurants find the buyers and visit with a sample — no landing page', async () => {
    const en = await tap(
      'business',
      'Start supplying vegetables to restaurants in town',
      'I grow greens on two acres and sell at the market, but the restaurants buy from a wholesaler.',
      'en',
      ['Supplying'],
    );
    expect(en.keys.slice(0, 4)).toEqual([
      'biz-kitchen-buyers',
      'biz-kitchen-needs',
      'biz-kitchen-price',
      'biz-kitchen-visit',
    ]);
    expect(en.keys).not.toContain('biz-landing');
    const ru = await tap(
      'business',
      'Поставлять домашний сыр в рестораны',
      'Держу коз, сыр берут соседи, хочу продавать ресторанам в городе.',
      'ru',
      ['Поставлять в рестораны'],
    );
    expect(ru.keys[0]).toBe('biz-kitchen-buyers');
    expect(ru.keys).toContain('biz-kitchen-visit');
    expect(ru.keys).not.toContain('biz-landing');
    // Getting stocked in shops keeps the shop steps.
    const shops = await tap(
      'business',
      'Get my granola stocked in local shops',
      'I sell it at the market and want it on their shelves.',
      'en',
      ['Getting my product'],
    );
    expect(shops.keys).toContain('biz-stock-shops');
    expect(shops.keys).not.toContain('biz-kitchen-buyers');
  });

  it('gives a full trial batch of bread the hours it takes', async () => {
    const ru = await tap(
      'business',
      'Открыть пекарню в селе',
      'Пеку хлеб дома, хочу продавать у магазина по утрам.',
      'ru',
      ['Точка или прилавок'],
    );
    const at = ru.keys.indexOf('biz-food-batch');
    expect(at).toBeGreaterThan(-1);
    expect(ru.minutes[at]).toBe(120);
    const en = await tap(
      'business',
      'Sell sourdough at the farmers market',
      'I bake at home and want a stall by spring.',
      'en',
      ['Selling food'],
    );
    expect(en.minutes[en.keys.indexOf('biz-food-batch')]).toBe(120);
    // The other food steps keep their minutes.
    expect(en.minutes[en.keys.indexOf('biz-food-price')] ?? 20).toBe(20);
  });

  it('gives a business not trading yet, though read as active, the rules and the costs — not last month’s numbers', async () => {
    const ru = await tap(
      'business',
      'Запустить автолавку по дальним сёлам',
      'В трёх сёлах вдоль нашей дороги магазинов нет, старики раз в неделю ездят за хлебом. У меня есть Газель. Не понимаю, как оформиться и где брать товар.',
      'ru',
      ['Бизнес ещё'],
    );
    expect(ru.keys).toContain('biz-start-rules');
    expect(ru.keys).toContain('biz-start-costs');
    expect(ru.keys).not.toContain('biz-numbers');
    expect(ru.keys).not.toContain('biz-price-hour');
    const seedlings = await tap(
      'business',
      'Продавать рассаду весной',
      'Каждый год выращиваю рассаду, соседки всё разбирают. Хочу торговать на рынке в апреле. Не знаю, надо ли как-то оформляться.',
      'ru',
      ['Уже занимаюсь', 'Бизнес ещё'],
    );
    expect(seedlings.keys).toContain('biz-start-rules');
    expect(seedlings.keys).not.toContain('biz-numbers');
    expect(seedlings.keys).not.toContain('biz-ask-customers');
    const en = await tap(
      'business',
      'Sell my plants at the Saturday market',
      'I grow far too many; friends and neighbours buy everything. Do I need to register?',
      'en',
      ['Already', 'A business not'],
    );
    expect(en.keys).toContain('biz-start-rules');
    expect(en.keys).not.toContain('biz-numbers');
    // A shop already trading keeps its own numbers.
    const trading = await tap(
      'business',
      'Grow my candle shop',
      'I already sell about 40 candles a month on Etsy and want to double it.',
      'en',
      ['Already'],
    );
    expect(trading.keys).toContain('biz-numbers');
    expect(trading.keys).not.toContain('biz-start-rules');
  });

  it('gives a school-age seller a plan agreed with a parent — no tax registration, permits or lease', async () => {
    const en = await tap(
      'business',
      'Start a lawn mowing business over the summer hols',
      "I'm 15. Dad's giving me his old mower. I want about $100 a week but I've no idea what to charge.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).toContain('biz-young-parent');
    expect(en.keys).not.toContain('biz-registration');
    expect(en.keys).not.toContain('biz-costs');
    const ru = await tap(
      'business',
      'Мыть машины соседям на каникулах',
      'Мне 14, хочу заработать летом. Не знаю, сколько брать.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('biz-young-parent');
    expect(ru.keys).not.toContain('biz-registration');
    // An adult starting out keeps the registration step.
    const adult = await tap(
      'business',
      'Start a dog walking round',
      "I'm 34 and between jobs. No idea what to charge.",
      'en',
      ['Just starting'],
    );
    expect(adult.keys).toContain('biz-registration');
    expect(adult.keys).not.toContain('biz-young-parent');
  });

  it("sends a food maker to their own country's food authority, and gives a batch a morning", async () => {
    const en = await tap(
      'business',
      "Start selling my grandmother's pickles online",
      "I'm 21 and live in a village near Guntur. My ammamma's avakaya and gongura pickles are famous in the family. I don't know about FSSAI registration, packing so the oil doesn't leak, or how to price.",
      'en',
      ['Business', 'Selling food I make'],
    );
    expect(en.keys[0]).toBe('biz-jar-register');
    expect(en.text).toMatch(/FSSAI in India/);
    expect(en.text).not.toMatch(/in the UK it's free with your council, at least 28 days/);
    expect(en.minutes[en.keys.indexOf('biz-jar-batch')]).toBe(120);
    const ru = await tap(
      'business',
      'Продавать домашнюю аджику в банках',
      'Соседи просят, хочу делать на продажу.',
      'ru',
      ['Свои соусы'],
    );
    expect(ru.keys).toContain('biz-jar-register');
    expect(ru.minutes[ru.keys.indexOf('biz-jar-batch')] ?? 120).toBe(120);
    // A business that sells no jarred food gets none of these.
    const shop = await tap('business', 'Open an online shop for my prints', 'Art prints of my city drawings.', 'en');
    expect(shop.keys).not.toContain('biz-jar-register');
  });

  it('sells ad space in a printed newsletter — no channel, posts or platform ads', async () => {
    const en = await tap(
      'business',
      'Make our village newsletter pay for itself with local ads',
      "I've edited the parish newsletter for four years. It goes to 600 homes in print and costs about £300 an issue. I'd like to sell ad space to local tradespeople.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).toEqual(['biz-ads-cost', 'biz-ads-rates', 'biz-ads-list', 'biz-ads-ask', 'biz-ads-book']);
    const ru = await tap(
      'business',
      'Чтобы наша сельская газета окупалась за счёт рекламы',
      'Выпускаю сельскую газету, печать дорогая, хочу продавать рекламу местным мастерам и магазинам.',
      'ru',
      ['Только'],
    );
    expect(ru.keys[0]).toBe('biz-ads-cost');
    expect(ru.keys.some((key) => key.startsWith('biz-ch-'))).toBe(false);
    // A podcast that should pay for itself keeps the channel steps.
    const podcast = await tap(
      'business',
      'Make my podcast pay for itself',
      'I have published 40 episodes and about 800 listeners; hosting costs me £20 a month.',
      'en',
      ['Already doing'],
    );
    expect(podcast.keys.some((key) => key.startsWith('biz-ch-'))).toBe(true);
    expect(podcast.keys.some((key) => key.startsWith('biz-ads-'))).toBe(false);
  });

  it('starts work that breaks the skin with infection control — no channel steps for a booking messenger', async () => {
    const ru = await tap(
      'business',
      'Начать делать пирсинг на дому',
      'Прокалываю уши подругам уже полгода, хочу брать деньги, записывать буду через телеграм.',
      'ru',
      ['Бизнес ещё'],
    );
    expect(ru.keys[0]).toBe('biz-body-hygiene');
    expect(ru.keys).toContain('biz-body-rules');
    expect(anyWithPrefix(ru.keys, 'biz-ch-')).toBe(false);
    const en = await tap(
      'business',
      'Start a tattoo studio in my spare room',
      "I've tattooed friends for two years; clients would book through my Instagram account.",
      'en',
      ['A business not'],
    );
    expect(en.keys[0]).toBe('biz-body-hygiene');
    expect(anyWithPrefix(en.keys, 'biz-ch-')).toBe(false);
    // A channel about baking keeps the channel steps.
    const channel = await tap(
      'business',
      'Grow my baking YouTube channel to earn from it',
      'I post a video every week and have 900 subscribers.',
      'en',
      ['Already'],
    );
    expect(anyWithPrefix(channel.keys, 'biz-ch-')).toBe(true);
    expect(anyWithPrefix(channel.keys, 'biz-body-')).toBe(false);
  });

  it('has wild food checked by an expert before a kitchen sees it, and reads a side income still to start', async () => {
    const en = await tap(
      'business',
      'Sell wild garlic and morels to pubs in the Peaks',
      "I've picked them for years with a guidebook. A chef I know says he'd buy what I bring in spring, and I want to turn it into a side income.",
      'en',
      ['Supplying'],
    );
    expect(en.keys[0]).toBe('biz-wild-id');
    expect(en.keys).toContain('biz-wild-rules');
    expect(en.keys).not.toContain('biz-numbers');
    const ru = await tap(
      'business',
      'Продавать лесные грибы в кафе',
      'Собираю грибы двадцать лет, знакомый повар готов брать лисички и белые осенью.',
      'ru',
      ['Поставлять'],
    );
    expect(ru.keys[0]).toBe('biz-wild-id');
    // Mushrooms grown at home are no wild food.
    const grown = await tap(
      'business',
      'Sell oyster mushrooms I grow in my garage to cafés',
      'I have ten grow bags going and two cafés interested.',
      'en',
      ['Supplying'],
    );
    expect(anyWithPrefix(grown.keys, 'biz-wild-')).toBe(false);
  });

  it('prices a machine hired out to neighbours — cost, price, payment rule — before any registration check', async () => {
    const en = await tap(
      'business',
      'Rent out my tractor to the neighbours',
      'After my own fields are done it stands idle; people ask me to plough for other farmers but I never know what to charge.',
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['biz-hire-cost', 'biz-hire-price', 'biz-hire-terms']);
    expect(en.keys).not.toContain('biz-registration');
    const ru = await tap(
      'business',
      'Пахать соседям на своём тракторе',
      'Огороды весной просят вспахать, а сколько брать — не знаю, и некоторые тянут с оплатой.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys[0]).toBe('biz-hire-cost');
    expect(ru.keys).not.toContain('biz-registration');
    // A bakery keeps the ordinary start.
    const near = await tap('business', 'Open a small bakery', 'I bake at home now.', 'en', ['Just starting']);
    expect(near.keys.filter((key) => key.startsWith('biz-hire'))).toEqual([]);
  });

  it('insures and checks equipment customers can be hurt on before any listing takes bookings', async () => {
    const en = await tap(
      'business',
      'Start a kayak hire business on the lake',
      'I have a trailer and want five kayaks by summer.',
      'en',
      ['Just starting', 'A business not'],
    );
    // boats and kayaks (`water_trips`) put the capsize plan and the water rules first, then the insurance.
    expect(en.keys).toEqual(expect.arrayContaining(['biz-water-safety', 'biz-risk-insure']));
    expect(en.keys).not.toContain('biz-landing');
    const ru = await tap(
      'business',
      'Открыть прокат сапов на озере',
      'Есть немного денег на первые доски, хочу начать летом.',
      'ru',
      ['Только начинаю', 'Бизнес ещё'],
    );
    expect(ru.keys).toContain('biz-risk-insure');
    expect(ru.keys).toContain('biz-risk-kit');
    // A cake business keeps its path.
    const near = await tap(
      'business',
      'Start a cake business from home',
      'I bake for friends and want to start selling.',
      'en',
      ['Just starting', 'A business not'],
    );
    expect(near.keys[0]).toBe('biz-offer');
    expect(anyWithPrefix(near.keys, 'biz-risk')).toBe(false);
  });

  it('reads a hobby done for friends as no trading, and asks about checks and cover before paid work with children', async () => {
    const en = await tap(
      'business',
      'Turn my magic tricks into paid shows',
      "I've been doing magic for friends for eight years; a few parents asked me to do their kids' parties.",
      'en',
      ['A business not'],
    );
    expect(en.keys).toContain('biz-kids-check');
    for (const key of ['biz-numbers', 'biz-ask-customers', 'biz-improve']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'business',
      'Стать аниматором на детских праздниках',
      'Уже пять лет бесплатно веду праздники для друзей, хочу брать за это деньги.',
      'ru',
      ['Бизнес ещё'],
    );
    expect(ru.keys).toContain('biz-kids-check');
    expect(ru.keys).not.toContain('biz-numbers');
    // A shop that is open keeps its numbers.
    const open = await tap(
      'business',
      'Grow my gift shop',
      "I've been running the shop for three years and sales are flat.",
      'en',
      ['A business already'],
    );
    expect(open.keys).toContain('biz-numbers');
    expect(open.keys).not.toContain('biz-kids-check');
  });

  it('reads things made only for oneself and family as not selling yet — no last month or existing customers', async () => {
    const ru = await tap(
      'business',
      'Продавать деревянные разделочные доски',
      'Уже сделал несколько досок себе и родным, все хвалят. Хочу продавать через соцсети.',
      'ru',
      ['Бизнес ещё не открыт'],
    );
    for (const key of TRADING) expect(ru.keys).not.toContain(key);
    expect(ru.keys[0]).toBe('biz-offer');
    const en = await tap(
      'business',
      'Sell my leather wallets online',
      "I've already made a dozen, but only for family and friends so far.",
      'en',
      ['A business not started'],
    );
    for (const key of TRADING) expect(en.keys).not.toContain(key);
    // A shop that has been selling for years keeps its numbers.
    const near = await tap(
      'business',
      'Grow my candle shop',
      "We've sold at markets for two years; sales are flat.",
      'en',
    );
    expect(near.keys).toContain('biz-numbers');
  });

  it("claims minding other people's children at home for the childcare steps — rules, a safe home, first aid — from any start", async () => {
    const generic = await firstFive(
      'generic',
      'Start doing after-school care from home',
      'Some parents from school asked me to mind their kids 3 to 6 on weekdays, maybe five of them. No idea about prices or insurance.',
    );
    expect(generic.keys).toEqual([
      'biz-care-rules',
      'biz-care-home',
      'biz-care-aid',
      'biz-care-insure',
      'biz-care-price',
    ]);
    const ru = await tap(
      'business',
      'Открыть домашний детский сад',
      'Сижу дома с дочкой, соседки просят взять их детей на день, человека четыре.',
      'ru',
    );
    expect(ru.keys[0]).toBe('biz-care-rules');
    expect(ru.text).toMatch(/калитка сама закрывается/);
    // A parent looking for care keeps the family path.
    const near = await tap('family', 'Find after-school care for my son', "He's seven and I work till six.");
    expect(withPrefix(near.keys, 'biz-care')).toEqual([]);
  });

  it('trials a brewed drink for the market as a batch brewed and bottled — no oven load', async () => {
    const en = await tap(
      'business',
      'Sell my ginger beer at the farmers market',
      "I've brewed it at home for years and people at work keep asking for bottles; I'd start in spring.",
      'en',
      ['Selling food I make at a stall or spot'],
    );
    expect(en.keys).toContain('biz-food-batch-drink');
    expect(en.keys).not.toContain('biz-food-batch');
    const ru = await tap(
      'business',
      'Продавать домашний квас на фермерском рынке',
      'Варю квас дома для семьи, продавать ещё не пробовал, хочу по субботам.',
      'ru',
      ['Точка или прилавок со своей едой'],
    );
    expect(ru.keys).toContain('biz-food-batch-drink');
    // Bread keeps the oven load.
    const near = await tap(
      'business',
      'Sell sourdough loaves at the farmers market',
      'I bake at home every weekend.',
      'en',
      ['Selling food I make at a stall or spot'],
    );
    expect(near.keys).toContain('biz-food-batch');
    expect(near.keys).not.toContain('biz-food-batch-drink');
  });

  it('runs ride-on cars for children in a park from the spot and the cars’ real life — not a dress rental', async () => {
    const ru = await tap(
      'business',
      'Поставить детские электромобили на набережной',
      'Хочу купить пять электромашинок, не знаю, как договориться с администрацией парка и сколько они проработают.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('biz-rides-site');
    expect(ru.keys).toContain('biz-rides-life');
    expect(ru.keys).toContain('biz-risk-insure');
    expect(withPrefix(ru.keys, 'biz-rent-')).toEqual([]);
    const en = await tap(
      'business',
      'Start a ride-on cars business in the town park',
      "I've saved £3,000 for six kids' electric cars and need to find out how the council gives out pitches.",
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['biz-offer', 'biz-rides-site', 'biz-rides-life']);
    // Dresses rented out keep the rental's terms and cleaning.
    const near = await tap(
      'business',
      'Сдавать в прокат вечерние платья',
      'Есть десять платьев после выпускных, хочу сдавать их на выходные.',
      'ru',
      ['Только начинаю'],
    );
    expect(near.keys).toContain('biz-rent-terms');
    expect(withPrefix(near.keys, 'biz-rides-')).toEqual([]);
  });

  it('sets up a DJ and sound hire with booking terms and a tested kit, not dress-hire stains and dry cleaning', async () => {
    const en = await tap(
      'business',
      'Start a DJ and sound hire business for weddings in Bo',
      "I'm 27 and I've been DJing for my church and friends' parties with a borrowed speaker for three years. A man in Kenema is selling two big speakers, a mixer and a small generator for Le 35,000 and I have a bit more than half. Weddings and graduations here get booked for the dry season from November. I work as a teller at a microfinance office in the week, so it would be weekends only.",
      'en',
      ['Business'],
    );
    expect(withPrefix(en.keys, 'biz-rent-')).toEqual([]);
    expect(en.keys).toEqual(expect.arrayContaining(['biz-dj-kit', 'biz-dj-terms']));
    const ru = await tap(
      'business',
      'Открыть прокат звукового оборудования и диджей на свадьбы',
      'Есть колонки и пульт, хочу брать заказы на выходные.',
      'ru',
    );
    expect(withPrefix(ru.keys, 'biz-rent-')).toEqual([]);
    expect(ru.keys).toContain('biz-dj-terms');
    // Dresses rented out keep the rental path.
    const near = await tap(
      'business',
      'Start renting out my party dresses',
      'I have eight dresses and want to take a deposit for each.',
    );
    expect(near.keys).toContain('biz-rent-terms');
  });

  it('puts the seller rules, a test parcel and one listing first when a roadside seller wants to sell online', async () => {
    const ru = await tap(
      'business',
      'продавать мёд через интернет, а не только у трассы',
      'У отца пасека. Мёд продаём летом с лотка у трассы туристам, а зимой он просто стоит. Хочу попробовать Авито и маркетплейсы, но не знаю, какие нужны документы и как отправлять банки, чтобы не бились.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('biz-online-rules');
    expect(ru.keys).toContain('biz-online-ship');
    expect(ru.keys).not.toContain('biz-season-past');
    expect(ru.keys).not.toContain('biz-season-partner');
    const en = await tap(
      'business',
      'Sell my pickles online, not just at the market',
      'I sell pickles at the weekend market and want to try a marketplace or Etsy, but I have no idea how to post glass jars.',
      'en',
      ['None'],
    );
    expect(en.keys).toContain('biz-online-rules');
    // A quiet season with no online selling keeps the past-client steps.
    const near = await tap(
      'business',
      'Fill the quiet months at my dog grooming salon',
      'January and February are dead every year, my regulars come back only in spring.',
      'en',
      ['A quiet season'],
    );
    expect(withPrefix(near.keys, 'biz-online-')).toEqual([]);
    expect(near.keys).toContain('biz-season-past');
  });

  it('keeps the parent-or-guardian plan for school-age sellers only', async () => {
    const en = await tap(
      'business',
      'selling my chilli sauce at the saturday market',
      "I'm 20 and live with my gran outside Suva. Friends keep asking for bottles of my chilli sauce. I'd like a stall at the municipal market by the end of the school holidays.",
      'en',
      ['Selling food I make in jars'],
    );
    expect(en.keys).not.toContain('biz-young-parent');
    const ru = await tap(
      'business',
      'Продавать аджику на рынке',
      'Мне 19, я студентка, на школьные каникулы брата хочу вместе с ним продавать нашу аджику на рынке.',
      'ru',
      ['Свои соусы'],
    );
    expect(ru.keys).not.toContain('biz-young-parent');
    const near = await tap(
      'business',
      'Sell my chilli sauce at the market',
      "I'm 15 and want to sell bottles of my chilli sauce at the market in the school holidays.",
      'en',
      ['Selling food I make in jars'],
    );
    expect(near.keys).toContain('biz-young-parent');
  });

  it('gives no last month’s sales table to someone who has not started selling', async () => {
    const en = await tap(
      'business',
      'start selling my jam at the farmers market',
      "I've been making plum jam for years and friends love it. I want to start selling it but don't know the rules.",
      'en',
      ['Selling food I make in jars'],
    );
    expect(en.keys).not.toContain('biz-numbers');
  });

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

  it('gives boats and paddleboards for hire a capsize plan and the water rules, not dress-rental terms; a dress rental keeps them', async () => {
    const ru = await tap(
      'business',
      'сдавать байдарки туристам на озере летом',
      'Купил три байдарки и жилеты, хочу выдавать напрокат и водить группы вдоль берега. Вода даже летом холодная.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys).toContain('biz-water-safety');
    expect(ru.keys).not.toContain('biz-rent-terms');
    expect(ru.keys).not.toContain('biz-rent-clean');
    expect(ru.texts.join(' ')).not.toMatch(/химчистк|пятн/);
    const en = await tap(
      'business',
      'start renting out paddleboards at the lake this summer',
      'I bought five second-hand SUP boards and life jackets and want to rent them out and take small groups along the shore at weekends.',
      'en',
      ['None'],
    );
    expect(en.keys).toContain('biz-water-safety');
    expect(en.texts.join(' ')).not.toMatch(/dry clean|stain/i);
    const near = await tap(
      'business',
      'сдавать платья в прокат',
      'У меня восемь вечерних платьев, хочу сдавать их в аренду на выпускные.',
      'ru',
      ['Ничего'],
    );
    expect(near.keys).not.toContain('biz-water-safety');
    expect(near.keys).toContain('biz-rent-terms');
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
