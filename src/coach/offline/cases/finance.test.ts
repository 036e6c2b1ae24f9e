import { describe, expect, it } from 'vitest';
import { hazardKeys } from '../../../../test/factories/converse.js';
import {
  anyWithPrefix,
  firstFive,
  hazardReader,
  holdings,
  ownSteps,
  slots,
  talk,
  tap,
  withPrefix,
} from '../../../../test/factories/offline-cases.js';

// Goals of the finance kind (content/goals/types/finance.yaml), walked through the offline coach as a person would:
// the situation named and the steps it brings, the level, and a danger named in passing that leads the path. Where a
// new case goes: docs/coach.md.
const named = (text: string) => hazardReader.read([text]).map((hazard) => hazard.id);

const DEBT = ['fin-18', 'fin-debt-plan', 'fin-debt-auto'];

function has(text: string): string[] {
  return holdings.read([text]).has;
}

const SAVING = ['fin-09', 'fin-13', 'fin-14', 'fin-15'];

/** Taps the button named `name` when the question offers it, else the first one. */
const tap2 = (name: string) => (choices: string[]) => (choices.includes(name) ? name : choices[0]!);

describe("harmful steps named in a finance goal lead its path, and near misses keep the kind's own steps", () => {
  describe('hazards: a mule scheme as the means, and borrowed medicine', () => {
    it("leads saving for a course with the side job's danger, then the goal's own steps", async () => {
      const ru = await tap(
        'finance',
        'Накопить на курсы по UX-дизайну',
        'Мне 20, учусь на заочке в Кургане и работаю администратором в кальянной. Курс стоит 90 тысяч, хочу оплатить сразу, а не в рассрочку. Недавно нашла подработку через Телеграм: мне на карту приходят переводы от людей, я их пересылаю на другие карты и оставляю себе 3%, за месяц уже вышло 12 тысяч. Хочу к сентябрю собрать всю сумму и не влезть в долги.',
        'ru',
      );
      expect(ru.keys.slice(0, 2)).toEqual(['hz-muleside-stop', 'hz-muleside-bank']);
      expect(ownSteps(ru.keys).filter((key) => key !== 'revisit').length).toBeGreaterThan(0);
      const en = await tap(
        'finance',
        'Save for a laptop by summer',
        'A guy on Telegram got me a side job: people send money to my card, I forward it to other accounts and keep 5 percent.',
        'en',
      );
      expect(en.keys[0]).toBe('hz-muleside-stop');
      expect(ownSteps(en.keys).filter((key) => key !== 'revisit').length).toBeGreaterThan(0);
      // The scheme as the goal itself (an ИП and accounts opened to hand over) still halts.
      const itself = await tap(
        'admin',
        'Зарегистрировать ИП и открыть счета в банках',
        'Мне 20. Знакомый из чата предлагает 10 тысяч: я оформляю ИП и открываю пару счетов, а карты и доступ к приложениям отдаю ему, ему для бизнеса.',
        'ru',
      );
      expect(itself.keys.slice(0, 2)).toEqual(['hz-mule-stop', 'hz-mule-undo']);
      expect(ownSteps(itself.keys).filter((key) => key !== 'revisit')).toEqual([]);
    });

    it("reads borrowed medicine, not a borrowed car on the way to one's own", () => {
      expect(named("Stop borrowing my husband's zopiclone when I can't sleep")).toContain('meds_not_mine');
      expect(named('Я беру таблетки у мамы — пью её снотворное, когда не сплю.')).toContain('meds_not_mine');
      expect(named("I borrowed my brother's car to fetch my medicine from the pharmacy in town.")).not.toContain(
        'meds_not_mine',
      );
      expect(named('My son wants to borrow my tablet for school; I keep my medication list on it.')).not.toContain(
        'meds_not_mine',
      );
    });
  });

  it('gives the giver, not the gambler, the steps when money goes to a relative who gambles', async () => {
    const en = await tap(
      'finance',
      'stop bailing out my son',
      'My son is 27 and he gambles on football apps. He keeps borrowing from me and never pays it back, and now debt collectors are calling him.',
      'en',
    );
    expect(en.keys).toContain('fin-kin-rule');
    expect(en.keys).toContain('fin-kin-threat');
    expect(en.keys).not.toContain('hz-gamble-stop');
    const ru = await tap(
      'finance',
      'Перестать закрывать долги мужа',
      'Муж делает ставки на спорт, я уже два года гашу его долги по кредиткам. Хочу отложить деньги на ремонт.',
      'ru',
    );
    expect(ru.keys).toContain('fin-kin-rule');
    expect(ru.keys).not.toContain('fin-kin-threat');
    // One's own gambling debt keeps the hazard's steps.
    const near = await tap(
      'finance',
      'pay off my gambling debts',
      "I've been betting on football and borrowed on two credit cards to win it back. I owe about 6,000.",
      'en',
    );
    expect(near.keys).not.toContain('fin-kin-rule');
    expect(near.keys).toContain('hz-gamble-stop');
  });

  it('turns down a cash-out of a family grant before any budgeting, and names no note after the title', async () => {
    const ru = await tap(
      'finance',
      'продать сертификат на материнский капитал?',
      'Предлагают через покупку доли в доме оформить сделку, а мне вернут наличными половину. Денег совсем нет.',
      'ru',
    );
    expect(hazardKeys(ru.keys)).toEqual(['hz-cashout-no', 'hz-cashout-legal']);
    expect(ru.texts.join(' ')).not.toContain('«продать сертификат');
    // Maternity capital put on a mortgage: no cash-out steps.
    const near = await tap(
      'finance',
      'погасить ипотеку маткапиталом',
      'Хотим направить материнский капитал на досрочное погашение ипотеки.',
      'ru',
    );
    expect(hazardKeys(near.keys)).toEqual([]);
    const save = await tap('finance', 'save up for a new boiler, ours is dying', 'About £2,500 by October.', 'en', [
      'Saving',
    ]);
    expect(save.texts.join(' ')).not.toContain("'save up for a new boiler, ours is dying'");
  });
});

describe('finance: the level and what the person already has or does', () => {
  describe('the neighbouring template stays out', () => {
    it('moves someone back in with their parents without a flat search', async () => {
      const back = await firstFive(
        'moving',
        'Move back in with my parents to save for a deposit',
        'My rent goes up in March; moving home would let me save.',
      );
      expect(back.keys.every((key) => key.startsWith('back-'))).toBe(true);
    });

    it('gives running short before payday a month’s plan, not payday-loan or collector steps', async () => {
      for (const [title, description, locale] of [
        ['Get out of my overdraft for good', 'Payday comes and by the 10th it’s gone again.', 'en'],
        ['Перестать жить от зарплаты до зарплаты', 'К двадцатому числу денег уже нет, занимаем у свекрови.', 'ru'],
      ] as const) {
        const short = await firstFive('finance', title, description, locale);
        expect(short.keys).toContain('fin-short-map');
        for (const key of ['fin-pd-list', 'fin-pd-stop', 'fin-pd-collectors', 'fin-debt-freeze'])
          expect(short.keys).not.toContain(key);
      }
      const payday = await firstFive('finance', 'Stop rolling over payday loans', 'Three payday lenders now.');
      expect(payday.keys).toContain('fin-pd-list');
    });

    it('gives a garden goal garden steps only', async () => {
      const garden = await firstFive('home', 'Tame the overgrown back garden', '');
      expect(garden.keys.every((key) => key.startsWith('home-garden-'))).toBe(true);
    });

    it('gives grout and a floor their own how-to and precautions, not a model number or the breaker', async () => {
      for (const [title, locale] of [
        ['Re-grout the shower', 'en'],
        ['Перестелить пол на веранде на даче', 'ru'],
      ] as const) {
        const surface = await firstFive('repair', title, '', locale);
        // a shower's grout gets its own precautions with the mould (`fix-seal-safe`); a floor keeps the floor ones.
        expect(surface.keys).toContain(locale === 'en' ? 'fix-seal-safe' : 'fix-surf-safe');
        expect(surface.keys).not.toContain('fix-02');
        expect(surface.keys).not.toContain('fix-03');
      }
    });

    it('treats cannabis as its own habit: its own support, and the supplies thrown away', async () => {
      expect(slots.read('Quit weed', ['I smoke a joint most evenings']).values.habit?.id).toBe('cannabis');
      const weed = await firstFive('quit', 'Quit weed', 'A joint most evenings for six years.');
      expect(weed.keys).toContain('quit-cannabis-support');
      expect(weed.keys).not.toContain('quit-smoke-support');
      expect(weed.text).not.toMatch(/give away/i);
    });

    it('calms handovers when the 50/50 arrangement is not in dispute: no court papers or lawyer', async () => {
      const handover = await firstFive(
        'recovery',
        'Stop every handover with my ex turning into a row',
        'We share the kids 50/50. Handovers at the school gate always end in an argument.',
      );
      expect(handover.keys.filter((key) => key.startsWith('rec-hand-')).length).toBeGreaterThanOrEqual(4);
      for (const key of ['rec-03', 'rec-06', 'rec-21', 'rec-07']) expect(handover.keys).not.toContain(key);
    });

    it('prepares a request for different hours as a talk with the manager, not a job interview', async () => {
      const request = await firstFive(
        'interview',
        'Ask my manager for a four-day week',
        'I would like Fridays off. I have a one-to-one on the 18th.',
      );
      expect(request.keys.slice(0, 2)).toEqual(['intv-req-policy', 'intv-req-cover']);
      expect(request.keys).not.toContain('intv-01');
    });

    it('reads seasons in a club team as already playing', () => {
      expect(slots.read('Make the 2nd XI at my cricket club', ['Two seasons in the 3rd XI']).level).toBe('active');
    });

    it('explores options first for someone leaving the army with no target job', async () => {
      const army = await firstFive(
        'career',
        'Work out what to do after leaving the army',
        'Everyone says I have transferable skills but nobody tells me which ones.',
      );
      expect(army.keys[0]).toBe('car-ch-skills');
      expect(army.keys).not.toContain('car-03');
    });
  });

  it('gives bailiffs already taking pay debt advice and the protected amount — never overpay or autopay', async () => {
    const ru = await firstFive(
      'finance',
      'Выбраться из долгов, пока приставы не забрали всё',
      'Три кредита и кредитка. Приставы уже арестовали зарплатную карту, половина зарплаты уходит им.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['fin-enf-advice', 'fin-enf-protect']);
    expect(ru.keys).not.toContain('fin-18');
    expect(ru.keys).not.toContain('fin-debt-auto');
    expect(ru.text).toMatch(/прожиточного минимума/);
    const en = await firstFive('finance', 'Deal with my debts', 'Bailiffs have started taking money from my wages.');
    expect(en.keys[0]).toBe('fin-enf-advice');
    expect(en.keys).not.toContain('fin-debt-auto');
    const other = await firstFive('finance', 'Закрыть кредиты', 'Два кредита, плачу вовремя, хочу быстрее.', 'ru');
    expect(other.keys.some((key) => key.startsWith('fin-enf-'))).toBe(false);
  });

  it('does not ask to price a cost someone else has already fixed', async () => {
    const en = await firstFive(
      'finance',
      "Save £800 for my son's school trip",
      "The deposit's already paid, the rest is due in February.",
    );
    expect(en.keys).not.toContain('fin-purchase-size');
    const ru = await firstFive(
      'finance',
      'Накопить на школьную поездку',
      'Предоплату уже внесли, остаток до марта.',
      'ru',
    );
    expect(ru.keys).not.toContain('fin-purchase-size');
    const holiday = await firstFive('finance', 'Save for a holiday in Spain', 'About £1,500 by summer.');
    expect(holiday.keys).toContain('fin-purchase-size');
  });

  it('skips the spending review when the saver already says what they can put aside', async () => {
    const en = await tap(
      'finance',
      "Save up for my cat's dental work",
      'She is 14 and the vet says it will be needed within the year. I can set aside £60 a month.',
      'en',
      ['Saving'],
    );
    expect(en.keys).toContain('fin-14');
    expect(en.keys).not.toContain('fin-11');
    const ru = await tap(
      'finance',
      'Накопить на замену зубного моста',
      'Врач сказал, что через год-два понадобится. Могу откладывать по пять тысяч с пенсии.',
      'ru',
      ['Накопить'],
    );
    expect(ru.keys).not.toContain('fin-11');
    // No amount stated: the spending review stays.
    const near = await tap('finance', 'Save for a new sofa', 'Ours is falling apart.', 'en', ['Saving']);
    expect(near.keys).toContain('fin-11');
  });

  it('asks no list of balances from someone who already put every debt in a table', async () => {
    const ru = await tap(
      'finance',
      'разобраться с двумя кредитками',
      'Долг по двум картам около 200 тысяч, гашу одну другой. Все платежи уже записала в таблицу, но легче не стало.',
      'ru',
      ['Долг по кредитной карте'],
    );
    expect(ru.keys).not.toContain('fin-10');
    const en = await tap(
      'finance',
      'clear my two credit cards',
      "About 6,000 across two cards and I keep moving it from one to the other. I've listed all the balances and payments already.",
      'en',
      ['Credit card debt'],
    );
    expect(en.keys).not.toContain('fin-10');
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
});

describe('finance: the situation named and the steps it brings', () => {
  it('finance: saving, a deposit, an emergency fund and a debt each read naturally, with no pasted "save or repay"', async () => {
    const deposit = await firstFive('finance', 'Накопить 1,2 млн на первый взнос', '', 'ru');
    expect(deposit.keys).toEqual(expect.arrayContaining(['fin-deposit-size', 'fin-13']));
    expect(deposit.text).not.toMatch(/накопить или погасить/);
    expect(deposit.text).toMatch(/сколько откладывать с каждой/);

    const fund = await firstFive(
      'finance',
      'Build a three-month emergency fund',
      'I take home 2,800 a month and have 400 saved.',
    );
    expect(fund.keys).toContain('fin-emergency-size');
    expect(fund.text).not.toMatch(/save or repay/);

    const card = await firstFive(
      'finance',
      'Clear £6,800 of credit card debt',
      "It's split over two cards at around 24% APR. I can put about £350 a month towards it.",
    );
    expect(card.keys.slice(0, 3)).toEqual(['fin-18', 'fin-debt-plan', 'fin-debt-auto']);
    expect(card.keys).toContain('fin-debt-freeze');
    expect(card.keys).not.toContain('fin-09');

    const budget = await firstFive('finance', 'Get my spending under control', '');
    expect(budget.keys).not.toEqual(expect.arrayContaining(['fin-09']));
    expect(budget.keys).toEqual(expect.arrayContaining(['fin-11', 'fin-16']));
  });

  describe('the right branch inside the right kind', () => {
    it('gives a mural wall paint and wall steps, not a watercolour set', async () => {
      const mural = await firstFive('creative', "Paint a jungle mural on my daughter's bedroom wall", '');
      expect(mural.keys.slice(0, 3)).toEqual(['cre-mural-design', 'cre-mural-paint', 'cre-mural-wall']);
      expect(mural.text).not.toMatch(/watercolour/i);
    });

    it('gives a parent on leave baby groups, not work drinks', async () => {
      const mum = await firstFive(
        'social',
        'Make mum friends on maternity leave',
        'My son is four months old and all my friends are at work. I went to one baby group and sat in the corner.',
      );
      expect(mum.keys.every((key) => key.startsWith('soc-parent-'))).toBe(true);
      expect(mum.text).not.toMatch(/colleague|work drinks/i);
    });

    it('helps persuade a parent to move, with no country-house steps', async () => {
      const mum = await firstFive(
        'family',
        'Уговорить маму переехать поближе к нам',
        'Маме 77, живёт одна в деревне: печка, вода из колонки. Мы предлагаем купить ей квартиру рядом, а она ни в какую.',
        'ru',
      );
      expect(mum.keys[0]).toBe('fam-move-reasons');
      expect(mum.text).not.toMatch(/свидани|телефоны в корзин/i);
    });

    it('sends a dental goal to the dentist, not to the gynaecologist who referred', async () => {
      const teeth = await firstFive(
        'checkup',
        'Вылечить зубы до беременности',
        'Гинеколог сказала сначала санировать рот. У стоматолога не была лет шесть.',
        'ru',
      );
      expect(teeth.keys.some((key) => key.startsWith('chk-gyn-'))).toBe(false);
    });

    it('gives buy-now-pay-later no savings pot, and one utility arrear no card steps', async () => {
      const klarna = await firstFive(
        'finance',
        'Stop relying on Klarna',
        'About £1,100 over nine Klarna and Clearpay plans, and I use Klarna again to get to payday.',
      );
      expect(klarna.keys).toContain('fin-pd-stop');
      expect(klarna.keys).not.toContain('fin-14');
      const bills = await firstFive(
        'finance',
        'Закрыть долг за коммуналку',
        'За полгода набежало 47 тысяч, пришло письмо, что подадут в суд.',
        'ru',
      );
      expect(bills.keys.slice(0, 2)).toEqual(['fin-arr-plan', 'fin-arr-current']);
      expect(bills.keys).not.toContain('fin-debt-auto');
    });

    it('reads an oral exam by tickets as a list of questions, never a timed practice test', async () => {
      const oral = await firstFive(
        'exam',
        'Сдать кандидатский минимум по философии',
        'Второй год аспирантуры. Экзамен в конце мая, ещё нужен реферат.',
        'ru',
      );
      expect(oral.keys).not.toContain('exam-practice');
      expect(oral.keys[0]).toBe('exam-uni-list');
    });
  });

  describe('the "already" reader knows more things and cues', () => {
    it('skips the gym choice for a membership and the broker comparison for an open account', async () => {
      expect(has('I signed up to PureGym in January')).toContain('gym');
      expect(has('I already pay for a gym membership')).toContain('gym');
      expect(has('Брокерский счёт открыл ещё год назад, но так ничего и не купил')).toContain('account');
      expect(has('I opened a stocks and shares ISA last year')).toContain('account');
      expect(has('I want to open a brokerage account')).not.toContain('account');
      const invest = await firstFive(
        'finance',
        'Разобраться, куда вложить накопления',
        'На вкладе лежат 400 тысяч. Брокерский счёт открыл ещё год назад, но так ничего и не купил.',
        'ru',
      );
      expect(invest.keys).not.toContain('fin-invest-fees');
    });

    it('skips stripping wallpaper that is off and choosing a paint that is chosen, in both languages', async () => {
      const walls = await firstFive(
        'repair',
        'Покрасить стены в спальне',
        'Старые обои уже содрала, под ними штукатурка в трещинах. Краску выбрала, а про шпаклёвку ничего не знаю.',
        'ru',
      );
      expect(walls.keys).not.toContain('fix-wall-strip');
      expect(walls.keys).not.toContain('fix-paint-choose');
      expect(has("I've already stripped the wallpaper and picked the paint")).toEqual(
        expect.arrayContaining(['old_wallpaper', 'finish_choice']),
      );
      expect(has('Купила новые обои, старые ещё на стенах')).not.toContain('old_wallpaper');
    });

    it('skips fixing trip dates once flights are booked or the dates set', async () => {
      const trip = await firstFive(
        'travel',
        'Northern lights trip to Iceland',
        "I've booked flights to Reykjavik for 12 February, and nothing else yet. Budget is about £1,500 for five nights.",
      );
      expect(trip.keys).not.toContain('trip-dates-budget');
      expect(has('Даты уже определили, бюджет тоже')).toContain('trip_dates');
      expect(has('We still need to pick the dates')).not.toContain('trip_dates');
    });

    it('skips picking a book when the goal names its list, and finding a teacher after months of lessons', async () => {
      const booker = await firstFive(
        'reading',
        'Read the whole Booker shortlist before the winner is announced',
        "Six books and about seven weeks. I'm a slow reader.",
      );
      expect(booker.keys).not.toContain('read-pick-short');
      expect(booker.keys).not.toContain('read-return');
      expect(has('Прочитать весь шорт-лист Букера')).toContain('book_list');
      expect(has('I want to make a reading list for the year')).not.toContain('book_list');
      expect(has("I've been taking guitar lessons for six months")).toContain('teacher');
      expect(has('Полгода беру уроки вокала')).toContain('teacher');
    });
  });

  it('gives arrears on a household bill the letters, a payment plan and help — no saving target or pot', async () => {
    const en = await firstFive(
      'finance',
      'Catch up on the bills after my hours got cut',
      "I'm £600 behind on the energy and I've stopped opening the letters.",
    );
    expect(en.keys.slice(0, 2)).toEqual(['fin-arr-open', 'fin-arr-plan']);
    expect(en.keys).not.toContain('fin-14');
    const water = await firstFive('finance', 'Get back on top of the bills', 'Behind with the water and council tax.');
    expect(water.keys).toContain('fin-arr-plan');
    const ru = await firstFive(
      'finance',
      'Погасить долг за коммуналку',
      'Три месяца не платила, приходят письма.',
      'ru',
    );
    expect(ru.keys).toContain('fin-arr-plan');
    // A credit card keeps the card steps.
    const card = await firstFive('finance', 'Pay off my credit card', 'About £2,000 at 24 %.');
    expect(card.keys).toContain('fin-18');
    expect(card.keys).not.toContain('fin-arr-open');
  });

  it('opens the letters first only when they have been left unopened', async () => {
    const ru = await firstFive(
      'finance',
      'Разобраться с долгом за свет',
      'Набежало 18 тысяч, боюсь открывать квитанции.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fin-arr-open');
    const plain = await firstFive('finance', 'Clear the council tax arrears', 'About £700 behind since spring.');
    expect(plain.keys[0]).toBe('fin-arr-plan');
  });

  it('offers no "if you missed a payment" step to someone paying on time, and no balance list after the debt list', async () => {
    const en = await firstFive(
      'finance',
      'Pay off $14,000 of student loans before I turn 30',
      "I'm 26, earn about $52k as a lab tech in Ohio and pay rent with a roommate. I keep making the minimum payment and then spending whatever's left.",
    );
    expect(en.keys).not.toContain('fin-debt-help');
    expect(en.keys).not.toContain('fin-10');
    expect(en.keys).toContain('fin-debt-leftover');
    const ru = await firstFive(
      'finance',
      'Закрыть потребительский кредит за год',
      'Плачу минимальный платёж без просрочек, но остальное как-то расходится.',
      'ru',
    );
    expect(ru.keys).not.toContain('fin-debt-help');
    expect(ru.keys).toContain('fin-debt-leftover');
    // A missed payment keeps the debt-advice step.
    const missed = await firstFive(
      'finance',
      'Pay off my credit cards',
      "I pay the minimum on one but I've missed two payments on the other.",
    );
    expect(missed.keys).toContain('fin-debt-help');
  });

  it('gives a credit score its reports, mistakes and no missed payments — no savings target or pot', async () => {
    const en = await firstFive(
      'finance',
      'Get my credit score up so we can remortgage in November',
      'Two missed phone bill payments from 2022 are still dragging it down. Our fixed rate ends in November and the broker said we need to look cleaner by August.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['fin-credit-report', 'fin-credit-errors', 'fin-credit-autopay']);
    expect(en.keys.some((key) => [...SAVING, 'fin-11'].includes(key))).toBe(false);
    expect(en.text).not.toMatch(/put aside each payday|savings pot|fee-free pot|five simple categories/);
    const ru = await firstFive(
      'finance',
      'Исправить кредитную историю до ипотеки',
      'Пару лет назад были просрочки по кредитке, теперь банки отказывают. Хотим подать заявку на ипотеку весной.',
      'ru',
    );
    expect(ru.keys).toContain('fin-credit-report');
    expect(ru.text).toMatch(/бюро кредитных историй/);
    expect(ru.keys.some((key) => SAVING.includes(key))).toBe(false);
    // Saving up keeps its target, amount per payday and pot.
    const save = await firstFive('finance', 'Save for a holiday in Portugal', '2,000 by next August.');
    expect(save.keys).toEqual(expect.arrayContaining(['fin-09', 'fin-13']));
    expect(save.keys.some((key) => key.startsWith('fin-credit-'))).toBe(false);
  });

  it('saves from an irregular income by a share of each payment and a monthly pay to yourself, not per payday', async () => {
    const ru = await firstFive(
      'finance',
      'Научиться откладывать при нерегулярных доходах',
      'Я фрилансер-иллюстратор: в один месяц 200 тысяч, в другой 30. Хочу к концу года иметь запас на три месяца и перестать паниковать в пустые месяцы.',
      'ru',
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['fin-irr-lean', 'fin-irr-share', 'fin-irr-salary']));
    expect(ru.keys).not.toContain('fin-13');
    expect(ru.keys).not.toContain('fin-15');
    expect(ru.text).not.toMatch(/на число зарплат|на следующий день после зарплаты/);
    const en = await firstFive(
      'finance',
      'Build savings as a self-employed plumber',
      'Some months I earn double, some months hardly anything. I want six months of bills put away by next winter.',
    );
    expect(en.keys).toContain('fin-irr-share');
    expect(en.text).not.toMatch(/number of paydays|day after payday/);
    // A salary keeps the amount per payday.
    const salary = await firstFive('finance', 'Накопить на отпуск', 'Хочу отложить 100 тысяч к лету.', 'ru');
    expect(salary.keys).toContain('fin-13');
    expect(salary.keys.some((key) => key.startsWith('fin-irr-'))).toBe(false);
  });

  it('keeps the default money path general when the goal names no saving', async () => {
    const en = await firstFive(
      'finance',
      'Get on top of my money this year',
      'I never really know where I stand or what I have.',
    );
    expect(en.keys).toContain('fin-gen-aim');
    expect(en.keys.some((key) => SAVING.includes(key))).toBe(false);
    expect(en.text).not.toMatch(/what's left to save|what you already have towards it/);
    const ru = await firstFive(
      'finance',
      'Навести порядок в финансах',
      'Хочу понимать, куда уходят деньги и что у меня есть.',
      'ru',
    );
    expect(ru.keys.some((key) => SAVING.includes(key))).toBe(false);
  });

  it('gives savings that keep getting spent a separate pot, a buffer and a rule — not the bill-payment steps', async () => {
    const ru = await firstFive(
      'finance',
      'Накопить на ремонт ванной без кредита',
      'Смета вышла 450 тысяч. Откладываю по 15–20 тысяч в месяц, но всё время что-то срочное съедает отложенное.',
      'ru',
    );
    expect(ru.keys).toEqual(['fin-raid-list', 'fin-raid-pot', 'fin-raid-buffer', 'fin-raid-rule', 'fin-raid-date']);
    expect(ru.text).not.toMatch(/срок платежа|отсрочк/);
    const en = await firstFive(
      'finance',
      'Save for a new kitchen',
      'I put 200 aside every month but something always comes up and I dip into it.',
    );
    expect(en.keys[0]).toBe('fin-raid-list');
    expect(en.keys).not.toContain('fin-01');
    // A bill due on Friday keeps the bill steps; saving for a holiday keeps the saving steps.
    const bill = await firstFive(
      'finance',
      'Pay the electricity bill by Friday',
      "It's 180 and I have 120 until payday.",
    );
    expect(bill.keys[0]).toBe('fin-01');
    const trip = await firstFive('finance', 'Накопить на отпуск', 'Хочу к лету 150 тысяч, сейчас есть 20.', 'ru');
    expect(trip.keys[0]).toBe('fin-09');
    expect(trip.keys.some((key) => key.startsWith('fin-raid-'))).toBe(false);
  });

  it('gives a couple whose joint account runs dry the shared-account steps, and no second pass over the statement', async () => {
    const title = 'Stop our joint account running dry before payday every month';
    const description =
      "My partner and I both pay in £900 and it's usually empty by the 20th. Neither of us tracks what goes out of it and it's starting to cause rows.";
    const en = await firstFive('finance', title, description);
    expect(en.keys).toEqual(['fin-short-map', 'fin-joint-for', 'fin-joint-see', 'fin-short-weekly', 'fin-short-leaks']);
    expect(en.text).toMatch(/joint account pays for/);
    // Tapping "Running short before payday" keeps the shared-account steps: the joint account is a stated fact.
    const tapped = await talk('finance', title, description, 'en', (choices) =>
      choices.includes('Running short before payday') ? 'Running short before payday' : choices[0]!,
    );
    expect(tapped.keys).toContain('fin-joint-for');
    const ru = await firstFive(
      'finance',
      'Составить семейный бюджет',
      'Муж тратит, я экономлю, постоянно ссоримся из-за денег.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fin-joint-for');
    expect(ru.text).toMatch(/общего счёта/);
    // Someone on their own running short gets no partner steps, and last month's statement is read once.
    const single = await firstFive('finance', 'Make my money last until payday', "I'm always broke by the 20th.");
    expect(single.keys.slice(0, 4)).toEqual([
      'fin-short-map',
      'fin-short-weekly',
      'fin-short-leaks',
      'fin-short-buffer',
    ]);
    expect(single.keys).not.toContain('fin-11');
    expect(single.keys.some((key) => key.startsWith('fin-joint-'))).toBe(false);
  });

  it('gives yearly bills that land at once a list, a monthly amount, a pot and this year’s gap — no purchase to price', async () => {
    const title = 'Stop the annual bills ambushing me every spring';
    const description =
      'Car insurance, the MOT, the TV licence and the boiler service all land between March and May, and every year it goes on the credit card. I take home about £2,100 a month.';
    const en = await firstFive('finance', title, description);
    expect(en.keys).toEqual(['fin-year-list', 'fin-year-monthly', 'fin-year-pot', 'fin-year-gap', 'fin-year-renew']);
    expect(en.text).not.toMatch(/what you're saving for|for a trip/);
    const tapped = await talk('finance', title, description, 'en', tap2('Yearly bills that land all at once'));
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

  it('gives a credit history built from nothing a starter card and on-time payments — no late payments to hunt', async () => {
    const en = await firstFive(
      'finance',
      'Build a credit history from scratch in Canada',
      'We moved to Calgary eight months ago and have no Canadian credit at all. We want to finance a car next year.',
    );
    expect(en.keys.slice(0, 2)).toEqual(['fin-new-credit-ask', 'fin-new-credit-open']);
    expect(en.keys.some((key) => key.startsWith('fin-credit-'))).toBe(false);
    expect(en.text).not.toMatch(/apply for no new credit|your broker/);
    const ru = await firstFive(
      'finance',
      'Создать кредитную историю с нуля',
      'Никогда не брала кредитов, а через год хотим ипотеку.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fin-new-credit-ask');
    expect(ru.keys.some((key) => key.startsWith('fin-credit-'))).toBe(false);
    // A credit file with a missed payment keeps the clean-up path.
    const missed = await firstFive(
      'finance',
      'Fix my credit score before we remortgage',
      'I missed two payments on a store card in 2022 and my credit history still shows them.',
    );
    expect(missed.keys[0]).toBe('fin-credit-report');
    expect(missed.keys.some((key) => key.startsWith('fin-new-credit-'))).toBe(false);
  });

  it('saves for a party without borrowing — no debt payoff steps because a credit card is named as what to avoid', async () => {
    const en = await firstFive(
      'finance',
      "Save for my son's bar mitzvah",
      "It's next spring and I don't want to go into debt for it or put it on a credit card.",
    );
    expect(en.keys).toContain('fin-purchase-size');
    expect(en.keys).not.toContain('fin-18');
    expect(en.keys).not.toContain('fin-debt-plan');
    expect(en.keys).not.toContain('fin-debt-freeze');
    const ru = await firstFive(
      'finance',
      'Накопить на юбилей мамы',
      'Хочу снять кафе к осени, а брать кредит не хочу.',
      'ru',
    );
    expect(ru.keys).toContain('fin-purchase-size');
    expect(ru.keys).not.toContain('fin-18');
    expect(ru.keys).not.toContain('fin-debt-plan');
    // A card that is owed keeps the debt steps.
    const owed = await firstFive('finance', 'Pay off my credit card', 'I owe £2,000 and pay the minimum each month.');
    expect(owed.keys[0]).toBe('fin-18');
    expect(owed.keys).toContain('fin-debt-plan');
  });

  it('gives one hospital bill the billing office, the hospital’s help and a plan — not a debt list by interest rate', async () => {
    const en = await tap(
      'finance',
      'Clear my hospital bill before it goes to collections',
      'I had surgery without insurance and the letter gives me 45 days. I earn $16 an hour.',
      'en',
      ['Paying off'],
    );
    expect(en.keys.slice(0, 4)).toEqual(['fin-med-check', 'fin-med-aid', 'fin-med-afford', 'fin-med-plan']);
    expect(en.keys).not.toContain('fin-18');
    expect(en.keys).not.toContain('fin-debt-auto');
    expect(en.keys).not.toContain('fin-11');
    const ru = await tap(
      'finance',
      'Закрыть долг за лечение',
      'Пришёл счёт из клиники за операцию, 90 тысяч, просят оплатить за два месяца.',
      'ru',
      ['Выплатить'],
    );
    expect(ru.keys[0]).toBe('fin-med-check');
    expect(ru.keys).toContain('fin-med-plan');
    expect(ru.keys).not.toContain('fin-18');
    // Credit cards keep the usual debt path, even beside a hospital bill.
    const cards = await tap(
      'finance',
      'Pay off my credit cards',
      'Two credit cards and an old hospital bill, about $6,000 in all.',
      'en',
      ['Paying off'],
    );
    expect(cards.keys[0]).toBe('fin-18');
    expect(cards.keys).not.toContain('fin-med-check');
  });

  it('has someone paid in cash by the day log each day and put a share away — no card transactions or subscriptions', async () => {
    const en = await tap(
      'finance',
      'Have the fees ready for next term',
      'I drive a taxi. On a good day I keep about 30 dollars after fuel, on a bad day nothing.',
    );
    expect(en.keys.slice(0, 2)).toEqual(['fin-cash-log', 'fin-cash-daily']);
    expect(en.keys).not.toContain('fin-10');
    expect(en.keys).not.toContain('fin-11');
    expect(en.keys).not.toContain('fin-12');
    const ru = await tap(
      'finance',
      'Накопить на зимнюю резину',
      'Торгую на рынке овощами, в хороший день выходит три тысячи, в плохой — ничего.',
      'ru',
      ['Накопить'],
    );
    expect(ru.keys).toContain('fin-cash-log');
    expect(ru.keys).toContain('fin-cash-daily');
    expect(ru.keys).not.toContain('fin-11');
    expect(ru.keys).not.toContain('fin-15');
    // Someone paid a salary keeps the spending review.
    const salary = await tap(
      'finance',
      'Get my spending under control',
      'I get paid monthly and it’s gone by the 20th.',
    );
    expect(salary.keys).toContain('fin-11');
    expect(salary.keys).not.toContain('fin-cash-log');
  });

  it('gives a saver with no income yet (a school student, a summer job ahead) no last month’s spending to sort', async () => {
    const ru = await tap(
      'finance',
      'Накопить на учёбу в Томске',
      'Мне 16, в июне выпускаюсь. Летом зовут работать в кафе, обещают 30 тысяч в месяц.',
      'ru',
      ['Накопить деньги'],
    );
    expect(ru.keys[0]).toBe('fin-09');
    expect(ru.keys).not.toContain('fin-11');
    expect(ru.keys).not.toContain('fin-12');
    const en = await tap(
      'finance',
      'Save for a laptop before college',
      "I'm 17 and start a summer job at the pool in June.",
      'en',
      ['Saving up'],
    );
    expect(en.keys).not.toContain('fin-11');
    expect(en.keys).not.toContain('fin-12');
    // An adult saving from a salary keeps it.
    const adult = await tap('finance', 'Накопить на отпуск', 'Хочу отложить 100 тысяч к лету.', 'ru', [
      'Накопить деньги',
    ]);
    expect(adult.keys).toContain('fin-11');
  });

  it('has a sum that must last until a date split into weeks — not a monthly plan with a saving amount', async () => {
    const en = await tap(
      'finance',
      'Make my student loan last till January',
      "First year at uni. It's mid November and I've got £600 left.",
      'en',
      ['None'],
    );
    expect(en.keys).toContain('fin-stretch-weeks');
    expect(en.keys).toContain('fin-stretch-pot');
    expect(en.keys).not.toContain('fin-16');
    const ru = await tap('finance', 'Дотянуть до стипендии', 'Осталось 4 тысячи, стипендия через три недели.', 'ru', [
      'Ничего',
    ]);
    expect(ru.keys).toContain('fin-stretch-weeks');
    expect(ru.keys).not.toContain('fin-16');
    // A monthly budget keeps the plan for next month.
    const budget = await tap(
      'finance',
      'Stick to a budget',
      'I get paid monthly and I want a plan for next month.',
      'en',
      ['None'],
    );
    expect(budget.keys).toContain('fin-16');
    expect(budget.keys).not.toContain('fin-stretch-weeks');
  });

  it('gives a tab at a shop the figure, a sum each payday and a short list — no rates, autopay or creditors', async () => {
    const ru = await tap(
      'finance',
      'Закрыть долг в магазине под запись',
      'В нашем магазине все берут под запись до получки, у продавщицы в тетрадке за мной 23 тысячи. С зарплаты отдаю — и через неделю снова беру.',
      'ru',
      ['Выплатить'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['fin-tab-sum', 'fin-tab-plan', 'fin-tab-list']);
    for (const key of ['fin-18', 'fin-debt-auto', 'fin-debt-help', 'fin-debt-plan']) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'finance',
      'Clear my tab at the corner shop',
      'I buy on tick until payday and owe them about £300 now.',
      'en',
      ['Paying off'],
    );
    expect(en.keys).toContain('fin-tab-plan');
    expect(en.keys).not.toContain('fin-18');
    expect(en.keys).not.toContain('fin-debt-auto');
    // Credit cards keep the debt path.
    const cards = await tap('finance', 'Pay off my credit cards', 'Two cards, about £4,000 in all.', 'en', [
      'Paying off',
    ]);
    expect(cards.keys[0]).toBe('fin-18');
    expect(cards.keys).not.toContain('fin-tab-sum');
  });

  it('saves from income paid in lumps without paydays, even when "saving up" is tapped', async () => {
    const ru = await tap(
      'finance',
      'Накопить на сенокосилку к покосу',
      'Мне 51, держим с женой 30 голов КРС. Роторная косилка б/у выходит тысяч 150–180. Деньги приходят кусками: осенью за бычков, зимой почти ничего. Хочу к июлю купить без кредита.',
      'ru',
      ['Накопить деньги'],
    );
    expect(ru.keys).toContain('fin-irr-share');
    expect(ru.keys).not.toContain('fin-13');
    expect(ru.keys).not.toContain('fin-15');
    expect(ru.text).not.toMatch(/на число зарплат|на следующий день после зарплаты/);
    // Saving up for a thing (a mower) has its price in fin-09: no cushion to size.
    const mower = await tap(
      'finance',
      'Накопить на сенокосилку к покосу',
      'Деньги приходят кусками: осенью за бычков, зимой почти ничего.',
      'ru',
      ['Накопить на покупку'],
    );
    expect(mower.keys).toContain('fin-irr-share');
    expect(mower.keys).not.toContain('fin-irr-cushion');
    const en = await tap(
      'finance',
      'Save for a second-hand tractor',
      'We farm sheep; the money comes in lumps when we sell the lambs in autumn and almost nothing in spring.',
      'en',
      ['Saving up money'],
    );
    expect(en.keys).toContain('fin-irr-share');
    expect(en.keys).not.toContain('fin-13');
    expect(en.text).not.toMatch(/number of paydays|day after payday/);
    // A salary keeps the amount per payday and the transfer after it.
    const salary = await tap(
      'finance',
      'Накопить на отпуск',
      'Хочу отложить 100 тысяч к лету, зарплата два раза в месяц.',
      'ru',
      ['Накопить деньги'],
    );
    expect(salary.keys).toContain('fin-13');
    expect(salary.keys.some((key) => key.startsWith('fin-irr-'))).toBe(false);
  });

  it("keeps an emergency fund's own amount as the first milestone instead of working out a new target", async () => {
    const en = await tap(
      'finance',
      'Build a $1,000 emergency fund after my car broke down',
      "I'm 27. The transmission went in May and I put $1,400 on a credit card I'm still paying off. I take home about $2,300 a month. Every time I get $200 saved something happens.",
      'en',
      ['Money'],
    );
    expect(en.keys).toContain('fin-emergency-size');
    expect(en.text).toMatch(/Keep your amount as the first milestone/);
    expect(en.text).not.toMatch(/Work out your target/);
    const ru = await tap(
      'finance',
      'Собрать подушку безопасности 100 тысяч',
      'Зарплата 60 тысяч, сейчас отложено 10.',
      'ru',
      ['Подушка'],
    );
    expect(ru.keys).toContain('fin-emergency-size');
    expect(ru.text).toMatch(/Твоя сумма — первый рубеж/);
    // A goal with no emergency fund gets no milestone step.
    const trip = await tap('finance', 'Save for a trip to Japan', 'I want £3,000 by next spring.', 'en', [
      'Saving for a big buy',
    ]);
    expect(trip.keys).not.toContain('fin-emergency-size');
  });

  it('plans a pension month with envelopes — no good days, statements or investing', async () => {
    const ru = await tap(
      'finance',
      'Растягивать пенсию на весь месяц',
      'Пенсия 19 тысяч приходит 13 числа, а к концу месяца сижу на макаронах и занимаю у соседки. Снимаю всё сразу наличными.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['fin-pension-map', 'fin-pension-envelopes']);
    expect(ru.keys).not.toContain('fin-cash-log');
    expect(ru.keys).not.toContain('fin-short-leaks');
    expect(ru.keys.some((key) => key.startsWith('fin-invest'))).toBe(false);
    expect(ru.text).not.toContain('выписк');
    const en = await tap(
      'finance',
      'Make my pension last the month',
      'My state pension comes on the 4th and by the last week I am borrowing from my sister.',
      'en',
    );
    expect(en.keys[0]).toBe('fin-pension-map');
    expect(en.keys).not.toContain('fin-short-map');
    // Wages that run out before payday keep the payday steps.
    const pay = await tap(
      'finance',
      'Stop running out of money before payday',
      "I'm paid monthly and it's gone by the third week.",
      'en',
      ['Running short'],
    );
    expect(pay.keys).toContain('fin-short-map');
    expect(pay.keys).not.toContain('fin-pension-map');
  });

  it('checks an investment offer that reads like a scam before anything else, and parks a lump sum', async () => {
    const en = await tap(
      'finance',
      'Work out what to do with my redundancy payout',
      'A guy from a Telegram investing group says his platform pays guaranteed returns and wants me to sign up by Friday.',
      'en',
      ['Investing'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['fin-scam-check', 'fin-scam-tell']);
    expect(en.keys).toContain('fin-lump-park');
    expect(en.keys).not.toContain('fin-invest-amount');
    const ru = await tap(
      'finance',
      'Куда вложить деньги от продажи дачи',
      'В чате инвесторов обещают гарантированную доходность, личный менеджер торопит открыть счёт до выходных.',
      'ru',
      ['Инвест'],
    );
    expect(ru.keys[0]).toBe('fin-scam-check');
    expect(ru.keys).toContain('fin-lump-park');
    expect(ru.keys).not.toContain('fin-invest-amount');
    // An ordinary monthly investor keeps the monthly amount and gets no scam warning.
    const plain = await tap(
      'finance',
      'Start investing in index funds',
      'I have a three-month emergency fund and about 200 a month spare.',
      'en',
      ['Investing'],
    );
    expect(anyWithPrefix(plain.keys, 'fin-scam')).toBe(false);
    expect(anyWithPrefix(plain.keys, 'fin-lump')).toBe(false);
    expect(plain.keys).toContain('fin-invest-amount');
  });

  it('reads a seasonal income as irregular — no amount per payday', async () => {
    const en = await tap(
      'finance',
      'Save up for a bigger fishing net and a cool box',
      'In the dry season I make good money selling fish at the landing, in the off season there is almost nothing.',
      'en',
      ['Saving'],
    );
    expect(en.keys).toContain('fin-irr-share');
    expect(en.keys).not.toContain('fin-13');
    expect(en.keys).not.toContain('fin-15');
    const ru = await tap(
      'finance',
      'Накопить на свой прицеп для торговли',
      'Летом в сезон зарабатываю на туристах хорошо, а вне сезона почти ничего.',
      'ru',
      ['Накопить'],
    );
    expect(ru.keys).toContain('fin-irr-share');
    expect(ru.keys).not.toContain('fin-13');
    // A monthly salary keeps the payday steps.
    const pay = await tap('finance', 'Save for a new laptop', 'I get paid monthly and can put aside 100.', 'en', [
      'Saving',
    ]);
    expect(pay.keys).toContain('fin-13');
    expect(pay.keys).not.toContain('fin-irr-share');
  });

  it('clears an instalment plan early — no arrears letter, court or card steps', async () => {
    const ru = await tap(
      'finance',
      'Закрыть долг за котёл раньше срока',
      'Два года назад взяли котёл в рассрочку, платим каждый месяц, хотим рассчитаться к весне и не лезть в кредиты.',
      'ru',
      ['Долг за'],
    );
    expect(ru.keys[0]).toBe('fin-inst-terms');
    expect(ru.keys).toContain('fin-inst-extra');
    expect(anyWithPrefix(ru.keys, 'fin-arr-')).toBe(false);
    expect(ru.keys).not.toContain('fin-18');
    expect(ru.keys).not.toContain('fin-debt-auto');
    const gas = await tap(
      'finance',
      'Выплатить долг за подключение газа',
      'Провели газ к дому, взяли рассрочку на три года, пенсия небольшая.',
      'ru',
      ['Долг за'],
    );
    expect(gas.keys).toContain('fin-inst-help');
    expect(anyWithPrefix(gas.keys, 'fin-arr-')).toBe(false);
    const en = await tap(
      'finance',
      'Pay off the sofa early',
      'We bought it on an instalment plan last year and pay every month; I would like it gone by summer.',
      'en',
      ['Paying off'],
    );
    expect(en.keys[0]).toBe('fin-inst-terms');
    expect(en.keys).not.toContain('fin-18');
    // Real arrears on a bill keep the payment-plan steps.
    const arrears = await tap(
      'finance',
      'Погасить долг за коммуналку',
      'Три месяца не платили за квартиру, пришло письмо из управляющей компании.',
      'ru',
      ['Долг за'],
    );
    expect(arrears.keys).toContain('fin-arr-plan');
    expect(anyWithPrefix(arrears.keys, 'fin-inst-')).toBe(false);
  });

  it('pays off child-support arrears through the bailiff — no rates, autopay per debt or protected minimum', async () => {
    const ru = await tap(
      'finance',
      'Закрыть задолженность по алиментам',
      'Год работал без договора, набежало 90 тысяч, пристав грозит ограничить права. Сейчас устроился официально.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['fin-cs-figure', 'fin-cs-current', 'fin-cs-plan']);
    expect(ru.keys).not.toContain('fin-18');
    expect(ru.keys).not.toContain('fin-debt-auto');
    expect(ru.keys).not.toContain('fin-enf-protect');
    const en = await tap(
      'finance',
      'Clear the child support arrears I owe',
      'I was out of work for eight months and stopped paying; the agency says it may suspend my passport.',
      'en',
    );
    expect(en.keys[0]).toBe('fin-cs-figure');
    expect(en.keys).not.toContain('fin-18');
    // A credit card keeps the usual debt path.
    const card = await tap('finance', 'Pay off my credit card', 'I owe 3,000 at 24% and pay the minimum.', 'en', [
      'Credit card',
    ]);
    expect(anyWithPrefix(card.keys, 'fin-cs-')).toBe(false);
  });

  it('keeps savings held in cash at home — no bank pot or automatic transfer, and safe from phone tricksters', async () => {
    const ru = await tap(
      'finance',
      'Накопить на новый холодильник',
      'Пенсия небольшая, банкам не доверяю, деньги держу дома в коробке.',
      'ru',
      ['Накопить'],
    );
    expect(ru.keys).toContain('fin-keep-place');
    expect(ru.keys).toContain('fin-keep-day');
    for (const key of ['fin-13', 'fin-14', 'fin-15']) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'finance',
      'Save up for a new washing machine',
      "I'm retired and I don't trust banks, so I keep my savings in cash in a tin.",
      'en',
      ['Saving'],
    );
    expect(en.keys).toContain('fin-keep-place');
    expect(en.keys).not.toContain('fin-15');
    expect(en.keys).not.toContain('fin-14');
    // A monthly salary keeps the bank pot and the transfer.
    const pay = await tap('finance', 'Save for a new laptop', 'I get paid monthly and can put aside 100.', 'en', [
      'Saving',
    ]);
    expect(pay.keys).toContain('fin-15');
    expect(anyWithPrefix(pay.keys, 'fin-keep-')).toBe(false);
  });

  it("saves for one's own funeral from the real cost, with the wishes written down for the children", async () => {
    const ru = await tap(
      'finance',
      'Накопить себе на похороны',
      'Мне 81, живу одна, дети далеко, не хочу, чтобы им пришлось тратиться.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['fin-funeral-cost', 'fin-funeral-wishes']);
    const en = await tap(
      'finance',
      'Put money aside for my own funeral',
      "I'm 74 and I don't want my kids to have to pay for it.",
      'en',
    );
    expect(en.keys[0]).toBe('fin-funeral-cost');
    // A loan taken for a parent's funeral is a debt to repay, not a fund.
    const loan = await tap(
      'finance',
      "Pay back the loan we took for mum's funeral",
      'We borrowed 4,000 from the bank last spring and pay 200 a month.',
      'en',
      ['Paying'],
    );
    expect(anyWithPrefix(loan.keys, 'fin-funeral-')).toBe(false);
  });

  it('gets the card back and free advice first when a loan shark keeps it — no payoff date or automatic payments', async () => {
    const en = await tap(
      'finance',
      'Clear what I owe the loan shark',
      'He has kept my bank card since spring and takes my wages off it every month until I pay him back.',
      'en',
      ['Paying off'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['fin-shark-advice', 'fin-shark-card']);
    expect(en.keys).toContain('fin-shark-report');
    for (const key of [...DEBT, 'fin-debt-help']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'finance',
      'Расплатиться с ростовщиком',
      'Занял у частника под огромные проценты, он забрал мою карту и сам снимает мою пенсию.',
      'ru',
      ['Выплатить кредиты'],
    );
    expect(ru.keys[0]).toBe('fin-shark-advice');
    for (const key of DEBT) expect(ru.keys).not.toContain(key);
    // Under "Something else" the lender's name still brings these steps.
    const other = await tap('generic', 'Deal with the mashonisa', 'I borrowed for school fees.', 'en');
    expect(other.keys[0]).toBe('fin-shark-advice');
    // An ordinary card debt keeps its path.
    const near = await tap('finance', 'Pay off my credit card', 'About £2,000 at 24%.', 'en', ['Paying off']);
    expect(near.keys).toContain('fin-18');
    expect(near.keys.filter((key) => key.startsWith('fin-shark'))).toEqual([]);
  });

  it('reads money borrowed from relatives and friends as a family loan — no rates, minimums or autopay per debt', async () => {
    const ru = await tap(
      'finance',
      'Отдать деньги за ремонт',
      'Заняли у родственников и друзей почти двести тысяч, у каждого по-разному.',
      'ru',
      ['Вернуть долг родным'],
    );
    expect(ru.keys[0]).toBe('fin-fam-sum');
    expect(ru.texts[0]).toMatch(/на каждого/);
    for (const key of DEBT) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'finance',
      'Pay everyone back for the move',
      'We borrowed from family and friends to cover the deposit on the flat.',
      'en',
      ['Paying back family'],
    );
    expect(en.keys[0]).toBe('fin-fam-sum');
    for (const key of DEBT) expect(en.keys).not.toContain(key);
    // A bank loan keeps the lender steps.
    const near = await tap('finance', 'Выплатить кредит в банке', 'Осталось 150 тысяч.', 'ru', ['Выплатить кредиты']);
    expect(near.keys).toContain('fin-18');
  });

  it('reads a loan shark by the card held, not by a licensed moneylender', async () => {
    const lender = await tap(
      'finance',
      'Save for the rent deposit',
      'Every year I borrow from a moneylender to make it; I earn cash by the day.',
      'en',
    );
    expect(lender.keys).not.toContain('fin-shark-card');
    const shark = await tap(
      'finance',
      'Pay back what I owe',
      'The man I borrowed from keeps my bank card and takes my wages every month.',
      'en',
    );
    expect(shark.keys[0]).toBe('fin-shark-advice');
  });

  it('holds a pension move or an early cash-out until the firm is checked — never parks or splits it as cash', async () => {
    const en = await tap(
      'finance',
      'Combine my pensions from old jobs',
      'I have three pension pots from previous employers. A company called me offering to merge them and release some cash early.',
      'en',
      ['None'],
    );
    expect(en.keys[0]).toBe('fin-pen-hold');
    for (const key of ['fin-pen-find', 'fin-pen-value', 'fin-pen-guidance']) expect(en.keys).toContain(key);
    for (const key of ['fin-lump-park', 'fin-lump-split', 'fin-scam-check', 'fin-01'])
      expect(en.keys).not.toContain(key);
    const ru = await tap(
      'finance',
      'Перевести пенсионные накопления в другой фонд',
      'Позвонили и предложили перевести накопления в новый НПФ, обещают доход выше.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('fin-pen-hold');
    expect(ru.keys).toContain('fin-pen-find');
    expect(anyWithPrefix(ru.keys, 'fin-lump')).toBe(false);
    // Put under another area, the title still takes it to these steps.
    const admin = await tap('admin', 'Consolidate my pensions into one', 'Four old workplace schemes, two lost.', 'en');
    expect(admin.keys[0]).toBe('fin-pen-hold');
    // A pension to make last the month is no pension to move.
    const month = await tap(
      'finance',
      'Make my pension last the month',
      'My state pension comes on the 4th and by the last week I am short.',
      'en',
      ['None'],
    );
    expect(anyWithPrefix(month.keys, 'fin-pen-')).toBe(false);
  });

  it('reads a promise to double the money back as a scam, and checks readiness to invest only once', async () => {
    const en = await tap(
      'finance',
      'Grow my savings',
      'A friend from church runs a scheme where you get double back in three months.',
      'en',
      ['None'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['fin-scam-check', 'fin-scam-tell']);
    const ru = await tap(
      'finance',
      'Приумножить сбережения',
      'Сосед говорит, что в его схеме вернут вдвое через полгода.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('fin-scam-check');
    // A sum in hand is split once (debts, a cushion, the long term): no second readiness check.
    const lump = await tap(
      'finance',
      'Invest my redundancy money',
      'I received a lump sum of 40,000 and want it to grow.',
      'en',
      ['Investing'],
    );
    expect(lump.keys).toContain('fin-lump-split');
    expect(lump.keys).not.toContain('fin-invest-ready');
    const heir = await tap(
      'finance',
      'Вложить наследство',
      'Досталось от бабушки два миллиона, хочу инвестировать.',
      'ru',
      ['Инвест'],
    );
    expect(heir.keys).toContain('fin-lump-split');
    expect(heir.keys).not.toContain('fin-invest-ready');
    // Doubling one's own savings is no scheme, and a monthly investor keeps the readiness check.
    const near = await tap('finance', 'Double my savings by next year', 'I save 300 a month.', 'en', ['Saving']);
    expect(anyWithPrefix(near.keys, 'fin-scam')).toBe(false);
    const monthly = await tap(
      'finance',
      'Start investing in index funds',
      'I have a three-month emergency fund and about 200 a month spare.',
      'en',
      ['Investing'],
    );
    expect(monthly.keys).toContain('fin-invest-ready');
  });

  it('plans the food money when groceries are what runs out, takes store credit as a tab, and cuts subscriptions once', async () => {
    const en = await tap(
      'finance',
      'Make my wages last until payday',
      'Food prices up here are crazy and we run out of food by the last week.',
      'en',
      ['Running short'],
    );
    expect(en.keys).toContain('fin-food-plan');
    expect(en.keys).not.toContain('fin-short-leaks');
    expect(en.keys).not.toContain('fin-12');
    const ru = await tap(
      'finance',
      'Дотянуть до зарплаты',
      'Продукты дорогие, к концу месяца сидим на макаронах, деньги заканчиваются.',
      'ru',
      ['Не хватает'],
    );
    expect(ru.keys).toContain('fin-food-plan');
    expect(ru.keys).not.toContain('fin-short-leaks');
    const tab = await tap(
      'finance',
      'Stop running out before payday',
      'I keep asking for credit at the store the week before I get paid.',
      'en',
      ['Running short'],
    );
    expect(tab.keys[0]).toBe('fin-tab-sum');
    // Running short on takeaways keeps the statement's leaks, and the subscription cut only once.
    const leaks = await tap(
      'finance',
      'Stop being skint by the end of the month',
      'Too many takeaways and subscriptions.',
      'en',
      ['Running short'],
    );
    expect(leaks.keys).toContain('fin-short-leaks');
    expect(leaks.keys).not.toContain('fin-12');
    expect(leaks.keys).not.toContain('fin-food-plan');
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
    expect(withPrefix(near.keys, 'fin-cash-')).toEqual([]);
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

  it('lifts a freeze over someone else’s debt: what shows it is not them, the statement, money for now, the chase — no debt advice or debt table', async () => {
    const ru = await tap(
      'finance',
      'Снять арест с карты за чужой долг',
      'Приставы арестовали зарплатную карту: долг у однофамильца из другого города, я кредитов никогда не брал.',
      'ru',
      ['Приставы'],
    );
    expect(ru.keys).toContain('fin-wrong-case');
    expect(ru.keys).toContain('fin-wrong-claim');
    for (const key of ['fin-enf-advice', 'fin-enf-list', 'fin-enf-budget', 'fin-arr-plan'])
      expect(ru.keys).not.toContain(key);
    const en = await tap(
      'finance',
      'Get my bank account unfrozen',
      'Bailiffs froze it over a debt that isn’t mine — a woman with the same name and a different date of birth.',
      'en',
      ['Bailiffs'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['fin-wrong-case', 'fin-wrong-claim']);
    expect(en.keys).not.toContain('fin-enf-advice');
    // Bailiffs taking money for one's own debt keep the debt advice.
    const near = await tap(
      'finance',
      'Deal with the bailiffs',
      "They're taking money from my wages for an old credit card I stopped paying.",
      'en',
      ['Bailiffs'],
    );
    expect(near.keys).toContain('fin-enf-advice');
    expect(withPrefix(near.keys, 'fin-wrong-')).toEqual([]);
  });

  it('makes one season’s money last to the next: the allowance to the next season’s pay — no share of every payment', async () => {
    const en = await tap(
      'finance',
      'Make my harvest money last till spring',
      'I do the grape harvest every autumn and earn most of the year in two months; by February I am always broke.',
      'en',
    );
    expect(en.keys).toContain('fin-season-months');
    expect(en.keys).not.toContain('fin-irr-share');
    expect(en.keys).not.toContain('fin-irr-lean');
    const ru = await tap(
      'finance',
      'Растянуть деньги за сезон до весны',
      'Летом работаю гидом на Байкале, за сезон заработал почти всё, а зимой работы нет.',
      'ru',
    );
    expect(ru.keys).toContain('fin-season-months');
    expect(ru.keys).toContain('fin-irr-salary');
    expect(ru.keys).not.toContain('fin-irr-share');
    // A freelancer paid through the year keeps a share of every payment.
    const near = await tap('finance', 'Save on a freelance income', 'Some months are great, some are empty.', 'en');
    expect(near.keys).toContain('fin-irr-share');
    expect(near.keys).not.toContain('fin-season-months');
  });

  it('saves from a pension per pension payment, not per payday', async () => {
    const ru = await tap(
      'finance',
      'Накопить на слуховой аппарат',
      'Мне 71, пенсия у меня 24 тысячи, хочу откладывать с пенсии понемногу к осени.',
      'ru',
      ['Накопить деньги'],
    );
    expect(ru.keys).toContain('fin-13-pension');
    expect(ru.keys).not.toContain('fin-13');
    expect(ru.text).not.toMatch(/зарплат/);
    const en = await tap(
      'finance',
      'Save for a new mobility scooter',
      "I'm retired and on the state pension; I'd like it by next summer.",
      'en',
      ['Saving up money'],
    );
    expect(en.keys).toContain('fin-13-pension');
    expect(en.text).not.toMatch(/payday/);
    // A saver on a salary keeps the paydays.
    const near = await tap('finance', 'Save for a new laptop', 'I get paid monthly; I want it by Christmas.', 'en', [
      'Saving up money',
    ]);
    expect(near.keys).toContain('fin-13');
    expect(near.keys).not.toContain('fin-13-pension');
  });

  it('budgets for a baby on the way to the first birthday, and a first year away from what it will cost there', async () => {
    const baby = await tap(
      'finance',
      'Sort out our money before the baby comes',
      "Our baby is due in October. I'm on a fixed-term contract and have no idea what maternity pay I'd get or what a baby costs.",
    );
    expect(baby.keys).toContain('fin-baby-costs');
    expect(baby.keys).not.toContain('fin-16');
    const ru = await tap(
      'finance',
      'Составить бюджет к рождению ребёнка',
      'Ждём малыша в марте, я уйду в декрет в январе, муж работает один.',
      'ru',
    );
    expect(ru.keys).toContain('fin-baby-costs');
    const student = await tap(
      'finance',
      'Budget my first year at uni in Glasgow',
      "Starting in September from Lagos as an international student; my uncle sent £7,000 for the year and I've never paid rent in my life.",
    );
    expect(student.keys).toContain('fin-new-costs');
    expect(student.keys).not.toContain('fin-11');
    expect(student.keys).not.toContain('fin-12');
    const ruStudent = await tap(
      'finance',
      'Спланировать деньги на первый курс в Казани',
      'Поступил в КФУ, впервые буду жить один, родители дают 20 тысяч в месяц.',
      'ru',
    );
    expect(ruStudent.keys).toContain('fin-new-costs');
    // A budget with a month of spending behind it keeps last month's statement.
    const near = await tap(
      'finance',
      'Make a budget and stick to it',
      'I earn £2,100 a month and it’s always gone by the 20th.',
      'en',
      ['None'],
    );
    expect(near.keys).toContain('fin-11');
    expect(withPrefix(near.keys, 'fin-baby')).toEqual([]);
    expect(withPrefix(near.keys, 'fin-new')).toEqual([]);
  });

  it('weighs a mortgage by the payment, the income a bank counts and a lost income — pay "in an envelope" is no savings tin', async () => {
    const ru = await tap(
      'finance',
      'Решить, тянем ли ипотеку в этом году',
      'Снимаем однушку, накопили 600 тысяч, у мужа половина зарплаты в конверте, я в декрете.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys).toEqual([
      'fin-mort-payment',
      'fin-mort-income',
      'fin-mort-stress',
      'fin-mort-cushion',
      'fin-mort-banks',
    ]);
    const en = await tap(
      'finance',
      'Decide whether to take out a mortgage now or keep renting',
      "We've saved £25k; half my partner's pay is cash in hand and I'm on maternity leave until June.",
      'en',
      ['None'],
    );
    expect(en.keys[0]).toBe('fin-mort-payment');
    expect(withPrefix(en.keys, 'fin-keep-')).toEqual([]);
    expect(withPrefix(en.keys, 'fin-cash-')).toEqual([]);
    // Savings really kept in an envelope keep the envelope's steps.
    const near = await tap('finance', 'Откладывать с пенсии на зубы', 'Мне 71, храню деньги дома в конверте.', 'ru', [
      'Ничего',
    ]);
    expect(near.keys).toContain('fin-keep-place');
    expect(withPrefix(near.keys, 'fin-mort-')).toEqual([]);
  });

  it('pays off a thing bought from a friend as money owed to a person — no rates, minimums or autopay', async () => {
    const ru = await tap(
      'finance',
      'Рассчитаться с другом за машину до лета',
      'Купил у друга машину, остаток отдаю ему по 50 тысяч в месяц, расписку написали.',
      'ru',
      ['Выплатить кредиты'],
    );
    expect(ru.keys).toContain('fin-fam-sum');
    expect(ru.keys).not.toContain('fin-18');
    expect(ru.keys).not.toContain('fin-debt-auto');
    const en = await tap(
      'finance',
      'Pay off the car I bought off a mate',
      "I'm paying him the rest at £250 a month and want it done by spring.",
      'en',
      ['Paying off'],
    );
    expect(en.keys[0]).toBe('fin-fam-sum');
    expect(en.keys).not.toContain('fin-18');
    // Credit cards keep the lenders' steps.
    const near = await tap('finance', 'Закрыть кредитки до лета', 'Три карты, по одной просрочка.', 'ru', [
      'Выплатить кредиты',
    ]);
    expect(near.keys).toContain('fin-18');
    expect(withPrefix(near.keys, 'fin-fam-')).toEqual([]);
  });

  it('splits the bills fairly with a partner who moved in — costs, two ways, a talk, a set-up — no debt list or subscriptions', async () => {
    const en = await tap(
      'finance',
      "Work out a fair way to split the bills now my boyfriend's moved in",
      "I'm 29, a band 6 nurse in Swansea on about £38k, and Rhys is a chef on £24k. He moved into my flat in January and we've just been paying for things as they come up, which means I pay the mortgage and bills and he buys the takeaways. It's starting to cause little digs on both sides. I'd like a setup we both think is fair before we start saving for a wedding.",
    );
    expect(en.keys).toEqual(expect.arrayContaining(['fin-couple-costs', 'fin-couple-ways', 'fin-couple-talk']));
    expect(en.keys).not.toContain('fin-10');
    expect(en.keys).not.toContain('fin-12');
    const ru = await tap(
      'finance',
      'Договориться с мужем, как делить расходы',
      'Недавно съехались, он зарабатывает в два раза больше, а за продукты и коммуналку плачу в основном я.',
      'ru',
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['fin-couple-costs', 'fin-couple-ways']));
    // A budget of one's own keeps the balances and the subscriptions.
    const near = await tap(
      'finance',
      'Get my spending under control',
      'I never know where my money goes by the end of the month.',
    );
    expect(withPrefix(near.keys, 'fin-couple')).toEqual([]);
  });

  it('reads loans from phone apps and mobile money as payday loans: stop new borrowing, no autopay after payday', async () => {
    const en = await tap(
      'finance',
      'Clear my Fuliza and the two loan apps before the semester ends',
      "I'm 21, second year at Egerton in Njoro. HELB came in late so I used Fuliza for food, then borrowed from two apps to clear Fuliza, and now it's around KSh 18,000 with the fees going up every week. My mum thinks HELB covers everything and I don't want her to know. I do Saturday and Sunday shifts at a car wash in Nakuru for about KSh 2,000 a week.",
      'en',
      ['Money', 'Paying off loans'],
    );
    expect(en.keys).toContain('fin-pd-stop');
    expect(en.keys).not.toContain('fin-debt-auto');
    const other = await tap(
      'finance',
      'Pay off my loan apps',
      'I owe three lending apps and keep taking a new one to pay the old one.',
      'en',
      ['Payday loans'],
    );
    expect(other.keys).toContain('fin-pd-stop');
    const ru = await tap(
      'finance',
      'Закрыть быстрые кредиты в приложениях',
      'Набрала кредитов в трёх приложениях, один перекрываю другим, проценты растут каждую неделю.',
      'ru',
      ['Микрозаймы'],
    );
    expect(ru.keys).toContain('fin-pd-stop');
  });

  it('gives a credit card to clear a fixed payment, not the prices of a wedding or a trip', async () => {
    const en = await tap(
      'finance',
      'pay off my credit card before the wedding',
      'I have around 1.8 lakh on my card. Wedding is in february. I pay the minimum every month and it never goes down.',
      'en',
      ['Credit card debt'],
    );
    expect(en.keys).not.toContain('fin-purchase-size');
    expect(en.keys).not.toContain('fin-13');
    expect(en.keys).toContain('fin-card-fixed');
    const en2 = await tap(
      'finance',
      'Clear my credit card before our holiday',
      'About £3,000 on it, I only pay the minimum.',
      'en',
      ['Credit card debt'],
    );
    expect(en2.keys).not.toContain('fin-purchase-size');
    expect(en2.keys).toContain('fin-card-fixed');
    const ru = await tap(
      'finance',
      'Закрыть кредитку до свадьбы',
      'На карте 120 тысяч, плачу минимальный платёж, а долг не уменьшается.',
      'ru',
      ['Долг по кредитной карте'],
    );
    expect(ru.keys).not.toContain('fin-purchase-size');
    expect(ru.keys).toContain('fin-card-fixed');
    // Saving for the car itself keeps its prices.
    const car = await tap('finance', 'Save for a car', 'I want 4,000 by summer.', 'en', [
      'Saving for a big buy or a trip',
    ]);
    expect(car.keys).toContain('fin-purchase-size');
    expect(car.keys).not.toContain('fin-card-fixed');
    const carRu = await tap('finance', 'Накопить на машину', 'Хочу 300 тысяч к лету.', 'ru', [
      'Накопить на покупку или поездку',
    ]);
    expect(carRu.keys).toContain('fin-purchase-size');
  });

  it('reads a market trader whose money comes in every day as money earned by the day', async () => {
    const en = await tap(
      'finance',
      "Save ₦450,000 for my daughter's JSS1 fees by September",
      'I sell foodstuff at Bodija market in Ibadan. Money comes in every day but it also goes out every day. I tried ajo with some women in the market but the collector ran away.',
      'en',
      ['Saving up money'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['fin-cash-log', 'fin-cash-daily']);
    expect(en.keys).not.toContain('fin-11');
    expect(en.keys).not.toContain('fin-15');
    expect(en.keys).not.toContain('fin-14');
    const en2 = await tap(
      'finance',
      'Save for rent by March',
      "I'm a market trader, selling tomatoes; cash comes in daily.",
      'en',
      ['Saving up money'],
    );
    expect(en2.keys).toContain('fin-cash-daily');
    const ru = await tap(
      'finance',
      'Накопить сыну на ноутбук к сентябрю',
      'Стою на рынке, деньги каждый день приходят и тут же уходят.',
      'ru',
      ['Накопить деньги'],
    );
    expect(ru.keys).toContain('fin-cash-daily');
    expect(ru.keys).not.toContain('fin-11');
    // A salary keeps the paydays.
    const pay = await tap('finance', 'Save £2,000 by September', 'I get paid monthly as a nurse.', 'en', [
      'Saving up money',
    ]);
    expect(pay.keys).not.toContain('fin-cash-daily');
    expect(pay.keys).toContain('fin-13');
  });

  it('leaves the hardship plan and the collectors out for pay-later plans kept up to date', async () => {
    const en = await tap(
      'finance',
      'Afterpay and credit card mess gone before Christmas',
      "I owe about $4,200 across one credit card and three buy-now-pay-later accounts. I earn around $1,100 a week. I've never written a budget down.",
      'en',
      ['Payday loans or pay-later plans'],
    );
    expect(en.keys).not.toContain('fin-pd-plan');
    expect(en.keys).not.toContain('fin-pd-collectors');
    const ru = await tap(
      'finance',
      'Закрыть сплит и рассрочки',
      'Набрала покупок долями и через сплит, всего около 60 тысяч, плачу без пропусков. Хочу всё закрыть к Новому году.',
      'ru',
      ['Микрозаймы'],
    );
    expect(ru.keys).not.toContain('fin-pd-plan');
    expect(ru.keys).not.toContain('fin-pd-collectors');
    const near = await tap(
      'finance',
      'Get out of Afterpay debt',
      "I've missed two Afterpay payments and the late fees keep adding up, and now a debt collector is calling.",
      'en',
      ['Payday loans or pay-later plans'],
    );
    expect(near.keys).toContain('fin-pd-plan');
  });

  it('writes down a moneylender loan and asks for a cheaper one, with no minimums or autopay', async () => {
    const en = await tap(
      'finance',
      'pay off the wedding loan without losing the land',
      "I'm 61 and farm near Bikaner. I took a loan of 3 lakh from a moneylender for my daughter's wedding and the interest is eating everything.",
      'en',
      ['Paying off loans'],
    );
    expect(ownSteps(en.keys)[0]).toBe('fin-ml-record');
    expect(en.keys).toContain('fin-ml-cheaper');
    expect(en.keys).not.toContain('fin-18');
    expect(en.keys).not.toContain('fin-debt-auto');
    const ru = await tap(
      'finance',
      'Рассчитаться с долгом за свадьбу',
      'Взял под проценты у соседа 200 тысяч на свадьбу дочери, проценты съедают всё, что выручаю с огорода.',
      'ru',
      ['Выплатить кредиты'],
    );
    expect(ru.keys).toContain('fin-ml-record');
    expect(ru.keys).not.toContain('fin-debt-auto');
    const near = await tap(
      'finance',
      'Pay off my car loan and credit card',
      'I have a bank car loan and a credit card, about $9,000 in total, paid monthly from my salary.',
      'en',
      ['Paying off loans'],
    );
    expect(withPrefix(near.keys, 'fin-ml-')).toEqual([]);
    expect(near.keys).toContain('fin-18');
  });

  it('does not plan next month again after the running-short month map', async () => {
    const en = await tap(
      'finance',
      'stop running out of money before payday',
      "I send a third of my salary home. By the 25th I'm borrowing from officemates. I've never kept a budget.",
      'en',
      ['Running short'],
    );
    expect(en.keys).toContain('fin-short-map');
    expect(en.keys).not.toContain('fin-16');
    const ru = await tap(
      'finance',
      'Дотягивать до зарплаты',
      'К концу месяца денег уже нет, занимаю у коллег. Бюджет никогда не вела.',
      'ru',
      ['Не хватает'],
    );
    expect(ru.keys).not.toContain('fin-16');
  });

  it('pays off loan apps, not a hospital bill, when the apps paid the bill — a hospital bill alone keeps its steps', async () => {
    const en = await tap(
      'finance',
      'clear what I owe the phone lenders',
      "I took loans on two lending apps last year to pay for my son's hospital bill. Now it is 40,000 with the fees and they call my sister.",
      'en',
      ['Paying off loans'],
    );
    expect(withPrefix(en.keys, 'fin-med-')).toEqual([]);
    expect(en.keys).toContain('fin-pd-list');
    const ru = await tap(
      'finance',
      'Рассчитаться с займами',
      'Брала займы в приложениях, чтобы оплатить лечение отца, теперь должна 60 тысяч и коллекторы звонят.',
      'ru',
      ['Выплатить кредиты'],
    );
    expect(withPrefix(ru.keys, 'fin-med-')).toEqual([]);
    const bill = await tap(
      'finance',
      'Pay off the hospital bill',
      'I went to the ER in March without insurance and the hospital bill is $3,200. I earn $2,100 a month.',
    );
    expect(bill.keys[0]).toBe('fin-med-check');
  });

  it('sends someone aiming at a trained health role to the training route, and runs a short month as running short', async () => {
    const en = await tap(
      'career',
      'Become a pharmacy technician',
      "I've worked on the till at a pharmacy for three years and have no certificate.",
      'en',
      ['Career', 'Qualifying'],
    );
    expect(en.keys).toContain('car-reg-route');
    const fin = await tap(
      'finance',
      'Stop living from one pay to the next',
      'We run out of money around the 20th and I borrow from a colleague; I keep dipping into my small savings.',
      'en',
      ['Running short'],
    );
    expect(withPrefix(fin.keys, 'fin-raid')).toEqual([]);
    const near = await tap(
      'finance',
      'Save for a new fridge',
      'Something always comes up and I keep dipping into the savings.',
      'en',
      ['Savings keep'],
    );
    expect(near.keys).toContain('fin-raid-pot');
  });

  it('a credit card to clear: the balances and last month listed before the fixed payment', async () => {
    const ru = await tap(
      'finance',
      'Погасить кредитку до конца года',
      'Долг по карте 120 тысяч, плачу только минимальный платёж.',
      'ru',
      ['Долг по кредитной карте'],
    );
    const fixed = ru.keys.indexOf('fin-card-fixed');
    const balances = ru.keys.indexOf('fin-10');
    if (fixed > -1 && balances > -1) expect(balances).toBeLessThan(fixed);
    expect(ru.keys.some((key) => key === 'fin-card-fixed' || key === 'fin-10')).toBe(true);
  });

  it('weighs up a retirement age from the pensions one has, with no transfer steps or scam warning', async () => {
    const en = await tap(
      'finance',
      'can I afford to retire early',
      "I'm 59 and I'd like to stop working at 62. I've got two deferred pensions from old jobs and my current one, and I don't know what they add up to.",
      'en',
    );
    expect(en.keys).toContain('fin-ret-forecast');
    expect(en.keys).not.toContain('fin-pen-hold');
    expect(en.keys).not.toContain('fin-pen-value');
    const ru = await tap(
      'finance',
      'смогу ли я выйти на пенсию в 58',
      'Мне 52, работаю инженером. Хочу понять, хватит ли мне денег, если уйти на пенсию раньше, и что мне будут платить.',
      'ru',
    );
    expect(ru.keys).toContain('fin-ret-forecast');
    // Old pensions to combine keep the transfer steps, the hold first.
    const near = await tap(
      'finance',
      'combine my old pensions',
      'I have three old workplace pensions and want to move them all into one pot before I retire at 60.',
    );
    expect(near.keys[0]).toBe('fin-pen-hold');
    expect(near.keys).not.toContain('fin-ret-forecast');
  });

  it('sets the day’s share of an app loan aside only after the loans are listed', async () => {
    const en = await tap(
      'finance',
      'clear the phone loans',
      'I drive a taxi and get paid every day. I owe two loan apps and they keep calling me about late payments.',
      'en',
      ['Money', 'Paying off loans or debts'],
    );
    expect(en.keys).not.toContain('fin-cash-daily');
    if (en.keys.includes('fin-cash-debt')) {
      expect(en.keys.indexOf('fin-pd-list')).toBeLessThan(en.keys.indexOf('fin-cash-debt'));
    }
  });

  it('keeps a quiet saving off the card a partner controls', async () => {
    const ru = await tap(
      'finance',
      'отложить немного денег для себя',
      'Муж следит за всеми тратами по моей карте. Хочу втайне от мужа накопить на курсы.',
      'ru',
      ['Накопить деньги'],
    );
    expect(ru.keys).toContain('fin-quiet-place');
    expect(ru.keys).not.toContain('fin-15');
    const en = await tap(
      'finance',
      'save some money of my own',
      'My husband checks every payment on our account. I want to save a bit without him knowing.',
      'en',
      ['Saving up money'],
    );
    expect(en.keys).toContain('fin-quiet-place');
    expect(en.keys).not.toContain('fin-15');
    const near = await tap(
      'finance',
      'save for a new laptop',
      "I'm a nurse and want to put aside money from each salary for a laptop by December.",
      'en',
      ['Saving up money'],
    );
    expect(near.keys).not.toContain('fin-quiet-place');
  });

  it('works out what a lean month can pay before offering a plan on arrears with irregular pay', async () => {
    const en = await tap(
      'finance',
      'get back on track with the rent',
      "I work shifts on a zero-hours contract and I'm £1,200 behind on my rent. The letting agent says I need a payment plan or they'll start court action.",
      'en',
      ['Behind on rent'],
    );
    expect(en.keys[0]).toBe('fin-arr-afford');
    expect(en.keys).not.toContain('fin-irr-lean');
    const near = await tap(
      'finance',
      'catch up on my rent',
      "I'm on a salary but I'm £600 behind on rent after a big car repair.",
      'en',
      ['Behind on rent'],
    );
    expect(near.keys).not.toContain('fin-arr-afford');
  });

  it('starts retirement saving from nothing without a list of pensions one never had', async () => {
    const en = await tap(
      'finance',
      'build a retirement pot at 48',
      "I'm a freelance cleaner, I don't have a pension and nothing saved for retirement. I'd like to retire at 67 with something.",
      'en',
      ['Saving up'],
    );
    expect(en.keys).toContain('fin-nopen-state');
    expect(en.keys).not.toContain('fin-pen-find');
    expect(en.keys).not.toContain('fin-ret-forecast');
    const ru = await tap(
      'finance',
      'начать копить на пенсию',
      'Мне 50, работаю на себя, никаких пенсионных накоплений нет. Хочу выйти на пенсию в 65 не с пустыми руками.',
      'ru',
      ['Накопить'],
    );
    expect(ru.keys).toContain('fin-nopen-state');
    expect(ru.keys).not.toContain('fin-pen-find');
    const near = await tap(
      'finance',
      'can I retire at 60',
      'I have three old workplace pensions and a small state pension coming. Can I retire at 60?',
      'en',
      [],
    );
    expect(near.keys).toContain('fin-pen-find');
    expect(near.keys).not.toContain('fin-nopen-state');
  });

  it('plans a shop tab around harvest money, not paydays', async () => {
    const en = await tap(
      'finance',
      'get off the shop tab',
      'We grow maize and the money comes in big lumps after the harvest; between harvests we buy on credit at the shop.',
      'en',
      [],
    );
    expect(en.keys).toContain('fin-tab-lump-plan');
    expect(en.keys).not.toContain('fin-tab-plan');
    expect(en.texts.join(' ')).not.toMatch(/payday/i);
    const ru = await tap(
      'finance',
      'перестать брать под запись',
      'Мы держим пасеку, деньги приходят кусками — осенью за мёд, зимой почти ничего, и берём в магазине под запись.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('fin-tab-lump-plan');
    expect(ru.keys).not.toContain('fin-tab-plan');
    const near = await tap(
      'finance',
      'clear my tab at the corner shop',
      'I get paid every Friday but by Wednesday I am buying on tick at the corner shop.',
      'en',
      [],
    );
    expect(near.keys).toContain('fin-tab-plan');
    expect(near.keys).not.toContain('fin-tab-lump-plan');
  });

  it('finds the monthly extra for credit cards before working out the payoff date', async () => {
    const ru = await tap(
      'finance',
      'погасить две кредитки',
      'Долг по двум кредиткам 210 тысяч, плачу минимальные платежи вовремя, но долг почти не уменьшается.',
      'ru',
      ['Ничего'],
    );
    const extra = ru.keys.indexOf('fin-debt-leftover');
    const date = ru.keys.indexOf('fin-debt-plan');
    if (extra >= 0 && date >= 0) expect(extra).toBeLessThan(date);
  });

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
