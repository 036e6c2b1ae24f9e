import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const withPrefix = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));

describe('the thirty-fourth blind read, fixed in general (helper fix34f)', () => {
  it('gives grandparents raising a grandchild at home the words, the contact and the week — no parents to ask for days', async () => {
    const en = await tap(
      'family',
      'Help my granddaughter settle in with us',
      "She's 9 and has been living with us since her dad went to prison in March. My husband and I are both 66; she cries at night and asks when he's coming home.",
      'en',
      ['Time with the grandchildren'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['fam-gcare-words', 'fam-gcare-contact']);
    for (const key of ['fam-grand-parents', 'fam-grand-regular']) expect(en.keys).not.toContain(key);
    expect(withPrefix(en.keys, 'fam-stay-')).toEqual([]);
    const ru = await tap(
      'family',
      'Стать опорой для внука',
      'Дочь проходит лечение в реабилитационном центре, внук (ему 8) теперь живёт у нас с дедом. Грубит, не садится за уроки и всё спрашивает, когда мама его заберёт.',
      'ru',
      ['Время с внуками'],
    );
    expect(ru.keys[0]).toBe('fam-gcare-words');
    expect(ru.keys).toContain('fam-gcare-routine');
    expect(withPrefix(ru.keys, 'fam-stay-')).toEqual([]);
    expect(ru.keys).not.toContain('fam-grand-parents');
    // Grandchildren staying for the summer keep the summer steps.
    const summer = await tap(
      'family',
      'Чем занять внуков летом',
      'Дочь привезёт двоих внуков к нам на дачу на всё лето, им 8 и 11.',
      'ru',
      ['Время с внуками'],
    );
    expect(summer.keys).toContain('fam-gstay-list');
    expect(withPrefix(summer.keys, 'fam-gcare-')).toEqual([]);
    // A grandson who lives with his parents keeps the visiting grandparent's steps.
    const near = await tap(
      'family',
      'See my grandson more',
      'He lives with my son across town and I would like a regular afternoon with him.',
      'en',
      ['Time with the grandchildren'],
    );
    expect(near.keys[0]).toBe('fam-grand-parents');
    expect(withPrefix(near.keys, 'fam-gcare-')).toEqual([]);
  });

  it('gives a parent whose child grew up with the grandmother steps for the child — not calls to the grandmother', async () => {
    const en = await tap(
      'family',
      'Bond with my son now he lives with me',
      "He's 6. He was raised by my parents in the village while I worked on the mines, and this year I brought him to live with me in town. He misses his grandma and hardly talks to me.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['fam-back-gran', 'fam-back-ways']);
    for (const key of ['fam-01', 'fam-02', 'fam-21', 'fam-05', 'fam-24']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'family',
      'Сблизиться с дочкой',
      'Дочке 7, она росла у бабушки в деревне, пока я работала в Москве. Теперь я забрала её к себе, а она называет меня по имени и просится обратно.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-back-gran');
    expect(ru.keys).toContain('fam-back-pace');
    for (const key of ['fam-01', 'fam-02', 'fam-05']) expect(ru.keys).not.toContain(key);
    // A child still living with the grandmother while the parent works away keeps the far-away steps.
    const near = await tap(
      'family',
      'Be closer to my daughter',
      'She lives with my mum in our village while I work in the city; I only get home once a year.',
      'en',
    );
    expect(near.keys[0]).toBe('fam-away-slot');
    expect(withPrefix(near.keys, 'fam-back-')).toEqual([]);
  });

  it("gives a mother-in-law sharing her home with her son's wife her own side — not the daughter-in-law's in-law steps", async () => {
    const ru = await tap(
      'family',
      'Поладить с невесткой',
      'Сын с женой живут у нас третий месяц. Я недавно стала свекровью, всё время её поправляю, а она замыкается.',
      'ru',
      ['Отношения с зятем или невесткой'],
    );
    // fix42C, blind read 42b: under one roof the own child is not asked about get-togethers first (it puts them in the
    // middle); the calm talk with the in-law directly leads.
    expect(ru.keys.slice(0, 2)).toEqual(['fam-cilh-talk', 'fam-cilh-rules']);
    expect(withPrefix(ru.keys, 'fam-inlaw-')).toEqual([]);
    expect(withPrefix(ru.keys, 'fam-stay-')).toEqual([]);
    expect(ru.keys).not.toContain('fam-cil-lighter');
    const en = await tap(
      'family',
      'Be a better mother-in-law',
      "My son's wife moved in with us after the wedding. She agrees to everything I say and then goes quiet for days.",
      'en',
      ['My son- or daughter-in-law'],
    );
    expect(en.keys).toContain('fam-cilh-talk');
    expect(withPrefix(en.keys, 'fam-inlaw-')).toEqual([]);
    expect(en.keys).not.toContain('fam-cil-direct');
    // A young wife living with her husband's parents keeps the in-law steps.
    const near = await tap(
      'family',
      'Get on with my mother-in-law',
      "We live with my husband's parents and she criticises my cooking.",
      'en',
      ['Getting on with the in-laws'],
    );
    expect(withPrefix(near.keys, 'fam-inlaw-').length).toBeGreaterThan(0);
    expect(withPrefix(near.keys, 'fam-cilh-')).toEqual([]);
  });

  it('helps someone whose friends went with the ex — not "tell colleagues about weekends with your old crowd"', async () => {
    const en = await tap(
      'social',
      'Build a social life after my divorce',
      'For ten years we only saw couples we knew through my ex-husband, and since the divorce nobody calls. I work in a bank and my son is away at uni.',
      'en',
      ['Just starting'],
    );
    expect(en.keys[0]).toBe('soc-split-one');
    expect(en.keys).not.toContain('soc-new-work');
    const ru = await tap(
      'social',
      'Найти новых подруг',
      'Развелась год назад, общие друзья остались на его стороне, и по выходным мне не с кем даже погулять.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['soc-split-one', 'soc-split-before']);
    expect(ru.keys).not.toContain('soc-new-work');
    // Someone who moved away from their crowd keeps the new-in-town steps.
    const near = await tap(
      'social',
      'Найти друзей в Казани',
      'Переехала по работе, в Омске была своя компания, а здесь никого.',
      'ru',
      ['Только начинаю'],
    );
    expect(near.keys).toContain('soc-new-work');
    expect(withPrefix(near.keys, 'soc-split-')).toEqual([]);
  });

  it('finds partners for chess or backgammon where people play — no small talk with a barista', async () => {
    const ru = await tap(
      'social',
      'Играть в шахматы с людьми',
      'Мне 70, овдовел, хочу найти, с кем играть в шахматы в парке по утрам.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['soc-board-where', 'soc-board-winner']);
    for (const key of ['soc-05', 'soc-07', 'soc-10', 'soc-older-centre']) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'social',
      'Find backgammon partners',
      "I'm retired and want to play backgammon with people in the square most afternoons.",
      'en',
      ['Just starting'],
    );
    expect(en.keys[0]).toBe('soc-board-where');
    expect(en.keys).not.toContain('soc-05');
    // An older person with no game named keeps the place for their age.
    const near = await tap('social', 'Make friends in retirement', "I'm 72 and lonely since my wife died.", 'en', [
      'Just starting',
    ]);
    expect(near.keys[0]).toBe('soc-older-centre');
    expect(withPrefix(near.keys, 'soc-board-')).toEqual([]);
  });

  it('gives the parent asked to sign a travel consent the lawyer first — not the steps of the parent who asks', async () => {
    const ru = await tap(
      'recovery',
      'Отпускать ли сына с матерью за границу',
      'Бывшая жена хочет увезти сына на каникулы к своим родителям в Турцию и просит подписать согласие на выезд. Мне страшно: вдруг она оставит его там.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['rec-01', 'rec-ask-legal', 'rec-ask-hold']);
    for (const prefix of ['rec-trip-', 'rec-move-', 'rec-hol-', 'rec-kept-'])
      expect(withPrefix(ru.keys, prefix)).toEqual([]);
    const en = await tap(
      'recovery',
      "Decide about my daughter's trip to Morocco",
      "Her dad wants to take her to his family for the whole summer and wants me to sign a consent letter. I'm afraid he won't bring her back — his family keeps saying she belongs there.",
      'en',
    );
    expect(en.keys[1]).toBe('rec-ask-legal');
    expect(withPrefix(en.keys, 'rec-trip-')).toEqual([]);
    expect(withPrefix(en.keys, 'rec-kept-')).toEqual([]);
    // The parent who asks for consent keeps the trip steps.
    const asker = await tap(
      'recovery',
      'Take my son to Spain in August',
      "His mum won't sign the consent letter.",
      'en',
      ['Consent for a holiday with my child'],
    );
    expect(asker.keys).toContain('rec-trip-details');
    expect(withPrefix(asker.keys, 'rec-ask-')).toEqual([]);
    // A child already kept past the return day is the urgent case, even when the fear was named too.
    const kept = await tap(
      'recovery',
      'Get my daughter back from Morocco',
      "Her dad took her for the summer and she was due back on 1 September; he didn't bring her back and says she's staying. I was always afraid he won't bring her back.",
      'en',
    );
    expect(kept.keys).toContain('rec-kept-urgent');
    expect(withPrefix(kept.keys, 'rec-ask-')).toEqual([]);
  });
});
