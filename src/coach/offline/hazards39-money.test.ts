import { describe, expect, it } from 'vitest';
import { aCoachContext, contextFrom } from '../../../test/factories/coach-context.js';
import { hazardKeys, tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';
import type { CoachContext } from '../../core/goals/coach.port.js';

// The money hazards written after blind read 39 (content/goals/hazards/money.yaml): a debt firm that says stop paying,
// a pass "arranged" for money, savings carried over a border in cash, people registered where they don't live, copies
// of brands sold as originals — and, ahead of the reads, a fee to "recover" scammed money, a cash "courier" job, crypto
// P2P arbitrage, borrowing to invest and buying into a multi-level marketing scheme. Each leads a goal of any kind that
// names it; the same words in a harmless sense leave the kind's own steps in front.
const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);
const noHazard = (keys: string[]) => expect(hazardKeys(keys)).toEqual([]);

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

describe('a debt firm that says stop paying the lenders (read 39)', () => {
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

describe('a test or licence "arranged" for money (read 39)', () => {
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

describe('savings carried over a border in cash (read 39)', () => {
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

describe('people registered at home who do not live there, for money (read 39b)', () => {
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

describe('copies of brand goods sold as originals (read 39b)', () => {
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
