import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the thirtieth blind read, fixed in general (helper fix30c1)', () => {
  it('gives no CV headline after the CV top was rewritten for each vacancy (no replies)', async () => {
    const ru = await tap(
      'career',
      'Найти работу бухгалтером после переезда в Краснодар',
      '20 лет была главбухом на молочном заводе в Кирове, переехали поближе к дочке. Мне 52, на собеседованиях улыбаются и не перезванивают. Резюме на hh висит месяц, два отклика.',
      'ru',
      ['Откликаюсь'],
    );
    expect(ru.keys).toContain('car-reply-tailor');
    expect(ru.keys).not.toContain('car-04');
    const en = await tap(
      'career',
      'Find a bookkeeping job after moving',
      "I've sent about forty applications since March and had no replies at all.",
      'en',
      ['Applying but'],
    );
    expect(en.keys).toContain('car-reply-tailor');
    expect(en.keys).not.toContain('car-04');
    // A job search with replies coming keeps the CV headline.
    const plain = await tap('career', 'Find a new job as a data analyst', 'Three years as a junior analyst.', 'en');
    expect(plain.keys).toContain('car-04');
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

  it('puts the phone away for the lesson in class — never the charger out of the bedroom', async () => {
    const en = await tap('quit', 'stop watching tiktok in class', '', 'en');
    expect(en.keys).toContain('quit-phone-class');
    expect(en.keys).not.toContain('quit-phone-bedroom');
    expect(en.text).toMatch(/lesson times/);
    const ru = await tap(
      'quit',
      'Перестать сидеть в телефоне на парах',
      'Листаю рилсы всю лекцию, потом ничего не понимаю.',
      'ru',
    );
    expect(ru.keys).toContain('quit-phone-class');
    expect(ru.keys).not.toContain('quit-phone-bedroom');
    expect(ru.text).toMatch(/по расписанию/);
    // Scrolling in bed keeps the charger out of the bedroom, and gets no class steps.
    const bed = await tap('quit', 'Stop scrolling in bed', 'I scroll my phone in bed until 1am.', 'en', [
      'Phone in bed',
    ]);
    expect(bed.keys).toContain('quit-phone-bedroom');
    expect(bed.keys).not.toContain('quit-phone-class');
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

  it('helps someone through probation in the job they have — no role note, contacts, postings or CV', async () => {
    const ru = await tap(
      'career',
      'Пройти испытательный срок на новой работе',
      'Мне 29, месяц назад перешла логистом в транспортную компанию. Испытательный срок три месяца, а я до сих пор путаюсь в 1С и боюсь лишний раз переспросить.',
      'ru',
    );
    expect(ru.keys[0]).toBe('car-prob-criteria');
    expect(ru.keys).toContain('car-prob-questions');
    for (const key of ['car-01', 'car-07', 'car-03', 'car-08', 'car-04']) expect(ru.keys).not.toContain(key);
    expect(ru.text).toMatch(/испытательный срок/);
    const en = await tap(
      'career',
      'Pass my probation',
      'Started as an office administrator two months ago, six-month probation, I still get lost in the booking system.',
      'en',
    );
    expect(en.keys[0]).toBe('car-prob-criteria');
    expect(en.keys).not.toContain('car-04');
    // A job still to find keeps the ordinary job search.
    const search = await tap(
      'career',
      'Найти работу логистом',
      'Пять лет диспетчером в такси, хочу в логистику.',
      'ru',
    );
    expect(search.keys.some((key) => key.startsWith('car-prob-'))).toBe(false);
  });

  it('plans the card night, the group and the money for cards played for money — no screens, consoles or betting apps', async () => {
    const ru = await tap(
      'quit',
      'перестать играть в карты на деньги',
      'каждую пятницу в гаражах до утра, за зиму спустил почти всю премию',
      'ru',
      ['Азартные'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['quit-cards-night', 'quit-cards-tell', 'quit-cards-money']);
    for (const key of ['quit-late-stop', 'quit-late-autoplay', 'quit-late-after', 'quit-gaming', 'quit-gamble-block'])
      expect(ru.keys).not.toContain(key);
    const en = await tap(
      'quit',
      'Stop playing cards for money',
      'Every Friday poker night with the lads, I lost most of my bonus this winter.',
      'en',
      ['Gambling'],
    );
    expect(en.keys[0]).toBe('quit-cards-night');
    // "None of these" for gambling keeps the card-night steps (a stated fact).
    const none = await tap('quit', 'перестать играть в карты на деньги', 'каждую пятницу до утра в гаражах', 'ru');
    expect(none.keys[0]).toBe('quit-cards-night');
    expect(none.keys).not.toContain('quit-late-stop');
    expect(en.keys).not.toContain('quit-venue-nights');
    expect(en.text).not.toMatch(/smoking/);
    // Online betting keeps the app blocks and gets no card-night steps.
    const bets = await tap('quit', 'Stop betting on football', 'I bet on my phone every weekend.', 'en');
    expect(bets.keys).toContain('quit-gamble-block');
    expect(bets.keys.some((key) => key.startsWith('quit-cards-'))).toBe(false);
  });
});
