import { describe, expect, it } from 'vitest';
import { anyWithPrefix, firstFive, tap } from '../../../../test/factories/offline-cases.js';

// Goals of the instrument kind (content/goals/types/instrument.yaml), walked through the offline coach as a person
// would: the level read from what they wrote or tapped, and what they already have or do. The situations are in
// instrument.test.ts; where a new case goes: docs/coach.md.

describe('instrument: the level and what the person already has or does', () => {
  it('reads chords known from school as returning: no first lesson on holding the guitar', async () => {
    const ru = await firstFive(
      'instrument',
      'Сыграть на гитаре у костра',
      'Пару аккордов знаю со школы, хочу подобрать три песни к лету.',
      'ru',
    );
    expect(ru.keys).not.toContain('inst-05');
    expect(ru.keys).not.toContain('inst-07');
    const en = await firstFive('instrument', 'Play songs on the guitar for a camping trip', 'I know a few chords.');
    expect(en.keys).not.toContain('inst-05');
    const fresh = await firstFive('instrument', 'Learn to play the guitar', "I've never played anything.");
    expect(fresh.keys).toContain('inst-05');
  });

  it('gives a harmony part in a choir already joined part-learning steps, not finding a choir', async () => {
    const en = await firstFive(
      'instrument',
      'Learn to sing the tenor line in our choir',
      'Whenever the basses and tenors split I drift back to the tune.',
    );
    expect(en.keys[0]).toBe('inst-part-track');
    expect(en.keys).not.toContain('inst-choir');
    expect(en.keys).not.toContain('inst-21');
    const ru = await firstFive(
      'instrument',
      'Научиться петь вторым голосом',
      'Пою в церковном хоре, но постоянно съезжаю на мелодию. Нот не знаю.',
      'ru',
    );
    expect(ru.keys[0]).toBe('inst-part-track');
    expect(ru.keys).not.toContain('inst-choir');
    const join = await firstFive('instrument', 'Join a choir', 'I love singing but never sang in a group.');
    expect(join.keys).toContain('inst-choir');
    expect(join.keys.some((key) => key.startsWith('inst-part-'))).toBe(false);
    const drums = await firstFive('instrument', 'Learn my drum part for the gig', 'Our band plays Friday.');
    expect(drums.keys.some((key) => key.startsWith('inst-part-'))).toBe(false);
  });

  it('gives a yard guitarist chord changes, not sheet music, and a nodding in-law a beginner start', async () => {
    const ru = await firstFive(
      'instrument',
      'Снова играть на гитаре',
      'В юности бренчал во дворе, лет десять не брал в руки.',
      'ru',
    );
    expect(ru.keys).toContain('inst-chords-song');
    expect(ru.keys).not.toContain('inst-26');
    const en = await firstFive('instrument', 'Get back to guitar', 'Used to strum three chords round the campfire.');
    expect(en.keys).not.toContain('inst-26');
    const piano = await firstFive('instrument', 'Return to the piano', 'Grade 5 as a child, Chopin was my favourite.');
    expect(piano.keys).not.toContain('inst-chords-song');
    const polish = await firstFive(
      'language',
      'Learn Greek for my in-laws',
      "I've been nodding along at family lunches for years.",
    );
    expect(polish.keys).not.toContain('lang-16');
    const ru2 = await firstFive('language', 'Выучить армянский', 'За столом у родни мужа только киваю.', 'ru');
    expect(ru2.keys).not.toContain('lang-16');
    const app = await firstFive('language', 'Learn Italian by summer', 'I have a 90-day Duolingo streak.');
    expect(app.keys).not.toContain('lang-04');
  });

  it('starts a player who already has a tune from it, and one with only a first sound from the sound', async () => {
    const en = await firstFive(
      'instrument',
      'Learn the harmonica well enough to busk at the Saturday market',
      "I've got a cheap C harmonica and can just about play Oh Susanna. I'd love to be able to do 20 minutes of blues on the high street by summer.",
    );
    expect(en.keys[0]).toBe('inst-tune-record');
    expect(en.keys.some((key) => ['inst-05', 'inst-07', 'inst-06', 'inst-08'].includes(key))).toBe(false);
    const ruTune = await firstFive(
      'instrument',
      'Играть на укулеле у костра',
      'Умею играть пару мелодий по видео, хочу научиться подпевать и играть песни в походе.',
      'ru',
    );
    expect(ruTune.keys).toContain('inst-tune-style');
    const ru = await firstFive(
      'instrument',
      'Научиться играть на варгане',
      'Купила якутский хомус на фестивале в Якутске, но пока получается только жужжание. Хочу к зиме сыграть что-то похожее на музыку, занимаюсь по вечерам.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['inst-sound-lesson', 'inst-sound-compare']);
    expect(ru.text).not.toMatch(/такт|ноты или табулатуру|тюнер/);
    const enSound = await firstFive(
      'instrument',
      'Get a tune out of my trumpet',
      'I practise every evening but I can only get a squeak out of it so far.',
    );
    expect(enSound.keys).toContain('inst-sound-lesson');
    expect(enSound.keys.some((key) => ['inst-05', 'inst-07', 'inst-06', 'inst-08'].includes(key))).toBe(false);
    // A beginner with nothing yet keeps the first lesson.
    const cello = await firstFive('instrument', 'Learn the cello as an adult', "I've never played an instrument.");
    expect(cello.keys).toContain('inst-05');
  });

  it('starts a harp beginner who once played piano from the first lesson, not from memory', async () => {
    const en = await firstFive(
      'instrument',
      'Learn the Celtic harp',
      "I played piano until about grade 3 as a kid and have just rented a 34-string lever harp. There's a small folk club showcase in December I'd love to play one tune at.",
    );
    expect(en.keys).toContain('inst-05');
    expect(en.keys.some((key) => key.startsWith('inst-25') || key === 'inst-26')).toBe(false);
    expect(en.text).not.toMatch(/from memory|old lessons/);
    const ru = await firstFive(
      'instrument',
      'Научиться играть на арфе',
      'В детстве три года ходила в музыкалку на фортепиано, сейчас взяла в прокат кельтскую арфу.',
      'ru',
    );
    expect(ru.text).not.toMatch(/по памяти/);
  });

  it('skips "borrow or rent one" for an instrument already rented or bought', async () => {
    const rented = await firstFive(
      'instrument',
      'Learn to play the harp',
      "I've already rented a harp from the harp society.",
    );
    expect(rented.keys).not.toContain('inst-01');
    expect(rented.text).not.toMatch(/borrow or rent/);
    const ru = await firstFive(
      'instrument',
      'Научиться играть на арфе',
      'Арфу уже взяла напрокат в музыкальной школе.',
      'ru',
    );
    expect(ru.keys).not.toContain('inst-01');
    // Someone without one still gets it.
    const none = await firstFive('instrument', 'Learn to play the harp', 'I have no harp yet.');
    expect(none.keys).toContain('inst-01');
  });

  it('books the teacher already found and practises between lessons — the lesson time is no practice window', async () => {
    const en = await tap(
      'instrument',
      "Learn to play my dad's old sitar",
      "The only music I ever did was recorder at school. There's a teacher who does lessons on Zoom on Sunday mornings.",
    );
    expect(en.keys[0]).toBe('inst-teacher-book');
    expect(en.keys).not.toContain('inst-27');
    expect(en.keys).not.toContain('inst-13');
    expect(en.keys).not.toContain('inst-stored-wind');
    const ru = await tap(
      'instrument',
      'Научиться играть на гитаре',
      'Нашла преподавателя, занятия по зуму по субботам утром.',
      'ru',
    );
    expect(ru.keys[0]).toBe('inst-teacher-book');
    expect(ru.keys).not.toContain('inst-27');
    // A practice window with no teacher keeps its scheduling step.
    const own = await tap('instrument', 'Learn the guitar', 'Complete beginner, I can practise on Sunday mornings.');
    expect(own.keys).toContain('inst-27');
    expect(own.keys).not.toContain('inst-teacher-book');
  });

  it('keeps a returning pianist who mentions the clefs or a sing-song returning — not a first lesson', async () => {
    const en = await firstFive(
      'instrument',
      'Play carols on the piano at Christmas',
      'I had lessons as a girl and can still read the treble clef, but the bass is shaky. My family loves a sing-song.',
    );
    expect(en.keys).toContain('inst-25');
    expect(en.keys).not.toContain('inst-05');
    expect(en.keys).not.toContain('inst-07');
    const ru = await firstFive(
      'instrument',
      'Играть песни на синтезаторе для бабушек в клубе',
      'В детстве ходила в музыкалку, скрипичный ключ помню, а басовый ключ забыла. Бабушки любят петь вместе.',
      'ru',
    );
    expect(ru.keys).toContain('inst-25');
    expect(ru.keys).not.toContain('inst-05');
    // A comeback on another instrument still starts from a first lesson.
    const other = await firstFive('instrument', 'Learn the piano', 'I played bass guitar in a band at uni.');
    expect(other.keys).toContain('inst-05');
    expect(other.keys).not.toContain('inst-25');
  });

  it('has a player new to this instrument but not to music skip the two-note drill', async () => {
    const en = await tap(
      'instrument',
      'Learn the viola for the school orchestra',
      "I'm 14 and played violin to grade 5. The orchestra needs a violist by spring.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).toContain('inst-05');
    expect(en.keys).toContain('inst-transfer-list');
    expect(en.keys).not.toContain('inst-07');
    expect(en.keys).not.toContain('inst-09');
    const ru = await tap(
      'instrument',
      'Научиться играть на гитаре',
      'Окончила музыкалку по фортепиано, ноты знаю, а гитару держу впервые.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('inst-transfer-list');
    expect(ru.keys).not.toContain('inst-07');
    // A true beginner keeps the first notes to a metronome.
    const first = await tap('instrument', 'Learn the ukulele', 'Never played anything.', 'en', ['Just starting']);
    expect(first.keys).toContain('inst-07');
    expect(first.keys).not.toContain('inst-transfer-list');
  });

  it('sends no one already in a named band to find a jam session', async () => {
    const en = await tap(
      'instrument',
      "Get my trombone playing back for the school parents' band",
      'Played to Grade 6 at school, then nothing for 20 years. The Christmas concert is on 12 December.',
      'en',
      ['Coming back', 'Already in', 'Playing with'],
    );
    expect(en.keys.some((key) => key.startsWith('inst-band'))).toBe(false);
    const ru = await tap(
      'instrument',
      'Вернуться к трубе для родительского оркестра',
      'Играл в детстве, потом двадцать лет ничего. Концерт в декабре, буду играть в родительском оркестре школы.',
      'ru',
      ['Возвращаюсь', 'Уже в группе', 'Играть с другими'],
    );
    expect(ru.keys.some((key) => key.startsWith('inst-band'))).toBe(false);
    // Someone looking for people to play with keeps the search.
    const jam = await tap(
      'instrument',
      'Find people to jam with',
      "I've played guitar for years on my own and want to play with others.",
      'en',
      ['Playing with'],
    );
    expect(jam.keys).toContain('inst-band');
  });

  it('names the kurai in the steps, and a beginner who taps "just starting" gets first-day steps', async () => {
    const ru = await tap(
      'instrument',
      'научиться играть на курае',
      'мне 15, в школе в Баймаке открыли кружок и курай уже дали',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.text).toMatch(/курай/);
    expect(ru.text).not.toMatch(/своему инструменту/);
    for (const key of ['inst-record-self', 'inst-06', 'inst-08', 'inst-10']) expect(ru.keys).not.toContain(key);
    const en = await tap('instrument', 'Learn the kurai', 'I have never played a flute of any kind.', 'en', [
      'Just starting',
    ]);
    expect(en.text).toMatch(/the kurai/);
    // «Курага» is no kurai.
    const other = await tap('instrument', 'Научиться играть на флейте', 'С нуля.', 'ru', ['Только начинаю']);
    expect(other.text).not.toMatch(/курай/);
  });

  it('sends a singer whose voice is healing to the ENT first — no push, no beginner lesson or choir to find', async () => {
    const en = await tap(
      'instrument',
      'Sing again after my vocal cord surgery',
      "I've sung soprano in a church choir for years; since the operation my voice goes hoarse on the high notes.",
      'en',
    );
    expect(en.keys[0]).toBe('inst-voicemed-ent');
    expect(en.keys).toContain('inst-voicemed-gentle');
    expect(en.keys).not.toContain('inst-21');
    expect(en.keys).not.toContain('inst-choir');
    const ru = await tap(
      'instrument',
      'Вернуть певческий голос после операции на щитовидке',
      'Пою в хоре пятнадцать лет, после операции голос осип и срывается на верхах.',
      'ru',
    );
    expect(ru.keys[0]).toBe('inst-voicemed-ent');
    expect(ru.keys).not.toContain('inst-choir');
    // A beginner singer keeps the first lesson; a guitarist after an operation gets no voice steps.
    const beginner = await tap(
      'instrument',
      'Learn to sing',
      "I've never had lessons and want to sing at my sister's wedding.",
      'en',
      ['Just starting'],
    );
    expect(anyWithPrefix(beginner.keys, 'inst-voicemed')).toBe(false);
    expect(beginner.keys).toContain('inst-21');
    const guitar = await tap(
      'instrument',
      'Learn the guitar',
      'I had a thyroid operation in spring and have time now.',
      'en',
      ['Just starting'],
    );
    expect(anyWithPrefix(guitar.keys, 'inst-voicemed')).toBe(false);
  });

  it('reads a part in an orchestra, a band or a choir one is in as playing now: no first lesson or first two notes', async () => {
    const FIRST = ['inst-05', 'inst-07'];
    const en = await firstFive('instrument', "Play the viola part in our amateur orchestra's winter concert", '');
    for (const key of FIRST) expect(en.keys).not.toContain(key);
    const ru = await firstFive(
      'instrument',
      'Сыграть партию альта на концерте нашего любительского оркестра',
      '',
      'ru',
    );
    for (const key of FIRST) expect(ru.keys).not.toContain(key);
    // Learning an instrument for the group is a new start.
    const learning = await firstFive('instrument', 'Learn the viola for our amateur orchestra', '');
    expect(learning.keys).toContain('inst-05');
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

  it('a player who already agreed to teach is no teacher to find; a choir member gets no first-day voice lesson', async () => {
    const en = await tap(
      'instrument',
      'learn the djembe before the festival',
      'Our band leader has agreed to teach me on Sunday afternoons until the festival.',
      'en',
      ['Just starting'],
    );
    expect(en.keys).toContain('inst-teacher-between');
    const ru = await tap(
      'instrument',
      'Петь в хоре при клубе',
      'Пою в хоре второй месяц, голос есть, а партии учу с трудом.',
      'ru',
      ['Уже пою в хоре', 'Только начинаю'],
    );
    expect(ru.keys).not.toContain('inst-21');
    expect(ru.keys).not.toContain('inst-22');
    const near = await tap(
      'instrument',
      'Learn to sing',
      'I have never sung anywhere, not even in a choir at school.',
      'en',
      ['Just starting'],
    );
    expect(near.keys).toContain('inst-21');
  });

  it('checks a harmonium before the one piece is played on it, and learns that piece rather than a tune already known', async () => {
    const en = await tap(
      'instrument',
      'play one bhajan on the harmonium for my nani',
      "I can pick out a couple of tunes on our old harmonium but I can't read the notation. Her birthday is in March and I'd like to play her favourite bhajan.",
      'en',
      ['I can already play a tune or two'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['inst-01-harmonium', 'inst-piece-source']);
    expect(en.keys).not.toContain('inst-tune-record');
    // A guitarist who knows a few songs, with no one piece in view, still records the tune first.
    const near = await tap(
      'instrument',
      'get better at guitar',
      'I can play a few songs by ear and want to get tidier.',
      'en',
      ['I can already play a tune or two'],
    );
    expect(near.keys).toContain('inst-tune-record');
  });

  it('gives a beginner at a drum kit a first drum lesson, not notes or chords', async () => {
    const ru = await tap(
      'instrument',
      'научиться играть на ударной установке',
      'Мне 25, никогда не играл, купил электронные барабаны. Хочу за год сыграть пару песен.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('inst-drum-first');
    expect(ru.keys).not.toContain('inst-05');
    const near = await tap(
      'instrument',
      'learn the guitar',
      "I've never played anything and just bought a guitar.",
      'en',
      ['Just starting'],
    );
    expect(near.keys).not.toContain('inst-drum-first');
  });

  it('reads «в жизни ни на чём не играла» as a beginner: no pieces from memory', async () => {
    const ru = await tap(
      'instrument',
      'научиться играть на флейте',
      'Мне 45, флейту подарили на юбилей, а я в жизни ни на чём не играл, даже нот не знаю.',
      'ru',
    );
    expect(ru.keys).not.toContain('inst-25');
    expect(ru.keys).not.toContain('inst-08');
    // Someone who played as a child is still coming back.
    const near = await tap(
      'instrument',
      'вернуться к флейте',
      'Играла на флейте в музыкальной школе, потом бросила, флейта лежит дома.',
      'ru',
    );
    // a returning wind player's comeback starts from long tones and a remembered scale.
    expect(near.keys).toContain('inst-wind-tone');
  });

  it('gives no first lesson on the first two chords to someone who already knows a few; a first-timer keeps it', async () => {
    const en = await tap(
      'instrument',
      'play a song on the ukulele at my dad’s birthday',
      'Never played music before. So far I know four chords but my changes are slow.',
      'en',
      ['Just starting', 'None'],
    );
    expect(en.keys).not.toContain('inst-05');
    expect(en.keys).toContain('inst-07-known');
    const ru = await tap(
      'instrument',
      'сыграть на гитаре песню на юбилей папы',
      'Раньше музыкой не занималась, пока знаю четыре аккорда, переставляю медленно.',
      'ru',
      ['Только начинаю', 'Ничего'],
    );
    expect(ru.keys).not.toContain('inst-05');
    const near = await tap(
      'instrument',
      'play a song on the ukulele at my dad’s birthday',
      'Never played music before, the ukulele arrived yesterday.',
      'en',
      ['Just starting', 'None'],
    );
    expect(near.keys).toContain('inst-05');
  });

  it('sends a wind player back after years to long tones and a scale, not a first lesson; a short childhood try keeps it', async () => {
    const en = await tap(
      'instrument',
      'get back into playing the clarinet',
      'I played clarinet all through school and college, then nothing for twenty years. Picked up an old one at a yard sale and I have forgotten everything.',
      'en',
      ['Coming back'],
    );
    expect(en.keys).toContain('inst-wind-tone');
    expect(en.keys).not.toContain('inst-forgot-lesson');
    expect(en.texts.join(' ')).not.toMatch(/first three notes/i);
    const ru = await tap(
      'instrument',
      'снова играть на трубе',
      'Восемь лет играл на трубе в школьном оркестре, потом бросил. Купил б/у трубу, всё забыл, звук ужасный.',
      'ru',
      ['Возвращаюсь'],
    );
    expect(ru.keys).toContain('inst-wind-tone');
    expect(ru.keys).not.toContain('inst-forgot-lesson');
    // Near miss: a pianist who learnt a little as a child and forgot it all still starts from a first lesson.
    const near = await tap(
      'instrument',
      'get back to the piano',
      'I had a few piano lessons as a kid and have forgotten everything.',
      'en',
      ['Coming back'],
    );
    expect(near.keys).toContain('inst-forgot-lesson');
    expect(near.keys).not.toContain('inst-wind-tone');
  });

  it('gives a folk wind beginner no tuner app or chords, and the breath before tunes; a guitar keeps its set-up', async () => {
    const ru = await tap(
      'instrument',
      'научиться играть на зурне',
      'Зурну привёз брат из Дагестана, я никогда ни на чём не играл, дыхания хватает на пару секунд.',
      'ru',
      ['Ничего из этого'],
    );
    expect(ru.keys).toContain('inst-01-folkwind');
    expect(ru.keys).toContain('inst-wind-breath');
    expect(ru.keys).not.toContain('inst-01');
    expect(ru.texts.join(' ')).not.toMatch(/по бесплатному приложению-тюнеру|два аккорда/i);
    const en = await tap(
      'instrument',
      'learn the duduk',
      'My uncle gave me his duduk. I have never played anything.',
      'en',
      ['None of these'],
    );
    expect(en.keys).toContain('inst-01-folkwind');
    expect(en.keys).toContain('inst-wind-breath');
    expect(en.texts.join(' ')).not.toMatch(/tuned with a free tuner app|two notes or chords/i);
    const near = await tap(
      'instrument',
      'learn the guitar',
      'Got a guitar for my birthday, never played anything.',
      'en',
      ['None of these'],
    );
    expect(near.keys).toContain('inst-01');
    expect(near.keys).not.toContain('inst-wind-breath');
  });

  it('takes a song already chosen for an occasion as the piece, not "a simple song you like"; no song named keeps it', async () => {
    const ru = await tap(
      'instrument',
      'сыграть на гитаре песню на юбилей папы',
      'Гитару купила месяц назад, музыкой не занималась, знаю три аккорда. Хочу сыграть его любимую песню.',
      'ru',
      ['Только начинаю', 'Ничего из этого'],
    );
    expect(ru.keys).toContain('inst-piece-source');
    expect(ru.keys).not.toContain('inst-09');
    const en = await tap(
      'instrument',
      'play ukulele at my brother’s wedding',
      'I have never played music. I want to play our childhood song for him, I know two chords so far.',
      'en',
      ['Just starting', 'None of these'],
    );
    expect(en.keys).toContain('inst-piece-source');
    expect(en.keys).not.toContain('inst-09');
    const near = await tap(
      'instrument',
      'научиться играть на укулеле',
      'Никогда не занималась музыкой, укулеле подарили.',
      'ru',
      ['Только начинаю', 'Ничего из этого'],
    );
    expect(near.keys).toContain('inst-09');
    expect(near.keys).not.toContain('inst-piece-source');
  });
});
