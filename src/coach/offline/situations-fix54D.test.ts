import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the fifty-third blind read, helper fix54D: whole paths', () => {
  it('gives a real lunch break away from the desk its own steps, not slow chewing; a slow eater keeps the chewing', async () => {
    const en = await tap(
      'habit',
      'stop working through my lunch break',
      'I eat a sandwich at the keyboard every day and my neck hurts by the afternoon. I want half an hour outside or in the staff kitchen.',
      'en',
      ['Taking a real lunch break'],
    );
    expect(en.keys).toContain('hab-lunch-slot');
    expect(en.keys).toContain('hab-lunch-team');
    expect(en.keys).not.toContain('hab-eat-pace');
    const ru = await tap(
      'habit',
      'уходить на обед, а не есть за компьютером',
      'Пятый год обедаю прямо на рабочем месте и отвечаю на письма. К вечеру болит спина. Хочу нормальный обеденный перерыв.',
      'ru',
      ['Настоящий обеденный'],
    );
    expect(ru.keys).toContain('hab-lunch-slot');
    expect(ru.keys).not.toContain('hab-eat-pause');
    const near = await tap(
      'habit',
      'eat more slowly',
      'I wolf down every meal in five minutes and feel bloated.',
      'en',
      ['Eating slowly'],
    );
    expect(near.keys).not.toContain('hab-lunch-slot');
    expect(near.keys).toContain('hab-eat-pace');
  });

  it('takes a morning sugar check as a fasting reading, not the floss by the toothbrush', async () => {
    const en = await tap(
      'habit',
      'test my blood sugar each morning',
      'Type 2 for three years. The nurse gave me a meter but I only use it when I feel shaky, and I leave for work at five.',
      'en',
      [],
    );
    expect(en.keys).toContain('hab-fastread-first');
    expect(en.keys).not.toContain('hab-04');
    const ru = await tap(
      'habit',
      'мерить сахар каждое утро',
      'Диабет второго типа, глюкометр дали в поликлинике, а меряю, только когда плохо.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('hab-fastread-first');
    const near = await tap(
      'habit',
      'eat less sugar in the morning',
      'I have two sweet pastries with coffee every day.',
      'en',
      [],
    );
    expect(near.keys).not.toContain('hab-fastread-first');
  });

  it('gives a daily blood-pressure diary the monitor, one alarm for the reading and the tablet, the diary — not a pills-only alarm', async () => {
    const ru = await tap(
      'habit',
      'мерить давление по утрам и вести дневник',
      'Врач нашёл гипертонию, дал таблетки и велел записывать давление. Тонометр есть, но забываю, на работу выхожу в шесть.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('hab-bp-spot');
    expect(ru.keys).toContain('hab-bp-alarm');
    expect(ru.keys).not.toContain('hab-pills-alarm');
    const en = await tap(
      'habit',
      'check my blood pressure every morning',
      'The GP wants a week of readings and I take amlodipine. I have the monitor but it stays in the box.',
      'en',
      [],
    );
    expect(en.keys).toContain('hab-bp-spot');
    expect(en.keys).toContain('hab-bp-diary');
    const near = await tap(
      'habit',
      'take my blood pressure tablets every day',
      'I keep forgetting the evening pill.',
      'en',
      [],
    );
    expect(near.keys).not.toContain('hab-bp-spot');
    expect(near.keys).toContain('hab-pills-alarm');
  });

  it('claims a goal of doing things for the first time from the generic path, not the risky-skill teacher for a parachute named as a maybe', async () => {
    const ru = await tap(
      'generic',
      'сделать что-то впервые в жизни до юбилея',
      'Мне 59, всю жизнь по расписанию. Может, полететь на воздушном шаре, может, прыгнуть с парашютом, может, пойти на танцы.',
      'ru',
      ['Делать что-то впервые', 'Другое'],
    );
    expect(ru.keys).toContain('hab-firsts-list');
    expect(ru.keys).not.toContain('skill-risky-teacher');
    const en = await tap(
      'generic',
      'do something wild before I turn 40',
      "I've played it safe forever. Maybe skydiving, maybe a solo trip, maybe a tattoo — I don't know yet.",
      'en',
      ['Doing things for the first', 'Something else'],
    );
    expect(en.keys).toContain('hab-firsts-list');
    expect(en.keys).toContain('hab-firsts-big');
    const near = await tap('generic', 'learn to skydive', 'I want my own licence for solo jumps.', 'en', [
      'Something else',
    ]);
    expect(near.keys).not.toContain('hab-firsts-list');
  });

  it('claims visiting every library branch for reading: the list, the outings, the first branch, a journal', async () => {
    const en = await tap(
      'generic',
      'go to all the library branches in my city this year',
      'There are 40 library branches and I have a card. I cycle and take the bus, and I want a notebook of each one.',
      'en',
      ['Visiting every library', 'Something else'],
    );
    expect(en.keys).toContain('read-tour-list');
    expect(en.keys).toContain('read-tour-first');
    const ru = await tap(
      'generic',
      'побывать во всех библиотеках города за два года',
      'В городе 60 районных библиотек, я была в пяти. Хочу в каждой взять книгу и вести дневник, езжу на автобусе.',
      'ru',
      ['Побывать во всех', 'Другое'],
    );
    expect(ru.keys).toContain('read-tour-list');
    const near = await tap(
      'reading',
      'read more library books',
      'I want to borrow a book a week from my local library.',
      'en',
      [],
    );
    expect(near.keys).not.toContain('read-tour-list');
  });

  it('dries and packs belongings that go mouldy in a humid season, not a wall leak and a landlord; a mouldy wall keeps its steps', async () => {
    const en = await tap(
      'home',
      'keep my clothes from going mouldy in the rainy season',
      'Every wet season there is mould on my clothes and my leather bags, and mould on the books. We rent and cannot change anything.',
      'en',
      [],
    );
    expect(en.keys).toContain('home-humid-sort');
    expect(en.keys).toContain('home-humid-pack');
    expect(en.keys).not.toContain('home-damp-source');
    expect(en.keys).not.toContain('home-damp-landlord');
    const ru = await tap(
      'home',
      'чтобы вещи в шкафу не плесневели',
      'Каждую осень плесень на одежде и на обуви, в прошлом году выбросила пальто. Квартира съёмная.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('home-humid-sort');
    expect(ru.keys).not.toContain('home-damp-source');
    const near = await tap(
      'home',
      'get rid of the black mould in the bedroom',
      'Black mould on the wall behind the bed keeps coming back. We rent and the landlord is slow.',
      'en',
      [],
    );
    expect(near.keys).toContain('home-damp-source');
    expect(near.keys).not.toContain('home-humid-sort');
  });

  it('sets aside things to pass on to a named person instead of sending every "give away" bag to a donation point', async () => {
    const en = await tap(
      'home',
      'sort the bags of baby clothes in the spare cupboard',
      'My youngest is four now. My friend is pregnant with twins and I want to give her the best things, the rest can go to charity.',
      'en',
      ['Sorting one room'],
    );
    expect(en.keys).toContain('home-space-pass');
    expect(en.keys).not.toContain('home-space-out');
    const ru = await tap(
      'home',
      'разобрать шкаф с детскими вещами',
      'Дети выросли из горы одежды. Сестра ждёт ребёнка, хочу отдать сестре хорошее, остальное раздать.',
      'ru',
      ['Разобрать одну'],
    );
    expect(ru.keys).toContain('home-space-pass');
    const near = await tap(
      'home',
      'clear out the linen cupboard',
      'Old towels and sheets nobody uses, it will not close.',
      'en',
      ['Sorting one room'],
    );
    expect(near.keys).not.toContain('home-space-pass');
    expect(near.keys).toContain('home-space-out');
  });

  it('listens to the chosen big book itself, not "a story you already love"; no book named keeps the easy start', async () => {
    const en = await tap(
      'reading',
      'finally get through Anna Karenina',
      'I am 74 with glaucoma and print blurs after a page. I have tried it twice.',
      'en',
      ['Finishing one big'],
    );
    expect(en.keys).toContain('read-audio-book');
    expect(en.keys).not.toContain('read-audio-home');
    const ru = await tap(
      'reading',
      'дочитать «Тихий Дон»',
      'Мне 80, катаракта, мелкий шрифт уже не вижу. Начинал два раза.',
      'ru',
      ['Дочитать одну', 'Вернуться'],
    );
    expect(ru.keys).not.toContain('read-audio-home');
  });

  it("reads a grandchild's books with them, not the newspaper or a club over calls", async () => {
    const en = await tap(
      'reading',
      'read the same books as my grandson',
      'He is 12 and loves adventure series. I only read the paper these days and my eyes get tired.',
      'en',
      [],
    );
    expect(en.keys).toContain('read-their-first');
    expect(en.keys).not.toContain('read-paper-get');
    expect(en.keys).not.toContain('read-pair-rules');
    const ru = await tap(
      'reading',
      'читать те же книги, что и внучка',
      'Ей 13, она любит фэнтези. Я читаю только газету.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('read-their-first');
    expect(ru.keys).not.toContain('read-paper-get');
    const near = await tap(
      'reading',
      'read the newspaper every morning',
      'I want to keep up with the news in print.',
      'en',
      [],
    );
    expect(near.keys).toContain('read-paper-get');
  });
});
