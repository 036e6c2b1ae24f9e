import { describe, expect, it } from 'vitest';
import { hazardKeys, tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { createHazardReader } from './hazards.js';

// The dangers of blind read 40 in content/goals/hazards/money.yaml, people.yaml and home.yaml (helper
// fix40-money-people-home): a fake cheque from a "job" or a buyer, a recruiter's fee for "certification" or
// "onboarding", exam answers bought, a room paid for unseen to a landlord abroad, a car bought while pledged to the
// seller's bank, a passport that runs out soon after the trip, a foreign licence driven on long after moving, a long
// winter drive beyond one's experience, home-brewed drinks that burst their bottles — and the last round's open points:
// a driving job that is someone else's, and a CO alarm that is said to be missing. Each leads the read-40 goal in its
// own words and a different wording in English and Russian, through the real coach; a near miss keeps its own steps.
const { coach, pack } = shippedOfflineCoach();
const tap = tapThrough(coach);
const noHazard = (keys: string[]) => expect(hazardKeys(keys)).toEqual([]);
const reader = createHazardReader(pack.hazards);
const named = (text: string) => reader.read([text]).map((hazard) => hazard.id);

describe('a job or a buyer who sends a cheque or money and asks for some to go on (read 40)', () => {
  it('leads the read-40 goal with not depositing it and the bank', async () => {
    const { keys, texts } = await tap(
      'career',
      "Find a work-from-home job around my son's hospital appointments",
      "I'm 36, a single mom in Dayton, and my son has three or four appointments a week at Children's, so my old retail schedule just doesn't work anymore. I've been applying for remote customer service jobs for two months and heard nothing back. One company did interview me over Telegram chat last week and offered me data entry at $28 an hour, and they're mailing me a check to deposit so I can buy the laptop and software from their approved vendor. I'd still like a couple more solid options in case that one falls through.",
      'en',
    );
    expect(keys.slice(0, 2)).toEqual(['hz-cheque-stop', 'hz-cheque-bank']);
    expect(texts[0]).toMatch(/fake-cheque scam/);
  });

  it('leads a buyer’s overpayment and a Russian "their supplier" (en + ru)', async () => {
    const en = await tap(
      'finance',
      'Clear out the garage and sell what we don’t need',
      "A buyer for the rowing machine sent me a cashier's check for $900 more than the price and wants me to wire back the difference to his mover.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-cheque-stop');
    const ru = await tap(
      'career',
      'Найти удалённую работу',
      'Позвали оператором на удалёнку. Работодатель перечислит деньги на карту, а ноутбук я должна купить у их поставщика.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-cheque-stop');
    expect(ru.texts[0]).toMatch(/поддельным платежом/);
  });

  it('leaves a pay cheque deposited and a bank app learned alone', async () => {
    expect(named('Save for a holiday. My employer paid me by cheque and I’ll deposit it on Monday.')).toEqual([]);
    noHazard((await tap('skill', 'Learn the banking app', 'Dad wants to deposit a cheque from his phone.', 'en')).keys);
  });
});

describe('a recruiter who wants a fee first for "certification" or "onboarding" (read 40b)', () => {
  it('leads the read-40b goal with paying nothing and checking the job', async () => {
    const { keys, texts } = await tap(
      'career',
      'Get steady online English teaching work from home',
      "I'm 22 and finished my BSEd in June, living with my parents in a barangay outside Valencia City, Bukidnon. I did tutoring on a Chinese platform but they cut all the Filipino teachers. Our internet is prepaid pocket wifi and we get brownouts most afternoons. A recruiter messaged me on Facebook about a US-based platform paying $8 an hour, I just need to pay ₱12,000 first for their TESOL certification and onboarding, and my tita said she can lend it.",
      'en',
    );
    expect(keys.slice(0, 2)).toEqual(['hz-recruitfee-stop', 'hz-recruitfee-check']);
    expect(texts[0]).toMatch(/pay the recruiter nothing/);
  });

  it('leads an agency’s onboarding fee and «за оформление и обучение» (en + ru)', async () => {
    const en = await tap(
      'career',
      'Get a warehouse job before Christmas',
      'The agency says I have to pay a $150 onboarding fee and for the background check before I start.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-recruitfee-stop');
    const ru = await tap(
      'career',
      'Найти работу в Москве',
      'Рекрутер написал в телеграм: для начала надо оплатить обучение и оформление, 5 тысяч.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-recruitfee-stop');
    expect(ru.texts[0]).toMatch(/ничего не плати рекрутеру/);
  });

  it('leaves a course paid for oneself and training the employer pays for alone', async () => {
    noHazard(
      (
        await tap(
          'career',
          'Become a TEFL teacher',
          "I'm paying for a TEFL certification course myself this spring, then I'll apply to schools.",
          'en',
        )
      ).keys,
    );
    expect(
      named(
        'Get a job as a nurse. The recruiter said the hospital will pay for my certification, with paid onboarding.',
      ),
    ).toEqual([]);
    expect(named('Найти работу. Рекрутер сказал, что обучение бесплатное и оплачиваемая стажировка.')).toEqual([]);
  });
});

describe('exam answers or a "leak" bought before the exam (read 40)', () => {
  it('leads the read-40 goal with paying no one and honest points', async () => {
    const { keys, texts } = await tap(
      'exam',
      'Сдать ЕГЭ по английскому на 85+',
      'Мне 17, 11 класс, Волгоград, хочу на лингвистику в ВолГУ на бюджет. Пробник в феврале написала на 71, больше всего теряю на эссе и устной части. С репетитором занимаюсь два раза в неделю. В телеге есть канал, где за 7 тысяч обещают ответы в ночь перед экзаменом, полкласса уже скинулись, я щас тоже думаю — на всякий случай.',
      'ru',
    );
    expect(keys.slice(0, 2)).toEqual(['hz-answers-stop', 'hz-answers-points']);
    expect(texts[0]).toMatch(/результат аннулируют/);
  });

  it('leads a leaked paper sold on Snapchat and answers sold in class (en + ru)', async () => {
    const en = await tap(
      'exam',
      'Pass my maths GCSE',
      'Someone on Snapchat is selling the leaked maths paper for £50 and half my year has bought it.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-answers-stop');
    const ru = await tap(
      'exam',
      'Сдать ОГЭ',
      'В классе продают ответы по математике за 3 тысячи, говорят, настоящие.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-answers-stop');
  });

  it('leaves a practice book with answers, a tutor going over answers and a leaking roof alone', async () => {
    noHazard(
      (
        await tap(
          'exam',
          'Pass IELTS 7.0',
          'I bought a practice book with answers and my tutor checks my essays.',
          'en',
        )
      ).keys,
    );
    expect(named('Сдать ЕГЭ по химии. Репетитор за 2 тысячи разбирает мои ответы.')).toEqual([]);
    expect(named('Pass my plumbing test. Our roof leaked again, so I bought a bucket.')).toEqual([]);
  });
});

describe('a room paid for unseen to a landlord abroad, keys by courier (pay_stranger widened, read 40b)', () => {
  it('leads the read-40b goal with sending nothing', async () => {
    const { keys, texts } = await tap(
      'moving',
      'Move from Hobart to Sydney for my grad job',
      "I'm 22 and start as a graduate engineer in North Sydney on 3 February. I've never lived out of home. I found a room in a share house in Chatswood on Facebook Marketplace for $310 a week, the cheapest I've seen near the train. The landlord's working in Dubai at the moment so I can't see it, but he says if I transfer the bond and first two weeks he'll courier me the keys. Mum's bringing my stuff over on the Spirit and driving up from Geelong.",
      'en',
    );
    expect(keys[0]).toBe('hz-pay-stop');
    expect(texts[0]).toMatch(/nobody can show you/);
  });

  it('leads an owner abroad who wants a deposit before a viewing (en + ru)', async () => {
    const en = await tap(
      'moving',
      'Move to Manchester for uni',
      'Found a flat online; the owner lives abroad and wants a deposit by bank transfer before anyone can show me round.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-pay-stop');
    const ru = await tap(
      'moving',
      'Снять квартиру в Питере',
      'Хозяин живёт за границей, квартиру не видела, а он уже просит залог на карту.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-pay-stop');
  });

  it('leaves a landlord abroad with a letting agent who shows the flat alone', async () => {
    expect(
      named(
        'Move to Leeds. The landlord is overseas, so the letting agent showed me round on Saturday and I paid the deposit.',
      ),
    ).toEqual([]);
  });
});

describe('a car or a home bought while still pledged to the seller’s bank (read 40b)', () => {
  it('leads the read-40b goal with the pledge register and a written contract', async () => {
    const { keys, texts } = await tap(
      'finance',
      'Выплатить за машину до конца года',
      'Взял у знакомого камри 2014 года за 4,5 млн тенге, полтора отдал сразу, остальное плачу ему по 250 тыщ в месяц. Машина пока на нём, он говорит она ещё в залоге у банка по его кредиту, но как я всё отдам он банк закроет и переоформим. Расписку написали от руки. Работаю в такси в Шымкенте, в месяц выходит когда 400 когда 300, плюс семья, двое детей. Хочу закрыть долг к декабрю и не сидеть на нуле.',
      'ru',
    );
    expect(keys.slice(0, 2)).toEqual(['hz-pledge-check', 'hz-pledge-paper']);
    expect(texts[0]).toMatch(/реестре залогов/);
  });

  it('leads a car on finance bought from a colleague and a flat under the seller’s mortgage (en + ru)', async () => {
    const en = await tap(
      'finance',
      'Buy my first car this year',
      "I'm buying a Golf from a colleague, paying him monthly; it's still on finance in his name and we'll sort the logbook later.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-pledge-check');
    const ru = await tap(
      'home',
      'Купить свою квартиру',
      'Покупаем квартиру у знакомой в рассрочку, она пока в залоге у банка по её ипотеке, договорились на расписке.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-pledge-check');
  });

  it('leaves one’s own car loan alone', async () => {
    noHazard(
      (await tap('finance', 'Погасить автокредит досрочно', 'Машина в залоге у банка, плачу 30 тысяч в месяц.', 'ru'))
        .keys,
    );
    expect(named('Pay off my car loan. The car is still on finance and I pay the bank every month.')).toEqual([]);
  });
});

describe('a passport that runs out soon after the trip (read 40b)', () => {
  it('leads the read-40b goal with the entry rules and a renewal', async () => {
    const { keys, texts } = await tap(
      'travel',
      'Take the kids to Thailand for the first time',
      "I'm 41, we're in Winnipeg, and I want three weeks out of here in February with my wife and our two girls (8 and 11). We've only ever done Florida. Thinking Bangkok, then a beach, maybe Chiang Mai, on about CAD 12,000 all in. My passport runs out in June but we're back early March so that's not an issue. No idea what order to do it in or which places are OK with kids.",
      'en',
    );
    expect(keys.slice(0, 2)).toEqual(['hz-passport-check', 'hz-passport-renew']);
    expect(texts[0]).toMatch(/six months after the day you arrive/);
  });

  it('leads a move abroad and a May trip to Egypt (en + ru)', async () => {
    const en = await tap(
      'moving',
      'Move to Dubai for work',
      'My passport expires in five months and I’m flying out in September.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-passport-check');
    const ru = await tap(
      'travel',
      'Поехать в Египет в мае',
      'Загранпаспорт заканчивается в августе, думаю, успеем.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-passport-check');
    expect(ru.texts[0]).toMatch(/шесть месяцев после дня въезда/);
  });

  it('leaves a passport being renewed alone', async () => {
    expect(named('Renew my passport before our trip to Spain; it expires in March.')).toEqual([]);
    expect(
      named('Сделать загранпаспорт через Госуслуги. В августе летим в Турцию, а старый паспорт заканчивается в июне.'),
    ).toEqual([]);
  });
});

describe('a foreign licence driven on long after moving abroad (read 40b)', () => {
  it('leads the read-40b goal with checking it is still valid, then the conversion', async () => {
    const { keys, texts } = await tap(
      'admin',
      'Swap my Indian driving licence for a New Zealand one',
      "I'm 29, a software tester in Hamilton, came over on a work visa in March 2023. I've been driving to work on my Indian licence this whole time and nobody's ever stopped me. A colleague said I should convert it and might have to sit the theory test, and I'm not sure what NZTA needs from India, mine is the old booklet type from Pune RTO.",
      'en',
    );
    expect(keys.slice(0, 2)).toEqual(['hz-abroadlic-stop', 'hz-abroadlic-convert']);
    expect(texts[0]).toMatch(/driving unlicensed/);
  });

  it('leads a UK licence in Toronto and Russian licences in Germany (en + ru)', async () => {
    const en = await tap(
      'admin',
      'Get my Ontario licence',
      "I moved to Toronto from the UK two years ago and I'm still driving on my UK licence.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-abroadlic-stop');
    const ru = await tap(
      'admin',
      'Обменять права в Германии',
      'Переехали два года назад, езжу на российских правах, никто не останавливал.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-abroadlic-stop');
    expect(ru.texts[0]).toMatch(/езда без прав/);
  });

  it('leaves a holiday road trip and a licence not yet driven on alone', async () => {
    expect(named('Road trip across the US on my UK licence during our holiday; we arrived in LA on Monday.')).toEqual(
      [],
    );
    expect(named("Convert my licence. I moved to Australia last month; I haven't driven yet.")).toEqual([]);
  });
});

describe('a long winter drive to a place never been to (winter_far_drive widened, read 40)', () => {
  it('leads the read-40 goal with the winter kit and company', async () => {
    const { keys, texts } = await tap(
      'moving',
      'Переехать из Ростова в Мурманск на судоремонтный',
      'Мне 32, я судосварщик, предложили контракт в Мурманске с 1 февраля — платят в два раза больше, чем тут. Жена с дочкой (4 года) приедут летом, если приживусь. Севернее Воронежа никогда не был: незнаю, где там снимать, что брать из одежды и гнать ли машину своим ходом — 2800 км зимой.',
      'ru',
    );
    expect(keys.slice(0, 2)).toEqual(['hz-winter-road-kit', 'hz-winter-road-company']);
    expect(texts[0]).toMatch(/зимняя резина/);
  });

  it('leads a February drive to Yellowknife by someone never north of Sudbury', async () => {
    const en = await tap(
      'moving',
      'Move to Yellowknife for a teaching job',
      "Starting in February; I've never been north of Sudbury and I'm driving my Corolla the whole way.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-winter-road-kit');
  });

  it('leaves a winter flight north for someone who has never been alone', async () => {
    noHazard(
      (await tap('moving', 'Переехать в Якутск', 'Зимой. Никогда не был на севере, полечу самолётом.', 'ru')).keys,
    );
  });
});

describe('home-fermented fizzy drinks that burst their bottles (read 40)', () => {
  it('leads the read-40 goal with bottles made for pressure and the fridge', async () => {
    const { keys, texts } = await tap(
      'business',
      'Sell my kombucha at the Saturday market',
      "I'm 29, a lab tech in Tauranga, and I've been brewing kombucha in the garage for three years. Friends keep asking to buy it and the farmers' market has stall spots opening in spring. No idea what the council wants for food registration, how to bottle it so it doesn't explode, or what to charge. I can do Saturdays and one weeknight for brewing.",
      'en',
    );
    expect(keys.slice(0, 2)).toEqual(['hz-bottle-safe', 'hz-bottle-handle']);
    expect(texts[0]).toMatch(/made for pressure/);
  });

  it('leads ginger beer in jam jars and kvass in glass (en + ru)', async () => {
    const en = await tap(
      'skill',
      'Make ginger beer for the summer',
      'I want to use old jam jars this time; last summer two bottles exploded in the cupboard.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-bottle-safe');
    const ru = await tap(
      'skill',
      'Научиться делать квас',
      'Разливаю в стеклянные бутылки, одна на прошлой неделе лопнула.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-bottle-safe');
    expect(ru.texts[0]).toMatch(/рассчитанные на давление/);
  });

  it('leaves sales that exploded and a bottling day alone', async () => {
    expect(named('Grow my kombucha stall. My sales exploded at the market and I bottle in swing-top bottles.')).toEqual(
      [],
    );
    expect(named('Home brew beer. Bottling day is Saturday.')).toEqual([]);
  });
});

describe('nodding off where someone else is the driver (drowsy_wheel, last round’s open point)', () => {
  it('leaves a trucker’s wife nodding off on the sofa alone (en + ru)', async () => {
    noHazard(
      (
        await tap(
          'sleep',
          'Stop nodding off in the evenings',
          'My husband is a trucker and I nod off on the sofa every evening by eight.',
          'en',
        )
      ).keys,
    );
    expect(named('Муж дальнобойщик, а я клюю носом на работе.')).toEqual([]);
  });

  it('still leads a driver who nods off on his own runs (en + ru)', async () => {
    const en = await tap(
      'sleep',
      'Sleep better between shifts',
      'I drive a bus and I keep dozing off at red lights.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-drowsy-rule');
    const ru = await tap('sleep', 'Высыпаться', 'Работаю водителем, клюю носом к обеду.', 'ru');
    expect(ru.keys[0]).toBe('hz-drowsy-rule');
  });
});

describe('headaches by a boiler with a CO alarm said to be missing (co_fumes, last round’s open point)', () => {
  it('leads where the alarm is missing (en + ru)', async () => {
    const en = await tap(
      'home',
      'Tidy the basement',
      "We don't have a CO detector and the boiler down there gives us headaches in the morning.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-co-today');
    const ru = await tap(
      'home',
      'Разобрать подвал',
      'Котёл в подвале, у детей там болит голова, а у нас не стоит датчик угарного газа.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-co-today');
  });

  it('still counts an alarm said to be there', () => {
    expect(named('The boiler gives me headaches; we have a CO alarm by it.')).not.toContain('co_fumes');
    expect(named('Котёл в подвале, болит голова; у нас стоит датчик угарного газа.')).not.toContain('co_fumes');
  });
});
