import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the forty-fifth blind read, fixed in general (helper fix46B)', () => {
  it("reads a partner who moved in with the person's child as the parent in the middle, not a guests' stay", async () => {
    const en = await tap(
      'family',
      'Get my 12-year-old daughter and my boyfriend to get on',
      "Mark moved in with us in March. She won't sit at the table with him and he takes it personally. I want it calmer before the school holidays.",
      'en',
      ['My partner and my child'],
    );
    expect(en.keys).toEqual(['fam-pc-pace', 'fam-pc-listen', 'fam-pc-interest', 'fam-pc-alongside', 'fam-pc-own-time']);
    const ru = await tap(
      'family',
      'Помирить сына и моего мужа',
      'Мы с Игорем поженились весной, он переехал к нам. Сыну 14, он с ним почти не разговаривает и ужинает у себя в комнате.',
      'ru',
      ['Сблизить мужа'],
    );
    expect(ru.keys[0]).toBe('fam-pc-pace');
    expect(ru.keys.filter((key) => key.startsWith('fam-stay'))).toEqual([]);
    // Relatives staying for weeks keep the stay planned.
    const stay = await tap(
      'family',
      'My in-laws are staying with us for six weeks',
      'They arrive in July and my partner works long hours; I need a plan so I do not lose it.',
    );
    expect(stay.keys).toContain('fam-stay-plan');
  });

  it("gives a grandparent raising a grandchild for years, at odds with the child's parent, the rows — not a new placement", async () => {
    const en = await tap(
      'family',
      "Stop fighting with my son about how I'm raising his boy",
      'My grandson has lived with us since he was four; he is eleven now. My son works on the mines and comes home every few weeks, and every time he says I spoil the boy and let him eat rubbish. They row and the lad hears all of it.',
    );
    expect(en.keys.slice(0, 4)).toEqual(['fam-crow-nokid', 'fam-crow-list', 'fam-crow-talk', 'fam-crow-news']);
    expect(en.keys).not.toContain('fam-gcare-words');
    const ru = await tap(
      'family',
      'Мы растим внучку, а зять всё время недоволен',
      'Внучка живёт с нами уже два года, дочь с зятем работают на севере. Зять по телефону говорит, что я её неправильно воспитываю, а я не знаю, как с ним разговаривать.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-crow-nokid');
    expect(ru.keys).not.toContain('fam-gcare-angry');
    // A grandchild who has just come to live with the grandparents keeps the first-weeks steps.
    const placed = await tap(
      'family',
      'Внук переехал к нам жить, пока дочь лечится',
      'Внуку 7, дочь в больнице надолго. Он злится и хлопает дверью, я не знаю, что ему говорить.',
      'ru',
    );
    expect(placed.keys.slice(0, 2)).toEqual(['fam-gcare-words', 'fam-gcare-contact']);
  });

  it('reads grandchildren far away from the distance itself: a call that works, post and a visit — no weekly afternoon', async () => {
    const en = await tap(
      'family',
      'Be a real grandad to my grandson in Canada',
      'My daughter emigrated to Toronto and her boy is three. I only see him once a year and on video he runs off after a minute.',
      'en',
      ['Time with the grandchildren'],
    );
    expect(en.keys).toEqual([
      'fam-grand-parents',
      'fam-grandfar-call',
      'fam-grand-ours',
      'fam-grandfar-post',
      'fam-grandfar-visit',
    ]);
    const ru = await tap(
      'family',
      'Чтобы внучка меня узнавала',
      'Сын с семьёй живёт в Хабаровске, разница во времени семь часов, внучке два года, видимся раз в год.',
      'ru',
      ['Время с внуками'],
    );
    expect(ru.keys).toContain('fam-grandfar-call');
    expect(ru.keys).not.toContain('fam-grand-outing');
    expect(ru.keys).not.toContain('fam-02');
    // Grandchildren ten minutes away keep the regular afternoon.
    const near = await tap(
      'family',
      'More time with my grandkids',
      "They live ten minutes away and I'd like a regular afternoon with them.",
      'en',
      ['Time with the grandchildren'],
    );
    expect(near.keys).toContain('fam-grand-regular');
    expect(near.keys.filter((key) => key.startsWith('fam-grandfar'))).toEqual([]);
  });

  it('reads a child who grew up without the parent, or an age said with «сейчас» / «уже», as an adult child', async () => {
    const en = await tap(
      'recovery',
      'Get to know the son who grew up without me',
      "I left when he was three and his mum moved away. He accepted my friend request but we've never really talked.",
      'en',
      ['An estranged adult'],
    );
    expect(en.keys).toContain('rec-adult-draft');
    const ru = await tap(
      'recovery',
      'Наладить отношения с дочерью',
      'После развода бывшая жена увезла её, были суды. Дочери сейчас 27, она живёт в Казани и отвечает односложно.',
      'ru',
      ['Взрослый сын'],
    );
    expect(ru.keys).toContain('rec-adult-draft');
    expect(ru.keys).not.toContain('rec-06');
    // A child of twelve is no adult.
    const young = await tap(
      'recovery',
      'Вернуть общение с сыном',
      'Сыну уже 12, бывшая не даёт видеться, суд через месяц.',
      'ru',
    );
    expect(young.keys).not.toContain('rec-adult-draft');
  });

  it('gives visits at a centre that have run for a while no first-session steps; a first visit keeps them', async () => {
    const ru = await tap(
      'recovery',
      'Не пропускать встречи с сыном в центре',
      'Уже год вижусь с сыном раз в месяц в центре встреч при психологе. Два раза пропустил из-за командировок, теперь он на встречах молчит.',
      'ru',
      ['Встречи с ребёнком'],
    );
    expect(ru.keys).not.toContain('rec-contact-centre');
    expect(ru.keys).not.toContain('rec-contact-words');
    expect(ru.keys).toContain('rec-contact-after');
    const first = await tap(
      'recovery',
      'Get ready for my first supervised visit',
      "The court ordered contact at a contact centre once a month. The first session is on the 14th and I haven't seen my son for a year.",
      'en',
      ['Visits at a contact centre'],
    );
    expect(first.keys).toContain('rec-contact-centre');
    expect(first.keys).toContain('rec-contact-words');
  });

  it('offers no meals or lifts to accept for a loss some months ago; a fresh loss keeps its early steps', async () => {
    const en = await tap(
      'grief',
      'Get through the days after losing my wife',
      "It's been eight months and I still can't cook for one.",
      'en',
      ['A loss some months ago'],
    );
    expect(en.keys).not.toContain('grief-08');
    const ru = await tap(
      'grief',
      'Не могу прийти в себя после смерти мамы',
      'Прошло полгода, я живу в другой стране и не попала на похороны.',
      'ru',
      ['Утрата несколько'],
    );
    expect(ru.keys).not.toContain('grief-08');
    const fresh = await tap(
      'grief',
      'Мама умерла на прошлой неделе',
      'Соседи предлагают помощь, а я не знаю, что сказать.',
      'ru',
    );
    expect(fresh.keys[0]).toBe('grief-01');
  });

  it("reads pensioners around a young person as no sign of the person's own age", async () => {
    const ru = await tap(
      'social',
      'Познакомиться с кем-то своего возраста',
      'Мне 26, работаю агрономом, в посёлке одни пенсионеры, молодёжь вся уехала в город.',
      'ru',
    );
    expect(ru.keys).not.toContain('soc-older-centre');
    const en = await tap(
      'social',
      'Make a friend or two where I live',
      "I'm 27 and the only people on my street are pensioners; everyone my age has moved to the city.",
    );
    expect(en.keys).not.toContain('soc-older-centre');
    const own = await tap('social', 'Найти подруг на пенсии', 'Я пенсионерка, живу одна, дети в другом городе.', 'ru');
    expect(own.keys[0]).toBe('soc-older-centre');
  });
});
