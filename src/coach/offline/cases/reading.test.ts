import { describe, expect, it } from 'vitest';
import {
  anyWithPrefix,
  firstFive,
  keysOf,
  talkTapping,
  tap,
  withPrefix,
} from '../../../../test/factories/offline-cases.js';

// Goals of the reading kind (content/goals/types/reading.yaml), walked through the offline coach as a person would:
// the situation named and the steps it brings, the level, and a danger named in passing that leads the path. Where a
// new case goes: docs/coach.md.
const LIST_NOW = ['read-list-get', 'read-list-pages', 'read-list-check', 'read-list-order'];

const STROKE = ['read-stroke-ask', 'read-stroke-page', 'read-stroke-short'];

const FAR = ['read-far-ask', 'read-far-swap', 'read-far-screen'];

describe('reading: the level and what the person already has or does', () => {
  it('sends a learner to a graded reader before a novel above their level', async () => {
    const novel = await firstFive(
      'reading',
      'Read a whole novel in Spanish',
      'I am about B1. I gave up at chapter three because I was looking up every other word.',
    );
    expect(novel.keys[0]).toBe('read-level-graded');
    expect(novel.keys).not.toContain('read-pick-next');
    expect(novel.keys).not.toContain('read-challenge');
    const ru = await firstFive(
      'reading',
      'Прочитать Гарри Поттера на английском',
      'Уровень A2, лезу в словарь на каждой строчке.',
      'ru',
    );
    expect(ru.keys[0]).toBe('read-level-graded');
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

  it('gives someone who already reads daily no "10 pages now" and no new reading slot', async () => {
    const en = await firstFive(
      'reading',
      'Read all of Terry Pratchett in order',
      'I read on the train every day, about 40 minutes.',
    );
    expect(en.keys.some((key) => ['read-ten', 'read-slot', 'read-slot-window', 'read-spot'].includes(key))).toBe(false);
    const ru = await firstFive(
      'reading',
      'Прочитать всего Пелевина по порядку',
      'Читаю перед сном, полчаса каждый день.',
      'ru',
    );
    expect(ru.keys.some((key) => ['read-ten', 'read-slot', 'read-slot-window'].includes(key))).toBe(false);
    const more = await firstFive('reading', 'Read more books', 'I used to read loads but now I just scroll.');
    expect(more.keys).toContain('read-ten');
  });

  it('takes GCSE or school-programme texts as the list already chosen: no "pick any short book"', async () => {
    const en = await firstFive(
      'reading',
      "Read my daughter's GCSE English texts with her",
      'She has Macbeth and Jekyll and Hyde and I never read them.',
    );
    expect(en.keys).not.toContain('read-pick-short');
    expect(en.keys).not.toContain('read-pick-next');
  });

  it('lets a returning reader recall the books they loved before picking the next one, not after', async () => {
    const ru = await talkTapping(
      'reading',
      'Снова начать читать хоть что-то, кроме рабочих чатов',
      'До рождения сына читала по книге в неделю, а за этот год не дочитала ни одной. Ему год, свободного времени — полчаса, пока он спит днём, и я обычно листаю телефон.',
      'ru',
      ['Возвращаюсь'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['read-return', 'read-pick-short']);
    expect(ru.text).not.toMatch(/найди одну новую/);
    const en = await talkTapping(
      'reading',
      'Get back into reading anything besides work emails',
      'I used to read a book a week before my son was born; this year I have not finished one.',
      'en',
      ['Coming back'],
    );
    expect(en.keys.indexOf('read-return')).toBeLessThan(en.keys.indexOf('read-pick-short'));
    expect(en.keys.indexOf('read-return')).toBeGreaterThanOrEqual(0);
    // A beginner has no books to recall: the pick comes first.
    const plain = await firstFive('reading', 'Read 12 books this year', "I haven't finished a book since school.");
    expect(plain.keys[0]).toBe('read-pick-short');
    expect(plain.keys).not.toContain('read-return');
  });

  it('gives an epic already on the shelf no shortlist of old favourites and no "pick the next book"', async () => {
    const en = await tap(
      'reading',
      'Get through the Ramayana at last',
      "I'm 71, a retired teacher. A four-volume translation has stood on my shelf since my wedding. I have time now, I just never begin.",
      'en',
      ['None of these'],
    );
    expect(en.keys).not.toContain('read-return');
    expect(en.keys).not.toContain('read-pick-short');
    const ru = await tap(
      'reading',
      'Прочитать Махабхарату целиком',
      'Мне 64, давно стоит дома пятитомник, всё не решалась начать. Теперь на пенсии и время есть.',
      'ru',
      ['Ничего из этого'],
    );
    expect(ru.keys).not.toContain('read-return');
    expect(ru.keys).not.toContain('read-pick-short');
    // Coming back to reading with no work chosen keeps the shortlist from old favourites.
    const near = await tap(
      'reading',
      'Get back into reading',
      'I read a lot at university, hardly a book in ten years since.',
      'en',
      ['None of these'],
    );
    expect(near.keys).toContain('read-return');
  });

  it('gives a library already in use the book paced to its return — no card to get, no second "next book" list', async () => {
    const en = await tap(
      'reading',
      'Finish one large-print book each time the bookmobile comes',
      'It stops outside the post office every two weeks and I already borrow from it.',
      'en',
      ['Already'],
    );
    expect(en.keys).toContain('read-loan-pace');
    expect(en.keys).toContain('read-loan-ask');
    for (const key of ['read-library', 'read-library-first', 'read-shelf']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'reading',
      'Читать по книге в две недели',
      'Недавно записался в районную библиотеку, беру по одной книге.',
      'ru',
      ['Уже'],
    );
    expect(ru.keys).toContain('read-loan-pace');
    for (const key of ['read-library', 'read-shelf']) expect(ru.keys).not.toContain(key);
    // An active reader gets the next book chosen once, not again as a "next three" list.
    const active = await tap(
      'reading',
      'Read more widely this year',
      'I get through about thirty novels a year.',
      'en',
      ['Already'],
    );
    expect(active.keys).toContain('read-pick-next');
    expect(active.keys).not.toContain('read-shelf');
    // A library only nearby, no card yet: the card first, nothing paced to a return date.
    const near = await tap(
      'reading',
      'Start reading novels',
      'Never been a reader. Our local library is two streets away.',
      'en',
    );
    expect(near.keys[0]).toBe('read-library-first');
    expect(near.keys).not.toContain('read-loan-pace');
  });

  it('skips "get the e-book for the commute" when the big book is already on an e-reader', async () => {
    const en = await tap(
      'reading',
      'Finally finish Anna Karenina',
      'I have it on my Kindle with the font turned up and stall halfway every time.',
      'en',
      ['Finishing one big book'],
    );
    expect(en.keys).toContain('read-book-plan');
    expect(en.keys).not.toContain('read-book-carry');
    const near = await tap(
      'reading',
      'Finally finish Anna Karenina',
      'A paperback, and I stall halfway every time.',
      'en',
      ['Finishing one big book'],
    );
    expect(near.keys).toContain('read-book-carry');
  });

  it('keeps a person who already reads that language every day off a graded reader — a learner looking up every word keeps it', async () => {
    const en = await tap(
      'reading',
      'finish one novel in spanish',
      'I read Spanish every day on forums and news sites, but I drift off after a chapter of a real novel.',
      'en',
      ["A book in a language I'm learning"],
    );
    expect(en.keys).not.toContain('read-level-graded');
    const ru = await tap(
      'reading',
      'Прочитать роман на немецком',
      'Много читаю на немецком по работе, статьи и переписку, но ни одной художественной книги до конца не дочитал.',
      'ru',
      ['Книга на изучаемом языке'],
    );
    expect(ru.keys).not.toContain('read-level-graded');
    const near = await tap(
      'reading',
      'finish one novel in spanish',
      'I look up every other word and give up after a few pages.',
      'en',
      ["A book in a language I'm learning"],
    );
    expect(near.keys).toContain('read-level-graded');
  });

  it('gives a returning reader of history books for work no list of old favourites', async () => {
    const ru = await tap(
      'reading',
      'читать книги по истории края для работы',
      'Я экскурсовод, лет десять не читала ничего серьёзного, а туристы спрашивают о том, чего я не знаю.',
      'ru',
      ['Возвращаюсь после перерыва'],
    );
    expect(ru.keys).not.toContain('read-return');
  });

  it('gives a whole set already on the shelf a checklist from the shelf, no library holds; a list to borrow keeps them', async () => {
    const ru = await tap(
      'reading',
      'прочитать всего Чехова, что осталось от деда',
      'Мне 45. От деда осталось собрание, целая полка, стоят пылятся. Хочу за год пройти всё собрание.',
      'ru',
      ['Чтение', 'Прочитать заданный'],
    );
    expect(ru.keys).toContain('read-list-own');
    expect(ru.keys).not.toContain('read-list-get');
    expect(ru.keys).not.toContain('read-list-order');
    expect(ru.texts.join(' ')).not.toMatch(/библиотек/i);
    const en = await tap(
      'reading',
      'read all of Dickens on my shelf',
      "I'm 58. My late father's collection of Dickens has been gathering dust for years. I want to read all his novels in two years.",
      'en',
      ['A set list'],
    );
    expect(en.keys).toContain('read-list-own');
    expect(en.texts.join(' ')).not.toMatch(/reserve|library/i);
    const near = await tap(
      'reading',
      'прочитать все книги из списка литературы к осени',
      'Мне 17, в списке литературы двенадцать книг, дома нет ни одной.',
      'ru',
      ['Прочитать заданный'],
    );
    expect(near.keys).toContain('read-list-get');
    expect(near.keys).not.toContain('read-list-own');
  });

  it('listens to the chosen big book itself, not "a story you already love"; no book named keeps the easy start', async () => {
    const en = await tap(
      'reading',
      'finally get through Anna Karenina',
      'I am 74 with glaucoma and print blurs after a page. I have tried it twice.',
      'en',
      ['Finishing one big'],
    );
    expect(en.keys).toContain('read-audio-book');
    expect(en.keys).not.toContain('read-audio-home');
    const ru = await tap(
      'reading',
      'дочитать «Тихий Дон»',
      'Мне 80, катаракта, мелкий шрифт уже не вижу. Начинал два раза.',
      'ru',
      ['Дочитать одну', 'Вернуться'],
    );
    expect(ru.keys).not.toContain('read-audio-home');
  });
});

describe('reading: the situation named and the steps it brings', () => {
  it('gives a fixed list of books the books, a pages-a-day sum and an order', async () => {
    const en = await firstFive(
      'reading',
      'Read the whole Women’s Prize shortlist',
      'Six novels in six weeks; I read 40 pages a day and own two of them.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['read-list-get', 'read-list-pages', 'read-list-order']);
    expect(en.keys).not.toContain('read-ten');
    const ru = await firstFive('reading', 'Прочитать все романы Тургенева', 'Читаю в метро по полчаса.', 'ru');
    expect(ru.keys[0]).toBe('read-list-get');
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

  it('gives classics with hard language help with the language, not any short book or old favourites', async () => {
    const en = await firstFive(
      'reading',
      'Finally read Dickens',
      "I've started Great Expectations three times and the language loses me.",
    );
    expect(en.keys[0]).toBe('read-classic-pick');
    expect(en.keys).not.toContain('read-pick-short');
    expect(en.keys).not.toContain('read-return');
    const ru = await firstFive(
      'reading',
      'Прочитать Толстого и Достоевского',
      'В школе не осилила, тяжёлый язык, бросаю через пару глав.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['read-classic-pick', 'read-classic-audio']);
    const more = await firstFive('reading', 'Read more books', 'I used to read loads but now I just scroll.');
    expect(anyWithPrefix(more.keys, 'read-classic-')).toBe(false);
  });

  describe('the level or stated facts', () => {
    it('reads "a book a fortnight" as an active reader and gives world reading its own steps', async () => {
      const en = await firstFive(
        'reading',
        'Read books from around the world',
        'I read about a book a week, but all of it is British.',
      );
      expect(en.keys[0]).toBe('read-world-map');
      expect(en.keys).not.toContain('read-pick-short');
      expect(en.keys).not.toContain('read-ten');
      const ru = await firstFive('reading', 'Читать больше книг', 'Читаю примерно книгу в неделю, хочу больше.', 'ru');
      expect(ru.keys).not.toContain('read-ten');
      // A non-reader keeps the short first book.
      const starter = await firstFive('reading', 'Start reading again', "I haven't finished a book in years.");
      expect(starter.keys).toContain('read-pick-short');
    });

    it('gives reading to grandchildren over video picture books and a set-up call', async () => {
      const ru = await firstFive(
        'reading',
        'Читать внуку сказки по видео',
        'Внук в другом городе, ему четыре, через пару минут убегает от экрана.',
        'ru',
      );
      expect(ru.keys[0]).toBe('read-video-books');
      expect(ru.keys).not.toContain('read-ten');
      const en = await firstFive('reading', 'Read stories to my grandkids on FaceTime', 'They are 3 and 6.');
      expect(en.keys).toContain('read-video-screen');
      // Bedtime reading at home keeps its routine.
      const home = await firstFive('reading', 'Read to my son every night', "He's 4 and we never manage it.");
      expect(home.keys).toContain('read-kids-routine');
    });

    it('keeps a prescribed regimen whole and ties a food diary to the meals', async () => {
      const physio = await firstFive(
        'habit',
        'Do my rehab exercises',
        'After knee surgery the physio said three times a day; I manage twice a week.',
      );
      expect(physio.keys).not.toContain('hab-03');
      const diary = await firstFive(
        'habit',
        'Вести дневник питания',
        'Врач попросил записывать всё, что ем, а я к вечеру забываю.',
        'ru',
      );
      expect(diary.keys).toContain('hab-meal-photo');
      expect(diary.keys).not.toContain('hab-forget-early');
      const en = await firstFive(
        'habit',
        'Keep a food diary',
        'The dietitian wants everything I eat; I forget after breakfast.',
      );
      expect(en.keys).toContain('hab-meal-alarms');
      // A walk after meals is no food diary.
      const walk = await firstFive('habit', 'Walk after every meal', 'My doctor says it helps my blood sugar.');
      expect(walk.keys.some((key) => key.startsWith('hab-meal-'))).toBe(false);
      expect(walk.keys).toContain('hab-walk-first');
    });
  });

  it('gives reading the Bible in a year a mixed plan, a catch-up rule and help for the slow books', async () => {
    const en = await firstFive(
      'reading',
      'Read the whole Bible in a year',
      'I always stall in Leviticus. I have 15 minutes before work.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['read-scripture-plan', 'read-scripture-catchup', 'read-scripture-slow']);
    expect(en.keys).not.toContain('read-pick-short');
    expect(en.keys).not.toContain('read-library');
    const ru = await firstFive(
      'reading',
      'Прочитать Библию за год',
      'Бросал на книге Чисел. Есть 20 минут вечером.',
      'ru',
    );
    expect(ru.keys).toContain('read-scripture-plan');
    expect(ru.keys).not.toContain('read-pick-short');
    // A big novel keeps its pages plan and character list.
    const novel = await firstFive('reading', 'Finish War and Peace', 'Stuck on page 300.');
    expect(novel.keys).toContain('read-book-aid');
    expect(novel.keys.some((key) => key.startsWith('read-scripture-'))).toBe(false);
  });

  it('gives a book club’s next book pages to the meeting, not a list to gather, and keeps lists for lists', async () => {
    const en = await firstFive(
      'reading',
      'Keep up with my book club',
      'I never finish in time. The next book is 350 pages and we meet on the 2nd.',
    );
    expect(en.keys[0]).toBe('read-book-plan');
    expect(en.keys.some((key) => key.startsWith('read-list-'))).toBe(false);
    expect(en.keys).not.toContain('read-pick-short');
    const ru = await firstFive(
      'reading',
      'Дочитывать книги к клубу',
      'Следующая встреча через три недели, книга толстая.',
      'ru',
    );
    expect(ru.keys[0]).toBe('read-book-plan');
    const list = await firstFive('reading', 'Read all six Booker shortlist books', 'Before the winner is announced.');
    expect(list.keys[0]).toBe('read-list-get');
  });

  it('gives dyslexia and poetry their own reading steps, and a lapsed reader keeps "books you loved"', async () => {
    const en = await firstFive(
      'reading',
      'Read a novel as an adult with dyslexia',
      'I lose my place and get headaches.',
    );
    expect(en.keys[0]).toBe('read-dys-along');
    expect(en.keys).not.toContain('read-ten');
    const ru = await firstFive('reading', 'Начать читать стихи', 'Со школы не открывала, услышала Бродского.', 'ru');
    expect(ru.keys[0]).toBe('read-poem-poet');
    expect(ru.keys).not.toContain('read-return');
    const back = await firstFive('reading', 'Get back into reading', 'I used to read a lot as a teenager.');
    expect(back.keys).toContain('read-return');
  });

  it('listens to classics in the car: audiobook steps, no reading print alongside', async () => {
    const ru = await firstFive(
      'reading',
      'Слушать классику за рулём',
      'Езжу на работу час в одну сторону, хочу слушать аудиокниги — классику, до которой не дошли руки.',
      'ru',
    );
    expect(ru.keys).toContain('read-audio-app');
    expect(ru.keys.some((key) => /^read-classic-(audio|summary|words|adapt)$/.test(key))).toBe(false);
  });

  it('keeps one named big book when the description counts the books the person reads now', async () => {
    const en = await firstFive(
      'reading',
      'Read the whole of Proust over two years',
      "I'm a retired English teacher and read about 50 books a year, but I've started In Search of Lost Time three times and stalled in Swann's Way.",
    );
    expect(en.keys).toContain('read-book-plan');
    expect(en.keys).toContain('read-book-aid');
    expect(en.keys).not.toContain('read-challenge');
    expect(en.keys).not.toContain('read-pick-next');
    const ru = await firstFive(
      'reading',
      'Наконец осилить «Войну и мир»',
      'Вообще читаю много, книг сорок в год, но на втором томе каждый раз сдаюсь.',
      'ru',
    );
    expect(ru.keys).toContain('read-book-aid');
    expect(ru.keys).not.toContain('read-challenge');
    // A count with no named book stays with the ordinary path.
    const control = await firstFive('reading', 'Read 12 books this year', "I haven't finished a book since school.");
    expect(control.keys.some((key) => key.startsWith('read-book-'))).toBe(false);
  });

  it("gives all of one author's novels the list steps, never 'a short book or one you once loved'", async () => {
    const en = await firstFive(
      'reading',
      "Read all of Toni Morrison's novels this year",
      "I read Beloved at college and loved it but never went further. I've got eleven novels to get through.",
    );
    expect(en.keys[0]).toBe('read-list-get');
    expect(en.keys).not.toContain('read-pick-short');
    expect(en.keys).not.toContain('read-return');
    const ru = await firstFive(
      'reading',
      'Прочитать все её книги — всю Улицкую',
      'Когда-то прочитала «Медею и её детей», хочу остальное, но начинаю и бросаю.',
      'ru',
    );
    expect(ru.keys).toContain('read-list-get');
    expect(ru.text).not.toMatch(/до 200 страниц/);
  });

  it("gives books by one country's or group's writers a list from a source that knows them, and the bus no armchair", async () => {
    const ru = await firstFive(
      'reading',
      'Прочитать десять книг казахских писателей за год',
      'Стыдно, что кроме «Пути Абая» в школе ничего не читала. Читаю по-русски, по-казахски пока тяжело, времени — только в автобусе до работы.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['read-theme-list', 'read-theme-first']);
    expect(ru.keys).not.toContain('read-pick-short');
    expect(ru.keys).not.toContain('read-return');
    expect(ru.keys).not.toContain('read-list-get');
    expect(ru.keys).not.toContain('read-spot');
    const en = await firstFive(
      'reading',
      'Read more books by Irish writers',
      'I only know Joyce from school. I get about half an hour on the train each morning.',
    );
    expect(en.keys[0]).toBe('read-theme-list');
    expect(en.keys).not.toContain('read-pick-short');
    expect(en.keys).not.toContain('read-spot');
  });

  it('reads a work in volumes as one big book: no short book under 200 pages, no second commute reminder', async () => {
    const ru = await firstFive(
      'reading',
      'Прочитать «Путь Абая» Ауэзова полностью',
      'Начинала трижды ещё в университете и бросала на первом томе. Хочу дочитать все четыре книги к лету, читаю в основном в автобусе по дороге на работу.',
      'ru',
    );
    expect(ru.keys).toContain('read-book-plan');
    expect(ru.text).not.toMatch(/до 200 страниц/);
    const en = await firstFive(
      'reading',
      'Finish A Dance to the Music of Time',
      'All four volumes; I stalled in the first volume last year.',
    );
    expect(en.keys).toContain('read-book-plan');
    expect(en.text).not.toMatch(/under 200 pages/i);
  });

  it('gives a long series a pace, a recap and a plan for the stalled book — and the bus, not a reading chair', async () => {
    const en = await firstFive(
      'reading',
      'Read all 14 Wheel of Time books',
      "I've tried twice and stalled in book 8 both times. I have a 40-minute bus ride each way and want to finish by the end of next year.",
    );
    expect(en.keys.slice(0, 3)).toEqual(['read-series-pace', 'read-series-recap', 'read-series-stall']);
    expect(en.keys).toContain('read-transit-carry');
    expect(en.keys).not.toContain('read-pick-short');
    expect(en.keys).not.toContain('read-spot');
    expect(en.text).not.toMatch(/a shorter one/);
    const ru = await firstFive(
      'reading',
      'Дочитать всю серию «Плоский мир»',
      'Дважды бросал на середине, читаю в метро по дороге на работу.',
      'ru',
    );
    expect(ru.keys[0]).toBe('read-series-pace');
    expect(ru.text).not.toMatch(/покороче/);
    const plain = await firstFive('reading', 'Read 12 books this year', "I haven't finished a book since school.");
    expect(plain.keys[0]).toBe('read-pick-short');
  });

  it('keeps named epics (the Iliad, the Odyssey) chosen: help with the old language, no other book', async () => {
    const ru = await firstFive(
      'reading',
      'Прочитать «Илиаду» и «Одиссею» в переводе Гнедича и Жуковского',
      'В школе проходили отрывки, и я тогда ничего не понял. Сейчас мне 52, читаю по вечерам, хочу осилить обе до отпуска в Греции в сентябре.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['read-classic-audio', 'read-classic-summary']);
    expect(ru.keys).not.toContain('read-pick-short');
    expect(ru.keys).not.toContain('read-return');
    expect(ru.keys).not.toContain('read-classic-pick');
    expect(ru.text).not.toMatch(/покороче|советуют их читатели/);
    const en = await firstFive(
      'reading',
      "Finally read Homer's Odyssey",
      "I tried at school and hated it; I'd like to read it before a trip to Greece.",
    );
    expect(en.keys[0]).toBe('read-classic-audio');
    expect(en.text).not.toMatch(/Pride and Prejudice/);
  });

  it('gives many books started and dropped one book on the go — no new book, audiobook or challenge', async () => {
    const en = await talkTapping(
      'reading',
      "Finish the twelve books I've started and abandoned on my Kindle",
      'I start something on the train, get distracted by a new one and never go back. Some of them I was halfway through.',
      'en',
      ['Finishing books I started'],
    );
    expect(en.keys).toEqual(['read-unf-list', 'read-unf-release', 'read-unf-one', 'read-unf-back', 'read-unf-rule']);
    for (const key of ['read-audio', 'read-pick-short', 'read-pick-next', 'read-challenge', 'read-ten'])
      expect(en.keys).not.toContain(key);
    expect(en.text).toMatch(/Paused/);
    const ru = await firstFive(
      'reading',
      'Дочитать все начатые книги',
      'У меня штук десять недочитанных: начинаю новую, бросаю на середине и хватаюсь за следующую.',
      'ru',
    );
    expect(ru.keys[0]).toBe('read-unf-list');
    expect(ru.text).toMatch(/На паузе/);
    expect(ru.keys).not.toContain('read-audio');
    // One novel to finish keeps its own steps.
    const novel = await firstFive(
      'reading',
      'Finish the novel I started',
      "I'm already halfway through and want to finish it by the weekend.",
    );
    expect(novel.keys.some((key) => key.startsWith('read-unf-'))).toBe(false);
  });

  it('sends no one who owns the books (a box set, a gift of the whole collection) to get a library card', async () => {
    const en = await talkTapping(
      'reading',
      'Work through the Penguin Little Black Classics box set',
      "My partner bought me all 80 for my 40th and I've read four in two years. They're tiny, so I've really got no excuse.",
      'en',
      [],
    );
    expect(en.keys).not.toContain('read-library');
    expect(en.text).not.toMatch(/library card/);
    const ru = await keysOf(
      12,
      'reading',
      'Прочитать всю коллекцию книг, которую подарили на юбилей',
      'Муж подарил всю серию на день рождения, а я прочитала три книги за год.',
      'ru',
    );
    expect(ru).not.toContain('read-library');
    // Someone with no books at hand keeps the library.
    expect(await keysOf(12, 'reading', 'Read more books', 'I want to read more, maybe a book a month.')).toContain(
      'read-library',
    );
  });

  it('gives a reader after one good book on a subject a short list from people who know it, not a reading challenge', async () => {
    const ru = await firstFive(
      'reading',
      'Прочитать что-нибудь толковое по истории Грузии',
      'Живу в Тбилиси, почти ничего не знаю про страну. Читаю на русском.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['read-subj-list', 'read-subj-choose', 'read-subj-start']);
    expect(ru.keys).not.toContain('read-pick-next');
    expect(ru.keys).not.toContain('read-challenge');
    const en = await firstFive(
      'reading',
      'Read a good book about the history of Japan',
      "I'm going there next year and know almost nothing about it.",
    );
    expect(en.keys[0]).toBe('read-subj-list');
    expect(en.keys).not.toContain('read-shelf');
    const more = await firstFive('reading', 'Read more books', 'I used to read a lot but stopped after university.');
    expect(more.keys).not.toContain('read-subj-list');
  });

  it('sets up a book club for two that chooses together, not a book picked alone or reading in the call time', async () => {
    const ru = await firstFive(
      'reading',
      'Читать с мамой по книге в месяц и обсуждать по видеосвязи',
      'Мама в Казани, я в Берлине, созваниваемся по воскресеньям. Хотим свой книжный клуб на двоих.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['read-pair-rules', 'read-pair-pick']);
    expect(ru.keys).not.toContain('read-pick-short');
    expect(ru.keys).not.toContain('read-slot-window');
    expect(ru.text).not.toMatch(/(?:^|\s)(?:обе|каждая)(?:\s|$)/u);
    expect(ru.keys).not.toContain('read-pick-next');
    const en = await firstFive(
      'reading',
      'A book club for two with my sister',
      'She lives in Leeds, I live in Cork; we talk on Sundays and want to read the same book each month.',
    );
    expect(en.keys[0]).toBe('read-pair-rules');
    expect(en.keys).not.toContain('read-pick-short');
  });

  it('keeps reading to a grandchild over video on its own path (near miss)', async () => {
    const en = await firstFive(
      'reading',
      'Read bedtime stories to my grandson over video call',
      'He is four and lives in Canada; we talk on FaceTime on Sundays.',
    );
    expect(en.keys).not.toContain('read-pair-rules');
  });

  it('gives failing eyesight the talking-book service and a first listen at home — not a commute or playback speed', async () => {
    const en = await firstFive(
      'reading',
      'Keep reading now that my eyes are going',
      "I'm 81 and have macular degeneration; the print is too small even with my glasses.",
    );
    expect(en.keys[0]).toBe('read-sight-talking');
    expect(en.keys).toContain('read-audio-home');
    expect(en.keys).not.toContain('read-audio-plan');
    expect(en.keys).not.toContain('read-audio-first');
    const ru = await firstFive(
      'reading',
      'Слушать аудиокниги',
      'Хочу вернуться к книгам, но зрение упало — катаракта, операция только в следующем году.',
      'ru',
    );
    expect(ru.keys[0]).toBe('read-sight-talking');
    expect(ru.keys).not.toContain('read-audio-first');
  });

  it('gives someone who only uses the phone for calls a helper to set listening up with them — not "install the app"', async () => {
    const en = await firstFive(
      'reading',
      'Start listening to audiobooks',
      'I only use my phone for calls and have never downloaded anything, but my daughter thinks I would enjoy them.',
    );
    expect(en.keys[0]).toBe('read-tech-helper');
    expect(en.keys).not.toContain('read-audio-app');
    expect(en.keys).not.toContain('read-audio-plan');
    const ru = await firstFive(
      'reading',
      'Начать слушать аудиокниги',
      'Сын советует, но я в технике не разбираюсь, телефон кнопочный.',
      'ru',
    );
    expect(ru.keys[0]).toBe('read-tech-helper');
    expect(ru.keys).not.toContain('read-audio-app');
    // A commuter who asks for nothing of the kind keeps the app, the plan and the first listen on the way.
    const commuter = await firstFive(
      'reading',
      'Listen to more audiobooks',
      'I commute an hour each way by train and want a book a month.',
    );
    expect(commuter.keys).toContain('read-audio-app');
    expect(commuter.keys).toContain('read-audio-first');
    expect(commuter.keys).not.toContain('read-tech-helper');
    expect(commuter.keys).not.toContain('read-sight-talking');
  });

  it("starts from the books of someone close — not one's own old favourites — and moves reading off the dozing hour", async () => {
    const en = await firstFive(
      'reading',
      "Read my grandson's books",
      "He's 12 and loves a dragon series; I'd like to talk with him about it. I used to read a lot.",
    );
    expect(en.keys[0]).toBe('read-their-first');
    expect(en.keys).not.toContain('read-return');
    expect(en.keys).not.toContain('read-kids-books');
    const ru = await firstFive(
      'reading',
      'Прочитать мамины книги',
      'После мамы остались её любимые книги, раньше я много читала. По вечерам засыпаю на первой странице.',
      'ru',
    );
    expect(ru.keys[0]).toBe('read-their-first');
    expect(ru.keys).not.toContain('read-return');
    expect(ru.keys).toContain('read-slot-awake');
    expect(ru.keys).not.toContain('read-slot');
    // A pile of unread books at home needs no new shortlist.
    const pile = await firstFive(
      'reading',
      'Get back into reading',
      'I used to read a lot; there is a stack of novels on my bedside table.',
    );
    expect(pile.keys).not.toContain('read-return');
    // Someone coming back with no books named keeps the shortlist and the ordinary slot.
    const back = await firstFive('reading', 'Get back into reading', 'I used to read a lot in my twenties.');
    expect(back.keys).toContain('read-return');
    expect(back.keys).not.toContain('read-slot-awake');
  });

  it('gives a holy book other than the Bible a translation with notes — no list of characters or family tree', async () => {
    const en = await tap(
      'reading',
      'Read the whole Quran in English this Ramadan',
      "Ramadan starts in about three weeks. I've only ever read bits of it at the mosque, never cover to cover.",
      'en',
      ['Finishing one big book'],
    );
    expect(en.keys).toContain('read-holy-guide');
    expect(en.keys).not.toContain('read-book-aid');
    const ru = await tap('reading', 'Прочитать Коран целиком', 'За Рамадан, по-русски.', 'ru', ['Дочитать одну']);
    expect(ru.keys).toContain('read-holy-guide');
    expect(ru.keys).not.toContain('read-book-aid');
    // A big novel keeps its character list.
    const novel = await tap('reading', 'Read War and Peace', '', 'en', ['Finishing one big book']);
    expect(novel.keys).toContain('read-book-aid');
    expect(novel.keys).not.toContain('read-holy-guide');
  });

  it('gives reading aloud to an older relative the book chosen with them and the visits — not a short book read alone', async () => {
    const ru = await tap(
      'reading',
      'Читать деду вслух',
      'Деду 89, всю жизнь читал Пикуля, а теперь глаза почти не видят. Я приезжаю к нему по средам на пару часов.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['read-aloud-pick', 'read-aloud-visit', 'read-aloud-first']);
    for (const key of ['read-pick-short', 'read-ten', 'read-slot']) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'reading',
      'Read aloud to my grandad',
      'He loved Dickens and his eyesight is going. I visit on Sundays.',
      'en',
    );
    expect(en.keys[0]).toBe('read-aloud-pick');
    expect(en.keys).not.toContain('read-sight-talking');
    // Reading to a child keeps the children's path.
    const child = await tap('reading', 'Read to my daughter every night', 'She is four.', 'en', ['Reading with']);
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
    const ru = await tap(
      'reading',
      'Прочитать первого «Гарри Поттера» на английском',
      'Английский где-то между A2 и B1, сериалы смотрю с субтитрами. Купила книгу в оригинале, на первой главе раз тридцать полезла в переводчик и бросила. По-русски читала все семь книг, сюжет помню.',
      'ru',
      ['Книга на изучаемом'],
    );
    expect(ru.keys[0]).toBe('read-level-graded');
    expect(ru.keys).not.toContain('read-return');
    expect(ru.keys).not.toContain('read-ten');
    const en = await tap(
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

  it('starts a script read letter by letter with the letters and one short piece — no book pipeline', async () => {
    const en = await tap(
      'reading',
      'Read Manto in Urdu',
      "I can read Urdu slowly from mosque school, more or less letter by letter. My dad has a shelf of Manto's short stories and I'd love to read them properly and then talk to him about them.",
      'en',
    );
    expect(en.keys).toContain('read-script-letters');
    expect(en.keys).toContain('read-script-story');
    for (const key of ['read-pick-next', 'read-challenge', 'read-library', 'read-shelf'])
      expect(en.keys).not.toContain(key);
    const ru = await tap('reading', 'Читать татарские книги', 'Татарский понимаю на слух, а читаю по слогам.', 'ru');
    expect(ru.keys[0]).toBe('read-script-letters');
    // A novel in a language being learnt keeps the graded-reader steps.
    const spanish = await tap('reading', 'Read a novel in Spanish', "I'm B1 and look up every other word.", 'en', [
      'A book in a language',
    ]);
    expect(spanish.keys).toContain('read-level-rule');
    expect(spanish.keys).not.toContain('read-script-letters');
  });

  it('gives the first book of a set read in order the next book only, and no days to divide without a date', async () => {
    const ru = await tap(
      'reading',
      'Прочитать всю «Дюну», все шесть книг',
      'Посмотрел фильмы и купил первую книгу, в ней больше 700 страниц. Читаю только в кровати, страниц по десять, и засыпаю.',
      'ru',
      ['Прочитать заданный'],
    );
    expect(ru.keys).toContain('read-list-next');
    expect(ru.keys).toContain('read-slot-awake');
    for (const key of ['read-list-get', 'read-list-pages', 'read-list-order']) expect(ru.keys).not.toContain(key);
    const en = await tap('reading', 'Read all six Dune books', "I've bought the first book and I'm on page 40.", 'en', [
      'A set list',
    ]);
    expect(en.keys).toContain('read-list-next');
    expect(en.keys).not.toContain('read-list-get');
    // A shortlist with a date keeps every book got now and the pages a day.
    const shortlist = await tap('reading', 'Read the whole Booker shortlist', 'Six novels in six weeks.', 'en', [
      'A set list',
    ]);
    expect(shortlist.keys.slice(0, 2)).toEqual(['read-list-get', 'read-list-pages']);
  });

  it('picks one named book up where it stopped — no list of every book started', async () => {
    const ru = await tap(
      'reading',
      'Дочитать «Сто лет одиночества»',
      'Третий раз бросаю на середине, путаюсь, кто из Аурелиано кто.',
      'ru',
      ['Возвращаюсь', 'Вернуться', 'Дочитать начатые'],
    );
    expect(ru.asked.flatMap((asked) => asked.choices ?? [])).not.toContain('Дочитать начатые и брошенные книги');
    expect(ru.keys[0]).toBe('read-book-restart');
    expect(ru.keys).toContain('read-book-aid');
    expect(ru.keys.some((key) => key.startsWith('read-unf-'))).toBe(false);
    expect(ru.text).toMatch(/список персонажей/);
    const en = await tap(
      'reading',
      'Finish reading One Hundred Years of Solitude',
      "Third time I've given up halfway, I can't keep the Aurelianos apart. I never finish it.",
      'en',
      ['Coming back', 'Picking up', 'Finishing books'],
    );
    expect(en.keys[0]).toBe('read-book-restart');
    expect(en.keys.some((key) => key.startsWith('read-unf-'))).toBe(false);
    // Many books started and dropped keep the list, the release and one book on the go.
    const many = await tap(
      'reading',
      'Дочитать все начатые книги',
      'У меня штук десять недочитанных: начинаю новую, бросаю на середине и хватаюсь за следующую.',
      'ru',
      ['Дочитать начатые'],
    );
    expect(many.keys[0]).toBe('read-unf-list');
  });

  it("finds, tells and makes stories in the family's language — no bookshop books, screen or library basket", async () => {
    const en = await tap(
      'reading',
      'Read to my grandchildren in isiXhosa',
      "I'm 63, a retired nurse in a village near Mthatha. My daughter works in Cape Town and her two, aged 5 and 8, live with me. They come home from school reading only English and I want them to have our language in books too, but the shop in town has almost nothing in isiXhosa.",
      'en',
      ['Reading'],
    );
    for (const key of ['read-kids-lang-find', 'read-kids-lang-tell', 'read-kids-lang-make'])
      expect(en.keys).toContain(key);
    for (const key of ['read-kids-books', 'read-kids-routine', 'read-kids-share', 'read-kids-basket'])
      expect(en.keys).not.toContain(key);
    expect(en.text).not.toMatch(/tablet|screen/);
    const ru = await tap(
      'reading',
      'Читать внукам сказки на татарском',
      'Внуки живут со мной, говорят только по-русски, а татарских детских книг в магазине нет.',
      'ru',
      ['Чтение'],
    );
    expect(ru.keys).toContain('read-kids-lang-find');
    expect(ru.keys).not.toContain('read-kids-books');
    expect(ru.text).toMatch(/на родном языке/);
    // A parent reading at bedtime in the ordinary way keeps the books for their age and the routine.
    const parent = await tap(
      'reading',
      'Read to my daughter every night',
      'She is four and loves picture books.',
      'en',
      ['Reading with'],
    );
    expect(parent.keys).toContain('read-kids-books');
    expect(parent.keys).toContain('read-kids-routine');
    expect(parent.keys).not.toContain('read-kids-lang-find');
  });

  it('never hands bedtime to "a grandparent" when the reader is the grandparent', async () => {
    const ru = await tap(
      'reading',
      'Приучить внучку читать, пока она у меня на лето',
      'Мне 64, живу в деревне. Внучке 9, её на всё лето привозят ко мне из Питера, и она без планшета скучает. Книжки ей «скучные».',
      'ru',
      ['Чтение с ребёнком'],
    );
    expect(ru.keys[0]).toBe('read-kids-grand-ask');
    expect(ru.keys).not.toContain('read-kids-share');
    expect(ru.keys).toContain('read-kids-books');
    const en = await tap(
      'reading',
      'Get my granddaughter reading this summer',
      "She's 9 and stays with me all summer; she says books are boring.",
      'en',
      ['Reading with'],
    );
    expect(en.keys[0]).toBe('read-kids-grand-ask');
    expect(en.keys).not.toContain('read-kids-share');
    // A parent keeps the nights someone else does bedtime.
    const parent = await tap('reading', 'Read with my son every night', 'He is six. I work late twice a week.', 'en', [
      'Reading with',
    ]);
    expect(parent.keys).toContain('read-kids-share');
    expect(parent.keys).not.toContain('read-kids-grand-ask');
  });

  it('helps someone whose sight came back read the paper — no talking books, no book shortlist', async () => {
    const en = await tap(
      'reading',
      'Read the paper again after my cataract operation',
      "I'm 71 and got out of the habit after three years of only listening to the radio.",
      'en',
      ['Reading', 'Coming back'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['read-eyes-check', 'read-eyes-light']);
    expect(en.keys).toContain('read-paper-get');
    expect(en.keys).not.toContain('read-sight-talking');
    expect(en.keys).not.toContain('read-audio-home');
    expect(en.keys).not.toContain('read-return');
    expect(en.keys).not.toContain('read-pick-short');
    expect(en.text).toContain('reading glasses');
    const ru = await tap(
      'reading',
      'Снова читать газеты после операции на катаракту',
      'Мне 74, три года только слушала радио, теперь глаз видит, а привычка пропала.',
      'ru',
      ['Чтение', 'Возвращаюсь'],
    );
    expect(ru.keys[0]).toBe('read-eyes-check');
    expect(ru.keys).toContain('read-paper-get');
    expect(ru.keys).not.toContain('read-sight-talking');
    // Sight still failing keeps the talking books and large print.
    const failing = await tap(
      'reading',
      'Keep reading with glaucoma',
      'My eyesight is going and the print is too small even with my glasses.',
      'en',
      ['Reading'],
    );
    expect(failing.keys).toContain('read-sight-talking');
    expect(failing.keys).not.toContain('read-eyes-check');
  });

  it('puts the library card first when the library is named as the way to the books', async () => {
    const en = await tap(
      'reading',
      'Start reading novels',
      'Never been a reader. Our local library is two streets away.',
      'en',
    );
    expect(en.keys[0]).toBe('read-library-first');
    expect(en.keys).not.toContain('read-library');
    const ru = await tap('reading', 'Читать по книге в месяц', 'Мне 14, библиотека рядом со школой.', 'ru');
    expect(ru.keys[0]).toBe('read-library-first');
    // A card already held: no card step first.
    const near = await tap(
      'reading',
      'Read more this year',
      "I have a library card but never use it; the library's near my office.",
      'en',
    );
    expect(near.keys).not.toContain('read-library-first');
    expect(near.keys[0]).toBe('read-pick-short');
  });

  it('names no fixed canon when the person says whose classics they mean', async () => {
    const en = await tap(
      'reading',
      'Finally read the Latin American classics',
      'Marquez and Borges sit on my shelf, but I always stall after a few chapters.',
      'en',
      ['Classics'],
    );
    expect(en.keys[0]).toBe('read-classic-pick');
    expect(en.texts[0]).not.toMatch(/Pride and Prejudice|Jane Eyre|Christmas Carol/);
    const ru = await tap(
      'reading',
      'Прочитать японскую классику',
      'Кавабата и Акутагава давно лежат, но боюсь, что будет скучно.',
      'ru',
      ['Классика'],
    );
    expect(ru.keys[0]).toBe('read-classic-pick');
    expect(ru.texts[0]).not.toMatch(/Капитанская дочка|Отцы и дети|Герой нашего времени/);
    // Classics in general keep the classics path.
    const near = await tap('reading', 'Read more classics', '', 'en', ['Classics']);
    expect(near.keys.slice(0, 2)).toEqual(['read-classic-pick', 'read-classic-audio']);
  });

  it('loads every book before months away without internet — no library reservation or reading chair', async () => {
    const en = await tap(
      'reading',
      'Read on my next rotation offshore',
      "Six weeks on the rig, no internet out there, I've got a Kindle.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['read-away-load', 'read-away-check']);
    for (const key of ['read-library', 'read-world-first', 'read-spot']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'reading',
      'Прочитать по книге из каждой страны Южной Америки',
      'Полгода на полярной станции, связи нет, беру с собой электронную книгу.',
      'ru',
      ['Книги из разных'],
    );
    expect(ru.keys).toContain('read-away-load');
    for (const key of ['read-world-first', 'read-spot', 'read-library']) expect(ru.keys).not.toContain(key);
    // At home, a world list keeps getting its first book from the library.
    const near = await tap('reading', 'Read a novel from every continent', 'I mostly read British crime.', 'en', [
      'Books from around',
    ]);
    expect(near.keys).toContain('read-world-first');
    expect(near.keys.filter((key) => key.startsWith('read-away'))).toEqual([]);
  });

  it("reads an author's whole works in order with the order, the next two books and a pace — not every book now", async () => {
    const en = await tap(
      'reading',
      'Read all of Terry Pratchett in publication order',
      'Never read any of them.',
      'en',
      ['Just starting', 'None'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['read-works-order', 'read-works-first', 'read-works-pace']);
    for (const key of LIST_NOW) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'reading',
      'Прочитать все романы Достоевского по порядку',
      'Пока читал только «Идиота».',
      'ru',
      ['Только', 'Ничего'],
    );
    expect(ru.keys).toContain('read-works-order');
    expect(ru.keys).not.toContain('read-list-get');
    // A date given: the months divided, not a fortnightly pace.
    const dated = await tap(
      'reading',
      'Read every novel by Jane Austen in order by December',
      'Only seen the films.',
      'en',
      ['Just starting', 'None'],
    );
    expect(dated.keys).toContain('read-works-pace-date');
    expect(dated.keys).not.toContain('read-works-pace');
    // "In order to" is no reading order, and a shortlist with a date keeps every book got now.
    const reason = await tap(
      'reading',
      'Read more novels in order to sleep better',
      'I scroll in bed till late.',
      'en',
      ['Just starting', 'None'],
    );
    expect(reason.keys.filter((key) => key.startsWith('read-works'))).toEqual([]);
    const shortlist = await tap('reading', 'Read the Women’s Prize shortlist', 'Six novels in eight weeks.', 'en', [
      'A set list',
    ]);
    expect(shortlist.keys[0]).toBe('read-list-get');
    expect(shortlist.keys.filter((key) => key.startsWith('read-works'))).toEqual([]);
  });

  it('makes the audiobook step for one big book an action to do now, not a rule for later', async () => {
    const en = await tap(
      'reading',
      'Finally read War and Peace',
      "I've owned it for years and never opened it.",
      'en',
      ['Just starting', 'Finishing one big book'],
    );
    const at = en.keys.indexOf('read-book-audio');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(en.texts[at]).toMatch(/download it, and listen to ten minutes/);
    const ru = await tap('reading', 'Прочитать «Братьев Карамазовых»', 'Купила ещё зимой, так и лежит.', 'ru', [
      'Только',
      'Дочитать',
    ]);
    const atRu = ru.keys.indexOf('read-book-audio');
    expect(atRu).toBeGreaterThanOrEqual(0);
    expect(ru.texts[atRu]).toMatch(/скачай и послушай десять минут/);
  });

  it('starts reading after a stroke or a head injury with the therapist asked, large print and a line guide, short sittings', async () => {
    const en = await tap(
      'reading',
      'Enjoy novels again since my stroke',
      'It was last winter. Now the words drift on the page and I keep losing the line I was on.',
      'en',
      ['Coming back', 'None'],
    );
    expect(en.keys.slice(0, 3)).toEqual(STROKE);
    for (const key of ['read-ten', 'read-pick-short', 'read-dys-along']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'reading',
      'Вернуться к книгам после инсульта',
      'Прошло три месяца, строчки плывут, через пару фраз теряю строку.',
      'ru',
      ['Возвращаюсь', 'Ничего'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(STROKE);
    expect(ru.keys).not.toContain('read-ten');
    // Dyslexia keeps its own steps, and a stroke of luck is no stroke.
    const near = await tap('reading', 'Read a novel with dyslexia', 'I lose my place after a few lines.', 'en', [
      'Reading with dyslexia',
    ]);
    expect(near.keys).toContain('read-dys-guide');
    expect(near.keys.filter((key) => key.startsWith('read-stroke'))).toEqual([]);
    const luck = await tap('reading', 'Read more thrillers', 'A stroke of luck: my new job has a long lunch.', 'en', [
      'Just starting',
      'None',
    ]);
    expect(luck.keys.filter((key) => key.startsWith('read-stroke'))).toEqual([]);
  });

  it('finds a way to the books first when the library has closed or is out of reach — no book picked or read yet', async () => {
    const ru = await tap(
      'reading',
      'Читать хоть понемногу',
      'У нас в посёлке закрыли библиотеку, а где брать книги в интернете, я не знаю.',
      'ru',
      ['Возвращаюсь', 'Ничего'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(FAR);
    for (const key of ['read-ten', 'read-pick-short', 'read-library', 'read-library-first'])
      expect(ru.keys).not.toContain(key);
    const en = await tap(
      'reading',
      'Get back into books this winter',
      "Our village library shut down last spring and there's nowhere to get books out here.",
      'en',
      ['Coming back', 'None'],
    );
    expect(en.keys.slice(0, 3)).toEqual(FAR);
    expect(en.keys).not.toContain('read-ten');
    // A library near home keeps the card, and "no library card" is no closed library.
    const near = await tap('reading', 'Read more books', 'The library is round the corner from my flat.', 'en', [
      'Coming back',
      'None',
    ]);
    expect(near.keys.filter((key) => key.startsWith('read-far'))).toEqual([]);
    const card = await tap('reading', 'Read a book a month', "I've got no library card yet.", 'en', [
      'Coming back',
      'None',
    ]);
    expect(card.keys.filter((key) => key.startsWith('read-far'))).toEqual([]);
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
    expect(withPrefix(ru.keys, 'read-kids')).toEqual([]);
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

  it('reads a book in a named language from a graded step — not the books once loved; a restart fits its time', async () => {
    const en = await tap(
      'reading',
      'Read a novel in Dutch this year',
      'I did Dutch at school ages ago and hated it.',
      'en',
      ['Coming back', 'A book in a language'],
    );
    expect(en.keys[0]).toBe('read-level-graded');
    expect(en.keys).not.toContain('read-return');
    const ru = await tap(
      'reading',
      'Прочитать книгу на казахском',
      'В школе учила, но с тех пор не читала ничего.',
      'ru',
      ['Возвращаюсь', 'Книга на изучаемом'],
    );
    expect(ru.keys[0]).toBe('read-level-graded');
    expect(ru.keys).not.toContain('read-return');
    // Even with "None of these", a book in a named language is no return to the books once loved.
    const welsh = await tap(
      'reading',
      'Read one book in Welsh this year',
      'Last time was at school and I hated it.',
      'en',
      ['Coming back'],
    );
    expect(welsh.keys).not.toContain('read-return');
    // Coming back to reading in one's own language keeps the books once loved.
    const near = await tap(
      'reading',
      'Get back into reading',
      'I used to read a lot before the kids came along.',
      'en',
      ['Coming back'],
    );
    expect(near.keys[0]).toBe('read-return');
    const restart = await tap('reading', 'Дочитать «Анну Каренину»', 'Бросила на середине два года назад.', 'ru', [
      'Вернуться к брошенной',
      'Возвращаюсь',
    ]);
    expect(restart.keys[0]).toBe('read-book-restart');
    expect(restart.texts[0]).toMatch(/следующие 10 страниц/);
    expect(restart.minutes[0]).toBe(30);
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
    expect(withPrefix(ru.keys, 'read-kids')).toEqual([]);
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

  it('reads to one child in the family’s language without "them" or "the older one"', async () => {
    const ru = await tap(
      'reading',
      'Читать сыну на татарском',
      'Сыну 4, дома говорим по-русски, книжек на татарском мало, сама читаю медленно.',
      'ru',
      ['Чтение с ребёнком'],
    );
    expect(ru.keys).toContain('read-kids-lang-tell');
    expect(ru.text).not.toMatch(/старший|знакомую им|дети рисуют/);
    const en = await tap(
      'reading',
      'Read to my daughter in Welsh at bedtime',
      "She's five; we speak English at home and there are few Welsh picture books.",
      'en',
      ['Reading with'],
    );
    expect(en.text).not.toMatch(/the older one|the children draw/);
  });

  it('reads a trilogy on the shelf with a list of who is who, not "pick a shorter book"', async () => {
    const ru = await tap(
      'reading',
      'Прочитать «Кочевников» Есенберлина',
      'Мне 42, работаю диспетчером на железной дороге в Актобе. Трилогию купил ещё в девяностые, три тома стоят на полке, начинал два раза и бросал на первой сотне страниц — ханы, султаны, имена путаются. Сыну 10, спрашивает про Абылай-хана, а я сам толком не знаю. Хочу за зиму прочитать все три книги и летом съездить с ним в Туркестан.',
      'ru',
      ['Чтение', 'Возвращаюсь'],
    );
    expect(ru.keys).not.toContain('read-pick-short');
    expect(ru.keys[0]).toBe('read-cast-list');
    const en = await tap(
      'reading',
      'Finish the Century Trilogy',
      'I own all three books but the names get mixed up after a hundred pages.',
      'en',
      ['Coming back'],
    );
    expect(en.keys).not.toContain('read-pick-short');
    expect(en.keys).toContain('read-cast-list');
    // Someone who hasn't read for years and names no book still picks one.
    const near = await tap('reading', 'Read more books', "I haven't finished a book in years.", 'en', ['Coming back']);
    expect(near.keys).toContain('read-pick-short');
  });

  it('gives reading with a child a weekly library swap, not books by the bed twice', async () => {
    const ru = await tap(
      'reading',
      'Читать с сыном по-русски, чтобы не забыл язык',
      'Сыну 7, в школе всё на немецком, русские книжки откладывает — «скучно» и «трудно». Хочу хотя бы 15 минут в день.',
      'ru',
      ['Чтение с ребёнком или вслух ребёнку'],
    );
    const basket = ru.texts[ru.keys.indexOf('read-kids-basket')] ?? '';
    expect(basket).not.toMatch(/у кровати/);
    const en = await tap('reading', 'Read with my daughter every night', 'She is five and loves animals.', 'en', [
      'Reading with or to a child',
    ]);
    const basketEn = en.texts[en.keys.indexOf('read-kids-basket')] ?? '';
    expect(basketEn).not.toMatch(/by the bed/);
  });

  it("lets a grandmother in her son's home agree a reading time, and swaps books from her own stock", async () => {
    const ru = await tap(
      'reading',
      'Читать с внуком по-русски',
      'Мне 60, живу в Белграде с сыном и невесткой-сербкой. Внуку 6. Я привезла из Воронежа целый чемодан детских книг.',
      'ru',
      ['Чтение с ребёнком'],
    );
    expect(ru.keys).toContain('read-kids-grand-time');
    expect(ru.keys).not.toContain('read-kids-routine');
    expect(ru.keys).toContain('read-kids-rotate');
    expect(ru.keys).not.toContain('read-kids-basket');
    const en = await tap(
      'reading',
      'Read with my granddaughter',
      "I live with my son and daughter-in-law and their girl, who's 5. I brought a suitcase of children's books from home.",
      'en',
      ['Reading with or to a child'],
    );
    expect(en.keys).toContain('read-kids-grand-time');
    expect(en.keys).not.toContain('read-kids-basket');
    // A grandmother who has the children in her care keeps the bedtime order.
    const near = await tap(
      'reading',
      'Read with my grandchildren every evening',
      'I look after three grandchildren while their mother works away. We have very few books at home.',
      'en',
      ['Reading with or to a child'],
    );
    expect(near.keys).toContain('read-kids-routine');
    expect(near.keys).not.toContain('read-kids-grand-time');
  });

  it('gives a library book club member no library card step and no second pacing step', async () => {
    const en = await tap(
      'reading',
      'Finish the book club book before the meeting for once',
      'Retired, joined the book club at my local library in January. The next one is a 500-page novel and we meet on the 22nd.',
      'en',
      ['Already doing it', "A book club's next book"],
    );
    expect(en.keys).not.toContain('read-library-first');
    expect(en.keys).not.toContain('read-loan-pace');
    const ru = await tap(
      'reading',
      'Дочитывать книгу к встрече клуба',
      'Хожу в книжный клуб при библиотеке, следующая встреча через три недели, а я всё время не успеваю.',
      'ru',
      ['Уже занимаюсь', 'Книга для клуба'],
    );
    expect(ru.keys).not.toContain('read-library-first');
    // The library named only as near keeps the card first.
    const near = await tap(
      'reading',
      'Read more books',
      'The local library is round the corner from my flat and I never go in.',
      'en',
      ['Several books'],
    );
    expect(near.keys).toContain('read-library-first');
  });

  it('turns the TV off for reading when the TV is what took the evenings, and keeps the phone step for the phone', async () => {
    const ru = await tap(
      'reading',
      'опять начать читать, а то один телевизор',
      'Мне 76. Раньше читала по книге в неделю, а последние годы только телевизор. Хочу снова читать хотя бы вечерами.',
      'ru',
      ['Возвращаюсь'],
    );
    expect(ru.keys).toContain('read-tv-off');
    expect(ru.keys).not.toContain('read-phone-away');
    const en = await tap(
      'reading',
      'Read again instead of the telly',
      "I'm 74. I used to read a book a week, but these last years it's only the telly. I want to read again in the evenings.",
      'en',
      ['Coming back'],
    );
    expect(en.keys).toContain('read-tv-off');
    expect(en.keys).not.toContain('read-phone-away');
    const near = await tap(
      'reading',
      'Read again instead of scrolling',
      'I used to read a lot; now my phone eats every evening.',
      'en',
      ['Coming back'],
    );
    expect(near.keys).not.toContain('read-tv-off');
  });

  it('ties reading to the bus ride once: no second "tie reading to a moment" step', async () => {
    const ru = await tap(
      'reading',
      'снова читать книги, а не только телеграм',
      'Раньше читал запоем, а последние года три всё съедают телеграм и ютуб. Читать реально только в автобусе, минут сорок в одну сторону.',
      'ru',
      ['Чтение в автобусе'],
    );
    expect(ru.keys[0]).toBe('read-transit-carry');
    expect(ru.keys).not.toContain('read-slot');
    const en = await tap(
      'reading',
      'Read more books',
      'I used to read loads. These days I only have the train ride, 35 minutes each way.',
      'en',
      ['Reading on the bus'],
    );
    expect(en.keys).toContain('read-transit-carry');
    expect(en.keys).not.toContain('read-slot');
  });

  it('makes driving time listening time — never a book or a reading app kept where the person drives', async () => {
    const en = await tap(
      'reading',
      'Read again like I used to',
      "Most of my free time is behind the wheel, driving between sites for work. I've got a pile of crime novels I never open.",
    );
    expect(en.keys[0]).toBe('read-wheel-listen');
    expect(en.keys).not.toContain('read-slot-window');
    const ru = await tap(
      'reading',
      'Читать хотя бы по книге в месяц',
      'Работаю водителем, почти всё свободное время за рулём, а вечером сил нет.',
      'ru',
    );
    expect(ru.keys[0]).toBe('read-wheel-listen');
    expect(ru.keys).not.toContain('read-slot-window');
    // A train commute keeps the book on the commute.
    const near = await tap(
      'reading',
      'Read more books this year',
      'I commute on the train for an hour each way and mostly scroll my phone.',
    );
    expect(near.keys).not.toContain('read-wheel-listen');
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

  it('sends no one with a copy given or lent to them for a library card — a person with no book still gets it', async () => {
    const en = await tap(
      'reading',
      'finish one novel this year',
      "My neighbour lent me her copy of a thriller she loved. I used to read a lot but now I can't get past a few pages.",
      'en',
    );
    expect(en.keys).not.toContain('read-library');
    expect(en.keys).not.toContain('read-library-first');
    const ru = await tap(
      'reading',
      'Дочитать одну книгу до конца',
      'Подруга дала почитать свою книгу, детектив, а я никак не осилю больше десяти страниц.',
      'ru',
    );
    expect(ru.keys).not.toContain('read-library');
    expect(ru.keys).not.toContain('read-library-first');
  });

  it('reads a field’s literature as a subject to learn, not a leisure challenge', async () => {
    const ru = await tap(
      'reading',
      'читать специальную литературу по садоводству',
      'У меня сад на сорок яблонь, хочу разбираться в обрезке и удобрениях по-научному, а не как дед учил.',
      'ru',
      ['Чтение', 'Ничего из этого'],
    );
    expect(ru.keys).toContain('read-subj-list');
    expect(ru.keys).not.toContain('read-challenge');
    const en = await tap(
      'reading',
      'read the books in my field',
      'I run a small vineyard and want to understand the science behind soil and pruning, not just what my neighbours say.',
      'en',
      ['Reading'],
    );
    expect(en.keys).toContain('read-subj-list');
    const near = await tap(
      'reading',
      'читать больше книг',
      'Раньше читал детективы, сейчас только телефон по вечерам.',
      'ru',
      ['Чтение'],
    );
    expect(near.keys).not.toContain('read-subj-list');
  });

  it('picks no next audiobook for the Bible read through with audio on some days', async () => {
    const en = await tap(
      'reading',
      'read through the Bible this year',
      'I keep stopping in Numbers. On busy days I will listen to the audio Bible on the bus.',
      'en',
      ['Reading the Bible through in a year'],
    );
    expect(en.keys).toContain('read-scripture-plan');
    expect(en.keys).not.toContain('read-audio-pick');
    expect(en.keys).not.toContain('read-audio-plan');
    // A plain audiobook goal keeps its audio steps.
    const near = await tap(
      'reading',
      'get into audiobooks',
      'I walk the dog for an hour a day and want to listen to novels.',
      'en',
      ['Listening to audiobooks'],
    );
    expect(near.keys.some((key) => key === 'read-audio-pick' || key === 'read-audio-plan')).toBe(true);
  });

  it('gives no library card for a set inherited from a grandparent', async () => {
    const ru = await tap(
      'reading',
      'прочитать Толстого',
      'От дедушки остались книги Толстого, двенадцать томов. Хочу прочитать хотя бы романы, читаю в автобусе.',
      'ru',
      ['Ничего из этого'],
    );
    expect(ru.keys).not.toContain('read-library');
    const en = await tap(
      'reading',
      'read Dickens properly',
      "I inherited my father's Dickens and have never opened it. I read on the train to work.",
      'en',
      ['None of these'],
    );
    expect(en.keys).not.toContain('read-library');
  });

  it('reads early cataracts as print that tires the eyes, not sight loss; all the characters lost is the cast', async () => {
    const en = await tap(
      'reading',
      'finish Anna Karenina at last',
      "I'm 71 with mild cataracts, so the small print wears my eyes out. I keep losing track of all the characters.",
      'en',
      ['Coming back to it after a break'],
    );
    expect(en.keys).toContain('read-sight-print');
    expect(en.keys).not.toContain('read-sight-talking');
    expect(en.keys).toContain('read-cast-list');
    const near = await tap(
      'reading',
      'read more books again',
      'I have glaucoma and cannot see the print any more.',
      'en',
      ['Coming back to it after a break'],
    );
    expect(near.keys).toContain('read-sight-talking');
  });

  it('puts the book a student’s exam is on first, with no next book, season’s challenge or library card', async () => {
    const en = await tap(
      'reading',
      'actually read the sociology books I bought',
      "I'm doing a part-time degree. There's a stack of books on my desk and an exam on Goffman in March, but I fall asleep after a page.",
    );
    expect(en.keys.slice(0, 3)).toEqual(['read-study-first', 'read-study-questions', 'read-study-notes']);
    expect(en.keys).not.toContain('read-challenge');
    expect(en.keys).not.toContain('read-library');
    const ru = await tap(
      'reading',
      'прочитать учебники по истории искусства',
      'Учусь на втором курсе заочно, к сессии надо прочитать Гомбриха, а я всё откладываю.',
      'ru',
    );
    expect(ru.keys[0]).toBe('read-study-first');
    // Reading for pleasure: no exam steps.
    const near = await tap(
      'reading',
      'read more novels',
      'I used to read a lot and want to get back to it, maybe one a month.',
    );
    expect(near.keys).not.toContain('read-study-first');
  });

  it('gives someone who drops every book the unfinished-books path, not a next book or a challenge', async () => {
    const ru = await tap(
      'reading',
      'научиться дочитывать книги до конца',
      'Начинаю книгу, читаю неделю и забрасываю, на полке уже пять начатых. Читаю по вечерам.',
      'ru',
      ['Дочитать начатые', 'Уже занимаюсь'],
    );
    expect(ru.keys).toContain('read-unf-list');
    expect(ru.keys).not.toContain('read-pick-next');
    expect(ru.keys).not.toContain('read-challenge');
    const en = await tap(
      'reading',
      'finish the books I start',
      'I get to chapter three and give up on them after a few nights. I buy loads of books.',
      'en',
      ['Finishing books I started', 'Already doing it'],
    );
    expect(en.keys).toContain('read-unf-list');
    expect(en.keys).not.toContain('read-library');
    // Reading more, nothing dropped: the active reader's path stays.
    const near = await tap('reading', 'read more books', 'I read about 15 books a year and want 25.', 'en', [
      'Already doing it',
    ]);
    expect(near.keys).not.toContain('read-unf-list');
    expect(near.keys).toContain('read-challenge');
  });

  it('keeps audiobooks away from someone who says they want to read the book themselves', async () => {
    const ru = await tap(
      'reading',
      'прочитать «Войну и мир» полностью',
      'Мне 68, глаза подводят, мелкий шрифт плохо вижу. Сын советует слушать, а я хочу сама прочитать, с книгой в руках.',
      'ru',
      ['Дочитать одну большую книгу', 'Только начинаю'],
    );
    expect(ru.keys).not.toContain('read-sight-talking');
    expect(ru.keys).not.toContain('read-audio-home');
    expect(ru.keys).not.toContain('read-book-audio');
    expect(ru.keys).toContain('read-sight-print');
    const en = await tap(
      'reading',
      'read Middlemarch at last',
      "My eyesight is poor and the print is too small. I'd rather read than listen, so not an audiobook.",
      'en',
      ['Finishing one big book', 'Just starting'],
    );
    expect(en.keys).not.toContain('read-sight-talking');
    expect(en.keys).not.toContain('read-book-audio');
    // Poor sight and no word against listening: the talking books stay.
    const near = await tap(
      'reading',
      'read Middlemarch at last',
      'My eyesight is poor and the print is too small these days.',
      'en',
      ['Finishing one big book', 'Just starting'],
    );
    expect(near.keys).toContain('read-sight-talking');
  });

  it('asks no librarian for more books like the last one when a book club picks them', async () => {
    const en = await tap(
      'reading',
      'keep up with my book group',
      'I borrow the books on my library card but only ever read half before we meet; the next meeting is in a month.',
      'en',
      ["A book club's next book"],
    );
    expect(en.keys).not.toContain('read-loan-ask');
    // A library card and no club: asking the librarian stays.
    const near = await tap(
      'reading',
      'read more from the library',
      'I have a library card and go every Saturday, but I never know what to borrow.',
      'en',
      ['Just starting'],
    );
    expect(near.keys).toContain('read-loan-ask');
  });

  it('gives a set yearly count of books the catch-up pace and no new challenge; an active reader with no count keeps the challenge', async () => {
    const en = await tap(
      'reading',
      'hit my goal of 30 books this year',
      "I'm 41 and only four books in, and it's already August. I read on my lunch break most days.",
      'en',
      [],
    );
    expect(en.keys).toContain('read-target-pace');
    expect(en.keys).not.toContain('read-challenge');
    const ru = await tap(
      'reading',
      'прочитать 24 книги в этом году',
      'Уже сентябрь, а прочитано только семь. Читаю каждый вечер по полчаса, хочу догнать.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('read-target-pace');
    expect(ru.keys).not.toContain('read-challenge');
  });

  it('reads life at sea named as past as no trip to load books for; a sailor leaving for months keeps it', async () => {
    const en = await tap(
      'reading',
      'start reading again, I nod off after a few pages',
      "I'm 66, a retired sailor. I used to read on board for months, but since I came ashore I barely finish anything. I read a couple of pages after dinner and wake up an hour later.",
      'en',
      [],
    );
    expect(en.keys).not.toContain('read-away-load');
    expect(en.keys).not.toContain('read-away-check');
    expect(en.texts.join(' ')).not.toMatch(/flight mode|e-reader/i);
    const ru = await tap(
      'reading',
      'снова начать читать книги',
      'Мне 63, бывший моряк. Когда ходил в море, читал много, а сошёл на берег — ни одной книги за пять лет.',
      'ru',
      [],
    );
    expect(ru.keys).not.toContain('read-away-load');
    const near = await tap(
      'reading',
      'read on my next trip at sea',
      "I'm 30, an engineer on a tanker. Next month I'm at sea for four months with no internet and want books for the trip.",
      'en',
      [],
    );
    expect(near.keys).toContain('read-away-load');
  });

  it('claims visiting every library branch for reading: the list, the outings, the first branch, a journal', async () => {
    const en = await tap(
      'generic',
      'go to all the library branches in my city this year',
      'There are 40 library branches and I have a card. I cycle and take the bus, and I want a notebook of each one.',
      'en',
      ['Visiting every library', 'Something else'],
    );
    expect(en.keys).toContain('read-tour-list');
    expect(en.keys).toContain('read-tour-first');
    const ru = await tap(
      'generic',
      'побывать во всех библиотеках города за два года',
      'В городе 60 районных библиотек, я была в пяти. Хочу в каждой взять книгу и вести дневник, езжу на автобусе.',
      'ru',
      ['Побывать во всех', 'Другое'],
    );
    expect(ru.keys).toContain('read-tour-list');
    const near = await tap(
      'reading',
      'read more library books',
      'I want to borrow a book a week from my local library.',
      'en',
      [],
    );
    expect(near.keys).not.toContain('read-tour-list');
  });

  it("reads a grandchild's books with them, not the newspaper or a club over calls", async () => {
    const en = await tap(
      'reading',
      'read the same books as my grandson',
      'He is 12 and loves adventure series. I only read the paper these days and my eyes get tired.',
      'en',
      [],
    );
    expect(en.keys).toContain('read-their-first');
    expect(en.keys).not.toContain('read-paper-get');
    expect(en.keys).not.toContain('read-pair-rules');
    const ru = await tap(
      'reading',
      'читать те же книги, что и внучка',
      'Ей 13, она любит фэнтези. Я читаю только газету.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('read-their-first');
    expect(ru.keys).not.toContain('read-paper-get');
    const near = await tap(
      'reading',
      'read the newspaper every morning',
      'I want to keep up with the news in print.',
      'en',
      [],
    );
    expect(near.keys).toContain('read-paper-get');
  });
});
