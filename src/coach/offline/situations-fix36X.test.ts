import { describe, expect, it } from 'vitest';
import { talkWith, tapThrough, tapping } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const none = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));
const COOK_FOR_ONE = [
  'skill-cook-plan',
  'skill-cook-setup',
  'skill-cook-first',
  'skill-cook-batch',
  'skill-cook-second',
];
const DAY_ONE = ['skill-14', 'skill-15', 'skill-16', 'skill-03', 'skill-04'];
const LATE = ['quit-late-stop', 'quit-late-autoplay', 'quit-late-after'];
const KITCHEN_TRIAL = ['intv-trial-kit', 'intv-trial-speed', 'intv-trial-rush'];
const COMBAT_FIRST_DAY = ['sport-combat-trial', 'sport-combat-home', 'sport-combat-kit', 'sport-combat-week'];
const DISTANCE_WEEK = ['sport-06', 'sport-07', 'sport-08', 'sport-10'];

describe('the thirty-sixth blind read, fixed in general (helper fix36X)', () => {
  it('cooks for a crowd with a menu that scales, portions, the kitchen, a trial and the day — no dinners for one', async () => {
    const en = await tap(
      'skill',
      'Run the harvest supper at our village hall',
      "I've said yes to feeding about 40 people in October and I've only ever cooked for two.",
      'en',
      ['Cooking for a big group'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['skill-crowd-menu', 'skill-crowd-count']);
    for (const key of COOK_FOR_ONE) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'skill',
      'Научиться готовить обеды для прихожан',
      'Меня попросили по воскресеньям кормить после службы человек 30, а я готовила только дома на двоих.',
      'ru',
      ['Готовить на большую'],
    );
    expect(ru.keys[0]).toBe('skill-crowd-menu');
    expect(ru.keys).toContain('skill-crowd-kitchen');
    // Dinners for oneself keep the weeknight path, and "cook for 30 minutes" is no crowd.
    const near = await tap(
      'skill',
      'Learn to cook proper dinners',
      "I've never cooked beyond toast, and I'd like meals I can cook for 30 minutes, not an hour.",
      'en',
      ['Just starting'],
    );
    expect(near.keys).toContain('skill-cook-plan');
    expect(none(near.keys, 'skill-crowd')).toEqual([]);
  });

  it("learns one's own car — manual, checks, lights, the schedule against the quote — not a practice pipeline", async () => {
    const ru = await tap(
      'skill',
      'Разобраться в своей машине',
      'Машиной всегда занимался муж, а в автосервисе мне каждый раз насчитывают лишнее. Хочу сама проверять масло и антифриз.',
      'ru',
      ['Разобраться в своей машине'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['skill-car-manual', 'skill-car-checks', 'skill-car-lights']);
    for (const key of DAY_ONE) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'skill',
      'Understand my car so the garage stops ripping me off',
      "I've never checked the oil or the tyre pressures, and the last service quote was twice what I expected.",
      'en',
      ['Understanding and looking after my car'],
    );
    expect(en.keys[0]).toBe('skill-car-manual');
    expect(en.keys).toContain('skill-car-service');
    // Learning to drive keeps the instructor's steps.
    const near = await tap('skill', 'Get back to driving after ten years', 'I passed my test at 18 and stopped.', 'en');
    expect(near.keys).toContain('skill-drive-instructor');
    expect(none(near.keys, 'skill-car-')).toEqual([]);
  });

  it('throws a cast net after someone shows it, dry throws on grass, the rules — not the firearms kit list', async () => {
    const en = await tap('skill', 'Learn to throw a cast net for bait', 'My dad has an old one in the shed.', 'en', [
      'Just starting',
    ]);
    expect(en.keys.slice(0, 2)).toEqual(['skill-cast-show', 'skill-cast-grass']);
    expect(none(en.keys, 'skill-risky')).toEqual([]);
    const ru = await tap(
      'skill',
      'Научиться бросать кастинговую сеть',
      'Сеть подарил дядя, пока она у меня путается.',
      'ru',
      ['Только'],
    );
    expect(ru.keys[0]).toBe('skill-cast-show');
    expect(ru.text).toMatch(/не завязывай его на запястье/);
    // Set nets under the ice keep the risky net's teacher first.
    const near = await tap('skill', 'Learn to set gill nets under the ice', 'First winter on the lake.', 'en', [
      'Just starting',
    ]);
    expect(near.keys[0]).toBe('skill-risky-teacher');
    expect(none(near.keys, 'skill-cast')).toEqual([]);
  });

  it('learns a motorboat at the helm beside someone who runs one — never a car instructor or a car park', async () => {
    const ru = await tap(
      'skill',
      'Научиться водить моторку',
      'Лодка с мотором у нас на даче, хочу к лету ходить на ней сам.',
      'ru',
    );
    expect(ru.keys).toContain('skill-boat-teach');
    expect(ru.keys).toContain('skill-boat-engine');
    expect(none(ru.keys, 'skill-drive')).toEqual([]);
    const en = await tap(
      'skill',
      'Learn to drive our tinny',
      'Dad bought a little boat with an outboard for the river.',
      'en',
    );
    expect(en.keys).toContain('skill-boat-teach');
    expect(none(en.keys, 'skill-drive')).toEqual([]);
    // A car stays a car.
    const near = await tap('skill', 'Научиться водить машину', 'Права есть, но за руль не садилась пять лет.', 'ru');
    expect(near.keys).toContain('skill-drive-instructor');
    expect(none(near.keys, 'skill-boat')).toEqual([]);
  });

  it('asks to be confirmed in a role already done as acting — no stretch task or job search', async () => {
    const en = await tap(
      'career',
      'Get made store manager for real',
      "I've been acting store manager since January on my old pay.",
      'en',
      ['Getting a promotion'],
    );
    expect(en.keys).toContain('car-acting-ask');
    expect(en.keys).toContain('car-acting-pay');
    for (const key of ['car-prom-stretch', 'car-prom-sponsor', 'car-01', 'car-03', 'car-04'])
      expect(en.keys).not.toContain(key);
    const ru = await tap(
      'career',
      'Добиться, чтобы утвердили в должности',
      'Полгода исполняю обязанности заведующей отделом, а приказа о назначении всё нет.',
      'ru',
    );
    expect(ru.keys).toContain('car-acting-ask');
    expect(ru.keys).not.toContain('car-prom-stretch');
    // A promotion still to earn keeps the stretch task.
    const near = await tap('career', 'Get promoted to team lead', 'My manager says I need more visibility.', 'en', [
      'Getting a promotion',
    ]);
    expect(near.keys).toContain('car-prom-stretch');
    expect(none(near.keys, 'car-acting')).toEqual([]);
  });

  it('sets out where someone stands when a closure has a date, and explores options when cuts are only feared', async () => {
    const en = await talkWith(coach)(
      null,
      'Decide what to do when our depot shuts',
      "Our depot is closing in March and they've offered voluntary redundancy or a transfer to Leeds. I've driven forklifts there for 19 years.",
      'en',
      tapping(['Career']),
    );
    expect(en.keys[0]).toBe('car-risk-terms');
    expect(en.keys).not.toContain('car-lost-money');
    const ru = await tap(
      'career',
      'Понять, что делать, когда закроют наш филиал',
      'Наш филиал закрывают в апреле, предложили уволиться по соглашению или переехать в область.',
      'ru',
    );
    expect(ru.keys[0]).toBe('car-risk-terms');
    expect(ru.keys).not.toContain('car-lost-money');
    const feared = await tap(
      'career',
      'Уйти с завода, пока не сократили',
      'Тридцать лет на конвейере, больше ничего не умею. Куда вообще идут люди в моём возрасте?',
      'ru',
    );
    expect(feared.keys[0]).toBe('car-ch-skills');
    for (const key of ['car-01', 'car-03', 'car-04', 'car-lost-money']) expect(feared.keys).not.toContain(key);
    // Laid off already: the money side first, as before.
    const near = await tap(
      'career',
      'Find a new job',
      'I was made redundant last week after nine years in logistics.',
      'en',
      ['Just laid off'],
    );
    expect(near.keys[0]).toBe('car-lost-money');
  });

  it('stops apologising for everything from today — no quit date, cues cleared or craving card', async () => {
    const en = await tap(
      'quit',
      'Stop apologising for everything',
      'I say sorry when someone else bumps into me.',
      'en',
    );
    expect(en.keys).toEqual([
      'quit-sorry-notice',
      'quit-sorry-swap',
      'quit-sorry-pause',
      'quit-sorry-write',
      'quit-sorry-signal',
    ]);
    const ru = await tap(
      'quit',
      'Перестать всё время извиняться',
      'Извиняюсь даже перед кассиршей, когда она ошиблась.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-sorry-notice');
    for (const key of ['quit-date', 'quit-cue', 'quit-craving-card', 'quit-kit']) expect(ru.keys).not.toContain(key);
    // Complaining keeps its own steps.
    const near = await tap(
      'quit',
      'Stop complaining all the time',
      'My friends have started teasing me about it.',
      'en',
    );
    expect(near.keys[0]).toBe('quit-complain-notice');
    expect(none(near.keys, 'quit-sorry')).toEqual([]);
  });

  it('reads TV "from morning till night" as all day: a cut-down, the set off, the room left — no bedtime switch-off', async () => {
    const ru = await tap(
      'quit',
      'Меньше смотреть телевизор',
      'Ток-шоу идут у меня с утра до ночи, потом срываюсь на жену. Совсем бросить не смогу.',
      'ru',
    );
    for (const key of LATE) expect(ru.keys).not.toContain(key);
    expect(ru.keys).toContain('quit-tv-remote');
    expect(ru.keys).toContain('quit-tv-heat');
    const en = await tap(
      'quit',
      'Watch less cable news',
      'The news channels are on from morning till night and I end up shouting at the TV.',
      'en',
    );
    for (const key of LATE) expect(en.keys).not.toContain(key);
    expect(en.keys).toContain('quit-tv-heat');
    // Late nights keep the switch-off; a TV in the background of a snack habit gets no anger step.
    const late = await tap(
      'quit',
      'Stop watching series till 2am',
      'One more episode, then another, and I am wrecked at work.',
      'en',
    );
    expect(late.keys[0]).toBe('quit-late-stop');
    const seeds = await tap('quit', 'Перестать грызть семечки', 'Каждый вечер перед телевизором уходит пакет.', 'ru');
    expect(seeds.keys).not.toContain('quit-tv-heat');
  });

  it('gives a phone habit no "throw the supplies away", and never reads reaching for the phone as procrastination', async () => {
    const en = await tap('quit', 'Stop scrolling Instagram on my lunch break', 'Every day, the whole hour.', 'en', [
      'Phone at lunch',
    ]);
    expect(en.keys).toContain('quit-phone-limits');
    expect(en.keys).not.toContain('quit-clear');
    const ru = await tap(
      'quit',
      'Перестать сидеть в Одноклассниках',
      'Весь день тянусь посмотреть, кто что написал в группах.',
      'ru',
    );
    expect(ru.keys).toContain('quit-phone-limits');
    expect(none(ru.keys, 'quit-procr')).toEqual([]);
    // Cigarettes still get cleared out of the house, and putting things off is still procrastination.
    const smoke = await tap('quit', 'Quit smoking', 'Twenty a day for ten years.', 'en');
    expect(smoke.keys).toContain('quit-clear');
    const procr = await tap('quit', 'Перестать тянуть с делами', 'Тяну до последнего с отчётами.', 'ru');
    expect(procr.keys[0]).toMatch(/^quit-procr/);
  });

  it("reads a series given by a grandchild as the person's own reading: the series, the jargon, awake hours", async () => {
    const en = await tap(
      'reading',
      'Read all twelve Hornblower books',
      "My grandson gave me the first one for Christmas. I can't follow the nautical terms and I drop off in my chair after a few pages.",
      'en',
      ['A long book series'],
    );
    // The problems named lead ("I can't follow…"): the jargon and the awake hours, then the series.
    expect(en.keys.slice(0, 3)).toEqual(['read-jargon-guide', 'read-slot-awake', 'read-series-pace']);
    for (const key of ['read-their-first', 'read-kids-routine', 'read-pick-short', 'read-slot'])
      expect(en.keys).not.toContain(key);
    const ru = await tap(
      'reading',
      'Дочитать «Пятнадцатилетнего капитана»',
      'Внук подарил мне книгу, но я путаюсь в морских терминах.',
      'ru',
      ['Вернуться'],
    );
    expect(ru.keys).toContain('read-jargon-guide');
    for (const key of ['read-pick-short', 'read-their-first']) expect(ru.keys).not.toContain(key);
    expect(none(ru.keys, 'read-kids')).toEqual([]);
    // The books of someone close, and reading to a grandchild, keep their paths.
    const theirs = await tap(
      'reading',
      "Read my grandson's books",
      'He loves a dragon series and I want to talk to him about it.',
      'en',
    );
    expect(theirs.keys[0]).toBe('read-their-first');
    const kids = await tap(
      'reading',
      'Get my granddaughter reading this summer',
      "She's 7 and only wants the tablet.",
      'en',
      ['Reading with or to a child'],
    );
    expect(kids.keys.some((key) => key.startsWith('read-kids'))).toBe(true);
  });

  it("keeps who's who beside a book the person lost track in, and picks no other book", async () => {
    const en = await tap(
      'reading',
      'Finish Wolf Hall',
      'Got to page 150 twice and lost track of who all the Thomases are.',
      'en',
      ['Coming back', 'Picking up a book'],
    );
    expect(en.keys[0]).toBe('read-cast-list');
    expect(en.keys).toContain('read-book-restart');
    for (const key of ['read-return', 'read-pick-short', 'read-book-aid']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'reading',
      'Дочитать «Войну и мир»',
      'Дошла до середины второго тома и путаюсь в героях, кто есть кто.',
      'ru',
      ['Возвращаюсь', 'Дочитать'],
    );
    expect(ru.keys[0]).toBe('read-cast-list');
    expect(ru.keys).not.toContain('read-book-aid');
    const given = await tap(
      'reading',
      'Прочитать книгу на татарском',
      'Бабушка дала свой сборник сказок, а я читаю по слогам.',
      'ru',
      ['Только'],
    );
    expect(given.keys).not.toContain('read-pick-short');
    // A big book with no names lost keeps the reading aid, and a general goal still picks a book.
    const near = await tap('reading', 'Finally read War and Peace', 'Owned it for years, never opened it.', 'en', [
      'Just starting',
      'Finishing one big book',
    ]);
    expect(near.keys).not.toContain('read-cast-list');
    const pick = await tap('reading', 'Read more books', "I haven't finished a book in years.", 'en', [
      'Coming back',
      'None',
    ]);
    expect(pick.keys).toContain('read-pick-short');
  });

  it('ties a work safety certificate to its rules and the job — no lecture notes, classmates or driving test', async () => {
    const ru = await tap(
      'exam',
      'Сдать на третью группу по электробезопасности',
      'Экзамен в Ростехнадзоре через месяц, тесты прохожу через раз, формулировки правил не запоминаются.',
      'ru',
      ['Тест по базе'],
    );
    expect(ru.keys).toContain('exam-wcert-clause');
    for (const key of ['exam-uni-list', 'exam-uni-notes', 'exam-driving-lessons']) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'exam',
      'Pass my NEBOSH certificate',
      "I failed it once. I know the site work, it's the wording of the regulations that won't stick.",
      'en',
    );
    expect(en.keys).toContain('exam-wcert-clause');
    expect(none(en.keys, 'exam-uni')).toEqual([]);
    // A law exam at university keeps the student's steps, and a licence is still a driving test.
    const law = await tap(
      'exam',
      'Сдать экзамен по уголовному праву',
      'Сессия через две недели, билеты уже есть.',
      'ru',
    );
    expect(law.keys).toContain('exam-uni-list');
    const drive = await tap(
      'exam',
      'Сдать на права с первого раза',
      'Автошколу закончила, экзамен в ГИБДД в мае.',
      'ru',
      ['Экзамен на права'],
    );
    expect(drive.keys.some((key) => key.startsWith('exam-driving'))).toBe(true);
  });

  it('starts a staged exam years in from the last attempt — no booking by the candidate or practice test to see the format', async () => {
    const en = await tap(
      'exam',
      'Pass the Knowledge',
      "Three years into it and on 28-day appearances now, but I've had two D's running.",
      'en',
    );
    expect(en.keys).toContain('exam-known');
    for (const key of ['exam-book', 'exam-practice']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'exam',
      'Сдать экзамен на гида-переводчика',
      'Второй год готовлюсь, первый этап сдал, дату второго этапа назначит комиссия.',
      'ru',
    );
    expect(ru.keys).toContain('exam-known');
    for (const key of ['exam-book', 'exam-practice']) expect(ru.keys).not.toContain(key);
    // A first sitting still books a place and sees the format.
    const near = await tap('exam', 'Pass IELTS in June', 'I need 7.0 for my visa; never taken it.', 'en');
    expect(near.keys).toContain('exam-book');
  });

  it("prepares a job in a family's home — the family's facts, the agency, the trial day with children", async () => {
    const ru = await tap(
      'interview',
      'Пройти собеседование гувернанткой',
      'Агентство нашло семью с сыном пяти лет, в среду встреча с родителями, потом пробный день.',
      'ru',
      ['Пробная'],
    );
    expect(ru.keys[0]).toBe('intv-home-ask');
    expect(ru.keys).toContain('intv-home-trial');
    for (const key of KITCHEN_TRIAL) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'interview',
      'Interview for a live-in nanny job',
      'The agency found a family in London with two toddlers; the video call with the mum is on Monday.',
      'en',
    );
    expect(en.keys).toContain('intv-home-ask');
    for (const key of ['intv-02', 'intv-03']) expect(en.keys).not.toContain(key);
    // A kitchen trial keeps the knives and the rush.
    const near = await tap('interview', 'Trial shift at a tapas bar', 'Saturday night, on the cold section.', 'en', [
      'A trial shift',
    ]);
    expect(near.keys).toContain('intv-trial-kit');
    expect(none(near.keys, 'intv-home')).toEqual([]);
  });

  it('gives an admission interview the line about a stammer and the subject asked — no STAR stories', async () => {
    const ru = await tap(
      'interview',
      'Пройти собеседование при поступлении в колледж',
      'Хочу на отделение реставрации, боюсь, что начну заикаться.',
      'ru',
      ['Собеседование при поступлении'],
    );
    expect(ru.keys).toContain('intv-stam-tell');
    expect(ru.keys).toContain('intv-adm-topics');
    expect(ru.keys).not.toContain('intv-03');
    const en = await tap(
      'interview',
      'Get through my conservatoire admission interview',
      'I stammer when I am nervous and they always ask about music history.',
      'en',
      ['An admission'],
    );
    expect(en.keys).toContain('intv-stam-tell');
    expect(en.keys).not.toContain('intv-03');
    // A job interview keeps its stories.
    const near = await tap('interview', 'Job interview at a bank', 'Customer service role on Thursday.', 'en');
    expect(near.keys).toContain('intv-03');
  });

  it('searches a rental from far away with a video viewing and safe payment — no visa papers or flat hunt by viewing', async () => {
    const en = await tap(
      'moving',
      "Find a room in Glasgow before my master's starts",
      "I'm in Lagos, so I can't view anything in person, and the halls are full.",
      'en',
    );
    expect(en.keys).toContain('move-far-sources');
    expect(en.keys).toContain('move-far-view');
    for (const key of ['move-09', 'dorm-info']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'moving',
      'Снять квартиру в Петербурге до начала учёбы',
      'Я живу в Якутске и не могу посмотреть квартиры вживую, а общежитие не дали.',
      'ru',
    );
    expect(ru.keys).toContain('move-far-sources');
    expect(ru.keys).not.toContain('dorm-info');
    // Viewings in person keep the ordinary search.
    const near = await tap(
      'moving',
      'Find a flat in Leeds by September',
      'Budget £900, and I can view flats at weekends.',
      'en',
    );
    expect(near.keys).toContain('move-09');
    expect(none(near.keys, 'move-far')).toEqual([]);
  });

  it('moves pets early in the plan — the vet for an old one, the carrier, the aquarium in its own water', async () => {
    const ru = await tap(
      'moving',
      'Переехать в Казань с котом и аквариумом',
      'Кот старенький, плохо переносит дорогу, а рыбок жалко.',
      'ru',
      ['Переезд с питомцем'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['pet-vet', 'pet-move', 'pet-fish']);
    expect(ru.keys).not.toContain('move-03');
    const en = await tap('moving', 'Move to Cardiff with our old dog', 'He hates the car and it is four hours.', 'en', [
      'Moving with a pet',
    ]);
    expect(en.keys.slice(0, 2)).toEqual(['pet-vet', 'pet-move']);
    // A young cat gets no vet visit, and no pet no pet steps.
    const young = await tap('moving', 'Move to Cardiff with our kitten', 'Across town in May.', 'en', [
      'Moving with a pet',
    ]);
    expect(young.keys).toContain('pet-move');
    expect(young.keys).not.toContain('pet-vet');
    const near = await tap('moving', 'Move to Cardiff', 'Across town in May.', 'en');
    expect(none(near.keys, 'pet-')).toEqual([]);
  });

  it('ships a whole household by container — what is worth the freight, quotes, selling early — not one suitcase', async () => {
    const ru = await tap(
      'moving',
      'Переехать из Норильска в Краснодар',
      'Тридцать лет нажито, вещи отправим контейнером, а сами полетим самолётом.',
      'ru',
      ['Вещи едут'],
    );
    expect(ru.keys[0]).toBe('move-freight-list');
    expect(ru.keys).not.toContain('dorm-carry');
    const en = await tap(
      'moving',
      'Move from Darwin to Melbourne',
      'A house full of furniture, and a shipping container costs a fortune.',
      'en',
    );
    expect(en.keys[0]).toBe('move-freight-list');
    // A student's suitcase on the train keeps the carry plan.
    const near = await tap('moving', 'Move to uni in Exeter', 'Just a suitcase and a backpack, going by train.', 'en', [
      'Taking things by train',
    ]);
    expect(near.keys).toContain('dorm-carry');
    expect(none(near.keys, 'move-freight')).toEqual([]);
  });

  it('flies to housing a programme arranges — no flat hunt and no lift booked for the bags', async () => {
    const en = await tap(
      'moving',
      'Move from Iqaluit to Montreal for college',
      'The program helps with housing. I have one flight with two bags.',
      'en',
      ['Taking things by train or plane'],
    );
    expect(en.keys).toContain('dorm-carry');
    for (const key of ['move-09', 'little-lift']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'moving',
      'Переехать учиться в Томск',
      'С жильём помогают в колледже, лечу самолётом с двумя сумками.',
      'ru',
      ['Вещи едут'],
    );
    for (const key of ['move-09', 'little-lift']) expect(ru.keys).not.toContain(key);
    // A few things across town still get one lift.
    const near = await tap(
      'moving',
      'Move into my own studio',
      "I don't own much — a suitcase and a guitar. Found the studio already.",
      'en',
      ['Only a few bags'],
    );
    expect(near.keys).toContain('little-lift');
  });

  it('books a teacher for someone an app did not hold — not another app', async () => {
    const en = await tap(
      'language',
      'Learn Greek for our holidays on Crete',
      'I gave up on Duolingo after a week.',
      'en',
      ['Just starting'],
    );
    expect(en.keys[0]).toBe('lang-appquit-teacher');
    expect(en.keys).not.toContain('lang-02');
    const ru = await tap(
      'language',
      'Выучить турецкий для работы в Анталье',
      'Приложение скачивала, забросила через неделю.',
      'ru',
      ['Только'],
    );
    expect(ru.keys[0]).toBe('lang-appquit-teacher');
    expect(ru.keys).not.toContain('lang-02');
    // A plain beginner still gets the app.
    const near = await tap('language', 'Learn Greek', 'Starting from zero before our holiday.', 'en', [
      'Just starting',
    ]);
    expect(near.keys).toContain('lang-02');
  });

  it('reads a racer as active and plans the last laps, and keeps a distance week away from a tryout with no distance', async () => {
    const en = await tap(
      'sport',
      'Win a points place at the summer crit series',
      'Raced ten crits this year and always get boxed in on the last lap.',
      'en',
    );
    expect(en.keys[0]).toBe('sport-race-review');
    for (const key of ['sport-05', 'sport-09', 'sport-11']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'sport',
      'Попасть в очки на критериуме',
      'Гоняюсь на шоссе второй сезон, на последних кругах меня зажимают.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sport-race-review');
    const kick = await tap(
      'sport',
      'Make the gymnastics squad on vault',
      'Trials are in March and I train three times a week.',
      'en',
      ['Already doing it'],
    );
    for (const key of DISTANCE_WEEK) expect(kick.keys).not.toContain(key);
    const jump = await tap(
      'sport',
      'Пройти отбор в сборную школы по прыжкам в высоту',
      'Тренируюсь три раза в неделю.',
      'ru',
      ['Уже занимаюсь'],
    );
    for (const key of DISTANCE_WEEK) expect(jump.keys).not.toContain(key);
    // A runner with a distance keeps the training week.
    const near = await tap('sport', 'Run a sub-45 10k', 'I run four times a week, my PB is 47 minutes.', 'en');
    expect(near.keys).toContain('sport-06');
  });

  it('reads a weight in a weight class as no sign of starting from zero', async () => {
    const ru = await tap(
      'sport',
      'Выступить на первенстве области по дзюдо',
      'Занимаюсь дзюдо пятый год, выступаю в весе до 60, сейчас вешу 62.',
      'ru',
      ['Бокс или единоборства'],
    );
    for (const key of COMBAT_FIRST_DAY) expect(ru.keys).not.toContain(key);
    expect(ru.keys.some((key) => key.startsWith('sport-combat'))).toBe(true);
    const en = await tap(
      'sport',
      'Place at the regional judo champs',
      'Fourth year of judo, I train four times a week, I weigh 62 and fight under 60.',
      'en',
      ['Boxing or a martial art'],
    );
    for (const key of COMBAT_FIRST_DAY) expect(en.keys).not.toContain(key);
    // Starting from zero keeps the trial class.
    const near = await tap('sport', 'Начать заниматься боксом', 'Никогда не занимался, вешу 95.', 'ru', [
      'Бокс или единоборства',
    ]);
    expect(near.keys).toContain('sport-combat-trial');
  });
});
