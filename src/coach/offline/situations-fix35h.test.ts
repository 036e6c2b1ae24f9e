import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const starting = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));
const HOUSE_SAFETY = ['fix-02', 'fix-03', 'fix-04'];
const DECLUTTER = ['home-12', 'home-13', 'home-15', 'home-14', 'home-17'];

describe('the thirty-fifth blind read, fixed in general (helper fix35h)', () => {
  it('gets a swollen or hot-on-charge lithium battery outside and to a shop — never a video to fix it alone', async () => {
    const BATTERY = ['fix-batt-out', 'fix-batt-dispose', 'fix-batt-label', 'fix-batt-shop', 'fix-batt-rules'];
    const en = await tap(
      'repair',
      'Get my e-bike going again',
      "The battery is bulging and it's hot on charge; I'd like to swap the cells myself.",
      'en',
      ['None'],
    );
    expect(en.keys).toEqual(BATTERY);
    const ru = await tap(
      'repair',
      'Починить гироскутер',
      'Аккумулятор вздулся, при зарядке сильно греется, хочу перепаять сам.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys).toEqual(BATTERY);
    expect(ru.texts[0]).toMatch(/112/);
    // The net claims a title read as another building kind.
    const claimed = await tap(
      'skill',
      'Replace my phone’s swollen battery myself',
      "It's a three-year-old Android and the back is lifting.",
      'en',
      ['None'],
    );
    expect(claimed.keys[0]).toBe('fix-batt-out');
    for (const key of HOUSE_SAFETY) expect(claimed.keys).not.toContain(key);
    // An electric scooter with no sign on its pack keeps its repair, with the charging rules beside it.
    const brakes = await tap('repair', 'Fix the brakes on my electric scooter', 'The rear brake squeals.', 'en', [
      'None',
    ]);
    expect(brakes.keys).toContain('fix-eride-charge');
    expect(starting(brakes.keys, 'fix-batt')).toEqual([]);
    // A swollen door is no battery.
    const near = await tap('repair', 'Fix the swollen bathroom door', 'It sticks since the damp winter.', 'en', [
      'None',
    ]);
    expect(starting(near.keys, 'fix-batt')).toEqual([]);
    expect(near.keys).not.toContain('fix-eride-charge');
  });

  it('plans a wheelchair ramp by its slope, landings, grip and supports — no brand and model, no stop valve', async () => {
    const en = await tap(
      'repair',
      'Build a wheelchair ramp to our back door',
      'My wife uses a wheelchair since her stroke; three steps, about 50 cm.',
      'en',
      ['None'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['fix-ramp-rise', 'fix-ramp-plan', 'fix-ramp-grip']);
    for (const key of HOUSE_SAFETY) expect(en.keys).not.toContain(key);
    const ru = await tap('repair', 'Сварить пандус на крыльцо', 'Маме 80, она на коляске, крыльцо высокое.', 'ru', [
      'Ничего',
    ]);
    expect(ru.keys[0]).toBe('fix-ramp-rise');
    expect(ru.keys).toContain('fix-ramp-grip');
    expect(ru.texts[0]).toMatch(/1:12/);
    // A skateboard ramp is no access ramp.
    const near = await tap('repair', 'Build a mini skate ramp in the garage', 'A quarter pipe from plywood.', 'en', [
      'None',
    ]);
    expect(starting(near.keys, 'fix-ramp')).toEqual([]);
  });

  it('makes broken window glass safe and covered, then measured and fitted — a glazier where a ladder is needed', async () => {
    const en = await tap(
      'repair',
      'Reglaze the cracked pane in the back door',
      "A football went through it yesterday; I'm 68.",
      'en',
      ['None'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['fix-glass-safe', 'fix-glass-cover']);
    expect(en.keys).toContain('fix-glass-who');
    for (const key of HOUSE_SAFETY) expect(en.keys).not.toContain(key);
    const ru = await tap('repair', 'Вставить стекло в раму на веранде', 'Стекло треснуло от мороза, дует.', 'ru', [
      'Ничего',
    ]);
    expect(ru.keys[0]).toBe('fix-glass-safe');
    expect(ru.keys).not.toContain('fix-03');
    // A window painted shut keeps its own path.
    const near = await tap('repair', 'Fix the sticking sash window', "It's been painted shut for years.", 'en', [
      'A window',
    ]);
    expect(near.keys[0]).toBe('fix-sash-look');
    expect(starting(near.keys, 'fix-glass')).toEqual([]);
  });

  it('lays a concrete apron from where the water comes from, the buried lines, the slope and the layers', async () => {
    const APRON = ['fix-apron-water', 'fix-apron-lines', 'fix-apron-plan', 'fix-apron-form', 'fix-apron-pour'];
    const en = await tap(
      'repair',
      'Pour a concrete apron around the house',
      'Water pools against the foundation every spring.',
      'en',
      ['None'],
    );
    expect(en.keys).toEqual(APRON);
    const ru = await tap('repair', 'Залить отмостку у дачного дома', 'Весной под домом лужи, цоколь мокрый.', 'ru', [
      'Ничего',
    ]);
    expect(ru.keys).toEqual(APRON);
    // A slab for a shed is no apron.
    const near = await tap(
      'repair',
      'Lay a concrete base for the shed',
      'A 3 by 2 metre slab at the end of the garden.',
      'en',
      ['None'],
    );
    expect(starting(near.keys, 'fix-apron')).toEqual([]);
  });

  it('babyproofs a home — the stairs gated, furniture fixed, poisons locked — never a declutter', async () => {
    const en = await tap(
      'home',
      'Childproof our flat before the twins start walking',
      "They're nine months and pulling themselves up on everything.",
      'en',
      ['None'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['home-baby-crawl', 'home-baby-stairs', 'home-baby-tip']);
    for (const key of DECLUTTER) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'home',
      'Подготовить квартиру к тому, что сын пополз',
      'Ему восемь месяцев, дома много розеток и высокий шкаф.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('home-baby-crawl');
    expect(ru.keys).toContain('home-baby-high');
    for (const key of DECLUTTER) expect(ru.keys).not.toContain(key);
    // Clearing a nursery before the birth is a declutter.
    const near = await tap(
      'home',
      'Declutter the nursery before the baby arrives',
      "It's full of boxes from the move.",
      'en',
      ['None'],
    );
    expect(starting(near.keys, 'home-baby')).toEqual([]);
  });

  it('clears cockroaches or ants with traps, food away, gaps closed and bait out of a child’s reach', async () => {
    const en = await tap(
      'home',
      'Get rid of the cockroaches in our kitchen',
      "We have a two-year-old and a dog, and I don't want poison everywhere.",
      'en',
      ['None'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['home-roach-traps', 'home-roach-food']);
    expect(en.keys).toContain('home-roach-bait');
    for (const key of DECLUTTER) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'home',
      'Избавиться от муравьёв на кухне',
      'Рыжие муравьи ползают по столу, дома кошка.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('home-roach-traps');
    expect(ru.keys).toContain('home-roach-gaps');
    // Mice in the pantry keep the food-store steps.
    const near = await tap('home', 'Keep mice out of the pantry', 'Droppings behind the flour again.', 'en', ['None']);
    expect(near.keys[0]).toBe('home-pest-clean');
    expect(starting(near.keys, 'home-roach')).toEqual([]);
  });

  it('clears and equips a summer kitchen for cooking — a safe stove, water, air — not a shelf of jars to sort', async () => {
    const en = await tap(
      'home',
      'Turn the old outdoor kitchen into a place for canning',
      "It's full of broken garden chairs and bags of fertiliser.",
      'en',
      ['None'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['home-sk-clear', 'home-sk-clean', 'home-sk-stove']);
    const ru = await tap(
      'home',
      'Навести порядок в летней кухне на даче',
      'Хочу там закатывать огурцы, а сейчас там хлам и старые банки с закатками.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('home-sk-clear');
    expect(ru.keys).toContain('home-sk-stove');
    for (const key of ['home-jar-label', 'home-jar-order', 'home-jar-carry', 'home-jar-plan'])
      expect(ru.keys).not.toContain(key);
    // Jars in the cellar keep their own path.
    const near = await tap('home', 'Sort out the jars of preserves in the cellar', 'Some are years old.', 'en', [
      'None',
    ]);
    expect(near.keys[0]).toBe('home-jar-check');
    expect(starting(near.keys, 'home-sk')).toEqual([]);
  });

  it('grows on a roof in containers once the roof is cleared for the weight — no weeding, and pots watered daily', async () => {
    const en = await tap(
      'home',
      'Start a vegetable patch on the rooftop',
      "Our building has a flat concrete roof and it's very hot in summer.",
      'en',
      ['Growing'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['home-roof-load', 'home-pots-light']);
    expect(en.keys).toContain('home-pots-kit');
    for (const key of ['home-garden-clear', 'home-garden-plant', 'home-garden-routine'])
      expect(en.keys).not.toContain(key);
    const ru = await tap('home', 'Вырастить зелень на крыше гаража', 'Крыша плоская, солнце весь день.', 'ru', [
      'Вырастить',
    ]);
    expect(ru.keys[0]).toBe('home-roof-load');
    expect(ru.keys).not.toContain('home-garden-clear');
    // Pots in the sun are checked every day, not twice a week.
    const pots = await tap('home', 'Grow herbs in pots on my balcony', 'South-facing, hot afternoons.', 'en', ['Pots']);
    expect(pots.keys).toContain('home-pots-water');
    expect(pots.keys).not.toContain('home-garden-routine');
    // A bed in the garden keeps its plot steps and the twice-weekly slot.
    const near = await tap('home', 'Grow tomatoes in the back garden', 'A small raised bed by the back door.', 'en', [
      'Growing',
    ]);
    expect(near.keys).toContain('home-garden-routine');
    expect(near.keys).not.toContain('home-roof-load');
    expect(near.keys).not.toContain('home-pots-water');
  });

  it('prepares a timed film challenge — rules, roles, sound, a rehearsal — not a beginner’s editing lesson', async () => {
    const en = await tap('creative', 'Enter a 24-hour film race with my sister', 'We edit in iMovie already.', 'en', [
      'None',
    ]);
    expect(en.keys.slice(0, 2)).toEqual(['cre-fchal-rules', 'cre-fchal-team']);
    for (const key of ['cre-video-kit', 'cre-video-first', 'cre-video-lesson']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'creative',
      'Снять фильм за 48 часов на городском конкурсе',
      'Нас трое, снимаем на телефоны.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('cre-fchal-rules');
    expect(ru.keys).toContain('cre-fchal-rehearse');
    // A film made at one's own pace is no challenge.
    const near = await tap(
      'creative',
      'Make a short film about my grandmother',
      'Just on my phone, for her birthday.',
      'en',
      ['Just starting', 'None'],
    );
    expect(starting(near.keys, 'cre-fchal')).toEqual([]);
  });

  it('gives a drone the rules, practice flights in the open and a shot list — not materials and tools', async () => {
    const en = await tap(
      'creative',
      'Film our farm from the air with my new drone',
      "I've only flown it twice and I'm nervous near the trees.",
      'en',
      ['None'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['cre-drone-rules', 'cre-drone-practice']);
    expect(en.keys).not.toContain('cre-kit');
    const ru = await tap(
      'creative',
      'Научиться снимать пейзажи с квадрокоптера',
      'Купила в подарок себе, пока летала только во дворе.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('cre-drone-rules');
    expect(ru.keys).toContain('cre-drone-practice');
    expect(ru.keys).not.toContain('cre-kit');
    // A village filmed from a tower with a phone flies nothing.
    const near = await tap(
      'creative',
      'Make a film of the village from the church tower',
      'On my phone, for the summer fete.',
      'en',
      ['Just starting', 'None'],
    );
    expect(starting(near.keys, 'cre-drone')).toEqual([]);
  });

  it('builds a portfolio from its requirements even when nothing is finished — not one abandoned piece', async () => {
    const en = await tap(
      'creative',
      'Get a portfolio ready for a graphic design course',
      'Mostly hand lettering and posters; I never finished a single piece properly.',
      'en',
      ['None'],
    );
    expect(en.keys[0]).toBe('cre-port-rules');
    expect(en.keys).toContain('cre-port-gap');
    expect(starting(en.keys, 'cre-fin')).toEqual([]);
    const ru = await tap(
      'creative',
      'Подготовить портфолио для поступления в художку',
      'Рисую портреты и леттеринг, но ни одну работу не закончила.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('cre-port-rules');
    expect(starting(ru.keys, 'cre-fin')).toEqual([]);
    expect(starting(ru.keys, 'cre-face')).toEqual([]);
    // An abandoned piece to finish keeps the finishing steps.
    const near = await tap('creative', 'Finish the quilt I abandoned', 'Half the blocks are sewn.', 'en', [
      'Finishing',
    ]);
    expect(near.keys[0]).toBe('cre-fin-pick');
  });

  it('books a sanatorium through the doctor and its treatment — no tickets first, no bed with free cancellation', async () => {
    const BOOKING = ['trip-book-first', 'trip-bed', 'trip-plan-days'];
    const en = await tap(
      'travel',
      'Take my dad to a health resort for his heart',
      'He had a heart attack in spring; the cardiologist says a treatment stay would help.',
      'en',
      ['None'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['trip-san-doctor', 'trip-san-choose', 'trip-san-book']);
    for (const key of BOOKING) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'travel',
      'Поехать в санаторий на Кавказских Минеральных Водах',
      'Суставы болят, врач советует грязи.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('trip-san-doctor');
    for (const key of BOOKING) expect(ru.keys).not.toContain(key);
    // A spa hotel for a weekend is an ordinary trip.
    const near = await tap('travel', 'Weekend at a spa hotel in Bath', 'Just the two of us, a treat.', 'en', ['None']);
    expect(starting(near.keys, 'trip-san')).toEqual([]);
    expect(near.keys).toContain('trip-bed');
  });

  it('plans a cruise by the ship and its cabin — no separate bed, no timed tickets', async () => {
    const en = await tap(
      'travel',
      'Book a Norwegian fjords cruise for our anniversary',
      'My husband struggles with stairs.',
      'en',
      ['None'],
    );
    expect(en.keys).toContain('trip-cruise-pick');
    expect(en.keys).toContain('trip-cruise-cabin');
    for (const key of ['trip-book-first', 'trip-bed', 'trip-plan-days']) expect(en.keys).not.toContain(key);
    const ru = await tap('travel', 'Прокатиться на теплоходе по Енисею', 'С мужем, в июле, неделю.', 'ru', ['Ничего']);
    expect(ru.keys).toContain('trip-cruise-pick');
    expect(ru.keys).not.toContain('trip-bed');
    // A weekend by train keeps the ordinary bookings.
    const near = await tap('travel', 'Weekend in Prague by train', 'Just the two of us.', 'en', ['None']);
    expect(starting(near.keys, 'trip-cruise')).toEqual([]);
  });

  it('checks the licence and insurance before a motorbike trip — no hiking route or mountain-rescue registration', async () => {
    const en = await tap(
      'travel',
      'Ride a scooter around Bali for two weeks',
      'Never ridden anything with an engine.',
      'en',
      ['None'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['trip-moto-licence', 'trip-moto-rider']);
    const ru = await tap(
      'travel',
      'Проехать на мотоцикле по Грузии',
      'Права категории A получил в прошлом году.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('trip-moto-licence');
    const loop = await tap(
      'travel',
      'Motorbike through the mountains of northern Thailand',
      "I'm backpacking for three months; I've ridden a moped once.",
      'en',
      ['None'],
    );
    expect(loop.keys[0]).toBe('trip-moto-licence');
    for (const key of ['trip-trek-route', 'trip-trek-register']) expect(loop.keys).not.toContain(key);
    // A mobility scooter is no motorbike, and backpacking without one keeps its path.
    const mobility = await tap('travel', 'Take Mum to Bali', 'She uses a mobility scooter.', 'en', ['None']);
    expect(starting(mobility.keys, 'trip-moto')).toEqual([]);
    const near = await tap('travel', 'Backpacking in Vietnam for a month', 'Hostels and buses.', 'en', ['None']);
    expect(starting(near.keys, 'trip-moto')).toEqual([]);
  });
});
