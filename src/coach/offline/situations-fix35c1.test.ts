import { describe, expect, it } from 'vitest';
import { talkWith, tapThrough, tapping } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const COLD_STOP = ['quit-date', 'quit-date-full', 'quit-kit'];
const DRUGS = ['quit-drugs-support', 'quit-drugs-contact', 'quit-drugs-night', 'quit-drugs-money', 'quit-drugs-friend'];
const CREAM = ['quit-cream-doctor', 'quit-cream-log', 'quit-cream-words', 'quit-cream-tell'];
const SECOND_BOOKING = [
  'quit-meds-gp',
  'quit-drops-gp',
  'quit-subst-gp',
  'quit-alcohol-doctor',
  'quit-alcohol-doctor-plain',
];
const NO_CV = ['car-nocv-skills', 'car-nocv-build', 'car-nocv-help'];
const CV_TO_REWRITE = ['car-04', 'car-05', 'car-06'];
const LIST_NOW = ['read-list-get', 'read-list-pages', 'read-list-check', 'read-list-order'];
const STROKE = ['read-stroke-ask', 'read-stroke-page', 'read-stroke-short'];
const FAR = ['read-far-ask', 'read-far-swap', 'read-far-screen'];

describe('the thirty-fifth blind read, fixed in general (helper fix35c1)', () => {
  it('sends tingling or numbness beside nitrous to a GP first, with the drug steps and no quit date to wait for', async () => {
    const en = await tap(
      'quit',
      'Give up the laughing gas',
      'We empty a tank of it in the park every Friday, and my feet have had pins and needles for a month.',
      'en',
    );
    expect(en.keys[0]).toBe('quit-nerve-doctor');
    expect(en.texts[0]).toMatch(/same day/);
    expect(en.keys).toContain('quit-drugs-night');
    for (const key of [...COLD_STOP, 'quit-venue-nights']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'quit',
      'Завязать с закисью азота',
      'По субботам с друзьями дуем шарики в машине, уже пару недель немеют кончики пальцев.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('quit-nerve-doctor');
    expect(ru.texts[0]).toMatch(/103|112/);
    for (const key of COLD_STOP) expect(ru.keys).not.toContain(key);
    // No sign in the nerves yet: a GP check all the same, then the drug steps.
    const plain = await tap('quit', 'Stop doing nangs', 'My housemates and I get through a box most weekends.', 'en', [
      'None',
    ]);
    expect(plain.keys[0]).toBe('quit-nos-gp');
    expect(plain.keys.slice(1)).toEqual(DRUGS.slice(0, 4));
    // Balloons in a craft stay a craft, and "numb" as a feeling is no sign in the nerves.
    const party = await tap('creative', 'Twist balloon animals for a birthday', 'A dog and a flower to start.', 'en', [
      'None',
    ]);
    expect(party.keys.filter((key) => key.startsWith('quit-'))).toEqual([]);
    const feeling = await tap('quit', 'Stop drinking to go numb', 'Three ciders every night to stop thinking.', 'en', [
      'Drinking',
    ]);
    expect(feeling.keys).not.toContain('quit-nerve-doctor');
    expect(feeling.keys.some((key) => key.startsWith('quit-alcohol-doctor'))).toBe(true);
  });

  it('takes a skin cream the skin flares without to a doctor with the jar — never a quit date or a replacement', async () => {
    const en = await tap(
      'quit',
      'Come off my bleaching cream',
      'Five years of a whitening cream from a beauty stall; whenever I stop, dark blotches come up on my cheeks.',
      'en',
      ['None'],
    );
    expect(en.keys.slice(0, 4)).toEqual(CREAM);
    for (const key of [...COLD_STOP, 'quit-now', 'quit-replacement', 'quit-tell', 'quit-clear'])
      expect(en.keys).not.toContain(key);
    const ru = await tap(
      'quit',
      'Отказаться от гормональной мази',
      'Третий год мажу руки гормональной мазью от экземы, без неё кожа сразу краснеет и трескается.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('quit-cream-doctor');
    expect(ru.texts[0]).toMatch(/дерматолог/);
    for (const key of [...COLD_STOP, 'quit-replacement']) expect(ru.keys).not.toContain(key);
    // Put under "Something else", a lightening cream still gets the doctor's plan.
    const other = await talkWith(coach)(
      null,
      'Quit skin whitening cream',
      'Blotches whenever I try.',
      'en',
      tapping(['Something else']),
    );
    expect(other.keys[0]).toBe('quit-cream-doctor');
    // Buying skincare is impulse shopping, no cream to come off.
    const near = await tap('quit', 'Stop splurging on skincare', 'New serums every payday, most half used.', 'en', [
      'Impulse',
    ]);
    expect(near.keys.filter((key) => key.startsWith('quit-cream'))).toEqual([]);
  });

  it('puts a medicine or daily drinking into the heart appointment — no second booking with the same doctor', async () => {
    const ru = await tap(
      'quit',
      'Перестать пить таблетки от аппетита',
      'Третий месяц принимаю капсулы для похудения с маркетплейса, по ночам сердце колотится.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['quit-heart-doctor', 'quit-heart-notes', 'quit-heart-meds']);
    for (const key of SECOND_BOOKING) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'quit',
      'Stop drinking every night',
      'A bottle of wine most evenings, and lately my heart pounds in bed.',
      'en',
      ['None'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['quit-heart-doctor', 'quit-heart-notes', 'quit-heart-alcohol']);
    for (const key of SECOND_BOOKING) expect(en.keys).not.toContain(key);
    // With no heart sign the medicine keeps its own GP booking.
    const near = await tap('quit', 'Get off the sleeping tablets', 'Zopiclone every night for two years.', 'en');
    expect(near.keys[0]).toBe('quit-meds-gp');
    expect(near.keys).not.toContain('quit-heart-meds');
  });

  it('builds a first CV from work done paid or not before any CV is rewritten or profile updated', async () => {
    const en = await tap(
      'career',
      'Find paid work at 58',
      "After my divorce I need an income. I ran our farm shop's accounts for twenty years but I've never written a CV.",
      'en',
      ['None'],
    );
    expect(en.keys.slice(0, 3)).toEqual(NO_CV);
    for (const key of CV_TO_REWRITE) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'career',
      'Выйти на работу впервые в 50',
      'Двадцать лет растила детей и помогала мужу в его мастерской, резюме у меня нет.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(NO_CV);
    for (const key of CV_TO_REWRITE) expect(ru.keys).not.toContain(key);
    // A CV to update keeps the rewrite.
    const near = await tap(
      'career',
      'Update my CV for a move into logistics',
      "I've been a shift manager for ten years.",
      'en',
      ['None'],
    );
    expect(near.keys.filter((key) => key.startsWith('car-nocv'))).toEqual([]);
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
});
