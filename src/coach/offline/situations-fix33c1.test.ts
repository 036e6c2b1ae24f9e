import { describe, expect, it } from 'vitest';
import { talkWith, tapThrough, tapping } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);
const talk = talkWith(coach);

const MEDS = ['quit-meds-gp', 'quit-meds-log', 'quit-meds-words', 'quit-meds-line', 'quit-meds-tell'];
const SUBSTANCE = ['quit-subst-gp', 'quit-subst-log', 'quit-subst-words', 'quit-subst-tell', 'quit-meds-line'];
const ALCOHOL = [
  'quit-alcohol-doctor-plain',
  'quit-alcohol-start',
  'quit-alcohol-start-full',
  'quit-alcohol-evenings',
  'quit-alcohol-home',
];
const CAFFEINE = ['quit-caf-count', 'quit-caf-taper', 'quit-caffeine'];
const QUIT_DATES = ['quit-date', 'quit-date-full', 'quit-now'];
const COLD = [...ALCOHOL, ...CAFFEINE, ...QUIT_DATES, 'quit-clear', 'quit-replacement'];

describe('the thirty-third blind read, fixed in general (helper fix33c1)', () => {
  it('reads a medicine by what is said about it, whatever its name — the doctor first, never a day one', async () => {
    // A name in no list: "prescribed" and a dose a day say it is a medicine.
    const en = await tap(
      'quit',
      'Get free of Nervexin',
      'A specialist prescribed it for nerve pain after my shingles. I am on 600 mg a day now, double what I started on, and I want to just stop over the long weekend.',
      'en',
    );
    expect(en.keys).toEqual(MEDS);
    for (const key of COLD) expect(en.keys).not.toContain(key);
    // «пью» reads as drinking; «психиатр назначил» and «чем назначено» say a medicine, so no alcohol steps.
    const ru = await tap(
      'quit',
      'Слезть с нейроксана',
      'Психиатр назначил от тревоги два года назад, теперь пью больше, чем назначено. Хочу завязать разом в отпуске.',
      'ru',
    );
    expect(ru.keys).toEqual(MEDS);
    for (const key of COLD) expect(ru.keys).not.toContain(key);
    // No name at all, only tablets.
    const plain = await tap(
      'quit',
      'Перестать пить таблетки на ночь',
      'Пью каждый вечер уже год, без них не сплю.',
      'ru',
    );
    expect(plain.keys[0]).toBe('quit-meds-gp');
    for (const key of COLD) expect(plain.keys).not.toContain(key);
    // The brief's names, each through the same path.
    for (const [title, locale] of [
      ['Stop needing zopiclone every night', 'en'],
      ['Come off tramadol and gabapentin', 'en'],
      ['Stop taking Lyrica', 'en'],
      ['Бросить феназепам', 'ru'],
      ['Слезть с лирики', 'ru'],
    ] as const) {
      const named = await tap('quit', title, '', locale);
      expect(named.keys[0], title).toBe('quit-meds-gp');
      for (const key of COLD) expect(named.keys, title).not.toContain(key);
    }
  });

  it('sends an opioid-like substance taken as a powder or a liquid to a doctor or a drug service, never stop cold', async () => {
    const en = await tap(
      'quit',
      'Kick kratom before the wedding',
      'Started it for shoulder pain when I was laid off. Now it is four big scoops of powder a day and I was going to go cold turkey on Friday.',
      'en',
    );
    expect(en.keys).toEqual(SUBSTANCE);
    for (const key of [...COLD, 'quit-meds-gp']) expect(en.keys).not.toContain(key);
    expect(en.texts[0]).toMatch(/drug service/);
    const ru = await tap(
      'quit',
      'Отказаться от кратома',
      'Завариваю порошок каждый день уже полтора года, сначала от боли в колене, теперь граммов двадцать в день.',
      'ru',
    );
    expect(ru.keys).toEqual(SUBSTANCE);
    for (const key of COLD) expect(ru.keys).not.toContain(key);
    // Put under "Something else", the goal is still claimed by the quitting path.
    const other = await talk(null, 'Get off kratom', 'About 25 g a day for a year.', 'en', tapping(['Something else']));
    expect(other.keys[0]).toBe('quit-subst-gp');
    const heroin = await talk(null, 'Come off heroin', 'Two years, every day.', 'en', tapping(['Something else']));
    expect(heroin.keys[0]).toBe('quit-subst-gp');
  });

  it('keeps a medicine taken to help quit, and a medicine to keep taking, on their own paths', async () => {
    // A cessation medicine is no medicine to come off: the smoker keeps the quit date and the quitline.
    const smoker = await tap(
      'quit',
      'Quit smoking by my birthday',
      'Twenty a day. My GP prescribed Champix and I start the tablets on Monday.',
    );
    expect(smoker.keys.filter((key) => QUIT_DATES.includes(key))).not.toEqual([]);
    expect(smoker.keys).not.toContain('quit-meds-gp');
    const ru = await tap('quit', 'Бросить курить', 'Врач назначил Табекс, курю пачку в день.', 'ru');
    expect(ru.keys.filter((key) => QUIT_DATES.includes(key))).not.toEqual([]);
    expect(ru.keys).not.toContain('quit-meds-gp');
    // Wine named and no medicine: the alcohol path with its doctor first.
    const wine = await tap('quit', 'Stop drinking', 'Most of a bottle of wine every night, I want to stop by spring.');
    expect(wine.keys).toContain('quit-alcohol-doctor-plain');
    expect(wine.keys).not.toContain('quit-meds-gp');
    // Lyric poetry is no medicine: the writing goal keeps its kind.
    const poems = await talk(null, 'Писать лирику каждый вечер', 'Короткие стихи о городе.', 'ru', tapping([]));
    for (const key of [...MEDS, ...SUBSTANCE]) expect(poems.keys).not.toContain(key);
    // Pills to keep taking, in a building kind, are never claimed.
    const keep = await tap('habit', 'Take my blood pressure tablets every morning', 'I forget them twice a week.');
    expect(keep.keys).not.toContain('quit-meds-gp');
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
});
