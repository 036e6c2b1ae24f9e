import { describe, expect, it } from 'vitest';
import { talkWith, tapThrough, tapping } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);
const talk = talkWith(coach);

const FORM = ['adm-01', 'adm-01-open', 'adm-02', 'adm-03', 'adm-04', 'adm-05'];
const ORDER = ['adm-order-deadline', 'adm-order-aid', 'adm-order-nosign'];
const DEBT = ['fin-18', 'fin-debt-plan', 'fin-debt-auto'];

describe('the thirty-fourth blind read, fixed in general (helper fix34d)', () => {
  it('puts the deadline and free legal aid first for a decision against the person — never the form alone', async () => {
    const ru = await tap(
      'admin',
      'Не отдать половину двора под новую дорогу',
      'Из администрации пришло уведомление об изъятии земли для муниципальных нужд, выкуп предлагают смешной. Там есть срок, чтобы возразить.',
      'ru',
      ['Ничего из этого'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(ORDER);
    for (const key of FORM) expect(ru.keys).not.toContain(key);
    expect(ru.texts[1]).toMatch(/бесплатной юридической помощью/);
    const en = await tap(
      'admin',
      'Fight the compulsory purchase of our field',
      'The county wants a strip of our farm for a bypass and the compensation they offer is far too low. The letter gives a date to object by.',
      'en',
      ['None of these'],
    );
    expect(en.keys.slice(0, 3)).toEqual(ORDER);
    for (const key of [...FORM, 'adm-refund-rights', 'adm-refund-request']) expect(en.keys).not.toContain(key);
    const removal = await tap(
      'admin',
      'Challenge the removal order I was sent',
      'I got the deportation letter on Monday and it says I have 14 days.',
      'en',
    );
    expect(removal.keys.slice(0, 2)).toEqual(['adm-order-deadline', 'adm-order-aid']);
    expect(removal.keys).not.toContain('adm-res-eligible');
    // Put under another area, the title still takes it to these steps.
    const home = await tap('home', 'Stop the expropriation of our garden', 'A letter came about a new road.', 'en');
    expect(home.keys[0]).toBe('adm-order-deadline');
    // A court letter keeps the court steps (the same order), and registering land keeps its own path.
    const court = await tap('admin', 'Answer the court summons', 'A claim for unpaid rent, I have 14 days.', 'en', [
      'A court case',
    ]);
    expect(court.keys.slice(0, 2)).toEqual(['adm-court-deadline', 'adm-court-lawyer']);
    expect(court.keys.filter((key) => key.startsWith('adm-order'))).toEqual([]);
    const land = await tap('admin', 'Оформить дачный участок в собственность', 'Купили в прошлом году.', 'ru', [
      'Регистрация прав',
    ]);
    expect(land.keys.filter((key) => key.startsWith('adm-order'))).toEqual([]);
    expect(land.keys.some((key) => key.startsWith('adm-prop'))).toBe(true);
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

  it('traces a pension or super left abroad — no newcomer health-cover and tax-number steps', async () => {
    const en = await tap(
      'admin',
      'Withdraw my superannuation now that I have left Australia',
      'I worked in Perth for three years, I still have my tax file number but forgot every password.',
      'en',
    );
    expect(en.keys[0]).toBe('adm-abr-find');
    expect(en.keys).toContain('adm-abr-rules');
    expect(en.keys.filter((key) => key.startsWith('adm-ids'))).toEqual([]);
    const ru = await tap(
      'admin',
      'Вернуть пенсионные накопления из Австралии',
      'Два года работал в Сиднее, там остались деньги в двух фондах, доступа к ним нет.',
      'ru',
    );
    expect(ru.keys[0]).toBe('adm-abr-find');
    for (const key of FORM) expect(ru.keys).not.toContain(key);
    // Someone who has just arrived still gets the first numbers in order.
    const near = await tap(
      'admin',
      'Get my tax file number',
      'Just arrived in Sydney on a working holiday visa.',
      'en',
    );
    expect(near.keys[0]).toBe('adm-ids-order');
  });

  it('links an ID number to a line or account by the official code or office — no form to draft', async () => {
    const en = await tap(
      'admin',
      'Link my BVN to my account before it is frozen',
      'The bank keeps sending reminders and I run my shop payments through it.',
      'en',
    );
    expect(en.keys[0]).toBe('adm-link-status');
    expect(en.keys).toContain('adm-link-do');
    for (const key of FORM) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'admin',
      'Подтвердить номер на Госуслугах',
      'Пришло СМС, что иначе заблокируют симку, а я по ней работаю.',
      'ru',
    );
    expect(ru.keys[0]).toBe('adm-link-status');
    for (const key of FORM) expect(ru.keys).not.toContain(key);
    // An ordinary application keeps the form.
    const near = await tap('admin', 'Apply for a fishing licence', 'First time, for the summer.', 'en');
    expect(near.keys).toContain('adm-05');
    expect(near.keys.filter((key) => key.startsWith('adm-link'))).toEqual([]);
  });

  it('says what follows a refused fine appeal instead of a generic filing system', async () => {
    const en = await tap(
      'admin',
      'Contest a speeding ticket',
      'The camera caught the car behind me, I am sure.',
      'en',
      ['A parking'],
    );
    expect(en.keys).toContain('adm-fine-next');
    expect(en.keys).not.toContain('adm-17');
    const ru = await tap(
      'admin',
      'Обжаловать штраф за парковку у поликлиники',
      'Паркомат не работал, постановление пришло вчера.',
      'ru',
      ['Штраф'],
    );
    expect(ru.keys).toContain('adm-fine-next');
    expect(ru.keys).not.toContain('adm-17');
    // A fine the person pays keeps the payment step.
    const near = await tap('admin', 'Pay my parking fine', 'It came yesterday, fair enough.', 'en', ['A parking']);
    expect(near.keys).toContain('adm-fine-pay');
  });

  it('reads a cadastral value that names a court as the valuation challenge, and reads "плохо разбираюсь" in any order', async () => {
    const ru = await tap(
      'admin',
      'Снизить кадастровую стоимость квартиры',
      'Налог вырос втрое; говорят, можно через комиссию или через суд.',
      'ru',
      ['Оспорить кадастровую'],
    );
    expect(ru.asked.flatMap((asked) => asked.choices ?? [])).not.toContain('Суд, иск или судебные бумаги');
    expect(ru.keys[0]).toBe('adm-band-check');
    expect(ru.keys.filter((key) => key.startsWith('adm-court'))).toEqual([]);
    const en = await tap(
      'admin',
      'Get our council tax band lowered',
      'Next door is band B and we are band D; a neighbour says it can go to the tribunal.',
      'en',
      ['Challenging a council tax band'],
    );
    expect(en.asked.flatMap((asked) => asked.choices ?? [])).not.toContain('A court case or legal claim');
    expect(en.keys[0]).toBe('adm-band-check');
    expect(en.keys.filter((key) => key.startsWith('adm-court'))).toEqual([]);
    const offline = await tap(
      'admin',
      'Оформить субсидию на коммуналку',
      'Мне 72, в интернете разбираюсь плохо.',
      'ru',
    );
    expect(offline.keys).toContain('adm-off-call');
    // A court summons keeps the court steps.
    const near = await tap('admin', 'Ответить на повестку в суд', 'Иск от банка, заседание через месяц.', 'ru', [
      'Суд',
    ]);
    expect(near.keys[0]).toBe('adm-court-deadline');
  });

  it('names a hammered dulcimer, a cimbalom and a marimba as themselves — no zither, no singing steps', async () => {
    const en = await tap('instrument', 'Teach myself the hammered dulcimer', 'A neighbour gave me hers.', 'en', [
      'Just starting',
    ]);
    expect(en.text).toMatch(/hammered dulcimer/);
    expect(en.text).not.toMatch(/zither/);
    const ru = await tap('instrument', 'Научиться играть на цимбалах', 'Всегда нравился их звук.', 'ru', [
      'Только начинаю',
    ]);
    expect(ru.text).toMatch(/цимбалы/);
    expect(ru.text).not.toMatch(/цитр/);
    const marimba = await tap(
      'instrument',
      'Learn the marimba',
      'I have sung in the choir for years, but never played anything.',
      'en',
      ['Just starting'],
    );
    expect(marimba.text).toMatch(/marimba/);
    for (const key of ['inst-20', 'inst-03', 'inst-21', 'inst-22']) expect(marimba.keys).not.toContain(key);
    const ruMarimba = await tap('instrument', 'Освоить ксилофон для ансамбля', 'Пою в церковном хоре.', 'ru', [
      'Только начинаю',
    ]);
    expect(ruMarimba.text).toMatch(/ксилофон/);
    for (const key of ['inst-20', 'inst-03', 'inst-21']) expect(ruMarimba.keys).not.toContain(key);
    // Singing in the choir is still the voice.
    const near = await tap('instrument', 'Sing better in the choir', 'I lose my part in the harmonies.', 'en');
    expect(near.text).not.toMatch(/marimba|xylophone/);
  });

  it('keeps an anonymous channel anonymous: the first post has no photo and is checked for details', async () => {
    const ru = await tap(
      'writing',
      'Вести канал о работе в опеке',
      'Хочу рассказывать, как всё устроено, но анонимно — под псевдонимом, чтобы руководство не узнало.',
      'ru',
      ['Писать анонимно'],
    );
    expect(ru.keys).toContain('write-ch-first-anon');
    expect(ru.keys).not.toContain('write-ch-first');
    expect(ru.text).not.toMatch(/с одной фотографией/);
    const en = await tap(
      'writing',
      'Start a blog about life as a night nurse',
      'Under a pen name, two posts a week, so the hospital never finds out.',
      'en',
      ['Writing anonymously'],
    );
    expect(en.keys).toContain('write-ch-first-anon');
    expect(en.keys).not.toContain('write-ch-first');
    // A channel in one's own name keeps the photo.
    const near = await tap('writing', 'Start a Telegram channel about my garden', 'Two posts a week.', 'en');
    expect(near.keys).toContain('write-ch-first');
  });

  it('gives an e-kit in a flat the floor, the neighbours and late sessions without the kick', async () => {
    const ru = await tap(
      'instrument',
      'Снова играть на барабанах в панельке',
      'Купил электронную установку, но соседи снизу жалуются на стук бочки.',
      'ru',
      ['Заниматься, не мешая'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['inst-ekit-floor', 'inst-ekit-neighbours']);
    expect(ru.keys).not.toContain('inst-quiet-drums');
    const en = await tap(
      'instrument',
      'Practise drums in my apartment',
      'I have an electronic kit, but the people downstairs hear the kick pedal.',
      'en',
      ['Practising quietly'],
    );
    expect(en.keys[0]).toBe('inst-ekit-floor');
    expect(en.keys).not.toContain('inst-quiet-drums');
    // No e-kit yet: choosing between a rehearsal room and an e-kit stays.
    const near = await tap('instrument', 'Learn the drums in my flat', 'The neighbours are close.', 'en', [
      'Practising quietly',
    ]);
    expect(near.keys).toContain('inst-quiet-drums');
    expect(near.keys.filter((key) => key.startsWith('inst-ekit'))).toEqual([]);
  });

  it('prices a machine hired out to neighbours — cost, price, payment rule — before any registration check', async () => {
    const en = await tap(
      'business',
      'Rent out my tractor to the neighbours',
      'After my own fields are done it stands idle; people ask me to plough for other farmers but I never know what to charge.',
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['biz-hire-cost', 'biz-hire-price', 'biz-hire-terms']);
    expect(en.keys).not.toContain('biz-registration');
    const ru = await tap(
      'business',
      'Пахать соседям на своём тракторе',
      'Огороды весной просят вспахать, а сколько брать — не знаю, и некоторые тянут с оплатой.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys[0]).toBe('biz-hire-cost');
    expect(ru.keys).not.toContain('biz-registration');
    // A bakery keeps the ordinary start.
    const near = await tap('business', 'Open a small bakery', 'I bake at home now.', 'en', ['Just starting']);
    expect(near.keys.filter((key) => key.startsWith('biz-hire'))).toEqual([]);
  });

  it('places making friends at a work camp with friends and people, not camping or a new habit', async () => {
    const en = await talk(
      null,
      'Get a few proper mates at the work camp',
      "I'm on a two-weeks-on roster at a remote site and only know my own shift.",
      'en',
      tapping(['Friends and people']),
    );
    expect(en.asked[0]?.choices?.[0]).toBe('Friends and people');
    expect(en.keys.some((key) => key.startsWith('soc-'))).toBe(true);
    const ru = await talk(
      null,
      'Найти друзей на вахте',
      'Вахта по месяцу, после смены сижу один в вагончике.',
      'ru',
      tapping(['Друзья и общение', 'Только начинаю']),
    );
    expect(ru.asked.filter((asked) => asked.question.startsWith('Хочу подобрать шаги'))).toEqual([]);
    expect(ru.keys.some((key) => key.startsWith('soc-'))).toBe(true);
  });
});
