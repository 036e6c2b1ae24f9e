import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the thirtieth blind read, fixed in general (helper fix30d)', () => {
  it('gets a harmonium ready by its bellows and keys — no case, music stand or tuner app', async () => {
    const en = await tap(
      'instrument',
      'Learn the harmonium for kirtan at our gurdwara',
      "The sangat is short of people who can play at the Sunday kirtan. I'm 58, retired, and I can't read notation. There's an old harmonium at home that was my father's.",
      'en',
      ['Instrument', 'Just starting'],
    );
    expect(en.keys[0]).toBe('inst-01-harmonium');
    expect(en.keys).not.toContain('inst-01');
    expect(en.text).not.toMatch(/tuner app|out of its case|your instrument/);
    expect(en.text).toMatch(/bellows/);
    expect(en.text).toMatch(/the harmonium/);
    const bare = await tap(
      'instrument',
      'learn harmonium',
      'I am 61 and want to play for the evening bhajans at our temple.',
      'en',
      ['Just starting'],
    );
    expect(bare.keys[0]).toBe('inst-01-harmonium');
    expect(bare.text).not.toMatch(/tuner app/);
    const ru = await tap(
      'instrument',
      'Научиться играть на гармониуме',
      'Хочу играть мантры на киртанах, нот не знаю, инструмент купила с рук.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys[0]).toBe('inst-01-harmonium');
    expect(ru.keys).not.toContain('inst-01');
    expect(ru.text).not.toMatch(/тюнеру|из чехла/);
    // A bayan keeps its own bellows step (both sides, buttons), a guitar the tuner app.
    const bayan = await tap('instrument', 'Научиться играть на баяне', 'С нуля, баян достался от деда.', 'ru', [
      'Только начинаю',
    ]);
    expect(bayan.keys).toContain('inst-01-bellows');
    expect(bayan.keys).not.toContain('inst-01-harmonium');
    const guitar = await tap('instrument', 'Learn to play the guitar', "I've never played anything.", 'en', [
      'Just starting',
    ]);
    expect(guitar.keys).toContain('inst-01');
    expect(guitar.keys).not.toContain('inst-01-harmonium');
  });

  it('names the kurai in the steps, and a beginner who taps "just starting" gets first-day steps', async () => {
    const ru = await tap(
      'instrument',
      'научиться играть на курае',
      'мне 15, в школе в Баймаке открыли кружок и курай уже дали',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.text).toMatch(/курай/);
    expect(ru.text).not.toMatch(/своему инструменту/);
    for (const key of ['inst-record-self', 'inst-06', 'inst-08', 'inst-10']) expect(ru.keys).not.toContain(key);
    const en = await tap('instrument', 'Learn the kurai', 'I have never played a flute of any kind.', 'en', [
      'Just starting',
    ]);
    expect(en.text).toMatch(/the kurai/);
    // «Курага» is no kurai.
    const other = await tap('instrument', 'Научиться играть на флейте', 'С нуля.', 'ru', ['Только начинаю']);
    expect(other.text).not.toMatch(/курай/);
  });

  it('schedules a month-long word-count challenge every day, never "three days a week"', async () => {
    const en = await tap(
      'writing',
      'Write a 50,000-word novella for NaNoWriMo this November',
      "I've tried twice and stalled around 12k both times. It's a ghost story; I've got the characters and the ending but not the middle. I can write at lunch and 8 to 10 in the evening.",
      'en',
      ['Coming back'],
    );
    expect(en.keys).toContain('write-sprint-daily');
    expect(en.keys).not.toContain('write-02');
    expect(en.text).not.toMatch(/three days a week/);
    expect(en.text).toMatch(/every day of the month/);
    const ru = await tap(
      'writing',
      'Написать роман за месяц в ноябре',
      'Хочу участвовать в НаНоРайМо: 50 000 слов за 30 дней. Пишу по вечерам после работы.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('write-sprint-daily');
    expect(ru.keys).not.toContain('write-02');
    expect(ru.text).not.toMatch(/минимум три дня в неделю/);
    // A novel with no month's challenge keeps the fixed slot three days a week.
    const novel = await tap(
      'writing',
      'Write my first novel',
      "It's a family saga; I have notes but nothing written.",
      'en',
      ['Just starting'],
    );
    expect(novel.keys).toContain('write-02');
    expect(novel.keys).not.toContain('write-sprint-daily');
  });

  it("gives a child's citizenship through a parent the consulate's route and the other parent's consent — no adult naturalisation", async () => {
    const ru = await tap(
      'admin',
      'Оформить сыну российское гражданство — родился в Турции',
      'Живём в Анталии второй год, сын родился в марте. Турецкое свидетельство о рождении есть, апостиль вроде поставили. Надо оформить гражданство через консульство, а потом загран. Муж турок, нужно его согласие.',
      'ru',
      ['Вид на жительство'],
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['adm-kid-route', 'adm-kid-consent', 'adm-kid-birth']));
    expect(ru.keys).not.toContain('adm-res-eligible');
    expect(ru.keys).not.toContain('adm-res-trips');
    expect(ru.text).not.toMatch(/экзамен по языку|поездках за границу/);
    const en = await tap(
      'admin',
      'Get British citizenship for my baby',
      "She was born in Madrid in January; I'm British, her dad is Spanish. The consulate website confuses me.",
      'en',
      ['A residence permit'],
    );
    expect(en.keys).toContain('adm-kid-route');
    expect(en.keys).not.toContain('adm-res-eligible');
    // An adult's own naturalisation keeps the conditions and the trips abroad.
    const adult = await tap(
      'admin',
      'Apply for British citizenship',
      "I've had settled status for six years and travel to Poland a lot.",
      'en',
      ['A residence permit'],
    );
    expect(adult.keys).toContain('adm-res-eligible');
    expect(adult.keys).not.toContain('adm-kid-route');
  });

  it('starts an application that was sent back from its reason and the fix — not "does it apply to me"', async () => {
    const ru = await tap(
      'admin',
      'Оформить дальневосточный гектар под пасеку',
      'Мне 50, живу в Приморье. На сайте выбрал участок, а заявку вернули, пишут, что он с чем-то пересекается. С компьютером не дружу, зять помогает, но он в городе.',
      'ru',
      ['Уже занимаюсь'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['adm-ret-reason', 'adm-ret-fix']);
    expect(ru.keys).not.toContain('adm-off-call');
    expect(ru.text).not.toMatch(/положено ли тебе/);
    const en = await tap(
      'admin',
      'Get my blue badge application through',
      "They sent my application back saying a form was missing. I'm not good with computers.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['adm-ret-reason', 'adm-ret-fix']);
    expect(en.keys).not.toContain('adm-off-call');
    // A first application without the internet still starts with the call about whether it applies.
    const first = await tap(
      'admin',
      "Apply for Carer's Allowance for looking after my wife",
      "My wife has MS and I've cut my hours to look after her. The online form looks enormous. I'm 61 and not great with computers.",
      'en',
      ['Documents and admin'],
    );
    expect(first.keys[0]).toBe('adm-off-call');
    expect(first.keys).not.toContain('adm-ret-reason');
    // Going through the form with the office takes an hour.
    expect(first.minutes[first.keys.indexOf('adm-off-form')]).toBe(60);
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

  it("sends a food maker to their own country's food authority, and gives a batch a morning", async () => {
    const en = await tap(
      'business',
      "Start selling my grandmother's pickles online",
      "I'm 21 and live in a village near Guntur. My ammamma's avakaya and gongura pickles are famous in the family. I don't know about FSSAI registration, packing so the oil doesn't leak, or how to price.",
      'en',
      ['Business', 'Selling food I make'],
    );
    expect(en.keys[0]).toBe('biz-jar-register');
    expect(en.text).toMatch(/FSSAI in India/);
    expect(en.text).not.toMatch(/in the UK it's free with your council, at least 28 days/);
    expect(en.minutes[en.keys.indexOf('biz-jar-batch')]).toBe(120);
    const ru = await tap(
      'business',
      'Продавать домашнюю аджику в банках',
      'Соседи просят, хочу делать на продажу.',
      'ru',
      ['Свои соусы'],
    );
    expect(ru.keys).toContain('biz-jar-register');
    expect(ru.minutes[ru.keys.indexOf('biz-jar-batch')] ?? 120).toBe(120);
    // A business that sells no jarred food gets none of these.
    const shop = await tap('business', 'Open an online shop for my prints', 'Art prints of my city drawings.', 'en');
    expect(shop.keys).not.toContain('biz-jar-register');
  });

  it("gives a library's VKontakte page the channel steps — post ideas, a rhythm, a log — not a manuscript's", async () => {
    const ru = await tap(
      'writing',
      'Вести страничку нашей библиотеки ВКонтакте',
      'Мне 41, работаю в филиале городской библиотеки. Начальство требует три поста в неделю, а я не знаю, о чём писать, кроме «поступили новые книги». Читатели у нас в основном пенсионеры и школьники.',
      'ru',
      ['Писательство', 'Уже занимаюсь'],
    );
    expect(ru.keys).toContain('write-ch-ideas');
    for (const key of ['write-act-next', 'write-act-target', 'write-act-outline', 'write-03'])
      expect(ru.keys).not.toContain(key);
    expect(ru.text).not.toMatch(/рукопис|глав/);
    const en = await tap(
      'writing',
      "Run our library's Facebook page",
      'My manager wants three posts a week and I have no ideas beyond new arrivals.',
      'en',
      ['Writing', 'Already doing it'],
    );
    expect(en.keys).toContain('write-ch-ideas');
    expect(en.text).not.toMatch(/manuscript/);
    // A novel whose writer mentions their posts keeps the book's steps.
    const novel = await tap(
      'writing',
      'Дописать роман',
      'Написано сорок тысяч слов, иногда пишу посты о процессе.',
      'ru',
      ['Уже занимаюсь'],
    );
    expect(novel.keys).not.toContain('write-ch-ideas');
  });
});
