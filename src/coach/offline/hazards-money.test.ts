import { describe, expect, it } from 'vitest';
import { hazardKeys, tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

// The money hazards (content/goals/hazards/money.yaml): a danger named in passing leads the path of a goal of any
// kind, and the same words in a harmless sense leave the kind's own steps in front.
const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);
const noHazard = (keys: string[]) => expect(hazardKeys(keys)).toEqual([]);

describe('a caller posing as the bank, the police or the FSB', () => {
  it('leads with hanging up and moving nothing (en + ru)', async () => {
    const en = await tap(
      'family',
      'See more of my grandad now he lives alone',
      "He's 81 and cheerful lately: a nice man from the bank's fraud team rings him most days and is helping him move his savings to a safe account so nobody can steal them.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-caller-stop');
    expect(en.texts[0]).toMatch(/safe/);
    const ru = await tap(
      'home',
      'Разобрать антресоли у бабушки',
      'Бабушке 79, вещей там на целый грузовик. Ещё говорит, что ей звонит следователь из полиции и велит снять все сбережения и передать курьеру, чтобы их не украли.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-caller-stop');
    expect(ru.texts[0]).toMatch(/курьеру/);
  });

  it('leaves a job in bank security, a bank adviser and a fraud already reported alone', async () => {
    noHazard(
      (
        await tap(
          'career',
          'Перейти из полиции в службу безопасности банка',
          'Двенадцать лет в уголовном розыске, хочу что-то спокойнее. Знакомый зовёт в службу безопасности банка.',
          'ru',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'finance',
          'Open an ISA before April',
          'A lady from the bank explained the options and I want to move my savings out of the current account.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'finance',
          'Выплатить кредит, который на меня оформили мошенники',
          'Звонили из службы безопасности, я назвала код из СМС. Заявление в полицию написала, теперь надо платить 200 тысяч.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a code or card details given to a caller posing as the bank (read 37b)', () => {
  it('leads with calling the bank on the card’s number now (en + ru)', async () => {
    const en = await tap(
      'travel',
      'Book a cheap week in Malta for my sister and me',
      'Someone from my bank rang on Tuesday to stop a payment nobody made, and I gave him the security code that popped up on my phone.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-caller-stop', 'hz-caller-bank']);
    expect(en.texts[0]).toMatch(/back of the card/);
    const ru = await tap(
      'habit',
      'Каждый вечер записывать расходы',
      'Вчера звонил мужчина, представился сотрудником банка, я по его просьбе продиктовала ему код подтверждения, а теперь боюсь открывать приложение.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-caller-stop');
    expect(ru.texts[0]).toMatch(/обратной стороне карты/);
  });

  it('leaves a code one types in oneself and a call one makes to the bank alone', async () => {
    noHazard(
      (
        await tap(
          'skill',
          'Learn to use the banking app without my son',
          'I rang the bank to verify my account after the move, and now I type in the one-time code they text me to log in.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'skill',
          'Научиться платить за квартиру через приложение',
          'Каждый раз приходит код подтверждения, я его ввожу, но путаюсь в меню. Внучка из банка приезжает только летом.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a packaged business opportunity with a deposit due in days (read 37)', () => {
  it('leads with paying no deposit by their deadline (en + ru)', async () => {
    const en = await tap(
      'finance',
      'Make my pension pot work harder',
      "A firm on Instagram sells a business in a box: two coffee kiosks in 'guaranteed high-traffic' spots, and they need the deposit to hold the locations by Monday.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-biz-stop');
    const ru = await tap(
      'business',
      'Запустить вендинг в нашем посёлке',
      'Нашёл компанию, продают вендинг под ключ: сами расставят автоматы по точкам и обещают гарантированный доход 60 тысяч в месяц. Просят задаток до пятницы, пока точки не забрали другие.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-biz-stop', 'hz-biz-check']);
    expect(ru.texts[0]).toMatch(/задаток/);
  });

  it('leaves a franchise weighed calmly and a van deposit by Friday alone', async () => {
    noHazard(
      (
        await tap(
          'business',
          'Buy a ready-made business in our town',
          'A bakery with three staff is for sale; my accountant is reading the books and I have until the autumn to decide.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'business',
          'Открыть кофейню у вокзала',
          'Присмотрел помещение, хозяин просит предоплату до пятницы, иначе сдаст другим. Думаю про франшизу или своё название.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a fee, tax or deposit to pay before money, a prize, a loan or an order comes', () => {
  it('leads with paying nothing more (en + ru)', async () => {
    const en = await tap(
      'business',
      'Get our first export deal for the cashew co-op',
      'A buyer in Rotterdam wants ten tonnes, but first we have to pay $300 to be registered and certified on their side.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-fee-stop');
    const ru = await tap(
      'travel',
      'Съездить в Сочи на выигранную путёвку',
      'Пришло сообщение, что я выиграла путёвку в розыгрыше магазина, но сначала нужно оплатить страховой взнос 4 тысячи.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-fee-stop');
    expect(ru.texts[0]).toMatch(/ничего не плати/);
  });

  it('leaves a marketplace fee, a supplier paid ahead, a contest entry fee and a tax bill alone', async () => {
    noHazard(
      (
        await tap(
          'business',
          'Sell my candles on Etsy',
          'Etsy takes a listing fee and a transaction fee on every order, and the wax supplier wants us to pay upfront for the first order.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'writing',
          'Выиграть приз на конкурсе рассказов',
          'Конкурс журнала, до мая. Чтобы участвовать, сначала надо оплатить взнос 500 рублей.',
          'ru',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'admin',
          'Не забыть оплатить налог на квартиру',
          'Каждый год забываю, потом пени. Хочу ещё получить вычет за лечение.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('an investment curator or chat promising fixed weekly returns', () => {
  it('leads with putting nothing more in (en + ru)', async () => {
    const en = await tap(
      'family',
      'Talk to my dad about his new hobby',
      'Dad is 72 and met a trading mentor on Facebook who promises 3 per cent a week on a crypto platform. He has put in £8,000 and wants to add more.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-invest-stop');
    const ru = await tap(
      'sleep',
      'Перестать не спать по ночам',
      'Вложил 300 тысяч через личного менеджера на бирже, он обещает гарантированный доход, а я ночами смотрю график.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-invest-stop');
  });

  it('a fee to withdraw and the curator both lead, one step each', async () => {
    const ru = await tap(
      'habit',
      'Каждый вечер проверять бюджет',
      'Куратор по инвестициям из чата помог вложить 150 тысяч, теперь чтобы вывести прибыль, сначала нужно оплатить налог 13% на отдельный счёт.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-fee-stop', 'hz-invest-stop']);
  });

  it('leaves a course curator and a first index fund alone', async () => {
    noHazard(
      (
        await tap(
          'finance',
          'Разобраться, куда вложить накопления',
          'Прохожу курс по финансовой грамотности, куратор курса проверяет задания. Думаю про ИИС и облигации.',
          'ru',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'finance',
          'Start investing £200 a month',
          'My brother says crypto, my dad says index funds, and the curator at the museum where I work says property.',
          'en',
        )
      ).keys,
    );
  });

  it("yields to finance's own scam check, and leads the same words in another kind", async () => {
    const offer =
      'A woman in a WhatsApp investing group I was added to says her platform pays guaranteed returns every week.';
    const finance = await tap('finance', 'Decide what to do with my redundancy money', offer, 'en');
    expect(finance.keys[0]).toBe('fin-scam-check');
    noHazard(finance.keys);
    const family = await tap('family', 'Be a calmer parent now I am home all day', offer, 'en');
    expect(family.keys[0]).toBe('hz-invest-stop');
  });
});

describe('money to a stranger by Western Union, gift cards or crypto, or for a flat nobody can show', () => {
  it('leads with sending nothing (en + ru)', async () => {
    const en = await tap(
      'moving',
      'Rent a room in Dublin for my Erasmus year',
      "The owner says she's abroad so she can't show me the room, but she'll post the keys once I pay the first month and the deposit through MoneyGram.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-pay-stop');
    const ru = await tap(
      'travel',
      'Снять домик у моря на август',
      'Нашла по объявлению, хозяйка сейчас в другом городе и показать не может, просит предоплату 30 тысяч на карту, ключи передаст соседка.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-pay-stop');
  });

  it('leaves money sent home, gift cards as presents and a viewing on Saturday alone', async () => {
    noHazard(
      (
        await tap(
          'finance',
          'Send money home without losing so much',
          'I send money to my mum in Manila by Western Union every month for her rent and the fees eat into it.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'skill',
          'Научиться заказывать продукты через приложение',
          'Внучка подарила подарочную карту магазина, хочу сама оформить заказ.',
          'ru',
        )
      ).keys,
    );
    noHazard(
      (await tap('moving', 'Find a flat in Leeds by July', "The landlord can't show me the flat until Saturday.", 'en'))
        .keys,
    );
  });
});

describe('bank cards, accounts or a registration handed to someone else', () => {
  it('leads with handing nothing over (en + ru)', async () => {
    const en = await tap(
      'career',
      'Earn some money alongside uni',
      'A guy on Instagram pays £200 if I open a couple of bank accounts and give him the cards and my online banking login for his business.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-mule-stop');
    const ru = await tap(
      'exam',
      'Сдать на права к лету',
      'Чтобы накопить на автошколу, знакомый из телеграма предложил открыть на себя карту в другом банке и передать карту и пароль от приложения ему, по 5 тысяч за каждую.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-mule-stop');
    expect(ru.texts[0]).toMatch(/дроп/);
  });

  it("leaves a shop's card reader and a card for one's own student son alone", async () => {
    noHazard(
      (
        await tap(
          'business',
          'Take card payments at my market stall',
          'I want to open a business bank account and get a card reader; my accountant will have access to the banking app.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'finance',
          'Научить сына-студента распоряжаться деньгами',
          'Хочу отдать карту сыну, чтобы сам платил за общежитие и еду, и смотреть расходы в приложении.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a job that asks the applicant to pay first', () => {
  it('leads with paying nothing to be hired (en + ru)', async () => {
    const en = await tap(
      'interview',
      'Prepare for my interview with a cruise line',
      'The recruiter says the job is mine if I pay a $600 placement fee before the contract is sent.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-jobfee-stop');
    const ru = await tap(
      'career',
      'Устроиться курьером на лето',
      'В объявлении обещают пять тысяч в день, но сначала нужно оплатить обучение и залог за термосумку.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-jobfee-stop');
  });

  it('leaves training an employer pays back and a course paid for oneself alone', async () => {
    noHazard(
      (
        await tap(
          'finance',
          'Save for my HGV licence',
          'My new employer will reimburse it after six months, but I have to pay for the training first.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'career',
          'Выучиться на сварщика',
          'Хочу оплатить обучение в колледже сама, работаю продавцом и коплю.',
          'ru',
        )
      ).keys,
    );
  });
});
