import { describe, expect, it } from 'vitest';
import { hazardKeys, tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { createHazardReader } from './hazards.js';

// The dangers of blind read 41 in content/goals/hazards/money.yaml and people.yaml (helper fix41-money-people):
// strangers' transfers taken on one's own card and forwarded for a percentage (a money mule, widened), paid or cash work
// on a visa waiver or a tourist visa, a home bought far below market from a seller in a hurry or for cash, an
// inheritance put off past the six-month deadline, and a flight into Leh with a high pass the next morning (widened).
// Each leads the read's goal in its own words and another wording in English and Russian, through the real coach; a
// near miss — the same words in a harmless sense, or the danger said to be dealt with — keeps its own steps.
const { coach, pack } = shippedOfflineCoach();
const tap = tapThrough(coach);
const noHazard = (keys: string[]) => expect(hazardKeys(keys)).toEqual([]);
const reader = createHazardReader(pack.hazards);
const named = (text: string) => reader.read([text]).map((hazard) => hazard.id);

describe("strangers' transfers taken on one's own card and forwarded for a percentage (money mule, read 41)", () => {
  it('leads the read-41 goal with stopping and the bank, and nothing that carries the scheme on (ru-09)', async () => {
    const { keys, texts } = await tap(
      'finance',
      'Накопить на курсы по UX-дизайну',
      'Мне 20, учусь на заочке в Кургане и работаю администратором в кальянной. Курс стоит 90 тысяч, хочу оплатить сразу, а не в рассрочку. Недавно нашла подработку через Телеграм: мне на карту приходят переводы от людей, я их пересылаю на другие карты и оставляю себе 3%, за месяц уже вышло 12 тысяч. Хочу к сентябрю собрать всю сумму и не влезть в долги.',
      'ru',
    );
    // fix44F: the side job is the means, not the goal (`mule_side`): its steps lead, the saving steps follow.
    expect(keys.slice(0, 2)).toEqual(['hz-muleside-stop', 'hz-muleside-bank']);
    expect(keys.slice(2).filter((key) => key !== 'revisit').length).toBeGreaterThan(0);
    expect(texts[0]).toMatch(/пересылаешь их дальше за процент/);
    expect(texts[0]).toMatch(/115-ФЗ/);
  });

  it('leads for other wordings of the forwarding (en + ru)', async () => {
    const en = await tap(
      'career',
      'Find a side job while I study',
      'A guy on Telegram got me a side job: people send money to my card, I forward it to other accounts and keep 5 percent.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-muleside-stop');
    expect(en.texts[0]).toMatch(/sending them on for a percentage/);
    const ru = await tap(
      'finance',
      'Накопить на ноутбук',
      'Знакомый позвал: деньги приходят мне на карту, я перевожу их на другие карты, с каждого перевода мне 2 процента.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-muleside-stop');
  });

  it("leaves one's own money moved between one's own cards and messages forwarded on", () => {
    expect(
      named('Перевожу деньги с зарплатной карты на накопительный счёт под 16 процентов, хочу накопить на отпуск.'),
    ).not.toContain('mule_side');
    expect(
      named('Веду телеграм-канал на подработке: пересылаю дальше интересные посты, мне платят процент с рекламы.'),
    ).not.toContain('mule_side');
    expect(named('At my side job I forward the newsletters on to other groups on Telegram.')).not.toContain(
      'mule_side',
    );
  });
});

describe('paid or cash-in-hand work on a visa waiver, an ETA or a tourist visa (read 41)', () => {
  it('leads the read-41 goal with taking the work out, then the legal route (en-27)', async () => {
    const { keys, texts } = await tap(
      'travel',
      'Spend three months travelling round the States after uni',
      "I finish at Sheffield in June and want to do July to September: New York, down to Nashville and New Orleans, then across to LA. I've got about £6,000 saved and I'll go on the ESTA. A mate who did it says hostels in Nashville let you do bar shifts cash in hand for a free bed, so I'm planning a couple of weeks of that to stretch the money. I've never travelled on my own and don't really know how to plan the route or the buses.",
      'en',
      ['A trip abroad'],
    );
    expect(keys.slice(0, 2)).toEqual(['hz-visitwork-stop', 'hz-visitwork-legal']);
    expect(texts[0]).toMatch(/cash-in-hand shifts/);
    expect(texts[1]).toMatch(/J-1/);
  });

  it('leads for other wordings of the visitor entry and the work (en + ru)', async () => {
    const en = await tap(
      'finance',
      'Save for a summer in Canada',
      "I'll fly over on the eTA in June and pick up a few shifts in a hostel for free accommodation.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-visitwork-stop');
    const ru = await tap(
      'travel',
      'Поехать на лето в Европу',
      'Лечу по шенгенской визе на три месяца, подруга говорит, в Барселоне можно подработать в хостеле за койку.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-visitwork-stop');
    expect(ru.texts[0]).toMatch(/за койку/);
  });

  it('leaves remote work for clients at home and a holiday on a tourist visa alone', () => {
    expect(
      named("I'll go on the ESTA for two months and work there remotely for my own clients back in Leeds."),
    ).not.toContain('visitor_work');
    expect(named('Туристическая виза в Таиланд на отпуск, коплю с зарплаты, работаю барменом.')).not.toContain(
      'visitor_work',
    );
  });

  it("gives way to work_illegal's steps when a middleman and a job there are named", () => {
    const text = 'I go on a tourist visa and then work there in a factory; the middleman will sort the papers later.';
    expect(named(text)).toEqual(expect.arrayContaining(['work_illegal', 'visitor_work']));
    const lead = reader.lead(reader.read([text]), [], (steps) => steps);
    expect(lead.map((step) => step.key)).toEqual(['hz-abroad-stop', 'hz-abroad-legal']);
  });
});

describe('a home bought far below market from a seller in a hurry, for cash or elderly (read 41)', () => {
  it('leads the read-41 goal with the lawyer’s check and a safe way to pay (ru-24)', async () => {
    const { keys, texts } = await tap(
      'moving',
      'Переехать в свою двушку до сентября',
      'Снимаем с мужем и дочкой однушку в Москве, копили пять лет. Нашли двушку в Люблине почти на три миллиона дешевле рынка: хозяйка — пенсионерка, говорит, что переезжает к сыну и торопится, сделку хочет через две недели и наличными. Нужно успеть продать машину, упаковаться и перевести дочку в новый сад до первого сентября.',
      'ru',
      ['Сборы и упаковка'],
    );
    expect(keys.slice(0, 2)).toEqual(['hz-bargain-check', 'hz-bargain-pay']);
    expect(texts[0]).toMatch(/ЕГРН/);
    expect(texts[1]).toMatch(/аккредитив/);
  });

  it('leads for other wordings of the price and the seller (en + ru)', async () => {
    const en = await tap(
      'moving',
      'Move into our own place by Christmas',
      'We found a two-bed flat £60k below market; the seller is an elderly man who wants to complete in three weeks, in cash.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-bargain-check');
    const ru = await tap(
      'finance',
      'Накопить на ремонт',
      'Покупаем дом у одинокого дедушки в два раза дешевле, он просит всё наличными.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-bargain-check');
  });

  it('leaves an ordinary purchase with a mortgage and one’s own flat sold cheap', async () => {
    noHazard(
      (
        await tap(
          'moving',
          'Переехать в новую квартиру',
          'Покупаем двушку в ипотеку, сделка через две недели, продавец — пенсионерка, всё через аккредитив.',
          'ru',
        )
      ).keys,
    );
    expect(named('Продаём квартиру бабушки дешевле рынка, чтобы быстрее, покупатель платит наличными.')).not.toContain(
      'property_bargain',
    );
    expect(
      named('We are buying a flat with a mortgage; the seller is a pensioner moving in with her son.'),
    ).not.toContain('property_bargain');
  });
});

describe('an inheritance put off after a death, past the six-month deadline (read 41b)', () => {
  it('leads the read-41b grief goal with the notary now, then telling the others (ru-59)', async () => {
    const { keys, texts } = await tap(
      'grief',
      'Пережить первую весну без папы',
      'Мне 34, папа умер в ноябре. Весной впервые поеду в его дом под Льговом одна — сажать огород, как он каждый год сажал. Пока даже не могу зайти в сарай с его инструментами. Брат говорит, с домом и бумагами у нотариуса разберёмся после годовщины, сейчас не до этого. Хочу как-то пережить эту весну и не развалиться.',
      'ru',
      ['Годовщина'],
    );
    expect(keys.slice(0, 2)).toEqual(['hz-inherit-notary', 'hz-inherit-family']);
    expect(texts[0]).toMatch(/шести месяцев/);
    // The grief steps follow.
    expect(keys.slice(2).length).toBeGreaterThan(0);
    expect(hazardKeys(keys.slice(2))).toEqual([]);
  });

  it('leads for other wordings of the putting off (en + ru)', async () => {
    const en = await tap(
      'grief',
      "Get through Mum's first birthday since she died",
      "She passed away in January. My sister says we'll sort out the estate with the solicitor next year, when we're ready.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-inherit-notary');
    expect(en.texts[0]).toMatch(/England and Wales/);
    const ru = await tap(
      'family',
      'Поддержать маму после смерти деда',
      'Дед умер в марте. Мама говорит, что к нотариусу пойдём потом, сейчас не до этого.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-inherit-notary');
  });

  it('leaves grief that names no estate, and an inheritance case already opened', async () => {
    noHazard(
      (
        await tap(
          'grief',
          'Пережить годовщину смерти мамы',
          'Мама умерла год назад, скоро годовщина, потом хочу съездить к ней на могилу.',
          'ru',
        )
      ).keys,
    );
    expect(
      named('Папа умер в ноябре. Наследственное дело уже открыли, нотариус сказал ждать, остальное потом.'),
    ).not.toContain('inheritance_deadline');
    expect(named('Dad died last year; we applied for probate in March and the rest can wait.')).not.toContain(
      'inheritance_deadline',
    );
  });

  it("gives way to admin's own inheritance steps, which name the deadline", async () => {
    const { keys } = await tap(
      'admin',
      'Вступить в наследство после папы',
      'Папа умер в ноябре, остался дом. Брат говорит, к нотариусу сходим потом, после годовщины.',
      'ru',
      ['Наследство'],
    );
    expect(keys).not.toContain('hz-inherit-notary');
    expect(keys.some((key) => key.startsWith('adm-inh-'))).toBe(true);
  });
});

describe('a flight into Leh and a high pass the next morning (altitude_fast widened after read 41b)', () => {
  it('leads the read-41b trip with the acclimatisation rule and the doctor (en-57)', async () => {
    const { keys, texts } = await tap(
      'travel',
      'Ride to Khardung La with Dad for his 60th',
      "I'm 25, working at an IT firm in Pune, and Dad and I have talked about a Leh trip on Bullets for years. The plan is to fly Pune–Delhi–Leh on 12 June, pick up rented bikes the same afternoon and ride up Khardung La the next morning, so we still have time for Nubra and Pangong in six days. He takes a tablet for BP and honestly he's fitter than me. I need help with the route, the inner line permits and what to pack.",
      'en',
      ['Travel'],
    );
    expect(keys.slice(0, 2)).toEqual(['hz-altitude-slow', 'hz-altitude-doctor']);
    expect(texts[0]).toMatch(/Leh/);
  });

  it('leads for other wordings of the pass and the arrival (en + ru)', async () => {
    const en = await tap(
      'fitness',
      'Get fit for a motorbike trip with my brother',
      'We land in Leh on Friday and ride over Khardung La the day after we land.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-altitude-slow');
    const ru = await tap(
      'travel',
      'Мотопутешествие с отцом',
      'Прилетаем в Лех, в тот же день берём мотоциклы, а наутро — перевал Хардунг-Ла.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-altitude-slow');
    expect(ru.texts[0]).toMatch(/Лех/);
  });

  it('leaves a trip with days in Leh first, and a low pass crossed the next morning', () => {
    expect(named('We fly into Leh, rest there three days, then ride up Khardung La with a guide.')).not.toContain(
      'altitude_fast',
    );
    expect(named('Поход по Карпатам: вечером доходим до перевала, наутро спускаемся к озеру.')).not.toContain(
      'altitude_fast',
    );
  });
});
