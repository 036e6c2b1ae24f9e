import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the fiftieth blind read, fixed in general (helper fix50E)', () => {
  it('gives a weekend abroad the ordinary trip path, not the car-trip one night with parking', async () => {
    const en = await tap(
      'travel',
      'weekend in Prague with my sister',
      'Cheap flights from Manchester in March, three nights, we have never been to Prague.',
      'en',
      ['Just starting'],
    );
    expect(en.keys).not.toContain('trip-short-night');
    expect(en.keys).not.toContain('trip-short-bag');
    expect(en.keys).toContain('trip-bed');
    const ru = await tap(
      'travel',
      'Слетать на выходные в Ереван',
      'Хочу с подругой в октябре, билеты из Самары недорогие, дня на три.',
      'ru',
      ['Ничего из этого'],
    );
    expect(ru.keys).not.toContain('trip-short-night');
    expect(ru.keys).not.toContain('trip-short-journey');
    // A weekend at home, by car: the short trip stays.
    const near = await tap(
      'travel',
      'weekend away in the Lake District',
      "It's two hours' drive from us, we'd stay one night.",
      'en',
      ['Just starting'],
    );
    expect(near.keys).toContain('trip-short-night');
  });

  it('reads a package tour given as a present as booked, the airport walked through, and no car border papers', async () => {
    const ru = await tap(
      'travel',
      'впервые поехать за границу с женой, в Египет',
      'Сын дарит нам путёвку на юбилей, а мы ни разу на самолёте не были и не знаем, что делать в аэропорту. Загранпаспортов нет.',
      'ru',
      ['Нужно оформить паспорт или визу'],
    );
    expect(ru.keys).not.toContain('road-border');
    expect(ru.keys).not.toContain('trip-book-first');
    expect(ru.keys).not.toContain('trip-bed');
    expect(ru.keys).toContain('trip-airport-walk');
    expect(ru.keys).toContain('trip-passport-renew');
    const en = await tap(
      'travel',
      'our first holiday abroad',
      "Our kids are giving us a package holiday to Crete for our anniversary. We've never been to an airport.",
      'en',
      ['None of these'],
    );
    expect(en.keys).not.toContain('trip-book-first');
    expect(en.keys).toContain('trip-airport-walk');
    // Nothing given or booked: the booking steps stay.
    const near = await tap(
      'travel',
      'впервые поехать за границу с женой, в Египет',
      'Хотим осенью, ничего пока не выбирали. Загранпаспорта есть.',
      'ru',
      ['Ничего из этого'],
    );
    expect(near.keys).toContain('trip-book-first');
    expect(near.keys).not.toContain('road-border');
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

  it('writes an admissions essay on a prompt as one story, not a course statement', async () => {
    const en = await tap(
      'writing',
      'my Common App essay',
      "Applying early decision. I want to write about working in my dad's restaurant every weekend since I was 13. 650-word limit.",
      'en',
      ['A personal statement', 'Just starting'],
    );
    expect(en.keys).toContain('write-story-prompt');
    expect(en.keys).toContain('write-story-scene');
    expect(en.keys).not.toContain('write-ps-sort');
    expect(en.keys).not.toContain('write-ps-open');
    expect(en.texts.join(' ')).not.toMatch(/why this course/i);
    const ru = await tap(
      'writing',
      'эссе для колледжа в Америке',
      'Поступаю в американский колледж, нужно личное эссе на 650 слов о себе, хочу написать про то, как учил младшего брата плавать.',
      'ru',
      ['Эссе или письмо для поступления', 'Только начинаю'],
    );
    expect(ru.keys).toContain('write-story-scene');
    expect(ru.keys).not.toContain('write-ps-sort');
    // A course statement with no prompt or college essay: the course steps stay.
    const near = await tap(
      'writing',
      'personal statement for nursing',
      'Applying to a nursing degree next year, I have notes from my care work.',
      'en',
      ['A personal statement', 'Just starting'],
    );
    expect(near.keys).toContain('write-ps-sort');
    expect(near.keys).not.toContain('write-story-scene');
  });

  it('sets a newsletter up and drafts a longer first piece instead of a short post published today', async () => {
    const en = await tap(
      'writing',
      'start a newsletter about allotment life',
      "I grow vegetables on an allotment and want to send one piece every month on Substack. I've never blogged.",
      'en',
      ['Writing', 'Just starting'],
    );
    expect(en.keys).toContain('write-ch-setup');
    expect(en.keys).toContain('write-ch-first-long');
    expect(en.keys).not.toContain('write-ch-first');
    const ru = await tap(
      'writing',
      'завести рассылку про садоводство',
      'Хочу раз в две недели писать лонгрид о своём саде, блога нет.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('write-ch-first-long');
    expect(ru.keys).not.toContain('write-ch-first');
    // A channel of short posts: the short first post stays.
    const near = await tap(
      'writing',
      'start a Telegram channel about my city',
      'Short posts with photos, three times a week.',
      'en',
      ['Just starting'],
    );
    expect(near.keys).toContain('write-ch-first');
    expect(near.keys).not.toContain('write-ch-first-long');
  });
});
