import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { createSlotReader } from './slots.js';
import { compileStems, normalise, words } from './text-match.js';

const { coach, pack } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);
const slots = createSlotReader(pack.slots);

describe('the ninth to twelfth blind reads, leftovers fixed in general (helper fix14d): the text', () => {
  it('reads a curly apostrophe as a straight one, in the text and in every stem', () => {
    // Inside a word the apostrophe stays, straight; at a word's edge it is dropped, in texts and stems alike.
    expect(normalise('My parents’ house')).toBe('my parents house');
    expect(normalise('I don‘t know ʼem')).toBe("i don't know em");
    const stems = compileStems({ en: ["my parents' house", 'don’t have much'], ru: [] });
    const curly = normalise('Leaving my parents’ house, I don’t have much');
    expect(stems.count(curly, words(curly))).toBe(2);
  });

  it('gives a move out of the parents’ house, written with a curly apostrophe, the first-move steps', async () => {
    const curly = await firstFive('moving', 'Move out', 'I’m 23 and still living in my parents’ house.');
    const straight = await firstFive('moving', 'Move out', "I'm 23 and still living in my parents' house.");
    expect(curly.keys).toEqual(straight.keys);
  });
});

describe('fix14d: the wrong situation inside a kind', () => {
  it('gives a sport learnt at a club, rink or centre a first session with an instructor, not video-and-tools steps', async () => {
    const en = await firstFive(
      'skill',
      'Learn to sail',
      'Complete beginner; the sailing club by the lake runs Sunday taster sessions.',
    );
    expect(en.keys[0]).toBe('skill-coach-book');
    expect(en.text).not.toMatch(/video|tools out|lesson open/i);
    const ski = await firstFive('skill', 'Learn to ski before our February trip', 'Never been on skis.');
    expect(ski.keys.some((key) => key.startsWith('skill-coach-'))).toBe(true);
    const ru = await firstFive(
      'skill',
      'Встать на коньки',
      'Мне 40, на льду никогда не стояла, у дома есть каток.',
      'ru',
    );
    expect(ru.keys[0]).toBe('skill-coach-book');
    expect(ru.text).not.toMatch(/инструменты разложены|видео на паузу/i);
    const climb = await firstFive('skill', 'Научиться скалолазанию', 'Хочу ходить на скалодром с друзьями.', 'ru');
    expect(climb.keys[0]).toBe('skill-coach-book');
    // A skill learnt at home keeps its lesson and practice steps.
    const knit = await firstFive('skill', 'Learn to crochet', 'Total beginner, I want to make a blanket.');
    expect(knit.keys.some((key) => key.startsWith('skill-coach-'))).toBe(false);
  });

  it('gives an academic subject interview thinking aloud under challenge, not a job posting or STAR stories', async () => {
    const en = await firstFive(
      'interview',
      'Cambridge interview for Natural Sciences',
      'The invitation came today. I freeze when a tutor challenges my answer.',
    );
    expect(en.keys[0]).toBe('intv-acad-format');
    expect(en.text).not.toMatch(/job posting|STAR|organisation/i);
    const ru = await firstFive(
      'interview',
      'Собеседование в Оксфорд по истории',
      'Эссе пишу хорошо, а когда со мной спорят вслух, теряюсь.',
      'ru',
    );
    expect(ru.keys).toContain('intv-acad-blank');
    expect(ru.text).not.toMatch(/вакансию|STAR/i);
    // A job interview keeps the posting and the stories.
    const job = await firstFive('interview', 'Interview for a project manager job', 'Next Tuesday, panel of three.');
    expect(job.keys).toContain('intv-01');
    // Going blank in front of a panel, or a job at a university, is no subject interview.
    const panel = await firstFive(
      'interview',
      'Panel interview for the housing officer role',
      'Competency questions, and I go blank when three people stare at me.',
    );
    expect(panel.keys.some((key) => key.startsWith('intv-acad-'))).toBe(false);
    const uni = await firstFive(
      'interview',
      'Job interview at Cambridge University Press',
      'Editorial assistant role.',
    );
    expect(uni.keys.some((key) => key.startsWith('intv-acad-'))).toBe(false);
  });

  it('gives money owed to family a plan told to them and a standing order, not rates, minimums or debt advice', async () => {
    const en = await firstFive(
      'finance',
      'Pay my parents back',
      'They lent me £2,500 for my deposit and I owe my parents every penny; I earn £2,100 a month.',
    );
    expect(en.keys[0]).toBe('fin-fam-sum');
    expect(en.text).not.toMatch(/interest rate|minimum payment|debt-advice/i);
    const ru = await firstFive(
      'finance',
      'Вернуть долг подруге',
      'Должна подруге 60 тысяч, она одолжила мне, когда я болела. Сейчас снова работаю.',
      'ru',
    );
    expect(ru.keys).toContain('fin-fam-tell');
    expect(ru.text).not.toMatch(/процентной ставкой|консультацию по долгам/i);
    // A credit card keeps the lender steps.
    const card = await firstFive('finance', 'Clear my credit card', '£3,000 at 24 %.');
    expect(card.keys).toContain('fin-18');
  });

  it('gives an early mortgage payoff a calculator and the bank’s rules, not debt advice', async () => {
    const en = await firstFive(
      'finance',
      'Pay off the mortgage early',
      '£180k left over 22 years at 4.5 %; we want to be mortgage-free by 55.',
    );
    expect(en.keys).toContain('fin-over-calc');
    expect(en.keys).not.toContain('fin-debt-help');
    expect(en.text).not.toMatch(/add a few months for the interest/i);
    const ru = await firstFive(
      'finance',
      'Закрыть ипотеку досрочно',
      'Осталось 2 млн, ставка 8 %, платим 25 тысяч.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fin-over-terms');
    expect(ru.text).not.toMatch(/консультацию по долгам/i);
  });

  it('gives wedding vows spoken steps, not the letter’s cutting of blame or posting it', async () => {
    const en = await firstFive('writing', 'Write our wedding vows', 'Six weeks away, I want them funny but real.');
    expect(en.keys[0]).toBe('write-vows-agree');
    expect(en.text).not.toMatch(/by post|blames/i);
    const ru = await firstFive(
      'writing',
      'Написать свадебную клятву',
      'Свадьба через месяц, боюсь, что выйдет пафосно.',
      'ru',
    );
    expect(ru.keys).toContain('write-vows-promises');
    // A letter keeps the letter steps.
    const letter = await firstFive('writing', 'Write a letter to my late grandmother', 'I never said goodbye.');
    expect(letter.keys).toContain('write-letter-point');
  });

  it('gives an app already built the store, pricing and discovery, and a food van its licences — no shop costs or landing page', async () => {
    const app = await firstFive(
      'business',
      'Get my budgeting app into the App Store',
      "I've built it in React Native and 25 beta testers use it; no idea what to charge.",
    );
    expect(app.keys[0]).toBe('biz-app-review');
    expect(app.text).not.toMatch(/first stock|Talk to five people/i);
    const ruApp = await firstFive(
      'business',
      'Запустить своё приложение',
      'Приложение готово, 30 бета-тестировщиков, хочу выложить в Google Play и брать деньги.',
      'ru',
    );
    expect(ruApp.keys).toContain('biz-app-price');
    const van = await firstFive('business', 'Start a coffee van', 'Bought the van, need it fitted out and a pitch.');
    expect(van.keys[0]).toBe('biz-van-register');
    expect(van.keys).not.toContain('biz-landing');
    const ruVan = await firstFive(
      'business',
      'Открыть фудтрак с шаурмой',
      'Фургон есть, нужно оборудование и место.',
      'ru',
    );
    expect(ruVan.keys).toContain('biz-van-pitch');
    // An online shop keeps its landing page.
    const shop = await firstFive('business', 'Start selling candles online', 'I make them at home.');
    expect(shop.keys.some((key) => key.startsWith('biz-app-') || key.startsWith('biz-van-'))).toBe(false);
  });
});

describe('fix14d: the level or stated facts', () => {
  it('gives a writer with nothing written yet no "reread the last chapter"', async () => {
    const en = await firstFive(
      'writing',
      'Write a 50,000-word thriller draft in November',
      "NaNoWriMo this year. I've never written fiction, just reports at work.",
    );
    expect(en.keys).not.toContain('write-act-next');
    const ru = await firstFive(
      'writing',
      'Дописать диссертацию',
      'Третий год аспирантуры, данные собраны, но не могу сесть и писать — открываю файл и закрываю.',
      'ru',
    );
    expect(ru.keys).not.toContain('write-act-next');
    // A writer with chapters behind them keeps it.
    const going = await firstFive('writing', 'Finish my novel', "I've written 12 of 20 chapters, 60,000 words.");
    expect(going.keys).toContain('write-act-next');
  });

  it('gives an old home already sold no trial stay or winter-proofing, and keeps them for a dacha', async () => {
    const en = await firstFive(
      'moving',
      'Move to the countryside in Norfolk',
      "We've sold our house in Leeds, completion date is in June, and the kids start a new school.",
    );
    expect(en.keys.some((key) => ['own-liveable', 'own-quotes', 'own-trial'].includes(key))).toBe(false);
    const ru = await firstFive(
      'moving',
      'Переехать в деревню под Псковом',
      'Квартиру в Питере уже продали, сделка через месяц.',
      'ru',
    );
    expect(ru.keys).not.toContain('own-trial');
    const dacha = await firstFive(
      'moving',
      'Переехать жить на дачу круглый год',
      'Дом летний, зимой там не жили.',
      'ru',
    );
    expect(dacha.keys).toContain('own-liveable');
  });

  it('gives someone with little to move one lift, not declutter, van quotes or boxes', async () => {
    const en = await firstFive(
      'moving',
      'Move into my own studio',
      "Leaving a flat share; I don't own much — a suitcase and a guitar. Found the studio already.",
    );
    expect(en.keys).toContain('little-lift');
    expect(en.keys.some((key) => ['move-03', 'move-04', 'move-05'].includes(key))).toBe(false);
    const ru = await firstFive(
      'moving',
      'Переехать в свою первую квартиру',
      'Нашла студию, вещей мало — пара сумок.',
      'ru',
    );
    expect(ru.keys).toContain('little-lift');
    // A family move full of stuff keeps decluttering.
    const family = await firstFive('moving', 'Move house with three kids', 'A four-bed full of stuff, moving in May.');
    expect(family.keys).toContain('move-03');
    expect(family.keys).not.toContain('little-lift');
  });

  it('asks no recruiter about a technical format the person already described', async () => {
    const en = await firstFive(
      'interview',
      'Data analyst technical interview',
      'Next Friday: SQL, Python and statistics problems, one hour.',
    );
    expect(en.keys).not.toContain('intv-tech-format');
    const ru = await firstFive(
      'interview',
      'Техническое собеседование на аналитика',
      'Через неделю: SQL и Python, плюс задачи на теорию вероятностей.',
      'ru',
    );
    expect(ru.keys).not.toContain('intv-tech-format');
    const unknown = await firstFive('interview', 'Technical interview for a data role', 'No idea what they will ask.');
    expect(unknown.keys).toContain('intv-tech-format');
  });

  it('reads a choir part as the voice and a comeback on another instrument as a beginner on this one', async () => {
    expect(
      slots.read('Learn my part', ['The basses and tenors split and I drift to the tune.']).values.instrument?.id,
    ).toBe('voice');
    expect(slots.read('Держать партию тенора', ['Басы и теноры расходятся.']).values.instrument?.id).toBe('voice');
    expect(slots.read('Learn tenor sax', []).values.instrument?.id).toBe('sax');
    const banjo = await firstFive('instrument', 'Learn the mandolin', 'I played guitar in a band in my twenties.');
    expect(banjo.text).not.toMatch(/from memory|old lessons/i);
    const ru = await firstFive(
      'instrument',
      'Научиться играть на укулеле',
      'В детстве пять лет играла на гитаре.',
      'ru',
    );
    expect(ru.text).not.toMatch(/по памяти/i);
    // A comeback on the same instrument keeps playing from memory.
    const back = await firstFive('instrument', 'Get back to the piano', 'I played for ten years as a kid.');
    expect(back.keys).toContain('inst-25');
  });

  it('asks for the target role before the vacancy search', async () => {
    const ru = await firstFive(
      'career',
      'Перейти из бухгалтерии в аналитику',
      'Десять лет бухгалтер, хочу в аналитики данных.',
      'ru',
    );
    const role = ru.keys.indexOf('car-01');
    const search = ru.keys.indexOf('car-03');
    if (role >= 0 && search >= 0) expect(role).toBeLessThan(search);
  });

  it('reads lunch as a time window only when it is time the person has', async () => {
    expect(
      slots.read('Sound natural in Italian', ['I miss the jokes at lunch with colleagues.']).values.window,
    ).toBeUndefined();
    expect(slots.read('Learn Italian', ['I only have 20 minutes at lunch.']).values.window?.id).toBe('lunch');
    expect(slots.read('Выучить итальянский', ['Занимаюсь по 15 минут в обед.']).values.window?.id).toBe('lunch');
    const en = await firstFive(
      'language',
      'Stop sounding so formal in German',
      'Five years in Munich, I work in German daily, but at lunch my colleagues tease me for sounding like a textbook.',
    );
    expect(en.text).not.toMatch(/lunch break, the time you said/i);
  });

  it('gives a fine someone else ran up the driver’s proof, and a fine under appeal no "pay if you don’t appeal"', async () => {
    const ru = await firstFive(
      'admin',
      'Оспорить штраф за скорость',
      'Машину брал муж, за рулём был он, а штраф пришёл мне.',
      'ru',
    );
    expect(ru.keys).toContain('adm-fine-driver');
    expect(ru.keys).not.toContain('adm-fine-evidence');
    expect(ru.keys).not.toContain('adm-fine-pay');
    expect(ru.keys.some((key) => key.startsWith('adm-dec-'))).toBe(false);
    const en = await firstFive('admin', 'Appeal the speeding fine', 'My son was driving my car that day.');
    expect(en.keys).toContain('adm-fine-driver');
    expect(en.keys).not.toContain('adm-fine-pay');
    // A fine with no decision yet keeps the pay option and the photos of the signs.
    const open = await firstFive(
      'admin',
      'Deal with a parking fine',
      'Got a PCN yesterday, I think the sign was hidden.',
    );
    expect(open.keys).toEqual(expect.arrayContaining(['adm-fine-evidence', 'adm-fine-pay']));
  });

  it('gives tax on a sale the sale papers, an online form its hard questions, and a birth no form to draft', async () => {
    const ru = await firstFive(
      'admin',
      'Задекларировать продажу квартиры',
      'Продал квартиру, которой владел два года, декларацию подаю впервые.',
      'ru',
    );
    expect(ru.keys).toContain('adm-tax-sale');
    expect(ru.text).not.toMatch(/об оплате лечения/i);
    const form = await firstFive(
      'admin',
      'Apply for Attendance Allowance for my dad',
      "The online form asks things about his care I can't answer.",
    );
    expect(form.keys).toContain('adm-form-questions');
    expect(form.keys).not.toContain('adm-04');
    const birth = await firstFive(
      'admin',
      'Register the birth of our son',
      'Three weeks old; what do we bring to the registrar?',
    );
    expect(birth.keys).not.toContain('adm-05');
  });

  it('gives windowsill seedlings light, a sowing date and pricking out, and a kitchen its wall rail and sink cut-out', async () => {
    const ru = await firstFive(
      'home',
      'Вырастить свою рассаду перцев',
      'Сею на подоконнике, но рассада каждый год вытягивается.',
      'ru',
    );
    expect(ru.keys).toContain('home-seed-light');
    expect(ru.text).not.toMatch(/прополк/i);
    const en = await firstFive(
      'home',
      'Grow tomato seedlings on my windowsill',
      'Last spring they went leggy and flopped.',
    );
    expect(en.keys[0]).toBe('home-seed-date');
    // A plot with bought plants keeps the garden steps.
    const plot = await firstFive(
      'home',
      'Посадить огород на даче',
      'Рассаду куплю на рынке, грядки ещё не вскопаны.',
      'ru',
    );
    expect(plot.keys.some((key) => key.startsWith('home-seed-'))).toBe(false);

    const kitchen = await firstFive(
      'repair',
      'Fit the kitchen myself',
      'Flat-pack kitchen delivered; the wall units go on a plasterboard wall.',
    );
    expect(kitchen.keys).toContain('fix-flat-wall');
    expect(kitchen.keys).not.toContain('fix-flat-anchor');
    const wardrobe = await firstFive('repair', 'Assemble the IKEA wardrobe', 'Two boxes, tall PAX frame.');
    expect(wardrobe.keys).toContain('fix-flat-anchor');
  });

  it('gives two children sharing a room a zone each, film a fifth exposure step, and resin no folder for a "first piece"', async () => {
    const ru = await firstFive(
      'home',
      'Сделать общую детскую',
      'Двое детей, 4 и 8 лет, одна комната, ссорятся из-за места.',
      'ru',
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['home-share-ask', 'home-share-zones']));
    expect(ru.keys).not.toContain('home-18');
    const en = await firstFive(
      'home',
      'Set up a bedroom for my two boys to share',
      'They are 5 and 9 and fight over space.',
    );
    expect(en.keys).toContain('home-share-zones');
    expect(en.keys).not.toContain('home-room-purpose');
    const study = await firstFive('home', 'Turn the spare room into a study', 'It is full of boxes.');
    expect(study.keys.some((key) => key.startsWith('home-share-'))).toBe(false);

    const film = await firstFive(
      'creative',
      'Shoot my first rolls on film',
      'An old Pentax K1000, half the frames came back overexposed.',
    );
    expect(film.keys).toEqual(['cre-film-meter', 'cre-film-camera', 'cre-film-test', 'cre-film-read', 'cre-film-next']);
    const resin = await firstFive(
      'creative',
      'Make resin earrings',
      "Watched loads of videos, haven't bought anything yet.",
    );
    expect(resin.keys).not.toContain('cre-03');
  });

  it('talks with the one who does not want the move before dates, decluttering or boxes', async () => {
    const ru = await firstFive(
      'moving',
      'Перевезти отца поближе к нам',
      'Папе 80, нашли квартиру рядом с нами, но он категорически против переезда.',
      'ru',
    );
    expect(ru.keys[0]).toBe('move-reluct-talk');
    expect(ru.keys.some((key) => ['move-03', 'move-04', 'move-05'].includes(key))).toBe(false);
    const en = await firstFive(
      'moving',
      'Move to Lisbon with the kids',
      "Our 12-year-old doesn't want to move and won't talk about it.",
    );
    expect(en.keys[0]).toBe('move-reluct-talk');
    const willing = await firstFive('moving', 'Move house in March', 'Everyone is excited, a three-bed full of stuff.');
    expect(willing.keys.some((key) => key.startsWith('move-reluct-'))).toBe(false);
  });

  it('gives a test drawn from a question bank the bank’s training mode, not a lab or a case', async () => {
    const ru = await firstFive(
      'exam',
      'Сдать аттестацию по электробезопасности',
      'Тест в Ростехнадзоре через месяц, в базе 250 вопросов, в прошлый раз завалил.',
      'ru',
    );
    expect(ru.keys).toContain('exam-cert-bank');
    expect(ru.text).not.toMatch(/лабораторную работу/i);
    const en = await firstFive(
      'exam',
      'Pass the CSCS card test',
      'The question bank has 400 questions, test in three weeks.',
    );
    expect(en.text).not.toMatch(/a lab, a case/i);
    const aws = await firstFive('exam', 'Get AWS certified', 'Solutions Architect Associate, exam in two months.');
    expect(aws.keys).not.toContain('exam-cert-bank');
  });
});
