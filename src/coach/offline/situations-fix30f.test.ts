import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the thirtieth blind read, fixed in general (helper fix30f)', () => {
  it('gives a couple who run a business together a rule for shop talk and time away — childcare only with children', async () => {
    const en = await tap(
      'family',
      'Make time for my wife now we run the pub together',
      "We took on the tenancy of a village pub last year. We're together 14 hours a day but we only talk about deliveries and rotas, and we've started snapping at each other. It's shut on Mondays, that's the only gap.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['fam-work-shoptalk', 'fam-work-away']);
    expect(en.keys).not.toContain('fam-couple-sitter');
    expect(en.keys).not.toContain('fam-couple-home');
    expect(en.text).not.toMatch(/children|childcare/);
    const ru = await tap(
      'family',
      'Снова быть мужем и женой, а не бизнес-партнёрами',
      'Вместе держим кафе, с утра до ночи рядом, но говорим только о поставках и графиках. Выходной — понедельник.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-work-shoptalk');
    expect(ru.keys).not.toContain('fam-12');
    // A spouse goal with children and no business: no family meal at the children's table either.
    const spouse = await tap(
      'family',
      'Be husband and wife again, not just mum and dad',
      'The kids are 10 and 13 and every conversation is about them.',
      'en',
    );
    expect(spouse.keys).not.toContain('fam-12');
    expect(spouse.keys).not.toContain('fam-work-shoptalk');
    // Date nights with small children keep the childcare and the evening after bedtime.
    const dates = await tap(
      'family',
      'Have regular date nights with my husband',
      "Two kids under four, and we haven't been out on our own since the baby was born.",
      'en',
      ['Time as a couple'],
    );
    expect(dates.keys).toContain('fam-couple-sitter');
    expect(dates.keys).not.toContain('fam-work-shoptalk');
  });

  it('gives someone living under one roof with the in-laws no visit to end and no photo sent from afar', async () => {
    const ru = await tap(
      'family',
      'Чтобы меня приняли в семье мужа',
      'Мне 21, полгода замужем, живу в доме мужа — свекровь, две золовки и младший брат мужа. Муж работает в Москве. Всё делаю не так: как готовлю, как убираю.',
      'ru',
      ['Отношения с роднёй'],
    );
    expect(ru.keys).toContain('fam-inlaw-learn');
    expect(ru.keys).not.toContain('fam-inlaw-visit');
    expect(ru.keys).not.toContain('fam-inlaw-gesture');
    const en = await tap(
      'family',
      'Get on with my mother-in-law',
      'We live with my in-laws since the wedding and she criticises everything I cook.',
      'en',
      ['Getting on with the in-laws'],
    );
    expect(en.keys).toContain('fam-inlaw-learn');
    expect(en.keys).not.toContain('fam-inlaw-visit');
    // In-laws who live elsewhere keep the visit and the friendly sign.
    const apart = await tap(
      'family',
      'Get on better with my in-laws',
      'We see them every other Sunday and lunch always turns tense.',
      'en',
      ['Getting on with the in-laws'],
    );
    expect(apart.keys).toContain('fam-inlaw-visit');
    expect(apart.keys).not.toContain('fam-inlaw-learn');
  });

  it('files tidying a big shared house under home, not in-law relations', async () => {
    const talk = await (await import('../../../test/factories/converse.js')).talkWith(coach)(
      null,
      'Навести порядок в доме, где живём одиннадцать человек',
      'Живём в своём доме: мы с мужем, четверо детей, свекровь, деверь с женой и двое их малышей. Обувь горой у входа, в шкафах всё вперемешку. Хочу к празднику, чтоб не стыдно было людей принять.',
      'ru',
      (choices) => choices.at(-1) ?? '',
    );
    expect(talk.keys.some((key) => key.startsWith('home-'))).toBe(true);
    expect(talk.keys.some((key) => key.startsWith('fam-inlaw'))).toBe(false);
  });

  it('talks with a parent who lost their speech after a stroke in few words — no calls, texts or tickets', async () => {
    const ru = await tap(
      'family',
      'Научиться общаться с папой после инсульта',
      'У папы в январе был инсульт, он почти не говорит, только отдельные слова, и злится, когда мы не понимаем. Живу в 20 минутах, захожу через день.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-speech-ask');
    expect(ru.keys).toContain('fam-speech-yesno');
    for (const key of ['fam-01', 'fam-02', 'fam-21', 'fam-05']) expect(ru.keys).not.toContain(key);
    expect(ru.text).toMatch(/логопед/);
    const en = await tap(
      'family',
      'Still be close to my mum after her stroke',
      "Since the stroke she has aphasia and can't find her words. I visit three times a week.",
      'en',
    );
    expect(en.keys[0]).toBe('fam-speech-ask');
    expect(en.keys).not.toContain('fam-01');
    // A teenager who "barely speaks to me" is no speech loss.
    const teen = await tap('family', 'Talk more with my son', "He's 15 and barely speaks to me.", 'en');
    expect(teen.keys.some((key) => key.startsWith('fam-speech'))).toBe(false);
  });

  it("gives grandparents kept from their grandchildren their own steps — not a parent's arrangement", async () => {
    const en = await tap(
      'recovery',
      "See my grandchildren again after my son's divorce",
      'My son and his wife split up and she has stopped us seeing the girls, who are 4 and 7. We had them every Tuesday for three years.',
      'en',
    );
    expect(en.keys).toContain('rec-gp-facts');
    expect(en.keys).toContain('rec-gp-parent');
    for (const key of ['rec-06', 'rec-gen-want', 'rec-14']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'recovery',
      'Снова видеться с внуками',
      'После развода сына бывшая невестка не даёт нам видеться с внуками. Раньше забирали их из школы каждую неделю.',
      'ru',
    );
    expect(ru.keys).toContain('rec-gp-facts');
    expect(ru.keys).not.toContain('rec-06');
    // A parent whose mother misses "her grandchildren" keeps the parent's steps.
    const parent = await tap(
      'recovery',
      'See my daughter again',
      'Her mother has stopped all contact for three months, and my mum misses her grandchildren too.',
      'en',
    );
    expect(parent.keys).toContain('rec-06');
    expect(parent.keys).not.toContain('rec-gp-facts');
  });

  it('starts a mentor for a child from a children’s home with the programme — no hobby group or openers', async () => {
    const ru = await tap(
      'social',
      'Стать наставником для подростка из детдома',
      'Видела программу наставничества у фонда, но боюсь, что не справлюсь и только наврежу ребёнку. Могу выделять выходные, раз в неделю.',
      'ru',
      ['Наставничество'],
    );
    expect(ru.keys[0]).toBe('soc-mentor-questions');
    for (const key of ['soc-03', 'soc-07', 'soc-08', 'soc-10', 'soc-04']) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'social',
      'Become a mentor for a teenager in care',
      "I've found a charity's mentoring scheme but I'm scared I'll let them down.",
      'en',
      ['Mentoring a child'],
    );
    expect(en.keys).toContain('soc-mentor-apply');
    expect(en.keys).not.toContain('soc-03');
    // Volunteering at a food bank keeps the volunteer steps.
    const food = await tap('social', 'Volunteer at a food bank', 'I have Saturday mornings free.', 'en', [
      'Becoming a volunteer',
    ]);
    expect(food.keys.some((key) => key.startsWith('soc-mentor'))).toBe(false);
  });

  it('has someone gathering people for a game fix the evening and ask players — not join a group', async () => {
    const ru = await tap(
      'social',
      'Собрать молодёжь в селе на волейбол',
      'Вернулась в родное село учителем физры. Спортзал в школе есть, директор разрешает по вторникам и пятницам. Боюсь, что позову и никто не придёт.',
      'ru',
      ['Собрать людей'],
    );
    expect(ru.keys[0]).toBe('soc-play-first');
    expect(ru.keys).toContain('soc-play-ask');
    for (const key of ['soc-03', 'soc-07', 'soc-08', 'soc-10']) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'social',
      'Organise a five-a-side for the lads on my street',
      'There is a pitch at the leisure centre we can book on Sundays.',
      'en',
      ['Getting people together'],
    );
    expect(en.keys[0]).toBe('soc-play-first');
    // Looking for people to play with keeps the hobby company steps.
    const join = await tap('social', 'Find people to play tennis with', 'I just moved here.', 'en', [
      'People to share',
    ]);
    expect(join.keys.some((key) => key.startsWith('soc-play'))).toBe(false);
  });

  it('gets an old group of friends together through their chat — no club, openers or follow-up after meeting', async () => {
    const en = await tap(
      'social',
      "Get the old group together again now we've all got kids",
      'There were six of us from uni who met every Friday. Now everyone has kids, two moved away and the WhatsApp group only wakes up for birthdays.',
      'en',
      ['Getting my old group'],
    );
    expect(en.keys[0]).toBe('soc-gang-poll');
    for (const key of ['soc-03', 'soc-07', 'soc-08', 'soc-10']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'social',
      'Снова собрать нашу старую компанию',
      'Раньше собирались каждую пятницу, теперь у всех дети, общий чат молчит.',
      'ru',
      ['Снова собрать'],
    );
    expect(ru.keys[0]).toBe('soc-gang-poll');
    // Old friends one at a time keep the list and the message — and no "after meeting someone" before a meeting.
    const drift = await tap(
      'social',
      'Make friends when I only ever work nights',
      "Night nurse for six years. My uni friends have all drifted because I'm asleep when they're out.",
      'en',
      ['Just starting', 'Seeing old friends'],
    );
    expect(drift.keys.slice(0, 2)).toEqual(['soc-01', 'soc-02']);
    expect(drift.keys).not.toContain('soc-10');
    expect(drift.keys).not.toContain('soc-gang-poll');
  });

  it('gives a child told after the funeral a goodbye at the grave — no choice about going to the funeral', async () => {
    const ru = await tap(
      'grief',
      'Как сказать сыну, что папа больше не приедет',
      'Муж погиб девять дней назад, на похороны я сына не брала, он был у мамы. Ему 5, он спрашивает, когда папа приедет.',
      'ru',
      ['Как сказать'],
    );
    expect(ru.keys).toContain('grief-kids-goodbye-after');
    expect(ru.keys).not.toContain('grief-kids-goodbye');
    expect(ru.text).not.toMatch(/идти ли на похороны/);
    expect(ru.text).toMatch(/Запиши два-три вопроса/);
    const en = await tap(
      'grief',
      'How to tell my daughter her grandad died',
      "She's 4. We didn't take her to the funeral last week and she keeps asking when he's coming back.",
      'en',
      ['Telling young children'],
    );
    expect(en.keys).toContain('grief-kids-goodbye-after');
    expect(en.keys).not.toContain('grief-kids-goodbye');
    // Before the funeral the child still gets the choice to come.
    const before = await tap(
      'grief',
      'How to tell my kids their grandma died',
      'They are 4 and 6. The funeral is on Friday.',
      'en',
      ['Telling young children'],
    );
    expect(before.keys).toContain('grief-kids-goodbye');
    expect(before.keys).not.toContain('grief-kids-goodbye-after');
  });
});
