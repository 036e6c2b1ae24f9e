import { describe, expect, it } from 'vitest';
import { hazardKeys, tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { createHazardReader } from './hazards.js';

// The dangers added or widened after blind read 41 in content/goals/hazards/health.yaml and children.yaml (helper
// hz41 health-children), through the real coach: each leads the path of a goal of another kind with the read's own
// wording and with another wording of the same danger, in English and Russian, and stays out of a goal that uses its
// words in a harmless sense or says the danger is dealt with.
const { coach, pack } = shippedOfflineCoach();
const tap = tapThrough(coach);
const noHazard = (keys: string[]) => expect(hazardKeys(keys)).toEqual([]);
const reader = createHazardReader(pack.hazards);
const named = (text: string) => reader.read([text]).map((hazard) => hazard.id);
const leadKeys = (text: string) => reader.lead(reader.read([text]), [], (steps) => steps).map((step) => step.key);

describe("St John's wort, 5-HTP or tryptophan with an antidepressant", () => {
  it('leads a sleep goal with asking before the next dose (read 41 en-15)', async () => {
    const { keys, texts } = await tap(
      'sleep',
      'Get back to sleeping six hours a night',
      "I'm 39, a primary teacher in Tauranga, and since the start of term I wake around 2 or 3 and can't get back off. My GP started me on sertraline for anxiety in March, and my sister swears by St John's wort for sleep, so for the last fortnight I've been taking that from the health shop at night as well. I'm dragging myself through the school day and napping in the car at lunch. I want a routine that gets me back to six or seven hours.",
      'en',
    );
    expect(keys.slice(0, 2)).toEqual(['hz-serotonin-ask', 'hz-serotonin-signs']);
    expect(texts[0]).toMatch(/St John's wort/);
    expect(texts[0]).toMatch(/pharmacist/);
  });

  it('leads for other remedies and antidepressants (en + ru)', async () => {
    const en = await tap(
      'fitness',
      'Get back to the gym three times a week',
      "I've been on fluoxetine for a year, and a friend gave me 5-HTP capsules for my mood, so I take two at night.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-serotonin-ask');
    const ru = await tap(
      'sleep',
      'Наладить сон',
      'Полгода пью сертралин, а свекровь заваривает мне на ночь чай со зверобоем — говорит, лучше любых таблеток.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-serotonin-ask', 'hz-serotonin-signs']);
    expect(ru.texts[0]).toMatch(/зверобо/);
    expect(named('Принимаю Золофт и начала пить триптофан из интернета, чтобы лучше спать.')).toContain(
      'serotonin_mix',
    );
  });

  it('stays out of either alone, a remedy instead of the medicine, and one the person turns down', async () => {
    noHazard(
      (
        await tap(
          'sleep',
          'Sleep better',
          "My sister swears by St John's wort, but I'm on sertraline, so I won't take it.",
          'en',
        )
      ).keys,
    );
    for (const text of [
      'Instead of antidepressants, my GP agreed I could try St John’s wort for a mild low mood.',
      'I take sertraline for anxiety and want a wind-down routine before bed.',
      'Хожу в лес собирать зверобой и мяту, хочу засушить на зиму.',
      'Я пила зверобой от хандры, а врач предложил антидепрессанты — пока не начинала их.',
    ])
      expect(named(text)).not.toContain('serotonin_mix');
  });
});

describe('a sudden, very severe headache (a thunderclap)', () => {
  it('leads a lifting goal with an urgent check and no heavy lifting, and drops filming a working set (read 41 en-26)', async () => {
    const { keys, texts } = await tap(
      'sport',
      'Total 450 kg at my first powerlifting meet',
      "I'm 35, a joiner in Drogheda, lifting four days a week for three years; I'm around 180 squat, 110 bench, 210 deadlift. The meet is a novice comp in April and I want to hit my numbers without burning out. Last Tuesday on a heavy single my head felt like it got hit with a bat right at lockout and it pounded the rest of the evening, so I think my breathing and bracing need sorting too.",
      'en',
      ['Lifting more'],
    );
    expect(keys.slice(0, 2)).toEqual(['hz-thunder-now', 'hz-thunder-hold']);
    expect(texts[0]).toMatch(/heavy lifting/);
    expect(keys).not.toContain('sport-lift-form');
  });

  it('leads for other wordings of the sudden headache (en + ru)', async () => {
    const en = await tap(
      'fitness',
      'Get stronger for my 40th',
      'Mid-deadlift last week I got the worst headache I’ve ever had, out of nowhere, and it lasted hours.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-thunder-now');
    const ru = await tap(
      'sport',
      'Выступить на первенстве города по пауэрлифтингу',
      'На прошлой неделе на становой тяге голову как будто битой ударили, весь вечер раскалывалась. Думаю, дело в дыхании.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-thunder-now', 'hz-thunder-hold']);
    expect(ru.texts[0]).toMatch(/103 или 112/);
    expect(named('Во время жима внезапно заболела голова, как удар, потом ныла до ночи.')).toContain('headache_sudden');
  });

  it('gives way to the stroke steps when a stroke’s signs come with it, and leads instead of the headache-and-sight steps', () => {
    const stroke = 'Worst headache of my life this morning, and my face drooped on one side for a minute.';
    expect(named(stroke)).toEqual(expect.arrayContaining(['stroke_now', 'headache_sudden']));
    expect(leadKeys(stroke)).toEqual(['hz-stroke-now', 'hz-stroke-card']);
    const sight = 'A sudden severe headache hit me at work, and since then my vision is blurry.';
    expect(named(sight)).toEqual(expect.arrayContaining(['headache_vision', 'headache_sudden']));
    expect(leadKeys(sight)).toEqual(['hz-thunder-now', 'hz-thunder-hold']);
  });

  it('stays out of everyday headaches, feeling hit by a truck and a thunderclap in the sky', () => {
    for (const text of [
      'I get a dull headache after long sessions if I forget to drink water.',
      'I felt like I got hit by a truck after the flu, with a headache for days.',
      'A thunderclap in the night woke the kids, and now they won’t sleep in their room.',
      'У меня бывают головные боли при смене погоды, хочу наладить сон.',
      'Как будто ударили под дых, когда узнала о сокращении; хочу найти новую работу.',
    ])
      expect(named(text)).not.toContain('headache_sudden');
  });
});

describe('Hajj without a permit, or in the heat with an older or ill traveller', () => {
  it('leads the pilgrimage with the official route and a doctor, then the heat (read 41b ru-57)', async () => {
    const { keys, texts } = await tap(
      'travel',
      'Съездить с мамой на хадж',
      'Мне 41, маме 66, живём в Джалал-Абаде. По квоте очередь на несколько лет, а мама хочет успеть, пока ходит. Знакомый в Оше возит людей по рабочей визе, выходит втрое дешевле: довезут до Мекки, а там уже сами, без лагеря и палаток, говорит, все так ездят. У мамы давление и колени, жару она переносит тяжело. Хочу всё спланировать, чтобы ей было полегче.',
      'ru',
      ['Паломничество'],
    );
    expect(keys.slice(0, 2)).toEqual(['hz-hajj-official', 'hz-hajj-heat']);
    expect(texts[0]).toMatch(/разрешени/);
    expect(texts[0]).toMatch(/врачу/);
  });

  it('leads for other wordings (en + ru)', async () => {
    const en = await tap(
      'travel',
      'Take my dad to Hajj',
      'A friend can get us to Mecca for Hajj on a visit visa, much cheaper, and we’d sleep outside the camps. Dad is 70.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-hajj-official');
    const ru = await tap(
      'family',
      'Отправить маму с братом на хадж',
      'Брат хочет поехать на хадж по туристической визе, говорит, так дешевле. Мама поедет с ним, у неё диабет.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-hajj-official', 'hz-hajj-heat']);
    expect(named('Taking my mum (72, heart condition) on Umrah in July; she struggles in the heat.')).toContain(
      'hajj_unregistered',
    );
  });

  it('stays out of an official Hajj, Umrah on a tourist visa and the Mecca of surfing', () => {
    for (const text of [
      'Хотим с мужем на хадж по квоте через ДУМ, группа и врач есть, всё официально.',
      'We want to do Hajj with my dad next year through the official quota; he has high blood pressure and the group has a doctor.',
      'Going for Umrah on a tourist visa in December with my husband, flights booked via an agency.',
      'Бали — это Мекка для сёрферов, летом жара, хочу научиться стоять на доске.',
      'Saving for Hajj in five years — I want to put aside £100 a month.',
    ])
      expect(named(text)).not.toContain('hajj_unregistered');
  });
});

describe('sweating or thirsting weight off before a weigh-in (widened after read 41b)', () => {
  it('leads on the read’s own wording: a class named by its limit, barely drinking and the banya (ru-56)', async () => {
    const { keys, texts } = await tap(
      'sport',
      'Выступить на первенстве Якутии по хапсагаю',
      'Мне 15, живу в Чурапче, хапсагаем занимаюсь четвёртый год. В марте первенство республики, тренер хочет заявить меня до 55 кг, а я сейчас 60. Старшие пацаны говорят, сгонка — это нормально: три дня почти не пить и сидеть в бане в куртке, все так делают. Хочу хотя бы в призёры, чтобы взяли на сборы в Якутск.',
      'ru',
    );
    expect(keys.slice(0, 2)).toEqual(['hz-weight-cut-stop', 'hz-weight-cut-doctor']);
    expect(texts[0]).toMatch(/сгонку/);
  });

  it('leads for other wordings of the cut (en + ru)', async () => {
    const en = await tap(
      'sport',
      'Win my first county wrestling title',
      "I'm 15 and my coach wants me to make weight for the 48kg class: three days barely drinking and sitting in the sauna.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-weight-cut-stop');
    expect(
      named('Мне 16, надо согнать 4 кг за три дня до турнира по вольной борьбе, тренер говорит сидеть в сауне.'),
    ).toContain('weight_cut');
    expect(named('He has to lose 5 kg in 3 days for the tournament, so no water and the sauna every night.')).toContain(
      'weight_cut',
    );
  });

  it('stays out of a banya after the tournament and a slow cut by eating less', () => {
    for (const text of [
      'После турнира по борьбе ходим всей командой в баню, хочу чаще тренироваться.',
      'I cut 2 kg in a week by eating a bit less for my judo grading, feeling fine.',
      'Тренер хочет заявить меня до 55 кг, я вешу 56, спокойно сброшу за месяц на питании.',
    ])
      expect(named(text)).not.toContain('weight_cut');
  });
});

describe("a toddler's decaying teeth and a bottle to sleep", () => {
  it('leads a dentist goal with a dentist soon, then water only at night (read 41b en-54)', async () => {
    const { keys, texts } = await tap(
      'checkup',
      "Get Mia's front teeth looked at, they're going brown",
      "Mia is two and a half and her top front teeth have gone brown near the gums, and one's chipped. We're in Moree, and when I rang about the dental van they said it comes out to the school and the AMS but there's a wait. She still has a bottle of juice to go to sleep, it's the only way she settles. I'm 28, on my own with her and her baby brother, no car.",
      'en',
      ['The dentist'],
    );
    expect(keys.slice(0, 2)).toEqual(['hz-bottle-dentist', 'hz-bottle-water']);
    expect(texts[1]).toMatch(/water only at night/);
    // The check-up's own booking for a child's teeth would say the first step again.
    expect(keys).not.toContain('chk-kidteeth-book');
  });

  it('leads for other wordings (en + ru)', async () => {
    const en = await tap(
      'family',
      'Calmer bedtimes with our toddler',
      'Our son is 2 and has a bottle of milk in his cot every night to drop off; his front teeth have brown spots now.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-bottle-dentist');
    const ru = await tap(
      'sleep',
      'Уложить сына без долгих уговоров',
      'Сыну 2 года, засыпает только с бутылочкой сока, а передние зубки потемнели у дёсен.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-bottle-dentist', 'hz-bottle-water']);
    expect(ru.texts[1]).toMatch(/только вода/);
  });

  it("stays out of a daytime bottle, an adult's teeth and a bottle already down to water", () => {
    for (const text of [
      'Our toddler drinks juice from a bottle at lunch and I want to cut down on sugar.',
      'My teeth are going brown from coffee and I drink a bottle of wine at night; I want whiter teeth.',
      'Our 18-month-old has a bottle of water only at night now; her teeth have a few white spots.',
      'Дочке полтора года, днём пьёт компот из бутылочки, хочу приучить к чашке.',
    ])
      expect(named(text)).not.toContain('bottle_teeth');
  });
});

describe('an older online "mate" who sends game money and moves the chat (widened after read 41)', () => {
  it('leads a family goal with the warning sign and the report (read 41 en-21)', async () => {
    const { keys, texts } = await tap(
      'family',
      'Find something me and my 12-year-old can do together on my days off',
      "I'm a single dad in Telford working shifts at a distribution centre, and on my days off my lad is in his room on his Xbox. To be fair I'm glad he's got a mate, an older lad he met on Fortnite who's been really good to him, sends him V-Bucks cards and wants them to chat on Snapchat now instead. But I'd like us to have one thing that's ours, fishing or the football maybe, before he's too old to want me around.",
      'en',
    );
    expect(keys.slice(0, 2)).toEqual(['hz-child-online-stop', 'hz-child-online-report']);
    expect(texts[0]).toMatch(/game money/);
  });

  it('leads for other wordings (en + ru)', async () => {
    const en = await tap(
      'family',
      'More time with my daughter',
      'My 11-year-old daughter has a friend from Roblox who sends her Robux and wants her WhatsApp number.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-child-online-stop');
    const ru = await tap(
      'family',
      'Больше общаться с сыном',
      'Сыну 12, у него друг из игры постарше, дарит ему робуксы и зовёт перейти в телеграм.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-child-online-stop', 'hz-child-online-report']);
    expect(ru.texts[0]).toMatch(/игровую валюту/);
  });

  it('stays out of a child spending on a game and friends they know', () => {
    for (const text of [
      'Сын в 12 лет донатит в роблоксе, покупает скины, хочу ограничить траты.',
      'My son, 13, plays Fortnite with his cousins and they chat on Snapchat.',
      'Дочке 13, общается в роблоксе с одноклассниками, на день рождения ей подарили подарочную карту.',
      'My 12-year-old spends his birthday gift cards on V-Bucks, and I want him outdoors more.',
    ])
      expect(named(text)).not.toContain('child_groomed');
  });
});
