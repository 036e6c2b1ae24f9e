import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);
const firstFive = firstFiveWith(coach);

const ELDER = ['cre-elder-watch', 'cre-elder-kit', 'cre-elder-first', 'cre-elder-plan'];
const LOST = ['trip-lost-police', 'trip-lost-consulate', 'trip-lost-cards', 'trip-lost-airline', 'trip-lost-cancel'];

describe('the thirty-second blind read, fixed in general (helper fix32h)', () => {
  it('leaves old fibro or asbestos-cement sheets alone until tested, and asks the council before a shed becomes a home', async () => {
    const en = await tap(
      'repair',
      'Turn the old garage into a granny flat for my dad',
      'The garage was built in the 70s and is lined with fibro sheets. We want a bedroom and a small shower room in there by spring.',
      'en',
      ['Repairs and DIY', 'Just starting'],
    );
    expect(en.keys.slice(0, 4)).toEqual(['fix-asb-test', 'fix-asb-remove', 'fix-conv-permit', 'fix-conv-survey']);
    expect(en.text).toContain('licensed');
    const ru = await tap(
      'repair',
      'Перекрыть крышу сарая, там старый шифер',
      'Шифер весь в трещинах, хочу снять и положить профнастил.',
      'ru',
      ['Ремонт и починка'],
    );
    expect(ru.keys[0]).toBe('fix-asb-test');
    expect(ru.keys).toContain('fix-asb-remove');
    expect(ru.text).toContain('асбест');
    // A felt shed roof names no old sheets and keeps its old path.
    const felt = await firstFive('repair', 'Re-felt the shed roof', 'The felt has torn and it drips onto the mower.');
    expect(felt.keys.some((key) => key.startsWith('fix-asb-'))).toBe(false);
    expect(felt.keys.some((key) => key.startsWith('fix-conv-'))).toBe(false);
  });

  it('walks a tent trek from camp to camp — route, registration, no campsite with showers or city evenings', async () => {
    const ru = await tap(
      'travel',
      'Сходить с дочкой в поход на Алтай',
      'Дочке 14, я в горах не была лет двадцать. Хотим дней на шесть с палаткой, боюсь, что там медведи и дожди.',
      'ru',
      ['Поход или кемпинг'],
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['trip-trek-route', 'trip-trek-register']));
    expect(ru.keys).not.toContain('camp-site');
    expect(ru.keys).not.toContain('trip-safe-evenings');
    const en = await tap(
      'travel',
      'First backpacking trip in the mountains with two friends',
      "Three nights carrying our tent on the trail. None of us has done it and I'm nervous about bears.",
      'en',
      ['Camping in a tent'],
    );
    expect(en.keys).toEqual(expect.arrayContaining(['trip-trek-route', 'trip-trek-register']));
    expect(en.keys).not.toContain('camp-site');
    expect(en.keys).not.toContain('trip-safe-evenings');
    // A family at a campsite by car keeps the campsite with showers.
    const site = await tap(
      'travel',
      'Take the kids to a campsite by the lake',
      "We'll go by car for the weekend and we've never camped.",
      'en',
      ['Camping in a tent'],
    );
    expect(site.keys).toContain('camp-site');
    expect(site.keys).not.toContain('trip-trek-route');
  });

  it('arranges dialysis at the destination first, and gives one insurance step, not two', async () => {
    const en = await tap(
      'travel',
      'Take my dad to Crete for his 70th',
      'He has haemodialysis three times a week at our local unit, and I have no idea how it works abroad.',
      'en',
      ['A trip abroad'],
    );
    expect(en.keys[0]).toBe('trip-treat-arrange');
    expect(en.keys).not.toContain('trip-insurance');
    expect(en.text).toContain('holiday coordinator');
    const ru = await firstFive(
      'travel',
      'Свозить маму на море в Турцию',
      'Маме 66, она на гемодиализе три раза в неделю, а без него нельзя и недели.',
      'ru',
    );
    expect(ru.keys).toContain('trip-treat-arrange');
    expect(ru.keys).not.toContain('trip-insurance');
    // A healthy traveller abroad keeps the ordinary insurance step.
    const plain = await tap(
      'travel',
      'A week in Crete in June',
      "We've booked the flights and the hotel already.",
      'en',
      ['A trip abroad'],
    );
    expect(plain.keys).not.toContain('trip-treat-arrange');
    expect(plain.keys).toContain('trip-insurance');
  });

  it('teaches a craft the way a grandparent does it — no tutorial, no 15-minute piece, no unfinished piece', async () => {
    const en = await tap(
      'creative',
      'Learn to make a straw Brigid cross with my grandma',
      "I'm 13 and she says she'll teach me before February, her fingers are stiff now.",
      'en',
      ['Creative project'],
    );
    expect(en.keys.slice(0, 4)).toEqual(ELDER);
    expect(en.keys).not.toContain('cre-15');
    expect(en.keys).not.toContain('cre-14');
    const ru = await tap(
      'creative',
      'Научиться плести корзины из лозы',
      'Дедушка всю жизнь плёл корзины и покажет мне, а к осени хочу сплести свою.',
      'ru',
      ['Творческий проект'],
    );
    // Fix round 40: a plaited craft (willow, flax, pandanus) has its own path, which starts with the one who teaches
    // it too and adds finding and preparing the material.
    expect(ru.keys[0]).toBe('cre-plait-teacher');
    expect(ru.keys).not.toContain('cre-16');
    // A craft with its own path keeps it, grandmother or not.
    const emb = await tap(
      'creative',
      'Вышить рушник',
      'Бабушка вышивала всю жизнь и показывает швы, а у меня стежки кривые.',
      'ru',
      ['Рукоделие'],
    );
    expect(emb.keys).toContain('cre-emb-kit');
    expect(emb.keys).not.toContain('cre-elder-watch');
  });

  it('turns song ideas into a recording and keeps clips in a folder of files, not photos', async () => {
    const en = await tap(
      'creative',
      'Record my first EP',
      'I have loads of song ideas on my phone as voice memos and have never recorded properly.',
      'en',
      ['Creative project'],
    );
    expect(en.keys).toEqual(expect.arrayContaining(['cre-songs-pick', 'cre-music-kit', 'cre-songs-import']));
    expect(en.keys).not.toContain('cre-kit');
    expect(en.keys).not.toContain('cre-03');
    expect(en.asked.every((question) => !(question.choices ?? []).includes('Better photos on a phone'))).toBe(true);
    const ru = await tap(
      'creative',
      'Записать свои песни',
      'Песни записаны на диктофон, хочу сделать из них мини-альбом.',
      'ru',
      ['Творческий проект'],
    );
    expect(ru.keys).toContain('cre-songs-pick');
    expect(ru.keys).not.toContain('cre-03');
    const clip = await tap(
      'creative',
      'Смонтировать ролик о нашем походе',
      'Снимала на телефон, монтировать не умею.',
      'ru',
      ['Видео'],
    );
    expect(clip.keys).not.toContain('cre-03');
    // A drawing project keeps the folder for photos of each piece.
    const draw = await firstFive('creative', 'Draw every day for a month', 'Pencil and a sketchbook, nothing fancy.');
    expect(draw.keys).not.toContain('cre-03-files');
    expect(draw.keys).not.toContain('cre-songs-pick');
  });

  it('empties a whole house by a date in full days, with a removal service — not a shelf a visit and a car', async () => {
    const ru = await tap(
      'home',
      'Освободить бабушкин дом в деревне',
      'Дом продали, к октябрю надо сдать пустым. Езжу на автобусе по воскресеньям, а мама просит сохранить бабушкины вещи.',
      'ru',
      ['Разбирать вещи родителей'],
    );
    expect(ru.keys.slice(0, 4)).toEqual(['home-house-plan', 'home-house-keep', 'home-house-out', 'home-house-give']);
    expect(ru.keys).not.toContain('home-parent-agree');
    expect(ru.keys).not.toContain('home-parent-out');
    const en = await tap(
      'home',
      "Clear out my parents' house before it's sold",
      "The sale completes in August and it has to be handed over empty. Dad wants to keep his records; I don't drive.",
      'en',
      ["Clearing a parent's things"],
    );
    expect(en.keys[0]).toBe('home-house-plan');
    expect(en.keys).not.toContain('home-parent-out');
    // Sorting one wardrobe with mum keeps the shelf-a-visit steps.
    const mum = await tap(
      'home',
      "Sort out mum's wardrobe with her",
      "She's 84 and won't let anything go unless she decides.",
      'en',
      ["Clearing a parent's things"],
    );
    expect(mum.keys).toContain('home-parent-agree');
    expect(mum.keys).not.toContain('home-house-plan');
  });

  it('plans a drive done in one day without overnight stops; a long road trip keeps them', async () => {
    const en = await tap(
      'travel',
      'Drive to my sister in Cornwall for Christmas',
      "It's a 6-hour drive with the two little ones.",
      'en',
      ['A road trip by car'],
    );
    expect(en.keys).toContain('road-day-plan');
    expect(en.keys).not.toContain('road-nights');
    expect(en.keys).not.toContain('road-route');
    const ru = await tap(
      'travel',
      'Съездить к родителям в Казань на машине',
      'Около шести часов езды, едем одним днём.',
      'ru',
      ['Путешествие на машине'],
    );
    expect(ru.keys).toContain('road-day-plan');
    expect(ru.keys).not.toContain('road-nights');
    const long = await tap(
      'travel',
      'Road trip along the coast of Norway',
      'Two weeks in our own car, we want to see the fjords.',
      'en',
      ['A road trip by car'],
    );
    expect(long.keys).toContain('road-nights');
    expect(long.keys).not.toContain('road-day-plan');
  });

  it('sorts out a passport stolen abroad — police, consulate, cards, airline — instead of planning a trip', async () => {
    const en = await firstFive(
      'travel',
      'Get home after my passport was stolen in Rome',
      'My bag was taken on the metro and I fly back on Sunday.',
    );
    expect(en.keys).toEqual(LOST);
    const ru = await firstFive(
      'travel',
      'Вернуться домой из Стамбула',
      'Вчера украли паспорт вместе с кошельком, вылет через четыре дня.',
      'ru',
    );
    expect(ru.keys).toEqual(LOST);
    // A passport still to renew before a trip keeps the renewal step.
    const renew = await firstFive('travel', 'Trip to Japan next spring', 'I need to renew my passport first.');
    expect(renew.keys).toContain('trip-passport-renew');
    expect(renew.keys).not.toContain('trip-lost-police');
  });
});
