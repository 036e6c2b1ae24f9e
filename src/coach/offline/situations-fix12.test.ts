import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

/** Keys of the connection steps ("stay close": a call, a regular call, a visit, a gift, a date night, couple time). */
const CONNECTION = ['fam-01', 'fam-02', 'fam-05', 'fam-06', 'fam-21', 'fam-23', 'fam-24'];

describe('the tenth blind read, fixed in general (issue 16, helper fix12): another situation’s steps', () => {
  it('gives a hard talk about one issue the talk steps, with no "stay close" calls, gifts or date nights', async () => {
    const en = await firstFive(
      'family',
      'Talk to my mum about her smoking around the baby',
      'She lights up on the balcony when she babysits, and every time I mention it she gets defensive.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['fam-talk-points', 'fam-talk-ask', 'fam-talk-moment']);
    expect(en.keys.some((key) => CONNECTION.includes(key))).toBe(false);
    const ru = await firstFive(
      'family',
      'Поговорить с отцом о том, что ему пора бросить водить',
      'Ему 81, зрение плохое, на прошлой неделе задел столб у подъезда. Каждый разговор заканчивается обидой.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-talk-points');
    expect(ru.keys).toContain('fam-talk-follow');
    expect(ru.keys.some((key) => CONNECTION.includes(key))).toBe(false);
    // An adult son's girlfriend is no partner of the person: no step names a "loved one".
    const grown = await firstFive(
      'family',
      'Перестать ругаться с сыном из-за его девушки',
      'Сыну 22, живёт с нами, девушка мне не нравится, и он хлопает дверью после каждого замечания.',
      'ru',
    );
    expect(grown.keys[0]).toBe('fam-talk-points');
    expect(grown.text).not.toMatch(/любим/);
    // A holiday row keeps its own turn plan; a plain wish to stay close keeps the connection steps.
    const holiday = await firstFive(
      'family',
      'Stop arguing with my wife about Christmas',
      'Every time I bring it up we fight about whose parents we visit.',
    );
    expect(holiday.keys[0]).toBe('fam-hol-plan');
    const close = await firstFive('family', 'Call my gran more often', 'She lives alone in Wales and I miss her.');
    expect(close.keys.some((key) => key.startsWith('fam-talk-'))).toBe(false);
  });

  it('gives a child who pulls away connection steps, and keeps the legal ones when a court is named', async () => {
    const en = await firstFive(
      'recovery',
      'My son has stopped coming to stay',
      "He's 14 and keeps cancelling our Saturdays since his mum's new partner moved in. Should I give him space?",
    );
    expect(en.keys).toContain('rec-pull-message');
    expect(en.keys.some((key) => ['rec-03', 'rec-06', 'rec-21', 'rec-07'].includes(key))).toBe(false);
    const ru = await firstFive(
      'recovery',
      'Дочь не хочет приезжать ко мне на выходные',
      'Ей 12, после развода живёт с мамой, перестала приезжать и не отвечает на сообщения.',
      'ru',
    );
    expect(ru.keys).toContain('rec-pull-message');
    expect(ru.text).not.toMatch(/юрист/);
    const court = await firstFive(
      'recovery',
      'My daughter stopped visiting',
      "She won't come to my weekends, and the court hearing about contact is next month.",
    );
    expect(court.keys.some((key) => key.startsWith('rec-pull-'))).toBe(false);
    expect(court.keys).toContain('rec-03');
  });

  it('gives a craft already started finishing steps, and a photo book sorting and printing steps', async () => {
    const ru = await firstFive(
      'creative',
      'Довязать плед',
      'Начала вязать плед из квадратов полгода назад, связала десять и забросила.',
      'ru',
    );
    expect(ru.keys[0]).toBe('cre-fin-pick');
    expect(ru.keys.some((key) => key.startsWith('cre-knit-'))).toBe(false);
    const en = await firstFive(
      'creative',
      'Make a photo album of our wedding',
      'We have 900 pictures from the day spread over three phones and want it printed for our first anniversary.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['cre-book-gather', 'cre-book-choose', 'cre-book-service']);
    expect(en.text).not.toMatch(/aperture|photo walk/i);
    const book = await firstFive(
      'creative',
      'Сделать фотокнигу о поездке в Грузию',
      'Фото в телефоне, их около 600.',
      'ru',
    );
    expect(book.keys[0]).toBe('cre-book-gather');
  });

  it('gives exercise after an operation a clearance first, and a pool habit pool steps — no back routine', async () => {
    const en = await firstFive(
      'fitness',
      'Get fit again after my operation',
      'Had keyhole surgery on my gallbladder six weeks ago and want to get back to running.',
    );
    expect(en.keys[0]).toBe('fit-op-clear');
    expect(en.keys.some((key) => key.startsWith('fit-back-'))).toBe(false);
    expect(en.keys).not.toContain('fit-02');
    const hernia = await firstFive(
      'fitness',
      'Вернуться в зал после операции',
      'Два месяца назад прооперировали паховую грыжу, хирург разрешил лёгкие нагрузки.',
      'ru',
    );
    expect(hernia.keys[0]).toBe('fit-op-clear');
    expect(hernia.text).not.toMatch(/спин/);
    const pool = await firstFive(
      'fitness',
      'Плавать в бассейне дважды в неделю',
      'Поясница ноет от сидячей работы, невролог сказал плавать. Купила абонемент и хожу раз в месяц.',
      'ru',
    );
    expect(pool.keys[0]).toBe('fit-pool-slots');
    expect(pool.keys.some((key) => key.startsWith('fit-back-'))).toBe(false);
    const lanes = await firstFive('fitness', 'Swim twice a week', 'I have a pool pass and never go.');
    expect(lanes.keys).toContain('fit-pool-bag');
  });

  it('gives a high mountain climb altitude and hiking steps, with no ski school', async () => {
    const ru = await firstFive(
      'sport',
      'Взойти на Казбек',
      'Иду с группой в июле, бегаю трижды в неделю, на высоте выше 2500 не был.',
      'ru',
    );
    expect(ru.keys).toContain('sport-mt-gear');
    expect(ru.keys.some((key) => key.startsWith('sport-ski-'))).toBe(false);
    const en = await firstFive(
      'sport',
      'Climb Kilimanjaro',
      'Booked for February with a guided group. I cycle twice a week.',
    );
    expect(en.keys[0]).toBe('sport-mt-doctor');
    expect(en.text).not.toMatch(/ski|race start/i);
  });

  it('gives moving out after a break-up no moving-in-together steps', async () => {
    const en = await firstFive(
      'moving',
      'Find my own place after the split',
      'We separated in spring but still live together in our rented flat. I want my own place by autumn.',
    );
    expect(en.keys[0]).toBe('mov-split-things');
    expect(en.text).not.toMatch(/both households|whose place/i);
    const ru = await firstFive(
      'moving',
      'Съехать от бывшего мужа',
      'Развелись весной, но живём вместе в его квартире. Накопила на первый месяц аренды.',
      'ru',
    );
    expect(ru.keys).toContain('mov-split-date');
  });

  it('gives leaving freelancing for a staff job a CV and a story, with no freelance-client steps', async () => {
    const en = await firstFive(
      'career',
      'Go from freelancing to a staff job',
      'Six years as a freelance copywriter. I want a steady salary, but my CV is a list of small gigs.',
    );
    expect(en.keys[0]).toBe('car-staff-cv');
    expect(en.keys.some((key) => key.startsWith('car-free-'))).toBe(false);
    const ru = await firstFive(
      'career',
      'Устроиться в штат после фриланса',
      'Три года фрилансю как монтажёр, хочу постоянную работу и отпуск.',
      'ru',
    );
    expect(ru.keys).toContain('car-staff-why');
    expect(ru.keys.some((key) => key.startsWith('car-free-'))).toBe(false);
  });
});

describe('the tenth blind read, fixed in general (helper fix12): the stated level', () => {
  it('gives someone who knows the alphabet no script steps, and no language gets a Japanese aside', async () => {
    const en = await firstFive(
      'language',
      'Learn Russian for my partner’s family',
      'I know the alphabet already and can sound out words slowly. Twenty minutes a day.',
    );
    expect(en.keys.some((key) => key.startsWith('lang-script-'))).toBe(false);
    const beginner = await firstFive('language', 'Learn to read Greek', 'The alphabet looks like shapes to me.');
    expect(beginner.keys[0]).toBe('lang-script-chart');
    expect(beginner.text).not.toMatch(/hiragana|Japanese/);
    const ru = await firstFive('language', 'Выучить грузинский', 'Хочу читать вывески, алфавит пока не знаю.', 'ru');
    expect(ru.text).not.toMatch(/хирагan|хираган|японск/);
  });

  it('gives two years of a martial art the weakness and the grading, with no trial class or beginner kit', async () => {
    const en = await firstFive(
      'sport',
      'Pass my judo brown belt grading',
      'Three years in, I train four times a week. My sensei says my throws from the left are weak.',
    );
    expect(en.keys).toContain('sport-combat-weak');
    expect(en.keys).not.toContain('sport-combat-trial');
    expect(en.keys).not.toContain('sport-combat-kit');
    const beginner = await firstFive('sport', 'Start boxing', 'Never done any martial art.');
    expect(beginner.keys).toContain('sport-combat-trial');
    const ru = await firstFive(
      'sport',
      'Получить синий пояс по карате',
      'Тренируюсь три раза в неделю уже два года.',
      'ru',
    );
    expect(ru.keys).toContain('sport-combat-grading');
    expect(ru.keys).not.toContain('sport-combat-trial');
  });

  it('gives a returning drummer no scales or chords, and a business not started no last month’s sales', async () => {
    const drums = await firstFive(
      'instrument',
      'Get back to the drums',
      'I played in a band at college, 15 years ago.',
    );
    expect(drums.text).not.toMatch(/chord|scale/i);
    const en = await firstFive(
      'business',
      'Start a dog-grooming van',
      "I've groomed dogs in a salon for eight years and I'd need a van. How do I get the first customers?",
    );
    expect(en.keys).not.toContain('biz-numbers');
    expect(en.keys).not.toContain('biz-ask-customers');
    expect(en.text).not.toMatch(/last month/i);
    const running = await firstFive(
      'business',
      'Grow my bakery stall',
      'I have sold at the market for two years; sales are flat.',
    );
    expect(running.keys).toContain('biz-numbers');
  });

  it('gives a habit the person keeps forgetting no "restart at half" or "what helped last time"', async () => {
    const ru = await firstFive(
      'habit',
      'Каждый день делать упражнения для осанки',
      'Физиотерапевт дал комплекс, но я вспоминаю о нём раз в неделю.',
      'ru',
    );
    expect(ru.text).not.toMatch(/прежнего объёма|в прошлый раз/);
    const en = await firstFive('habit', 'Floss every night', 'The dentist showed me how, but I keep forgetting.');
    expect(en.text).not.toMatch(/half of what you used to|last time/i);
  });
});

describe('the tenth blind read, fixed in general (helper fix12): a named problem or constraint', () => {
  it('gives a refused consent the owner’s reasons and an offer before any appointment or form', async () => {
    const ru = await firstFive(
      'admin',
      'Сделать временную регистрацию в съёмной квартире',
      'Живу здесь полгода, собственник не хочет регистрировать. Регистрация нужна для школы.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['adm-consent-why', 'adm-consent-facts', 'adm-consent-offer']);
    const en = await firstFive(
      'admin',
      'Register at my rented address',
      "My landlord won't sign the form and the council needs it.",
    );
    expect(en.keys[0]).toBe('adm-consent-why');
  });

  it('gives a hands-on stations exam checklists and rehearsal, not one more timed written test', async () => {
    const en = await firstFive(
      'exam',
      'Pass my OSCE in May',
      'The written papers are fine; the stations scare me, especially the CPR one on the mannequin.',
    );
    expect(en.keys[0]).toBe('exam-st-list');
    expect(en.keys).not.toContain('exam-practice');
    const ru = await firstFive(
      'exam',
      'Сдать практические навыки на аккредитации',
      'Тесты решаю нормально, а станции с манекеном пугают.',
      'ru',
    );
    expect(ru.keys).toContain('exam-st-aloud');
  });

  it('gives a book club or an author "in order" no pick of any short book', async () => {
    const en = await firstFive('reading', 'Keep up with my book group', 'We meet monthly and I never finish the book.');
    expect(en.keys).not.toContain('read-pick-short');
    expect(en.keys).toContain('read-list-get');
    const ru = await firstFive(
      'reading',
      'Прочитать всего Булгакова по порядку',
      'Читал только «Мастера и Маргариту».',
      'ru',
    );
    expect(ru.keys).not.toContain('read-pick-short');
    expect(ru.keys).not.toContain('read-list-order');
  });

  it('gives cooking with only one free day one cook-ahead session on that day, not three evenings', async () => {
    const ru = await firstFive(
      'skill',
      'Готовить еду на всю неделю',
      'Умею варить макароны и жарить яйца, времени нет, свободна только суббота.',
      'ru',
    );
    expect(ru.keys).toContain('skill-cook-batch');
    expect(ru.keys).not.toContain('skill-cook-calendar');
    expect(ru.text).toMatch(/по субботам/);
    const en = await firstFive('skill', 'Learn to cook proper meals', 'I can boil pasta. I have weekday evenings.');
    expect(en.keys).not.toContain('skill-cook-calendar');
  });

  it('gives a lump an urgent GP call and a named symptom its own appointment, never routine check-ups', async () => {
    const ru = await firstFive(
      'checkup',
      'Показать врачу шишку на шее',
      'Заметил месяц назад, не болит, не уменьшается.',
      'ru',
    );
    expect(ru.keys[0]).toBe('chk-urgent-call');
    expect(ru.text).not.toMatch(/плановые обследования|общий осмотр/);
    const en = await firstFive(
      'checkup',
      'See someone about my painful knee',
      "It's been stiff for three months and I can't kneel; I keep hoping it will pass.",
    );
    expect(en.keys[0]).toBe('chk-sym-book');
    expect(en.keys).not.toContain('chk-01');
    expect(en.keys).not.toContain('chk-06');
    const routine = await firstFive('checkup', 'Get my health checks up to date', "I haven't seen a doctor in years.");
    expect(routine.keys.some((key) => key.startsWith('chk-sym-') || key.startsWith('chk-urgent-'))).toBe(false);
  });

  it('sizes a marathoner’s long run for a marathon when only the description names it', async () => {
    const en = await firstFive(
      'sport',
      'Qualify for London next spring',
      'Two marathons done, PB 3:40, I run five days a week and my long run is 28 km.',
    );
    expect(en.keys).toContain('sport-27');
    expect(en.keys).not.toContain('sport-08');
  });
});
