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

describe('a middleman paid to arrange a job (fix38: job_fee widened)', () => {
  it('leads with paying nothing to be hired (en + ru)', async () => {
    const en = await tap(
      'career',
      'Get a job on a cruise ship',
      "A man in Manila says he can get me hired as a waiter if I pay the middleman's fee of $900 before the interview.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-jobfee-stop');
    const ru = await tap(
      'finance',
      'Накопить на первую вахту',
      'Посредник за 50 тысяч обещает устроить на вахту в Якутию, деньги вперёд.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-jobfee-stop');
  });
});

describe('cash work hidden from a benefit office (read 38)', () => {
  it('leads with telling the benefit office (en + ru)', async () => {
    const en = await tap(
      'business',
      'Start a dog-walking round in my village',
      "I'm on Universal Credit, so I'd take cash in hand for now and not tell the jobcentre until it's steady.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-benefit-tell', 'hz-benefit-check']);
    expect(en.texts[0]).toMatch(/benefit fraud/);
    const ru = await tap(
      'career',
      'Подработать на стройке летом',
      'Стою на учёте в центре занятости, получаю пособие по безработице. Бригадир платит наличкой, в центре занятости говорить не буду, чтобы не сняли.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-benefit-tell');
    expect(ru.texts[0]).toMatch(/мошенничество с пособием/);
  });

  it('leaves cash earnings declared, and a benefit no longer claimed, alone', async () => {
    noHazard(
      (
        await tap(
          'finance',
          'Save £50 a month on Universal Credit',
          "The café pays my Saturday shifts cash in hand, and I've declared it to my work coach.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'finance',
          'Откладывать с чаевых',
          'Полгода жила на пособии, теперь работаю официанткой официально, пособие больше не получаю. Чаевые наличкой сразу расходятся.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a loan from a private lender or broker secured on the family home (read 38)', () => {
  it('leads with signing nothing against the home (en + ru)', async () => {
    const en = await tap(
      'sleep',
      'Stop lying awake worrying about money',
      'We owe about £30k on cards. A broker says a private lender will give us a loan secured on our house to pay off everything in one go.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-pledge-stop', 'hz-pledge-advice']);
    const ru = await tap(
      'family',
      'Перестать ругаться с женой из-за денег',
      'Ругаемся из-за долгов по трём кредитам. Я нашёл кредитного брокера, он через частного инвестора даст займ под залог квартиры, чтобы закрыть всё разом, жена против.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-pledge-stop');
    expect(ru.texts[0]).toMatch(/в залог идёт/);
  });

  it('drops the steps that would sign up for the offer or invest', async () => {
    const ru = await tap(
      'finance',
      'Рефинансировать кредиты',
      'Хочу перекредитоваться под меньший процент. Брокер предлагает займ под залог нашего дома у частного инвестора.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-pledge-stop');
    expect(ru.keys).not.toContain('fin-refi-docs');
    // The private "investor" reads as investing to the finance kind: no money goes into investments now.
    expect(ru.keys).not.toContain('fin-invest-amount');
    const en = await tap(
      'finance',
      'Refinance our mortgage before the fix ends',
      'Our fixed rate ends in May. A broker says a private lender will refinance it as a loan secured on our house.',
      'en',
      ['Refinancing a mortgage or loan'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['hz-pledge-stop', 'hz-pledge-advice', 'fin-refi-now']);
  });

  it('leaves a further advance for an extension and a mortgaged flat alone', async () => {
    noHazard(
      (
        await tap(
          'home',
          'Build a kitchen extension',
          'We want to borrow against the house for it; our own bank has offered a further advance on the mortgage.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'finance',
          'Досрочно погасить ипотеку',
          'Квартира в залоге у банка по ипотеке, хочу закрыть ипотеку за пять лет.',
          'ru',
        )
      ).keys,
    );
  });
});

describe("standing guarantor for someone else's loan (read 38b)", () => {
  it('leads with what a guarantor takes on (en + ru)', async () => {
    const en = await tap(
      'family',
      'Help my little brother get back on his feet',
      "He wants me to co-sign a £15,000 car loan because his credit is shot; he's paid cash at a car wash.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-guarantor-stop', 'hz-guarantor-watch']);
    const ru = await tap(
      'travel',
      'Накопить на поездку в Турцию',
      'Друг попросил пойти поручителем по его ипотеке, официально он почти ничего не получает. Наверное, соглашусь.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-guarantor-stop');
    expect(ru.texts[0]).toMatch(/поручитель/);
  });

  it("leaves a guarantor for one's own loan and a couple's own mortgage alone", async () => {
    noHazard(
      (
        await tap(
          'finance',
          'Pay off my car loan early',
          'Mum co-signed my car loan two years ago and I want to free her from it by Christmas.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'finance',
          'Взять ипотеку на двушку',
          'Берём ипотеку, я буду созаёмщиком с мужем. Нужен ли поручитель — не знаю.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('going abroad to work on a tourist entry through a middleman (read 38b)', () => {
  it('leads with paying no middleman (en + ru)', async () => {
    const en = await tap(
      'travel',
      'Go to the UK this summer',
      "My uncle says I can come on a visitor visa and work in his friend's restaurant kitchen for cash, and sort the papers later.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-abroad-stop', 'hz-abroad-legal']);
    expect(en.keys).not.toContain('trip-book-first');
    const ru = await tap(
      'career',
      'Уехать на заработки в Польшу',
      'Знакомый возит людей по туристической визе, а там сразу на склад, разрешение на работу, говорит, сделают потом. Берёт 800 евро.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-abroad-stop');
    expect(ru.texts[0]).toMatch(/депортац/);
  });

  it("takes the middleman's fee over from the job-fee hazard", async () => {
    const ru = await tap(
      'language',
      'Выучить корейский за полгода',
      'Посредник за 2000 долларов обещает работать на заводе в Корее: заезжаю как турист, а документы потом.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-abroad-stop');
    expect(ru.keys).not.toContain('hz-jobfee-stop');
  });

  it('leaves remote work on a tourist trip alone', async () => {
    noHazard(
      (
        await tap(
          'travel',
          'Backpack around Vietnam for a month',
          "I'm going on a tourist visa and will keep working remotely for my clients back home, so I need good wifi.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'travel',
          'Съездить в Корею на месяц',
          'Еду по безвизу как турист, хочу посмотреть Сеул и Пусан, работать там буду на удалёнке, как и дома.',
          'ru',
        )
      ).keys,
    );
  });
});

describe("a loan or contract in one's own name for someone else", () => {
  it('leads with taking out nothing for them (en + ru)', async () => {
    const en = await tap(
      'family',
      'Keep the peace with my boyfriend',
      "He can't get credit, so he wants a new phone contract in my name and says he'll pay it every month.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-myname-stop');
    const ru = await tap(
      'finance',
      'Собрать подушку безопасности',
      'Брат просит оформить на себя кредит на машину для него, ему банки не одобряют, обещает платить сам.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-myname-stop');
  });

  it("leaves a loan fraudsters took out, and one's own loan, alone", async () => {
    noHazard(
      (
        await tap(
          'admin',
          'Get the bank to cancel a loan I never took',
          'Someone took out a loan in my name with a stolen identity, and the bank wants a police report.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'finance',
          'Купить машину в кредит',
          'Хочу взять кредит на себя, а не на мужа, чтобы у меня была своя кредитная история.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('someone known only online who asks for money', () => {
  it('leads with sending nothing (en + ru)', async () => {
    const en = await tap(
      'habit',
      'Stop checking my phone in the middle of the night',
      "I met a man on a dating app who works on an oil rig; we've never met in person, and now he needs money for customs and asked me to buy gift cards.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-romance-stop');
    expect(en.keys).not.toContain('hz-pay-stop');
    const ru = await tap(
      'social',
      'Съездить к любимому человеку',
      'С Марком познакомилась на сайте знакомств, он американский военный в Сирии. Вживую ещё не виделись, он просит перевести деньги на билет до меня.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-romance-stop');
    expect(ru.texts[0]).toMatch(/не встречались вживую/);
  });

  it('leaves a partner met online and now lived with alone', async () => {
    noHazard(
      (
        await tap(
          'social',
          'Make friends of my own',
          'We met online five years ago and live together now; he wants me to send money for our holiday into the joint account.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'finance',
          'Накопить на свадьбу',
          'Мы познакомились в интернете, уже год живём вместе. Свадьба летом, надо собрать на билет для его мамы.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a licence, diploma or certificate bought, or an examiner paid off', () => {
  it('leads with paying no one for it (en + ru)', async () => {
    const en = await tap(
      'career',
      'Get a job as a care assistant',
      'An agency told me they can get me a fake certificate for the care course, so I could start next week.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-fakedoc-stop');
    const ru = await tap(
      'exam',
      'Сдать на права до зимы',
      'Два раза завалила город. Знакомая говорит, можно договориться с инспектором за 30 тысяч, и права без экзамена.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-fakedoc-stop');
    expect(ru.texts[0]).toMatch(/взятка/);
  });

  it('leaves a bribe of chocolate and rights to a song alone', async () => {
    noHazard(
      (
        await tap(
          'exam',
          'Pass my driving theory test',
          'I bribe myself with chocolate after every revision session, and the examiner at our centre is said to be strict.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'creative',
          'Снять клип для нашей группы',
          'Хотим купить права на песню у автора, чтобы использовать её в клипе.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a marketplace buyer or seller with a payment link', () => {
  it('leads with opening no link (en + ru)', async () => {
    const en = await tap(
      'moving',
      'Clear out the flat before the move',
      'I listed the sofa on Facebook Marketplace and a buyer wants to move to WhatsApp; he says I just click a link to receive the payment.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-link-stop');
    const ru = await tap(
      'home',
      'Разобрать балкон и продать лишнее',
      'Выставила коляску на Авито, покупатель сразу согласился и прислал ссылку для получения денег, просит ввести данные карты.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-link-stop');
    expect(ru.texts[0]).toMatch(/три цифры/);
  });

  it('leaves friends moving to WhatsApp and a shop link in a profile alone', async () => {
    noHazard(
      (
        await tap(
          'social',
          'Keep in touch with my uni friends',
          'We all moved to WhatsApp from Facebook and I keep missing the group chat.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'business',
          'Продавать торты на заказ',
          'Продаю торты, клиенты переходят по ссылке в профиле и пишут мне в вотсап.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('gambling to win back losses, or with borrowed money', () => {
  it('leads with no more stakes (en + ru)', async () => {
    const en = await tap(
      'sleep',
      'Sleep through the night again',
      "I lie awake after losing on the bookies' app; I borrowed from my overdraft to win it back.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-gamble-stop', 'hz-gamble-help']);
    const ru = await tap(
      'family',
      'Наладить отношения с женой',
      'Жена злится: я делаю ставки на футбол, проиграл зарплату, взял займ, чтобы отыграться.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-gamble-stop');
  });

  it("yields to quit's own gambling path, and leaves a friendly poker night and a loan's rate alone", async () => {
    noHazard(
      (await tap('quit', 'Stop betting on the horses', 'I keep chasing my losses with my credit card.', 'en')).keys,
    );
    noHazard(
      (
        await tap(
          'social',
          'Start a monthly poker night with the neighbours',
          'Just for fun, a fiver each, snacks on me.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'finance',
          'Снизить ставку по кредиту',
          'Хочу снизить ставку по кредиту и закрыть долги за два года.',
          'ru',
        )
      ).keys,
    );
  });
});

describe("uninvited traders or 'inspectors' at the door wanting money now", () => {
  it('leads with paying nothing at the door (en + ru)', async () => {
    const en = await tap(
      'family',
      'Visit my mum more often',
      'Last week two men knocked on her door, said her roof tiles were loose and took £1,800 cash up front for materials.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-door-stop');
    const ru = await tap(
      'home',
      'Навести порядок в квартире у бабушки',
      'Вчера к бабушке пришли якобы из газовой службы, сказали, что газоанализатор обязателен, и оформили на неё кредит на 40 тысяч.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-door-stop');
  });

  it('leaves a door-to-door sales job and a fitter one called alone', async () => {
    noHazard(
      (
        await tap(
          'career',
          'Earn money over the summer',
          'I got a job doing door-to-door sales for a broadband company, paid in cash weekly.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'repair',
          'Поменять счётчики воды',
          'Позвонили в дверь — это мастер, которого мы сами вызвали по заявке из управляющей. Поменял счётчики, заплатили 3 тысячи.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('pressure to sign the home over', () => {
  it('leads with signing nothing about the home (en + ru)', async () => {
    const en = await tap(
      'family',
      'Help Dad settle after Mum died',
      "His new girlfriend keeps asking him to put the house in her name 'for security'.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-homesign-stop');
    const ru = await tap(
      'family',
      'Чаще навещать маму',
      'У мамы новый муж, он уговаривает её переписать квартиру на него, а она соглашается.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-homesign-stop');
  });

  it('leaves a power of attorney set up calmly and a will to a grandchild alone', async () => {
    noHazard(
      (
        await tap(
          'admin',
          'Set up power of attorney for my mum',
          'She has early dementia and wants my sister and me to have it while she can still decide.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'admin',
          'Оформить наследство',
          'Бабушка хочет переписать квартиру на меня по завещанию, надо сходить к нотариусу.',
          'ru',
        )
      ).keys,
    );
  });
});
