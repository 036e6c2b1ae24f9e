import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the eleventh blind read, fixed in general (issue 16, helper fix13): the wrong situation', () => {
  it('gives a laundry problem laundry steps, not decluttering boxes, and keeps decluttering for clutter', async () => {
    const en = await firstFive('home', 'Stop drowning in washing', 'Four kids, the laundry basket overflows daily.');
    expect(en.keys.slice(0, 4)).toEqual([
      'home-laundry-baskets',
      'home-laundry-load',
      'home-laundry-fold',
      'home-laundry-socks',
    ]);
    expect(en.keys.some((key) => /^home-1[2-7]$|^home-routine-/.test(key))).toBe(false);
    const ru = await firstFive(
      'home',
      'Разобраться со стиркой',
      'Нас шестеро, гора белья на кресле не кончается.',
      'ru',
    );
    expect(ru.keys[0]).toBe('home-laundry-baskets');
    expect(ru.keys.some((key) => /^home-1[2-7]$/.test(key))).toBe(false);
    const clutter = await firstFive(
      'home',
      'Declutter the flat',
      'Too much stuff everywhere, I want it gone by spring.',
    );
    expect(clutter.keys.some((key) => key.startsWith('home-laundry'))).toBe(false);
  });

  it('gives a home test kit already received doing and posting steps, with no booking', async () => {
    const en = await firstFive(
      'checkup',
      'Finally use the home test kit',
      'The bowel screening kit arrived in the post weeks ago.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['chk-kit-read', 'chk-kit-ready', 'chk-kit-post']);
    expect(en.keys.some((key) => key.startsWith('chk-scr-'))).toBe(false);
    const ru = await firstFive(
      'checkup',
      'Сделать тест на скрытую кровь',
      'Набор пришёл по почте месяц назад, лежит в шкафу.',
      'ru',
    );
    expect(ru.keys[0]).toBe('chk-kit-read');
    expect(ru.text).not.toMatch(/запишись/i);
    // An invitation to book a screening keeps the screening steps.
    const book = await firstFive('checkup', 'Book my first mammogram', 'The letter says I am due.');
    expect(book.keys).toContain('chk-scr-book');
  });

  it('gives a snoring or breathing-stops worry a GP visit about it, and a psychiatrist goal no heart checks', async () => {
    const en = await firstFive('checkup', 'See someone about my snoring', 'My partner says I stop breathing at night.');
    expect(en.keys[0]).toBe('chk-sym-book');
    expect(en.keys).not.toContain('chk-01');
    const ru = await firstFive('checkup', 'Проверить храп', 'Жена говорит, что ночью я перестаю дышать.', 'ru');
    expect(ru.keys[0]).toBe('chk-sym-book');
    const panic = await firstFive(
      'checkup',
      'Записаться к психиатру',
      'Панические атаки в транспорте, сердце колотится, но кардиолог сказал, что сердце здоровое.',
      'ru',
    );
    expect(panic.keys.some((key) => key.startsWith('chk-heart-'))).toBe(false);
    expect(panic.keys[0]).toBe('chk-ther-find');
    const enPanic = await firstFive(
      'checkup',
      'Get to a psychiatrist',
      'Panic attacks; my heart races but the ECG was fine.',
    );
    expect(enPanic.keys.some((key) => key.startsWith('chk-heart-'))).toBe(false);
    // A heart worry without a therapist keeps the heart steps.
    const heart = await firstFive('checkup', 'Get my blood pressure checked', 'It was high at the pharmacy.');
    expect(heart.keys).toContain('chk-heart-book');
  });

  it('gives mould in a rented home evidence, the landlord in writing and airing — no parts or tools', async () => {
    const en = await firstFive(
      'repair',
      'Get rid of the mould in the bedroom',
      'We rent; it is on the wall behind the wardrobe again.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['fix-damp-photos', 'fix-damp-landlord', 'fix-damp-air']);
    expect(en.text).not.toMatch(/model|stop valve|breaker/i);
    const ru = await firstFive(
      'repair',
      'Победить плесень в ванной',
      'Снимаем квартиру, хозяйка говорит, что это мы виноваты.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['fix-damp-photos', 'fix-damp-landlord']);
    expect(ru.text).toMatch(/письменно/);
    const owner = await firstFive(
      'repair',
      'Stop the mould coming back',
      'We own the house; it is in the corner of the kitchen.',
    );
    expect(owner.keys).not.toContain('fix-damp-landlord');
    expect(owner.keys).toContain('fix-damp-cause');
    const tap = await firstFive('repair', 'Fix the dripping bathroom tap', '');
    expect(tap.keys.some((key) => key.startsWith('fix-damp-'))).toBe(false);
  });

  it('gives a BI tool its own steps even for an Excel user, and keeps Excel steps for Excel', async () => {
    const en = await firstFive(
      'skill',
      'Get good at Tableau',
      'New data job next month; so far I have only used Excel.',
    );
    expect(en.keys.slice(0, 4)).toEqual(['skill-bi-install', 'skill-bi-first', 'skill-bi-measure', 'skill-bi-own']);
    expect(en.keys.some((key) => key.startsWith('skill-xl-'))).toBe(false);
    const ru = await firstFive(
      'skill',
      'Освоить Power BI',
      'Всю жизнь работаю в Excel, а теперь нужны дашборды.',
      'ru',
    );
    expect(ru.keys[0]).toBe('skill-bi-install');
    const excel = await firstFive('skill', 'Learn Excel pivot tables', '');
    expect(excel.keys.some((key) => key.startsWith('skill-bi-'))).toBe(false);
  });

  it('names a tin whistle and a bayan as themselves, whatever else the person played', async () => {
    const en = await firstFive(
      'instrument',
      'Play the penny whistle at folk nights',
      'I had a recorder in primary school.',
    );
    expect(en.text).toMatch(/whistle/);
    expect(en.text).not.toMatch(/recorder/i);
    const ru = await firstFive(
      'instrument',
      'Научиться играть на баяне',
      'Дедушкин баян стоит дома, хочу играть песни.',
      'ru',
    );
    expect(ru.text).toMatch(/баян/);
    expect(ru.text).not.toMatch(/аккордеон/);
  });

  it('gives resin casting and a stop-motion film their own steps, not the video path', async () => {
    const ru = await firstFive(
      'creative',
      'Отлить первые серьги из смолы',
      'Видела в роликах, хочу попробовать сама.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['cre-resin-kit', 'cre-resin-pour', 'cre-resin-finish']);
    expect(ru.keys.some((key) => key.startsWith('cre-video-'))).toBe(false);
    const en = await firstFive(
      'creative',
      'Make a claymation short with my nephew',
      'He loves plasticine and we have an old phone.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['cre-stop-set', 'cre-stop-story', 'cre-stop-shoot']);
    const enResin = await firstFive('creative', 'Try epoxy coasters', '');
    expect(enResin.keys[0]).toBe('cre-resin-kit');
    // A plain video goal keeps the video steps.
    const video = await firstFive('creative', 'Make short videos of our hikes', 'I have never edited anything.');
    expect(video.keys.some((key) => key.startsWith('cre-video-'))).toBe(true);
  });

  it('reads a regular commute as the level and "never more than" as the distance so far', async () => {
    const en = await firstFive(
      'sport',
      'Do a 100 km charity ride',
      'I ride 10 miles each way to the office, but I have never done more than 40 km.',
    );
    expect(en.text).not.toMatch(/walk-run|gentle 20-minute/);
    expect(en.text).not.toMatch(/40 km/);
    const ru = await firstFive(
      'sport',
      'Проехать веломарафон',
      'Езжу на велосипеде 12 км до работы каждый день, но больше 50 км за раз не проезжал.',
      'ru',
    );
    expect(ru.text).not.toMatch(/50 км/);
  });

  it('gives a weekly habit a weekly slot and a short version, with no daily anchor or daily tracker', async () => {
    const en = await firstFive('habit', 'Batch cook every Saturday', 'I always give up because it eats the whole day.');
    expect(en.keys.slice(0, 3)).toEqual(['hab-week-slot', 'hab-week-short', 'hab-week-track']);
    expect(en.keys).not.toContain('hab-01');
    expect(en.keys).not.toContain('hab-06');
    const ru = await firstFive(
      'habit',
      'Раз в неделю разбирать почту',
      'Коплю письма месяцами, потом тону в них.',
      'ru',
    );
    expect(ru.keys).toContain('hab-week-slot');
    expect(ru.keys).not.toContain('hab-01');
    const daily = await firstFive('habit', 'Floss every night', '');
    expect(daily.keys.some((key) => key.startsWith('hab-week-'))).toBe(false);
  });

  it('takes "no gym" in either word order, a school-age child as the reader, and someone who never wrote', async () => {
    const ru = await firstFive('fitness', 'Сбросить вес', 'Вес 120, в спортзал не пойду — стесняюсь и некогда.', 'ru');
    expect(ru.keys.some((key) => key.startsWith('fit-gym-'))).toBe(false);
    const en = await firstFive('fitness', 'Get stronger legs', "I won't go to a gym, ever.");
    expect(en.keys.some((key) => key.startsWith('fit-gym-'))).toBe(false);
    const child = await firstFive(
      'reading',
      'Чтобы дочь-третьеклассница читала сама',
      'Открывает книгу только из-под палки.',
      'ru',
    );
    expect(child.keys[0]).toMatch(/^read-kids-/);
    const writer = await firstFive(
      'writing',
      'Написать повесть о деревне',
      'Писать я не умею, только отчёты на работе.',
      'ru',
    );
    expect(writer.keys).not.toContain('write-ret-old');
  });

  it("gives a partner's drinking safety, a sober talk and support, with no date night or money triggers", async () => {
    const ru = await firstFive(
      'family',
      'Жена выпивает по выходным',
      'Дети боятся, когда она пьяная, я не знаю, что делать.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['fam-drink-safe', 'fam-drink-talk', 'fam-drink-support']);
    const en = await firstFive(
      'family',
      "Cope with my husband's drinking",
      'He comes home drunk twice a week and the kids hear the rows.',
    );
    expect(en.keys[0]).toBe('fam-drink-safe');
    expect(en.text).not.toMatch(/date night|tired|hungry/i);
    const calm = await firstFive('family', 'Spend more time with my wife', 'We both work late.');
    expect(calm.keys.some((key) => key.startsWith('fam-drink-'))).toBe(false);
  });

  it('keeps a wheelchair trip on access steps and gives a fear of wild animals a guide, not night safety', async () => {
    const en = await firstFive(
      'travel',
      'Take my mum to Rome',
      'She uses a wheelchair; which trains and hotels are step-free?',
    );
    expect(en.keys.some((key) => key.startsWith('trip-multi-'))).toBe(false);
    expect(en.keys).toContain('access-fit');
    const ru = await firstFive('travel', 'Поехать в Карелию одной', 'Хочу в походы, но боюсь медведей.', 'ru');
    expect(ru.keys[0]).toBe('trip-wild-guide');
    expect(ru.keys).not.toContain('trip-safe-evenings');
    const city = await firstFive('travel', 'My first solo trip to Lisbon', "I'm nervous about evenings alone.");
    expect(city.keys).toContain('trip-safe-evenings');
  });

  it('names the language in the case the Russian sentence needs, never as a "(язык: …)" label', async () => {
    const ru = await firstFive(
      'language',
      'Заговорить по-казахски с дедушкой',
      'Понимаю всё, что он говорит, но сама отвечаю по-русски.',
      'ru',
    );
    expect(ru.text).toMatch(/казахск(ом языке|ий язык|им языком)/);
    expect(ru.text).not.toMatch(/\(язык:|— язык: |; язык: /);
    expect(ru.keys).not.toContain('lang-03');
    const sign = await firstFive('language', 'Выучить язык жестов', 'Хочу понимать глухого соседа.', 'ru');
    expect(sign.text).not.toMatch(/\(язык:|— язык: |; язык: /);
    const tiny = await firstFive('language', 'Follow my Igbo family at dinners', 'I know about ten words so far.');
    expect(tiny.keys.some((key) => ['lang-15', 'lang-16'].includes(key))).toBe(false);
  });

  it('gives a pool swimmer no open-water step and no race-day reason, and keeps open water for the sea', async () => {
    const ru = await firstFive(
      'sport',
      'Проплыть 800 метров кролем',
      'Плаваю в бассейне по субботам, на кроле задыхаюсь.',
      'ru',
    );
    expect(ru.keys).not.toContain('sport-26');
    expect(ru.text).not.toMatch(/на старте/);
    const sea = await firstFive('sport', 'Swim 2 km in the sea this summer', 'I do lengths at the pool twice a week.');
    expect(sea.keys).toContain('sport-26');
  });
});
