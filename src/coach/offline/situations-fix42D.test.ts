import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the forty-second blind read, fixed in general (helper fix42D)', () => {
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

  it('researches the organisation before planning an interview presentation', async () => {
    const en = await tap(
      'interview',
      'Prepare for my deputy principal interview',
      'The interview is on the 12th with a panel of governors and I have to give a 10-minute presentation on improving attendance.',
      'en',
      ['Giving a presentation at the interview'],
    );
    const at = (key: string) => en.keys.indexOf(key);
    expect(at('intv-present-research')).toBeGreaterThanOrEqual(0);
    expect(at('intv-present-research')).toBeLessThan(at('intv-present-plan'));
    expect(en.keys).not.toContain('intv-02');
    const en2 = await tap(
      'interview',
      'Interview for a marketing manager role',
      'They want a 15-minute presentation on growing their online sales.',
      'en',
      ['Giving a presentation at the interview'],
    );
    expect(en2.keys.indexOf('intv-present-research')).toBeLessThan(en2.keys.indexOf('intv-present-plan'));
    const ru = await tap(
      'interview',
      'Собеседование на завуча в новую школу',
      'Собеседование 12-го, нужно сделать презентацию на 10 минут о посещаемости.',
      'ru',
      ['Презентация на собеседовании'],
    );
    expect(ru.keys).not.toContain('intv-02');
    expect(ru.keys.slice(1, 3)).toEqual(['intv-present-research:smaller', 'intv-present-plan:smaller']);
    // An inside candidate keeps the talk with the one leaving, no research.
    const inside = await tap(
      'interview',
      'Get the head keeper job at the zoo',
      "I've been assistant keeper there for twelve years; the head job has come up and they want a short presentation.",
      'en',
      ['Giving a presentation'],
    );
    expect(inside.keys).not.toContain('intv-present-research');
    // No presentation: the plain research stays.
    const plain = await tap(
      'interview',
      'Interview for head chef at a new hotel',
      'Next Tuesday, with the owner.',
      'en',
    );
    expect(plain.keys).toContain('intv-02');
  });

  it('puts two documents in order instead of "the official page for it", without the trip dates again', async () => {
    const en = await tap(
      'admin',
      "Renew my OCI card and my son's passport before December",
      "We fly to Chennai on 19 December. My son's British passport expired in August and my OCI has the old passport number on it. I'm worried about the timings overlapping and not knowing which one to do first.",
      'en',
      ['A passport or a travel visa'],
    );
    expect(en.keys).toContain('adm-docs-order');
    expect(en.keys).not.toContain('adm-01');
    expect(en.keys).not.toContain('adm-pass-dates');
    const ru = await tap(
      'admin',
      'Поменять загранпаспорт и перенести визу',
      'Виза в старом паспорте, паспорт истекает в марте. Не понимаю, какой сначала.',
      'ru',
      ['Паспорт или виза для поездки'],
    );
    expect(ru.keys).toContain('adm-docs-order');
    expect(ru.keys).not.toContain('adm-pass-dates');
    // One passport to renew keeps its dates.
    const one = await tap(
      'admin',
      'Renew my passport before the summer trip',
      'It expires in May and we fly in July.',
      'en',
      ['A passport or a travel visa'],
    );
    expect(one.keys).not.toContain('adm-docs-order');
  });

  it('gives a pension earned in two countries the agreement and both records, not a deadline', async () => {
    const en = await tap(
      'admin',
      'Sort out my pension',
      "I turned 65 in January. I worked many summers in Canada on the farm workers programme and the rest at home, and nobody can tell me how to put the two together. The NIS office told me to bring documents I don't have anymore.",
      'en',
    );
    expect(en.keys[0]).toBe('adm-two-agreement');
    expect(en.keys).toContain('adm-two-records');
    expect(en.keys).not.toContain('adm-01');
    const en2 = await tap(
      'admin',
      'Claim my state pension',
      'I worked in the UK for twelve years and then back in Ghana. How do the years count?',
      'en',
    );
    expect(en2.keys).toContain('adm-two-agreement');
    const ru = await tap(
      'admin',
      'Оформить пенсию',
      'Десять лет стажа в Казахстане, остальное в России. Как учесть стаж за границей?',
      'ru',
    );
    expect(ru.keys).toContain('adm-two-agreement');
    // A lump sum left in a fund abroad keeps its own steps.
    const superFund = await tap(
      'admin',
      'Claim back my super from Australia',
      'I did a working holiday there in 2019.',
      'en',
    );
    expect(superFund.keys).not.toContain('adm-two-agreement');
    expect(superFund.keys).toContain('adm-abr-find');
  });

  it('gives a home test kit no appointment steps, and a wait or a price in the way the booking routes', async () => {
    const kit = await tap(
      'checkup',
      'Actually do the bowel screening kit',
      "The government sent me the bowel cancer screening kit back in February and it's been sitting in the drawer. My older brother had polyps removed.",
      'en',
      ['A home test kit to send back'],
    );
    expect(kit.keys).not.toContain('chk-09');
    expect(kit.keys).not.toContain('chk-10');
    expect(kit.keys).toContain('chk-kit-next');
    const kitRu = await tap(
      'checkup',
      'Сдать домашний тест на скрытую кровь',
      'Набор пришёл по почте месяц назад, лежит в шкафу.',
      'ru',
      ['Домашний тест, который надо отправить'],
    );
    expect(kitRu.keys).not.toContain('chk-09');
    expect(kitRu.keys).not.toContain('chk-10');
    const ru = await tap(
      'checkup',
      'Наконец дойти до эндокринолога',
      'В анализах ТТГ повышен, терапевт сказал сходить к эндокринологу. Прошло полгода. Запись через поликлинику на месяц вперёд, платно дорого, вот и тяну.',
      'ru',
      ['Попасть к узкому специалисту'],
    );
    expect(ru.keys).toContain('chk-wait-book');
    expect(ru.keys).not.toContain('chk-09');
    const en = await tap(
      'checkup',
      'Finally see a cardiologist',
      'The GP referred me last spring. The NHS wait is four months and private is too expensive, so I keep putting it off.',
      'en',
      ['Getting to see a specialist'],
    );
    expect(en.keys).toContain('chk-wait-book');
    // Nerves about a visit keep the nerves step.
    const nerves = await tap('checkup', 'Go to the dentist', "I haven't been in five years and I'm scared.", 'en');
    expect(nerves.keys).not.toContain('chk-wait-book');
  });

  it('books a changed mole once', async () => {
    const en = await tap(
      'checkup',
      'Get the skin check I keep putting off',
      "58, run cattle in western Queensland, forty years in the sun. The wife keeps on about a mole on my back that's changed. Nearest skin clinic is in Longreach, three hours, and the flying doctor clinic only comes once a month. Always something more urgent on the station.",
      'en',
      ['A mole or skin problem'],
    );
    expect(en.keys).not.toContain('chk-02');
    expect(en.keys).toContain('chk-skin-book');
    const ru = await tap(
      'checkup',
      'Показать родинку дерматологу на этой неделе',
      'Родинка на плече потемнела, всё некогда.',
      'ru',
      ['Родинка или проблема с кожей'],
    );
    expect(ru.keys).not.toContain('chk-02');
    expect(ru.keys).toContain('chk-skin-book');
  });

  it('gives reading with a child a weekly library swap, not books by the bed twice', async () => {
    const ru = await tap(
      'reading',
      'Читать с сыном по-русски, чтобы не забыл язык',
      'Сыну 7, в школе всё на немецком, русские книжки откладывает — «скучно» и «трудно». Хочу хотя бы 15 минут в день.',
      'ru',
      ['Чтение с ребёнком или вслух ребёнку'],
    );
    const basket = ru.texts[ru.keys.indexOf('read-kids-basket')] ?? '';
    expect(basket).not.toMatch(/у кровати/);
    const en = await tap('reading', 'Read with my daughter every night', 'She is five and loves animals.', 'en', [
      'Reading with or to a child',
    ]);
    const basketEn = en.texts[en.keys.indexOf('read-kids-basket')] ?? '';
    expect(basketEn).not.toMatch(/by the bed/);
  });

  it('starts an exam sat years ago from a paper done cold, not the last mock', async () => {
    const ru = await tap(
      'exam',
      'Пересдать ЕГЭ по химии и биологии, чтобы поступить в мед',
      'Мне 22. После школы сдала плохо, пошла в колледж. Нужно 80+, экзамены в конце мая. Химию почти не помню.',
      'ru',
    );
    expect(ru.keys[0]).toBe('exam-cold-paper');
    expect(ru.keys).not.toContain('exam-known');
    expect(ru.keys).not.toContain('exam-past-paper');
    const en = await tap(
      'exam',
      'Resit A-level maths to apply for engineering',
      'I sat it years ago and have forgotten most of it. The exam is in June.',
      'en',
    );
    expect(en.keys[0]).toBe('exam-cold-paper');
    expect(en.keys).not.toContain('exam-known');
    // A recent mock keeps its results first.
    const mock = await tap(
      'exam',
      'Pass my maths resit in June',
      'My last mock was 48%, I lost most on algebra.',
      'en',
    );
    expect(mock.keys[0]).toBe('exam-known');
  });

  it('gives a stall trader the phrases of a sale, not the clinic template or a level test', async () => {
    const en = await tap(
      'language',
      'French for my customers from Lomé',
      'I sell phone accessories in Aflao near the border. Half my customers speak French, I only know numbers and bonjour. I only buy data at weekends.',
      'en',
      ['Talking with patients or clients'],
    );
    expect(en.keys[0]).toBe('lang-sell-phrases');
    expect(en.keys).not.toContain('lang-job-colleague');
    expect(en.keys).not.toContain('lang-15');
    const ru = await tap(
      'language',
      'Выучить английский для покупателей',
      'Торгую сувенирами в Сочи, много иностранцев.',
      'ru',
      ['Говорить с пациентами или клиентами'],
    );
    expect(ru.keys).toContain('lang-sell-phrases');
    expect(ru.keys).not.toContain('lang-job-colleague');
    // A nurse keeps the work's template.
    const nurse = await tap('language', 'Spanish for my patients', "I'm a nurse in Texas.", 'en', [
      'Talking with patients or clients',
    ]);
    expect(nurse.keys).toContain('lang-job-phrases');
    expect(nurse.keys).not.toContain('lang-sell-phrases');
  });

  it('learns ahead for a kindergarten that has not started, with no notes or chat to copy', async () => {
    const ru = await tap(
      'language',
      'Выучить турецкий, чтобы не зависеть от мужа',
      'Живу в Аланье третий год, муж турок. Ходила на курсы, бросила, когда родился сын. Хочу хотя бы к его садику понимать воспитательницу и говорить сама.',
      'ru',
      ['Возвращаюсь после перерыва'],
    );
    expect(ru.keys).not.toContain('lang-care-words');
    expect(ru.keys).not.toContain('lang-care-group');
    expect(ru.keys).toContain('lang-care-ahead');
    const en = await tap('language', 'Learn Dutch before my son starts daycare', 'He starts daycare in March.', 'en');
    expect(en.keys).not.toContain('lang-care-words');
    // A child already there keeps the notes and the chat.
    const now = await tap(
      'language',
      'Понимать воспитателя в садике',
      'Сын ходит в детский сад в Берлине, в родительском чате всё на немецком.',
      'ru',
    );
    expect(now.keys).toContain('lang-care-words');
  });

  it('plans insulin for a trip, and an airport fear instead of solo evenings, with a package trip unbooked twice', async () => {
    const umrah = await tap(
      'travel',
      'Take my mother for Umrah in December',
      "My mother is 68 and diabetic. I don't know whether to go through an agent, and how to manage her walking and her insulin over there.",
      'en',
      ['Just starting'],
    );
    expect(umrah.keys).toContain('trip-insulin');
    expect(umrah.keys.filter((key) => key.startsWith('skill-care'))).toEqual([]);
    const ru = await tap(
      'travel',
      'Первый раз за границу на годовщину свадьбы',
      'Нам с женой по 60, за границей никогда не были, загранпаспорта ещё нет. Дети скинулись на путёвку в Турцию. Боюсь аэропортов, пересадок и что там без языка.',
      'ru',
      ['Нужно оформить паспорт или визу'],
    );
    expect(ru.keys).toContain('trip-airport-walk');
    expect(ru.keys).not.toContain('trip-safe-evenings');
    expect(ru.keys).not.toContain('trip-book-first');
    expect(ru.keys).not.toContain('trip-bed');
    const en = await tap(
      'travel',
      'Our first holiday abroad',
      "The kids paid for a package to Crete. We've never flown and I'm scared of airports and changing planes.",
      'en',
    );
    expect(en.keys).toContain('trip-airport-walk');
    expect(en.keys).not.toContain('trip-book-first');
  });

  it('places a trip with a relative on insulin in travel', async () => {
    const placed = await tapThrough(coach)(
      null as unknown as string,
      'Take my mother for Umrah in December',
      "My mother is 68 and diabetic. I don't know how to manage her walking and her insulin over there.",
      'en',
      ['Just starting'],
    );
    expect(placed.keys.filter((key) => key.startsWith('skill-care'))).toEqual([]);
  });
});
