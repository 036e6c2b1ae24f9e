import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);
const any = (keys: string[], prefix: string) => keys.some((key) => key.startsWith(prefix));

describe('the thirty-second blind read, fixed in general (helper fix32d)', () => {
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
    expect(any(plain.keys, 'fin-scam')).toBe(false);
    expect(any(plain.keys, 'fin-lump')).toBe(false);
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
    expect(any(ru.keys, 'fin-arr-')).toBe(false);
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
    expect(any(gas.keys, 'fin-arr-')).toBe(false);
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
    expect(any(arrears.keys, 'fin-inst-')).toBe(false);
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
    expect(any(card.keys, 'fin-cs-')).toBe(false);
  });

  it('sends a singer whose voice is healing to the ENT first — no push, no beginner lesson or choir to find', async () => {
    const en = await tap(
      'instrument',
      'Sing again after my vocal cord surgery',
      "I've sung soprano in a church choir for years; since the operation my voice goes hoarse on the high notes.",
      'en',
    );
    expect(en.keys[0]).toBe('inst-voicemed-ent');
    expect(en.keys).toContain('inst-voicemed-gentle');
    expect(en.keys).not.toContain('inst-21');
    expect(en.keys).not.toContain('inst-choir');
    const ru = await tap(
      'instrument',
      'Вернуть певческий голос после операции на щитовидке',
      'Пою в хоре пятнадцать лет, после операции голос осип и срывается на верхах.',
      'ru',
    );
    expect(ru.keys[0]).toBe('inst-voicemed-ent');
    expect(ru.keys).not.toContain('inst-choir');
    // A beginner singer keeps the first lesson; a guitarist after an operation gets no voice steps.
    const beginner = await tap(
      'instrument',
      'Learn to sing',
      "I've never had lessons and want to sing at my sister's wedding.",
      'en',
      ['Just starting'],
    );
    expect(any(beginner.keys, 'inst-voicemed')).toBe(false);
    expect(beginner.keys).toContain('inst-21');
    const guitar = await tap(
      'instrument',
      'Learn the guitar',
      'I had a thyroid operation in spring and have time now.',
      'en',
      ['Just starting'],
    );
    expect(any(guitar.keys, 'inst-voicemed')).toBe(false);
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
    expect(any(ru.keys, 'biz-ch-')).toBe(false);
    const en = await tap(
      'business',
      'Start a tattoo studio in my spare room',
      "I've tattooed friends for two years; clients would book through my Instagram account.",
      'en',
      ['A business not'],
    );
    expect(en.keys[0]).toBe('biz-body-hygiene');
    expect(any(en.keys, 'biz-ch-')).toBe(false);
    // A channel about baking keeps the channel steps.
    const channel = await tap(
      'business',
      'Grow my baking YouTube channel to earn from it',
      'I post a video every week and have 900 subscribers.',
      'en',
      ['Already'],
    );
    expect(any(channel.keys, 'biz-ch-')).toBe(true);
    expect(any(channel.keys, 'biz-body-')).toBe(false);
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
    expect(any(grown.keys, 'biz-wild-')).toBe(false);
  });

  it('reports a second citizenship already held — no application conditions or trips abroad', async () => {
    const ru = await tap(
      'admin',
      'Понять, надо ли уведомлять о паспорте Греции',
      'Получила греческое гражданство в марте через отца, живу в Самаре.',
      'ru',
      ['Вид на'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['adm-notify-rule', 'adm-notify-docs', 'adm-notify-file']);
    expect(any(ru.keys, 'adm-res-')).toBe(false);
    const en = await tap(
      'admin',
      'Find out if I must report my dual nationality',
      'I got an Irish passport through my grandmother last month.',
      'en',
      ['A residence'],
    );
    expect(en.keys[0]).toBe('adm-notify-rule');
    expect(any(en.keys, 'adm-res-')).toBe(false);
    // An application for citizenship keeps its conditions.
    const apply = await tap(
      'admin',
      'Apply for citizenship after six years here',
      'I have permanent residence and want to naturalise this year.',
      'en',
      ['A residence'],
    );
    expect(any(apply.keys, 'adm-notify-')).toBe(false);
  });

  it('gets a treatment quota moving through the papers and the insurer — not the catch-all steps', async () => {
    const ru = await tap(
      'admin',
      'Оформить маме квоту на эндопротез колена',
      'Хирург сказал оперировать, а в поликлинике гоняют за справками. Я живу в другом городе.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['adm-quota-papers', 'adm-quota-insurer']);
    expect(ru.keys).toContain('adm-quota-consent');
    const en = await tap(
      'admin',
      "Get my dad's knee replacement referral sorted",
      'The surgeon agreed he needs it, but the GP practice keeps asking for new X-rays.',
      'en',
    );
    expect(en.keys[0]).toBe('adm-quota-papers');
    // A passport renewal gets no quota steps.
    const passport = await tap('admin', 'Renew my passport', 'It runs out in May and I fly in June.', 'en', [
      'A passport',
    ]);
    expect(any(passport.keys, 'adm-quota-')).toBe(false);
  });

  it('makes a book from diaries scene by scene — no last chapter to reread', async () => {
    const en = await tap(
      'writing',
      'Turn my field notebooks into a novel',
      'Thirty years as a botanist in the Andes. I keep starting and losing the thread.',
      'en',
    );
    expect(en.keys.slice(0, 3)).toEqual(['write-diary-spine', 'write-diary-heroes', 'write-diary-first']);
    expect(en.keys).not.toContain('write-act-next');
    const ru = await tap(
      'writing',
      'Написать роман по старым дневникам',
      'Двадцать лет ходил в море штурманом, остались толстые тетради, начинаю и бросаю.',
      'ru',
    );
    expect(ru.keys[0]).toBe('write-diary-spine');
    expect(ru.keys).not.toContain('write-act-next');
    // A novel already under way keeps its next chapter; a diary kept as practice is no source.
    const novel = await tap(
      'writing',
      'Finish my thriller',
      "I've written eight chapters and have published two novels before; the deadline is June.",
      'en',
    );
    expect(any(novel.keys, 'write-diary-')).toBe(false);
  });
});
