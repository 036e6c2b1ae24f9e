import { describe, expect, it } from 'vitest';
import { aCoachContext, contextFrom } from '../../../../test/factories/coach-context.js';
import { hazardKeys } from '../../../../test/factories/converse.js';
import { coach, hazardReader, noHazard, tap } from '../../../../test/factories/offline-cases.js';
import type { CoachContext } from '../../../core/goals/coach.port.js';

// The dangers in content/goals/hazards/people.yaml, through the real coach: each one named in passing leads the path
// of a goal of any kind, in English and Russian, and the same words in a harmless sense, or a kind's own net for the
// same danger, leave the kind's own steps in front. Where a new case goes: docs/coach.md.
const without = (keys: string[], hazardKey: string) => expect(keys).not.toContain(hazardKey);

/** More than five steps of a goal of a settled kind, each completed: a dropped step could have come after the fifth. */
async function walk(kind: string, title: string, description: string, locale: 'en' | 'ru', count: number) {
  const ctx = aCoachContext({ goal: { id: 'g', title, description, goalType: kind }, locale, mayAsk: false });
  const history: CoachContext['history'] = [];
  for (let i = 0; i < count; i++) {
    const result = await coach.nextStep(contextFrom(ctx, history));
    if (result.status !== 'ok') break;
    history.push({
      text: result.step,
      coachKey: result.coachKey ?? null,
      completedAt: new Date(),
      estimatedMinutes: result.estimatedMinutes,
    });
  }
  return history.map((step) => step.coachKey ?? '');
}

const named = (text: string) => hazardReader.read([text]).map((hazard) => hazard.id);

const leadOf = (text: string) =>
  hazardReader.lead(hazardReader.read([text]), [], (steps) => steps).map((step) => step.key);

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
  const ice = await tap('habit', 'Drive safer in winter', 'Last week the car drifted off the road on black ice.', 'en');
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

describe('a driver with dementia or failing sight still at the wheel', () => {
  it('leads with another driver for the children and a doctor about driving, in family goals (en + ru)', async () => {
    const en = await tap(
      'family',
      "Keep Saturdays at Grandma's for the kids",
      "My mum is 82 and has macular degeneration, but she still drives and picks the kids up in her car for their Saturday sleepovers. They love it and I don't want to take it away.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-unfit-drive-ride', 'hz-unfit-drive-check']);
    expect(en.texts[0]).toMatch(/change only who drives/);
    const ru = await tap(
      'family',
      'Чтобы папа не обижался на нас',
      'Папе 80, у него начальная деменция, но он до сих пор водит и по пятницам возит внуков в бассейн. Сестра говорит, что пора отобрать ключи, а я боюсь его обидеть.',
      'ru',
      ['Близкий человек с деменцией'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-unfit-drive-ride', 'hz-unfit-drive-check']);
    expect(ru.keys).toContain('fam-dem-slot');
  });

  it('leaves the one who drives to visit, and a parent who has stopped driving, alone', async () => {
    const visit = await tap(
      'family',
      'Visit Mum more often',
      'She has dementia and lives in a care home; I still drive two hours each way every Sunday and take the kids.',
      'en',
    );
    without(visit.keys, 'hz-unfit-drive-ride');
    const stopped = await tap(
      'family',
      'Поддержать папу после диагноза',
      'У папы альцгеймер, он уже не водит и продал машину, я вожу его сама и вожу к нему внуков.',
      'ru',
    );
    without(stopped.keys, 'hz-unfit-drive-ride');
  });
});

describe('on railway tracks, rail bridges or tunnels', () => {
  it('leads with staying off the line and the legal way to the view, in creative and fitness goals (en + ru)', async () => {
    const en = await tap(
      'creative',
      'Shoot a music video for my band',
      'We want the opening shots walking along the railway tracks outside town at sunset; trains only come through a few times a day.',
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-rail-off', 'hz-rail-way']);
    expect(en.texts[0]).toMatch(/can't swerve/);
    const ru = await tap(
      'fitness',
      'Проходить по 10 тысяч шагов в день',
      'Самый короткий путь до работы — по шпалам вдоль железки, там тихо, поезда ходят редко.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-rail-off');
  });

  it('leaves a bridge photographed from the bank, a model railway and a rail trail alone', async () => {
    const bank = await tap(
      'creative',
      'A photo series of the old railway bridge',
      'I shoot it from the river bank at sunset and from the footbridge upstream.',
      'en',
    );
    without(bank.keys, 'hz-rail-off');
    const model = await tap(
      'creative',
      'Finish my model railway',
      'An OO gauge layout of the Settle–Carlisle line in the loft.',
      'en',
    );
    without(model.keys, 'hz-rail-off');
    const trail = await tap(
      'fitness',
      'Бегать по выходным',
      'Бегаю по старой железной дороге: она давно заброшенная, рельсы сняли, теперь там тропа.',
      'ru',
    );
    without(trail.keys, 'hz-rail-off');
  });
});

describe('chasing, cutting off or confronting drivers in anger', () => {
  it('leads with the let-them-go rule and help with the anger, in family and sleep goals (en + ru)', async () => {
    const en = await tap(
      'family',
      'Calmer school mornings',
      "We're always late and I lose my temper in traffic — last week I chased him down after a guy cut me off, with both kids in the back.",
      'en',
      ['Calm school-run mornings'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-rage-let-go', 'hz-rage-help']);
    expect(en.texts[0]).toMatch(/let them go/);
    const ru = await tap(
      'sleep',
      'Высыпаться и не срываться',
      'Из-за недосыпа за рулём бешусь: вчера сел на хвост тому, кто меня подрезал, и тормозил перед ним.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-rage-let-go');
  });

  it("yields to quit's own road-rage steps, and leaves a cut-off friend and angry words at other drivers alone", async () => {
    const quit = await tap(
      'quit',
      'Перестать злиться за рулём',
      'В пробках ору на водителей, а пару раз догонял и подрезал в ответ, сын был в машине.',
      'ru',
    );
    without(quit.keys, 'hz-rage-let-go');
    const brother = await tap(
      'family',
      'Cut my brother off for good',
      "I'm furious with him: he borrowed money again, and I cut him off after he crashed my car.",
      'en',
    );
    without(brother.keys, 'hz-rage-let-go');
    const swear = await tap(
      'habit',
      'Be calmer on my commute',
      'I get angry when other drivers cut me off, but I only swear under my breath.',
      'en',
    );
    without(swear.keys, 'hz-rage-let-go');
  });
});

describe('a long winter drive on remote roads without experience or winter gear', () => {
  it('leads with the winter kit and check-ins, then company for the first days, in moving goals (en + ru)', async () => {
    const en = await tap(
      'moving',
      'Move to Yellowknife for my nursing job',
      "Starting in February, driving up from Edmonton in my Civic — I've never driven on ice and I'm on all-season tires.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-winter-road-kit', 'hz-winter-road-company']);
    expect(en.texts[0]).toMatch(/exhaust pipe clear of snow/);
    const ru = await tap(
      'moving',
      'Переехать в Магадан',
      'В январе поеду из Иркутска на своей машине по трассе Колыма. Зимой так далеко не ездил, резина пока всесезонка.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-winter-road-kit');
  });

  it('leaves a summer drive, a new driver learning in town, and a move by plane alone', async () => {
    const summer = await tap('travel', 'Drive the Alaska Highway with my kids', 'In July, our first long drive.', 'en');
    without(summer.keys, 'hz-winter-road-kit');
    const town = await tap('skill', 'Learn to drive in winter', 'New driver, scared of black ice on my commute.', 'en');
    without(town.keys, 'hz-winter-road-kit');
    const plane = await tap('moving', 'Переехать в Якутск', 'Зимой, лечу самолётом, вещи отправлю контейнером.', 'ru');
    without(plane.keys, 'hz-winter-road-kit');
  });
});

describe('a sleeping pill or a drink before a shift at the wheel, and nodding off on the road', () => {
  it('leads with the no-driving-drowsy-or-foggy rule and the doctor (en + ru)', async () => {
    const en = await tap(
      'career',
      'Pass my bus driver probation',
      "I take a sleeping pill most nights to get to sleep, and I'm still groggy when I start the 6 a.m. route as a bus driver.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-drowsy-rule', 'hz-drowsy-doctor']);
    expect(en.texts[0]).toMatch(/after a sleeping pill/);
    const ru = await tap(
      'sleep',
      'Нормально высыпаться',
      'Вожу маршрутку, выезд в шесть. Чтобы уснуть, пью донормил, утром голова как в тумане.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-drowsy-rule');
    expect(ru.texts[0]).toMatch(/после снотворного/);
  });

  it('drops the caffeine cut-off for the second half of a shift while it leads', async () => {
    const keys = await walk(
      'quit',
      'Cut down on coffee',
      "I work nights at the hospital and drive home at 8; last week I drifted onto the hard shoulder. I'm on eight cups a shift.",
      'en',
      11,
    );
    expect(keys.slice(0, 2)).toEqual(['hz-drowsy-rule', 'hz-drowsy-doctor']);
    // Without the drop the cut-off comes tenth, after the taper and the slump.
    expect(keys).toContain('quit-caffeine');
    without(keys, 'quit-caf-cutoff');
  });

  it('leaves sleeping pills with no driving, and a student nodding off at lectures, alone', async () => {
    const pills = await tap(
      'sleep',
      'Sleep without the sleeping pills',
      "I've taken one most nights for a year; I work from home.",
      'en',
    );
    without(pills.keys, 'hz-drowsy-rule');
    const lectures = await tap(
      'sleep',
      'Перестать засыпать на лекциях',
      'Клюю носом на парах, хотя сплю по восемь часов; езжу на учёбу на маршрутке.',
      'ru',
    );
    without(lectures.keys, 'hz-drowsy-rule');
  });
});

describe('going high too fast, or climbing on with altitude sickness', () => {
  it('leads with the acclimatisation rule and the doctor, in fitness and career goals (en + ru)', async () => {
    const en = await tap(
      'fitness',
      'Get fit for my Kilimanjaro trip',
      'We booked the 5-day Marangu route because it was the cheapest, so I want to be fit enough to push through.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-altitude-slow', 'hz-altitude-doctor']);
    expect(en.texts[0]).toMatch(/300–500 m/);
    const ru = await tap(
      'career',
      'Взять отпуск без скандала с начальником',
      'Хочу в августе за выходные сходить на Эльбрус: в пятницу прилёт, в субботу сразу наверх.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-altitude-slow');
  });

  it("yields to travel's own altitude steps, and leaves a slow itinerary alone", async () => {
    const trip = await tap(
      'travel',
      'Отпуск в Грузии',
      'Хотим за выходные сходить на Казбек: прилетаем в пятницу, в субботу сразу наверх.',
      'ru',
    );
    without(trip.keys, 'hz-altitude-slow');
    const slow = await tap(
      'fitness',
      'Get fit for Elbrus',
      'A ten-day route with two acclimatisation climbs, in August with a guided group.',
      'en',
    );
    without(slow.keys, 'hz-altitude-slow');
  });
});

describe('off-piste or backcountry without avalanche kit, training or a guide', () => {
  it('leads with the kit, the forecast and a trained leader, then a course (en + ru)', async () => {
    const en = await tap(
      'fitness',
      'Get my legs strong for ski season',
      'This year I want to ride off-piste with my mates in Revelstoke. None of us has a beacon or has done a course.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-avalanche-kit', 'hz-avalanche-course']);
    expect(en.texts[0]).toMatch(/transceiver/);
    const ru = await tap(
      'fitness',
      'Подготовиться к горнолыжному сезону',
      'Хочу кататься на сноуборде вне трасс в Шерегеше, пойду за местными, без бипера.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-avalanche-kit');
  });

  it('leaves a guided off-piste day with beacons, a summer backcountry trip and a first week on the pistes alone', async () => {
    const guided = await tap(
      'travel',
      'Ski week in Chamonix',
      'One off-piste day with a mountain guide; we all carry beacons, shovels and probes.',
      'en',
    );
    without(guided.keys, 'hz-avalanche-kit');
    const summer = await tap(
      'travel',
      'Backcountry camping in Yosemite',
      'Four nights in August with my brother.',
      'en',
    );
    without(summer.keys, 'hz-avalanche-kit');
    const first = await tap(
      'sport',
      'Научиться кататься на горных лыжах',
      'Первый раз на склоне, буду на зелёных трассах с инструктором.',
      'ru',
    );
    without(first.keys, 'hz-avalanche-kit');
  });
});

describe('roofs, cranes, pylons and abandoned buildings climbed for photos or the thrill', () => {
  it('leads with the view kept and the climb dropped, in creative and family goals (en + ru)', async () => {
    const en = await tap(
      'creative',
      'Grow my night photography account',
      'My best shots come from rooftopping: we get onto the roofs of high-rises downtown at night and shoot from the edge.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-height-ground');
    expect(en.texts[0]).toMatch(/high-voltage lines/);
    const ru = await tap(
      'family',
      'Найти общий язык с сыном-подростком',
      'Ему 15, он с друзьями лазает по заброшкам и по крышам, выкладывает видео.',
      'ru',
      ['Время вместе с подростком'],
    );
    expect(ru.keys[0]).toBe('hz-height-ground');
  });

  it('leaves a garage roof to fix, cranes the birds and a ruin bought to restore alone', async () => {
    const roof = await tap('repair', 'Fix the roof of our garage', 'It leaks at the back edge of the roof.', 'en');
    without(roof.keys, 'hz-height-ground');
    const birds = await tap(
      'creative',
      'Photograph the sandhill cranes',
      'At dawn from the blind, shots from across the marsh.',
      'en',
    );
    without(birds.keys, 'hz-height-ground');
    const ruin = await tap(
      'repair',
      'Восстановить дом в деревне',
      'Купили заброшенный дом, лазаю на чердак смотреть перекрытия.',
      'ru',
    );
    without(ruin.keys, 'hz-height-ground');
  });
});

describe('hitchhiking alone, at night or as a teenager', () => {
  it('leads with the rules for every ride and the other ways, in travel goals (en + ru)', async () => {
    const en = await tap(
      'travel',
      'Backpack around Europe on a budget',
      "I'm 19 and plan to hitchhike alone from Berlin to Lisbon to save money.",
      'en',
      ['A trip on a tight budget'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-hitch-rules', 'hz-hitch-other']);
    expect(en.texts[0]).toMatch(/number plate/);
    const ru = await tap(
      'travel',
      'Доехать до Байкала летом',
      'Денег мало, поеду автостопом одна из Новосибирска.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-hitch-rules');
  });

  it('leaves a couple hitching together and a ride-share app alone', async () => {
    const couple = await tap(
      'travel',
      'Hitchhike across New Zealand',
      'With my boyfriend next summer, we have done it before.',
      'en',
    );
    without(couple.keys, 'hz-hitch-rules');
    const app = await tap('travel', 'Доехать до Казани подешевле', 'Поеду одна через блаблакар.', 'ru');
    without(app.keys, 'hz-hitch-rules');
  });
});

describe('driving or wading through floodwater', () => {
  it('leads with turning around and a plan for the days it floods, in career and habit goals (en + ru)', async () => {
    const en = await tap(
      'career',
      'Keep my job at the mine',
      'Every wet season the creek crossing floods and I just drive through it in the ute to make my shift.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-flood-turn', 'hz-flood-plan']);
    expect(en.texts[0]).toMatch(/turn around/);
    const ru = await tap(
      'habit',
      'Не опаздывать на работу',
      'Весной дорогу затопило, и я каждое утро проскакиваю вброд на ниве.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys[0]).toBe('hz-flood-turn');
  });

  it('leaves a flooded kitchen and grief after a flood alone', async () => {
    const kitchen = await tap(
      'admin',
      'Claim on our home insurance',
      'After the flood from the flat upstairs damaged our kitchen.',
      'en',
    );
    without(kitchen.keys, 'hz-flood-turn');
    const grief = await tap(
      'grief',
      'Пережить первый паводок после гибели сына',
      'Весной вода снова поднимется, и я не знаю, как это выдержать.',
      'ru',
    );
    without(grief.keys, 'hz-flood-turn');
  });
});

describe('a passport that runs out soon after the trip', () => {
  it('leads the goal with the entry rules and a renewal', async () => {
    const { keys, texts } = await tap(
      'travel',
      'Take the kids to Thailand for the first time',
      "I'm 41, we're in Winnipeg, and I want three weeks out of here in February with my wife and our two girls (8 and 11). We've only ever done Florida. Thinking Bangkok, then a beach, maybe Chiang Mai, on about CAD 12,000 all in. My passport runs out in June but we're back early March so that's not an issue. No idea what order to do it in or which places are OK with kids.",
      'en',
    );
    expect(keys.slice(0, 2)).toEqual(['hz-passport-check', 'hz-passport-renew']);
    expect(texts[0]).toMatch(/six months after the day you arrive/);
  });

  it('leads a move abroad and a May trip to Egypt (en + ru)', async () => {
    const en = await tap(
      'moving',
      'Move to Dubai for work',
      'My passport expires in five months and I’m flying out in September.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-passport-check');
    const ru = await tap(
      'travel',
      'Поехать в Египет в мае',
      'Загранпаспорт заканчивается в августе, думаю, успеем.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-passport-check');
    expect(ru.texts[0]).toMatch(/шесть месяцев после дня въезда/);
  });

  it('leaves a passport being renewed alone', async () => {
    expect(named('Renew my passport before our trip to Spain; it expires in March.')).toEqual([]);
    expect(
      named('Сделать загранпаспорт через Госуслуги. В августе летим в Турцию, а старый паспорт заканчивается в июне.'),
    ).toEqual([]);
  });
});

describe('a foreign licence driven on long after moving abroad', () => {
  it('leads the goal with checking it is still valid, then the conversion', async () => {
    const { keys, texts } = await tap(
      'admin',
      'Swap my Indian driving licence for a New Zealand one',
      "I'm 29, a software tester in Hamilton, came over on a work visa in March 2023. I've been driving to work on my Indian licence this whole time and nobody's ever stopped me. A colleague said I should convert it and might have to sit the theory test, and I'm not sure what NZTA needs from India, mine is the old booklet type from Pune RTO.",
      'en',
    );
    expect(keys.slice(0, 2)).toEqual(['hz-abroadlic-stop', 'hz-abroadlic-convert']);
    expect(texts[0]).toMatch(/driving unlicensed/);
  });

  it('leads a UK licence in Toronto and Russian licences in Germany (en + ru)', async () => {
    const en = await tap(
      'admin',
      'Get my Ontario licence',
      "I moved to Toronto from the UK two years ago and I'm still driving on my UK licence.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-abroadlic-stop');
    const ru = await tap(
      'admin',
      'Обменять права в Германии',
      'Переехали два года назад, езжу на российских правах, никто не останавливал.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-abroadlic-stop');
    expect(ru.texts[0]).toMatch(/езда без прав/);
  });

  it('leaves a holiday road trip and a licence not yet driven on alone', async () => {
    expect(named('Road trip across the US on my UK licence during our holiday; we arrived in LA on Monday.')).toEqual(
      [],
    );
    expect(named("Convert my licence. I moved to Australia last month; I haven't driven yet.")).toEqual([]);
  });
});

describe('a long winter drive to a place never been to', () => {
  it('leads the goal with the winter kit and company', async () => {
    const { keys, texts } = await tap(
      'moving',
      'Переехать из Ростова в Мурманск на судоремонтный',
      'Мне 32, я судосварщик, предложили контракт в Мурманске с 1 февраля — платят в два раза больше, чем тут. Жена с дочкой (4 года) приедут летом, если приживусь. Севернее Воронежа никогда не был: незнаю, где там снимать, что брать из одежды и гнать ли машину своим ходом — 2800 км зимой.',
      'ru',
    );
    expect(keys.slice(0, 2)).toEqual(['hz-winter-road-kit', 'hz-winter-road-company']);
    expect(texts[0]).toMatch(/зимняя резина/);
  });

  it('leads a February drive to Yellowknife by someone never north of Sudbury', async () => {
    const en = await tap(
      'moving',
      'Move to Yellowknife for a teaching job',
      "Starting in February; I've never been north of Sudbury and I'm driving my Corolla the whole way.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-winter-road-kit');
  });

  it('leaves a winter flight north for someone who has never been alone', async () => {
    noHazard(
      (await tap('moving', 'Переехать в Якутск', 'Зимой. Никогда не был на севере, полечу самолётом.', 'ru')).keys,
    );
  });
});

describe('nodding off where someone else is the driver', () => {
  it('leaves a trucker’s wife nodding off on the sofa alone (en + ru)', async () => {
    noHazard(
      (
        await tap(
          'sleep',
          'Stop nodding off in the evenings',
          'My husband is a trucker and I nod off on the sofa every evening by eight.',
          'en',
        )
      ).keys,
    );
    expect(named('Муж дальнобойщик, а я клюю носом на работе.')).toEqual([]);
  });

  it('still leads a driver who nods off on his own runs (en + ru)', async () => {
    const en = await tap(
      'sleep',
      'Sleep better between shifts',
      'I drive a bus and I keep dozing off at red lights.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-drowsy-rule');
    const ru = await tap('sleep', 'Высыпаться', 'Работаю водителем, клюю носом к обеду.', 'ru');
    expect(ru.keys[0]).toBe('hz-drowsy-rule');
  });
});

describe('a flight into Leh and a high pass the next morning', () => {
  it('leads the trip with the acclimatisation rule and the doctor', async () => {
    const { keys, texts } = await tap(
      'travel',
      'Ride to Khardung La with Dad for his 60th',
      "I'm 25, working at an IT firm in Pune, and Dad and I have talked about a Leh trip on Bullets for years. The plan is to fly Pune–Delhi–Leh on 12 June, pick up rented bikes the same afternoon and ride up Khardung La the next morning, so we still have time for Nubra and Pangong in six days. He takes a tablet for BP and honestly he's fitter than me. I need help with the route, the inner line permits and what to pack.",
      'en',
      ['Travel'],
    );
    expect(keys.slice(0, 2)).toEqual(['hz-altitude-slow', 'hz-altitude-doctor']);
    expect(texts[0]).toMatch(/Leh/);
  });

  it('leads for other wordings of the pass and the arrival (en + ru)', async () => {
    const en = await tap(
      'fitness',
      'Get fit for a motorbike trip with my brother',
      'We land in Leh on Friday and ride over Khardung La the day after we land.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-altitude-slow');
    const ru = await tap(
      'travel',
      'Мотопутешествие с отцом',
      'Прилетаем в Лех, в тот же день берём мотоциклы, а наутро — перевал Хардунг-Ла.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-altitude-slow');
    expect(ru.texts[0]).toMatch(/Лех/);
  });

  it('leaves a trip with days in Leh first, and a low pass crossed the next morning', () => {
    expect(named('We fly into Leh, rest there three days, then ride up Khardung La with a guide.')).not.toContain(
      'altitude_fast',
    );
    expect(named('Поход по Карпатам: вечером доходим до перевала, наутро спускаемся к озеру.')).not.toContain(
      'altitude_fast',
    );
  });
});

describe('quitting the stimulant that keeps a rider or driver awake at night (wake_quit_wheel)', () => {
  it('leads the goal with the first days off it planned off the night rides', async () => {
    const { keys, texts } = await tap(
      'quit',
      'Quit miraa',
      "I'm 27, boda boda rider in Meru. I started chewing miraa to stay awake on long night rides, now it's every afternoon, I don't sleep and it eats 300 bob a day. My wife is expecting in March and I want to be done with it before the baby comes.",
      'en',
      ['Quitting before'],
    );
    expect(keys.slice(0, 2)).toEqual(['hz-wakequit-plan', 'hz-wakequit-rides']);
    expect(texts[0]).toMatch(/pull in somewhere safe/);
  });

  it('leads for other wordings: khat on a night taxi, energy drinks on night runs (en + ru)', async () => {
    const en = await tap(
      'finance',
      'Save for my own taxi',
      'I drive a rented taxi overnight and chew khat to stay alert; I want to give it up and put that money aside instead.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-wakequit-plan');
    const ru = await tap(
      'fitness',
      'Похудеть на 10 кг',
      'Таксую по ночам, чтобы не уснуть за рулём, пью по три энергетика за смену. Хочу бросить энергетики и начать худеть.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-wakequit-plan');
    expect(ru.texts[0]).toMatch(/без ночных поездок/);
  });

  it('leads instead of the drowsy-driving rule when both are named', () => {
    const text = 'I drive a truck on night runs and take caffeine pills to stay awake; I want to quit them this month.';
    expect(named(text)).toEqual(expect.arrayContaining(['drowsy_wheel', 'wake_quit_wheel']));
    expect(leadOf(text)).toEqual(['hz-wakequit-plan', 'hz-wakequit-rides']);
  });

  it('stays out of quitting energy drinks with no driving, and a rider who is not quitting', () => {
    expect(
      named('I want to quit energy drinks: I have three a night to stay awake while I study for exams.'),
    ).not.toContain('wake_quit_wheel');
    expect(named('Хочу бросить энергетики, пью их по ночам за компьютером.')).not.toContain('wake_quit_wheel');
    expect(
      named('I chew miraa to stay awake on night rides on my boda and want to save for a bike of my own.'),
    ).not.toContain('wake_quit_wheel');
  });
});

describe('a dog or cat flown in the hold or as cargo', () => {
  it('leads with the vet and entry rules, then the route', async () => {
    const { keys, texts } = await tap(
      'moving',
      'Переезд из Тбилиси в Белград с собакой',
      'Мне 35, прожили в Тбилиси три года, теперь мужа переводят в белградский офис к 1 июня. Собака — лабрадор 38 кг, в салон её не возьмут, а прямых рейсов нет. Квартира у нас с хозяйской мебелью, но своих вещей всё равно набралось на полгрузовика. Жильё в Белграде ищем удалённо, и везде пишут «без животных».',
      'ru',
    );
    expect(keys.slice(0, 2)).toEqual(['hz-pethold-rules', 'hz-pethold-route']);
    expect(texts[0]).toMatch(/ветеринар/);
  });

  it('leads for another wording (en + ru)', async () => {
    const en = await tap(
      'moving',
      'Relocate to Lisbon with our husky',
      "Our 30 kg husky is too big for the cabin so she'll go in the hold, with a layover in Frankfurt.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-pethold-rules', 'hz-pethold-route']);
    const ru = await tap(
      'travel',
      'Отпуск в Черногории с собакой',
      'Берём овчарку, она полетит в багажном отсеке, рейс с пересадкой.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-pethold-rules');
  });

  it('stays out of a small dog in the cabin, a pet left at home, and a cat by car', async () => {
    noHazard(
      (await tap('travel', 'A week in Rome', 'Our 6 kg dog flies in the cabin with us under the seat.', 'en')).keys,
    );
    expect(named('Летим в отпуск, а собаку оставляем у мамы.')).not.toContain('pet_hold');
    expect(named('Везём кота на дачу на машине, переноска в багажнике.')).not.toContain('pet_hold');
  });
});
