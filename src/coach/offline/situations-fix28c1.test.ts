import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { tapThrough } from '../../../test/factories/converse.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);
const tapped = tapThrough(coach);

describe('the twenty-eighth blind read, fixed in general (helper fix28c1)', () => {
  it('puts the no-driving-after-alcohol rule first when the person says they drive after drinking in other words', async () => {
    const en = await tapped(
      'quit',
      'Stop drinking on the golf course',
      "Saturday rounds with my sons have turned into six or seven beers from the cart, and then I drive home. I'm 52.",
      'en',
      ['Drinking alcohol'],
    );
    expect(en.keys[0]).toBe('quit-dd-after');
    expect(en.keys).not.toContain('quit-way-moment');
    const ru = await firstFive(
      'quit',
      'Бросить пить на рыбалке',
      'Каждые выходные с мужиками на рыбалке уходит литр водки, а потом сажусь за руль.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-dd-after');
    // Drinking at home gets no driving step, and food picked up on the drive home keeps its own path.
    const home = await firstFive('quit', 'Stop drinking wine every evening', 'A bottle most nights at home.');
    expect(home.keys).not.toContain('quit-dd-after');
    const food = await tapped(
      'quit',
      'Stop buying burgers on the way home',
      'I go to the drive-thru on my drive home after every shift.',
      'en',
      ['Picking up'],
    );
    expect(food.keys[0]).toBe('quit-way-moment');
    expect(food.keys).not.toContain('quit-dd-after');
  });

  it('plans an outing where the person drinks with an alcohol-free drink in hand — not home evenings or the bottles at home', async () => {
    const en = await firstFive(
      'quit',
      'Stop drinking at the football',
      'Every home game I have five pints at the stadium.',
    );
    expect(en.keys).toContain('quit-outing-plan');
    expect(en.keys).toContain('quit-outing-tell');
    expect(en.keys).not.toContain('quit-alcohol-evenings');
    expect(en.keys).not.toContain('quit-alcohol-home');
    const ru = await firstFive(
      'quit',
      'Не пить в бане',
      'По субботам с друзьями в бане выпиваем по бутылке водки.',
      'ru',
    );
    expect(ru.keys).toContain('quit-outing-plan');
    expect(ru.keys).not.toContain('quit-alcohol-home');
    // Drinking at home keeps the evenings and the home steps; smoking on the course gets no alcohol steps.
    const home = await firstFive('quit', 'Stop drinking wine every evening', 'A bottle most nights at home.');
    expect(home.keys).toContain('quit-alcohol-evenings');
    expect(home.keys).toContain('quit-alcohol-home');
    const smoke = await firstFive('quit', 'Stop smoking on the golf course', 'Ten cigarettes every round.');
    expect(smoke.keys.some((key) => key.startsWith('quit-outing'))).toBe(false);
  });

  it('clears the car, not the home, when the person smokes at the wheel', async () => {
    const ru = await firstFive(
      'quit',
      'Бросить курить в машине',
      'Мне 35, курю почти только за рулём: полтора часа на работу и обратно. Дома и на работе вообще не тянет.',
      'ru',
    );
    expect(ru.keys).toContain('quit-car-clear');
    expect(ru.keys).not.toContain('quit-clear');
    const en = await firstFive('quit', 'Stop smoking in the car', 'I only smoke in the car on my commute.');
    expect(en.keys).toContain('quit-car-clear');
    expect(en.keys).not.toContain('quit-clear');
    // A smoker who names no car keeps the home, bag and phone cleared.
    const plain = await firstFive('quit', 'Quit smoking', 'Ten years, a pack a day.');
    expect(plain.keys).toContain('quit-clear');
    expect(plain.keys).not.toContain('quit-car-clear');
  });

  it('reads a game on the phone as a phone game — no food log or meals for "Candy Crush", no console for a match-three', async () => {
    const en = await firstFive('quit', 'stop playing candy crush in bed', "It's gone 1am most nights and I'm 58.");
    expect(en.keys).toContain('quit-pgame-off');
    expect(en.keys.some((key) => key.startsWith('quit-food'))).toBe(false);
    const ru = await firstFive(
      'quit',
      'Перестать играть в телефоне перед сном',
      'Играю в три в ряд до часу ночи.',
      'ru',
    );
    expect(ru.keys).toContain('quit-pgame-off');
    expect(ru.keys).not.toContain('quit-gaming');
    // Sweets keep the food path, and a console keeps the gaming step.
    const candy = await firstFive('quit', 'Stop eating candy at night', 'I eat a bag of sweets every evening.');
    expect(candy.keys).toContain('quit-food-log');
    expect(candy.keys).not.toContain('quit-pgame-off');
    const console = await firstFive('quit', 'Stop gaming', 'I play Fortnite on the PS5 six hours a day.');
    expect(console.keys).toContain('quit-gaming');
    expect(console.keys).not.toContain('quit-pgame-off');
  });

  it('gives cheek biting no trigger list, replacement or cue change after its own log and mouth steps', async () => {
    const en = await tapped('quit', 'stop chewing the inside of my cheek', '', 'en', ['Biting the inside']);
    expect(en.keys.slice(0, 2)).toEqual(['quit-cheek-when', 'quit-cheek-mouth']);
    for (const key of ['quit-triggers', 'quit-replacement', 'quit-cue']) expect(en.keys).not.toContain(key);
    const ru = await tapped('quit', 'Перестать кусать щёки', 'Кусаю щеки изнутри, когда нервничаю.', 'ru', ['Кусаю']);
    expect(ru.keys[0]).toBe('quit-cheek-when');
    expect(ru.keys).not.toContain('quit-triggers');
    // Another habit keeps the trigger list.
    const plain = await firstFive('quit', 'Quit smoking', 'Ten years, a pack a day.');
    expect(plain.keys).toContain('quit-triggers');
  });

  it('gives a chosen job whose way in is the question the employer’s requirements and hiring office — not ten careers to explore', async () => {
    const ru = await firstFive(
      'career',
      'Устроиться проводником в РЖД',
      'Мне 22, третий год работаю официанткой. Говорят, нужны курсы и медкомиссия, но я не понимаю, куда обращаться и берут ли без опыта.',
      'ru',
    );
    expect(ru.keys[0]).toBe('car-route-reqs');
    expect(ru.keys).toContain('car-route-ask');
    expect(ru.keys.some((key) => key.startsWith('car-ch-'))).toBe(false);
    const en = await firstFive(
      'career',
      'Become a train conductor',
      "I work in a café. I don't know where to apply or whether I need a medical exam first.",
    );
    expect(en.keys[0]).toBe('car-route-reqs');
    expect(en.keys.some((key) => key.startsWith('car-ch-'))).toBe(false);
    // Wanting out with no target keeps the exploration.
    const out = await firstFive('career', 'Уйти с завода, но не понимаю куда', 'Двадцать лет у станка.', 'ru');
    expect(out.keys[0]).toBe('car-ch-skills');
    expect(out.keys).not.toContain('car-route-reqs');
  });

  it('gives someone who cannot see what work they could do the exploration — not "write the role you want"', async () => {
    const en = await firstFive(
      'career',
      'Work out what I can do when the mine closes',
      "I'm 49 and have been a dragline operator for 24 years. It closes next year. Everyone talks about solar but I don't know where someone like me fits.",
    );
    expect(en.keys[0]).toBe('car-ch-skills');
    expect(en.keys).not.toContain('car-01');
    const ru = await firstFive(
      'career',
      'Понять, кем работать после закрытия шахты',
      'Двадцать лет в шахте, шахту закрывают, не знаю, кем работать дальше.',
      'ru',
    );
    expect(ru.keys[0]).toBe('car-ch-skills');
    expect(ru.keys).not.toContain('car-01');
    // A named role keeps the job-search path.
    const role = await firstFive(
      'career',
      'Find a new job as a warehouse supervisor',
      'I have run shifts for five years.',
    );
    expect(role.keys).not.toContain('car-ch-skills');
  });

  it('gives a holy book other than the Bible a translation with notes — no list of characters or family tree', async () => {
    const en = await tapped(
      'reading',
      'Read the whole Quran in English this Ramadan',
      "Ramadan starts in about three weeks. I've only ever read bits of it at the mosque, never cover to cover.",
      'en',
      ['Finishing one big book'],
    );
    expect(en.keys).toContain('read-holy-guide');
    expect(en.keys).not.toContain('read-book-aid');
    const ru = await tapped('reading', 'Прочитать Коран целиком', 'За Рамадан, по-русски.', 'ru', ['Дочитать одну']);
    expect(ru.keys).toContain('read-holy-guide');
    expect(ru.keys).not.toContain('read-book-aid');
    // A big novel keeps its character list.
    const novel = await tapped('reading', 'Read War and Peace', '', 'en', ['Finishing one big book']);
    expect(novel.keys).toContain('read-book-aid');
    expect(novel.keys).not.toContain('read-holy-guide');
  });

  it('gives reading aloud to an older relative the book chosen with them and the visits — not a short book read alone', async () => {
    const ru = await tapped(
      'reading',
      'Читать деду вслух',
      'Деду 89, всю жизнь читал Пикуля, а теперь глаза почти не видят. Я приезжаю к нему по средам на пару часов.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['read-aloud-pick', 'read-aloud-visit', 'read-aloud-first']);
    for (const key of ['read-pick-short', 'read-ten', 'read-slot']) expect(ru.keys).not.toContain(key);
    const en = await tapped(
      'reading',
      'Read aloud to my grandad',
      'He loved Dickens and his eyesight is going. I visit on Sundays.',
      'en',
    );
    expect(en.keys[0]).toBe('read-aloud-pick');
    expect(en.keys).not.toContain('read-sight-talking');
    // Reading to a child keeps the children's path.
    const child = await tapped('reading', 'Read to my daughter every night', 'She is four.', 'en', ['Reading with']);
    expect(child.keys.some((key) => key.startsWith('read-aloud'))).toBe(false);
    expect(child.keys.some((key) => key.startsWith('read-kids'))).toBe(true);
  });

  it('gives "more non-fiction" with no subject a bridge book and a rule — not a subject list or old favourites', async () => {
    const en = await firstFive('reading', 'read more non-fiction', 'I only ever read thrillers.');
    expect(en.keys[0]).toBe('read-genre-bridge');
    for (const key of ['read-subj-list', 'read-return', 'read-pick-short']) expect(en.keys).not.toContain(key);
    const ru = await firstFive('reading', 'Читать не только детективы', 'Кроме детективов ничего не читаю.', 'ru');
    expect(ru.keys[0]).toBe('read-genre-bridge');
    expect(ru.keys).not.toContain('read-return');
    // A named subject keeps the subject path.
    const subject = await firstFive(
      'reading',
      'Read more non-fiction about climate',
      'I want to understand the science.',
    );
    expect(subject.keys[0]).toBe('read-subj-list');
    expect(subject.keys).not.toContain('read-genre-bridge');
  });

  it('gives a book in a language being learnt no shortlist of old favourites and no second reading session', async () => {
    const ru = await tapped(
      'reading',
      'Прочитать первого «Гарри Поттера» на английском',
      'Английский где-то между A2 и B1, сериалы смотрю с субтитрами. Купила книгу в оригинале, на первой главе раз тридцать полезла в переводчик и бросила. По-русски читала все семь книг, сюжет помню.',
      'ru',
      ['Книга на изучаемом'],
    );
    expect(ru.keys[0]).toBe('read-level-graded');
    expect(ru.keys).not.toContain('read-return');
    expect(ru.keys).not.toContain('read-ten');
    const en = await tapped(
      'reading',
      'Read Harry Potter in French',
      'I read the whole series in English years ago. My French is A2, I look up every other word.',
      'en',
      ["A book in a language I'm learning"],
    );
    expect(en.keys[0]).toBe('read-level-graded');
    expect(en.keys).not.toContain('read-return');
    expect(en.keys).not.toContain('read-ten');
    // A lapsed reader in their own language keeps the shortlist of old favourites.
    const back = await firstFive(
      'reading',
      'Get back into reading',
      'I used to read a lot before the kids, nothing for years.',
    );
    expect(back.keys).toContain('read-return');
  });
});
