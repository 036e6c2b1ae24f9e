import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const some = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));

describe('the forty-sixth blind read, fixed in general (helper fix46G)', () => {
  it('walks a first barbell meet through the lift steps and the meet rules — a running week never; a plain lift target gets no rules', async () => {
    const en = await tap(
      'sport',
      'Compete in my first powerlifting meet',
      "I've trained for four years: squat 150, bench 100, deadlift 180. The meet is in March and I've no idea how the judging works.",
      'en',
    );
    expect(en.keys).toContain('sport-meet-rules');
    expect(en.keys).toContain('sport-lift-plan');
    expect(en.keys).not.toContain('sport-07');
    expect(en.keys).not.toContain('sport-08');
    const ru = await tap(
      'sport',
      'Выступить на турнире по пауэрлифтингу',
      'Тренируюсь пятый год, присед 140, жим 95. Турнир в мае, правил не знаю.',
      'ru',
    );
    expect(ru.keys).toContain('sport-meet-rules');
    expect(ru.keys).not.toContain('sport-03');
    expect(ru.text).not.toContain('целевая дистанция');
    const near = await tap('sport', 'Bench press 100 kg', 'I bench 85 now, training three times a week.', 'en', [
      'Lifting more',
    ]);
    expect(near.keys).not.toContain('sport-meet-rules');
  });

  it('teaches the clutch and hill starts to a licensed driver new to a manual, whatever road the drive goes on', async () => {
    const en = await tap(
      'skill',
      'Get confident in our manual van',
      'I passed in an automatic. The van stalls every time I pull out of the yard onto the highway.',
      'en',
      ['Driving a manual'],
    );
    expect(en.keys).toContain('skill-drive-clutch');
    expect(some(en.keys, 'skill-road')).toEqual([]);
    const ru = await tap(
      'skill',
      'Научиться ездить на механике',
      'Права есть, ездила только на автомате, а теперь машина с механикой, постоянно глохну, до работы ехать по трассе.',
      'ru',
      ['Езда на механике'],
    );
    expect(ru.keys).toContain('skill-drive-clutch');
    expect(some(ru.keys, 'skill-road')).toEqual([]);
    // The motorway itself, with no gearbox to learn, keeps the open-road path.
    const near = await tap(
      'skill',
      'Drive on the motorway for the first time',
      "I've had my licence a year but only drive around town.",
    );
    expect(near.keys).toContain('skill-road-course');
  });

  it('reads a licence category named for itself as the driving test — a teacher’s qualification category is none', async () => {
    const ru = await tap(
      'exam',
      'Сдать на категорию B',
      'Теорию сдала, практику в городе завалила один раз, пересдача через месяц.',
      'ru',
      ['Экзамен на права'],
    );
    expect(some(ru.keys, 'exam-driving').length).toBeGreaterThan(0);
    expect(ru.keys).not.toContain('exam-spaced');
    const en = await tap('exam', 'Pass my HGV test', 'I failed the practical once on the reversing exercise.', 'en', [
      'The driving test',
    ]);
    expect(en.keys).not.toContain('exam-spaced');
    const near = await tap(
      'exam',
      'Сдать на высшую категорию',
      'Я учитель, аттестация через два месяца, нужно подготовить портфолио.',
      'ru',
    );
    expect(some(near.keys, 'exam-driving')).toEqual([]);
  });

  it('takes the child named by an age without hyphens as the person, not a mother mentioned in passing', async () => {
    const en = await tap(
      'family',
      'Stop yelling at my 12 year old',
      'My mother says I am too strict, and every homework evening ends in tears.',
      'en',
      ['Family'],
    );
    expect(en.text).not.toMatch(/your mother/i);
    const near = await tap('family', 'Call my mother more often', 'She lives alone in another city.', 'en', ['Family']);
    expect(near.text).toMatch(/mother|mum/i);
  });

  it('gives no grandchildren’s words or cartoons for a grandchild not yet talking; a talking grandchild keeps them', async () => {
    const en = await tap(
      'language',
      'Learn some Tagalog for my son-in-law’s family',
      "We're flying to Manila for our first grandchild's christening in March. I know a few words.",
      'en',
      ['Just starting'],
    );
    expect(some(en.keys, 'lang-grand')).toEqual([]);
    const ru = await tap(
      'language',
      'Выучить армянский, чтобы говорить со сватами',
      'Сын женился на армянке, весной родится первый внук, а я знаю только «барев».',
      'ru',
      ['Только начинаю'],
    );
    expect(some(ru.keys, 'lang-grand')).toEqual([]);
    const near = await tap(
      'language',
      'Learn Spanish to talk with my grandkids',
      'My grandson is six and speaks only Spanish at home.',
      'en',
      ['Just starting'],
    );
    expect(some(near.keys, 'lang-grand').length).toBeGreaterThan(0);
  });

  it('checks the pipes and trains a steady bag before a tune on the full set; a guitar gets none of it', async () => {
    const en = await tap(
      'instrument',
      'Play Amazing Grace on the pipes at the wedding',
      "I've had a practice chanter for a year and just got my first set of pipes, but I can't keep the bag steady.",
    );
    expect(en.keys).toContain('inst-pipes-check');
    expect(en.keys).toContain('inst-pipes-blow');
    expect(en.keys).not.toContain('inst-06');
    const ru = await tap(
      'instrument',
      'Сыграть на волынке на юбилее отца',
      'Полгода учусь на тренировочном чантере, купила волынку, но держать давление в мешке не получается.',
      'ru',
    );
    expect(ru.keys).toContain('inst-pipes-check');
    const near = await tap('instrument', "Play the guitar at my brother's wedding", 'I know about ten chords.');
    expect(some(near.keys, 'inst-pipes')).toEqual([]);
  });

  it('reads a trailer mended with a welder as no towing lesson; a caravan to reverse keeps it', async () => {
    const en = await tap(
      'skill',
      'Weld a new drawbar for my box trailer',
      'I have an old stick welder and a new auto-darkening helmet, and I can run a bead, but my welds crack.',
      'en',
      ['Learning a skill'],
    );
    expect(some(en.keys, 'skill-man')).toEqual([]);
    const near = await tap(
      'skill',
      'Reverse our caravan onto the pitch',
      'I tow it fine on the motorway but reversing is a disaster.',
      'en',
      ['Towing'],
    );
    expect(some(near.keys, 'skill-man').length).toBeGreaterThan(0);
  });

  it('sets up a chainsaw’s own safe place, not a welding bench’s cable and plug', async () => {
    const ru = await tap(
      'skill',
      'Научиться пилить дрова бензопилой',
      'Купили дом с печкой, бензопилу ни разу не заводил, хочу к зиме распилить брёвна на чурки.',
      'ru',
    );
    expect(ru.keys).toContain('skill-hazard-space-saw');
    expect(ru.keys).not.toContain('skill-hazard-space');
    const en = await tap('skill', 'Learn to use a chainsaw for firewood', 'Never used one; we heat with a wood stove.');
    expect(en.keys).toContain('skill-hazard-space-saw');
    const near = await tap('skill', 'Learn to weld', 'I bought a small MIG welder and have never used one.');
    expect(near.keys).toContain('skill-hazard-space');
    expect(near.keys).not.toContain('skill-hazard-space-saw');
  });

  it('starts someone who already sews straight seams from a first pattern, not the straight-line drill', async () => {
    const en = await tap(
      'skill',
      'Sew my own skirts',
      'I can only do a straight stitch on my sewing machine and have never used a pattern.',
      'en',
      ['Just starting', 'Knitting'],
    );
    expect(en.keys).toContain('skill-sew-readpattern');
    expect(en.keys).not.toContain('skill-sew-first');
    const ru = await tap(
      'skill',
      'Научиться шить себе брюки',
      'На машинке умею только прямую строчку, выкройки читать не умею.',
      'ru',
      ['Только начинаю', 'Рукоделие'],
    );
    expect(ru.keys).toContain('skill-sew-readpattern');
    expect(ru.keys).not.toContain('skill-sew-plan');
    const near = await tap('skill', 'Learn to sew', 'I have a new sewing machine and have never used one.', 'en', [
      'Just starting',
      'Knitting',
    ]);
    expect(near.keys).not.toContain('skill-sew-readpattern');
  });

  it('prints a zine or a photo book from the pictures — no slideshow film, no soap from a «мыльница»', async () => {
    const ru = await tap(
      'creative',
      'Сделать фотокнигу к юбилею мамы',
      'Есть старые фотографии из семейного альбома и мыльница, хочу собрать всё в книгу.',
      'ru',
      ['Фотокнига'],
    );
    expect(some(ru.keys, 'cre-arch')).toEqual([]);
    const zine = await tap(
      'creative',
      'Print a zine of my street photos',
      'I have about 150 photos picked already and want 40 copies for a book fair.',
      'en',
      ['Just starting'],
    );
    expect(zine.keys).toContain('cre-zine-pages');
    expect(some(zine.keys, 'cre-book')).toEqual([]);
    const near = await tap(
      'creative',
      'Оцифровать старые слайды отца',
      'Две коробки слайдов 70-х, хочу показать на юбилее.',
      'ru',
      ['Оцифровать'],
    );
    expect(near.keys).toContain('cre-arch-pick');
  });

  it('plans a set of matching costumes for a group from a sample — a single carnival costume keeps its own steps', async () => {
    const ru = await tap(
      'creative',
      'Сшить костюмы для хора к конкурсу',
      'Нужно десять одинаковых костюмов, шью на машинке по журнальным выкройкам.',
      'ru',
      ['Рукоделие'],
    );
    expect(ru.keys).toContain('cre-set-sample');
    expect(some(ru.keys, 'cre-knit')).toEqual([]);
    const en = await tap(
      'creative',
      'Sew matching costumes for the dance troupe',
      'Eight girls, a show in May, I sew from shop patterns.',
      'en',
    );
    expect(en.keys).toContain('cre-set-sample');
    const near = await tap(
      'creative',
      'Make a dragon costume for my son',
      'For the school carnival in three weeks, with wings.',
    );
    expect(near.keys).not.toContain('cre-set-sample');
  });

  it('keeps beginner walk-runs away from a runner with marathons behind them, even with a sore tendon', async () => {
    const en = await tap(
      'sport',
      'Run a 100 km trail race in the Alps',
      "I've run three marathons and my longest trail race is 60 km. My knee has been a bit sore since winter.",
    );
    expect(en.keys).not.toContain('sport-05');
    expect(en.keys).not.toContain('sport-09');
    expect(en.keys).not.toContain('sport-11');
    const near = await tap('sport', 'Finish my first half marathon', "I've never run and I'm out of shape.");
    expect(near.keys).toContain('sport-05');
  });

  it('reads a partner’s fly-in fly-out roster as no rotation of the person’s own', async () => {
    const en = await tap(
      'social',
      'Find people to play board games with',
      "My husband works away fly-in fly-out and I'm home alone most weeks. I love board games.",
    );
    expect(en.keys).not.toContain('soc-table-rota');
    const near = await tap(
      'social',
      'Find people to play board games with',
      'I work fly-in fly-out, two weeks on two off, and I love board games.',
    );
    expect(near.keys).toContain('soc-table-rota');
  });

  it('keeps real people real in true stories from field diaries, and does not repeat the scenes', async () => {
    const ru = await tap(
      'writing',
      'Записать для внуков истории по полевым дневникам',
      'Сорок лет ездил в экспедиции, тетради сохранились, хочу записать, как было.',
      'ru',
      ['Мемуары'],
    );
    expect(ru.keys).not.toContain('write-diary-heroes');
    expect(ru.keys).not.toContain('write-memo-scene');
    const near = await tap(
      'writing',
      'Написать повесть по экспедиционным дневникам',
      'Хочу художественную повесть, героев придумаю по мотивам.',
      'ru',
    );
    expect(near.keys).toContain('write-diary-heroes');
  });

  it('offers no /recovery program to the parent the children live with, and no court papers where there is no order', async () => {
    const ru = await tap(
      'recovery',
      'Договориться с бывшим про каникулы детей',
      'Дочь живёт со мной, бывший хочет забрать её на всё лето, при каждом разговоре ссора.',
      'ru',
    );
    expect(ru.keys).not.toContain('rec-01');
    const en = await tap(
      'recovery',
      'See my daughter again',
      "Her mum moved away with her and stopped answering. We were never married and there's no formal custody arrangement.",
      'en',
      ['A court case'],
    );
    expect(en.keys).not.toContain('rec-03');
    const near = await tap(
      'recovery',
      'See my son again',
      'His mother stopped all contact six months ago and there is a court order for weekends.',
    );
    expect(near.keys).toContain('rec-01');
  });

  it('teaches the e-reader’s big letters instead of talking books; failing sight with no device keeps them', async () => {
    const ru = await tap(
      'reading',
      'Научиться читать на электронной книге',
      'Внук подарил электронную книгу, глаза уже не те, хочу увеличить шрифт, но не знаю как.',
      'ru',
    );
    expect(ru.keys).toContain('read-ereader-show');
    expect(ru.keys).not.toContain('read-sight-talking');
    const en = await tap(
      'reading',
      'Figure out the Kindle my daughter gave me',
      'My eyesight is going and I want to make the font bigger so I can read novels again.',
    );
    expect(en.keys).toContain('read-ereader-show');
    const near = await tap('reading', 'Keep reading with my glaucoma', 'Letters blur even with my glasses.');
    expect(near.keys).toContain('read-sight-talking');
  });

  it('registers a trade already running instead of interviewing customers', async () => {
    const ru = await tap(
      'business',
      'Зарегистрироваться как ИП и принимать заказы на торты',
      'Пеку на заказ три года для знакомых, хочу работать официально.',
      'ru',
    );
    expect(ru.keys).toContain('biz-formal-register');
    expect(ru.keys).not.toContain('biz-ask-customers');
    const en = await tap(
      'business',
      'Register my cleaning business',
      "I've cleaned houses for cash for three years and want to register as a sole trader.",
    );
    expect(en.keys).toContain('biz-formal-register');
    const near = await tap(
      'business',
      'Grow my cake business',
      "I'm already registered and sell about 20 cakes a month; I want more orders.",
    );
    expect(near.keys).not.toContain('biz-formal-register');
  });

  it('sends someone aiming at a trained health role to the training route, and runs a short month as running short', async () => {
    const en = await tap(
      'career',
      'Become a pharmacy technician',
      "I've worked on the till at a pharmacy for three years and have no certificate.",
      'en',
      ['Career', 'Qualifying'],
    );
    expect(en.keys).toContain('car-reg-route');
    const fin = await tap(
      'finance',
      'Stop living from one pay to the next',
      'We run out of money around the 20th and I borrow from a colleague; I keep dipping into my small savings.',
      'en',
      ['Running short'],
    );
    expect(some(fin.keys, 'fin-raid')).toEqual([]);
    const near = await tap(
      'finance',
      'Save for a new fridge',
      'Something always comes up and I keep dipping into the savings.',
      'en',
      ['Savings keep'],
    );
    expect(near.keys).toContain('fin-raid-pot');
  });
});
