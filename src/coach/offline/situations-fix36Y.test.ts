import { describe, expect, it } from 'vitest';
import { talkWith, tapThrough, tapping } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const none = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));

describe('the thirty-sixth blind read, fixed in general (helper fix36Y)', () => {
  it('reads a treadmill at the gym as no machine at home, and dizziness on exertion as no get-up-in-stages turn', async () => {
    const en = await tap(
      'fitness',
      'Get fitter at 50',
      'I joined a gym in March and use the treadmill and the rowing machine there twice a week.',
      'en',
      ['Already', 'An exercise bike'],
    );
    expect(none(en.keys, 'fit-machine-')).toEqual([]);
    const ru = await tap(
      'fitness',
      'Подтянуть форму к лету',
      'Хожу в зал три раза в неделю, в основном на беговой дорожке и велотренажёре.',
      'ru',
      ['Уже', 'Велотренажёр'],
    );
    expect(none(ru.keys, 'fit-machine-')).toEqual([]);
    // An exercise bike at home keeps its own steps.
    const home = await tap(
      'fitness',
      'Use my exercise bike',
      'It has been gathering dust in the spare room for a year.',
      'en',
      ['Just starting', 'An exercise bike'],
    );
    expect(home.keys).toContain('fit-machine-ready');

    const flutter = await tap(
      'fitness',
      'Lose a few pounds',
      'On the cross trainer my heart goes all fluttery and I go a bit light-headed, then it passes.',
      'en',
      ['Just starting', 'Losing'],
    );
    expect(flutter.keys[0]).toBe('fit-dizzy-doctor');
    expect(flutter.keys).not.toContain('fit-dizzy-stand');
    const ruFlutter = await tap(
      'fitness',
      'Начать заниматься',
      'На беговой дорожке сердце трепыхается и кружится голова, приходится садиться.',
      'ru',
      ['Только'],
    );
    expect(ruFlutter.keys[0]).toBe('fit-dizzy-doctor');
    expect(ruFlutter.keys).not.toContain('fit-dizzy-stand');
    // Getting up from a chair keeps the get-up-in-stages step.
    const stand = await tap(
      'fitness',
      'Get moving again',
      'I get dizzy when I stand up from the sofa since my tablets changed.',
      'en',
      ['Just starting'],
    );
    expect(stand.keys).toContain('fit-dizzy-stand');
  });

  it('puts the first walk somewhere warm in a deep frost, and a weight-loss goal ahead of a driver’s stretches', async () => {
    const ru = await tap(
      'fitness',
      'Больше двигаться зимой',
      'В Якутске зимой минус сорок, из дома только до машины, за зиму набрала пять кило.',
      'ru',
      ['Только', 'Ничего'],
    );
    expect(ru.keys).toContain('fit-cold-walk');
    expect(ru.keys).not.toContain('fit-14');
    const en = await tap(
      'fitness',
      'Keep moving through the winter',
      "It's minus 40 here from December to February and I never leave the house.",
      'en',
      ['Just starting', 'None'],
    );
    expect(en.keys).toContain('fit-cold-walk');
    expect(en.keys).not.toContain('fit-14');
    // Without a frost, the ordinary walk.
    const mild = await tap('fitness', 'Start moving more', 'Office job, never exercised much.', 'en', [
      'Just starting',
      'None',
    ]);
    expect(mild.keys).toContain('fit-14');
    expect(mild.keys).not.toContain('fit-cold-walk');

    const driver = await tap(
      'fitness',
      'Сбросить 15 кг до медосмотра',
      'Работаю водителем автобуса, по десять часов за рулём.',
      'ru',
      ['Сбросить'],
    );
    // The weight loss is offered beside the hours at the wheel (read 36 offered the driver's stretches alone).
    expect(driver.asked.at(-1)?.choices).toEqual(
      expect.arrayContaining(['Сбросить лишний вес', 'Много часов за рулём']),
    );
    expect(driver.keys).toContain('fit-weight-plate');
    expect(none(driver.keys, 'fit-drive-').filter((key) => key !== 'fit-drive-walk')).toEqual([]);
    const enDriver = await tap(
      'fitness',
      'Get two stone off',
      "I'm a lorry driver, twelve hours at the wheel most days.",
      'en',
      ['Losing'],
    );
    expect(enDriver.asked.at(-1)?.choices).toEqual(
      expect.arrayContaining(['Losing weight', 'Long hours at the wheel']),
    );
    expect(enDriver.keys).toContain('fit-weight-plate');
    expect(enDriver.keys).not.toContain('fit-drive-stop');
    // A driver with a stiff neck keeps the stretches at the stops.
    const neck = await tap(
      'fitness',
      'Loosen up my neck',
      "I'm a taxi driver and my neck is stiff after a shift.",
      'en',
      ['Long hours'],
    );
    expect(neck.keys).toContain('fit-drive-stop');
  });

  it('learns a cartwheel or a handstand from its first step on a soft floor, not a generic plan', async () => {
    const ru = await tap('fitness', 'Научиться делать колесо', 'Мне 32, в детстве так и не получилось.', 'ru', [
      'Только',
      'Колесо',
    ]);
    expect(ru.keys.slice(0, 3)).toEqual(['fit-acro-warm', 'fit-acro-place', 'fit-acro-first']);
    const en = await tap('fitness', 'Do a handstand against the wall', "I'm 29 and have never been sporty.", 'en', [
      'Just starting',
      'A cartwheel',
    ]);
    expect(en.keys[0]).toBe('fit-acro-warm');
    expect(en.keys).toContain('fit-acro-first');
    // Put under "Something else", a cartwheel is still read as fitness by the classifier.
    const placed = await talkWith(coach)(
      null,
      'Learn to do a cartwheel at 33',
      'I never managed one as a kid.',
      'en',
      tapping(['Fitness', 'Just starting', 'A cartwheel']),
    );
    expect(placed.keys[0]).toBe('fit-acro-warm');
    // Touching the toes is stretching, no gymnastics.
    const toes = await tap('fitness', 'Touch my toes', 'Stiff hamstrings from sitting all day.', 'en', [
      'Just starting',
      'Starting yoga',
    ]);
    expect(none(toes.keys, 'fit-acro-')).toEqual([]);
  });

  it('reads a baby by weeks, and gives a one-room home and a working parent sleep they can have', async () => {
    const en = await tap(
      'sleep',
      'Sleep more with a newborn',
      "My 6-week-old feeds every two hours and I'm a wreck.",
      'en',
      ['A baby'],
    );
    expect(en.keys).toContain('sleep-baby-block');
    expect(en.keys).not.toContain('sleep-wake');
    const ru = await tap(
      'sleep',
      'Хоть немного высыпаться',
      'Живём в однушке втроём, дочке полгода, просыпается по три раза за ночь.',
      'ru',
      ['Малыш'],
    );
    expect(ru.keys[0]).toBe('sleep-baby-block-one');
    expect(ru.keys).not.toContain('sleep-baby-block');
    const work = await tap(
      'sleep',
      'Get enough sleep',
      "Our toddler wakes at night, and I'm back at work full-time since March. We live in a one-bed flat.",
      'en',
      ['A baby'],
    );
    expect(work.keys).toContain('sleep-baby-block-one');
    expect(work.keys).not.toContain('sleep-baby-nap');
    // A house with a spare room and a parent at home keep the other room and the nap.
    const house = await tap('sleep', 'Get some sleep', 'Our baby is 4 months old and wakes every night.', 'en', [
      'A baby',
    ]);
    expect(house.keys).toContain('sleep-baby-block');
    expect(house.keys).toContain('sleep-baby-nap');
  });

  it("gets children to bed in the light nights with their rooms dark and a home-by time, not the parent's earplugs", async () => {
    const en = await tap(
      'sleep',
      'Get the kids to bed in summer',
      'Up here the sun never sets in June, and my 8 and 11 year olds are out on scooters till midnight.',
      'en',
      ['Noise'],
    );
    expect(en.keys[0]).toBe('sleep-kid-talk');
    expect(en.keys).toContain('sleep-kid-dark');
    expect(en.keys).toContain('sleep-kid-sun-home');
    for (const key of ['sleep-noise-mask', 'sleep-noise-house', 'sleep-sun-night', 'sleep-noise-dark'])
      expect(en.keys).not.toContain(key);
    const ru = await tap(
      'sleep',
      'Уложить детей в белые ночи',
      'В Петербурге в июне светло до полуночи, сыну девять, дочке шесть, не спят до часу.',
      'ru',
      ['Шум'],
    );
    expect(ru.keys).toContain('sleep-kid-dark');
    expect(ru.keys).not.toContain('sleep-noise-mask');
    // The parent's own light evenings keep the bedroom dark and the noise masked.
    const own = await tap(
      'sleep',
      'Fall asleep earlier in summer',
      "It's still light outside at 10 and the street is noisy.",
      'en',
      ['Noise'],
    );
    expect(own.keys).toContain('sleep-noise-dark');
    expect(own.keys).toContain('sleep-noise-mask');
  });

  it('reads a hobby done for friends as no trading, and asks about checks and cover before paid work with children', async () => {
    const en = await tap(
      'business',
      'Turn my magic tricks into paid shows',
      "I've been doing magic for friends for eight years; a few parents asked me to do their kids' parties.",
      'en',
      ['A business not'],
    );
    expect(en.keys).toContain('biz-kids-check');
    for (const key of ['biz-numbers', 'biz-ask-customers', 'biz-improve']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'business',
      'Стать аниматором на детских праздниках',
      'Уже пять лет бесплатно веду праздники для друзей, хочу брать за это деньги.',
      'ru',
      ['Бизнес ещё'],
    );
    expect(ru.keys).toContain('biz-kids-check');
    expect(ru.keys).not.toContain('biz-numbers');
    // A shop that is open keeps its numbers.
    const open = await tap(
      'business',
      'Grow my gift shop',
      "I've been running the shop for three years and sales are flat.",
      'en',
      ['A business already'],
    );
    expect(open.keys).toContain('biz-numbers');
    expect(open.keys).not.toContain('biz-kids-check');
  });

  it("takes a pet abroad with the vet's rules and dates, and tax back on one expense without a year of papers", async () => {
    const en = await tap(
      'admin',
      'Sort the papers to take our cat to Spain',
      'We fly on 3 September and need the animal health certificate.',
      'en',
      ['Taking a pet'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['adm-pet-rules', 'adm-pet-records', 'adm-pet-vet']);
    expect(en.keys).not.toContain('adm-06');
    const ru = await tap(
      'admin',
      'Вывезти собаку в Грузию',
      'Едем на машине в июле, ветпаспорт есть, но прививку от бешенства делали давно.',
      'ru',
      ['Вывезти'],
    );
    expect(ru.keys[0]).toBe('adm-pet-rules');
    // A passport renewal keeps the passport path.
    const passport = await tap('admin', 'Renew my passport', 'It expires in May and I travel in June.', 'en', [
      'A passport',
    ]);
    expect(none(passport.keys, 'adm-pet-')).toEqual([]);

    const ruTax = await tap(
      'admin',
      'Оформить вычет за лечение зубов',
      'Заплатила за имплант 80 тысяч в прошлом году.',
      'ru',
      ['Налоговая'],
    );
    expect(ruTax.keys).toContain('adm-ded-rules');
    expect(ruTax.keys).toContain('adm-ded-cert');
    for (const key of ['adm-tax-sort', 'adm-tax-totals']) expect(ruTax.keys).not.toContain(key);
    const enTax = await tap(
      'admin',
      'Claim tax relief on my course fees',
      'I paid for a part-time diploma last year.',
      'en',
      ['A tax return'],
    );
    expect(enTax.keys).toContain('adm-ded-rules');
    expect(enTax.keys).not.toContain('adm-tax-totals');
    // A whole self-assessment keeps the piles and the totals.
    const whole = await tap('admin', 'File my self-assessment', 'Freelance income and a part-time job.', 'en', [
      'A tax return',
    ]);
    expect(whole.keys).toContain('adm-tax-sort');
    expect(whole.keys).not.toContain('adm-ded-rules');
  });

  it("starts a band's beginner on the band's tunes, a choir member on their part, and a forgotten instrument on a first lesson", async () => {
    const en = await tap(
      'instrument',
      'Learn the tenor horn',
      "The bandmaster of our colliery band lent me one. I can't read music at all.",
      'en',
      ['Already in'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['inst-inband-ask', 'inst-inband-record', 'inst-inband-notes']);
    expect(en.keys).not.toContain('inst-09');
    const ru = await tap(
      'instrument',
      'Научиться играть на трубе',
      'Капельмейстер нашего духового оркестра дал инструмент, играю с нуля.',
      'ru',
      ['Только', 'Уже в группе'],
    );
    expect(ru.keys[0]).toBe('inst-inband-ask');
    expect(ru.keys).not.toContain('inst-09');
    // Someone with no band keeps a first song they love.
    const solo = await tap('instrument', 'Learn the trumpet', 'Complete beginner, just bought one.', 'en', [
      'Just starting',
    ]);
    expect(solo.keys).toContain('inst-09');

    const choir = await tap(
      'instrument',
      'Петь в церковном хоре',
      'Регент позвала меня, спевки по четвергам, нот не знаю.',
      'ru',
      ['Уже пою'],
    );
    expect(choir.keys[0]).toBe('inst-inchoir-part');
    expect(choir.keys).not.toContain('inst-choir');
    const enChoir = await tap(
      'instrument',
      'Sing better',
      'The choir director asked me to join our parish choir; rehearsals on Tuesdays.',
      'en',
      ['Already singing'],
    );
    expect(enChoir.keys).toContain('inst-inchoir-part');
    expect(enChoir.keys).not.toContain('inst-choir');
    // A choir still to find keeps the search.
    const join = await tap('instrument', 'Join a choir', 'I love singing but have never sung with others.', 'en', [
      'Just starting',
      'Joining',
    ]);
    expect(join.keys).toContain('inst-choir');

    const forgot = await tap(
      'instrument',
      'Снова играть на фортепиано',
      'В детстве два года ходила на уроки, но всё забыла.',
      'ru',
      ['Возвращаюсь'],
    );
    expect(forgot.keys).toContain('inst-forgot-lesson');
    expect(forgot.keys).not.toContain('inst-25');
    const enForgot = await tap(
      'instrument',
      'Get back to the guitar',
      "I had lessons at school but I've forgotten everything.",
      'en',
      ['Coming back'],
    );
    expect(enForgot.keys).toContain('inst-forgot-lesson');
    expect(enForgot.keys).not.toContain('inst-25');
    const rusty = await tap(
      'instrument',
      'Get back to the piano',
      'I played to grade 3 as a kid and I am rusty.',
      'en',
      ['Coming back'],
    );
    expect(rusty.keys).toContain('inst-25');
  });

  it("books a child named by age as the child's visit, prepares a talking visit as one, and asks the right things at a hepatitis test", async () => {
    const en = await tap(
      'checkup',
      'Get Maya seen about her stammer',
      "She's 6 and it's got worse since she started school; her teacher noticed too.",
      'en',
      ['An appointment for my child'],
    );
    expect(en.keys).toContain('chk-child-book');
    for (const key of ['chk-05', 'chk-09', 'chk-child-ready']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'checkup',
      'Сводить дочку к психологу',
      'Дочке восемь, после переезда не спит одна и часто плачет, записались в центр.',
      'ru',
      ['Записать'],
    );
    expect(ru.keys).toContain('chk-child-ready-talk');
    expect(ru.keys).not.toContain('chk-child-ready');
    // A child's jabs keep "a quick scratch in your arm".
    const jabs = await tap('checkup', "Get my son's booster jabs done", 'He is 5 and missed the last ones.', 'en', [
      'An appointment for my child',
    ]);
    expect(jabs.keys).toContain('chk-child-ready');

    const hep = await tap('checkup', 'Get checked for hepatitis C', 'I had a tattoo abroad years ago.', 'en', []);
    expect(hep.keys).toContain('chk-infect-ask');
    expect(hep.keys).not.toContain('chk-05');
    const ruHep = await tap(
      'checkup',
      'Сдать анализ на гепатит',
      'У отца гепатит B, я никогда не проверялась.',
      'ru',
      [],
    );
    expect(ruHep.keys).toContain('chk-infect-ask');
    expect(ruHep.keys).not.toContain('chk-05');
    // A GP visit about one's own health keeps the medicines list.
    const gp = await tap(
      'checkup',
      'See the GP about my blood pressure pills',
      'I take three different tablets.',
      'en',
      ['The GP'],
    );
    expect(gp.keys).toContain('chk-05');
    expect(gp.keys).not.toContain('chk-infect-ask');

    const cough = await tap('checkup', 'See someone about my cough', "It won't go away, three months now.", 'en', [
      'A pain',
    ]);
    const at = cough.keys.indexOf('chk-sym-book');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(cough.texts[at]).toMatch(/with your GP — or, for pain or stiffness in a joint, a muscle or your back/);
  });

  it('keeps a daily reading at its set time, walks part of the way to work from a chosen stop, and reads "everything in one place" as getting organised', async () => {
    const en = await tap(
      'habit',
      'Record the rain gauge every day',
      'Our school got a rain gauge for the geography club and I look after it.',
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['hab-log-time', 'hab-log-sheet', 'hab-log-first']);
    expect(en.keys).not.toContain('hab-05');
    const ru = await tap('habit', 'Каждое утро записывать показания счётчиков', 'Управляющая компания просит.', 'ru', [
      'Только',
    ]);
    expect(ru.keys[0]).toBe('hab-log-time');
    expect(ru.keys).not.toContain('hab-05');
    // A journal keeps "the smallest version right now".
    const journal = await tap('habit', 'Write in a journal', 'Never managed it before.', 'en', [
      'Just starting',
      'None',
    ]);
    expect(journal.keys).not.toContain('hab-log-time');

    const ruWalk = await tap('habit', 'Выходить из автобуса на остановку раньше', 'Хочу больше ходить пешком.', 'ru', [
      'Ежедневные',
    ]);
    expect(ruWalk.keys.slice(0, 2)).toEqual(['hab-commute-stop', 'hab-commute-first']);
    for (const key of ['hab-walk-setup', 'hab-02', 'hab-03']) expect(ruWalk.keys).not.toContain(key);
    const enWalk = await tap('habit', 'Get off the bus one stop early', 'To get more steps in on workdays.', 'en', [
      'Just starting',
      'Daily walks',
    ]);
    expect(enWalk.keys[0]).toBe('hab-commute-stop');
    expect(enWalk.keys).not.toContain('hab-walk-setup');
    // A walk from the door keeps its set-up.
    const walk = await tap('habit', 'Go for a walk every evening', 'I sit at a desk all day.', 'en', [
      'Just starting',
      'Daily walks',
    ]);
    expect(walk.keys).toContain('hab-walk-setup');

    const ruOrg = await tap(
      'habit',
      'Держать все дела в одном месте',
      'Вечно пропускаю платежи и забываю, что обещала, заметки в телефоне не открываю.',
      'ru',
      ['Стать'],
    );
    expect(ruOrg.keys[0]).toBe('hab-org-inbox');
    expect(none(ruOrg.keys, 'hab-screen-')).toEqual([]);
    const enOrg = await tap(
      'habit',
      'Keep everything in one place, not in my head',
      'I missed a payment and a shift last month.',
      'en',
      ['Getting organised'],
    );
    expect(enOrg.keys[0]).toBe('hab-org-inbox');
    // Less phone time keeps the screen steps.
    const phone = await tap('habit', 'Spend less time on my phone', 'Scrolling till 1 am every night.', 'en', [
      'Less phone',
    ]);
    expect(phone.keys.some((key) => key.startsWith('hab-screen-'))).toBe(true);
  });

  it("writes a tale for one's own child in one sitting and reads it at bedtime, not a writing slot three days a week", async () => {
    const ru = await tap(
      'writing',
      'Сочинить сказку для сына про садик',
      'Сыну четыре, плачет каждое утро перед садиком, хочу сказку про зайчонка, который тоже боялся.',
      'ru',
      ['Только'],
    );
    expect(ru.keys.slice(0, 4)).toEqual(['write-tale-hero', 'write-tale-plan', 'write-tale-draft', 'write-tale-read']);
    for (const key of ['write-02', 'write-03', 'write-kids-read']) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'writing',
      'Write a bedtime story for my daughter',
      "She's scared of thunderstorms; I want a story about a bear cub who is too.",
      'en',
      ['Just starting'],
    );
    expect(en.keys[0]).toBe('write-tale-hero');
    expect(en.keys).not.toContain('write-02');
    // A picture book to send to publishers keeps its own steps.
    const book = await tap(
      'writing',
      "Write a children's picture book",
      'I want to send it to publishers next year.',
      'en',
      ['Just starting', "A children's"],
    );
    expect(book.keys).toContain('write-kids-read');
    expect(none(book.keys, 'write-tale-')).toEqual([]);
  });

  it('plans the food money when groceries are what runs out, takes store credit as a tab, and cuts subscriptions once', async () => {
    const en = await tap(
      'finance',
      'Make my wages last until payday',
      'Food prices up here are crazy and we run out of food by the last week.',
      'en',
      ['Running short'],
    );
    expect(en.keys).toContain('fin-food-plan');
    expect(en.keys).not.toContain('fin-short-leaks');
    expect(en.keys).not.toContain('fin-12');
    const ru = await tap(
      'finance',
      'Дотянуть до зарплаты',
      'Продукты дорогие, к концу месяца сидим на макаронах, деньги заканчиваются.',
      'ru',
      ['Не хватает'],
    );
    expect(ru.keys).toContain('fin-food-plan');
    expect(ru.keys).not.toContain('fin-short-leaks');
    const tab = await tap(
      'finance',
      'Stop running out before payday',
      'I keep asking for credit at the store the week before I get paid.',
      'en',
      ['Running short'],
    );
    expect(tab.keys[0]).toBe('fin-tab-sum');
    // Running short on takeaways keeps the statement's leaks, and the subscription cut only once.
    const leaks = await tap(
      'finance',
      'Stop being skint by the end of the month',
      'Too many takeaways and subscriptions.',
      'en',
      ['Running short'],
    );
    expect(leaks.keys).toContain('fin-short-leaks');
    expect(leaks.keys).not.toContain('fin-12');
    expect(leaks.keys).not.toContain('fin-food-plan');
  });
});
