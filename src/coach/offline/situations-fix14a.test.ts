import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the twelfth blind read, fixed in general (helper fix14a): the wrong reading of a word', () => {
  it('reads "coke" done at weekends as cocaine, with drug steps and no fizzy-drink swaps; a Diet Coke stays a drink', async () => {
    const en = await firstFive('quit', 'Quit cocaine', 'I do a few lines every Friday with mates.');
    expect(en.keys[0]).toBe('quit-drugs-support');
    expect(en.keys.some((key) => /^quit-(soft|food|caf)-/.test(key))).toBe(false);
    const coke = await firstFive('quit', 'Stop doing coke on nights out', 'Only when I am out, but every weekend now.');
    expect(coke.keys).toContain('quit-drugs-night');
    expect(coke.text).not.toMatch(/fizzy|sparkling water with lemon/i);
    const ru = await firstFive('quit', 'Бросить кокаин', 'Нюхаю по пятницам в клубе, уже полгода так.', 'ru');
    expect(ru.keys[0]).toBe('quit-drugs-support');
    const diet = await firstFive('quit', 'Cut out Diet Coke', 'Six cans a day, I want to be off it by March.');
    expect(diet.keys.some((key) => key.startsWith('quit-drugs-'))).toBe(false);
    expect(diet.keys).toContain('quit-caf-taper');
  });

  it('gives a day shift that starts at 6 or 7 am no night-shift steps; nights keep them', async () => {
    const ru = await firstFive(
      'sleep',
      'Привыкнуть к утренним сменам',
      'Смена с 6 утра, встаю в 4:30, а уснуть раньше полуночи не могу.',
      'ru',
    );
    expect(ru.keys.some((key) => key.startsWith('sleep-shiftwork-'))).toBe(false);
    expect(ru.keys).toContain('sleep-shift');
    const en = await firstFive(
      'sleep',
      'Adjust to early shifts',
      'My shift starts at 6 am, I lie awake till midnight.',
    );
    expect(en.keys.some((key) => key.startsWith('sleep-shiftwork-'))).toBe(false);
    const nights = await firstFive('sleep', 'Sleep better on night shifts', "I'm a nurse on nights, three in a row.");
    expect(nights.keys[0]).toBe('sleep-shiftwork-plan');
  });

  it('gives a breakfast habit that names the wake-up time food steps, not an earlier alarm', async () => {
    const en = await firstFive('habit', 'Start eating breakfast', 'I get up at 6:30 and cannot face food until lunch.');
    expect(en.keys.some((key) => key.startsWith('hab-wake-'))).toBe(false);
    expect(en.keys).toEqual(expect.arrayContaining(['hab-bfast-small', 'hab-bfast-pack']));
    const ru = await firstFive('habit', 'Начать завтракать', 'Встаю в 7, утром есть не хочется.', 'ru');
    expect(ru.keys.some((key) => key.startsWith('hab-wake-'))).toBe(false);
    expect(ru.keys).toContain('hab-bfast-small');
    // Breakfast as the anchor of another habit is no breakfast goal.
    const meditate = await firstFive('habit', 'Медитировать после завтрака', 'Каждое утро по 10 минут.', 'ru');
    expect(meditate.keys.some((key) => key.startsWith('hab-bfast-') || key.startsWith('hab-food-'))).toBe(false);
    const wake = await firstFive('habit', 'Get up at 6 every day', 'I want a quiet hour before work.');
    expect(wake.keys[0]).toBe('hab-wake-shift');
  });

  it('reads a Three Peaks or a long trail as a hike (no climbing wall, no comeback) and "I hike most weekends" as active', async () => {
    const en = await firstFive(
      'sport',
      'Do the Three Peaks challenge',
      'I hike most weekends, but never three big climbs back to back.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['sport-mt-gear', 'sport-mt-hike', 'sport-mt-stairs']);
    expect(
      en.keys.some((key) => ['sport-25', 'sport-28', 'sport-29', 'sport-09', 'sport-mt-doctor'].includes(key)),
    ).toBe(false);
    const trail = await firstFive('sport', 'Walk the West Highland Way', 'I hike most weekends; six days in May.');
    expect(trail.keys).toContain('sport-mt-hike');
    const ru = await firstFive(
      'sport',
      'Пройти 100 км пешком за три дня',
      'Хожу в походы почти каждые выходные, в июне идём группой по тропе вдоль озера.',
      'ru',
    );
    expect(ru.keys).toContain('sport-mt-hike');
    expect(ru.keys).not.toContain('sport-mt-doctor');
    const run = await firstFive('sport', 'Run my first marathon', 'I run 3 times a week, longest run 25 km.');
    expect(run.keys.some((key) => key.startsWith('sport-mt-'))).toBe(false);
  });
});

describe('the twelfth blind read, fixed in general (helper fix14a): a fact that makes a step moot', () => {
  it('gives six months sober relapse prevention, not a quit date or a withdrawal warning; a new quitter keeps them', async () => {
    const ru = await firstFive('quit', 'Не сорваться снова', 'Год не пью, а на свадьбе у брата все будут пить.', 'ru');
    expect(ru.keys[0]).toBe('quit-stay-event');
    expect(ru.keys.some((key) => key === 'quit-date' || key.startsWith('quit-alcohol-doctor'))).toBe(false);
    const en = await firstFive(
      'quit',
      'Stay sober through Christmas',
      'Eight months sober, first work party coming up.',
    );
    expect(en.keys).toEqual(expect.arrayContaining(['quit-stay-event', 'quit-stay-signs']));
    expect(en.keys).not.toContain('quit-date');
    // A new quitter keeps the doctor and a first day; since fix31c1 a daily drinker sets that day with the doctor.
    const fresh = await firstFive('quit', 'Stop drinking', 'I have wine every night, I want to stop next month.');
    expect(fresh.keys).toEqual(expect.arrayContaining(['quit-alcohol-doctor', 'quit-alcohol-start']));
  });

  it('gives a series already under way with a child no new books to pick, no list quota or audio', async () => {
    const en = await firstFive(
      'reading',
      'Read all seven Harry Potter books aloud with my daughter',
      "We're halfway through the first one, bedtime three nights a week.",
    );
    expect(en.keys.some((key) => key.startsWith('read-list-') || key === 'read-kids-books')).toBe(false);
    expect(en.keys).toContain('read-kids-share');
    const ru = await firstFive(
      'reading',
      'Дочитать с дочкой всего Гарри Поттера',
      'Читаем вслух перед сном, сейчас на середине второй книги.',
      'ru',
    );
    expect(ru.keys[0]).toBe('read-kids-routine');
    expect(ru.keys).not.toContain('read-kids-books');
    const toddler = await firstFive(
      'reading',
      'Read to my toddler every night',
      'She is 2, I want a bedtime story habit.',
    );
    expect(toddler.keys[0]).toBe('read-kids-books');
  });

  it('gives books at home no library card, and a pages-a-day goal no audiobook', async () => {
    const ru = await firstFive(
      'reading',
      'Читать хотя бы 20 страниц в день в метро',
      'Книг дома полно, и электронная читалка есть.',
      'ru',
    );
    expect(ru.keys).not.toContain('read-library');
    expect(ru.keys).not.toContain('read-audio');
    const en = await firstFive('reading', 'Read 25 pages a day', 'My Kindle is full of unread books.');
    expect(en.keys).not.toContain('read-library');
    expect(en.keys).not.toContain('read-audio');
  });

  it('gives a couple with nobody to mind the children no date out, and no family dinner', async () => {
    const ru = await firstFive(
      'family',
      'Уделять время мужу, а не только детям',
      'Двое детей, разговариваем только про памперсы. Оставить детей не с кем.',
      'ru',
    );
    expect(ru.keys).not.toContain('fam-06');
    expect(ru.keys).not.toContain('fam-12');
    const en = await firstFive('family', 'More time with my wife', 'Two kids under four and no babysitter.');
    expect(en.keys).not.toContain('fam-06');
  });
});

describe('the twelfth blind read, fixed in general (helper fix14a): the named problem drives the steps', () => {
  it("gives someone else's check-up persuasion steps, not the person's own check-up; one's own keeps it", async () => {
    const ru = await firstFive(
      'checkup',
      'Уговорить папу сходить к врачу',
      'Ему 67, кашляет уже несколько месяцев, в поликлинику не идёт.',
      'ru',
    );
    expect(ru.keys[0]).toBe('chk-other-why');
    expect(ru.keys.some((key) => /^chk-(0\d|gp-book)/.test(key))).toBe(false);
    expect(ru.text).toMatch(/папе/);
    const en = await firstFive(
      'checkup',
      'Get my dad to see a doctor',
      "He's had a cough for months but says it's nothing.",
    );
    expect(en.keys).toEqual(expect.arrayContaining(['chk-other-why', 'chk-other-ask', 'chk-other-book']));
    const husband = await firstFive('checkup', 'Уговорить мужа сходить к врачу', 'Полгода болит спина.', 'ru');
    expect(husband.keys[0]).toBe('chk-other-why');
    const own = await firstFive('checkup', 'Book a GP check-up', "I haven't had one in five years.");
    expect(own.keys.some((key) => key.startsWith('chk-other-'))).toBe(false);
  });

  it('gives an ex who cancels the calls a log, a written proposal and words for the child; a child pulling away keeps its steps', async () => {
    const en = await firstFive(
      'recovery',
      'My ex keeps cancelling my video calls with the kids',
      'We agreed Wednesdays and Sundays; four of the last six were cancelled last minute.',
    );
    expect(en.keys).toEqual(expect.arrayContaining(['rec-canc-log', 'rec-canc-propose', 'rec-canc-child']));
    expect(en.keys.some((key) => key.startsWith('rec-pull-'))).toBe(false);
    const ru = await firstFive(
      'recovery',
      'Бывшая отменяет звонки с сыном',
      'Договорились по средам, но она отменяет в последний момент.',
      'ru',
    );
    expect(ru.keys).toContain('rec-canc-log');
    const pulling = await firstFive('recovery', "My son won't come to my weekends", "He's 12 and keeps cancelling.");
    expect(pulling.keys).toContain('rec-pull-message');
  });

  it('gives the first birthday after a death the hard-date steps, not post-death admin', async () => {
    const en = await firstFive('grief', "Get through Dad's birthday", 'The first one since he died in the spring.');
    expect(en.keys[0]).toBe('grief-anniv-day');
    expect(en.keys.some((key) => key === 'grief-04' || key === 'grief-05')).toBe(false);
    const ru = await firstFive('grief', 'Пережить мамин день рождения', 'Первый без неё, она умерла летом.', 'ru');
    expect(ru.keys[0]).toBe('grief-anniv-day');
  });

  it('gives Nordic walking its poles, technique and group steps, not chair and floor drills; older strength keeps them', async () => {
    const ru = await firstFive(
      'fitness',
      'Начать заниматься скандинавской ходьбой',
      'Мне 63, на пенсии, в парке собирается группа, но стесняюсь.',
      'ru',
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['fit-nordic-poles', 'fit-nordic-group']));
    expect(ru.keys.some((key) => key.startsWith('fit-older-'))).toBe(false);
    const en = await firstFive('fitness', 'Start Nordic walking', "I'm 70 and retired; my daughter gave me poles.");
    expect(en.keys).toContain('fit-nordic-poles');
    const older = await firstFive(
      'fitness',
      'Stay strong for the grandkids',
      'I am retired and want to get off the floor.',
    );
    expect(older.keys).toContain('fit-older-chair');
  });

  it('gives a mother and a wife who clash the in-law steps, and political rows the conflict steps; a rift keeps its own', async () => {
    const en = await firstFive(
      'family',
      'Stop my mum and my wife falling out every visit',
      'Mum comments on how we feed the kids and my wife goes quiet for two days.',
    );
    expect(en.keys[0]).toBe('fam-inlaw-partner');
    expect(en.keys.some((key) => key.startsWith('fam-estr-'))).toBe(false);
    const ru = await firstFive(
      'family',
      'Чтобы мама и жена не ссорились',
      'Мама делает замечания, жена обижается.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-inlaw-partner');
    const politics = await firstFive(
      'family',
      'Перестать ругаться с отцом из-за политики',
      'Каждый раз всё заканчивается криком за столом.',
      'ru',
    );
    expect(politics.keys[0]).toBe('fam-25');
    expect(politics.keys.some((key) => ['fam-01', 'fam-02', 'fam-05', 'fam-21'].includes(key))).toBe(false);
    const dinner = await firstFive(
      'family',
      'Stop arguing with my brother about politics',
      'Every family dinner turns into shouting.',
    );
    expect(dinner.keys[0]).toBe('fam-25');
    expect(dinner.keys.some((key) => key.startsWith('fam-meal-'))).toBe(false);
    const rift = await firstFive(
      'family',
      'Reconcile with my brother',
      'We fell out two years ago and have not spoken.',
    );
    expect(rift.keys[0]).toBe('fam-estr-message');
  });
});
