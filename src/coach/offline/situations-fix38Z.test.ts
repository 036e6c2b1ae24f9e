import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const starting = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));
/** The fix-one-part template: a brand and model, the valve or breaker and what's in the wall, a video for the model. */
const PART_TEMPLATE = ['fix-02', 'fix-03', 'fix-04'];

describe('the thirty-eighth blind read, fixed in general (helper fix38Z)', () => {
  it('weighs covering against scraping a textured ceiling, readies the room and tries a wet patch — no model or breaker', async () => {
    const en = await tap(
      'repair',
      'Take the popcorn ceiling off in the bedroom',
      'The house was built in 1985; we want the ceiling flat and painted.',
      'en',
      ['Removing a textured'],
    );
    // The asbestos net keeps its test first; the texture's own steps follow.
    expect(en.keys.slice(0, 2)).toEqual(['fix-asb-test', 'fix-asb-remove']);
    expect(en.keys).toContain('fix-tex-way');
    expect(en.keys).toContain('fix-tex-patch');
    for (const key of PART_TEMPLATE) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'repair',
      'Снять шубу с потолка в коридоре',
      'Старая штукатурка шуба, хочу ровный потолок под покраску.',
      'ru',
      ['Снять рельефную'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['fix-tex-way', 'fix-tex-prep', 'fix-tex-patch']);
    expect(ru.text).toMatch(/никогда не скобли всухую/);
    for (const key of PART_TEMPLATE) expect(ru.keys).not.toContain(key);
    // A plain ceiling to paint keeps the painting path.
    const near = await tap('repair', 'Paint the living room ceiling', "It's gone yellow over the years.", 'en', [
      'Painting',
    ]);
    expect(near.keys[0]).toBe('fix-paint-choose');
    expect(starting(near.keys, 'fix-tex-')).toEqual([]);
  });

  it('swaps a bath for a shower tray from the drain and the fall, the heavy bath out, one waterproofing system and a flood test', async () => {
    const ru = await tap(
      'repair',
      'Сделать душ вместо ванны',
      'Маме тяжело перешагивать через борт, хочу поддон и стеклянную шторку, плитку кладу сам.',
      'ru',
      ['Душевой поддон'],
    );
    expect(ru.keys.slice(0, 4)).toEqual([
      'fix-shower-drain',
      'fix-shower-bath',
      'fix-shower-membrane',
      'fix-shower-flood',
    ]);
    expect(starting(ru.keys, 'fix-surf-')).toEqual([]);
    const en = await tap(
      'repair',
      'Swap our bath for a walk-in shower',
      "Dad can't step over the side any more; I've tiled before but never waterproofed anything.",
      'en',
      ['A bath swapped'],
    );
    expect(en.keys[0]).toBe('fix-shower-drain');
    expect(en.keys).toContain('fix-shower-flood');
    expect(en.keys).not.toContain('fix-surf-test');
    // Grout in the shower keeps its test patch.
    const near = await tap('repair', 'Regrout the shower', 'The grout has gone black in places.', 'en', ['Grout']);
    // fix53K: grout with no floor named gets the shower's own test joint (`wet_seal`).
    expect(near.keys).toContain('fix-seal-test');
    expect(starting(near.keys, 'fix-shower-')).toEqual([]);
  });

  it('drains a split water tank below the crack, finds its plastic and the repair, stops the crack and refills slowly', async () => {
    const en = await tap(
      'repair',
      'Patch the crack in our poly tank',
      'It catches the roof water for the garden and the house, and the crack is low down.',
      'en',
      ['A cracked or leaking'],
    );
    expect(en.keys.slice(0, 4)).toEqual(['fix-tank-drain', 'fix-tank-plastic', 'fix-tank-stop', 'fix-tank-test']);
    for (const key of PART_TEMPLATE) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'repair',
      'Заделать трещину в пластиковой бочке',
      'Бочка для воды на даче, течёт снизу.',
      'ru',
      ['Треснула'],
    );
    expect(ru.keys[0]).toBe('fix-tank-drain');
    expect(ru.keys).not.toContain('fix-03');
    // A toilet cistern is no water tank.
    const near = await tap(
      'repair',
      'Fix the toilet cistern that keeps running',
      'It refills every few minutes.',
      'en',
    );
    expect(starting(near.keys, 'fix-tank-')).toEqual([]);
    expect(near.keys).toContain('fix-02');
  });

  it('writes to a landlord about mould only when the home is rented, and airs a windowless room through its fan', async () => {
    const ru = await tap(
      'repair',
      'Избавиться от плесени на потолке в ванной',
      'Хочу сам всё отмыть и перекрасить, окна там нет.',
      'ru',
      ['Возвращается плесень'],
    );
    expect(ru.keys).toEqual(['fix-damp-photos', 'fix-damp-fan', 'fix-damp-cause', 'fix-damp-clean', 'fix-damp-paint']);
    const en = await tap(
      'repair',
      'Get rid of the black mould on the bathroom ceiling',
      "I'm doing it myself this summer; the room has no window.",
      'en',
      ['Mould'],
    );
    expect(en.keys).toContain('fix-damp-fan');
    for (const key of ['fix-damp-landlord', 'fix-damp-follow', 'fix-damp-air']) expect(en.keys).not.toContain(key);
    // A renter keeps the landlord in writing and the window step.
    const near = await tap(
      'repair',
      'Get rid of the mould in the bathroom',
      "We rent, and the landlord still hasn't fixed the extractor fan.",
      'en',
      ['Mould'],
    );
    expect(near.keys.slice(0, 3)).toEqual(['fix-damp-photos', 'fix-damp-landlord', 'fix-damp-air']);
    expect(near.keys).not.toContain('fix-damp-clean');
  });

  it('sets a passport renewed for a residence permit against the permit date — no "if it\'s for a trip"', async () => {
    const en = await tap(
      'admin',
      'Get a new passport from my consulate',
      "I live in Madrid and my residence card has to be renewed in June; they won't renew it with an expired passport.",
      'en',
      ['A passport'],
    );
    expect(en.keys).toContain('adm-pass-permit');
    expect(en.keys).not.toContain('adm-pass-dates');
    const ru = await tap(
      'admin',
      'Поменять паспорт в консульстве',
      'Живу в Праге, в мае продлевать ВНЖ, а паспорт кончается в апреле.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys).toContain('adm-pass-permit');
    expect(ru.keys).not.toContain('adm-pass-dates');
    // A passport for a trip keeps the trip's dates.
    const near = await tap('admin', 'Renew my passport', 'It expires in May and we fly to Spain in June.', 'en', [
      'A passport',
    ]);
    expect(near.keys).toContain('adm-pass-dates');
    expect(near.keys).not.toContain('adm-pass-permit');
  });

  it("gives a first passport the date it's needed by and a first one's papers — no old passport's expiry", async () => {
    const en = await tap(
      'admin',
      "Get our son's first passport from the consulate",
      "He was born in Dubai in March; we want to fly to my parents at Christmas. The consulate's appointments are weeks away.",
      'en',
      ['A passport'],
    );
    expect(en.keys).toContain('adm-pass-first');
    expect(en.keys).not.toContain('adm-pass-dates');
    const ru = await tap(
      'admin',
      'Оформить загранпаспорт ребёнку',
      'Дочке полгода, в августе летим на море, паспорта у неё ещё нет.',
      'ru',
      ['Паспорт'],
    );
    expect(ru.keys).toContain('adm-pass-first');
    expect(ru.keys).not.toContain('adm-pass-dates');
    // A child citizen through the consulate keeps the consulate's own route, and no expiry either.
    const kid = await tap(
      'admin',
      'Get the consular report of birth and a passport for our newborn',
      'Born in Osaka last month; we fly to my parents in spring and the embassy slots are a month out.',
      'en',
      ['A passport'],
    );
    expect(kid.keys).toContain('adm-kid-route');
    expect(kid.keys).not.toContain('adm-pass-dates');
    // A passport of one's own to renew keeps its expiry and the trip's dates.
    const near = await tap('admin', 'Renew my passport', 'It expires in May and we fly to Spain in June.', 'en', [
      'A passport',
    ]);
    expect(near.keys).toContain('adm-pass-dates');
    expect(near.keys).not.toContain('adm-pass-first');
  });

  it('reads "I don\'t do computers" as no internet: the office by phone first, never the official website', async () => {
    const en = await tap(
      'admin',
      "Claim the carer's allowance for looking after my husband",
      "I'm 74 and I don't do computers.",
      'en',
    );
    expect(en.keys[0]).toBe('adm-off-call');
    expect(en.keys).not.toContain('adm-01');
    const ru = await tap('admin', 'Оформить субсидию на коммуналку', 'Мне 70, в компьютерах ничего не понимаю.', 'ru');
    expect(ru.keys[0]).toBe('adm-off-call');
    // Paperwork that confuses is no missing computer.
    const near = await tap(
      'admin',
      "Claim the carer's allowance for looking after my husband",
      "I'm 74 and paperwork always confuses me.",
      'en',
    );
    expect(starting(near.keys, 'adm-off-')).toEqual([]);
  });

  it('books the travel clinic for everyone, children too, when malaria or yellow fever is named', async () => {
    const en = await tap(
      'travel',
      'Take the kids to meet their grandparents in Ghana',
      "First time for them, they're 5 and 7; we fly on 2 August and the nurse mentioned antimalarials.",
      'en',
      ['Travelling with children'],
    );
    expect(en.keys[0]).toBe('trip-malaria');
    const ru = await tap(
      'travel',
      'Повезти детей к маме в Танзанию',
      'Дети ещё не видели бабушку, вылетаем в июле, врач говорил про малярию.',
      'ru',
      ['Поездка с детьми'],
    );
    expect(ru.keys[0]).toBe('trip-malaria');
    expect(ru.text).toMatch(/по возрасту и весу/);
    // A beach holiday in Spain names no such disease.
    const near = await tap(
      'travel',
      'Family holiday in Spain with the kids',
      'Two kids, first time abroad, nothing booked yet.',
      'en',
      ['Travelling with children'],
    );
    expect(near.keys).not.toContain('trip-malaria');
  });

  it('takes the children home to family with flights set: the stay agreed with the hosts — no family room, booking or price alert', async () => {
    const en = await tap(
      'travel',
      'Take the kids home to see my mum in Poland',
      "They've never met their grandma; we fly on 3 July.",
      'en',
      ['Travelling with children'],
    );
    expect(en.keys).toContain('kids-host');
    for (const key of ['kids-stay', 'kids-days', 'trip-book-first', 'trip-price-alert', 'trip-dates-budget'])
      expect(en.keys).not.toContain(key);
    const ru = await tap(
      'travel',
      'Свозить детей к маме в Ташкент',
      'Дети ещё не видели бабушку, вылетаем пятого августа.',
      'ru',
      ['Поездка с детьми'],
    );
    expect(ru.keys).toContain('kids-host');
    expect(ru.keys).not.toContain('kids-stay');
    expect(ru.keys).not.toContain('trip-book-first');
    // A holiday with nothing booked keeps the family room and the booking.
    const near = await tap(
      'travel',
      'Family holiday in Spain with the kids',
      'Two kids, first time abroad, nothing booked yet.',
      'en',
      ['Travelling with children'],
    );
    expect(near.keys).toContain('kids-stay');
    expect(near.keys).toContain('trip-book-first');
    expect(near.keys).not.toContain('kids-host');
  });

  it('moves to a posting for a set term: what it gives, a bag for the first weeks, the first nights — no listings, clear-out or movers', async () => {
    const en = await tap(
      'moving',
      'Move to Jos for my service year',
      "I've just been posted there; camp starts next month and I don't know where I'll live after it.",
      'en',
    );
    expect(en.keys.slice(0, 3)).toEqual(['move-post-ask', 'move-post-pack', 'move-post-nights']);
    for (const key of ['move-09', 'move-03', 'move-04']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'moving',
      'Переехать по распределению в Норильск',
      'После колледжа распределили на комбинат, жильё обещают, но не сразу.',
      'ru',
    );
    expect(ru.keys[0]).toBe('move-post-ask');
    expect(ru.keys).not.toContain('move-09');
    // A move with a flat to find, and no posting, keeps the search, the clear-out and the movers.
    const near = await tap('moving', 'Move to Leeds', 'Starting in March, need to find a flat.', 'en', ['None']);
    expect(starting(near.keys, 'move-post-')).toEqual([]);
    expect(near.keys).toContain('move-09');
    expect(near.keys).toContain('move-03');
    // A family following a partner's posting moves everything: no bag for the first weeks.
    const family = await tap(
      'moving',
      "Move to Plymouth for my wife's posting",
      "She's been posted there with the Navy; we have two kids, a house full of furniture and the movers are paid for.",
      'en',
      ['None'],
    );
    expect(starting(family.keys, 'move-post-')).toEqual([]);
  });

  it("moves a whole family for one parent's transfer to a factory as a household, not as a worker to employer's housing", async () => {
    const ru = await tap(
      'moving',
      'Переехать в Калугу всей семьёй',
      'Мужа переводят на завод в Калугу, едем с двумя детьми и собакой.',
      'ru',
    );
    expect(starting(ru.keys, 'work-house-')).toEqual([]);
    expect(ru.keys).toContain('move-02');
    const en = await tap(
      'moving',
      'Move the family to Swindon',
      "My husband is being transferred and he'll work at a factory there from March; the kids change schools.",
      'en',
    );
    expect(starting(en.keys, 'work-house-')).toEqual([]);
    // A worker going alone on a contract with housing keeps the questions to the employer.
    const near = await tap(
      'moving',
      'Уехать на завод в Чехию',
      'Подписал контракт, жильё предоставляют, еду один.',
      'ru',
    );
    expect(near.keys[0]).toBe('work-house-ask');
  });

  it('starts a crop that did badly last year from what happened, then its card and its own date — no "choose easy crops"', async () => {
    const ru = await tap('home', 'Вырастить дыни в теплице', 'Прошлым летом не вызрели, сняли зелёными.', 'ru', [
      'Вырастить овощи',
    ]);
    expect(ru.keys.slice(0, 2)).toEqual(['home-garden-last', 'home-garden-crop']);
    expect(ru.keys).not.toContain('home-garden-choose');
    expect(ru.keys).not.toContain('home-garden-sow');
    const en = await tap(
      'home',
      'Grow proper sweetcorn this year',
      'Last summer the cobs stayed small and never ripened.',
      'en',
      ['Growing'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['home-garden-last', 'home-garden-crop']);
    expect(en.keys).toContain('home-garden-crop-out');
    // A first crop has no last year to write down.
    const near = await tap('home', 'Grow tomatoes in the greenhouse', "It's my first time growing anything.", 'en', [
      'Growing',
    ]);
    expect(near.keys[0]).toBe('home-garden-crop');
    expect(near.keys).not.toContain('home-garden-last');
  });

  it('readies a flat the tenants left for letting: their things in writing, the photos — no weekly slot or nightly reset', async () => {
    const en = await tap(
      'home',
      'Get the flat ready to let again',
      'The tenants moved out last week and left a wardrobe full of stuff; the agent is coming to take photos on Friday.',
      'en',
      ['A deep clean'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['home-let-left', 'home-let-photos']);
    for (const key of ['home-18', 'home-19']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'home',
      'Подготовить квартиру к сдаче',
      'Квартиранты съехали, везде налёт и жир, агент придёт фотографировать.',
      'ru',
      ['Генеральная'],
    );
    expect(ru.keys[0]).toBe('home-let-left');
    expect(ru.keys).toContain('home-clean-wet');
    for (const key of ['home-18', 'home-19']) expect(ru.keys).not.toContain(key);
    // Moving back in after the tenants keeps the routine for living there.
    const near = await tap(
      'home',
      'Отмыть квартиру после квартирантов',
      'Квартиранты съехали, теперь будем жить тут сами: всё в налёте, на кухне жир.',
      'ru',
      ['Генеральная'],
    );
    expect(near.keys).toContain('home-18');
    expect(near.keys).not.toContain('home-let-photos');
  });

  it('sorts drawers a baby gets into: the dangers up high first, sorting on the worktop, places by height, latches', async () => {
    const en = await tap(
      'home',
      'Organise the hall cupboard now our toddler gets into everything',
      'He opens every drawer and cupboard he can reach.',
      'en',
      ['Sorting one room'],
    );
    expect(en.keys[0]).toBe('home-reach-out');
    expect(en.keys).toContain('home-reach-sort');
    expect(en.keys).toContain('home-reach-latch');
    for (const key of ['home-space-boxes', 'home-space-section', 'home-space-store'])
      expect(en.keys).not.toContain(key);
    const ru = await tap(
      'home',
      'Навести порядок в кухонных ящиках',
      'Дочке год, лезет во все ящики и всё тянет в рот.',
      'ru',
      ['Разобрать одну'],
    );
    expect(ru.keys[0]).toBe('home-reach-out');
    expect(ru.keys).not.toContain('home-space-section');
    // Drawers with no baby about keep the sheet on the floor and the boxes.
    const near = await tap('home', 'Sort out the kitchen drawers', "They're full of junk and nothing closes.", 'en', [
      'Sorting one room',
    ]);
    expect(near.keys).toContain('home-space-section');
    expect(starting(near.keys, 'home-reach-')).toEqual([]);
  });

  it('saves from cash tips or a day of driving by logging each day and putting a share by — no statements, paydays or transfers', async () => {
    const ru = await tap(
      'finance',
      'Начать копить с чаевых',
      'Работаю официанткой, чаевые получаю каждый вечер, и они разлетаются.',
      'ru',
      ['Накопить'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['fin-cash-log', 'fin-cash-daily']);
    for (const key of ['fin-11', 'fin-13', 'fin-15']) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'finance',
      'Save something from driving for Uber',
      'Some days I earn well, some days almost nothing after fuel.',
      'en',
      ['Saving'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['fin-cash-log', 'fin-cash-daily']);
    expect(en.keys).not.toContain('fin-15');
    // A monthly salary keeps the transfer on payday.
    const near = await tap('finance', 'Save from my salary', "I'm paid monthly and it all goes.", 'en', ['Saving']);
    expect(near.keys).toContain('fin-15');
    expect(starting(near.keys, 'fin-cash-')).toEqual([]);
  });

  it('reads money for falling sick or the car breaking down as an emergency fund, not a car to price', async () => {
    const en = await tap(
      'finance',
      'Put money aside every week',
      'For when the car needs serious work or if I fall sick.',
      'en',
      ['An emergency'],
    );
    expect(en.keys).toContain('fin-emergency-size');
    expect(en.keys).not.toContain('fin-purchase-size');
    const ru = await tap('finance', 'Откладывать каждую неделю', 'На случай болезни и если сломается машина.', 'ru', [
      'Подушка',
    ]);
    expect(ru.keys).toContain('fin-emergency-size');
    expect(ru.keys).not.toContain('fin-purchase-size');
    // A car to buy is still priced.
    const near = await tap('finance', 'Save for a car', 'A used one by spring.', 'en', ['Saving for a big']);
    expect(near.keys).toContain('fin-purchase-size');
  });
});
