import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const withPrefix = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));

/** The couple's techniques and shared rituals that must never reach someone who names violence or control. */
const COUPLE = ['fam-25', 'fam-16', 'fam-15', 'fam-26', 'fam-23', 'fam-13', 'fam-29', 'fam-22', 'fam-05'];

describe('the thirty-fifth blind read, fixed in general (helper fix35f)', () => {
  it('puts a helpline, a trusted person and a safety plan first when a partner hurts or controls — no couple techniques', async () => {
    const en = await tap(
      'family',
      'Stop fighting with my boyfriend',
      'We live together. He goes through my phone every night and last week he shoved me into the wardrobe.',
      'en',
      ['None'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['fam-abuse-line', 'fam-abuse-person']);
    expect(en.keys).toContain('fam-abuse-plan');
    for (const key of COUPLE) expect(en.keys).not.toContain(key);
    expect(en.text).toMatch(/helpline/);
    const ru = await tap(
      'family',
      'Чтобы муж меньше злился',
      'Он требует отчитываться, с кем я переписываюсь, а в прошлом месяце ударил меня по лицу.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('fam-abuse-line');
    for (const key of COUPLE) expect(ru.keys).not.toContain(key);
    // An ordinary row about money keeps the couple's steps.
    const near = await tap(
      'family',
      'Argue less with my wife',
      'We snap at each other about money when we are both tired.',
      'en',
      ['None'],
    );
    expect(withPrefix(near.keys, 'fam-abuse-')).toEqual([]);
    expect(near.keys).toContain('fam-25');
  });

  it('gives someone who wants to stop drinking with a relative the words, their own glass and a plan for the visit', async () => {
    const en = await tap(
      'family',
      'Stop drinking with my dad on Sundays',
      'He pours me a drink the minute I walk in and gets offended if I refuse.',
      'en',
      ['None'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['fam-dw-tell', 'fam-dw-line']);
    for (const key of ['fam-05', 'fam-10', 'fam-01']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'family',
      'Бросить пить с братом на праздниках',
      'Каждый раз брат наливает мне и подначивает, а я потом два дня болею.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('fam-dw-tell');
    expect(ru.keys).toContain('fam-dw-glass');
    // A parent's own drinking is the drinking situation, not the person's.
    const near = await tap('family', 'Get my dad to drink less', 'He drinks every evening and gets loud.', 'en', [
      "A partner's or parent's drinking",
    ]);
    expect(withPrefix(near.keys, 'fam-dw-')).toEqual([]);
  });

  it("supports a pregnant teenage daughter — her wishes, the appointments, the school — with no child's play", async () => {
    const en = await tap(
      'family',
      'Help my daughter through her pregnancy',
      'She is 17, still at sixth form, and the father has disappeared.',
      'en',
      ['None'],
    );
    expect(en.keys[0]).toBe('fam-preg-ask');
    expect(en.keys).toContain('fam-preg-school');
    expect(en.keys).not.toContain('fam-07');
    const ru = await tap(
      'family',
      'Поддержать дочку, она беременна',
      'Дочке 15, учится в девятом классе, решила рожать.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('fam-preg-ask');
    expect(ru.keys).toContain('fam-preg-school');
    // A wife's pregnancy is no daughter's.
    const near = await tap(
      'family',
      'Support my wife through her pregnancy',
      "It's our second; our son is 4 and she's exhausted.",
      'en',
      ['None'],
    );
    expect(withPrefix(near.keys, 'fam-preg-')).toEqual([]);
  });

  it('keeps child-led floor play from a teenager even when "None of these" drops the teenage topic', async () => {
    const en = await tap('family', 'More time with my 15-year-old', 'He spends every evening in his room.', 'en', [
      'None',
    ]);
    expect(en.keys).not.toContain('fam-07');
    const ru = await tap('family', 'Больше времени с сыном', 'Ему 14 лет, вечерами сидит в наушниках.', 'ru', [
      'Ничего',
    ]);
    expect(ru.keys).not.toContain('fam-07');
    // A small child keeps the play.
    const near = await tap('family', 'Play more with my son', 'He is 5 and I work long hours.', 'en', ['None']);
    expect(near.keys).toContain('fam-07');
  });

  it('prepares the puberty talk — a book, own words, a kit when periods are named — not family-time steps', async () => {
    const en = await tap(
      'family',
      'Get my son ready for puberty',
      'He is 11 and never asks anything, but his voice has started to break.',
      'en',
      ['Talking to my child about puberty'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['fam-pub-book', 'fam-pub-words']);
    expect(en.keys).not.toContain('fam-pub-kit');
    const ru = await tap(
      'family',
      'Рассказать дочке о первых месячных',
      'Ей девять, хочу подготовить её заранее, пока ничего не началось.',
      'ru',
      ['Поговорить с ребёнком о взрослении'],
    );
    expect(ru.keys[0]).toBe('fam-pub-book');
    expect(ru.keys).toContain('fam-pub-kit');
    for (const key of ['fam-22', 'fam-23', 'fam-12']) expect(ru.keys).not.toContain(key);
    // A monthly budget is no period.
    const near = await tap('family', 'Обсудить с мужем месячный бюджет', 'Постоянно спорим о тратах.', 'ru', [
      'Ничего',
    ]);
    expect(withPrefix(near.keys, 'fam-pub-')).toEqual([]);
  });

  it('helps talk with a relative who is losing their hearing — no phone calls or voice messages', async () => {
    const en = await tap(
      'family',
      'Talk with my mum again',
      "She's going deaf, won't wear her hearing aid and just nods along.",
      'en',
      ['None'],
    );
    expect(en.keys[0]).toBe('fam-hear-speak');
    expect(en.keys).toContain('fam-hear-aid');
    for (const key of ['fam-22', 'fam-05', 'fam-01']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'family',
      'Вернуть разговоры с папой',
      'После болезни папа плохо слышит, телевизор орёт, а слуховой аппарат лежит в ящике.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('fam-hear-speak');
    expect(ru.keys).not.toContain('fam-05');
    // "He doesn't hear me" as a figure of speech is no hearing loss.
    const near = await tap(
      'family',
      'Чтобы муж меня услышал',
      'Говорю ему про ремонт, а он не слышит и отмахивается.',
      'ru',
      ['Ничего'],
    );
    expect(withPrefix(near.keys, 'fam-hear-')).toEqual([]);
  });

  it("gives a pupil at a new school the school's own ways in — no barista, colleague or meetup", async () => {
    const en = await tap(
      'social',
      'Make friends at my new school',
      "I'm 12 and we moved in the summer; I don't know anyone in my class.",
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['soc-pupil-clubs', 'soc-pupil-known', 'soc-pupil-desk']);
    for (const key of ['soc-05', 'soc-08', 'soc-04']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'social',
      'Найти друзей в новой школе',
      'Мне 13, нас перевезли в другой город, а в классе все давно дружат.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys[0]).toBe('soc-pupil-clubs');
    expect(ru.keys).not.toContain('soc-05');
    // An adult new in town, and a parent writing about their child, keep their steps.
    const adult = await tap('social', 'Make friends in a new city', "I'm 34 and moved here for work.", 'en', [
      'Just starting',
    ]);
    expect(withPrefix(adult.keys, 'soc-pupil-')).toEqual([]);
    const parent = await tap(
      'social',
      'Help my daughter make friends at her new school',
      'She is 9 and cries that nobody plays with her.',
      'en',
      ['Just starting'],
    );
    expect(withPrefix(parent.keys, 'soc-pupil-')).toEqual([]);
    // A pupil still schooled at home has no school to walk into.
    const home = await tap(
      'social',
      'Make friends my own age',
      "I'm 13 and I'm homeschooled, so all week I only see adults.",
      'en',
      ['Just starting'],
    );
    expect(withPrefix(home.keys, 'soc-pupil-')).toEqual([]);
  });

  it('meets a stutter with a voice message and a short call, and poor hearing with a quiet place — not app profiles', async () => {
    const stutterEn = await tap(
      'social',
      'Go on real dates despite my stammer',
      'Texting on apps is fine, but I freeze when it is time for a phone call.',
      'en',
      ['Dating and finding a partner'],
    );
    expect(stutterEn.keys.slice(0, 2)).toEqual(['soc-stut-tell', 'soc-stut-voice']);
    for (const key of ['soc-date-photos', 'soc-date-profile']) expect(stutterEn.keys).not.toContain(key);
    const stutterRu = await tap(
      'social',
      'Научиться знакомиться, хоть я и заикаюсь',
      'В переписке всё хорошо, а звонить боюсь.',
      'ru',
      ['Знакомства'],
    );
    expect(stutterRu.keys[0]).toBe('soc-stut-tell');
    const hearingEn = await tap(
      'social',
      "Dating when I'm hard of hearing",
      'Bars are hopeless for me, I miss half of what my date says.',
      'en',
      ['Dating and finding a partner'],
    );
    expect(hearingEn.keys.slice(0, 2)).toEqual(['soc-hear-tell', 'soc-hear-place']);
    const hearingRu = await tap(
      'social',
      'Ходить на свидания, хотя ношу слуховой аппарат',
      'В шумных кафе теряюсь и переспрашиваю.',
      'ru',
      ['Знакомства'],
    );
    expect(hearingRu.keys[0]).toBe('soc-hear-tell');
    // «заикнулся» ("mentioned") is no stutter, and a Deaf signer keeps the Deaf community's steps.
    const mentioned = await tap(
      'social',
      'Найти девушку',
      'Друг заикнулся, что у него есть знакомая, а я стесняюсь.',
      'ru',
      ['Знакомства'],
    );
    expect(withPrefix(mentioned.keys, 'soc-stut-')).toEqual([]);
    const deaf = await tap(
      'social',
      'Meet other Deaf people',
      "I'm Deaf and use BSL, and I'd like friends who sign.",
      'en',
      ['Just starting'],
    );
    expect(deaf.keys).toContain('soc-deaf-club');
    expect(withPrefix(deaf.keys, 'soc-hear-')).toEqual([]);
  });

  it('never sends someone out of prison back to old friends: the conditions first, then new people only', async () => {
    const en = await tap(
      'social',
      'Build a new circle after my release',
      "I did six years and I'm on parole now; the people I ran with are off limits.",
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['soc-fresh-check', 'soc-fresh-story']);
    for (const key of ['soc-04', 'soc-09', 'soc-01', 'soc-02']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'social',
      'Найти нормальных друзей',
      'Освободился из колонии весной, по условиям нельзя общаться со старой компанией.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys[0]).toBe('soc-fresh-check');
    expect(withPrefix(ru.keys, 'soc-gang-')).toEqual([]);
    expect(ru.keys).not.toContain('soc-04');
    // Getting out of a relationship is no release.
    const near = await tap(
      'social',
      'Make new friends',
      'I got out of a long relationship and want a fresh start with new people.',
      'en',
      ['Just starting'],
    );
    expect(withPrefix(near.keys, 'soc-fresh-')).toEqual([]);
  });

  it('finds study partners through the course itself — no hobby club or barista', async () => {
    const en = await tap(
      'social',
      'Find a study group for my distance degree',
      "I'm with the Open University and nobody near me takes the same modules.",
      'en',
      ['Finding people to study with'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['soc-study-post', 'soc-study-centre']);
    for (const key of ['soc-03', 'soc-05', 'soc-08']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'social',
      'Найти, с кем готовиться к сессии',
      'Учусь заочно, вся группа из разных городов.',
      'ru',
      ['Найти, с кем учиться вместе'],
    );
    expect(ru.keys[0]).toBe('soc-study-post');
    // A first-year student looking for friends keeps the friends' steps.
    const near = await tap(
      'social',
      'Make friends at uni',
      'First year, and everyone already seems to have their group.',
      'en',
      ['Just starting'],
    );
    expect(withPrefix(near.keys, 'soc-study-')).toEqual([]);
  });

  it("helps a grandparent with a grieving grandchild — the child's signs, the school, a service — not the carer's own errands", async () => {
    const en = await tap(
      'grief',
      'Help my granddaughter after her dad died',
      "She's 8 and lives with us now; she has nightmares and doesn't want to go to school.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['grief-kids-signs', 'grief-kids-quiet']);
    expect(en.keys).toContain('grief-cg-service');
    expect(en.keys).not.toContain('grief-08');
    const ru = await tap(
      'grief',
      'Помочь внуку пережить смерть отца',
      'Внуку девять, живёт теперь у меня, в школе стал драться.',
      'ru',
    );
    expect(ru.keys[0]).toBe('grief-kids-signs');
    expect(ru.keys).toContain('grief-cg-service');
    // Supporting a widowed parent is no child's grief.
    const near = await tap('grief', 'Поддержать маму после смерти папы', 'Мама осталась одна в деревне.', 'ru');
    expect(withPrefix(near.keys, 'grief-cg-')).toEqual([]);
  });

  it('helps someone grieving while serving far from home — the unit, the call, the nights — not funeral errands', async () => {
    const en = await tap(
      'grief',
      "Cope with my gran's death while I'm deployed",
      "I couldn't get leave for the funeral and we only get one call home a week.",
      'en',
    );
    expect(en.keys[0]).toBe('grief-svc-talk');
    for (const key of ['grief-02', 'grief-04', 'grief-05', 'grief-08']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'grief',
      'Пережить смерть мамы',
      'Я на срочке под Владивостоком, на похороны не отпустили, ночами не сплю.',
      'ru',
    );
    expect(ru.keys[0]).toBe('grief-svc-talk');
    expect(ru.keys).toContain('grief-svc-night');
    expect(ru.keys).not.toContain('grief-04');
    // A son who died in the army: the parent is not serving.
    const near = await tap(
      'grief',
      'Grieve my son',
      'He was killed on deployment last month and the funeral is on Friday.',
      'en',
    );
    expect(withPrefix(near.keys, 'grief-svc-')).toEqual([]);
  });

  it("prepares a parent whose child's grandparents went to court — never the grandparents' own steps", async () => {
    const en = await tap(
      'recovery',
      'Get ready for court over my son',
      "My ex's parents have applied for contact with him. The hearing is in May and a social worker is coming to see the house.",
      'en',
      ['None'],
    );
    expect(en.keys.slice(0, 4)).toEqual(['rec-01', 'rec-rel-facts', 'rec-rel-advice', 'rec-visit-ready']);
    expect(withPrefix(en.keys, 'rec-gp-')).toEqual([]);
    const ru = await tap(
      'recovery',
      'Суд о встречах сына с бабушкой',
      'Бабушка подала в суд на порядок общения с внуком, а я не хочу отпускать его с ночёвкой.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys).toContain('rec-rel-facts');
    expect(withPrefix(ru.keys, 'rec-gp-')).toEqual([]);
    // Grandparents kept from their grandchildren keep their own steps.
    const near = await tap(
      'recovery',
      'See my grandchildren again',
      'Our daughter-in-law stopped us seeing them after the divorce.',
      'en',
      ['None'],
    );
    expect(near.keys).toContain('rec-gp-facts');
    expect(withPrefix(near.keys, 'rec-rel-')).toEqual([]);
  });
});
