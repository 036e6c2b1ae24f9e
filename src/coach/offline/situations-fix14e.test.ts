import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the thirteenth blind read, fixed in general (helper fix14e): the wrong reading of a word', () => {
  it('reads "putting a foot down" as no golf, and a long climb or a multi-day ride as what it is', async () => {
    const en = await firstFive(
      'sport',
      'Cycle up Mont Ventoux without putting a foot down',
      'I ride 120 km a week on flat roads; the longest climb I know takes five minutes.',
    );
    expect(en.keys.some((key) => key.startsWith('sport-aim-'))).toBe(false);
    expect(en.keys).toContain('sport-hills');
    const tour = await firstFive(
      'sport',
      'Проехать на велосипеде из Казани в Нижний',
      'Катаюсь третий год, по выходным делаю по 80–100 км. Хочу многодневный маршрут с ночёвками, 400 км подряд ни разу не ездил.',
      'ru',
    );
    expect(tour.text).not.toMatch(/Дистанция — 100 км/);
    expect(tour.keys).toContain('sport-ride-long');
    // Golf keeps its steps.
    const golf = await firstFive('sport', 'Sort out my putting', 'I three-putt half the greens, handicap 18.');
    expect(golf.keys[0]).toBe('sport-aim-card');
  });
});

describe('fix14e: the named problem drives the steps', () => {
  it('gives a dependence on painkillers or sleeping pills a GP plan — no quit date, no throwing supplies away', async () => {
    const en = await firstFive(
      'quit',
      'Come off the codeine',
      'Prescribed for my knee last year; now I buy it from different pharmacies and feel rough without it.',
    );
    expect(en.keys[0]).toBe('quit-meds-gp');
    expect(en.keys).not.toContain('quit-date');
    expect(en.keys).not.toContain('quit-clear');
    const ru = await firstFive(
      'quit',
      'Слезть с феназепама',
      'Пью каждый вечер уже полгода, без него не могу уснуть, стыдно идти к врачу.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['quit-meds-gp', 'quit-meds-log', 'quit-meds-words']);
    expect(ru.text).not.toMatch(/дату отказа/);
    // Smoking keeps its quit date.
    const smoking = await firstFive('quit', 'Quit smoking', '20 a day for ten years.');
    expect(smoking.keys).toContain('quit-date');
    expect(smoking.keys.some((key) => key.startsWith('quit-meds-'))).toBe(false);
  });

  it('gives a wheelchair user hill technique and shoulder care, not walks', async () => {
    const en = await firstFive(
      'fitness',
      'Get up the ramp at work without help',
      "I'm a manual wheelchair user and the ramp is steep; I always need a push.",
    );
    expect(en.keys[0]).toBe('fit-chair-setup');
    expect(en.keys).toContain('fit-chair-technique');
    expect(en.keys).not.toContain('fit-14');
    const ru = await firstFive(
      'fitness',
      'Заезжать в горку к дому без остановок',
      'Я колясочник после травмы позвоночника, подъём крутой, отдыхаю два раза.',
      'ru',
    );
    expect(ru.keys).toContain('fit-chair-sections');
    expect(ru.text).not.toMatch(/прогулк/i);
    // A walker keeps the walk.
    const walk = await firstFive('fitness', 'Get fitter', "I'm unfit and haven't exercised in years.");
    expect(walk.keys.some((key) => key.startsWith('fit-chair-'))).toBe(false);
  });

  it('gives grown-up children a monthly dinner, not play and bedtime questions', async () => {
    const en = await firstFive(
      'family',
      'See my adult children more often',
      'They all live nearby but we only get together at Easter.',
    );
    expect(en.keys[0]).toBe('fam-grown-date');
    expect(en.keys).not.toContain('fam-07');
    expect(en.keys).not.toContain('fam-22');
    const ru = await firstFive(
      'family',
      'Собирать взрослых детей на обед',
      'Дети выросли и разъехались, видимся только по праздникам.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['fam-grown-date', 'fam-grown-invite']);
    // Young children at home keep their play and family meals.
    const young = await firstFive(
      'family',
      'Eat dinner together as a family',
      'The kids (7 and 10) eat in their rooms.',
    );
    expect(young.keys[0]).toBe('fam-meal-slot');
    expect(young.keys.some((key) => key.startsWith('fam-grown-'))).toBe(false);
  });

  it("gives a parent's drinking facts and help where they live, and keeps the children's plan for a partner's", async () => {
    const en = await firstFive(
      'family',
      'Talk to my dad about his drinking',
      'He lives alone since Mum died and rings me drunk most nights. He laughs it off.',
    );
    expect(en.keys).toContain('fam-drink-facts');
    expect(en.keys).not.toContain('fam-drink-safe');
    expect(en.keys).not.toContain('fam-drink-kids');
    const ru = await firstFive('family', 'Поговорить с мамой о выпивке', 'Она живёт одна и пьёт каждый вечер.', 'ru');
    expect(ru.keys).toContain('fam-drink-help');
    expect(ru.keys).not.toContain('fam-drink-safe');
    const partner = await firstFive('family', 'Муж пьёт', 'Каждую пятницу напивается, дети боятся.', 'ru');
    expect(partner.keys[0]).toBe('fam-drink-safe');
    expect(partner.keys).not.toContain('fam-drink-facts');
  });

  it('gives a recall after screening the appointment prepared, with no booking', async () => {
    const en = await firstFive(
      'checkup',
      'Get through my breast screening recall',
      "They've called me back for more images on Friday and I'm scared.",
    );
    expect(en.keys[0]).toBe('chk-recall-letter');
    expect(en.keys.some((key) => key.startsWith('chk-scr-'))).toBe(false);
    const ru = await firstFive(
      'checkup',
      'Сходить на дообследование после маммографии',
      'Пришло письмо, что нужны повторные снимки, запись на четверг.',
      'ru',
    );
    expect(ru.keys[0]).toBe('chk-recall-letter');
    expect(ru.text).not.toMatch(/запишись на обследование/i);
    // A first screening keeps its booking.
    const book = await firstFive('checkup', 'Book my first mammogram', 'The letter says I am due.');
    expect(book.keys).toContain('chk-scr-book');
  });

  it('gives supervised contact the visits prepared, not court papers or a lawyer', async () => {
    const en = await firstFive(
      'recovery',
      'Prepare for supervised visits with my son',
      'The court ordered contact at a contact centre once a week. He is 8 and we have not seen each other for months.',
    );
    expect(en.keys).toContain('rec-contact-centre');
    expect(en.keys).not.toContain('rec-07');
    expect(en.keys).not.toContain('rec-21');
    const ru = await firstFive(
      'recovery',
      'Подготовиться к встречам с дочерью под присмотром',
      'Суд назначил встречи раз в две недели в присутствии психолога, дочке 9.',
      'ru',
    );
    expect(ru.keys).toContain('rec-contact-words');
    // A hearing still gets its papers.
    const hearing = await firstFive(
      'recovery',
      'Prepare for the custody hearing',
      'It is in March, my ex wants full custody.',
    );
    expect(hearing.keys.some((key) => key.startsWith('rec-contact-'))).toBe(false);
  });

  it('gives queer people queer groups and a dancer a dance partner, and keeps the general path', async () => {
    const en = await firstFive(
      'social',
      'Find other gay men where I live',
      'Small town, everyone I know is on apps or in the city.',
    );
    expect(en.keys[0]).toBe('soc-lgbt-find');
    expect(en.keys).not.toContain('soc-05');
    const ru = await firstFive('social', 'Найти ЛГБТ-друзей в своём городе', 'Переехала, никого не знаю.', 'ru');
    expect(ru.keys[0]).toBe('soc-lgbt-find');
    const dance = await firstFive(
      'social',
      'Find a tango partner',
      'I go to classes twice a week but have no partner and stand by the wall at milongas.',
    );
    expect(dance.keys[0]).toBe('soc-dance-teacher');
    expect(dance.keys).not.toContain('soc-03');
    const gamer = await firstFive('social', 'Найти друзей-геймеров', 'Играю по вечерам, хочу компанию.', 'ru');
    expect(gamer.keys.some((key) => key.startsWith('soc-lgbt-'))).toBe(false);
    const plain = await firstFive('social', 'Make friends in a new city', 'Just moved for work, know nobody.');
    expect(plain.keys[0]).toBe('soc-03');
  });

  it('gives tinnitus sound in the room and the GP, and a phone on walks no bedroom charger', async () => {
    const en = await firstFive(
      'sleep',
      'Sleep through my tinnitus',
      'The silence at night makes the ringing unbearable.',
    );
    expect(en.keys.slice(0, 2)).toEqual(['sleep-tin-sound', 'sleep-tin-gp']);
    const ru = await firstFive('sleep', 'Засыпать несмотря на звон в ушах', 'В тишине спальни слышу только его.', 'ru');
    expect(ru.keys[0]).toBe('sleep-tin-sound');
    const walks = await firstFive(
      'quit',
      'Stop scrolling on walks with my kids',
      'We go to the park every afternoon and I am on my phone the whole time.',
    );
    expect(walks.keys).toContain('quit-phone-out');
    expect(walks.keys).not.toContain('quit-phone-bedroom');
    const bed = await firstFive('quit', 'Stop scrolling in bed', 'I am on my phone till 1 am every night.');
    expect(bed.keys).not.toContain('quit-phone-out');
    const shouting = await firstFive('quit', 'Stop shouting with my kids', 'I lose it every evening.');
    expect(shouting.keys).not.toContain('quit-phone-out');
  });
});

describe('fix14e: the level or stated facts', () => {
  it('reads "a book a fortnight" as an active reader and gives world reading its own steps', async () => {
    const en = await firstFive(
      'reading',
      'Read books from around the world',
      'I read about a book a week, but all of it is British.',
    );
    expect(en.keys[0]).toBe('read-world-map');
    expect(en.keys).not.toContain('read-pick-short');
    expect(en.keys).not.toContain('read-ten');
    const ru = await firstFive('reading', 'Читать больше книг', 'Читаю примерно книгу в неделю, хочу больше.', 'ru');
    expect(ru.keys).not.toContain('read-ten');
    // A non-reader keeps the short first book.
    const starter = await firstFive('reading', 'Start reading again', "I haven't finished a book in years.");
    expect(starter.keys).toContain('read-pick-short');
  });

  it('gives reading to grandchildren over video picture books and a set-up call', async () => {
    const ru = await firstFive(
      'reading',
      'Читать внуку сказки по видео',
      'Внук в другом городе, ему четыре, через пару минут убегает от экрана.',
      'ru',
    );
    expect(ru.keys[0]).toBe('read-video-books');
    expect(ru.keys).not.toContain('read-ten');
    const en = await firstFive('reading', 'Read stories to my grandkids on FaceTime', 'They are 3 and 6.');
    expect(en.keys).toContain('read-video-screen');
    // Bedtime reading at home keeps its routine.
    const home = await firstFive('reading', 'Read to my son every night', "He's 4 and we never manage it.");
    expect(home.keys).toContain('read-kids-routine');
  });

  it('keeps a prescribed regimen whole and ties a food diary to the meals', async () => {
    const physio = await firstFive(
      'habit',
      'Do my rehab exercises',
      'After knee surgery the physio said three times a day; I manage twice a week.',
    );
    expect(physio.keys).not.toContain('hab-03');
    const diary = await firstFive(
      'habit',
      'Вести дневник питания',
      'Врач попросил записывать всё, что ем, а я к вечеру забываю.',
      'ru',
    );
    expect(diary.keys).toContain('hab-meal-photo');
    expect(diary.keys).not.toContain('hab-forget-early');
    const en = await firstFive(
      'habit',
      'Keep a food diary',
      'The dietitian wants everything I eat; I forget after breakfast.',
    );
    expect(en.keys).toContain('hab-meal-alarms');
    // A walk after meals is no food diary.
    const walk = await firstFive('habit', 'Walk after every meal', 'My doctor says it helps my blood sugar.');
    expect(walk.keys.some((key) => key.startsWith('hab-meal-'))).toBe(false);
    expect(walk.keys).toContain('hab-walk-first');
  });
});
