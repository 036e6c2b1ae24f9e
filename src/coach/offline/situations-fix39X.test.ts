import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);
const firstFive = firstFiveWith(coach);

const none = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));

describe('the thirty-ninth blind read, fixed in general (helper fix39X)', () => {
  it('takes a manual wheelchair up kerbs through skills training and a spotter — no "Day 1" record or a lesson tried alone', async () => {
    const en = await tap(
      'skill',
      'Get up kerbs on my own in my wheelchair',
      "I've pushed a rigid chair since a spinal injury two years ago, but I still freeze at any kerb higher than a doorstep.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).toEqual([
      'skill-chair-trainer',
      'skill-chair-setup',
      'skill-chair-balance',
      'skill-chair-ladder',
      'skill-chair-route',
    ]);
    expect(en.text).toMatch(/spotter/);
    const ru = await tap(
      'skill',
      'Научиться заезжать на бордюры на активной коляске',
      'После травмы позвоночника год на коляске, по ровному езжу сам, а бордюр у подъезда без помощи не беру.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys[0]).toBe('skill-chair-trainer');
    expect(ru.text).toMatch(/страхующ/);
    // Someone pushing another person's chair is no user learning wheelies.
    const near = await tap(
      'skill',
      "Learn to push my dad's wheelchair up kerbs safely",
      'He had a stroke and I take him out on Sundays; I worry about tipping him.',
      'en',
      ['Just starting'],
    );
    expect(none(near.keys, 'skill-chair')).toEqual([]);
  });

  it('reads "acting up" as a printer misbehaving, and IT support or the helpdesk as the field switched to', async () => {
    const en = await tap(
      'career',
      'Leave the restaurant kitchen for an IT helpdesk job',
      "Fourteen years as a line cook; friends call me whenever their laptop is acting up, and I've done an IT support course online.",
      'en',
      ["Switching to a field I've already chosen"],
    );
    expect(none(en.keys, 'car-acting')).toEqual([]);
    expect(en.keys[0]).toBe('car-sw-ads');
    const ru = await tap(
      'career',
      'Уйти с завода в техподдержку',
      'Десять лет на конвейере, дома всем настраиваю роутеры и ноутбуки, прошла бесплатный курс.',
      'ru',
      ['Переход в уже выбранную сферу'],
    );
    expect(ru.keys[0]).toBe('car-sw-ads');
    // The acting role itself keeps its steps.
    const near = await tap(
      'career',
      'Get the deputy manager job made permanent',
      "I've been acting up as deputy for seven months on the same pay.",
      'en',
      ['Getting a promotion'],
    );
    expect(near.keys).toContain('car-acting-ask');
    // The helpdesk as the job someone leaves is no field to switch to.
    const from = await tap(
      'career',
      'Land a network engineer job after four years on the helpdesk',
      "I've applied to thirty roles since spring and heard nothing back.",
      'en',
      ['Applying but getting no replies'],
    );
    expect(none(from.keys, 'car-sw-')).toEqual([]);
  });

  it('builds a first CV from years in one job as well as unpaid work — not a housekeeping list alone', async () => {
    const en = await tap(
      'career',
      'Find a job after 18 years as a prison officer',
      'Retiring from the service next spring. Never written a CV in my life.',
    );
    expect(en.keys[0]).toBe('car-nocv-skills');
    expect(en.texts[0]).toMatch(/any job you've held/);
    expect(en.texts[1]).toMatch(/a job under a title people outside it understand/);
    const ru = await tap(
      'career',
      'Перейти из армии в охрану торгового центра',
      'Двадцать лет прослужил прапорщиком, резюме никогда не составлял.',
      'ru',
    );
    expect(ru.keys[0]).toBe('car-nocv-skills');
    expect(ru.texts[0]).toMatch(/работу, если она была/);
    // A first-job student keeps the student's own first CV.
    const near = await tap('career', 'Find my first job after uni', "I'm graduating in June, no CV yet.", 'en', [
      'Looking for a first job',
    ]);
    expect(none(near.keys, 'car-nocv')).toEqual([]);
  });

  it('skips the school-exams step for a trade certificate already held, and puts the jobs done so far on paper', async () => {
    const en = await tap(
      'career',
      'Get a joinery apprenticeship or a first job as a joiner',
      "Got my City & Guilds level 2 in carpentry last summer, but every firm wants site experience. I've built sheds and decks for neighbours for cash.",
      'en',
      ['An apprenticeship or a trade as an adult'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['car-trade-route', 'car-trade-proof', 'car-trade-firms']);
    expect(en.keys).not.toContain('car-trade-basics');
    const ru = await tap(
      'career',
      'Устроиться плотником на стройку без опыта',
      'Есть корочки плотника после колледжа, но везде просят опыт от года. Делал беседки соседям.',
      'ru',
      ['Рабочая профессия или ученичество'],
    );
    expect(ru.keys).toContain('car-trade-proof');
    expect(ru.keys).not.toContain('car-trade-basics');
    // No certificate: the maths and English step stays, and no proof step.
    const near = await tap(
      'career',
      'Become a bricklayer at 35',
      'I work in a warehouse, no trade at all, left school at 16.',
      'en',
      ['An apprenticeship or a trade as an adult'],
    );
    expect(near.keys.slice(0, 3)).toEqual(['car-trade-route', 'car-trade-basics', 'car-trade-firms']);
  });

  it('lists skills from the last job and the years at home for someone going back — no "current work"', async () => {
    const en = await tap(
      'career',
      'Go back to work after eight years at home',
      "I was a pharmacy technician before the kids; now the youngest is at school and I don't know what I could do now.",
      'en',
      ['Returning to work after a break'],
    );
    expect(en.keys).toContain('car-ch-skills-back');
    expect(en.keys).not.toContain('car-ch-skills');
    const ru = await tap(
      'career',
      'Вернуться к работе после декрета длиной в семь лет',
      'До детей была бухгалтером, теперь не понимаю, кем работать и куда идти.',
      'ru',
    );
    expect(ru.keys[0]).toBe('car-ch-skills-back');
    expect(ru.texts[0]).toMatch(/из последней работы и из лет после неё/);
    // Someone in work still lists the skills of their current job.
    const near = await tap(
      'career',
      "Change career — I don't want to teach any more",
      "I've taught maths for twelve years and have no idea what else I could do.",
    );
    expect(near.keys).toContain('car-ch-skills');
    expect(near.keys).not.toContain('car-ch-skills-back');
  });

  it("gives a language for callers — a helpline, an emergency line — the phrases of that work, not a meeting's call phrases", async () => {
    const en = await tap(
      'language',
      'Learn Polish for my job on a customer helpline',
      'Half the callers on my line are Polish and I have to pass them to a colleague.',
    );
    expect(en.keys.slice(0, 4)).toEqual([
      'lang-job-phrases',
      'lang-job-course',
      'lang-job-roleplay',
      'lang-job-colleague',
    ]);
    expect(none(en.keys, 'lang-work-')).toEqual([]);
    expect(en.text).toMatch(/caller/);
    const ru = await tap(
      'language',
      'Выучить английский для работы диспетчером',
      'Работаю диспетчером в аэропорту, звонящие иностранцы, а я теряюсь на каждом вопросе.',
      'ru',
    );
    expect(ru.keys[0]).toBe('lang-job-phrases');
    expect(ru.text).toMatch(/звонящ/);
    // Meetings and stand-ups keep the call phrases.
    const near = await tap(
      'language',
      'English for Zoom meetings',
      'Daily stand-ups and calls with the London team.',
      'en',
      ['Speaking on work calls and meetings', 'Just starting'],
    );
    expect(near.keys[0]).toBe('lang-work-phrases');
    expect(none(near.keys, 'lang-job-')).toEqual([]);
  });

  it('reads the language from the nationality of the person to understand («прораб — чех»), not from a comparison', async () => {
    const ru = await tap(
      'language',
      'Понимать прораба на стройке',
      'Работаю в Остраве, прораб чех, говорит быстро, похоже на русский, но на слух не понимаю.',
      'ru',
    );
    expect(ru.text).toMatch(/чешск/);
    expect(ru.text).not.toMatch(/русском языке|русский язык/);
    const en = await tap(
      'language',
      'Understand my Czech foreman first time',
      'He talks fast on site; I can read a bit.',
    );
    expect(en.text).toMatch(/Czech/);
    // A language named in the title wins over a colleague's nationality.
    const near = await tap(
      'language',
      'Подтянуть английский для работы',
      'Начальник у меня чех, но общаемся только по-английски, и я путаюсь.',
      'ru',
    );
    expect(near.text).not.toMatch(/чешск/);
  });

  it("learns the in-laws' language from a teacher in the family — no online level test or app path to resume", async () => {
    const en = await tap(
      'language',
      "Learn Tagalog to talk with my wife's family",
      'We visit Cebu every Christmas and her parents mostly speak Tagalog at dinner.',
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(1, 3)).toEqual(['lang-inlaw-teacher', 'lang-inlaw-use']);
    expect(en.text).toMatch(/to be your teacher, in person or over a video call/);
    const ru = await tap(
      'language',
      'Выучить грузинский, чтобы говорить с родителями мужа',
      'Два года как переехала в Кутаиси, свёкор по-русски почти не говорит, приложений толком нет.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('lang-inlaw-teacher');
    expect(ru.keys).toContain('lang-inlaw-use');
    // Read as a comeback from «три года назад» alone, a rare language gets no online level test and nothing to resume.
    const rare = await tap(
      'language',
      'Выучить чеченский, чтобы понимать свекровь',
      'Три года назад вышла замуж в Грозный, дома говорят по-чеченски, а я только улыбаюсь.',
      'ru',
    );
    expect(rare.keys).toContain('lang-inlaw-teacher');
    expect(rare.keys).not.toContain('lang-15');
    expect(rare.keys).not.toContain('lang-24');
    // Understanding it already from home is the heritage path.
    const near = await tap(
      'language',
      'Speak Urdu at home',
      'I grew up hearing it and understand bits, but I reply in English; my mother-in-law speaks only Urdu.',
      'en',
      ["I understand it but can't speak it"],
    );
    expect(near.keys[0]).toBe('lang-her-listen');
    expect(none(near.keys, 'lang-inlaw')).toEqual([]);
  });

  it('picks up one book started again and again where it stalls — no shortlist of other books', async () => {
    const en = await tap(
      'reading',
      'Finish The Silmarillion',
      "I've started it three times and always give up around the chapters on the elves' wars.",
      'en',
      ['Picking up a book I stopped reading', 'Coming back to it after a break'],
    );
    expect(en.keys[0]).toBe('read-book-restart');
    expect(en.keys).not.toContain('read-return');
    expect(en.keys).not.toContain('read-pick-short');
    const hyphen = await tap('reading', 'Finish Moby-Dick at last', '', 'en', ['Finishing one big book']);
    expect(hyphen.keys).toContain('read-book-plan');
    const ru = await tap(
      'reading',
      'Осилить «Сто лет одиночества»',
      'Начинала её трижды и каждый раз бросаю на середине, путаюсь в Аурелиано.',
      'ru',
      ['Вернуться к брошенной книге', 'Возвращаюсь после перерыва'],
    );
    expect(ru.keys[0]).toBe('read-book-restart');
    // Reading more in general keeps the shortlist.
    const near = await tap('reading', 'Read more books this year', 'I used to read a lot at uni.', 'en', [
      'Coming back to it after a break',
    ]);
    expect(near.keys[0]).toBe('read-return');
  });

  it('learns a new script before the books, even when "like a first-grader" names a child', async () => {
    const ru = await tap(
      'reading',
      'Читать книги на казахском латиницей',
      'В школе учился на кириллице, а теперь всё печатают на латинице, и я читаю по слогам, как первоклассник.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['read-script-letters', 'read-script-story']);
    expect(ru.keys).not.toContain('read-ten');
    expect(none(ru.keys, 'read-kids')).toEqual([]);
    const en = await tap(
      'reading',
      'Read Uzbek novels in the new alphabet',
      'I learned Cyrillic at school and still read the new script letter by letter, like a first grader.',
    );
    expect(en.keys[0]).toBe('read-script-letters');
    expect(en.texts[0]).not.toMatch(/script's joined letter shapes/);
    // A real child keeps the reading-together steps.
    const near = await tap(
      'reading',
      'Read bedtime stories to my son every night',
      "He's four and loves dinosaurs.",
      'en',
      ['Reading with or to a child'],
    );
    expect(near.keys[0]).toBe('read-kids-books');
  });

  it('fits an audiobook to the time given it — a week as well as a month', async () => {
    const en = await tap(
      'reading',
      'Listen to one audiobook a week',
      "An hour of driving each day for work; I haven't finished a book in years.",
      'en',
      ['Listening to audiobooks'],
    );
    expect(en.keys).toContain('read-audio-plan');
    expect(en.text).toMatch(/the time you've given it — a week, a month/);
    expect(en.text).not.toMatch(/fits your month|this month's audiobook/);
    const ru = await tap('reading', 'Слушать по аудиокниге в неделю', 'Час в день за рулём.', 'ru', [
      'Слушать аудиокниги',
    ]);
    expect(ru.text).toMatch(/в срок, который ты ей даёшь/);
    // Reading on paper gets no listening plan.
    const near = await tap('reading', 'Read one book a month', 'Paper books, before bed.');
    expect(near.keys).not.toContain('read-audio-plan');
  });

  it("plans a photographer's missing portfolio piece as a shoot, not a composition sketch", async () => {
    const en = await tap(
      'creative',
      'Put together a photography portfolio for art school',
      "I shoot street photos on an old Canon; they want 12 images by January and mine don't hang together.",
    );
    expect(en.keys).toContain('cre-port-gap-photo');
    expect(en.keys).not.toContain('cre-port-gap');
    expect(en.text).toMatch(/safely and are allowed to be/);
    const ru = await tap(
      'creative',
      'Собрать портфолио фотографий для поступления',
      'Снимаю на зеркалку пейзажи, нужно 15 работ к марту.',
      'ru',
    );
    expect(ru.keys).toContain('cre-port-gap-photo');
    // A drawing portfolio keeps the composition sketch.
    const near = await tap(
      'creative',
      'Build a drawing portfolio for art college',
      'Mostly pencil portraits; they want observational drawing by February.',
    );
    expect(near.keys).toContain('cre-port-gap');
    expect(near.keys).not.toContain('cre-port-gap-photo');
  });

  it('teaches punch needle with its cloth, tight frame and loops that stay — no stranded threads or suzani stitches', async () => {
    const en = await tap(
      'creative',
      'Learn punch needle',
      'My loops keep pulling out and the fabric goes slack in the hoop. I want to make a cushion cover for my sister by spring.',
    );
    expect(en.keys).toEqual([
      'cre-punch-kit',
      'cre-punch-loops',
      'cre-punch-outline',
      'cre-punch-finish',
      'cre-punch-pace',
    ]);
    const ru = await tap(
      'creative',
      'Освоить ковровую вышивку',
      'Купила иглу для панч-нидла и пяльцы, петли вылезают, ткань провисает. Хочу коврик к весне.',
      'ru',
      ['Ничего из этого'],
    );
    expect(ru.keys[0]).toBe('cre-punch-kit');
    expect(none(ru.keys, 'cre-emb')).toEqual([]);
    // Cross-stitch stays embroidery.
    const near = await tap('creative', 'Stitch a cross-stitch sampler', 'First time with a hoop and floss.', 'en', [
      'Just starting',
    ]);
    expect(near.keys[0]).toBe('cre-emb-kit');
    expect(none(near.keys, 'cre-punch')).toEqual([]);
  });

  it('plans a set of painted cards as one series — no craft template of "too tight, crooked"', async () => {
    const en = await tap(
      'creative',
      'Paint a set of Christmas cards for the family',
      "I've sketched in pencil for years and want to try watercolour; I need twelve by December.",
      'en',
      ['Coming back to it after a break'],
    );
    expect(en.keys).toContain('cre-set-list');
    expect(en.keys).toContain('cre-set-thumbs');
    expect(en.keys).not.toContain('cre-20');
    const ru = await tap(
      'creative',
      'Нарисовать серию акварелей с видами нашего села',
      'Рисую карандашом давно, акварелью хочется впервые, к лету штук восемь.',
      'ru',
      ['Живопись', 'Возвращаюсь после перерыва'],
    );
    expect(ru.keys).toContain('cre-set-list');
    expect(ru.keys).not.toContain('cre-20');
    // A photo series keeps its own steps.
    const near = await tap(
      'creative',
      'Shoot a photo series of my street',
      'Twelve portraits of neighbours at their doors.',
      'en',
      ['A photo series or photo project'],
    );
    expect(none(near.keys, 'cre-set')).toEqual([]);
  });

  it("works an oral's weakest part aloud from key words — no written question bank", async () => {
    const en = await tap(
      'exam',
      'Pass my A-level French oral in May',
      'In the mocks I lost most marks on the general conversation — my answers sound memorised and I go blank on follow-ups.',
      'en',
      ['The speaking part of a language test'],
    );
    expect(en.keys).toContain('exam-known-weak-oral');
    expect(en.keys).not.toContain('exam-known-weak');
    const ru = await tap(
      'exam',
      'Сдать устную часть ЕГЭ по английскому',
      'На пробниках теряю баллы в монологе: выучила тексты, а отвечаю как робот.',
      'ru',
      ['Устная часть языкового экзамена'],
    );
    expect(ru.keys).toContain('exam-known-weak-oral');
    expect(ru.text).toMatch(/ключевым словам/);
    // A written exam keeps the question bank.
    const near = await tap('exam', 'Pass my maths GCSE resit', 'In the mocks I lost most marks on algebra.');
    expect(near.keys).toContain('exam-known-weak');
    expect(near.keys).not.toContain('exam-known-weak-oral');
  });

  it('prepares the news and the dinner a selection panel named — not only the subject questions', async () => {
    const en = await tap(
      'interview',
      'Prepare for my scholarship final panel',
      "There's a formal dinner with the panel the night before, and I'm worried about questions on current affairs — I never follow the news.",
      'en',
      ['An admission or scholarship interview'],
    );
    expect(en.keys).toContain('intv-news-daily');
    expect(en.keys).toContain('intv-dinner-prep');
    const ru = await tap(
      'interview',
      'Пройти собеседование на стипендию фонда',
      'Накануне неформальный ужин с комиссией, и я боюсь вопросов о текущих событиях в мире.',
      'ru',
      ['Собеседование при поступлении'],
    );
    expect(ru.keys).toContain('intv-news-daily');
    expect(ru.keys).toContain('intv-dinner-prep');
    // An ordinary job interview gets neither.
    const near = await tap(
      'interview',
      'Ace my interview for a junior accountant role',
      'Two rounds, the second with the finance director.',
    );
    expect(none(near.keys, 'intv-news')).toEqual([]);
    expect(near.keys).not.toContain('intv-dinner-prep');
  });

  it('starts a new technique on an instrument played for years from its kit and a lesson for players — no first two chords', async () => {
    const en = await tap(
      'instrument',
      'Learn fingerstyle',
      "I've been playing guitar for 12 years, but only ever strummed chords.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).toEqual([
      'inst-tech-setup',
      'inst-tech-lesson',
      'inst-tech-listen',
      'inst-tech-daily',
      'inst-tech-song',
    ]);
    const ru = await tap(
      'instrument',
      'Освоить слайд на гитаре',
      'Играю на гитаре лет пятнадцать, хочу играть старый блюз.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys[0]).toBe('inst-tech-setup');
    expect(ru.keys).not.toContain('inst-05');
    // Slide from nothing is a first guitar.
    const near = await tap('instrument', 'Learn slide guitar', '', 'en', ['Just starting']);
    expect(near.keys[0]).toBe('inst-01');
    expect(none(near.keys, 'inst-tech')).toEqual([]);
  });

  it('changes between the chords already learnt instead of "your first two chords"', async () => {
    const en = await tap(
      'instrument',
      'Learn ukulele to play with my cousins',
      'I know a few chords already from videos.',
      'en',
      ['Just starting'],
    );
    expect(en.keys).toContain('inst-07-known');
    expect(en.keys).not.toContain('inst-07');
    const ru = await tap(
      'instrument',
      'Научиться играть на укулеле',
      'Знаю пару аккордов, хочу играть с подругами.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).not.toContain('inst-07');
    // A first-timer keeps the first two chords.
    const near = await tap(
      'instrument',
      'Learn ukulele',
      'Never played anything before, got one for my birthday.',
      'en',
      ['Just starting'],
    );
    expect(near.keys).toContain('inst-07');
    expect(near.keys).not.toContain('inst-07-known');
  });

  it('mends clothes by hand — a button, a hem, a worn patch — with no licensed instructor or protective kit', async () => {
    const en = await tap(
      'skill',
      'Learn to mend my own clothes',
      'Buttons keep falling off and my jeans wear through; I have a needle and thread but no machine.',
      'en',
      ['Just starting'],
    );
    expect(en.keys).toEqual([
      'skill-mend-kit',
      'skill-mend-button',
      'skill-mend-hem',
      'skill-mend-worn',
      'skill-mend-pile',
    ]);
    const ru = await tap(
      'skill',
      'Научиться подшивать брюки самой',
      'Все брюки длинные, в ателье дорого, иголки есть.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys[0]).toBe('skill-mend-kit');
    expect(none(ru.keys, 'skill-risky')).toEqual([]);
    // A dress sewn on a machine keeps the sewing steps; a thrown knife keeps the teacher-first net.
    const near = await tap(
      'skill',
      'Learn to sew a dress on my machine',
      "I've had the machine a year and only done cushion covers.",
      'en',
      ['Knitting and sewing', 'Coming back to it after a break'],
    );
    expect(none(near.keys, 'skill-mend')).toEqual([]);
    const knives = await tap(
      'skill',
      'Научиться метать ножи',
      'Боюсь пораниться, метаю пока только в доску в сарае.',
      'ru',
      ['Только начинаю'],
    );
    expect(knives.keys[0]).toBe('skill-risky-teacher');
  });

  it("claims minding other people's children at home for the childcare steps — rules, a safe home, first aid — from any start", async () => {
    const generic = await firstFive(
      'generic',
      'Start doing after-school care from home',
      'Some parents from school asked me to mind their kids 3 to 6 on weekdays, maybe five of them. No idea about prices or insurance.',
    );
    expect(generic.keys).toEqual([
      'biz-care-rules',
      'biz-care-home',
      'biz-care-aid',
      'biz-care-insure',
      'biz-care-price',
    ]);
    const ru = await tap(
      'business',
      'Открыть домашний детский сад',
      'Сижу дома с дочкой, соседки просят взять их детей на день, человека четыре.',
      'ru',
    );
    expect(ru.keys[0]).toBe('biz-care-rules');
    expect(ru.text).toMatch(/калитка сама закрывается/);
    // A parent looking for care keeps the family path.
    const near = await tap('family', 'Find after-school care for my son', "He's seven and I work till six.");
    expect(none(near.keys, 'biz-care')).toEqual([]);
  });

  it('rents things out with terms, a deposit, cleaning and a booking log — no "you already sell" numbers', async () => {
    const en = await tap(
      'business',
      'Start renting out my party dresses',
      "I have about twenty formal dresses from years of events; I'd like to make it a side income.",
    );
    expect(en.keys).toContain('biz-rent-terms');
    expect(en.keys).toContain('biz-rent-clean');
    expect(en.keys).not.toContain('biz-numbers');
    const ru = await tap(
      'business',
      'Сдавать в прокат карнавальные костюмы',
      'Шью костюмы для детских утренников, хочу сделать из этого подработку, а как брать залог и чистить — не понимаю.',
      'ru',
    );
    expect(ru.keys[0]).toBe('biz-rent-terms');
    expect(ru.keys).not.toContain('biz-numbers');
    // A flat let by the night keeps its own steps.
    const near = await tap(
      'business',
      'Rent out my flat by the night',
      'A one-bed near the station, empty since my tenant left.',
      'en',
      ['Letting a place by the night'],
    );
    expect(none(near.keys, 'biz-rent')).toEqual([]);
  });
});
