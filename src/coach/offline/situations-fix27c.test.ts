import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the twenty-seventh blind read, fixed in general (helper fix27c)', () => {
  it('gives someone who wants to understand the prayers they recite the text word by word — not a level test or small talk', async () => {
    const en = await firstFive(
      'language',
      'Understand the Arabic of my daily prayers',
      'I say my prayers five times a day and know several surahs by heart, but I only know the sounds, not the meaning.',
    );
    expect(en.keys[0]).toBe('lang-prayer-lines');
    expect(en.keys).toContain('lang-prayer-meaning');
    for (const key of ['lang-15', 'lang-16', 'lang-18', 'lang-19', 'lang-02']) expect(en.keys).not.toContain(key);
    const ru = await firstFive(
      'language',
      'Понимать церковнославянский',
      'Хожу на богослужения каждое воскресенье, а понимаю от силы половину.',
      'ru',
    );
    expect(ru.keys[0]).toBe('lang-prayer-lines');
    expect(ru.keys).not.toContain('lang-16');
    // Arabic for talking with colleagues keeps the ordinary path.
    const talk = await firstFive(
      'language',
      'Learn Arabic',
      'For chatting with my colleagues in Dubai, I know some basics.',
    );
    expect(talk.keys.some((key) => key.startsWith('lang-prayer'))).toBe(false);
  });

  it('reads Bisaya (Cebuano) as the language learned, even when the description names English', async () => {
    const en = await firstFive(
      'language',
      'Get by in Cebuano with the neighbours',
      'We retired to Cebu; my English is all I have and people switch to English the moment I stumble.',
    );
    expect(en.text).toContain('Bisaya');
    expect(en.text).not.toMatch(/speaking English with me|only English|course for English/);
    const ru = await firstFive(
      'language',
      'Выучить бисайя',
      'Живём на Филиппинах, соседи говорят только на нём.',
      'ru',
    );
    expect(ru.text).not.toContain('английск');
    // English as the target still reads English.
    const english = await firstFive('language', 'Improve my English', 'For work calls.');
    expect(english.text).not.toContain('Bisaya');
  });

  it('gives hair pulling its own steps — not a stop-smoking service or quit aids', async () => {
    const en = await firstFive(
      'quit',
      'Stop pulling out my eyelashes',
      "I've done it since school, mostly when I'm reading in bed. I tried to stop many times.",
    );
    expect(en.keys[0]).toBe('quit-hair-help');
    expect(en.keys).toContain('quit-hair-log');
    expect(en.keys).not.toContain('quit-again-method');
    expect(en.text).not.toMatch(/stop-smoking|alcohol service/);
    const ru = await firstFive(
      'quit',
      'Перестать выдёргивать волосы',
      'Выдёргиваю волосы, когда нервничаю на работе.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-hair-help');
    // Someone who slipped with another non-substance habit gets support that fits, no quit aids.
    const phone = await firstFive('quit', 'Stop doomscrolling', "I've tried to stop before and only lasted a week.");
    expect(phone.keys).not.toContain('quit-again-method');
    expect(phone.keys).toContain('quit-again-help');
    // A smoker who slipped keeps the stop-smoking service.
    const smoke = await firstFive('quit', 'Quit smoking', 'I tried to quit last year and only lasted a week.');
    expect(smoke.keys).toContain('quit-again-method');
    expect(smoke.keys).not.toContain('quit-again-help');
  });

  it('gives paying inside games the payment steps — not logging out or giving the console away', async () => {
    const en = await firstFive(
      'quit',
      'Stop spending on in-game purchases',
      "I'll keep playing, but I spent hundreds on loot boxes last month.",
    );
    expect(en.keys[0]).toBe('quit-spend-card');
    expect(en.keys).toContain('quit-spend-limit');
    expect(en.keys).not.toContain('quit-gaming');
    const ru = await firstFive(
      'quit',
      'Не тратить деньги на донат',
      'Играю в телефоне, задонатил за месяц половину зарплаты.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-spend-card');
    expect(ru.keys).not.toContain('quit-gaming');
    // Gaming too much keeps the gaming step.
    const gaming = await firstFive(
      'quit',
      'Stop gaming all night',
      'I play Fortnite every evening on the PlayStation.',
    );
    expect(gaming.keys).not.toContain('quit-spend-card');
  });

  it("starts from the books of someone close — not one's own old favourites — and moves reading off the dozing hour", async () => {
    const en = await firstFive(
      'reading',
      "Read my grandson's books",
      "He's 12 and loves a dragon series; I'd like to talk with him about it. I used to read a lot.",
    );
    expect(en.keys[0]).toBe('read-their-first');
    expect(en.keys).not.toContain('read-return');
    expect(en.keys).not.toContain('read-kids-books');
    const ru = await firstFive(
      'reading',
      'Прочитать мамины книги',
      'После мамы остались её любимые книги, раньше я много читала. По вечерам засыпаю на первой странице.',
      'ru',
    );
    expect(ru.keys[0]).toBe('read-their-first');
    expect(ru.keys).not.toContain('read-return');
    expect(ru.keys).toContain('read-slot-awake');
    expect(ru.keys).not.toContain('read-slot');
    // A pile of unread books at home needs no new shortlist.
    const pile = await firstFive(
      'reading',
      'Get back into reading',
      'I used to read a lot; there is a stack of novels on my bedside table.',
    );
    expect(pile.keys).not.toContain('read-return');
    // Someone coming back with no books named keeps the shortlist and the ordinary slot.
    const back = await firstFive('reading', 'Get back into reading', 'I used to read a lot in my twenties.');
    expect(back.keys).toContain('read-return');
    expect(back.keys).not.toContain('read-slot-awake');
  });

  it('gives a student moving for university the halls, and a worker on a job with housing the employer questions — no viewings, vans or decluttering', async () => {
    const en = await firstFive(
      'moving',
      'Move to the capital for uni',
      'I got admission to the state university, lectures start in September; no hostel yet and little money.',
    );
    expect(en.keys[0]).toBe('dorm-info');
    for (const key of ['move-09', 'move-03', 'move-04']) expect(en.keys).not.toContain(key);
    const work = await firstFive(
      'moving',
      'Go abroad for seasonal work',
      'A farm in the south hired me for the summer; accommodation is provided, I fly in May.',
    );
    expect(work.keys[0]).toBe('work-house-ask');
    for (const key of ['move-02', 'move-09', 'move-03', 'move-04']) expect(work.keys).not.toContain(key);
    const ru = await firstFive(
      'moving',
      'Уехать работать на завод в Чехию',
      'Еду по контракту на год, жильё дают от работодателя.',
      'ru',
    );
    expect(ru.keys[0]).toBe('work-house-ask');
    expect(ru.keys).not.toContain('move-04');
    // A family moving flats across town keeps the ordinary path.
    const flat = await firstFive(
      'moving',
      'Move to a bigger flat',
      'Three rooms of furniture, moving across town in two months.',
    );
    expect(flat.keys.some((key) => key.startsWith('work-house') || key.startsWith('dorm-'))).toBe(false);
  });

  it('skips merging furniture for someone moving in with a partner with only a few things', async () => {
    const ru = await firstFive(
      'moving',
      'Переехать к парню',
      'Съезжаемся, у меня немного вещей — пара сумок и кот.',
      'ru',
    );
    expect(ru.keys).not.toContain('partner-merge');
    const en = await firstFive('moving', 'Move in with my girlfriend', "I don't own much, two bags and a bike.");
    expect(en.keys).not.toContain('partner-merge');
    const full = await firstFive('moving', 'Move in with my boyfriend', 'We both have full flats of furniture.');
    expect(full.keys).toContain('partner-merge');
  });

  it('reads an internal opening where one works as a promotion — no networking list or CV headline', async () => {
    const ru = await firstFive(
      'career',
      'Стать администратором в своём кафе',
      'Работаю официанткой, управляющий сказал, что осенью освобождается место и он рассмотрит своих.',
      'ru',
    );
    expect(ru.keys[0]).toBe('car-prom-criteria');
    for (const key of ['car-07', 'car-03', 'car-04']) expect(ru.keys).not.toContain(key);
    const en = await firstFive(
      'career',
      'Go from cashier to shift supervisor',
      'A position is opening in spring at my store.',
    );
    expect(en.keys[0]).toBe('car-prom-criteria');
    expect(en.keys).not.toContain('car-07');
    // A job search elsewhere keeps the ordinary path.
    const search = await firstFive(
      'career',
      'Find a job as a store manager',
      "I'm a store manager and want a bigger shop in another chain.",
    );
    expect(search.keys).not.toContain('car-prom-criteria');
  });

  it('gives a one-day race called a "tour" race steps — not touring stages, tents and check-ins — and a squad hopeful the coach, not a league', async () => {
    const en = await firstFive(
      'sport',
      'Finish the Amstel Gold cycle tour under five hours',
      'Did it in 5:20 last year, training 5 hours a week.',
    );
    expect(en.keys.some((key) => key.startsWith('sport-tour'))).toBe(false);
    const ru = await firstFive(
      'sport',
      'Проехать велотур «Гран-при» быстрее чем за три часа',
      'Это однодневная гонка на 100 км, в прошлом году за 3:20.',
      'ru',
    );
    expect(ru.keys.some((key) => key.startsWith('sport-tour'))).toBe(false);
    // A real tour with a tent keeps the touring steps.
    const tour = await firstFive(
      'sport',
      'Cycle tour of Scotland',
      'Five days with a tent, about 80 km a day, racing the weather.',
    );
    expect(tour.keys.some((key) => key.startsWith('sport-tour'))).toBe(true);
    const squad = await firstFive(
      'sport',
      'Make the first team at my netball club',
      "I've trained with them since autumn; the coach picks the squad in March.",
    );
    expect(squad.keys).toContain('sport-squad-ask');
    expect(squad.keys).not.toContain('sport-team-find');
    const squadRu = await firstFive(
      'sport',
      'Попасть в основной состав по волейболу',
      'Тренируюсь в клубе полгода, отбор в апреле.',
      'ru',
    );
    expect(squadRu.keys).toContain('sport-squad-ask');
    expect(squadRu.keys).not.toContain('sport-team-find');
    const join = await firstFive('sport', 'Start playing football again', 'Played at school, 20 years off.');
    expect(join.keys).not.toContain('sport-squad-ask');
  });
});
