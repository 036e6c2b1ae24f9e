import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const some = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));

describe('the forty-fifth blind reads, fixed in general (helper fix46D)', () => {
  it('learns grafting from clean cuts, not tree surgery — a big old tree to cut back keeps the tree-work net', async () => {
    const en = await tap(
      'skill',
      'Graft our old apple trees onto new rootstock',
      'Grandad planted the orchard and the old apple trees are giving out. I tried a few grafts last spring but none took.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['skill-graft-cuts', 'skill-graft-knife', 'skill-graft-watch']);
    expect(some(en.keys, 'skill-treework')).toEqual([]);
    const ru = await tap(
      'skill',
      'Научиться прививать яблони',
      'На даче старые яблони, хочу привить черенки от соседской антоновки, в прошлом году привой засох.',
      'ru',
    );
    expect(ru.keys[0]).toBe('skill-graft-cuts');
    expect(some(ru.keys, 'skill-treework')).toEqual([]);
    // Cutting back a big old tree is still work at height.
    const near = await tap(
      'skill',
      'Cut back the big branches of our old oak',
      'The old oak hangs over the shed and I want to take off the big branches myself.',
    );
    expect(near.keys[0]).toBe('skill-treework-line');
    expect(some(near.keys, 'skill-graft')).toEqual([]);
  });

  it('a grandchild who goes along to translate is no grandchild to talk to; a patient keeps the doctor steps after "None of these"', async () => {
    const ru = await tap(
      'language',
      'Выучить испанский, чтобы ходить к врачу одной',
      'Мне 70, живём с мужем в Валенсии у сына. В поликлинику и в аптеке всегда переводит мне внучка, а я хочу сама.',
      'ru',
      ['Ничего из этого', 'Только начинаю'],
    );
    expect(some(ru.keys, 'lang-grand')).toEqual([]);
    expect(ru.keys[0]).toBe('lang-doc-card');
    const en = await tap(
      'language',
      'Enough Italian to see my doctor without my grandson',
      'We retired to Puglia and my grandson always has to come to the doctor with me to translate.',
      'en',
      ['None of these', 'Just starting'],
    );
    expect(some(en.keys, 'lang-grand')).toEqual([]);
    expect(en.keys).toContain('lang-doc-card');
    // A grandmother learning to talk with her grandchildren keeps their words.
    const near = await tap(
      'language',
      'Learn Spanish to talk with my grandchildren',
      'My son married in Madrid and the grandkids only speak Spanish; I want to chat with them on video calls.',
      'en',
      ['Just starting'],
    );
    expect(near.keys[0]).toBe('lang-grand-words');
  });

  it('a learner driver logging supervised hours in a family car: the hours plan, the clutch, few paid lessons — no booking yet', async () => {
    const en = await tap(
      'exam',
      'get my driving licence before I leave home',
      "I'm 16 and need 50 logbook hours; I've done 8. My dad takes me out driving on Sunday mornings in his old manual and I keep stalling at junctions.",
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['exam-drive-hours', 'exam-drive-clutch', 'exam-drive-family']);
    expect(en.keys).not.toContain('exam-book');
    expect(en.keys).not.toContain('exam-driving-lessons');
    const ru = await tap(
      'exam',
      'Сдать на права с первого раза',
      'Автошколу закончила, экзамен в июле. На механике постоянно глохну на подъёме, по выходным езжу с отцом на его машине, а на платные уроки денег мало.',
      'ru',
      ['Практический экзамен'],
    );
    expect(ru.keys).toContain('exam-drive-clutch');
    expect(ru.keys).toContain('exam-drive-fewlessons');
    expect(ru.keys).not.toContain('exam-driving-lessons');
    // A learner with an instructor only keeps the lessons step.
    const near = await tap(
      'exam',
      'Pass my driving test',
      'The test is in three months and I have weekly lessons with a driving school.',
    );
    expect(some(near.keys, 'exam-drive-')).toEqual([]);
  });

  it("a photo project of every building of a kind is a series, and a photographer gets no maker's drills", async () => {
    const en = await tap(
      'creative',
      'Photograph every old lighthouse on the coast',
      "I've had a DSLR for a year but mostly shoot on auto. I want to photograph all of them over the summer and make a small printed book for my dad.",
      'en',
      ['A photo series'],
    );
    expect(some(en.keys, 'cre-series').length).toBeGreaterThan(1);
    for (const key of ['cre-20', 'cre-22']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'creative',
      'Сфотографировать все деревянные церкви района',
      'Фотоаппарат купил весной, снимаю пока на автомате. Хочу снять каждую церковь и сделать книгу своих фотографий.',
      'ru',
      ['Фотосерия'],
    );
    expect(some(ru.keys, 'cre-series').length).toBeGreaterThan(1);
    // A single portrait shoot names no series.
    const near = await tap(
      'creative',
      'Take better photos of my kids',
      'I have a new camera and the photos come out blurry.',
    );
    expect(some(near.keys, 'cre-series')).toEqual([]);
  });

  it('colourwork knitting gets a two-colour swatch, not the first-day swatch; a plain jumper keeps it', async () => {
    const en = await tap(
      'creative',
      'Knit Fair Isle jumpers for the whole family',
      "I've knitted scarves and hats for years but never done colourwork. I want matching jumpers for Christmas photos.",
      'en',
      ['None of these'],
    );
    expect(en.keys).toContain('cre-colour-swatch');
    expect(en.keys).not.toContain('cre-knit-first');
    const ru = await tap(
      'creative',
      'Связать внуку свитер с норвежским узором',
      'Вяжу носки много лет, а жаккардом никогда не вязала. Хочу успеть к зиме.',
      'ru',
      ['Ничего из этого'],
    );
    expect(ru.keys).toContain('cre-colour-swatch');
    expect(ru.keys).not.toContain('cre-knit-first');
    const near = await tap('creative', 'Knit my first jumper', 'I have only ever knitted a scarf.', 'en', [
      'None of these',
    ]);
    expect(near.keys).not.toContain('cre-colour-swatch');
  });

  it('one named piece to play for someone is learnt itself, not a style and a second tune', async () => {
    const en = await tap(
      'instrument',
      'learn one hymn on the keyboard for mum',
      "I can play a couple of tunes by ear. Mum's 70th is in June and I want to play one hymn for her at church.",
      'en',
      ['I can already play a tune or two'],
    );
    expect(en.keys).toContain('inst-piece-source');
    expect(en.keys).toContain('inst-piece-line');
    for (const key of ['inst-tune-style', 'inst-tune-next', 'inst-tune-technique']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'instrument',
      'Выучить на гитаре одну песню для мамы',
      'Немного играю, знаю пару аккордов. Хочу сыграть маме на юбилей её любимую песню.',
      'ru',
    );
    expect(ru.keys).toContain('inst-piece-source');
    const near = await tap(
      'instrument',
      'Get better at the ukulele',
      'I can play a tune or two and want to learn more songs in a folk style.',
      'en',
      ['I can already play a tune or two'],
    );
    expect(near.keys).not.toContain('inst-piece-source');
  });

  it('a bayan or accordion in a flat gets its bellows made quiet, never a mute or headphones', async () => {
    const ru = await tap(
      'instrument',
      'Научиться играть на гармони',
      'Живу в квартире, соседи за стеной жалуются на шум.',
      'ru',
      ['Только начинаю', 'Заниматься, не мешая соседям'],
    );
    expect(ru.keys).toContain('inst-quiet-bellows');
    expect(ru.keys).not.toContain('inst-quiet-gear');
    const en = await tap('instrument', 'Learn the bayan', 'I live in a flat with thin walls.', 'en', [
      'Just starting',
      'Practising quietly',
    ]);
    expect(en.keys).toContain('inst-quiet-bellows');
    expect(en.keys).not.toContain('inst-quiet-gear');
    const near = await tap('instrument', 'Learn the violin', 'I live in a flat with thin walls.', 'en', [
      'Just starting',
      'Practising quietly',
    ]);
    expect(near.keys).not.toContain('inst-quiet-bellows');
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

  it("an elder's own stories are recorded and typed out as told; one's own stories are not", async () => {
    const en = await tap(
      'writing',
      "put grandad's stories into a book",
      "He's 90 and his memory is fading. He tells them in Welsh and I want to keep his words.",
    );
    expect(en.keys).toContain('write-elder-record');
    expect(en.keys).toContain('write-elder-type');
    expect(en.keys).not.toContain('write-ret-old');
    const ru = await tap(
      'writing',
      'Записать рассказы бабушки о войне',
      'Бабушке 92, память уходит. Хочу записать на диктофон бабушку и сделать книжку для семьи.',
      'ru',
    );
    expect(ru.keys).toContain('write-elder-record');
    const near = await tap(
      'writing',
      'Write down my own stories from forty years at sea',
      "I'm 68 and I want the grandkids to have them.",
    );
    expect(near.keys).not.toContain('write-elder-record');
  });
});
