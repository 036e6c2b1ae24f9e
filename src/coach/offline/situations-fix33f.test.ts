import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const speech = (keys: string[]) => keys.some((key) => key.startsWith('fam-speech-'));

describe('the thirty-third blind read, fixed in general (helper fix33f)', () => {
  it('helps a family share one room — no speech therapy for a grandparent who only had a stroke', async () => {
    const en = await tap(
      'family',
      'Give my daughter and my dad a room they can both live in',
      "Dad moved in with us after his stroke and he's sharing a room with our 13-year-old. She wants her friends round on Fridays, he wants the light off at half nine.",
      'en',
    );
    expect(en.keys.slice(0, 3)).toEqual(['fam-room-needs', 'fam-room-zones', 'fam-room-hours']);
    expect(speech(en.keys)).toBe(false);
    const ru = await tap(
      'family',
      'Поделить детскую между дочкой и бабушкой',
      'Мама после инсульта живёт с нами, в одной комнате с нашей дочкой, ей 12. Бабушке нужен покой днём, а дочке негде делать уроки.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-room-needs');
    expect(speech(ru.keys)).toBe(false);
    // A stroke that took the words away keeps the speech steps.
    const words = await tap(
      'family',
      'Keep talking with my grandad after his stroke',
      'He can only say a few words now and gets angry when we guess wrong. I see him twice a week.',
      'en',
    );
    expect(words.keys[0]).toBe('fam-speech-ask');
    expect(words.keys.some((key) => key.startsWith('fam-room-'))).toBe(false);
  });

  it('gives a relative whose child comes to live with them a home to make — not visits to an aunt or uncle', async () => {
    const en = await tap(
      'family',
      'Help my nephew settle in with us',
      'My brother is in hospital for months and his boy, 11, is coming to live with us on Saturday. We have two little ones of our own.',
      'en',
      ['Being there'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['fam-kin-space', 'fam-kin-rules', 'fam-kin-papers']);
    expect(en.keys.some((key) => key.startsWith('fam-nib-'))).toBe(false);
    const ru = await tap(
      'family',
      'Чтобы племяннику было у нас как дома',
      'Сестра легла в больницу надолго, её сыну 9 лет, он будет жить у нас до лета. У нас своих двое.',
      'ru',
      ['Быть рядом'],
    );
    expect(ru.keys[0]).toBe('fam-kin-space');
    expect(ru.keys.some((key) => key.startsWith('fam-nib-'))).toBe(false);
    // An uncle who takes his nephew out keeps the visiting steps.
    const uncle = await tap(
      'family',
      'Be a good uncle to my nephew',
      "He's 10 and lives with my brother across town. I want to take him out on Saturdays.",
      'en',
      ['Being there'],
    );
    expect(uncle.keys[0]).toBe('fam-nib-parent');
    expect(uncle.keys.some((key) => key.startsWith('fam-kin-'))).toBe(false);
  });

  it('gives a parent whose child is about to leave home the weeks left — no floor play or fixed weekly slot', async () => {
    const en = await tap(
      'family',
      "Make the most of my son's last summer at home",
      'He starts university in Leeds in September and I work nights at the hospital, two on, three off. We used to fish together and now we just pass in the hallway.',
      'en',
    );
    expect(en.keys[0]).toBe('fam-leave-weeks');
    for (const key of ['fam-07', 'fam-23']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'family',
      'Побыть с дочкой, пока она не уехала учиться',
      'Дочь в выпускном классе, осенью уезжает учиться в Питер. Я работаю посменно на заводе, а она всё время с подругами.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-leave-weeks');
    expect(ru.keys.some((key) => key.startsWith('fam-kidaway-'))).toBe(false);
    // A shift worker with a young child at home gets time on the days off, not the same weekday.
    const shifts = await tap(
      'family',
      'Больше времени с сыном',
      'Работаю сутки через двое на скорой, сыну 8, вижу его урывками.',
      'ru',
    );
    expect(shifts.keys).toContain('fam-23-shift');
    expect(shifts.keys).not.toContain('fam-23');
    // A parent with a small child and ordinary hours keeps the weekly slot and play.
    const home = await tap('family', 'Spend more time with my son', 'He is 6 and we both get home by five.', 'en');
    expect(home.keys).toContain('fam-23');
    expect(home.keys).toContain('fam-07');
    expect(home.keys.some((key) => key.startsWith('fam-leave-'))).toBe(false);
  });

  it('gives a grandparent with the grandchildren for the summer things to do together — no visits to agree', async () => {
    const ru = await tap(
      'family',
      'Чтобы внуки летом не сидели в телефонах',
      'Дочь привозит ко мне на всё лето двоих внуков, 9 и 11 лет. Живу на даче под Тверью, есть речка и лес.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['fam-gstay-list', 'fam-gstay-phones']);
    for (const key of ['fam-grand-parents', 'fam-grand-regular', 'fam-22']) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'family',
      "Make the grandkids' summer with me fun",
      'My son drops his two off with me for the whole summer holidays. They are 7 and 10 and I live by the coast.',
      'en',
    );
    expect(en.keys[0]).toBe('fam-gstay-list');
    expect(en.keys).not.toContain('fam-grand-parents');
    // Grandchildren who live nearby keep the regular afternoon agreed with their parents.
    const near = await tap(
      'family',
      'See my grandchildren more',
      "They live ten minutes away and I'd love a regular afternoon with them.",
      'en',
      ['Time with'],
    );
    expect(near.keys).toContain('fam-grand-regular');
    expect(near.keys.some((key) => key.startsWith('fam-gstay-'))).toBe(false);
  });

  it('helps tell the parents news about one’s own life without dates, money or "what you are giving up"', async () => {
    const en = await tap(
      'family',
      "Tell my parents we're not having kids",
      "We've been married five years and my mum keeps asking when. We decided long ago, but I'm scared she'll take it as a rejection.",
      'en',
      ['Telling my parents'],
    );
    expect(en.keys[0]).toBe('fam-news-plan-life');
    expect(en.keys).not.toContain('fam-news-plan');
    const ru = await tap(
      'family',
      'Сказать папе, что мы с парнем съезжаемся',
      'Мне 24, живу с родителями. Папа строгий и считает, что до свадьбы жить вместе нельзя.',
      'ru',
      ['Сказать родителям'],
    );
    expect(ru.keys[0]).toBe('fam-news-plan-life');
    // Leaving university keeps the plan with dates and money.
    const drop = await tap(
      'family',
      "Tell my parents I'm dropping out of university",
      "I'm in my second year of law and I want to do an apprenticeship instead.",
      'en',
      ['Telling my parents'],
    );
    expect(drop.keys[0]).toBe('fam-news-plan');
    expect(drop.keys).not.toContain('fam-news-plan-life');
  });

  it('helps a parent agree a schedule around the other parent’s shifts — not a bond under strain', async () => {
    const en = await tap(
      'recovery',
      'Work out a new schedule with my ex',
      'Our son lives with me. His dad has just moved to night shifts, four on four off, so his every-other-weekend keeps landing on work and he wants weekday overnights instead. Every chat ends in a fight.',
      'en',
      ['None'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['rec-01-sched', 'rec-sched-week', 'rec-sched-options']);
    for (const key of ['rec-01', 'rec-gen-want']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'recovery',
      'Договориться с бывшей женой о встречах с дочкой',
      'У меня сменный график, сутки через трое, и мои выходные по соглашению постоянно выпадают на смены. Дочка живёт с мамой, и каждый разговор о графике кончается ссорой.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('rec-01-sched');
    expect(ru.keys).toContain('rec-sched-propose');
    // A parent whose weekends were cut keeps the program and the ordinary steps.
    const cut = await tap(
      'recovery',
      'See my son more',
      'His mum and I split last year and she cut my weekends to one a month.',
      'en',
      ['None'],
    );
    expect(cut.keys[0]).toBe('rec-01');
    expect(cut.keys.some((key) => key.startsWith('rec-sched-'))).toBe(false);
  });

  it('gives a volunteer who has chosen the organisation its intake and the listening — no cause or seniors’ club to find', async () => {
    const en = await tap(
      'social',
      'Volunteer on a crisis helpline',
      "I'm 58 and took early retirement. The local branch takes new listeners twice a year and the next training starts in September. I tend to jump in with solutions.",
      'en',
      ['Becoming'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['soc-volc-page', 'soc-volc-why', 'soc-volc-apply']);
    expect(en.keys).toContain('soc-vol-listen');
    for (const key of ['soc-older-centre', 'soc-vol-what', 'soc-vol-find']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'social',
      'Стать волонтёром телефона доверия',
      'Мне 45, работаю бухгалтером. Набор волонтёров в нашем городе в октябре, обучение два месяца. Боюсь, что буду сразу советовать.',
      'ru',
      ['Стать волонт'],
    );
    expect(ru.keys[0]).toBe('soc-volc-page');
    expect(ru.keys).toContain('soc-vol-listen');
    // Someone who hasn't picked a cause yet still chooses and finds one.
    const open = await tap(
      'social',
      'Start volunteering',
      "I'm retired and want to give something back, not sure where yet.",
      'en',
      ['Becoming'],
    );
    expect(open.keys.slice(0, 2)).toEqual(['soc-vol-what', 'soc-vol-find']);
    expect(open.keys).not.toContain('soc-older-centre');
  });

  it('gives an older person one place to find, not a second "find a group"', async () => {
    const en = await tap(
      'social',
      'Make friends in my new town',
      "I'm 72, a widower, and my son lives abroad. I don't know anyone in my new flat block.",
      'en',
    );
    expect(en.keys[0]).toBe('soc-older-centre');
    expect(en.keys).not.toContain('soc-03');
    const ru = await tap(
      'social',
      'Найти подруг',
      'Мне 68, я на пенсии, дети разъехались, вечерами совсем одна.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-older-centre');
    expect(ru.keys).not.toContain('soc-03');
    // A younger person keeps "find a group".
    const young = await tap('social', 'Join a club and make friends', 'I moved here last month and know nobody.', 'en');
    expect(young.keys).toContain('soc-03');
  });

  it('gives someone grieving a friend known only online the place they met — no offers of help to accept', async () => {
    const en = await tap(
      'grief',
      'Grieve a friend I met in an online game',
      "We played together most nights for eight years but never met. His brother posted in our guild chat that he died in a car crash. My family don't understand why I'm crying over a stranger.",
      'en',
    );
    expect(en.keys.slice(0, 3)).toEqual(['grief-online-place', 'grief-online-family', 'grief-online-goodbye']);
    expect(en.keys).not.toContain('grief-08');
    const ru = await tap(
      'grief',
      'Пережить смерть подруги по переписке',
      'Мы переписывались десять лет, ни разу не виделись, она жила в Новосибирске. Узнала от её дочери в соцсети. Муж не понимает, почему мне так плохо.',
      'ru',
    );
    expect(ru.keys[0]).toBe('grief-online-place');
    expect(ru.keys).not.toContain('grief-08');
    // A friend everyone knew keeps "say yes to an offer of help".
    const near = await tap(
      'grief',
      'Cope after my best friend died',
      'We grew up together. He died last month and his family asked me to help with the wake.',
      'en',
    );
    expect(near.keys).toContain('grief-08');
    expect(near.keys.some((key) => key.startsWith('grief-online-'))).toBe(false);
  });

  it('asks a parent of a grieving teenager to write the warning signs down with the numbers, not only to know them', async () => {
    const en = await tap('grief', 'Help my son after his father died', 'My son is 15 and hasn’t cried once.', 'en', [
      'Helping',
    ]);
    const signs = en.texts[en.keys.indexOf('grief-teen-signs')];
    expect(signs).toMatch(/^Write down/);
    const ru = await tap(
      'grief',
      'Помочь дочке пережить смерть бабушки',
      'Дочке 14, бабушка умерла месяц назад, дочь закрылась в комнате.',
      'ru',
      ['Помочь'],
    );
    expect(ru.texts[ru.keys.indexOf('grief-teen-signs')]).toMatch(/^Запиши/);
  });
});
