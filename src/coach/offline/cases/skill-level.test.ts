import { describe, expect, it } from 'vitest';
import { firstFive, tap, withPrefix } from '../../../../test/factories/offline-cases.js';

// Goals of the skill kind (content/goals/types/skill.yaml), walked through the offline coach as a person would: the
// level read from what they wrote or tapped, and what they already have or do. The situations are in skill.test.ts;
// where a new case goes: docs/coach.md.
const FORAGE = [
  'skill-forage-guide',
  'skill-forage-mentor',
  'skill-forage-rule',
  'skill-forage-first',
  'skill-forage-log',
];

const RISKY = [
  'skill-risky-teacher',
  'skill-risky-rules',
  'skill-risky-kit',
  'skill-risky-emergency',
  'skill-risky-first',
];

const LEARNER_DRIVER = [
  'skill-drive-instructor',
  'skill-drive-car',
  'skill-drive-quiet',
  'skill-drive-rules',
  'skill-drive-route',
];

const GENERIC_COOKING = [
  'skill-cook-plan',
  'skill-cook-setup',
  'skill-cook-first',
  'skill-cook-calendar',
  'skill-cook-second',
];

const WEAK = ['skill-bees-doctor', 'skill-bees-mentor', 'skill-bees-weak', 'skill-bees-kit', 'skill-bees-first'];

const SKILL = ['Learning a skill', 'Освоение навыка'];

const SEW = [...SKILL, 'Knitting', 'Рукоделие'];

describe('skill: the level and what the person already has or does', () => {
  it('skill: named gaps (pivot tables, VLOOKUP) come first, with no Day-1 redo of what the person can already do; swimming keeps its own path', async () => {
    const excel = await firstFive(
      'skill',
      'Разобраться в Excel',
      'Перевели в отдел планирования, а я умею только столбики складывать. Сводные таблицы и ВПР для меня тёмный лес. Заниматься могу только в обед, минут 30.',
      'ru',
    );
    expect(excel.keys[0]).toBe('skill-xl-pivot');
    expect(excel.keys).toContain('skill-xl-lookup');
    expect(excel.keys).not.toContain('skill-14');
    expect(excel.keys).not.toContain('skill-15');
    expect(excel.text).not.toMatch(/День 1/);

    const python = await firstFive(
      'skill',
      'Level up my Python',
      'I can write small scripts but classes and testing are a mystery to me.',
    );
    expect(python.keys).toContain('skill-gap-first');
    expect(python.keys).not.toContain('skill-code-plan');

    const swim = await firstFive(
      'skill',
      'Научиться плавать в 50 лет',
      'В детстве так и не научилась. Боюсь воды, если не чувствую дна.',
      'ru',
    );
    expect(swim.keys.every((key) => key!.startsWith('skill-swim-'))).toBe(true);
  });

  it('gives an experienced baker sourdough steps, not banana bread and a beginner kit', async () => {
    const ru = await firstFive(
      'skill',
      'Печь хлеб на закваске',
      'Дрожжевое тесто делаю лет десять, на закваске ни разу. Электрическая духовка недогревает.',
      'ru',
    );
    expect(ru.keys[0]).toBe('skill-sour-starter');
    expect(ru.keys).not.toContain('skill-bake-plan');
    expect(ru.keys).not.toContain('skill-bake-setup');
    const en = await firstFive('skill', 'Bake a proper sourdough loaf', 'I bake cakes every week.');
    expect(en.keys).toContain('skill-sour-oven');
  });

  it('gives one named dish its own recipe, cause and practice, not three beginner dinners', async () => {
    const en = await firstFive(
      'skill',
      'Learn to make a proper risotto',
      "Tried twice: once gluey, once crunchy. Want to make it for friends' dinner.",
    );
    expect(en.keys.slice(0, 3)).toEqual(['skill-dish-recipe', 'skill-dish-cause', 'skill-dish-half']);
    expect(en.keys.some((key) => key.startsWith('skill-cook-'))).toBe(false);
    const ru = await firstFive('skill', 'Научиться лепить пельмени', 'Тесто рвётся, хочу к Новому году.', 'ru');
    expect(ru.keys[0]).toBe('skill-dish-recipe');
    expect(ru.text).not.toMatch(/паста|запеканк/);
    const dinners = await firstFive('skill', 'cook 5 new dinners this month', '');
    expect(dinners.keys).toContain('skill-cook-plan');
  });

  describe('the wrong situation inside a kind', () => {
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

  it('cooks another country’s food from people who grew up with it, not three beginner dinners', async () => {
    const en = await firstFive(
      'skill',
      "Learn to cook Nigerian food for my husband's family",
      "His parents fly in from Lagos in October and I want jollof rice and egusi soup they'd actually eat. I'm a confident cook but have never made West African dishes.",
    );
    expect(en.keys.slice(0, 3)).toEqual(['skill-cuisine-dishes', 'skill-cuisine-ask', 'skill-cuisine-shop']);
    expect(en.text).not.toMatch(/stir-fry|one-pot pasta/);
    const ru = await firstFive('skill', 'Освоить грузинскую кухню', 'Хочу удивить свекровь хинкали и пхали.', 'ru');
    expect(ru.keys[0]).toBe('skill-cuisine-dishes');
    const control = await firstFive(
      'skill',
      'Learn to cook',
      "I've never cooked anything beyond pasta and want to make real dinners.",
    );
    expect(control.keys[0]).toBe('skill-cook-plan');
  });

  it('starts someone who already sews from the pattern and the fit, not from a straight seam', async () => {
    const en = await firstFive(
      'skill',
      "Sew a dress from a paper pattern for my friend's wedding",
      "I can run up cushions and curtains on my machine but I've never followed a pattern or fitted anything to a body. The wedding's at the end of August.",
    );
    // the sewing place is set up before the test garment.
    expect(en.keys.slice(0, 4)).toEqual(['skill-sew-pattern', 'skill-sew-setup', 'skill-sew-test', 'skill-sew-new']);
    expect(en.text).not.toMatch(/straight lines|straight seam/);
    const ru = await firstFive(
      'skill',
      'Сшить себе платье по выкройке',
      'Уже умею шить на машинке простые вещи, но по выкройке не шила.',
      'ru',
    );
    expect(ru.keys[0]).toBe('skill-sew-pattern');
    const control = await firstFive('skill', 'Learn to sew', "I've never used a sewing machine.");
    expect(control.keys[0]).toBe('skill-sew-plan');
  });

  it("gives an experienced driver switching sides the new side's rules and roundabouts — not a new driver's loops", async () => {
    const en = await firstFive(
      'skill',
      'Get confident driving on the left',
      "We've just moved to Dublin. I've driven in Texas since I was 16, but the mini roundabouts here scare me.",
    );
    expect(en.keys[0]).toBe('skill-side-instructor');
    expect(en.keys).toContain('skill-side-roundabout');
    expect(en.keys).not.toContain('skill-drive-route');
    expect(en.keys).not.toContain('skill-drive-car');
    const ru = await firstFive(
      'skill',
      'Привыкнуть к левостороннему движению',
      'Переехали на Кипр, за рулём пятнадцать лет, но только по правой стороне.',
      'ru',
    );
    expect(ru.keys[0]).toBe('skill-side-instructor');
    expect(ru.keys).not.toContain('skill-drive-route');
    expect(ru.keys).not.toContain('skill-drive-quiet');
    // A first-time driver keeps the new driver's path.
    const first = await firstFive('skill', 'Learn to drive', "I'm 30 and I've never driven a car.");
    expect(first.keys).toContain('skill-drive-route');
    expect(first.keys).not.toContain('skill-side-instructor');
  });

  it('gives wild mushrooms a regional guide, an experienced picker and a household rule — never identification alone', async () => {
    const en = await firstFive(
      'skill',
      'Learn to identify wild mushrooms safely',
      'We moved next to a big forest and the kids want to help; I only know the supermarket ones.',
    );
    expect(en.keys).toEqual(FORAGE);
    const ru = await firstFive(
      'skill',
      'Начать собирать грибы',
      'Купили дом у леса, соседи ходят каждый день, а я боюсь перепутать.',
      'ru',
    );
    expect(ru.keys).toEqual(FORAGE);
    const other = await firstFive('generic', 'Научиться отличать грибы', 'Сезон скоро.', 'ru');
    expect(other.keys[0]).toBe('skill-forage-guide');
  });

  it('sends a first-time snowmobile rider to a teacher first, even when fishing is turned down', async () => {
    const en = await tap(
      'skill',
      'Learn to ride a snowmobile to reach our cabin',
      "I've only ever driven a car. The trail crosses a frozen lake and I'd often be going out alone.",
      'en',
      ['Just starting'],
    );
    expect(en.keys[0]).toBe('skill-risky-teacher');
    expect(en.keys).not.toContain('skill-14');
    const ru = await tap(
      'skill',
      'Научиться ездить на снегоходе на рыбалку',
      'Купил снегоход, хочу ездить на подлёдку, ребята ездят каждые выходные. В жизни не водил ничего, кроме машины.',
      'ru',
      ['Только начинаю', 'Ничего из этого'],
    );
    expect(ru.keys[0]).toBe('skill-risky-teacher');
    expect(ru.keys).not.toContain('skill-14');
    expect(ru.keys).not.toContain('skill-16');
    // A bicycle is no machine on the ice.
    const bike = await tap('skill', 'Learn to ride a bike', 'I never learned as a kid.', 'en');
    for (const key of RISKY) expect(bike.keys).not.toContain(key);
  });

  it('gives a licensed driver new to 4WD a course, the vehicle, recovery kit and the tides — not learner lessons', async () => {
    const en = await tap(
      'skill',
      'Drive our 4x4 on the beach safely',
      "We just got a Land Cruiser. I've driven for twenty years but never off the bitumen, and we're camping on a surf beach at Easter.",
      'en',
      ['Already doing it'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['skill-4wd-course', 'skill-4wd-vehicle', 'skill-4wd-recovery']);
    for (const key of LEARNER_DRIVER) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'skill',
      'Научиться ездить по бездорожью',
      'Купили Ниву, за рулём десять лет, но только по асфальту. Летом хотим на озёра, там броды и песок.',
      'ru',
      ['Уже занимаюсь'],
    );
    expect(ru.keys[0]).toBe('skill-4wd-course');
    expect(ru.keys).toContain('skill-4wd-conditions');
    for (const key of LEARNER_DRIVER) expect(ru.keys).not.toContain(key);
    // Put under "Travel", a title about learning to drive on the beach is taken to these steps.
    const trip = await tap(
      'travel',
      'Learn beach driving before our camping trip',
      'Two weeks on the coast with the kids.',
      'en',
    );
    expect(trip.keys[0]).toBe('skill-4wd-course');
    // Off-road parking is no off-road driving, and a learner in a family 4x4 keeps the learner's path.
    const near = await tap(
      'skill',
      'Reverse into our off-road parking space',
      'The space beside the house is tight and I keep clipping the wall.',
      'en',
      ['Already doing it'],
    );
    expect(withPrefix(near.keys, 'skill-4wd')).toEqual([]);
    const learner = await tap(
      'skill',
      "Learn to drive in my dad's 4x4",
      "I'm 17 and just got my provisional licence.",
      'en',
      ['Just starting'],
    );
    expect(learner.keys).toContain('skill-drive-instructor');
    expect(withPrefix(learner.keys, 'skill-4wd')).toEqual([]);
  });

  it('takes a flatbread from a soft dough to a hot pan and a towel — not three beginner dinners', async () => {
    const en = await tap(
      'skill',
      'Make chapatis that stay soft',
      'Mine go stiff within ten minutes and I cook for my flatmates on Sundays.',
      'en',
      ['Cooking', 'Just starting'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['skill-flat-recipe', 'skill-flat-dough', 'skill-flat-cook']);
    for (const key of [...GENERIC_COOKING, 'skill-dish-recipe', 'skill-dish-half']) expect(en.keys).not.toContain(key);
    const ru = await tap('skill', 'Научиться печь тонкий лаваш', 'Пробовала два раза — рвётся и пересыхает.', 'ru', [
      'Кулинария',
      'Только начинаю',
    ]);
    expect(ru.keys).toContain('skill-flat-dough');
    expect(ru.keys).toContain('skill-flat-cook');
    for (const key of GENERIC_COOKING) expect(ru.keys).not.toContain(key);
    // A Spanish tortilla is an omelette, and a roll made of bought lavash sheets bakes no flatbread.
    const omelette = await tap('skill', 'Learn to make a Spanish tortilla', 'Potato and egg, like in Madrid.', 'en', [
      'Cooking',
      'Just starting',
    ]);
    expect(withPrefix(omelette.keys, 'skill-flat')).toEqual([]);
    const roll = await tap('skill', 'Научиться делать рулет из лаваша', 'С сыром и зеленью, на праздник.', 'ru', [
      'Кулинария',
      'Только начинаю',
    ]);
    expect(withPrefix(roll.keys, 'skill-flat')).toEqual([]);
  });

  it('reads "the first tutorial lost me" as a beginner, whatever was done "a bit of" years ago', async () => {
    const en = await tap(
      'skill',
      'Learn Blender to model furniture for my shop',
      "Did a bit of Photoshop at college years ago; I've installed Blender but the first tutorial lost me at the viewport.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).not.toContain('skill-14');
    expect(en.keys).not.toContain('skill-16');
    const ru = await tap(
      'skill',
      'Освоить AutoCAD для работы',
      'Немного работал в Excel лет десять назад, поставил AutoCAD, но на первом уроке запутался.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).not.toContain('skill-14');
    // Someone who did it before keeps the "Day 1" record.
    const near = await tap(
      'skill',
      'Get back into Blender',
      'I used to model in Blender at uni years ago and made a few short animations.',
      'en',
      ['Coming back to it after a break'],
    );
    expect(near.keys).toContain('skill-14');
  });

  it('reads "I only know how the pieces move" as a beginner, with no intermediate lesson', async () => {
    const ru = await tap(
      'skill',
      'Научиться играть в шахматы, чтобы не проигрывать внуку',
      'Мне 67, живу в Вологде, на пенсии. Внук Лёва, восемь лет, второй год ходит в шахматную секцию и обыгрывает меня ходов за десять, а потом ещё и жалеет. Как ходят фигуры, знаю, а дальше ничего. Хочу к лету хоть раз сыграть с ним по-честному, чтобы ему было интересно.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).not.toContain('skill-14');
    expect(ru.keys).not.toContain('skill-16');
    expect(ru.keys[0]).toBe('skill-chess-plan');
    const en = await tap(
      'skill',
      'Learn chess so my nephew stops thrashing me',
      'I know how the pieces move and nothing else. He is in his second year at the chess club.',
      'en',
      ['Just starting'],
    );
    expect(en.keys).not.toContain('skill-14');
    expect(en.keys).not.toContain('skill-16');
  });

  it('learns a sewing machine on the machine, not by hand-mending, even when buttons are already sewn by hand', async () => {
    const ru = await tap(
      'skill',
      'Научиться шить на бабушкиной машинке',
      'От бабушки осталась ножная Подольская, работает. Хочу сама подшивать и перешивать вещи. Пока умею только пуговицы пришивать.',
      'ru',
      ['Рукоделие', 'Только начинаю'],
    );
    expect(withPrefix(ru.keys, 'skill-mend')).toEqual([]);
    const en = await tap(
      'skill',
      'Learn to use my mum’s old sewing machine',
      'I can sew on a button and hem trousers by hand, but the machine scares me.',
      'en',
      ['Sewing', 'Just starting'],
    );
    expect(withPrefix(en.keys, 'skill-mend')).toEqual([]);
    // Mending by hand with no machine keeps the mending steps.
    const near = await tap('skill', 'Learn to mend my own clothes', 'Buttons, hems and holes in socks — all by hand.');
    expect(near.keys[0]).toBe('skill-mend-kit');
  });

  it('reads a helper who never did the task, or a player who can only tune, as a beginner', async () => {
    const en = await tap(
      'skill',
      'Learn to weld properly',
      'I help my uncle at his workshop, we make gates and window grills. He does all the welding, I do grinding and painting. I want to do clean stick welds myself by end of the year.',
      'en',
      ['Just starting'],
    );
    expect(en.keys).not.toContain('skill-14');
    expect(en.keys).not.toContain('skill-16');
    const ru = await tap(
      'instrument',
      'Выучить три кюу на комузе',
      'У дедушки есть комуз, он раньше играл на тоях, но сейчас пальцы не слушаются. Хочу выучить хотя бы три кюу к его 80-летию в августе. Пока умею только настраивать.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).not.toContain('inst-25');
    expect(ru.keys).not.toContain('inst-26');
  });

  it('starts a treasurer whose accounts are already a big sheet from a dated copy and a pivot table, not a new sheet', async () => {
    const en = await tap(
      'skill',
      'Learn pivot tables before the club AGM',
      "I'm the treasurer of our GAA club and the accounts are one giant Excel sheet with about 900 rows. I can do a SUM and that's about it. I need a summary by category for the AGM.",
      'en',
      ["Keeping a club's or group's accounts"],
    );
    expect(en.keys.slice(0, 2)).toEqual(['skill-ledger-tidy', 'skill-ledger-pivot']);
    expect(en.keys).not.toContain('skill-ledger-sheet');
    expect(en.keys).not.toContain('skill-ledger-enter');
    expect(en.keys).not.toContain('skill-ledger-formulas');
    const ru = await tap(
      'skill',
      'Освоить сводные таблицы для кассы родительского комитета',
      'Касса уже в экселе, там строк шестьсот. Нужно к собранию показать расходы по статьям.',
      'ru',
      ['Вести кассу или счета группы'],
    );
    expect(ru.keys[0]).toBe('skill-ledger-tidy');
    expect(ru.keys).toContain('skill-ledger-pivot');
    expect(ru.keys).not.toContain('skill-ledger-sheet');
    // A treasurer moving from a counter book still sets the sheet up and types the entries in, in sittings.
    const near = await tap(
      'skill',
      'Learn Excel properly for our village savings group',
      'I am the treasurer of a savings group of 34 members. For six years I kept everything in a counter book. My nephew installed Excel on the group laptop, but I do not understand formulas and I am afraid of deleting the records.',
      'en',
      ["Keeping a club's or group's accounts"],
    );
    expect(near.keys.slice(0, 2)).toEqual(['skill-ledger-sheet', 'skill-ledger-enter']);
    expect(near.texts[1]).toMatch(/one month per sitting/);
    expect(near.keys).toContain('skill-ledger-formulas');
    expect(near.minutes[near.keys.indexOf('skill-ledger-formulas')]).toBeGreaterThanOrEqual(30);
    expect(near.texts[near.keys.indexOf('skill-ledger-share')]).toMatch(/USB stick/);
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
    expect(withPrefix(en.keys, 'skill-road')).toEqual([]);
    const ru = await tap(
      'skill',
      'Научиться ездить на механике',
      'Права есть, ездила только на автомате, а теперь машина с механикой, постоянно глохну, до работы ехать по трассе.',
      'ru',
      ['Езда на механике'],
    );
    expect(ru.keys).toContain('skill-drive-clutch');
    expect(withPrefix(ru.keys, 'skill-road')).toEqual([]);
    // The motorway itself, with no gearbox to learn, keeps the open-road path.
    const near = await tap(
      'skill',
      'Drive on the motorway for the first time',
      "I've had my licence a year but only drive around town.",
    );
    expect(near.keys).toContain('skill-road-course');
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

  it('looks at a weak colony with the beekeeper for someone new to hives', async () => {
    const ru = await tap(
      'skill',
      'освоить пасеку',
      'Мне 61. Тесть отдал нам два улья, сам уже не справляется. Опыта никакого. Одна семья слабая, боюсь, не перезимует.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toEqual(WEAK);
    const en = await tap(
      'skill',
      'Look after the two hives I inherited',
      "My uncle can't manage them any more and I've never kept bees. One colony looks weak and I'm not sure it will make it through the winter.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).toEqual(WEAK);
    // Near miss: no weak colony named keeps the ordinary first steps.
    const near = await tap(
      'skill',
      'Start keeping bees',
      'Bought one hive from a local club, never kept bees before.',
      'en',
      ['Just starting'],
    );
    expect(near.keys).not.toContain('skill-bees-weak');
    expect(near.keys[0]).toBe('skill-bees-doctor');
  });

  it('skips finding swimming lessons when an adult class is already there', async () => {
    const en = await tap(
      'skill',
      'learn to swim',
      "I'm 40 and can't swim. There's an adult beginners' group at the leisure centre on Saturdays.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).not.toContain('skill-swim-plan');
    expect(en.keys).toContain('skill-swim-book');
    const ru = await tap(
      'skill',
      'научиться плавать',
      'Мне 38, плавать не умею. В бассейне у дома есть группа для взрослых по субботам.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).not.toContain('skill-swim-plan');
    const near = await tap('skill', 'learn to swim', "I'm 40 and can't swim; I need to find an adult class.", 'en', [
      'Just starting',
    ]);
    expect(near.keys).toContain('skill-swim-plan');
  });

  it('reads "no coding background" as a beginner, who gets a first course', async () => {
    const en = await tap(
      'skill',
      'learn Python to automate reports',
      'I have no programming background and can study 30 minutes a night.',
      'en',
      ['Programming', 'Just starting'],
    );
    expect(en.keys).toContain('skill-code-first');
    expect(en.keys).not.toContain('skill-17');
  });

  it('a sewing machine already in use is tuned on a scrap, not readied before a first seam; an unused one keeps the readying', async () => {
    const ru = await tap(
      'skill',
      'хочу шить себе юбки на маминой машинке',
      'Мамина «Подольская» стоит у меня, я уже шила на ней наволочки и фартук, заправлять умею. Хочу научиться шить юбки.',
      'ru',
      SEW,
    );
    expect(ru.keys).not.toContain('skill-sew-old');
    expect(ru.keys).not.toContain('skill-sew-setup');
    expect(ru.keys).toContain('skill-sew-scrap');
    expect(ru.texts.join(' ')).not.toMatch(/до первой строчки|спицы/);
    const en = await tap(
      'skill',
      "get better at sewing on my grandma's old treadle",
      "I inherited my grandma's treadle machine, had it serviced last year and I already sew tote bags on it. I'd like to make curtains and simple tops.",
      'en',
      SEW,
    );
    expect(en.keys).not.toContain('skill-sew-old');
    expect(en.keys).not.toContain('skill-sew-setup');
    expect(en.keys).toContain('skill-sew-scrap');
    expect(en.texts.join(' ')).not.toMatch(/before the first seam|yarn and needles/);
    const near = await tap(
      'skill',
      'научиться шить на бабушкиной машинке',
      'От бабушки осталась ножная «Чайка», стоит лет десять, ни разу её не включала. Хочу подшивать брюки и шить простые вещи.',
      'ru',
      SEW,
    );
    expect(near.keys).toContain('skill-sew-old');
    expect(near.keys).not.toContain('skill-sew-scrap');
  });

  it('a cook with a few basics who wants more everyday dishes gets new simple dishes, not "Day 1", its review and an intermediate lesson', async () => {
    const generic = ['skill-14', 'skill-15', 'skill-16'];
    const ru = await tap(
      'skill',
      'научиться готовить больше блюд',
      'Мне 19, живу с младшим братом. Умею варить макароны и гречку, жарить яйца. Хочу освоить простые блюда из курицы и овощей, чтобы кормить нас нормально.',
      'ru',
      [...SKILL, 'Ничего'],
    );
    for (const key of generic) expect(ru.keys).not.toContain(key);
    expect(ru.keys).toContain('skill-cook-more-plan');
    expect(ru.texts.join(' ')).not.toMatch(/среднего уровня|«День 1»/);
    // a dish offered by «пельмени» and not tapped leaves the new-dishes steps in place
    const offered = await tap(
      'skill',
      'научиться готовить нормальную еду на семью',
      'Мне 16, готовлю теперь я. Умею только жарить яйца и варить пельмени, хочу освоить простые блюда из курицы и картошки.',
      'ru',
      [...SKILL, 'Уже', 'Ничего'],
    );
    for (const key of generic) expect(offered.keys).not.toContain(key);
    const en = await tap(
      'skill',
      'learn to cook proper meals for me and my little brother',
      "I'm 18 and I can do pasta, eggs and toast. Dad works nights so I cook now, and I want a few more dishes from what we usually have.",
      'en',
      [...SKILL, 'None'],
    );
    for (const key of generic) expect(en.keys).not.toContain(key);
    expect(en.keys).toContain('skill-cook-more-plan');
    const near = await tap('skill', 'learn to cook', "I've never cooked anything, I live on takeaways.", 'en', [
      ...SKILL,
      'Just starting',
      'None',
    ]);
    expect(near.keys).toContain('skill-cook-plan');
    expect(near.keys).not.toContain('skill-cook-more-plan');
  });

  it('gives a pivot-table beginner her own list readied and a card to rebuild from, no shortcut drill or tempo step', async () => {
    const ru = await tap(
      'skill',
      'разобраться со сводными таблицами для отчётов',
      'Работаю бухгалтером на складе, в экселе только забиваю цифры. Коллега показывал один раз, я всё забыла.',
      'ru',
      ['Сводные таблицы'],
    );
    expect(ru.keys).toContain('skill-xl-pivot');
    expect(ru.keys).toContain('skill-xl-pivot-data');
    expect(ru.keys).toContain('skill-xl-pivot-card');
    expect(ru.keys).not.toContain('skill-xl-keys');
    expect(ru.keys).not.toContain('skill-09');
    const en = await tap(
      'skill',
      'learn pivot tables for my monthly stock report',
      'I only type numbers into Excel cells. My manager showed me a pivot once, far too fast.',
      'en',
      ['Pivot tables'],
    );
    expect(en.keys).toContain('skill-xl-pivot-card');
    expect(en.keys).not.toContain('skill-xl-keys');
    expect(en.keys).not.toContain('skill-09');
    const near = await tap(
      'skill',
      'learn VLOOKUP for matching price lists',
      'I use Excel every day at work but have never done lookups.',
      'en',
      ['VLOOKUP'],
    );
    expect(near.keys).toContain('skill-xl-keys');
    expect(near.keys).not.toContain('skill-xl-pivot-card');
  });

  it('gives a welder who already welds test seams, the settings chart, thin-metal stitches and offline lessons; a beginner keeps the kit first', async () => {
    const ru = await tap(
      'skill',
      'варить ровные швы инвертором',
      'Варю второй год для себя, гараж и забор. Профильную трубу прожигаю насквозь, а швы кривые. Связь у нас плохая, ролики не досмотреть.',
      'ru',
      ['Уже занимаюсь'],
    );
    expect(ru.keys).toEqual(
      expect.arrayContaining(['skill-weld-test', 'skill-weld-settings', 'skill-weld-thin', 'skill-weak-net']),
    );
    for (const key of ['skill-15', 'skill-09']) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'skill',
      'get better at MIG welding',
      "I've been welding for a year on my farm gates, but I keep burning through thin sheet and my welds look messy.",
      'en',
      ['Already doing it'],
    );
    expect(en.keys).toContain('skill-weld-test');
    expect(en.keys).toContain('skill-weld-thin');
    expect(en.keys).not.toContain('skill-15');
    const beginner = await tap(
      'skill',
      'научиться варить полуавтоматом',
      'Купил сварочный аппарат, ни разу не варил. Интернет слабый.',
      'ru',
      ['Только начинаю'],
    );
    expect(beginner.keys[0]).toBe('skill-hazard-kit');
    expect(beginner.keys.filter((key) => key.startsWith('skill-weld'))).toEqual([]);
    const sewing = await tap('skill', 'научиться шить ровный шов на машинке', 'Шью третий год, но шов гуляет.', 'ru', [
      'Уже занимаюсь',
    ]);
    expect(sewing.keys.filter((key) => key.startsWith('skill-weld'))).toEqual([]);
  });
});
