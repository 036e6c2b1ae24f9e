import { describe, expect, it } from 'vitest';
import { aCoachContext, contextFrom } from '../../../../test/factories/coach-context.js';
import { hazardKeys } from '../../../../test/factories/converse.js';
import { coach, hazardReader, noHazard, tap } from '../../../../test/factories/offline-cases.js';
import type { CoachContext } from '../../../core/goals/coach.port.js';

// The dangers in content/goals/hazards/money.yaml, through the real coach: each one named in passing leads the path
// of a goal of any kind, in English and Russian, and the same words in a harmless sense, or a kind's own net for the
// same danger, leave the kind's own steps in front. Where a new case goes: docs/coach.md.
/** The keys of the first ten steps of a business goal, each completed: a dropped step would come after the fifth. */
async function tenBusinessKeys(title: string, description: string, locale: 'en' | 'ru') {
  const ctx = aCoachContext({ goal: { id: 'g', title, description, goalType: 'business' }, locale, mayAsk: false });
  const history: CoachContext['history'] = [];
  for (let i = 0; i < 10; i++) {
    const result = await coach.nextStep(contextFrom(ctx, history));
    if (result.status !== 'ok') throw new Error(`expected a step, got a question: ${result.question}`);
    history.push({
      text: result.step,
      coachKey: result.coachKey ?? null,
      completedAt: new Date(),
      estimatedMinutes: 10,
    });
  }
  return history.map((step) => step.coachKey ?? '');
}

const named = (text: string) => hazardReader.read([text]).map((hazard) => hazard.id);

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

describe('a code or card details given to a caller posing as the bank', () => {
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

describe('a packaged business opportunity with a deposit due in days', () => {
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

describe('a middleman paid to arrange a job', () => {
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

describe('cash work hidden from a benefit office', () => {
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

describe('a loan from a private lender or broker secured on the family home', () => {
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

describe("standing guarantor for someone else's loan", () => {
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

describe('going abroad to work on a tourist entry through a middleman', () => {
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

describe('a debt firm that says stop paying the lenders', () => {
  it('leads with paying the lenders and free debt advice (en + ru)', async () => {
    const en = await tap(
      'finance',
      'Get out of credit card debt this year',
      'About £14,000 across four cards. A debt relief company I found on Facebook told me to stop paying the cards and pay them £250 a month instead, and they would negotiate everything down.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-debtfirm-stop', 'hz-debtfirm-advice']);
    expect(en.texts[0]).toMatch(/don't stop paying your lenders/);
    const ru = await tap(
      'habit',
      'Каждый вечер записывать расходы',
      'Долгов много, звонят коллекторы. Обратилась к кредитным юристам, они велели не платить банкам, а им платить по 9 тысяч ежемесячно — обещают списать всё через год.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-debtfirm-stop');
    expect(ru.texts[0]).toMatch(/не переставай платить банкам/);
  });

  it('leaves a free debt charity’s plan and a bankruptcy through the МФЦ alone', async () => {
    noHazard(
      (
        await tap(
          'finance',
          'Clear my debts',
          'I owe about £9,000 on cards. I called StepChange and they set up a debt management plan, so now I need a budget that sticks.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'admin',
          'Подать на банкротство',
          'Долгов 400 тысяч, дохода нет. Хочу списать долги через МФЦ, платить банкам уже не получается.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a test or licence "arranged" for money', () => {
  it('leads with saying no and passing for real (en + ru)', async () => {
    const en = await tap(
      'exam',
      'Pass my driving test in June',
      "I'm 18 and nervous about roundabouts. My instructor says he knows the examiner and can get me a pass for £600 cash, but I'd rather just get good at driving.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-fixed-stop', 'hz-fixed-learn']);
    expect(en.texts[0]).toMatch(/bribe/);
    const ru = await tap(
      'exam',
      'Сдать сессию без хвостов',
      'Второй курс, матанализ не даётся. Староста говорит, что зачёт можно решить вопрос с преподавателем за 15 тысяч, все так делают.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-fixed-stop');
    expect(ru.texts[0]).toMatch(/взятка/);
  });

  it('yields to a bought licence, whose step says the same', async () => {
    const keys = hazardKeys(
      (
        await tap(
          'exam',
          'Получить права до лета',
          'В автошколе говорят, можно купить права за 60 тысяч, инструктор всё решит через своих, без экзамена.',
          'ru',
        )
      ).keys,
    );
    expect(keys[0]).toBe('hz-fakedoc-stop');
    expect(keys).not.toContain('hz-fixed-stop');
  });

  it('leaves paid extra lessons and a tutor alone', async () => {
    noHazard(
      (
        await tap(
          'exam',
          'Pass my driving test',
          "Failed once on parallel parking. I'm paying £40 an hour for extra lessons and booked a mock test through the school.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'exam',
          'Сдать ЕГЭ по профильной математике',
          'Хожу к репетитору, 2 тысячи за занятие, надо решить вопрос с геометрией — вторая часть не даётся.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('savings carried over a border in cash', () => {
  it('leads with the customs limits and the bank (en + ru)', async () => {
    const en = await tap(
      'moving',
      'Move to Portugal with the kids',
      "We've sold the house and we'll take about €40,000 of our savings in cash in our luggage so we're not stuck waiting for bank transfers.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-cash-check', 'hz-cash-bank']);
    expect(en.texts[0]).toMatch(/declaration/);
    const ru = await tap(
      'moving',
      'Переехать в Тбилиси',
      'Уезжаем с мужем в октябре. Все накопления, около 18 тысяч долларов, думаем вывезти наличными — на себе и в ручной клади, так спокойнее.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-cash-check');
    expect(ru.texts[0]).toMatch(/таможни/);
  });

  it('leaves spending money for a trip and cash that will be declared alone', async () => {
    noHazard(
      (
        await tap(
          'travel',
          'Plan two weeks in Thailand',
          "I'll carry about £300 in cash in my suitcase for the first days and use my card after that.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'moving',
          'Переехать в Ереван',
          'Везём все накопления, около 30 тысяч долларов, наличными в чемодане — задекларируем на границе как положено.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('people registered at home who do not live there, for money', () => {
  it('leads with registering no one new and a lawyer (en + ru)', async () => {
    const en = await tap(
      'finance',
      'Save up for a new boiler',
      "I'm 70 and on my state pension. A man I know pays me £100 a month per person to register some of his workers at my address — they don't actually live here, they just need it for their paperwork.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-reg-stop', 'hz-reg-lawyer']);
    const ru = await tap(
      'business',
      'Расширить подработку на квартире',
      'У меня на учёте в квартире уже пятеро приезжих, фактически они у меня не живут, платят по три тысячи с каждого. Хочу поставить ещё человек десять.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-reg-stop');
    expect(ru.texts[0]).toMatch(/фиктивная постановка на учёт/);
  });

  it('leaves a relative registered but living elsewhere alone', async () => {
    noHazard(
      (
        await tap(
          'admin',
          'Take my son off my registration',
          "My son doesn't live with me anymore but he's still registered at my address for council tax. I want to sort the paperwork.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'admin',
          'Выписать брата из квартиры',
          'Брат прописан у меня, но не живёт тут пять лет, а коммуналку за него плачу я — по 2 тысячи в месяц. Хочу снять его с регистрации.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('copies of brand goods sold as originals', () => {
  it('leads with buying no copies, and drops the listing and launch steps (en + ru)', async () => {
    const en = await tap(
      'business',
      'Start an online sneaker shop',
      "I've found a supplier of replica Jordans and Yeezys — you can't tell them apart. I'll sell them on Depop as originals and start with 50 pairs.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-fake-stop', 'hz-fake-legal']);
    const ru = await tap(
      'business',
      'Открыть магазин сумок на Озоне',
      'Нашла поставщика в Гуанчжоу: копии Louis Vuitton и Dior один в один, выставлю как оригинал, на первую партию есть 150 тысяч.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-fake-stop');
    expect(ru.texts[0]).toMatch(/контрафакт/);
  });

  it('leaves out the listing step that would put the copies up for sale', async () => {
    const back = 'Пару лет назад продавал кроссовки на ВБ, хочу вернуться к этому, на первую партию есть 100 тысяч.';
    expect(await tenBusinessKeys('Снова торговать кроссовками на Вайлдберриз', back, 'ru')).toContain('biz-landing');
    const copies = await tenBusinessKeys(
      'Снова торговать кроссовками на Вайлдберриз',
      'Пару лет назад продавал кроссовки на ВБ, хочу вернуться: возьму люкс-копии Nike, на первую партию есть 100 тысяч.',
      'ru',
    );
    expect(copies[0]).toBe('hz-fake-stop');
    expect(copies).not.toContain('biz-landing');
  });

  it('leaves a seller who checks for fakes and an actor’s lines alone', async () => {
    noHazard(
      (
        await tap(
          'business',
          'Sell my old designer bags',
          'I want to sell a few genuine Gucci and Prada bags on Vinted and need to learn how to spot fakes so buyers trust me.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'creative',
          'Выучить реплики к спектаклю',
          'Играю в любительском театре, мой герой торгует часами на рынке. Надо выучить все реплики к премьере.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a fee to recover money lost to a scam', () => {
  it('leads with paying no recovery fee and reporting (en + ru)', async () => {
    const en = await tap(
      'habit',
      'Check my bank balance every evening',
      'I lost £20,000 to a fake crypto platform. Now a recovery company says they can get my money back for a 15% fee paid up front.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-recover-stop', 'hz-recover-report']);
    const ru = await tap(
      'family',
      'Поддержать маму после обмана',
      'Маму обманули на бирже-лохотроне на 400 тысяч. Теперь ей звонят юристы, обещают вернуть всё через чарджбэк, но просят предоплату 60 тысяч.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-recover-stop');
  });

  it('leaves a refund the bank promised alone', async () => {
    noHazard(
      (
        await tap(
          'finance',
          'Rebuild savings after a scam',
          'Scammers took £3,000 from me last year. The bank refunded half, and now I want to save £100 a month again.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'habit',
          'Вести учёт расходов',
          'Летом мошенники выманили у меня 50 тысяч, банк обещает вернуть деньги после проверки, берут на это месяц. Хочу следить за каждым рублём.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a "courier job" collecting cash from people', () => {
  it('leads with stopping and telling an adult, ahead of a payment to a crypto ATM (en + ru)', async () => {
    const en = await tap(
      'career',
      'Earn money over the summer',
      "I'm 17. A Telegram job pays £200 a day as a courier: I collect cash from elderly people at addresses they send and deposit it into the crypto ATM for my handler.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-courier-stop', 'hz-courier-lawyer']);
    expect(en.keys).not.toContain('hz-pay-stop');
    const ru = await tap(
      'family',
      'Поговорить с сыном о его подработке',
      'Сыну 16, нашёл в телеграме работу курьером: забирает деньги у пожилых людей и кладёт через банкомат на карты, которые скидывает куратор. Говорит, это нормальная работа.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-courier-stop');
    expect(ru.texts[0]).toMatch(/мошенничества/);
  });

  it('leaves a delivery job alone', async () => {
    noHazard(
      (
        await tap(
          'career',
          'Get more shifts as a delivery courier',
          'I deliver for a pharmacy; some customers pay cash and I deposit it at the branch at the end of the day. I want more hours.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'career',
          'Найти работу курьером',
          'Хочу работать курьером в доставке еды, развозить заказы по адресам, зарплата на карту раз в неделю.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('crypto P2P arbitrage through one’s own cards', () => {
  it('leads with stopping the trades (en + ru)', async () => {
    const en = await tap(
      'finance',
      'Make £500 a month on the side',
      "I've started crypto P2P arbitrage on Binance: buying USDT cheap and selling it higher to strangers who pay into my bank account.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-p2p-stop', 'hz-p2p-advice']);
    const ru = await tap(
      'business',
      'Выйти на 100 тысяч в месяц',
      'Занимаюсь p2p-арбитражем на Bybit, через мои карты в день проходит по 300 тысяч, хочу добавить ещё пару банков.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-p2p-stop');
  });

  it('leaves traffic arbitrage and an arbitration court alone', async () => {
    noHazard(
      (
        await tap(
          'career',
          'Learn traffic arbitrage',
          'I want to learn traffic arbitrage for affiliate offers, maybe crypto ones, and work from home.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'admin',
          'Подать иск в арбитражный суд',
          'Криптобиржа не вернула деньги моей фирме, юрист советует арбитражный суд.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('borrowing to invest or trade', () => {
  it('leads with not borrowing for it (en + ru)', async () => {
    const en = await tap(
      'finance',
      'Grow my money faster',
      "I'm thinking of taking out a £15,000 personal loan and putting it into crypto — the market's about to go up and I could clear the loan in a year.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-borrow-stop', 'hz-borrow-talk']);
    const ru = await tap(
      'finance',
      'Закрыть ипотеку быстрее',
      'Хочу взять потребительский кредит на 500 тысяч и вложить в крипту, а с прибыли закрыть ипотеку досрочно.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-borrow-stop');
    expect(ru.texts[0]).toMatch(/не занимай/);
  });

  it('leaves investing after a loan is paid off alone', async () => {
    noHazard(
      (
        await tap(
          'finance',
          'Start investing',
          "I've paid off my credit card and my car loan, and now I want to put £200 a month into an index fund.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'finance',
          'Начать инвестировать',
          'Закрыла кредит за машину, теперь хочу каждый месяц откладывать 10 тысяч на инвестиции.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('buying stock or borrowing to keep up in multi-level marketing', () => {
  it('leads with buying no more stock (en + ru)', async () => {
    const en = await tap(
      'business',
      'Reach Diamond rank this year',
      "I'm in network marketing with a skincare brand. My upline says I need to buy £400 of stock every month to stay active, so I've put the last two orders on my credit card.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-mlm-stop', 'hz-mlm-check']);
    const ru = await tap(
      'business',
      'Выйти на квалификацию директора',
      'Полгода в сетевом маркетинге, косметика. Чтобы быть активной, закупаюсь на 15 тысяч в месяц, часть взяла в кредит, а продаётся мало.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-mlm-stop');
  });

  it('leaves a customer of a catalogue and a friend who keeps inviting alone', async () => {
    noHazard(
      (
        await tap(
          'habit',
          'Stop buying so much from catalogues',
          'My sister sells for a network marketing company and I keep ordering from her. I want to spend less.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'social',
          'Перестать избегать подругу',
          'Подруга зовёт меня в сетевой маркетинг на каждой встрече, я не хочу, но не знаю, как отказать.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a job or a buyer who sends a cheque or money and asks for some to go on', () => {
  it('leads the goal with not depositing it and the bank', async () => {
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

describe('a recruiter who wants a fee first for "certification" or "onboarding"', () => {
  it('leads the goal with paying nothing and checking the job', async () => {
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

describe('exam answers or a "leak" bought before the exam', () => {
  it('leads the goal with paying no one and honest points', async () => {
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

describe('a room paid for unseen to a landlord abroad, keys by courier', () => {
  it('leads the goal with sending nothing', async () => {
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

describe('a car or a home bought while still pledged to the seller’s bank', () => {
  it('leads the goal with the pledge register and a written contract', async () => {
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

describe("strangers' transfers taken on one's own card and forwarded for a percentage", () => {
  it('leads the goal with stopping and the bank, and nothing that carries the scheme on', async () => {
    const { keys, texts } = await tap(
      'finance',
      'Накопить на курсы по UX-дизайну',
      'Мне 20, учусь на заочке в Кургане и работаю администратором в кальянной. Курс стоит 90 тысяч, хочу оплатить сразу, а не в рассрочку. Недавно нашла подработку через Телеграм: мне на карту приходят переводы от людей, я их пересылаю на другие карты и оставляю себе 3%, за месяц уже вышло 12 тысяч. Хочу к сентябрю собрать всю сумму и не влезть в долги.',
      'ru',
    );
    // the side job is the means, not the goal (`mule_side`): its steps lead, the saving steps follow.
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

describe('paid or cash-in-hand work on a visa waiver, an ETA or a tourist visa', () => {
  it('leads the goal with taking the work out, then the legal route', async () => {
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
    const lead = hazardReader.lead(hazardReader.read([text]), [], (steps) => steps);
    expect(lead.map((step) => step.key)).toEqual(['hz-abroad-stop', 'hz-abroad-legal']);
  });
});

describe('a home bought far below market from a seller in a hurry, for cash or elderly', () => {
  it('leads the goal with the lawyer’s check and a safe way to pay', async () => {
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

describe('an inheritance put off after a death, past the six-month deadline', () => {
  it('leads the grief goal with the notary now, then telling the others', async () => {
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

describe("a rental agent's fee, or an advance before the place is seen (rent_agent_fee)", () => {
  it('leads the goal with no money before the place and the owner are seen', async () => {
    const { keys, texts } = await tap(
      'moving',
      'Move to Accra for national service',
      "I finished at UHAS and got posted to a hospital in Accra for national service starting 1 September. I'm 22 and have never lived in Accra. Landlords want one year advance which I don't have. I need to find a room, move my things from Ho and not get cheated by agents.",
      'en',
    );
    expect(keys[0]).toBe('hz-agent-pay');
    expect(texts[0]).toMatch(/never cash handed to an agent/);
  });

  it('leads for other wordings: a viewing fee, a paid "database" of flats (en + ru)', async () => {
    const en = await tap(
      'career',
      'Start my first job in Lagos',
      "I start at a bank in Victoria Island in March. An agent wants a viewing fee of 10,000 naira before he'll show me any rooms.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-agent-pay');
    const ru = await tap(
      'finance',
      'Накопить на переезд',
      'Хочу снять комнату в Казани. Агентство предлагает доступ к базе квартир за 3000 рублей, а смотреть потом.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-agent-pay');
    expect(ru.texts[0]).toMatch(/никогда наличными агенту/);
  });

  it("stays out of an estate agent's fee for a sale, a race's registration fee and a tenancy already signed", () => {
    expect(named("The estate agent's fee for selling our house is 1.5% and we want to move by spring.")).not.toContain(
      'rent_agent_fee',
    );
    expect(
      named("The marathon registration fee is $80 and I've booked a hostel room near the start line."),
    ).not.toContain('rent_agent_fee');
    expect(
      named('I was scared of fake agents, but we viewed the flat, met the owner and signed the tenancy last week.'),
    ).not.toContain('rent_agent_fee');
  });
});

describe("all of a trip's money carried abroad in cash", () => {
  it('leads with splitting the cash, then a fallback', async () => {
    const { keys, texts } = await tap(
      'travel',
      'Первый раз за границу — в Стамбул',
      'Мне 22, живу в Грозном, хотим с сестрой поехать в Стамбул на неделю в мае. Никогда не были за границей, не знаем, как выбрать район и что смотреть. Наши карты там не работают, так что деньги придётся везти наличкой и как-то их хранить. Бюджет примерно 100 тысяч на двоих без билетов.',
      'ru',
    );
    expect(keys.slice(0, 2)).toEqual(['hz-tripcash-split', 'hz-tripcash-backup']);
    expect(texts[0]).toMatch(/сейф/);
  });

  it('leads for another wording (en + ru)', async () => {
    const en = await tap(
      'travel',
      'First trip to Egypt',
      "Our cards don't work abroad, so we'll take all the money in cash for the week.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-tripcash-split');
    const ru = await tap(
      'travel',
      'Отпуск в Таиланде',
      'Российские карты не работают, весь бюджет повезём наличными.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-tripcash-split');
  });

  it('stays out of spending money beside a card and cash already split, and gives way to savings over a border', () => {
    expect(named('On our holiday we take a little cash for the market and pay by card otherwise.')).not.toContain(
      'trip_cash',
    );
    expect(
      named(
        'Our cards don’t work abroad, so all the money goes in cash — split between us in money belts, the rest in the hotel safe.',
      ),
    ).not.toContain('trip_cash');
    const text =
      'Переезжаем за границу, все деньги от продажи квартиры, 30 тысяч долларов, повезём наличными в чемодане.';
    expect(named(text)).toContain('cash_border');
    expect(named(text)).not.toContain('trip_cash');
    const lead = hazardReader.lead(hazardReader.read([text]), [], (steps) => steps);
    expect(lead[0]?.key).toBe('hz-cash-check');
  });
});
