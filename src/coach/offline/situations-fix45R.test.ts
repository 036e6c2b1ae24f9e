import { describe, expect, it } from 'vitest';
import { tapThrough, talkWith, tapping } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);
const placed = talkWith(coach);

const some = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));

describe('the forty-fifth blind read, fixed in general (helper fix45R)', () => {
  it('teaches a grandparent the grandchildren’s words, not the daycare notes and the parents’ chat', async () => {
    const ru = await tap(
      'language',
      'выучить казахский, чтобы понимать внуков',
      'Мне 70, всю жизнь прожила в Усть-Каменогорске. Внуки в садике и дома всё больше говорят по-казахски, а я знаю только «рахмет». Хочу понимать и отвечать им.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys[0]).toBe('lang-grand-words');
    expect(some(ru.keys, 'lang-care')).toEqual([]);
    expect(ru.keys).not.toContain('lang-03');
    const en = await tap(
      'language',
      'Learn Spanish so I can talk to my grandkids',
      "My son married a woman from Bogotá and the grandchildren speak Spanish at nursery and at home. I'm 68 and only know hola.",
      'en',
      ['Just starting'],
    );
    expect(en.keys[0]).toBe('lang-grand-words');
    expect(some(en.keys, 'lang-care')).toEqual([]);
    // A parent whose own child is at a kindergarten in the language keeps the notes and the chat.
    const near = await tap(
      'language',
      'Выучить финский',
      'Дочка ходит в садик в Тампере, не понимаю записки воспитателя и родительский чат.',
      'ru',
      ['Только начинаю'],
    );
    expect(near.keys).toContain('lang-care-words');
    expect(some(near.keys, 'lang-grand')).toEqual([]);
  });

  it('claims a pepeha goal for language and starts from the pieces nan and the whānau give', async () => {
    const en = await placed(
      null,
      'enough te reo to do my pepeha properly for nan',
      "I'm 24, Māori on my mum's side but grew up in Perth and never learned te reo. I want to say my pepeha at the marae for her 80th in November.",
      'en',
      tapping(['Just starting']),
    );
    expect(en.keys[0]).toBe('lang-pepeha-whanau');
    expect(en.keys).toContain('lang-speech-text');
    expect(some(en.keys, 'gen-')).toEqual([]);
    const other = await placed(
      null,
      'Learn my pepeha for my graduation',
      'I want to stand up and say it in front of my whānau at the ceremony next month.',
      'en',
      tapping(['Just starting']),
    );
    expect(other.keys[0]).toBe('lang-pepeha-whanau');
    // A wedding speech in a language keeps the set-text steps, with no pepeha step.
    const near = await tap(
      'language',
      'Give a toast in Italian at my brother’s wedding',
      "His bride is from Naples; I've never studied Italian and the wedding is in June.",
      'en',
      ['Just starting'],
    );
    expect(near.keys[0]).toBe('lang-speech-text');
    expect(near.keys).not.toContain('lang-pepeha-whanau');
  });

  it('gives a patient the words of their own appointments and an interpreter, not a level test or native films', async () => {
    const ru = await tap(
      'language',
      'иврит хотя бы чтобы объясниться с врачами',
      'Мне 61, репатриировалась полгода назад. В ульпан хожу, но не успеваю. У меня диабет, по врачам хожу часто и теряюсь.',
      'ru',
      ['Изучение языка', 'Уже занимаюсь'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['lang-doc-card', 'lang-doc-interp']);
    expect(ru.keys).not.toContain('lang-15');
    expect(ru.keys).not.toContain('lang-19');
    const en = await tap(
      'language',
      'Enough German to talk to my doctor',
      'We moved to Leipzig last year. I have a heart condition and see a cardiologist every month; I never know how to explain where it hurts.',
      'en',
      ['Already doing it'],
    );
    expect(en.keys[0]).toBe('lang-doc-card');
    expect(en.keys).toContain('lang-doc-interp');
    // A nurse learning the language for her patients keeps her work's phrases.
    const near = await tap(
      'language',
      'Learn Tamil for my patients',
      'I am a nurse on a ward in Chennai and many of my patients only speak Tamil.',
      'en',
      ['Just starting', 'Talking with patients'],
    );
    expect(near.keys).toContain('lang-job-phrases');
    expect(some(near.keys, 'lang-doc')).toEqual([]);
  });

  it('develops film at home with the chemicals made safe first — no meter app, exposure roll or lab', async () => {
    const ru = await tap(
      'creative',
      'проявлять плёнку самой и сделать зин',
      'Снимаю на старый Зенит, но проявляю в лаборатории, а это дорого. Хочу научиться проявлять ч/б дома. Ванная без окна, с химией страшно.',
      'ru',
      ['Творческий проект', 'Плёночная фотография'],
    );
    expect(ru.keys[0]).toBe('cre-dev-safe');
    expect(some(ru.keys, 'cre-film')).toEqual([]);
    const en = await tap(
      'creative',
      'Develop my own black and white film',
      'I shoot a Pentax K1000 and the lab is getting expensive. I have a small flat and no darkroom.',
      'en',
      ['Film photography'],
    );
    expect(en.keys[0]).toBe('cre-dev-safe');
    expect(en.keys).toContain('cre-dev-load');
    expect(some(en.keys, 'cre-film')).toEqual([]);
    // Frames coming out overexposed, with the lab developing them, keep the exposure steps.
    const near = await tap(
      'creative',
      'Stop overexposing my film photos',
      'Half my frames from the Zenit come back from the lab washed out.',
      'en',
      ['Film photography'],
    );
    expect(near.keys[0]).toBe('cre-film-meter');
    expect(some(near.keys, 'cre-dev')).toEqual([]);
  });

  it('crochets a dress from measurements and a pattern in the size — no amigurumi ring or toy pattern', async () => {
    const ru = await tap(
      'creative',
      'связать внучке платье крючком к выпускному в садике',
      'Носки и шапки вяжу всю жизнь, а платье крючком ни разу не делала. Внучка выпускается в конце мая.',
      'ru',
      ['Вязание крючком'],
    );
    expect(ru.keys[0]).toBe('cre-hookg-measure');
    expect(ru.keys).not.toContain('cre-hook-ring');
    expect(ru.keys).not.toContain('cre-hook-find');
    const en = await tap(
      'creative',
      'Crochet a summer dress for my daughter',
      "I've only ever knitted scarves. She's six and I'd like it ready for her birthday in July.",
      'en',
      ['Learning to crochet'],
    );
    expect(en.keys[0]).toBe('cre-hookg-measure');
    expect(en.keys).not.toContain('cre-hook-ring');
    // A crocheted toy keeps the ring and the toy pattern.
    const near = await tap('creative', 'Crochet an amigurumi bunny', 'For my niece, I have never crocheted.', 'en', [
      'Learning to crochet',
    ]);
    expect(near.keys).toContain('cre-hook-ring');
    expect(some(near.keys, 'cre-hookg')).toEqual([]);
  });

  it('skips the scrap sort and first cut for squares half cut, and takes apart a loved one’s shirts first', async () => {
    const half = await tap(
      'creative',
      "Quilt for my granddaughter's first birthday",
      "I've made a few cushion covers but never a full quilt, and I've already cut about half the squares.",
      'en',
      ['Creative project'],
    );
    expect(half.keys).toContain('cre-patch-cutrest');
    expect(half.keys).not.toContain('cre-patch-sort');
    expect(half.keys).not.toContain('cre-patch-cut');
    const halfRu = await tap(
      'creative',
      'Сшить лоскутное одеяло внуку',
      'Ткани выбрала, уже нарезала половину квадратов, дальше не знаю, как собрать.',
      'ru',
    );
    expect(halfRu.keys).toContain('cre-patch-cutrest');
    expect(halfRu.keys).not.toContain('cre-patch-sort');
    const shirts = await tap(
      'creative',
      "Quilt out of dad's old work shirts",
      'Dad passed last winter and I kept about twenty of his flannel work shirts. I have done some patchwork before.',
    );
    expect(shirts.keys[0]).toBe('cre-patch-clothes');
    expect(shirts.keys).not.toContain('cre-patch-sort');
    expect(shirts.texts.join(' ')).not.toMatch(/child's quilt/);
    const shirtsRu = await tap(
      'creative',
      'Лоскутное одеяло из папиных рубашек',
      'Папы нет уже год, рубашки храню.',
      'ru',
    );
    expect(shirtsRu.keys[0]).toBe('cre-patch-clothes');
    // A quilt from a bag of scraps still starts with the sort.
    const near = await tap('creative', 'Сшить лоскутное одеяло', 'Есть два мешка лоскутов и старая «Чайка».', 'ru', [
      'Только начинаю',
      'Творческий проект',
    ]);
    expect(near.keys[0]).toBe('cre-patch-sort');
    expect(near.keys).not.toContain('cre-patch-clothes');
    expect(near.keys).not.toContain('cre-patch-cutrest');
  });

  it('checks a stored bayan’s bellows and buttons — no strings or bow, no second key check', async () => {
    const ru = await tap(
      'instrument',
      'сыграть на отцовском баяне к 9 мая',
      'От отца остался баян, много лет пролежал в чулане. Хочу научиться пару песен сыграть. Нот не знаю.',
      'ru',
      ['Инструмент', 'Инструмент годами лежал без дела'],
    );
    expect(ru.keys[0]).toBe('inst-stored-bellows');
    expect(ru.keys).not.toContain('inst-stored-check');
    expect(ru.keys).not.toContain('inst-01-bellows');
    expect(ru.texts[0]).not.toMatch(/струн|смычок/);
    const en = await tap(
      'instrument',
      "Play my grandad's accordion again",
      "It's been in the attic for thirty years. I had a few lessons as a boy.",
      'en',
      ['An instrument unplayed for years'],
    );
    expect(en.keys[0]).toBe('inst-stored-bellows');
    expect(en.texts[0]).not.toMatch(/strings|bow/);
    // A stored fiddle keeps the strings-and-bow check.
    const near = await tap(
      'instrument',
      'Start playing my violin again',
      'It has been in the loft for years and the bow needs rehairing.',
      'en',
      ['An instrument unplayed for years'],
    );
    expect(near.keys[0]).toBe('inst-stored-check');
    expect(near.keys).not.toContain('inst-stored-bellows');
  });

  it('quietens a harmonium with its stops and bellows — no mute or headphones', async () => {
    const en = await tap(
      'instrument',
      'learn harmonium so I can join Sunday kirtan',
      "I can't read music. I have the harmonium my dad gave me, but my apartment has really thin walls.",
      'en',
      ['Instrument', 'Practising quietly for the neighbours'],
    );
    expect(en.keys[0]).toBe('inst-quiet-harmonium');
    expect(en.keys).not.toContain('inst-quiet-gear');
    const ru = await tap(
      'instrument',
      'Научиться играть на фисгармонии',
      'Живу в панельке, стены тонкие, соседи жалуются на шум.',
      'ru',
      ['Заниматься, не мешая соседям'],
    );
    expect(ru.keys[0]).toBe('inst-quiet-harmonium');
    expect(ru.keys).not.toContain('inst-quiet-gear');
    // A violin in a flat keeps the practice mute.
    const near = await tap('instrument', 'Learn the violin', 'I live in an apartment with thin walls.', 'en', [
      'Practising quietly for the neighbours',
    ]);
    // fix52G: a violin now gets the one heavy practice mute instead of a list of options.
    expect(near.keys).toContain('inst-quiet-mute');
    expect(near.keys).not.toContain('inst-quiet-harmonium');
  });
});
