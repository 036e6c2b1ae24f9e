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
      "It's 45 degrees by noon and yesterday I went dizzy mixing concrete.",
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

describe('read 38: a parcel carried for someone else on a flight or across a border', () => {
  it('leads with saying no and keeping the luggage your own, in a family and a language goal (en + ru)', async () => {
    const en = await tap(
      'family',
      'Take the kids to meet their great-grandparents in Karachi',
      "We fly in March. A friend of my uncle wants me to take a sealed parcel back to his son in Leeds and says it's only spices.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-carry-refuse', 'hz-carry-own']);
    expect(en.texts[0]).toMatch(/packed myself/);
    const ru = await tap(
      'language',
      'Выучить базовый турецкий до отпуска',
      'Лечу в Анталью в июле. Коллега попросила отвезти посылку своей сестре и сказала не открывать, там вроде бы травы.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-carry-refuse');
    expect(ru.texts[0]).toMatch(/таможне/);
  });

  it('leaves a parcel of your own, a parcel sent by post and a message passed on alone', async () => {
    const own = await tap(
      'travel',
      'Pack for a week in Lisbon with hand luggage only',
      "I'll bring a parcel of my own home-made jam for our hosts; the flight leaves at six.",
      'en',
    );
    noHazard(own.keys);
    const post = await tap(
      'finance',
      'Уложиться в бюджет на поездку к сыну',
      'Посылку сыну в Германию отправлю почтой заранее, а сама полечу в октябре.',
      'ru',
    );
    noHazard(post.keys);
    const hello = await tap(
      'social',
      'Познакомиться с родственниками мужа',
      'Свекровь попросила передать привет тёте в Ереване, летим в мае.',
      'ru',
    );
    noHazard(hello.keys);
  });
});

describe('read 38: breath-hold diving alone or after fast breathing', () => {
  it('leads with the buddy rule and a freediving course, in a fitness and a skill goal (en + ru)', async () => {
    const en = await tap(
      'fitness',
      'Get fit for the spearfishing season',
      'I dive off the reef on my own most mornings and do a minute of fast breathing before each drop.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-breath-buddy', 'hz-breath-course']);
    expect(en.texts[0]).toMatch(/black out/);
    const ru = await tap(
      'skill',
      'Научиться проплывать 50 метров под водой',
      'Хожу в бассейн одна по вечерам, перед заплывом под водой часто-часто дышу, чтобы дольше терпеть.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-breath-buddy');
  });

  it("drops a skill's best attempt, its review and its scored drill while it leads", async () => {
    const quarry = await tap(
      'skill',
      'Learn to freedive to 15 metres',
      'I practise on my own at the quarry on weekends and hyperventilate a bit before each dive.',
      'en',
    );
    expect(quarry.keys.slice(0, 2)).toEqual(['hz-breath-buddy', 'hz-breath-course']);
    for (const key of ['skill-14', 'skill-15', 'skill-16', 'skill-17']) expect(quarry.keys).not.toContain(key);
  });

  it("yields to sport's own breath-hold steps, and leaves a club that dives one up, one down, and sleep apnoea alone", async () => {
    const hunt = await tap(
      'sport',
      'Задерживать дыхание дольше к сезону подводной охоты',
      'Ныряю за кефалью в одиночку, на восьми метрах держусь около минуты, хочу дольше лежать на дне.',
      'ru',
      ['Уже'],
    );
    expect(hunt.keys[0]).toBe('sport-apnea-rules');
    noHazard(hunt.keys);
    const club = await tap(
      'skill',
      'Freedive to 10 metres this summer',
      "I've joined a freediving club and we always dive with a buddy, one up, one down.",
      'en',
    );
    noHazard(club.keys);
    const apnoea = await tap(
      'sleep',
      'Перестать просыпаться разбитым',
      'Жена говорит, что ночью я надолго задерживаю дыхание, врач подозревает апноэ во сне.',
      'ru',
    );
    noHazard(apnoea.keys);
  });
});

describe('a phone in the hand while driving', () => {
  it('leads with the phone out of reach, in a language and a business goal (en + ru)', async () => {
    const en = await tap(
      'language',
      'Pass my B1 Italian exam in June',
      'I drive an hour each way, so I do my flashcards at red lights and listen to podcasts on the motorway.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-phone-wheel-away', 'hz-phone-wheel-mode']);
    const ru = await tap(
      'business',
      'Получать больше заказов на клининг',
      'Весь день езжу по объектам и отвечаю клиентам в вотсапе за рулём, иначе теряю заявки.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-phone-wheel-away');
  });

  it("yields to quit's own steps for the phone at the wheel, and leaves audio in the car alone", async () => {
    const quit = await tap('quit', 'Stop texting while driving', 'Mostly at red lights on the school run.', 'en');
    expect(quit.keys[0]).not.toMatch(/^hz-/);
    noHazard(quit.keys);
    const audio = await tap(
      'reading',
      'Finish twelve audiobooks this year',
      'I listen in the car on my commute and at the gym.',
      'en',
    );
    noHazard(audio.keys);
    const lessons = await tap(
      'language',
      'Учить испанский по подкастам',
      'Слушаю уроки за рулём по дороге на дачу, а карточки повторяю в электричке.',
      'ru',
    );
    noHazard(lessons.keys);
  });
});

describe('riding a motorbike, moped, quad or horse without a helmet', () => {
  it('leads with no helmet, no ride and a helmet that fits, in a money and a family goal (en + ru)', async () => {
    const en = await tap(
      'finance',
      'Save for a motorbike of my own',
      "For now I ride my uncle's old moped to the market without a helmet, with my little sister on the back.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-helmet-on', 'hz-helmet-fit']);
    const ru = await tap(
      'family',
      'Меньше ругаться с сыном-подростком',
      'Ему 14, он гоняет с друзьями на питбайке по посёлку, шлем не носит, а мои замечания игнорирует.',
      'ru',
    );
    // A 14-year-old on a motorbike is also a child on an adult's machine (children.yaml, read first): both lead.
    expect(ru.keys.slice(0, 2)).toEqual(['hz-kid-machine-keys', 'hz-helmet-on']);
  });

  it('leaves a bicycle commute and a hard hat on a building site alone', async () => {
    const bike = await tap(
      'habit',
      'Cycle to work three days a week',
      "No helmet yet, I'll buy one at the weekend.",
      'en',
    );
    noHazard(bike.keys);
    const site = await tap(
      'career',
      'Стать прорабом через два года',
      'На объекте иногда хожу без каски, начальник ругается.',
      'ru',
    );
    noHazard(site.keys);
  });
});

describe('swimming in open water alone or after drinking', () => {
  it('leads with someone watching and no swim after a drink, in a fitness and a social goal (en + ru)', async () => {
    const en = await tap(
      'fitness',
      'Lose a stone by August',
      'I swim alone in the reservoir before work, and on Fridays we go for a dip after the pub.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-swim-watch', 'hz-swim-float']);
    const ru = await tap(
      'social',
      'Чаще видеться с друзьями летом',
      'Каждые выходные шашлыки на речке: выпьем и купаться, кто-нибудь обязательно заплывает за буйки.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-swim-watch');
  });

  it("yields to sport's cold-water steps, and leaves the pool and a drowning mourned alone", async () => {
    const ice = await tap(
      'sport',
      'Проплыть 250 метров на соревнованиях моржей',
      'Моржую третий год, окунаюсь в одиночку на карьере по выходным.',
      'ru',
    );
    expect(hazardKeys(ice.keys)).toEqual([]);
    const pool = await tap('sport', 'Swim a mile without stopping', 'I swim alone in the pool before work.', 'en');
    noHazard(pool.keys);
    const grief = await tap(
      'grief',
      'Пережить гибель брата',
      'Прошлым летом он утонул, когда купался выпивши, а я был рядом.',
      'ru',
    );
    noHazard(grief.keys);
  });
});

describe('diving headfirst into water of unknown depth', () => {
  it('leads with the depth checked every time, in a family and a travel goal (en + ru)', async () => {
    const en = await tap(
      'family',
      'Plan a summer the kids will remember',
      "They're 13 and 15 and spend every day at the lake diving off the jetty with their mates.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-dive-depth');
    expect(en.texts[0]).toMatch(/feet first/);
    const ru = await tap(
      'travel',
      'Поехать с друзьями на Иссык-Куль',
      'Хотим снять домик у воды, пацаны уже мечтают прыгать с пирса вниз головой.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-dive-depth');
  });

  it('leaves jumps feet first where the depth is checked alone', async () => {
    const en = await tap(
      'social',
      'Spend more summer evenings outdoors',
      'We jump off the jetty at the quarry, always feet first.',
      'en',
    );
    noHazard(en.keys);
    const ru = await tap(
      'family',
      'Больше времени с детьми на даче',
      'Прыгаем с пирса только солдатиком, глубину проверили ещё весной.',
      'ru',
    );
    noHazard(ru.keys);
  });
});

describe('threats to share intimate photos or videos', () => {
  it("leads with don't pay and report it, in a money and a sleep goal (en + ru)", async () => {
    const en = await tap(
      'finance',
      'Find £800 by Friday',
      "A man I was chatting to on Instagram recorded our video call and says he'll send it to my family unless I pay.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-sextort-stop', 'hz-sextort-report']);
    const ru = await tap(
      'sleep',
      'Снова нормально спать',
      'Бывший угрожает выложить мои откровенные фото, если я не вернусь, и я не сплю ночами.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-sextort-stop');
  });

  it("leaves a boudoir photographer's portfolio and old photos sorted alone", async () => {
    const studio = await tap(
      'business',
      'Launch my boudoir photography studio',
      'Build a portfolio of tasteful intimate photos and post them on my site.',
      'en',
    );
    noHazard(studio.keys);
    const cloud = await tap(
      'home',
      'Разобрать фото в облаке',
      'Удалить старые личные фото и видео, навести порядок.',
      'ru',
    );
    noHazard(cloud.keys);
  });
});

describe('a job abroad found through a chat app, with no proper interview or contract', () => {
  it('leads with checking the job and a lifeline, in a language and a career goal (en + ru)', async () => {
    const en = await tap(
      'language',
      'Learn English for my new job',
      'A recruiter on Telegram offered me customer support work in Bangkok; they pay for my flight and I sign the contract when I get there.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-lure-check', 'hz-lure-lifeline']);
    const ru = await tap(
      'career',
      'Уехать работать за границу',
      'Нашла вакансию в тиктоке — оператором в Камбоджу, перелёт оплачивают, договор подпишем на месте.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-lure-check');
  });

  it('leaves a transfer by your own employer and a remote job found on Telegram alone', async () => {
    const transfer = await tap(
      'career',
      'Prepare for my year in our Bangkok office',
      'My employer is sending me; the relocation team books the flights.',
      'en',
    );
    noHazard(transfer.keys);
    const remote = await tap(
      'career',
      'Найти подработку',
      'Нашла вакансию в телеграме: удалённо, из дома, на компанию из Дубая.',
      'ru',
    );
    noHazard(remote.keys);
  });
});

describe('a heater, a stove or an engine running where people sleep in a tent, a shelter or a car', () => {
  it('leads with no burning while anyone sleeps and a CO alarm, in a habit and a travel goal (en + ru)', async () => {
    const en = await tap(
      'habit',
      'Go ice fishing every weekend this winter',
      'We stay out on the lake overnight and keep a propane heater going in the ice shanty.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-tent-air', 'hz-tent-alarm']);
    expect(en.texts[0]).toMatch(/carbon monoxide/);
    const ru = await tap(
      'travel',
      'Зимний поход на Байкал с друзьями',
      'Ночуем в палатке, греемся газовой горелкой, спальники у нас летние.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-tent-air');
  });

  it('leaves a tent heater with a CO alarm, and a broken alternator, alone', async () => {
    const alarm = await tap(
      'habit',
      'Ice fishing on the reservoir this winter',
      'We take a carbon monoxide alarm and a catalytic heater for the ice shack.',
      'en',
    );
    noHazard(alarm.keys);
    const alternator = await tap(
      'repair',
      'Починить машину самому',
      'Генератор в машине сломался, зимой аккумулятор садится за ночь.',
      'ru',
    );
    noHazard(alternator.keys);
  });
});
