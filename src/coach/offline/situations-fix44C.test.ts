import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const some = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));

describe('the forty-fourth blind read, fixed in general (helper fix44C)', () => {
  it('shares the house with a parent-in-law who has moved in for good — no guests’ stay planned “before it starts”', async () => {
    const en = await tap(
      'family',
      "Get on with my mother-in-law now she's living with us",
      "My husband's mum moved in after her fall in March. She reorganises my kitchen and comments on what I feed the kids, and my husband just says 'let it go'.",
      'en',
      ['Getting on with the in-laws'],
    );
    expect(en.keys).toContain('fam-in-roles');
    expect(some(en.keys, 'fam-stay')).toEqual([]);
    expect(en.keys).not.toContain('fam-inlaw-learn');
    const ru = await tap(
      'family',
      'Ужиться со свекровью',
      'Свекровь переехала к нам насовсем после инсульта. Переставляет всё на кухне и учит, как кормить детей.',
      'ru',
      ['Отношения с роднёй мужа или жены'],
    );
    expect(ru.keys).toContain('fam-in-roles');
    expect(some(ru.keys, 'fam-stay')).toEqual([]);
    // In-laws coming for the summer are still guests whose stay is planned.
    const near = await tap(
      'family',
      'Survive my in-laws staying with us for six weeks',
      'They arrive in July and stay for the whole summer.',
      'en',
      ['Getting on with the in-laws'],
    );
    expect(near.keys).toContain('fam-stay-plan');
    expect(near.keys).not.toContain('fam-in-roles');
  });

  it('plans the weeks at home between swings, not calls and letters for the weeks away', async () => {
    const en = await tap(
      'family',
      'Actually be there for the kids on my weeks home',
      "I work FIFO, 2 weeks on 1 off, my wife and our two boys are in Geraldton. When I'm home I'm knackered and end up on the couch or fixing stuff around the house.",
    );
    expect(en.keys[0]).toBe('fam-break-land');
    expect(en.keys).toContain('fam-break-picks');
    expect(some(en.keys, 'fam-away')).toEqual([]);
    const ru = await tap(
      'family',
      'Быть с детьми по-настоящему, когда я дома между вахтами',
      'Работаю вахтой месяц через месяц, дома жена и две дочки. На межвахте сплю или вожусь в гараже.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-break-land');
    expect(some(ru.keys, 'fam-away')).toEqual([]);
    // A family at home while a parent is deployed keeps the steps for the time apart.
    const near = await tap(
      'family',
      'Keep the kids close to their dad while he is deployed',
      'He is on deployment for seven months and the kids are 5 and 8.',
    );
    expect(near.keys).toContain('fam-away-calls');
    expect(some(near.keys, 'fam-break')).toEqual([]);
  });

  it('gets a couple with children out once a month — a day out with no sitter and a standing date — not a gift or a chore', async () => {
    const ru = await tap(
      'family',
      'Хоть раз в месяц выбираться куда-то вдвоём с мужем',
      'Казань, трое детей, бабушки далеко, последний раз в кино вдвоём ходили два года назад.',
      'ru',
      ['Время вдвоём, свидания'],
    );
    expect(ru.keys).toContain('fam-couple-monthly');
    expect(ru.keys).toContain('fam-couple-day');
    expect(ru.keys).not.toContain('fam-05');
    expect(ru.keys).not.toContain('fam-29');
    const en = await tap(
      'family',
      'Go out with my wife at least once a month',
      'Two kids under six, no babysitter nearby, we only talk about the kids.',
      'en',
      ['Time as a couple'],
    );
    expect(en.keys).toContain('fam-couple-monthly');
    expect(en.keys).not.toContain('fam-05');
    // A goal about calling a parent gets no couple steps.
    const near = await tap('family', 'Call my mum more often', "I haven't called her in a month.");
    expect(some(near.keys, 'fam-couple')).toEqual([]);
  });

  it('plans something for the anniversary when the family want different things — each asked, an idea about them, no photo', async () => {
    const en = await tap(
      'grief',
      "Plan something small for my brother's first anniversary",
      "Mum wants a mass, Dad doesn't want anything, and I want something that's actually about him — he loved fishing off the rocks. I don't know how to bring it up without starting a fight.",
      'en',
      ['An anniversary or a hard date'],
    );
    expect(en.keys.slice(0, 3).sort()).toEqual(['grief-mark-ask', 'grief-mark-idea', 'grief-mark-offer']);
    expect(en.keys).not.toContain('grief-anniv-photo');
    const ru = await tap(
      'grief',
      'Как отметить годовщину смерти папы',
      'Мама хочет панихиду, брат не хочет ничего, а я хочу съездить на его любимое озеро. Боюсь, что начнётся ссора.',
      'ru',
      ['Годовщина или тяжёлая дата'],
    );
    expect(ru.keys).toContain('grief-mark-ask');
    expect(ru.keys).toContain('grief-mark-idea');
    // Getting through the date, with nothing to plan and no family at odds, keeps the day's own steps.
    const near = await tap(
      'grief',
      "Get through the first anniversary of Dad's death",
      "It's next month and I'm dreading it.",
      'en',
      ['An anniversary or a hard date'],
    );
    expect(near.keys[0]).toBe('grief-anniv-day');
    expect(some(near.keys, 'grief-mark')).toEqual([]);
  });

  it('writes the check-in as an action in itself, with the command as an optional way through it', async () => {
    const en = await tap(
      'grief',
      'Get through the first Christmas without Marjorie',
      'My wife died in October after 51 years. The kids want me to come for Christmas.',
      'en',
      ['An anniversary or a hard date'],
    );
    const checkin = en.texts[en.keys.indexOf('grief-03')]!;
    expect(checkin).toMatch(/number from 1 to 10/);
    expect(checkin).toContain('/exercise emotional_checkin');
    expect(checkin).not.toMatch(/check-in: \/exercise/);
    const ru = await tap('grief', 'Пережить смерть бабушки', 'Она умерла месяц назад, всё время плачу.', 'ru');
    const ruCheckin = ru.texts[ru.keys.indexOf('grief-03')]!;
    expect(ruCheckin).toMatch(/числом от 1 до 10/);
    expect(ruCheckin).toContain('/exercise emotional_checkin');
    expect(ruCheckin).not.toMatch(/состоянию: \/exercise/);
  });

  it('finds a choir to sing in — no seniors’ centre, children’s groups or conversation drills', async () => {
    const ru = await tap(
      'social',
      'Найти хор или кружок, где можно петь и общаться',
      'Мне 67, живу в Таллине. Раньше пела в хоре при доме культуры, но он закрылся. Эстонский у меня слабый, поэтому лучше бы русскоязычное что-то.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-sing-find');
    expect(ru.keys).not.toContain('soc-tongue-find');
    expect(ru.keys).not.toContain('soc-older-centre');
    expect(ru.keys).not.toContain('soc-07');
    const en = await tap(
      'social',
      'Join a community choir',
      "I'm retired and my evenings are empty. I sang at school and would love to sing with other people again.",
    );
    expect(en.keys[0]).toBe('soc-sing-find');
    expect(en.keys).not.toContain('soc-07');
    // Friends wanted with no singing named: no choir steps.
    const near = await tap(
      'social',
      'Make friends in my new town',
      'I moved here for work three months ago and know nobody.',
    );
    expect(some(near.keys, 'soc-sing')).toEqual([]);
  });

  it('finds a board game group around a work rotation, not "a club, a class" and open questions', async () => {
    const en = await tap(
      'social',
      'Find a regular board game group',
      'I work two weeks on, two weeks off up north, so every club I try I miss half of it. I love heavy board games.',
    );
    expect(en.keys.slice(0, 2)).toEqual(['soc-table-find', 'soc-table-rota']);
    expect(en.keys).not.toContain('soc-03');
    expect(en.keys).not.toContain('soc-07');
    const ru = await tap(
      'social',
      'Найти компанию для настольных игр',
      'Работаю вахтой месяц через месяц, поэтому в клубы хожу урывками. Люблю сложные настолки.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['soc-table-find', 'soc-table-rota']);
    // Chess in the park keeps the public table game's steps, and a games night without a rotation has no rota step.
    const chess = await tap('social', 'Find people to play chess with in the park', 'I am retired and play most days.');
    expect(chess.keys[0]).toBe('soc-board-where');
    expect(some(chess.keys, 'soc-table')).toEqual([]);
    const near = await tap('social', 'Find a board game night in my town', 'I just moved and love Catan.');
    expect(near.keys[0]).toBe('soc-table-find');
    expect(near.keys).not.toContain('soc-table-rota');
  });

  it('asks a dominoes player to bring a set, not a board', async () => {
    const en = await tap(
      'social',
      'Make friends back home after 30 years away',
      "I'm 63 and moved back last year. I'm a decent dominoes player.",
    );
    const own = en.texts[en.keys.indexOf('soc-board-own')]!;
    expect(own).toMatch(/dominoes/);
    expect(own).not.toMatch(/^Bring your own board/);
  });

  it('does not send a hobby group’s newcomer to "one event" again after the follow-up', async () => {
    const ru = await tap(
      'social',
      'Найти друзей в Кызыле',
      'Мне 20, живу в общежитии. Люблю ходить в горы, а тут не с кем.',
      'ru',
      ['Компания для хобби'],
    );
    expect(ru.keys).toContain('soc-hobby-again');
    expect(ru.keys).not.toContain('soc-08');
    const en = await tap(
      'social',
      'Find people to go hiking with',
      'All my friends have moved away and I hike alone.',
      'en',
      ['People to share a hobby'],
    );
    expect(en.keys).not.toContain('soc-08');
    // Without a hobby group the event step stays.
    const near = await tap(
      'social',
      'Make friends in a new city',
      'I moved here for work and feel lonely at weekends.',
    );
    expect(near.keys).toContain('soc-08');
  });

  it('sorts a porch or mudroom for a family’s coats, boots and gear — not a walk through every room', async () => {
    const en = await tap(
      'home',
      'Get the porch and mudroom under control before winter',
      'Family of five in Iqaluit, boots and parkas and hunting gear everywhere.',
    );
    expect(en.keys[0]).toBe('home-entry-season');
    expect(en.keys).toContain('home-entry-gear');
    expect(en.keys).not.toContain('home-12');
    expect(en.keys).not.toContain('home-13');
    const ru = await tap(
      'home',
      'Навести порядок в прихожей',
      'Нас шестеро, обувь и куртки везде, зимой всё мокрое.',
      'ru',
      ['Разобрать одну комнату'],
    );
    expect(ru.keys[0]).toBe('home-entry-season');
    // A wardrobe keeps the one-space steps.
    const near = await tap('home', 'Sort out my wardrobe', 'Too many clothes I never wear.', 'en', [
      'Sorting one room, cupboard or balcony',
    ]);
    expect(some(near.keys, 'home-entry')).toEqual([]);
  });
});
