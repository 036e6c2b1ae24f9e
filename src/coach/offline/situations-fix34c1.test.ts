import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const COLD_STOP = ['quit-now', 'quit-date', 'quit-date-full'];
const LATE_SCREENS = ['quit-late-stop', 'quit-late-autoplay', 'quit-late-after'];
const HEART = ['quit-heart-doctor', 'quit-heart-notes'];
const PHONE_OWN = ['quit-phone-limits', 'quit-phone-bedroom', 'quit-clear', 'quit-phone-day', 'quit-phone-out'];
const FEAST = ['quit-feast-before', 'quit-feast-plate', 'quit-feast-host', 'quit-feast-table', 'quit-feast-after'];
const EXPLORE = ['car-ch-skills', 'car-ch-options', 'car-ch-research', 'car-ch-try'];
const SEARCH = ['car-01', 'car-07', 'car-03', 'car-08', 'car-04'];

describe('the thirty-fourth blind read, fixed in general (helper fix34c1)', () => {
  it('tapers caffeine in any form — strong tea, купчик, чифир, pre-workout, energy drinks by name — never a cold stop', async () => {
    const chifir = await tap(
      'quit',
      'Отвыкнуть от чифира',
      'Пью чифир всю ночь на вахте до утра, без него глаза закрываются.',
      'ru',
    );
    expect(chifir.keys.slice(0, 2)).toEqual(['quit-caf-count', 'quit-caf-taper']);
    for (const key of [...COLD_STOP, ...LATE_SCREENS]) expect(chifir.keys).not.toContain(key);
    const tea = await tap(
      'quit',
      'Меньше пить крепкий чай',
      'Кружек десять чёрного чая за день, к вечеру трясутся руки.',
      'ru',
    );
    expect(tea.keys).toContain('quit-caf-taper');
    for (const key of COLD_STOP) expect(tea.keys).not.toContain(key);
    const en = await tap('quit', 'Stop drinking Adrenaline Rush', 'Three cans a day to get through lectures.', 'en');
    expect(en.keys).toContain('quit-caf-taper');
    for (const key of COLD_STOP) expect(en.keys).not.toContain(key);
    const preworkout = await tap(
      'quit',
      'Get off pre-workout',
      'Two scoops before every session, I feel flat without it.',
      'en',
    );
    expect(preworkout.keys).toContain('quit-caf-taper');
    // A series watched till 3am keeps the late-screen steps.
    const near = await tap('quit', 'Stop watching series until 3am', 'One more episode turns into five.', 'en');
    expect(near.keys[0]).toBe('quit-late-stop');
    expect(near.keys).not.toContain('quit-caf-taper');
  });

  it('sends a racing or pounding heart, chest pain or fainting beside any habit to a doctor first', async () => {
    const ru = await tap(
      'quit',
      'Завязать с купчиком',
      'На смене завариваю купчик кружку за кружкой до самого утра, сердце стучит так, что потом не сплю.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(HEART);
    expect(ru.keys).toContain('quit-caf-taper');
    for (const key of [...COLD_STOP, ...LATE_SCREENS]) expect(ru.keys).not.toContain(key);
    expect(ru.texts[0]).toMatch(/103|112/);
    const en = await tap(
      'quit',
      'Quit pre-workout and strong tea',
      'I take two scoops of pre-workout before the gym and drink strong tea all night at the depot; my heart pounds when I lie down.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(HEART);
    expect(en.keys).toContain('quit-caf-taper');
    for (const key of COLD_STOP) expect(en.keys).not.toContain(key);
    // Any habit: a vaper whose heart races.
    const vape = await tap('quit', 'Quit vaping', 'My heart races after a few puffs and I get dizzy.', 'en');
    expect(vape.keys[0]).toBe('quit-heart-doctor');
    const faint = await tap(
      'quit',
      'Бросить энергетики',
      'Пью по три банки, на прошлой неделе упал в обморок на работе.',
      'ru',
    );
    expect(faint.keys[0]).toBe('quit-heart-doctor');
    // The same habit with no such sign keeps its own start.
    const near = await tap('quit', 'Quit vaping', "I vape when I'm bored at my desk.", 'en');
    expect(near.keys[0]).toBe('quit-date');
    for (const key of HEART) expect(near.keys).not.toContain(key);
  });

  it('reads auctions and bidding as impulse buying, and gives a phone-free break no second "replacement"', async () => {
    const en = await tap(
      'quit',
      'Quit buying vintage cameras on eBay',
      'I keep getting outbid and then bidding higher; three cameras arrived this month.',
      'en',
      ['Impulse'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['quit-shop-cards', 'quit-shop-wait']);
    const ru = await tap(
      'quit',
      'Перестать скупать всё подряд на Авито',
      'Каждый вечер листаю объявления и покупаю ненужное.',
      'ru',
      ['Импульсивные'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['quit-shop-cards', 'quit-shop-wait']);
    const lunch = await tap(
      'quit',
      'Stop scrolling Instagram on my lunch break',
      'Forty minutes gone every day.',
      'en',
      ['Phone at lunch'],
    );
    expect(lunch.keys).toContain('quit-phone-day');
    expect(lunch.keys).not.toContain('quit-replacement');
    const obed = await tap('quit', 'Не сидеть в телефоне в обеденный перерыв', 'Весь обед листаю ленту.', 'ru', [
      'Телефон в обед',
    ]);
    expect(obed.keys).toContain('quit-phone-day');
    expect(obed.keys).not.toContain('quit-replacement');
    // The phone in bed keeps its replacement.
    const near = await tap('quit', 'Stop checking my phone in bed', 'I scroll for an hour before sleep.', 'en', [
      'Phone in bed',
    ]);
    expect(near.keys).toContain('quit-phone-bedroom');
    expect(near.keys).toContain('quit-replacement');
  });

  it("gives checking a partner's phone the moment, the worry and a talk — no screen-time limits of one's own", async () => {
    const en = await tap(
      'quit',
      "Stop going through my boyfriend's phone",
      'He leaves it on the sofa when he cooks and I read his messages.',
      'en',
    );
    expect(en.keys.slice(0, 4)).toEqual([
      'quit-pphone-moment',
      'quit-pphone-fear',
      'quit-pphone-talk',
      'quit-pphone-help',
    ]);
    for (const key of [...PHONE_OWN, 'quit-date']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'quit',
      'Перестать лазить в телефон жены',
      'Когда она засыпает, беру её телефон и читаю переписку.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-pphone-moment');
    for (const key of PHONE_OWN) expect(ru.keys).not.toContain(key);
    // One's own phone keeps the phone steps.
    const near = await tap('quit', 'Перестать залипать в телефоне', 'Листаю ленту по три часа в день.', 'ru');
    expect(near.keys).toContain('quit-phone-limits');
    expect(near.keys.filter((key) => key.startsWith('quit-pphone'))).toEqual([]);
  });

  it('gives overeating at feasts and celebrations the table itself — never late screens or the kitchen at home', async () => {
    const en = await tap(
      'quit',
      'Stop stuffing myself at weddings',
      'Every summer there are three or four weddings and I eat until I feel sick.',
      'en',
    );
    expect(en.keys).toEqual(FEAST);
    const ru = await tap(
      'quit',
      'Не обжираться на праздниках',
      'На Новый год и дни рождения у родни ем, пока не станет плохо, полночи потом не сплю.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(FEAST.slice(0, 3));
    for (const key of [...LATE_SCREENS, 'quit-food-home', 'quit-eating-close']) expect(ru.keys).not.toContain(key);
    // Eating late at home keeps the kitchen steps.
    const near = await tap('quit', 'Stop eating late at night', 'I raid the fridge after 11pm most days.', 'en', [
      'Overeating',
    ]);
    expect(near.keys).toContain('quit-eating-close');
    expect(near.keys.filter((key) => key.startsWith('quit-feast'))).toEqual([]);
  });

  it('names no fixed canon when the person says whose classics they mean', async () => {
    const en = await tap(
      'reading',
      'Finally read the Latin American classics',
      'Marquez and Borges sit on my shelf, but I always stall after a few chapters.',
      'en',
      ['Classics'],
    );
    expect(en.keys[0]).toBe('read-classic-pick');
    expect(en.texts[0]).not.toMatch(/Pride and Prejudice|Jane Eyre|Christmas Carol/);
    const ru = await tap(
      'reading',
      'Прочитать японскую классику',
      'Кавабата и Акутагава давно лежат, но боюсь, что будет скучно.',
      'ru',
      ['Классика'],
    );
    expect(ru.keys[0]).toBe('read-classic-pick');
    expect(ru.texts[0]).not.toMatch(/Капитанская дочка|Отцы и дети|Герой нашего времени/);
    // Classics in general keep the classics path.
    const near = await tap('reading', 'Read more classics', '', 'en', ['Classics']);
    expect(near.keys.slice(0, 2)).toEqual(['read-classic-pick', 'read-classic-audio']);
  });

  it('gives a library already in use the book paced to its return — no card to get, no second "next book" list', async () => {
    const en = await tap(
      'reading',
      'Finish one large-print book each time the bookmobile comes',
      'It stops outside the post office every two weeks and I already borrow from it.',
      'en',
      ['Already'],
    );
    expect(en.keys).toContain('read-loan-pace');
    expect(en.keys).toContain('read-loan-ask');
    for (const key of ['read-library', 'read-library-first', 'read-shelf']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'reading',
      'Читать по книге в две недели',
      'Недавно записался в районную библиотеку, беру по одной книге.',
      'ru',
      ['Уже'],
    );
    expect(ru.keys).toContain('read-loan-pace');
    for (const key of ['read-library', 'read-shelf']) expect(ru.keys).not.toContain(key);
    // An active reader gets the next book chosen once, not again as a "next three" list.
    const active = await tap(
      'reading',
      'Read more widely this year',
      'I get through about thirty novels a year.',
      'en',
      ['Already'],
    );
    expect(active.keys).toContain('read-pick-next');
    expect(active.keys).not.toContain('read-shelf');
    // A library only nearby, no card yet: the card first, nothing paced to a return date.
    const near = await tap(
      'reading',
      'Start reading novels',
      'Never been a reader. Our local library is two streets away.',
      'en',
    );
    expect(near.keys[0]).toBe('read-library-first');
    expect(near.keys).not.toContain('read-loan-pace');
  });

  it('loads every book before months away without internet — no library reservation or reading chair', async () => {
    const en = await tap(
      'reading',
      'Read on my next rotation offshore',
      "Six weeks on the rig, no internet out there, I've got a Kindle.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['read-away-load', 'read-away-check']);
    for (const key of ['read-library', 'read-world-first', 'read-spot']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'reading',
      'Прочитать по книге из каждой страны Южной Америки',
      'Полгода на полярной станции, связи нет, беру с собой электронную книгу.',
      'ru',
      ['Книги из разных'],
    );
    expect(ru.keys).toContain('read-away-load');
    for (const key of ['read-world-first', 'read-spot', 'read-library']) expect(ru.keys).not.toContain(key);
    // At home, a world list keeps getting its first book from the library.
    const near = await tap('reading', 'Read a novel from every continent', 'I mostly read British crime.', 'en', [
      'Books from around',
    ]);
    expect(near.keys).toContain('read-world-first');
    expect(near.keys.filter((key) => key.startsWith('read-away'))).toEqual([]);
  });

  it('reads a named new field as a switch, and «не понимаю, где…» no longer as "no idea what to do"', async () => {
    const en = await tap(
      'career',
      'Become a sound engineer',
      "I've been a bank clerk for eight years and I mix podcasts for friends at weekends.",
      'en',
      ['Switching'],
    );
    expect(en.keys[0]).toBe('car-sw-ads');
    for (const key of EXPLORE) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'career',
      'Хочу из кладовщиков в монтажёры',
      'Пять лет на складе, по выходным монтирую ролики для блогеров. Не понимаю, где в Самаре такие вакансии и на что жить первое время.',
      'ru',
      ['Переход'],
    );
    expect(ru.keys[0]).toBe('car-sw-ads');
    for (const key of EXPLORE) expect(ru.keys).not.toContain(key);
    // No target at all keeps the exploration.
    const near = await tap('career', 'Сменить работу', 'Не понимаю, куда мне идти после завода.', 'ru');
    expect(near.keys[0]).toBe('car-ch-skills');
  });

  it('gives a post already offered or hinted at a talk with that person, the papers, the money and a day there', async () => {
    const ru = await tap(
      'career',
      'Уйти с завода в лесничество',
      'Лесничий давно зовёт к себе, говорит, место найдётся. Боюсь потерять в деньгах.',
      'ru',
    );
    expect(ru.keys).toEqual([
      'car-offer-talk',
      'car-offer-papers',
      'car-offer-refresh',
      'car-offer-money',
      'car-offer-day',
    ]);
    const en = await tap(
      'career',
      'Go back to working at the garden centre',
      "The manager there offered me a place for the spring; I'd be leaving a call-centre job that pays more.",
      'en',
    );
    expect(en.keys[0]).toBe('car-offer-talk');
    for (const key of SEARCH) expect(en.keys).not.toContain(key);
    // A promotion hinted at keeps the promotion path.
    const near = await tap(
      'career',
      'Get promoted to shift supervisor',
      'My manager hinted that I could step up in spring.',
      'en',
      ['Getting a promotion'],
    );
    expect(near.keys[0]).toBe('car-prom-criteria');
    expect(near.keys.filter((key) => key.startsWith('car-offer'))).toEqual([]);
  });

  it('asks no "role you want" of a job already chosen, and strengthens the application instead', async () => {
    const en = await tap(
      'career',
      'Get a job as a railway conductor',
      'Do they take people without experience? Which courses and medical check do I need?',
      'en',
    );
    expect(en.keys).toContain('car-route-edge');
    expect(en.keys).not.toContain('car-01');
    const ru = await tap(
      'career',
      'Устроиться проводником',
      'Какие нужны курсы и медкомиссия, берут ли без опыта?',
      'ru',
    );
    expect(ru.keys).toContain('car-route-edge');
    expect(ru.keys).not.toContain('car-01');
    // A plain job search keeps the role note first.
    const near = await tap('career', 'Find a new job', 'I work in logistics and want a bigger company.', 'en');
    expect(near.keys[0]).toBe('car-01');
    expect(near.keys).not.toContain('car-route-edge');
  });
});
