import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const some = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));

describe('the forty-fourth blind read, fixed in general (helper fix44A)', () => {
  it('sharpens knives on a whetstone: the stone set, the angle found on an old knife — no generic lesson steps', async () => {
    const en = await tap(
      'skill',
      'Learn to sharpen my kitchen knives on a whetstone',
      "My son got me Japanese whetstones for Christmas and they've sat in the box because I'm scared of ruining the good knife. Watched a few videos but they go too fast.",
      'en',
      ['Learning a skill'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['skill-sharpen-setup', 'skill-sharpen-angle']);
    expect(en.keys).not.toContain('skill-03');
    expect(en.keys).not.toContain('skill-05');
    const ru = await tap(
      'skill',
      'Научиться точить ножи',
      'Подарили водные камни, а я боюсь испортить хороший нож. По роликам не понимаю, какой держать угол.',
      'ru',
    );
    expect(ru.keys[0]).toBe('skill-sharpen-setup');
    expect(ru.keys).not.toContain('skill-03');
    // Knife skills for chopping are cooking, not sharpening.
    const near = await tap(
      'skill',
      'Learn proper knife skills',
      'I chop onions so slowly, I want to dice like a chef.',
      'en',
      ['Cooking'],
    );
    expect(some(near.keys, 'skill-sharpen')).toEqual([]);
  });

  it('takes a trailer to the real place it has to go, not only a campsite pitch', async () => {
    const en = await tap(
      'skill',
      'Get confident reversing with the horse float',
      "Towing forwards is fine, but reversing into the vet's yard I jackknife it every single time.",
      'en',
      ['Towing a caravan or trailer'],
    );
    const real = en.texts[en.keys.indexOf('skill-man-real')];
    expect(real).toMatch(/yard/);
    expect(real).toMatch(/no animal/);
    expect(real).not.toMatch(/campsite/);
    const ru = await tap(
      'skill',
      'Научиться сдавать задом с прицепом',
      'Вперёд езжу нормально, а задом во двор к ветеринару прицеп всё время складывается.',
      'ru',
      ['Езда с прицепом'],
    );
    expect(ru.texts[ru.keys.indexOf('skill-man-real')]).toMatch(/двор/);
  });

  it('starts a treasurer whose accounts are already a big sheet from a dated copy and a pivot table, not a new sheet', async () => {
    const en = await tap(
      'skill',
      'Learn pivot tables before the club AGM',
      "I'm the treasurer of our GAA club and the accounts are one giant Excel sheet with about 900 rows. I can do a SUM and that's about it. I need a summary by category for the AGM.",
      'en',
      ["Keeping a club's or group's accounts"],
    );
    expect(en.keys.slice(0, 2)).toEqual(['skill-ledger-tidy', 'skill-ledger-pivot']);
    expect(en.keys).not.toContain('skill-ledger-sheet');
    expect(en.keys).not.toContain('skill-ledger-enter');
    expect(en.keys).not.toContain('skill-ledger-formulas');
    const ru = await tap(
      'skill',
      'Освоить сводные таблицы для кассы родительского комитета',
      'Касса уже в экселе, там строк шестьсот. Нужно к собранию показать расходы по статьям.',
      'ru',
      ['Вести кассу или счета группы'],
    );
    expect(ru.keys[0]).toBe('skill-ledger-tidy');
    expect(ru.keys).toContain('skill-ledger-pivot');
    expect(ru.keys).not.toContain('skill-ledger-sheet');
    // A treasurer moving from a counter book still sets the sheet up and types the entries in, in sittings.
    const near = await tap(
      'skill',
      'Learn Excel properly for our village savings group',
      'I am the treasurer of a savings group of 34 members. For six years I kept everything in a counter book. My nephew installed Excel on the group laptop, but I do not understand formulas and I am afraid of deleting the records.',
      'en',
      ["Keeping a club's or group's accounts"],
    );
    expect(near.keys.slice(0, 2)).toEqual(['skill-ledger-sheet', 'skill-ledger-enter']);
    expect(near.texts[1]).toMatch(/one month per sitting/);
    expect(near.keys).toContain('skill-ledger-formulas');
    expect(near.minutes[near.keys.indexOf('skill-ledger-formulas')]).toBeGreaterThanOrEqual(30);
    expect(near.texts[near.keys.indexOf('skill-ledger-share')]).toMatch(/USB stick/);
  });

  it('gives a first cooking set-up with the shopping in it the time it takes', async () => {
    const en = await tap(
      'skill',
      'learn to cook real meals not just rice and eggs',
      'Mum does night shifts so dinner is on me and my two little brothers are sick of the same thing.',
      'en',
      ['Just starting'],
    );
    expect(en.minutes[en.keys.indexOf('skill-cook-setup')]).toBeGreaterThanOrEqual(30);
  });

  it('learns a language for patients from the work phrases: no level test and no unprepared day-talk', async () => {
    const en = await tap(
      'language',
      'Speak conversational Tamil with my patients',
      'I am a Sinhala-speaking nurse in Jaffna. Most of my patients are older Tamil speakers. I can read a few letters and know greetings and numbers.',
      'en',
      ['Talking with patients or clients'],
    );
    expect(en.keys[0]).toBe('lang-job-phrases');
    expect(en.keys).not.toContain('lang-15');
    expect(en.keys).not.toContain('lang-16');
    const ru = await tap(
      'language',
      'Говорить с пациентами по-испански',
      'Работаю медсестрой, много пациентов из Латинской Америки. Немного учила испанский в школе, знаю приветствия и цифры.',
      'ru',
      ['Говорить с пациентами или клиентами'],
    );
    expect(ru.keys[0]).toBe('lang-job-phrases');
    expect(ru.keys).not.toContain('lang-15');
    expect(ru.keys).not.toContain('lang-16');
    // A returning learner with no work to talk about still gets the level test.
    const near = await tap(
      'language',
      'Get back into Spanish',
      'I did two years of Spanish at school and 200 days of Duolingo, then stopped. I want to be conversational again.',
    );
    expect(near.keys).toContain('lang-15');
  });

  it('starts a partner’s grandmother’s language from zero when the one learnt before was the wrong one', async () => {
    const en = await tap(
      'language',
      "Learn enough Cebuano to talk to my wife's lola",
      "Lola speaks only Cebuano and a bit of Tagalog, no English. I did some Duolingo Tagalog before I found out it's the wrong language. I have maybe 20 min a day on my lunch break.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).not.toContain('lang-15');
    expect(en.keys).not.toContain('lang-24');
    expect(en.keys).not.toContain('lang-16');
    expect(en.keys).not.toContain('lang-02');
    expect(some(en.keys, 'lang-inlaw').length).toBeGreaterThan(0);
    const ru = await tap(
      'language',
      'Выучить грузинский, чтобы говорить с бабушкой мужа',
      'Полгода учила в Дуолинго турецкий, думала, похож, а оказалось — не тот язык. Бабушка мужа по-русски почти не говорит.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).not.toContain('lang-15');
    expect(ru.keys).not.toContain('lang-24');
    expect(some(ru.keys, 'lang-inlaw').length).toBeGreaterThan(0);
    // A comeback to the same language is still read as a comeback.
    const near = await tap(
      'language',
      'Get my Italian back',
      'I did 300 days of Duolingo Italian two years ago and then stopped. I want to talk to people on our trip in June.',
    );
    expect(near.keys.some((key) => key === 'lang-15' || key === 'lang-24')).toBe(true);
  });

  it('plans one bound gift book back from its date, not "how many books and for whom"', async () => {
    const en = await tap(
      'creative',
      "Hand-bind a photo album for my sister's wedding",
      'She gets married in August and I want to give her an album I bound myself, coptic stitch. One 2-hour workshop last year is all my experience.',
      'en',
      ['Creative project', 'Binding notebooks by hand'],
    );
    const plan = en.texts[en.keys.indexOf('cre-bind-plan')];
    expect(plan).toMatch(/test book first/);
    expect(plan).not.toMatch(/how many/);
  });

  it('needle-felts toys from firm parts with the fingers spared — no generic kit or "five works you love"', async () => {
    const ru = await tap(
      'creative',
      'Научиться валять игрушки из шерсти',
      'Купила набор с иглами и шерстью на маркетплейсе, первая лиса вышла похожей на картошку. Хочу к Новому году сделать по игрушке всем в отделе.',
      'ru',
      ['Творческий проект'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['cre-felt-safe', 'cre-felt-firm', 'cre-felt-parts']);
    expect(ru.keys).not.toContain('cre-kit');
    expect(ru.keys).not.toContain('cre-02');
    const en = await tap(
      'creative',
      'Get into needle felting',
      'I bought a starter kit with wool and needles, my first little owl came out lumpy.',
    );
    expect(en.keys[0]).toBe('cre-felt-safe');
    expect(some(en.keys, 'cre-felt-wet')).toEqual([]);
    // A crocheted rug and an English "felt" are no felting.
    const near = await tap(
      'creative',
      'Crochet a rug for the hallway',
      'I felt it would be nice to use up my old t-shirt yarn.',
    );
    expect(some(near.keys, 'cre-felt')).toEqual([]);
  });

  it('wet-felts slippers and rugs beside someone who felts, with a sample first — not "20 ideas"', async () => {
    const ru = await tap(
      'creative',
      'Научиться валять из войлока',
      'Шерсть своя, у соседки овцы, и она давно зовёт поучиться. Хочу делать тапочки и коврики для внуков. Пробовала по ролику на ютубе, получилось бесформенное что-то.',
      'ru',
      ['Творческий проект'],
    );
    expect(ru.keys[0]).toBe('cre-felt-wet-beside');
    expect(ru.keys).toContain('cre-felt-wet-sample');
    expect(ru.keys).not.toContain('cre-05');
    expect(some(ru.keys, 'cre-felt-firm')).toEqual([]);
    const en = await tap(
      'creative',
      'Learn wet felting',
      'I want to make felted slippers for the family from our own sheep’s wool.',
    );
    expect(en.keys[0]).toBe('cre-felt-wet-beside');
    expect(en.keys).toContain('cre-felt-wet-wool');
  });

  it('photographs birds with settings against the blur and a spot with the light behind — no street walk or "every piece you make"', async () => {
    const en = await tap(
      'creative',
      'Take decent photos of the birds on the farm',
      'My son gave me a proper camera with a long lens and I only use it on automatic. Red kites and buzzards, and my photos all come out blurry or dark.',
      'en',
      ['Creative project', 'Just starting'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['cre-wild-settings', 'cre-wild-spot']);
    expect(en.keys).not.toContain('cre-photo-first');
    expect(en.keys).not.toContain('cre-03');
    const ru = await tap(
      'creative',
      'Научиться фотографировать птиц',
      'Купил фотоаппарат с длинным объективом, снимаю на даче синиц и дятлов, но всё выходит смазанным.',
      'ru',
      ['Творческий проект', 'Только начинаю'],
    );
    expect(ru.keys[0]).toBe('cre-wild-settings');
    expect(ru.keys).not.toContain('cre-photo-first');
    // Street photography keeps the theme walk; birds drawn keep the drawing seat.
    const near = await tap(
      'creative',
      'Get into street photography',
      'I have a new mirrorless camera and want to shoot around town.',
      'en',
      ['Just starting'],
    );
    expect(some(near.keys, 'cre-wild')).toEqual([]);
    expect(near.keys).toContain('cre-photo-first');
    const drawn = await tap('creative', 'Draw the birds at my feeder', 'Blue tits and robins come every morning.');
    expect(drawn.keys[0]).toBe('cre-bird-seat');
  });

  it('learns sewing on an old machine handed down on the machine itself, readied first — no pattern, toile or hand hemming', async () => {
    const ru = await tap(
      'skill',
      'Научиться шить на бабушкиной машинке',
      'От бабушки осталась ножная Подольская, работает. Хочу сама подшивать и перешивать вещи, а к выпускному в июне, может, и платье сшить. Пока умею только пуговицы пришивать.',
      'ru',
      ['Только начинаю', 'Рукоделие'],
    );
    expect(ru.keys[0]).toBe('skill-sew-old');
    expect(ru.keys).toContain('skill-sew-first');
    expect(ru.keys).not.toContain('skill-sew-pattern');
    expect(ru.keys).not.toContain('skill-sew-test');
    expect(some(ru.keys, 'skill-mend')).toEqual([]);
    const en = await tap(
      'skill',
      "Learn to sew on my grandmother's treadle machine",
      "It still works. I'd like to take up my own trousers and maybe make a skirt. I can only sew on buttons so far.",
      'en',
      ['Just starting', 'Knitting and sewing'],
    );
    expect(en.keys[0]).toBe('skill-sew-old');
    expect(en.keys).not.toContain('skill-sew-pattern');
    // A new machine needs no oiling and no treadle.
    const near = await tap(
      'skill',
      'Learn to use my new sewing machine',
      'Bought a Brother machine last week, never sewn anything before.',
      'en',
      ['Just starting', 'Knitting and sewing'],
    );
    expect(near.keys).not.toContain('skill-sew-old');
  });
});
