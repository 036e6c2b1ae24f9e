import { describe, expect, it } from 'vitest';
import { hazardKeys, tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

// content/goals/hazards/people.yaml: dangers from other people and from the outdoors, named in passing in a goal of any
// kind, lead its path — and stay out where the kind's own net for the same danger stands.
const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);
const noHazard = (keys: string[]) => expect(hazardKeys(keys)).toEqual([]);

describe('a partner who controls, pushes or threatens', () => {
  it('leads with a helpline and a safety plan, in a money goal and a job goal (en + ru)', async () => {
    const en = await tap(
      'finance',
      'Start saving for a course of my own',
      "My boyfriend takes my wages every Friday and checks my phone when I get home, so I've got nothing put aside.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-partner-line', 'hz-partner-plan']);
    expect(en.texts[0]).toMatch(/domestic-abuse helpline/);
    const ru = await tap(
      'career',
      'Найти работу после декрета',
      'Муж не даёт работать и забрал мой паспорт, говорит, так надёжнее. Хочу хотя бы подработку.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-partner-line');
  });

  it("yields to family's own abuse steps, and leaves a partner's push towards a promotion alone", async () => {
    const family = await tap(
      'family',
      'Stop arguing with my husband',
      'He reads my messages and last week he shoved me into the wardrobe.',
      'en',
    );
    expect(family.keys[0]).toBe('fam-abuse-line');
    noHazard(family.keys);
    const push = await tap(
      'career',
      'Go for the team lead job',
      'He pushed me to apply for the promotion, and my husband is proud of me already.',
      'en',
    );
    noHazard(push.keys);
    const phone = await tap(
      'creative',
      'Научиться снимать на телефон',
      'Муж забрал телефон в ремонт, пока снимаю на старый.',
      'ru',
    );
    noHazard(phone.keys);
  });
});

describe('an employer or agency that holds the passport or the wages', () => {
  it('leads with copies of the documents and the embassy or a hotline (en + ru)', async () => {
    const en = await tap(
      'career',
      'Get through my first year as a caregiver in Singapore',
      'My employer keeps my passport in her drawer and the agency takes its fee out of my salary for eight months.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-work-copies', 'hz-work-hotline']);
    const ru = await tap(
      'language',
      'Выучить турецкий для работы',
      'Работаю на стройке в Стамбуле, бригадир забрал у нас паспорта, говорит, отдаст, когда отработаем долг за дорогу.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-work-copies');
    expect(ru.texts[0]).toMatch(/принудительного труда/);
  });

  it('leaves a travel agency holding a passport for a visa alone', async () => {
    const visa = await tap(
      'travel',
      'A week in Italy in May',
      'The travel agency keeps my passport for two weeks while the Schengen visa is processed.',
      'en',
    );
    noHazard(visa.keys);
  });
});

describe('someone who stalks', () => {
  it('leads with a private log and a helpline, in a home goal and a sleep goal (en + ru)', async () => {
    const en = await tap(
      'home',
      'Change the locks and make the flat feel safe',
      'Since we broke up in March my ex turns up at my work and waits outside my flat most evenings.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-stalk-log', 'hz-stalk-help']);
    const ru = await tap(
      'sleep',
      'Наладить сон',
      'После расставания бывший караулит меня у подъезда и пишет с разных номеров, я почти не сплю.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-stalk-log');
  });

  it('leaves an ex who is late to the handovers, and a toddler who wants attention, alone', async () => {
    const late = await tap(
      'recovery',
      'Make the weekend handovers calmer',
      'My ex keeps turning up late to the handovers and our daughter gets upset.',
      'en',
    );
    noHazard(late.keys);
    const toddler = await tap(
      'habit',
      'Work two focused hours a day from home',
      "Since the divorce my toddler won't leave me alone when I'm at the laptop.",
      'en',
    );
    noHazard(toddler.keys);
  });
});

describe('meeting someone from the internet alone', () => {
  it('leads with the meeting rules and a check of who they are (en + ru)', async () => {
    const en = await tap(
      'business',
      'Sell my old camera gear',
      'A buyer from Facebook wants me to bring the lens to his flat tonight and pay cash.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-meet-rules', 'hz-meet-check']);
    const ru = await tap(
      'social',
      'Начать встречаться с кем-то',
      'Парень из приложения зовёт на первое свидание к нему домой, я согласилась.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-meet-rules');
  });

  it('leaves a couple who met online years ago, and an online friend mourned, alone', async () => {
    const couple = await tap(
      'family',
      'Tell my parents we are engaged',
      "We met online five years ago and nobody knows yet that we're engaged; he'll pick me up from their house.",
      'en',
    );
    noHazard(couple.keys);
    const grief = await tap(
      'grief',
      'Пережить смерть подруги по переписке',
      'Мы ни разу не виделись, но десять лет писали друг другу каждый день. Ночью не могу уснуть.',
      'ru',
    );
    noHazard(grief.keys);
  });
});

describe('falling asleep while driving', () => {
  it('leads with the drowsy-driving rule outside sleep, in a career goal and a fitness goal (en + ru)', async () => {
    const en = await tap(
      'career',
      'Keep up with the night-shift rota at the warehouse',
      'After four nights I drive 50 minutes home and last week I drifted into the next lane.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-drowsy-rule', 'hz-drowsy-doctor']);
    const ru = await tap(
      'fitness',
      'Похудеть на 10 кг',
      'Работаю вахтой, после смены еду два часа домой, пару раз вырубился за рулём.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-drowsy-rule');
  });

  it("yields to sleep's own drowsy-driving steps, and leaves nodding off on the sofa alone", async () => {
    const sleep = await tap(
      'sleep',
      'Sleep properly between night shifts',
      'I keep nodding off at the wheel on the drive home.',
      'en',
    );
    expect(sleep.keys[0]).toBe('sleep-drive-rule');
    noHazard(sleep.keys);
    const sofa = await tap('sleep', 'Stop nodding off on the sofa at 9', 'Happens most nights after dinner.', 'en');
    noHazard(sofa.keys);
  });
});

describe('dizzy or confused in strong heat', () => {
  it('leads with the heat danger signs, in a sport goal and a business goal (en + ru)', async () => {
    const en = await tap(
      'sport',
      'Train for a half marathon',
      'I run at lunchtime in the heat and last week I got so dizzy I had to sit on the kerb.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-heat-signs', 'hz-heat-plan']);
    expect(en.texts[0]).toMatch(/heatstroke/);
    const ru = await tap(
      'business',
      'Расширить бахчу в следующем году',
      'Весь день на солнце в поле, вчера закружилась голова и вырвало.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-heat-signs');
  });

  it("yields to habit's heat steps for drinking at work, and leaves the heat of the moment alone", async () => {
    const water = await tap(
      'habit',
      'Drink enough water on the building site',
      "It's 45 degrees by noon and yesterday I went dizzy on the ladder.",
      'en',
      ['Drinking'],
    );
    expect(water.keys[0]).toBe('hab-heat-clock');
    noHazard(water.keys);
    const moment = await tap(
      'family',
      'Shout less at my kids',
      'In the heat of the moment I get confused about what I even asked them to do.',
      'en',
    );
    noHazard(moment.keys);
  });
});

describe('on water or ice alone or without a life jacket', () => {
  it('leads with the life jacket and a plan left on shore, in a trip and a home goal (en + ru)', async () => {
    const en = await tap(
      'travel',
      'A fishing weekend at the lake cabin',
      "I'll take the boat out alone at dawn; I've never bothered with a life jacket.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-water-jacket', 'hz-water-plan']);
    const ru = await tap(
      'home',
      'Подготовить дачу к зиме',
      'Зимой хожу по льду в одиночку к проруби за водой, хотя лёд ещё тонкий.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-water-jacket');
    expect(ru.texts[0]).toMatch(/спасжилет/);
  });

  it("yields to skill's net for a machine on the ice, and leaves a rink and a boss alone", async () => {
    const snow = await tap(
      'skill',
      'Научиться ездить на снегоходе на рыбалку',
      'Купил снегоход, ни разу не ездил, хочу на подлёдную рыбалку, хотя лёд ещё тонковат.',
      'ru',
      ['Только начинаю'],
    );
    expect(snow.keys[0]).toBe('skill-risky-teacher');
    noHazard(snow.keys);
    const rink = await tap('skill', 'Learn to skate at 35', "I've never been on the ice alone at the rink.", 'en');
    noHazard(rink.keys);
    const boss = await tap(
      'career',
      'Наладить отношения с начальником',
      'После ошибки в отчёте хожу по тонкому льду, хочу вернуть доверие.',
      'ru',
    );
    noHazard(boss.keys);
  });
});

describe('into the mountains or the bush alone or untold', () => {
  it('leads with a trip plan left with someone and the kit, in a fitness and a habit goal (en + ru)', async () => {
    const en = await tap(
      'fitness',
      'Get fit enough for long walks',
      "I like to hike alone in the hills on Sundays and I never tell anyone where I'm going.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-wild-plan', 'hz-wild-kit']);
    const ru = await tap(
      'habit',
      'Гулять каждый день',
      'Хожу одна в лес за грибами, далеко в тайгу, никого не предупреждаю.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-wild-plan');
  });

  it('leaves a search for a hiking group and a trip to the mountains once alone', async () => {
    const group = await tap(
      'social',
      'Find people to walk with',
      "I'd like to join a hiking group so I don't have to hike alone any more.",
      'en',
    );
    noHazard(group.keys);
    const once = await tap('travel', 'Съездить в горы', 'Хочу съездить в горы один раз в жизни, летом с мужем.', 'ru');
    noHazard(once.keys);
  });
});

describe('spraying pesticides without protection', () => {
  it('leads with the protective kit from the label and a safe routine (en + ru)', async () => {
    const en = await tap(
      'business',
      'Get the orchard ready for market',
      'I spray insecticide on the mango trees myself in shorts and flip-flops, no mask.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-spray-kit', 'hz-spray-routine']);
    const ru = await tap(
      'habit',
      'Вырастить хорошую картошку на даче',
      'Каждое лето травлю жука, опрыскиваю без перчаток и маски, потом болит голова.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-spray-kit');
  });

  it('leaves a pesticide exam and growing without pesticides alone', async () => {
    const exam = await tap(
      'exam',
      'Pass my pesticide applicator exam before spraying starts',
      'The manual is thick and I study in the evenings.',
      'en',
    );
    noHazard(exam.keys);
    const organic = await tap(
      'home',
      'Grow our own tomatoes on the balcony',
      'Without pesticides, and no gloves needed for the soil.',
      'en',
    );
    noHazard(organic.keys);
  });
});

describe('read 37: things thrown at people, a child hit, dozing at the wheel of any machine, a drive after drinking', () => {
  it('leads with the helpline for a partner who throws things at people (en + ru)', async () => {
    const en = await tap(
      'finance',
      'Save for a deposit on a flat',
      'My partner has a few beers after work and throws things at me when the bills come up.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-partner-line');
    const ru = await tap(
      'language',
      'Выучить английский для переезда',
      'Муж когда выпьет, швыряет в меня что под руку попадёт, а я пытаюсь заниматься по вечерам.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-partner-line');
  });

  it('leaves a toddler who throws things, a mug dropped and a hard move alone', async () => {
    const toddler = await tap(
      'family',
      'Calmer bedtimes',
      "My toddler throws things when he's tired and my partner and I can't agree what to do.",
      'en',
    );
    noHazard(toddler.keys);
    const mug = await tap(
      'home',
      'Declutter the kitchen',
      "A mug hit the floor yesterday and I realised we have forty of them; my husband won't part with any.",
      'en',
    );
    noHazard(mug.keys);
  });

  it('leads with the drowsy-driving rule for drifting onto the shoulder or dozing on a combine (en + ru)', async () => {
    const en = await tap(
      'career',
      'Get through my first season driving grain trucks',
      'Long days in harvest, and on Thursday I drifted onto the hard shoulder on the way back from the elevator.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-drowsy-rule');
    const ru = await tap(
      'fitness',
      'Сбросить вес к лету',
      'Работаю на уборке, сплю по четыре часа, вчера задремал на комбайне прямо в загонке.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-drowsy-rule');
  });

  it('leaves a car that slid on black ice and a nap pulled over on the verge alone', async () => {
    const ice = await tap(
      'habit',
      'Drive safer in winter',
      'Last week the car drifted off the road on black ice.',
      'en',
    );
    noHazard(ice.keys);
    const nap = await tap(
      'sleep',
      'Высыпаться в дороге',
      'В дальних поездках съезжаю на обочину, чтобы поспать 20 минут.',
      'ru',
    );
    noHazard(nap.keys);
  });

  it('leads with the no-driving-after-alcohol rule, on the ice, a snowmobile or a boat (en + ru)', async () => {
    const en = await tap(
      'travel',
      'Ice-fishing weekend with the lads',
      'We drink on the ice all day and then I drive the truck back across the lake.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-drink-wheel-rule', 'hz-drink-wheel-keys']);
    expect(en.texts[0]).toMatch(/snowmobile/);
    const ru = await tap(
      'home',
      'Обустроить дачу на Оби',
      'По выходным с соседом выпиваем, потом на снегоходе пьяным через протоку домой.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-drink-wheel-rule');
    const boat = await tap(
      'social',
      'Спокойнее проводить выходные на озере',
      'Муж с друзьями выпивает на лодке, а потом везёт детей на моторке пьяным через озеро.',
      'ru',
    );
    expect(boat.keys[0]).toBe('hz-drink-wheel-rule');
  });

  it("yields to quit's drink-driving steps, and leaves a sober drive on the ice and a driving lesson alone", async () => {
    const quit = await tap(
      'quit',
      'Stop drink-driving after the pub',
      'I drive home drunk from the pub at least once a month.',
      'en',
    );
    expect(quit.keys[0]).toBe('quit-dd-rule');
    noHazard(quit.keys);
    const sober = await tap(
      'travel',
      'Поездка на Байкал по льду',
      'Поедем по льду на машине, водитель не пьёт, мы с женой возьмём термос чая.',
      'ru',
    );
    noHazard(sober.keys);
    const lesson = await tap(
      'skill',
      'Сдать на права',
      'Сначала теория, потом за руль с инструктором, пью много кофе.',
      'ru',
    );
    noHazard(lesson.keys);
  });
});
