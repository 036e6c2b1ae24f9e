import { describe, expect, it } from 'vitest';
import { aCoachContext } from '../../../../test/factories/coach-context.js';
import { hazardKeys } from '../../../../test/factories/converse.js';
import {
  anyWithPrefix,
  baseKeys,
  coach,
  firstFive,
  ownSteps,
  pack,
  slots,
  tap,
  withPrefix,
} from '../../../../test/factories/offline-cases.js';

// Goals of the family kind (content/goals/types/family.yaml), walked through the offline coach as a person would: the
// situation named and the steps it brings, the level, and a danger named in passing that leads the path. Where a new
// case goes: docs/coach.md.
const steps = async (...args: Parameters<typeof tap>) => baseKeys((await tap(...args)).keys);

/** How many of the given step keys are reflection steps. */
const reflections = (kind: string, keys: (string | null)[]) => {
  const steps = pack.types.find((type) => type.id === kind)!.steps;
  return keys.filter((key) => steps.find((step) => step.key === key)?.reflect).length;
};

/** Keys of the connection steps ("stay close": a call, a regular call, a visit, a gift, a date night, couple time). */
const CONNECTION = ['fam-01', 'fam-02', 'fam-05', 'fam-06', 'fam-21', 'fam-23', 'fam-24'];

/** The kind the coach settles on for an unplaced goal before any answer: undefined while it still has to ask. */
async function placed(title: string, description: string, locale: 'en' | 'ru') {
  const result = await coach.clarifyGoal(
    aCoachContext({ goal: { id: 'g', title, description, goalType: null }, locale, mayAsk: true }),
  );
  return result.goalType;
}

const couple = ['fam-23', 'fam-05', 'fam-29', 'fam-13'];

const sibling = ['fam-01', 'fam-02', 'fam-21', 'fam-05', 'fam-09'];

const smallChild = ['fam-07', 'fam-12', 'fam-27', 'fam-23'];

const toParents = ['fam-01', 'fam-02', 'fam-21', 'fam-05', 'fam-24'];

const speech = (keys: string[]) => keys.some((key) => key.startsWith('fam-speech-'));

/** The couple's techniques and shared rituals that must never reach someone who names violence or control. */
const COUPLE = ['fam-25', 'fam-16', 'fam-15', 'fam-26', 'fam-23', 'fam-13', 'fam-29', 'fam-22', 'fam-05'];

const SORRY = ['fam-sorry-write', 'fam-sorry-send', 'fam-sorry-listen'];

const SENT = ['fam-gsent-talk', 'fam-gsent-parents', 'fam-gsent-swap', 'fam-gsent-rules'];

const VISITS = ['fam-grand-parents', 'fam-grand-regular', 'fam-gcare-words', 'fam-gcare-contact', 'fam-23'];

/** The kind's own steps: a danger named in passing may lead with its hazard steps (another helper's). */
const own2 = (keys: string[]) => keys.filter((key) => hazardKeys([key]).length === 0);

describe("harmful steps named in a family goal lead its path, and near misses keep the kind's own steps", () => {
  it('puts a daily check-in and a personal alarm first when a fall at home went unnoticed for a day or two', async () => {
    const ru = await tap(
      'family',
      'папа один в Караганде, к нам ехать не хочет',
      'Мне 43, живу в Кёльне, работаю медсестрой в доме престарелых. Папе 79, после смерти мамы он один в Караганде, недавно упал дома и два дня никому не звонил. К нам в Германию переезжать отказывается наотрез, а я не могу бросить работу и уехать. Брат живёт рядом с ним, но они почти не разговаривают.',
      'ru',
      ['Семья'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-unfound-daily', 'hz-unfound-alarm']);
    const en = await tap(
      'family',
      'Look after Mum better from a distance',
      "She's 82 and lives alone two hours from me. Last month she fell in the kitchen and lay on the floor until a neighbour found her the next morning. She won't hear of a care home.",
    );
    expect(en.keys[0]).toBe('hz-unfound-daily');
    // A fall the person got up from, with nothing unnoticed, brings no check-in chain.
    const near = await tap(
      'fitness',
      'Get up off the floor without using my hands',
      "I'm 63 and had a fall in the garden in the autumn, and I realised I couldn't get up without crawling to a chair. I've never been sporty and my left hip is stiff.",
    );
    expect(hazardKeys(near.keys).filter((key) => key.startsWith('hz-unfound'))).toEqual([]);
    const nearRu = await tap(
      'family',
      'Чаще звонить маме',
      'Мама упала на даче, ушибла руку, сейчас всё хорошо. Хочу звонить ей хотя бы раз в неделю.',
      'ru',
    );
    expect(withPrefix(nearRu.keys, 'hz-unfound')).toEqual([]);
  });

  it('makes a relative’s cooker safe, not the person’s own, when they leave the gas on', async () => {
    const en = await tap(
      'family',
      'Help my gran stay in her own flat',
      'Gran is 88 and lately she forgets to turn off the hob; last week she left the gas on all afternoon.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-cooker-other-safe');
    expect(en.keys).not.toContain('hz-cooker-safe');
    const ru = await tap(
      'family',
      'Чаще бывать у отца',
      'Папе 82, живёт один, и в последнее время он забывает выключить газ — соседка дважды звонила.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-cooker-other-safe');
    expect(ru.keys).not.toContain('hz-cooker-safe');
    // The person's own cooker: the self steps stay.
    const near = await tap(
      'reading',
      'Read before bed again',
      'I got lost in a book and left the gas on under the soup until it boiled dry.',
      'en',
    );
    expect(near.keys[0]).toBe('hz-cooker-safe');
    expect(near.keys).not.toContain('hz-cooker-other-safe');
  });
});

describe('family: the level and what the person already has or does', () => {
  it('does not send someone to a notary over a dispute that is already settled', async () => {
    const ru = await firstFive(
      'family',
      'Помириться с сестрой',
      'Поругались из-за бабушкиной квартиры, в итоге квартиру продали, деньги разделили, а мы не общаемся уже три года.',
      'ru',
    );
    expect(ru.keys).toContain('fam-estr-settled');
    expect(ru.keys).not.toContain('fam-estr-dispute');
    const en = await firstFive(
      'family',
      'Reconcile with my brother',
      "We fell out over our parents' house. It was sold last year and the money split, but we haven't spoken since.",
    );
    expect(en.keys).toContain('fam-estr-settled');
    expect(en.keys).not.toContain('fam-estr-dispute');
    // A dispute still open keeps the neutral-facts step.
    const open = await firstFive(
      'family',
      'Reconcile with my brother',
      "We fell out over Dad's flat and haven't spoken.",
    );
    expect(open.keys).toContain('fam-estr-dispute');
    expect(open.keys).not.toContain('fam-estr-settled');
  });

  it('gives no "make them a space at your home" to stepchildren who already keep to their own rooms', async () => {
    const en = await steps(
      'family',
      'Get closer to my stepdaughter',
      "She's 14, lives with us half the week, and spends the whole time in her room on her phone.",
      'en',
      ['Being a step'],
    );
    expect(en).toContain('fam-step-partner');
    expect(en).not.toContain('fam-step-room');
    const ru = await steps(
      'family',
      'Сблизиться с падчерицей',
      'Ей 12, живёт с нами, после школы сидит у себя в комнате и почти не разговаривает.',
      'ru',
      ['Отношения с ребёнком'],
    );
    expect(ru).toContain('fam-step-partner');
    expect(ru).not.toContain('fam-step-room');
    // A stepson who sleeps on the sofa bed keeps it.
    const sofa = await steps(
      'family',
      'Get closer to my stepson',
      "He's 9 and comes to us every other weekend; he sleeps on the sofa bed in the lounge.",
      'en',
      ['Being a step'],
    );
    expect(sofa).toContain('fam-step-room');
  });

  it('does not send sisters to a notary or lawyer over a flat that has already been divided', async () => {
    const ru = await tap(
      'family',
      'помириться с сестрой после раздела папиной квартиры',
      'Мне 46, живу в Минске. Когда папы не стало, мы с младшей сестрой делили его квартиру и страшно разругались, уже полтора года не общаемся. Сейчас понимаю, что из-за квадратных метров потеряла единственного близкого человека. Хочу хотя бы начать разговаривать, но не знаю, как подступиться, чтобы не сделать хуже.',
      'ru',
      ['Семья', 'Наладить связь, когда не общаемся'],
    );
    expect(ru.keys).not.toContain('fam-estr-dispute');
    expect(ru.keys).toContain('fam-estr-settled');
    const en = await tap(
      'family',
      'Make peace with my brother',
      "After we divided Dad's house last year we stopped speaking. I miss him and want to reach out.",
      'en',
      ['Reconnecting after we stopped talking'],
    );
    expect(en.keys).not.toContain('fam-estr-dispute');
    // A division still going on keeps the neutral facts.
    const near = await tap(
      'family',
      'Помириться с братом',
      'Мы не общаемся из-за наследства: сейчас делим родительский дом, и каждый разговор кончается ссорой.',
      'ru',
      ['Наладить связь, когда не общаемся'],
    );
    expect(near.keys).toContain('fam-estr-dispute');
  });

  it('shares the housework and sick days for a parent already back at work, not the talk about going back', async () => {
    const ru = await tap(
      'family',
      'разделить домашние дела с мужем',
      'Я уже вышла на работу после декрета, дочке два года, всё по дому на мне, а когда она болеет, дома сижу тоже я.',
      'ru',
      ['Распределить домашние дела'],
    );
    expect(ru.keys.some((key) => key.startsWith('fam-job-'))).toBe(false);
    expect(ru.keys).toContain('fam-chores-list');
    expect(ru.keys).toContain('fam-sick-plan');
    // Still wanting to go back to work: the job talk stays.
    const near = await tap(
      'family',
      'уговорить мужа, чтобы я вышла на работу',
      'Сыну два, муж против того чтобы я работала, хочу выйти на работу в школу с сентября.',
      'ru',
    );
    expect(near.keys).toContain('fam-job-facts');
    expect(near.keys).not.toContain('fam-sick-plan');
  });

  it('gives a parent snapping at a teenager a pause and a repair for a teenager, not eye level and "the older child"', async () => {
    const en = await tap(
      'family',
      'stop losing my temper with my teenage daughter',
      "She's 14 and every talk about her room or her phone ends in me shouting. I'm exhausted after work.",
      'en',
      ['I lose my temper'],
    );
    expect(en.keys).toContain('fam-temper-repair-teen');
    expect(en.texts.join(' ')).not.toMatch(/eye level|older child/i);
    const ru = await tap(
      'family',
      'перестать орать на сына-подростка',
      'Сыну 16, любой разговор про учёбу и телефон заканчивается моим криком.',
      'ru',
      ['Срываюсь'],
    );
    expect(ru.keys).toContain('fam-temper-pause-teen');
    expect(ru.texts.join(' ')).not.toMatch(/уровень глаз|старшему ребёнку/i);
    const near = await tap(
      'family',
      'stop shouting at my kids',
      'They are 4 and 6 and by bedtime I lose my temper over nothing.',
      'en',
      ['I lose my temper'],
    );
    expect(near.keys).toContain('fam-temper-repair');
    expect(near.keys).not.toContain('fam-temper-repair-teen');
  });
});

describe('family: the situation named and the steps it brings', () => {
  it('family: a couple arguing about money at home get money steps, not "call your husband"; in-laws are never named as the mother', async () => {
    const money = await firstFive(
      'family',
      'Перестать ругаться с мужем из-за денег',
      'Он считает, что я трачу лишнее, я — что он жадничает. Любая крупная покупка заканчивается скандалом.',
      'ru',
    );
    expect(money.keys).toEqual(expect.arrayContaining(['fam-money-talk', 'fam-money-rule']));
    expect(money.keys).not.toContain('fam-01');
    expect(money.text).not.toMatch(/позвони или напиши/);
    expect(reflections('family', money.keys)).toBeLessThanOrEqual(1);

    const inlaw = await firstFive('family', 'get along with my mother-in-law', '');
    expect(inlaw.keys.every((key) => key!.startsWith('fam-inlaw'))).toBe(true);
    expect(inlaw.text).not.toMatch(/your mother/);

    const brother = await firstFive(
      'family',
      'Reconnect with my brother',
      "We fell out over Dad's will and haven't spoken in two years.",
    );
    expect(brother.keys.slice(0, 2)).toEqual(['fam-estr-message', 'fam-estr-wait']);
    expect(brother.keys).not.toContain('fam-01');
  });

  describe('the person in the family goal is the one the goal is about', () => {
    it('reads "my 15-year-old" as the child, not the wife in the description', async () => {
      expect(
        slots.read('Stop fighting with my 15-year-old', ['My wife thinks I am too strict']).values.relation?.id,
      ).toBe('child');
      const teen = await firstFive(
        'family',
        'Stop fighting with my 15-year-old about his phone',
        'Every night ends in shouting. My wife thinks I am too strict.',
      );
      expect(teen.text).not.toContain('your wife');
    });

    it('works on the temper, not on connection, for someone who snaps at the children', async () => {
      const temper = await firstFive(
        'family',
        'Перестать срываться на детей',
        'После работы я как пружина, ору по любому поводу.',
        'ru',
      );
      expect(temper.keys.filter((key) => key.startsWith('fam-temper-')).length).toBe(5);
      expect(temper.keys).not.toContain('fam-22');
    });

    it('keeps gifts, dates and calls out of sharing the housework', async () => {
      const chores = await firstFive(
        'family',
        'Договориться с мужем, кто что делает по дому',
        'Оба работаем, а уборка и готовка на мне.',
        'ru',
      );
      expect(chores.keys.slice(0, 4).every((key) => key.startsWith('fam-chores-'))).toBe(true);
      for (const key of ['fam-01', 'fam-05', 'fam-06', 'fam-23', 'fam-29']) expect(chores.keys).not.toContain(key);
    });
  });

  it('helps with an older child’s jealousy of a new baby, not with dinner questions', async () => {
    const sib = await firstFive(
      'family',
      'Чтобы старший не ревновал к малышке',
      'Сыну пять, дочке четыре месяца. Сын стал драться и снова писается по ночам.',
      'ru',
    );
    expect(sib.keys.every((key) => key.startsWith('fam-sib-'))).toBe(true);
    const en = await firstFive('family', 'Help my son stop being jealous of the baby', '');
    expect(en.keys[0]).toBe('fam-sib-time');
  });

  it('gives a recurring holiday row a turn plan, not a log of arguments or a date night', async () => {
    const en = await firstFive(
      'family',
      'Stop arguing with my husband about New Year',
      'My parents live in Leeds and his in Bristol, and each December we fight about whose turn it is to host us.',
    );
    expect(en.keys[0]).toBe('fam-hol-plan');
    expect(en.keys).not.toContain('fam-25');
    expect(en.keys).not.toContain('fam-06');
    const ru = await firstFive(
      'family',
      'Перестать ссориться с женой из-за праздников',
      'Каждый декабрь спорим, к чьим родителям ехать на Новый год: её мама в Самаре, мои в Туле.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['fam-hol-plan', 'fam-hol-tell']);
  });

  it('gives a family dinner with an in-law at home dinner steps, not in-law boundaries', async () => {
    const ru = await firstFive(
      'family',
      'Собираться за общим столом хотя бы по воскресеньям',
      'Живём вместе с тёщей, дети-подростки едят по своим комнатам, жена приходит поздно.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-meal-slot');
    expect(ru.keys.some((key) => key.startsWith('fam-inlaw-'))).toBe(false);
    const en = await firstFive(
      'family',
      'Have family dinners again',
      'My mother-in-law lives with us and everyone eats in their rooms with a phone.',
    );
    expect(en.keys.some((key) => key.startsWith('fam-inlaw-'))).toBe(false);
    expect(en.keys).toContain('fam-meal-phones');
  });

  it('gives a hard talk about one issue the talk steps, with no "stay close" calls, gifts or date nights', async () => {
    const en = await firstFive(
      'family',
      'Talk to my mum about her smoking around the baby',
      'She lights up on the balcony when she babysits, and every time I mention it she gets defensive.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['fam-talk-points', 'fam-talk-ask', 'fam-talk-moment']);
    expect(en.keys.some((key) => CONNECTION.includes(key))).toBe(false);
    const ru = await firstFive(
      'family',
      'Поговорить с отцом о том, что ему пора бросить водить',
      'Ему 81, зрение плохое, на прошлой неделе задел столб у подъезда. Каждый разговор заканчивается обидой.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-talk-points');
    expect(ru.keys).toContain('fam-talk-follow');
    expect(ru.keys.some((key) => CONNECTION.includes(key))).toBe(false);
    // An adult son's girlfriend is no partner of the person: no step names a "loved one".
    const grown = await firstFive(
      'family',
      'Перестать ругаться с сыном из-за его девушки',
      'Сыну 22, живёт с нами, девушка мне не нравится, и он хлопает дверью после каждого замечания.',
      'ru',
    );
    expect(grown.keys[0]).toBe('fam-talk-points');
    expect(grown.text).not.toMatch(/любим/);
    // A holiday row keeps its own turn plan; a plain wish to stay close keeps the connection steps.
    const holiday = await firstFive(
      'family',
      'Stop arguing with my wife about Christmas',
      'Every time I bring it up we fight about whose parents we visit.',
    );
    expect(holiday.keys[0]).toBe('fam-hol-plan');
    const close = await firstFive('family', 'Call my gran more often', 'She lives alone in Wales and I miss her.');
    expect(close.keys.some((key) => key.startsWith('fam-talk-'))).toBe(false);
  });

  it("gives a partner's drinking safety, a sober talk and support, with no date night or money triggers", async () => {
    const ru = await firstFive(
      'family',
      'Жена выпивает по выходным',
      'Дети боятся, когда она пьяная, я не знаю, что делать.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['fam-drink-safe', 'fam-drink-talk', 'fam-drink-support']);
    const en = await firstFive(
      'family',
      "Cope with my husband's drinking",
      'He comes home drunk twice a week and the kids hear the rows.',
    );
    expect(en.keys[0]).toBe('fam-drink-safe');
    expect(en.text).not.toMatch(/date night|tired|hungry/i);
    const calm = await firstFive('family', 'Spend more time with my wife', 'We both work late.');
    expect(calm.keys.some((key) => key.startsWith('fam-drink-'))).toBe(false);
  });

  it('gives a couple with nobody to mind the children no date out, and no family dinner', async () => {
    const ru = await firstFive(
      'family',
      'Уделять время мужу, а не только детям',
      'Двое детей, разговариваем только про памперсы. Оставить детей не с кем.',
      'ru',
    );
    expect(ru.keys).not.toContain('fam-06');
    expect(ru.keys).not.toContain('fam-12');
    const en = await firstFive('family', 'More time with my wife', 'Two kids under four and no babysitter.');
    expect(en.keys).not.toContain('fam-06');
  });

  it('gives a mother and a wife who clash the in-law steps, and political rows the conflict steps; a rift keeps its own', async () => {
    const en = await firstFive(
      'family',
      'Stop my mum and my wife falling out every visit',
      'Mum comments on how we feed the kids and my wife goes quiet for two days.',
    );
    expect(en.keys[0]).toBe('fam-inlaw-partner');
    expect(en.keys.some((key) => key.startsWith('fam-estr-'))).toBe(false);
    const ru = await firstFive(
      'family',
      'Чтобы мама и жена не ссорились',
      'Мама делает замечания, жена обижается.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-inlaw-partner');
    const politics = await firstFive(
      'family',
      'Перестать ругаться с отцом из-за политики',
      'Каждый раз всё заканчивается криком за столом.',
      'ru',
    );
    expect(politics.keys[0]).toBe('fam-25');
    expect(politics.keys.some((key) => ['fam-01', 'fam-02', 'fam-05', 'fam-21'].includes(key))).toBe(false);
    const dinner = await firstFive(
      'family',
      'Stop arguing with my brother about politics',
      'Every family dinner turns into shouting.',
    );
    expect(dinner.keys[0]).toBe('fam-25');
    expect(dinner.keys.some((key) => key.startsWith('fam-meal-'))).toBe(false);
    const rift = await firstFive(
      'family',
      'Reconcile with my brother',
      'We fell out two years ago and have not spoken.',
    );
    expect(rift.keys[0]).toBe('fam-estr-message');
  });

  it('gives a marriage after an affair counselling and support, not a date night', async () => {
    const en = await firstFive(
      'family',
      'Rebuild trust after he cheated',
      'I keep going through his messages and we end up screaming.',
    );
    expect(en.keys[0]).toBe('fam-affair-counsel');
    expect(en.keys).not.toContain('fam-06');
    const ru = await firstFive(
      'family',
      'Сохранить брак после измены',
      'Муж изменил, хочет остаться. Я проверяю его телефон и срываюсь на крик.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['fam-affair-counsel', 'fam-affair-self']);
    const dates = await firstFive('family', 'Plan more date nights', 'My husband and I barely see each other.');
    expect(dates.keys).toContain('fam-06');
  });

  it('reads visits and grandparents far away as no "you live far apart", and keeps it for another city', async () => {
    const visit = await firstFive(
      'family',
      'Перестать ссориться с мамой',
      'Когда приезжаю к ней на выходные, ссоримся из-за моей работы.',
      'ru',
    );
    expect(visit.keys).not.toContain('fam-30');
    expect(visit.keys).not.toContain('fam-26');
    const enVisit = await firstFive(
      'family',
      'Stop arguing with my dad about politics',
      'When I visit my parents every Sunday dinner ends in a shouting match.',
    );
    expect(enVisit.keys).not.toContain('fam-26');
    const grans = await firstFive(
      'family',
      'Уделять время мужу, а не только детям',
      'Бабушки далеко, детям 3 и 6, вечером сил нет.',
      'ru',
    );
    expect(grans.keys).toContain('fam-couple-home');
    const far = await firstFive(
      'family',
      'Наладить отношения с мамой',
      'Она живёт далеко, в Омске, созваниваемся раз в неделю и ссоримся.',
      'ru',
    );
    expect(far.keys).toContain('fam-30');
  });

  it('says the pause word in Russian for two people', async () => {
    const ru = await firstFive('family', 'Наладить отношения с мамой', 'Созваниваемся и каждый раз ругаемся.', 'ru');
    expect(ru.text).not.toMatch(/все берут/);
  });

  it('gives telling the children about a separation its own steps, and coming out a parent given time', async () => {
    const ru = await firstFive('family', 'Сказать детям, что мы разводимся', 'Дочке 6, сыну 10, муж съезжает.', 'ru');
    expect(ru.keys.slice(0, 2)).toEqual(['fam-div-agree', 'fam-div-words']);
    expect(ru.text).not.toMatch(/свидани|ссор/);
    const en = await firstFive('family', 'Tell the kids we are splitting up', 'He moves out in May.');
    expect(en.keys).toContain('fam-div-tell');
    const out = await firstFive(
      'family',
      'Fix things with my dad after coming out',
      'I still live at home; he barely talks to me.',
    );
    expect(out.keys[0]).toBe('fam-out-time');
    expect(out.text).not.toMatch(/video call|book the tickets/i);
    const rows = await firstFive('family', 'Stop arguing with my husband', 'We fight about money every week.');
    expect(anyWithPrefix(rows.keys, 'fam-div-')).toBe(false);
  });

  it('gives regular calls with a far-away relative calls steps, no tickets, treats or video', async () => {
    const en = await firstFive(
      'family',
      'Call my grandma every week',
      "She's 90 and lives in another city, doesn't use video.",
    );
    expect(en.keys).toEqual(expect.arrayContaining(['fam-calls-slot', 'fam-calls-easy']));
    expect(en.keys.some((key) => ['fam-02', 'fam-21', 'fam-05', 'fam-24'].includes(key))).toBe(false);
    const ru = await firstFive(
      'family',
      'Чаще звонить маме',
      'Мама живёт в Новосибирске, разница во времени четыре часа, звоню раз в месяц.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-calls-slot');
    expect(ru.text).not.toMatch(/билеты|видеозвон/);
  });

  it('gives minding a grandchild under the parents\' rules rules steps, and a parent home after bedtime no "visit"', async () => {
    const en = await firstFive(
      'family',
      'Stop arguing with my son about his rules when I babysit',
      'I have my granddaughter on Fridays; he has strict rules about screens and we keep clashing.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['fam-rules-list', 'fam-rules-talk', 'fam-rules-report']);
    expect(en.keys.some((key) => key === 'fam-26' || key === 'fam-22')).toBe(false);
    const ru = await firstFive(
      'family',
      'Проводить больше времени с дочкой',
      'Прихожу с работы в девять, она уже спит. Вижу её только по выходным.',
      'ru',
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['fam-late-morning', 'fam-late-weekend']));
    expect(ru.keys).not.toContain('fam-11');
  });

  it('gives one-to-one time with one child no whole-family meal', async () => {
    const en = await firstFive(
      'family',
      'Have one-on-one time with my daughter',
      'With three kids she never gets me to herself.',
    );
    expect(en.keys).not.toContain('fam-12');
    const ru = await firstFive(
      'family',
      'Проводить время вдвоём с сыном',
      'Средний ребёнок, ему всегда достаётся меньше внимания.',
      'ru',
    );
    expect(ru.keys).not.toContain('fam-12');
  });

  it("gives a parent whose new partner and child don't get on the parent's steps, not a step-parent's", async () => {
    const ru = await firstFive(
      'family',
      'Наладить общение мужа с моим сыном от первого брака',
      'Сыну 12, с отчимом он почти не разговаривает и уходит в комнату, как только тот приходит.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-pc-pace');
    expect(ru.keys.some((key) => key.startsWith('fam-step-'))).toBe(false);
    expect(ru.text).not.toMatch(/нравится мужу|у мужа было дома/);
    const en = await firstFive(
      'family',
      'Help my boyfriend and my daughter get on',
      "She's 9 and ignores him; he moved in with us in the spring and keeps trying too hard.",
    );
    expect(en.keys).toContain('fam-pc-pace');
    expect(en.keys.some((key) => key.startsWith('fam-step-'))).toBe(false);
    // Control: a step-parent keeps the step-parent steps.
    const step = await firstFive('family', 'Get closer to my stepson', "He's 11 and I married his mum last year.");
    expect(step.keys).toContain('fam-step-partner');
  });

  it('keeps a regular call with family far away on calls: no "no video", no talk at dinner', async () => {
    const en = await firstFive(
      'family',
      'Set up a weekly video call with my sons in Australia',
      'Both my boys moved to Perth and we only talk when something goes wrong. The time difference is eight hours.',
    );
    expect(en.keys.every((key) => key.startsWith('fam-calls-'))).toBe(true);
    expect(en.text).not.toMatch(/no video|at dinner/);
    const ru = await firstFive(
      'family',
      'Созваниваться по видео с дочкой каждую неделю',
      'Она учится в Праге, разница во времени два часа, пишем друг другу редко.',
      'ru',
    );
    expect(ru.text).not.toMatch(/без видео|за ужином/);
  });

  it("gives a young child's bedtime a routine and a calm walk back to bed, not a partner's date night", async () => {
    const en = await firstFive(
      'family',
      'Make bedtime less of a battle with my four-year-old',
      "Every night is 90 minutes of screaming, negotiating and getting out of bed, and my partner and I end up snapping at each other. We've tried sticker charts but gave up after a week.",
    );
    expect(en.keys.slice(0, 2)).toEqual(['fam-bed-routine', 'fam-bed-agree']);
    expect(en.keys).toContain('fam-bed-return');
    expect(en.text).not.toMatch(/date night/i);
    const ru = await firstFive(
      'family',
      'Чтобы сын засыпал без истерик',
      'Ему три года, укладываем по два часа, встаёт по десять раз.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-bed-routine');
    expect(ru.text).toMatch(/отбо/);
    // A partner named in passing is no wish for a date night; a goal about dates keeps it.
    const husband = await firstFive(
      'family',
      'Be a better husband',
      "I'm always tired after work and she feels ignored.",
    );
    expect(husband.keys).not.toContain('fam-06');
    const dates = await firstFive('family', 'Plan more date nights', 'My husband and I barely see each other.');
    expect(dates.keys).toContain('fam-06');
  });

  it('gives grandchildren far away short playful calls, post and the next visit — and nearby ones a regular slot', async () => {
    const ru = await firstFive(
      'family',
      'Чаще видеться с внуками, которые живут в Германии',
      'Дочь с семьёй в Дюссельдорфе, внукам четыре и семь, по-русски говорят всё хуже. Приезжают раз в год, а по видео младший через пять минут убегает.',
      'ru',
    );
    expect(ru.keys).toEqual([
      'fam-grand-parents',
      'fam-grand-call',
      'fam-grand-ours',
      'fam-grand-post',
      'fam-grand-visit',
    ]);
    expect(ru.text).not.toMatch(/семейный ужин|без телефонов/);
    const en = await firstFive(
      'family',
      'Be closer to my grandkids',
      'My grandchildren live in Canada and video calls are awkward.',
    );
    expect(en.keys).toContain('fam-grand-call');
    expect(en.keys).not.toContain('fam-grand-regular');
    const near = await firstFive(
      'family',
      'Проводить больше времени с внуком',
      'Он живёт в соседнем доме, я недавно на пенсии.',
      'ru',
    );
    expect(near.keys).toContain('fam-grand-regular');
    expect(near.keys).not.toContain('fam-grand-call');
  });

  it('gives time with a parent with dementia a fixed day and things to enjoy without talk — not a phone question', async () => {
    const en = await firstFive(
      'family',
      'Spend proper Saturdays with my dad now his dementia is getting worse',
      "He still knows us but conversations are getting harder and I live an hour away in Reading. I'd like a routine of things we can still enjoy together, starting this month.",
    );
    expect(en.keys).toEqual(['fam-dem-slot', 'fam-dem-list', 'fam-dem-talk', 'fam-dem-box', 'fam-dem-support']);
    expect(en.text).toMatch(/your father/);
    expect(en.text).not.toMatch(/postcard|specific question/i);
    const ru = await firstFive(
      'family',
      'Проводить время с мамой, у которой деменция',
      'Она живёт в соседнем районе, разговоры даются всё труднее.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-dem-slot');
    expect(ru.text).toMatch(/деменц/);
    expect(ru.text).toMatch(/маму/);
    const calls = await firstFive(
      'family',
      'Call my dad more often',
      'He lives in Spain and we only talk at Christmas.',
    );
    expect(calls.keys.some((key) => key.startsWith('fam-dem'))).toBe(false);
  });

  it("gives a parent and their child's spouse a question, something side by side and direct contact — not a child's play", async () => {
    const ru = await firstFive(
      'family',
      'Найти общий язык с зятем',
      'Дочь вышла замуж в прошлом году, зять молчаливый, и каждый наш семейный обед проходит натянуто. Я не хочу, чтобы из-за меня дочь реже приезжала.',
      'ru',
    );
    expect(ru.keys).toEqual(['fam-cil-ask', 'fam-cil-interest', 'fam-cil-side', 'fam-cil-lighter', 'fam-cil-direct']);
    expect(ru.text).toMatch(/зят/);
    expect(ru.text).not.toMatch(/игры, в которой|самым смешным|в корзинке/);
    const en = await firstFive(
      'family',
      'Get on better with my daughter-in-law',
      'My son married last spring and she seems cold with me at family dinners.',
    );
    expect(en.keys[0]).toBe('fam-cil-ask');
    expect(en.text).toMatch(/son- or daughter-in-law/);
    const inlaws = await firstFive(
      'family',
      'Get on better with my mother-in-law',
      'She comments on everything I do when we visit.',
    );
    expect(inlaws.keys.some((key) => key.startsWith('fam-cil'))).toBe(false);
  });

  it('gives relatives staying for weeks a plan for the stay and time of one’s own — not a visit ended after lunch', async () => {
    const en = await firstFive(
      'family',
      'Survive six weeks of my in-laws staying with us this summer',
      "My husband's parents are coming from Kerala for all of July and half of August. Last time I ended up hiding in the car to get some peace.",
    );
    expect(en.keys).toContain('fam-stay-plan');
    expect(en.keys).toContain('fam-stay-own');
    expect(en.keys).not.toContain('fam-inlaw-visit');
    expect(en.text).not.toMatch(/after lunch/i);
    const ru = await firstFive(
      'family',
      'Пережить, что свекровь поживёт у нас всё лето',
      'Приезжает на три месяца.',
      'ru',
    );
    expect(ru.keys).toContain('fam-stay-plan');
    expect(ru.keys).not.toContain('fam-inlaw-visit');
    // In-laws who only visit keep the visit step.
    const visits = await firstFive('family', 'Get on better with my mother-in-law', 'We visit her every other Sunday.');
    expect(visits.keys).toContain('fam-inlaw-visit');
    expect(visits.keys).not.toContain('fam-stay-plan');
  });

  it("asks a parent about their child's spouse in grammatical Russian", async () => {
    const ru = await firstFive(
      'family',
      'Подружиться с невесткой, а то сын стал реже приезжать',
      'Сын женился два года назад. С невесткой вроде не ссорились, но разговор не клеится, и теперь они приезжают только на праздники.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-cil-ask');
    expect(ru.text).toMatch(/что любит его жена или её муж/);
    expect(ru.text).not.toMatch(/их муж или жена/);
  });

  it('sizes the dementia memory box honestly: six things to start, half an hour', async () => {
    const en = await firstFive(
      'family',
      "Make my weekly visits to Mum's care home feel less like a chore",
      "She has Alzheimer's and mostly doesn't know who I am. I go every Sunday, sit for an hour making small talk and leave feeling awful.",
    );
    const at = en.keys.indexOf('fam-dem-box');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(en.minutes[at]).toBe(30);
    expect(en.texts[at]).toMatch(/first six photos/);
    expect(en.texts[at]).not.toMatch(/a dozen/);
  });

  it('gives a rift since moving abroad calls, a calm line and a letter — no pause word, evening tea or next visit at home', async () => {
    const ru = await firstFive(
      'family',
      'Наладить отношения с отцом после моей эмиграции',
      'Уехал в Израиль два года назад, отец считает это предательством. Звоню раз в месяц, разговор длится три минуты и заканчивается ссорой или молчанием.',
      'ru',
    );
    expect(ru.keys).toEqual(['fam-emig-hurt', 'fam-emig-calls', 'fam-emig-line', 'fam-emig-share', 'fam-emig-letter']);
    expect(ru.text).not.toMatch(/слово-пауз|вечерним чаем/);
    const en = await firstFive(
      'family',
      'Repair things with my mum since I moved abroad',
      'She says I abandoned her. Every call ends in a row.',
    );
    expect(en.keys[0]).toBe('fam-emig-hurt');
    expect(en.keys).not.toContain('fam-16');
    expect(en.keys).not.toContain('fam-26');
    // Regular calls with a parent in another city keep the calls steps.
    const calls = await firstFive(
      'family',
      'Чаще звонить маме',
      'Она живёт в другом городе, созваниваемся редко.',
      'ru',
    );
    expect(calls.keys[0]).toBe('fam-calls-slot');
    expect(calls.keys).not.toContain('fam-emig-hurt');
  });

  it('gives a family goal about school-run mornings the morning steps — not a list of past arguments or a pause word', async () => {
    const en = await firstFive(
      'family',
      'Calmer school-run mornings with the kids',
      "Every morning ends in shouting and we're late.",
    );
    expect(en.keys).toEqual([
      'fam-school-evening',
      'fam-school-times',
      'fam-school-list',
      'fam-school-calm',
      'fam-school-review',
    ]);
    const ru = await firstFive(
      'family',
      'Утренние сборы в школу без крика',
      'Каждое утро ругаемся с сыном и опаздываем.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-school-evening');
    expect(ru.keys).not.toContain('fam-16');
    expect(ru.keys).not.toContain('fam-25');
    // Fewer arguments with a son, with no word about mornings, keep the conflict steps.
    const rows = await firstFive('family', 'Меньше ссориться с сыном', 'Ругаемся из-за уроков.', 'ru');
    expect(rows.keys).toContain('fam-25');
    expect(rows.keys).not.toContain('fam-school-evening');
  });

  it('gives someone hosting a relative alone for weeks no partner to agree with; a couple keeps the partner steps', async () => {
    const en = await firstFive(
      'family',
      'Get through my mum staying with me for six weeks',
      "I live on my own in a one-bed flat. She's coming to stay after her hip operation.",
    );
    expect(en.keys).toContain('fam-stay-solo-plan');
    expect(en.keys).toContain('fam-stay-solo-own');
    expect(en.keys).not.toContain('fam-stay-plan');
    expect(en.keys).not.toContain('fam-stay-checkin');
    expect(en.text).not.toMatch(/partner/i);
    const ru = await firstFive(
      'family',
      'Пережить, что мама поживёт у меня два месяца',
      'Живу одна, квартира маленькая.',
      'ru',
    );
    expect(ru.keys).toContain('fam-stay-solo-plan');
    expect(ru.text).not.toMatch(/мужем или женой|мужу или жене/);
    const couple = await firstFive(
      'family',
      'Survive six weeks of my in-laws staying with us this summer',
      "My husband's parents are coming from Kerala for all of July and half of August.",
    );
    expect(couple.keys).toContain('fam-stay-plan');
    expect(couple.keys).not.toContain('fam-stay-solo-plan');
  });

  it('gives a partner newly retired and home all day territories and time apart — not a weekly slot or a postcard', async () => {
    const en = await firstFive(
      'family',
      "Make my husband's retirement work without us driving each other mad",
      "He retired from the fire service in June and now he's home all day reorganising my kitchen cupboards. We've been married 31 years and I'd like us to actually enjoy this bit.",
    );
    expect(en.keys).toEqual(['fam-ret-talk', 'fam-ret-zones', 'fam-ret-apart', 'fam-ret-project', 'fam-ret-week']);
    expect(en.texts[0]).toMatch(/with your husband/);
    expect(en.keys).not.toContain('fam-23');
    expect(en.keys).not.toContain('fam-05');
    const ru = await firstFive(
      'family',
      'Ужиться с мужем, который вышел на пенсию',
      'Теперь он целыми днями дома и переставляет всё на кухне.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-ret-talk');
    expect(ru.texts[0]).toMatch(/с мужем/);
    expect(ru.keys).not.toContain('fam-12');
    // A parent's retirement is no partner at home all day.
    const dad = await firstFive('family', 'Help my dad settle into retirement', 'He retired in May and seems lost.');
    expect(dad.keys).not.toContain('fam-ret-zones');
  });

  it('gives not lecturing a grown child the worry, a message and advice kept back — not past rows or a pause word', async () => {
    const ru = await firstFive(
      'family',
      'Научиться не поучать взрослую дочь',
      'Дочери 28, живёт отдельно. После каждого моего совета мы ругаемся, и она неделю не берёт трубку. Понимаю, что перегибаю, но остановиться не могу.',
      'ru',
    );
    expect(ru.keys).toEqual(['fam-adv-worry', 'fam-adv-message', 'fam-adv-note', 'fam-adv-ask', 'fam-adv-call']);
    expect(ru.texts[0]).toMatch(/дочери/);
    expect(ru.text).not.toMatch(/слово-пауз|три последние ссоры/);
    const en = await firstFive(
      'family',
      'Stop giving my adult son unsolicited advice',
      "He's 32 and every time I tell him how to do things he goes quiet for a week.",
    );
    expect(en.keys[0]).toBe('fam-adv-worry');
    expect(en.texts[1]).toMatch(/your son/);
    expect(en.keys).not.toContain('fam-16');
    expect(en.keys).not.toContain('fam-25');
    // Fewer rows with a daughter, with no word about advice, keep the conflict steps.
    const rows = await firstFive('family', 'Меньше ссориться с дочерью', 'Ругаемся из-за уборки в её комнате.', 'ru');
    expect(rows.keys).not.toContain('fam-adv-worry');
    // A goal like «Мама поживёт у меня два месяца» is placed in family at once, and so is not lecturing a daughter.
    expect(await placed('Мама поживёт у меня два месяца', 'Живу одна, квартира маленькая.', 'ru')).toBe('family');
    expect(
      await placed(
        'Научиться не поучать взрослую дочь',
        'Дочери 28, живёт отдельно. После каждого моего совета мы ругаемся, и она неделю не берёт трубку.',
        'ru',
      ),
    ).toBe('family');
  });

  it('gives a half-sister found late photos, questions and a call — not a family meal', async () => {
    const en = await firstFive(
      'family',
      'Get to know my half-sister properly',
      "I found her through a DNA test last year. She's in Toronto and I'm in London.",
    );
    expect(en.keys[0]).toBe('fam-new-share');
    expect(en.keys).not.toContain('fam-12');
    const ru = await firstFive('family', 'Сблизиться с сестрой по отцу', 'Познакомились только в прошлом году.', 'ru');
    expect(ru.keys[0]).toBe('fam-new-share');
    expect(ru.keys).not.toContain('fam-12');
    // A sister one grew up with keeps the ordinary path.
    const sister = await firstFive('family', 'Call my sister more often', 'We talk once a month.');
    expect(sister.keys).not.toContain('fam-new-share');
  });

  it("gives the children fighting each other rules and the flashpoint planned — not the parents' arguments", async () => {
    const en = await firstFive(
      'family',
      'Stop my two boys fighting on every car journey',
      'They are 8 and 11. My husband and I take turns yelling from the front.',
    );
    expect(en.keys[0]).toBe('fam-sib-when');
    expect(en.keys).toContain('fam-sib-plan');
    expect(en.keys).not.toContain('fam-25');
    expect(en.keys).not.toContain('fam-16');
    const ru = await firstFive(
      'family',
      'Чтобы дети не ссорились между собой',
      'Сыновьям 7 и 10, дерутся каждый день.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-sib-when');
    expect(ru.keys).not.toContain('fam-22');
    // Arguing with a husband keeps the couple's path.
    const couple = await firstFive(
      'family',
      'Argue less with my husband',
      'We fight about the same things every week.',
    );
    expect(couple.keys).not.toContain('fam-sib-when');
  });

  it("gives children's chores jobs by age — not a partner's talk about the list", async () => {
    const ru = await firstFive(
      'family',
      'Приучить детей помогать по дому',
      'Детям 10 и 13, посуду мою за всеми.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-chores-list');
    expect(ru.keys[1]).toBe('fam-kidchores-age');
    expect(ru.keys).not.toContain('fam-chores-talk');
    const en = await firstFive('family', 'Get the kids to do chores', 'They are 9 and 12 and I do all the housework.');
    expect(en.keys).toContain('fam-kidchores-age');
    expect(en.keys).not.toContain('fam-chores-talk');
    // Sharing the housework with a partner keeps the talk.
    const partner = await firstFive('family', 'Share the housework fairly with my husband', 'I do all the chores.');
    expect(partner.keys).toContain('fam-chores-talk');
    expect(partner.keys).not.toContain('fam-kidchores-age');
  });

  it("gives a teenager at odds with a parent's new partner steps about them — not a pause word with the mother", async () => {
    const en = await firstFive(
      'family',
      'Stop clashing with my stepdad',
      "I'm 17. He moved in last year and keeps changing the house rules; I just shut myself in my room.",
    );
    expect(en.keys[0]).toBe('fam-mystep-rows');
    expect(en.keys).toContain('fam-mystep-parent');
    expect(en.keys).not.toContain('fam-16');
    expect(en.keys).not.toContain('fam-26');
    expect(en.keys).not.toContain('fam-pc-pace');
    const ru = await firstFive(
      'family',
      'Наладить отношения с маминым новым мужем',
      'Мне 15, постоянно ссоримся из-за компьютера и того, во сколько я прихожу.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-mystep-rows');
    expect(ru.keys).not.toContain('fam-25');
    expect(ru.keys).not.toContain('fam-pc-pace');
    // The parent in the middle keeps the partner-and-child steps.
    const parent = await firstFive(
      'family',
      'Help my new husband and my daughter get on',
      'She is 10 and ignores him.',
    );
    expect(parent.keys[0]).toBe('fam-pc-pace');
  });

  it('gives telling parents about a hard decision a prepared talk — not weekly calls, gifts or an outing', async () => {
    const ru = await firstFive(
      'family',
      'Признаться родителям, что бросаю институт',
      'Мне 20, хочу перевестись в техникум, мама с папой платят за учёбу.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-news-plan');
    expect(ru.keys).toContain('fam-news-worries');
    expect(ru.keys).not.toContain('fam-02');
    expect(ru.keys).not.toContain('fam-05');
    expect(ru.keys).not.toContain('fam-24');
    const en = await firstFive(
      'family',
      "Tell my parents I'm leaving university",
      "I'm in second year and want to train as an electrician instead.",
    );
    expect(en.keys[0]).toBe('fam-news-plan');
    expect(en.keys).not.toContain('fam-01');
    // Seeing parents more often keeps the closeness steps.
    const visits = await firstFive('family', 'See my parents more often', 'They live two hours away.');
    expect(visits.keys).not.toContain('fam-news-plan');
    // A parent talking a child out of dropping out has the hard talk, not their own news to break.
    const parent = await firstFive('family', 'Talk to my daughter about dropping out of uni', 'She is 19.');
    expect(parent.keys).not.toContain('fam-news-plan');
  });

  it('gives a family with someone deployed or at sea short-call plans — never a daily tea together', async () => {
    const en = await firstFive(
      'family',
      'Keep us close while my wife is deployed',
      "She's in the army, posted abroad for six months, and calls are rare. We argue when she does call. Our kids are 4 and 8.",
    );
    expect(en.keys).toContain('fam-away-calls');
    expect(en.keys).not.toContain('fam-26');
    const ru = await firstFive(
      'family',
      'Не ссориться с мужем, пока он на вахте',
      'Он уезжает на север вахтой на три месяца, связь раз в неделю, и мы ругаемся по телефону.',
      'ru',
    );
    expect(ru.keys).toContain('fam-away-calls');
    expect(ru.keys).not.toContain('fam-26');
    // A couple at home keeps the daily check-in.
    const home = await firstFive('family', 'Argue less with my husband', 'We bicker every evening after work.');
    expect(home.keys).not.toContain('fam-away-calls');
  });

  it('never tells someone living with their partner to get ready to see them "in the coming days"', async () => {
    const en = await firstFive(
      'family',
      'Get on better with my wife',
      'We live together but barely talk since I started nights. I am off on Sunday.',
    );
    expect(en.keys).not.toContain('fam-11');
    const ru = await firstFive(
      'family',
      'Найти время на мужа, когда работаю на двух работах',
      'Днём на кассе, вечером убираю офисы. Муж говорит, что мы как соседи. Свободна пара часов в воскресенье.',
      'ru',
    );
    expect(ru.keys).not.toContain('fam-11');
    // A partner who lives in another city keeps the step.
    const far = await firstFive(
      'family',
      'Stay close to my wife',
      'She works in another city during the week. I see her on Saturday.',
    );
    expect(far.keys).toContain('fam-11-far');
  });

  it('gives a teenager at odds with the step-parent they live with the step-parent steps — never a message to a parent who died', async () => {
    const ru = await firstFive(
      'family',
      'Наладить отношения с отчимом',
      'Мне 16, папы нет уже три года — он умер. Живу с мамой и её новым мужем, почти не разговариваем, ругаемся из-за телефона.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-mystep-rows');
    expect(ru.keys).not.toContain('fam-estr-message');
    expect(ru.keys).not.toContain('fam-pc-pace');
    expect(ru.text).not.toMatch(/Напиши папе/);
    const en = await firstFive(
      'family',
      'Get on with my dad and his new wife',
      "I'm 15. Mum passed away when I was ten. His wife and I don't talk; we only row about my room.",
    );
    expect(en.keys[0]).toBe('fam-mystep-rows');
    expect(en.keys).not.toContain('fam-estr-message');
    // A parent whose child and new partner don't get on keeps the parent-in-the-middle steps.
    const parent = await firstFive('family', 'Help my son and my new husband get on', 'He is 12 and ignores him.');
    expect(parent.keys[0]).toBe('fam-pc-pace');
  });

  it('never writes to a relative the goal says has died: the reconciling steps name only the person to make up with', async () => {
    const ru = await firstFive(
      'family',
      'Снова начать общаться',
      'После того как умерла мама, мы с сестрой поругались на поминках и год не разговариваем.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-estr-message-open');
    expect(ru.keys).toContain('fam-estr-meet-open');
    expect(ru.keys).not.toContain('fam-estr-message');
    expect(ru.text).not.toMatch(/маме|маму/);
    const en = await firstFive(
      'family',
      'Start talking again',
      'My father died in spring and since the funeral my brother and I have not spoken.',
    );
    expect(en.keys[0]).toBe('fam-estr-message-open');
    expect(en.text).not.toMatch(/your father/);
    // No death named: the message names the relative.
    const alive = await firstFive('family', 'Make up with my cousin and my aunt', "We haven't spoken since Easter.");
    expect(alive.keys[0]).toBe('fam-estr-message');
  });

  it('gives a parent whose grown children do not speak to each other the go-between steps — not a pause word with one child', async () => {
    const ru = await firstFive(
      'family',
      'Помирить дочерей',
      'Мне 63, мои взрослые дочери не разговаривают друг с другом после ссоры на юбилее.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-mediate-role');
    expect(ru.keys).toContain('fam-mediate-listen');
    expect(ru.keys).not.toContain('fam-16');
    expect(ru.keys).not.toContain('fam-estr-message');
    const en = await firstFive(
      'family',
      'Get my sons talking to each other again',
      "They're 30 and 34 and fell out over a loan; neither will come if the other is there.",
    );
    expect(en.keys[0]).toBe('fam-mediate-role');
    expect(en.keys).not.toContain('fam-22');
    expect(en.keys).not.toContain('fam-estr-message');
    // Small children squabbling at home keep their own steps.
    const kids = await firstFive('family', 'Stop the kids fighting each other', 'They are 6 and 8.');
    expect(kids.keys).not.toContain('fam-mediate-role');
  });

  it('gives a grown-up son or daughter no child-led play and no "slower and messier" job together', async () => {
    const ru = await firstFive(
      'family',
      'Найти общий язык с сыном после армии',
      'Сыну 21, вернулся в декабре. Целыми днями в телефоне, на вопросы огрызается, работу не ищет.',
      'ru',
    );
    expect(ru.keys).not.toContain('fam-07');
    expect(ru.keys).not.toContain('fam-27');
    expect(ru.text).not.toMatch(/игры, в которой он сам выбирает/);
    const en = await firstFive(
      'family',
      'Get on better with my adult son',
      "He's 24, lives with us again after uni and spends all day in his room.",
    );
    expect(en.keys).not.toContain('fam-07');
    expect(en.keys).not.toContain('fam-27');
    // A small child keeps the play step.
    const small = await firstFive('family', 'Play more with my son', 'He is 5.');
    expect(small.keys).toContain('fam-07');
  });

  it('sets up a monthly call when the goal says once a month, not a weekly one', async () => {
    const ru = await tap(
      'family',
      'Созваниваться с братом хотя бы раз в месяц',
      'Он в Ванкувере, у нас десять часов разницы.',
      'ru',
      ['Регулярно'],
    );
    expect(ru.keys[0]).toBe('fam-calls-slot-month');
    expect(ru.keys).not.toContain('fam-calls-slot');
    expect(ru.texts[0]).not.toMatch(/еженедельн|каждую неделю/);
    const en = await tap(
      'family',
      'Video call my sister at least once a month',
      'She lives in Sydney and the time difference is hard.',
      'en',
      ['Regular'],
    );
    expect(en.keys[0]).toBe('fam-calls-slot-month');
    expect(en.keys).not.toContain('fam-calls-slot');
    // A weekly call keeps the weekly slot.
    const weekly = await tap(
      'family',
      'Weekly calls with my sister',
      'She lives in Sydney and the time difference is hard.',
      'en',
      ['Regular'],
    );
    expect(weekly.keys[0]).toBe('fam-calls-slot');
    // Once a month as today's rhythm in a goal to call more often is no monthly wish.
    const more = await firstFive(
      'family',
      'Чаще звонить папе',
      'Папа живёт в Иркутске, разница во времени пять часов, сейчас звоню раз в месяц.',
      'ru',
    );
    expect(more.keys[0]).toBe('fam-calls-slot');
  });

  it("does not follow an argument's daily check-in with 'ask one question and listen to the whole answer'", async () => {
    const en = await tap(
      'family',
      'Stop rowing with my husband about his gaming',
      "He's on the Xbox most nights till midnight, I'm doing bedtime alone, and when I say anything it turns into a row about how I never let him relax. Kids are 3 and 6. I just want us to stop having the same fight every week.",
    );
    expect(en.keys).toContain('fam-26');
    expect(en.keys).not.toContain('fam-22');
    expect(en.keys).not.toContain('fam-03');
    const ru = await firstFive(
      'family',
      'Перестать ссориться с мужем',
      'Каждый вечер ругаемся из-за мелочей, потом по два дня молчим.',
      'ru',
    );
    expect(ru.keys).toContain('fam-26');
    expect(ru.keys).not.toContain('fam-22');
    // Time with a partner, no argument: the question step stays.
    const partner = await tap('family', 'Spend more time with my husband', 'We both work long hours and barely talk.');
    expect(partner.keys[0]).toBe('fam-22');
  });

  it("gives a child or a partner one question-and-listen step, not a second 'just listen' one", async () => {
    const ru = await tap('family', 'Выходные с детьми без телефонов', '', 'ru');
    expect(ru.keys).toContain('fam-22');
    expect(ru.keys).not.toContain('fam-03');
    const en = await firstFive('family', 'Phone-free weekends with the kids', '');
    expect(en.keys).toContain('fam-22');
    expect(en.keys).not.toContain('fam-03');
    // Time with the children keeps the question step and the play step.
    const kids = await firstFive('family', 'Play more with my son', 'He is 5.');
    expect(kids.keys).toEqual(expect.arrayContaining(['fam-22', 'fam-07']));
  });

  it('gives someone persuading the parents they live with to let them go the plan, the worries, an ally — not a call or a visit', async () => {
    const ru = await tap(
      'family',
      'Уговорить родителей отпустить меня учиться в Махачкалу',
      'Мне 17, живу в горном селе. Отец говорит, что девушке одной в городе делать нечего. Старший брат вроде за меня, но при отце молчит.',
      'ru',
      ['Уговорить'],
    );
    expect(ru.keys).toEqual(['fam-let-plan', 'fam-let-worries', 'fam-let-ally', 'fam-let-moment', 'fam-let-step']);
    const en = await tap(
      'family',
      'Convince my parents to let me study in London',
      "I'm 17 and my dad says a big city is no place for me.",
      'en',
      ['Persuading'],
    );
    expect(en.keys[0]).toBe('fam-let-plan');
    expect(en.keys).not.toContain('fam-01');
    expect(en.keys).not.toContain('fam-21');
    // Telling the parents about a decision already made keeps its own steps.
    const news = await tap('family', "Tell my parents I'm dropping out", "I'm leaving uni after first year.", 'en', [
      'Telling',
    ]);
    expect(news.keys[0]).toBe('fam-news-plan');
    expect(news.keys).not.toContain('fam-let-plan');
  });

  it("gives a baby's parent care steps, not questions, games or the weekly shop", async () => {
    const en = await firstFive(
      'family',
      'Bond with my baby daughter',
      "She's 4 months old, my wife does everything and she cries when I hold her. I work long weeks.",
    );
    expect(en.keys.slice(0, 3)).toEqual(['fam-baby-routine', 'fam-baby-close', 'fam-baby-talk']);
    for (const key of ['fam-22', 'fam-07', 'fam-12', 'fam-27']) expect(en.keys).not.toContain(key);
    const ru = await firstFive(
      'family',
      'Сблизиться с сыном',
      'Сыну три месяца, жена всё делает сама, а у меня на руках он плачет. Работаю вахтами по городу, вижу его по выходным.',
      'ru',
    );
    expect(ru.keys).toContain('fam-baby-routine');
    for (const key of ['fam-22', 'fam-07', 'fam-12', 'fam-27']) expect(ru.keys).not.toContain(key);
    // A small child keeps the play step; once a month is no baby.
    const small = await firstFive('family', 'Play more with my son', 'He is 5.');
    expect(small.keys).toContain('fam-07');
    const monthly = await firstFive('family', 'Видеться с дочерью раз в месяц', 'Дочке 6, живёт со мной.', 'ru');
    expect(monthly.keys.filter((key) => key.startsWith('fam-baby'))).toEqual([]);
  });

  it('gives a parent who works far away calls and visits, not breakfasts, meals or errands together', async () => {
    const en = await tap(
      'family',
      'Stay close to my daughter while I work away',
      "I work in a factory in Shenzhen. She's 6 and lives with my parents in our village; I only get home for New Year.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['fam-away-slot', 'fam-away-share']);
    for (const key of ['fam-23', 'fam-07', 'fam-12', 'fam-27']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'family',
      'Не потерять связь с сыном',
      'Третий год на заработках в Петербурге, сыну 9, живёт у бабушки. Домой езжу раз в год.',
      'ru',
    );
    expect(ru.keys).toContain('fam-away-slot');
    for (const key of ['fam-23', 'fam-12', 'fam-27']) expect(ru.keys).not.toContain(key);
    // A hard talk with a father one visits in the summer: its own steps, no daily tea.
    const talk = await tap(
      'family',
      'Сказать отцу, что не буду работать в его автосервисе',
      'Учусь в Томске, каждый мой приезд начинается со скандала. Домой еду на август.',
      'ru',
    );
    expect(talk.keys).not.toContain('fam-26');
    expect(talk.keys.filter((key) => key.startsWith('fam-away'))).toEqual([]);
    // A parent at home keeps the weekly slot.
    const home = await firstFive('family', 'Spend more time with my son', 'He is 8 and I work late most days.');
    expect(home.keys).toContain('fam-23');
  });

  it('gives a quiet couple whose children have left no rows to list and no babysitter', async () => {
    const en = await tap(
      'family',
      'Talk to my husband again',
      "Our youngest went to university in September. We're not fighting, we just have nothing to say to each other.",
      'en',
      ['Time as a couple'],
    );
    for (const key of ['fam-25', 'fam-16', 'fam-15', 'fam-couple-sitter', 'fam-couple-home']) {
      expect(en.keys).not.toContain(key);
    }
    const ru = await tap(
      'family',
      'Снова разговаривать с женой',
      'Дети разъехались, мы остались вдвоём. Не ругаемся, просто не о чем говорить, вечерами молчим.',
      'ru',
      ['Время вдвоём'],
    );
    for (const key of ['fam-25', 'fam-16', 'fam-15', 'fam-couple-sitter']) expect(ru.keys).not.toContain(key);
    // A couple who argue keep the look at their rows.
    const rows = await tap('family', 'Argue less with my wife', 'We fight about money every week.', 'en');
    expect(rows.keys).toContain('fam-25');
  });

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

  it('gives a parent working abroad calls and things to share from afar — no breakfast, family meal or play together', async () => {
    const en = await tap(
      'family',
      "Keep my 16-year-old talking to me while I'm in Riyadh",
      "I'm 44, from Iloilo, working as a housemaid in Riyadh. My son lives with my sister and he used to tell me everything, now he just answers 'ok po' and goes offline. I only really get my phone on Fridays. I go home on vacation every two years.",
      'en',
    );
    expect(en.keys.slice(0, 4)).toEqual(['fam-away-slot', 'fam-away-share', 'fam-away-post', 'fam-away-visit']);
    for (const key of ['fam-23', 'fam-07', 'fam-12', 'fam-27', 'fam-teen']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'family',
      'Чтобы сын-подросток со мной разговаривал',
      'Работаю за границей сиделкой, сын живёт у моей сестры, домой приезжаю раз в два года. Раньше всё рассказывал, теперь отвечает «норм» и выходит из сети.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-away-slot');
    for (const key of ['fam-23', 'fam-07', 'fam-12', 'fam-27', 'fam-teen']) expect(ru.keys).not.toContain(key);
    // A child at home keeps the weekly slot together.
    const home = await tap('family', 'Spend more time with my son', 'He is 9 and we both get home by six.', 'en');
    expect(home.keys).toContain('fam-23');
    expect(home.keys).not.toContain('fam-away-slot');
  });

  it('gives a bride living in her husband’s family home no visit to plan', async () => {
    const en = await tap(
      'family',
      'Stop arguing with my mother-in-law now we share a kitchen',
      "I'm 24, living with my husband's family in a village. His mother corrects everything I cook, always in front of the others.",
      'en',
      ['Getting on with the in-laws'],
    );
    expect(en.keys).toContain('fam-inlaw-learn');
    expect(en.keys).not.toContain('fam-inlaw-visit');
    expect(en.keys).not.toContain('fam-inlaw-gesture');
    const ru = await tap(
      'family',
      'Перестать ругаться со свекровью',
      'Живу в семье мужа, кухня общая, свекровь поправляет всё, что я готовлю.',
      'ru',
      ['Отношения с роднёй'],
    );
    expect(ru.keys).toContain('fam-inlaw-learn');
    expect(ru.keys).not.toContain('fam-inlaw-visit');
    // In-laws who visit keep the visit planned.
    const visits = await tap(
      'family',
      'Get on better with my mother-in-law',
      'She comes for Sunday lunch and criticises my cooking.',
      'en',
      ['Getting on with the in-laws'],
    );
    expect(visits.keys).toContain('fam-inlaw-visit');
  });

  it('helps a parent through a partner’s cancer treatment with the children — not a date night', async () => {
    const en = await tap(
      'family',
      'Keep things normal for the kids while my wife goes through chemo',
      "My wife starts chemo next week, six rounds. Our kids are 6 and 10. I honestly don't know how much to tell them.",
      'en',
    );
    expect(en.keys).toEqual(['fam-ill-tell', 'fam-ill-routine', 'fam-ill-school', 'fam-ill-help', 'fam-ill-time']);
    expect(en.text).toContain('plain words');
    const ru = await tap(
      'family',
      'Чтобы дети не боялись, пока муж лечится',
      'У мужа нашли рак, начинается химиотерапия. Детям 5 и 9, я не знаю, что им говорить.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-ill-tell');
    for (const key of couple) expect(ru.keys).not.toContain(key);
    // A grown-up child supporting a parent through treatment, no children named, gets none of them.
    const mum = await tap('family', 'Support my mum through chemo', 'She lives alone two streets away.', 'en');
    expect(mum.keys.some((key) => key.startsWith('fam-ill-'))).toBe(false);
  });

  it('helps a mother caught between her husband and their teenage son — not couple steps', async () => {
    const ru = await tap(
      'family',
      'Помирить мужа с сыном-подростком',
      'Сыну 15, они с мужем с осени почти не разговаривают. Я между ними как переводчик.',
      'ru',
      ['Мои близкие не общаются'],
    );
    expect(ru.keys[0]).toBe('fam-mediate-role');
    for (const key of ['fam-22', ...couple]) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'family',
      'Get my husband and my son talking again',
      "My husband and our son haven't spoken since a row about his grades. I'm stuck passing messages.",
      'en',
      ['Two of mine'],
    );
    expect(en.keys[0]).toBe('fam-mediate-role');
    for (const key of couple) expect(en.keys).not.toContain(key);
    // A couple goal keeps the couple's steps.
    const pair = await tap('family', 'Spend more time with my husband', 'We both work late.', 'en', ['None']);
    expect(pair.keys).toContain('fam-23');
    expect(pair.keys).not.toContain('fam-mediate-role');
  });

  it('gives an aunt or uncle steps for the nephew or niece — not calls, lunches and old photos for their parent', async () => {
    const en = await tap(
      'family',
      'Be there for my niece while her dad is in jail',
      "My sister's husband got sentenced last spring. My niece is 8 and lives with my sister across town. I'm off on Sundays and I've never really looked after a kid.",
      'en',
      ['Being there'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['fam-nib-parent', 'fam-nib-slot', 'fam-nib-first']);
    for (const key of sibling) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'family',
      'Стать нормальным дядей для племянника',
      'Брат уехал на заработки на два года, его сыну 10, живёт с мамой в соседнем районе. Хочу забирать его по воскресеньям, но боюсь пообещать и пропасть.',
      'ru',
      ['Быть рядом'],
    );
    expect(ru.keys[0]).toBe('fam-nib-parent');
    for (const key of sibling) expect(ru.keys).not.toContain(key);
    // A goal about the brother himself keeps the sibling steps.
    const brother = await tap(
      'family',
      'Get closer to my brother',
      'We live in different cities and barely talk.',
      'en',
    );
    expect(brother.keys).toContain('fam-09');
    expect(brother.keys.some((key) => key.startsWith('fam-nib-'))).toBe(false);
  });

  it('gives the family of someone in prison the prison’s own ways of contact — no lunch, walk or tickets to book', async () => {
    const en = await tap(
      'family',
      'Stay close to my brother while he serves his sentence',
      "He was sent down in March for three years. I don't know how visits work and we used to talk every day.",
      'en',
    );
    expect(en.keys).toContain('fam-prison-rules');
    for (const key of ['fam-02', 'fam-21', 'fam-24']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'family',
      'Не потерять связь с братом, пока он в колонии',
      'Ему дали четыре года. Раньше созванивались каждый день, а теперь не знаю, как писать и ездить.',
      'ru',
    );
    expect(ru.keys).toContain('fam-prison-rules');
    for (const key of ['fam-02', 'fam-21']) expect(ru.keys).not.toContain(key);
    // A brother at large keeps the visit planned.
    const free = await tap(
      'family',
      'Get closer to my brother',
      'He lives two hours away and we only meet at Christmas.',
      'en',
    );
    expect(free.keys).toContain('fam-21');
    expect(free.keys).not.toContain('fam-prison-rules');
  });

  it('gives a parent whose child left to study in another city calls and news from home — no floor play or family meal', async () => {
    const ru = await tap(
      'family',
      'Сохранить близость с сыном, который уехал учиться в Казань',
      'Сын первый год в университете, живёт в общежитии. Пишет редко и коротко, я не знаю, о чём его спрашивать, чтобы не надоедать.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-kidaway-time');
    for (const key of smallChild) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'family',
      'Stay close to my daughter now she has gone off to university',
      "She's in her first term three hundred miles away. Our calls are two minutes of 'fine, Mum'.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['fam-kidaway-time', 'fam-kidaway-share']);
    for (const key of smallChild) expect(en.keys).not.toContain(key);
    // A child at home keeps play and the meal together.
    const home = await tap('family', 'Spend more time with my son', 'He is 6 and we both get home by five.', 'en');
    expect(home.keys).toContain('fam-07');
    expect(home.keys.some((key) => key.startsWith('fam-kidaway-'))).toBe(false);
  });

  it('helps parents tell a child how they came to be — donor or adoption — instead of a weekly slot and play', async () => {
    const en = await tap(
      'family',
      'Tell our son he was conceived with donor sperm',
      "He's 7 and we always meant to tell him. My husband is nervous about getting the words wrong, and my parents don't know.",
      'en',
      ['Telling a child'],
    );
    expect(en.keys).toEqual([
      'fam-origin-words',
      'fam-origin-questions',
      'fam-origin-tell',
      'fam-origin-after',
      'fam-origin-family',
    ]);
    const ru = await tap(
      'family',
      'Рассказать дочке, что её удочерили',
      'Ей шесть, она у нас с восьми месяцев. Бабушки знают, а сама она нет, и я боюсь этого разговора.',
      'ru',
      ['Сказать ребёнку'],
    );
    expect(ru.keys[0]).toBe('fam-origin-words');
    for (const key of ['fam-22', 'fam-23', 'fam-07']) expect(ru.keys).not.toContain(key);
    // A parent who only wants more time together keeps the ordinary steps.
    const time = await tap('family', 'Spend more time with my daughter', 'She is 7 and I work late.', 'en');
    expect(time.keys).toContain('fam-22');
    expect(time.keys.some((key) => key.startsWith('fam-origin-'))).toBe(false);
  });

  it('helps siblings deciding about a parent’s home keep the peace — no call, gift or visit for parents who have died', async () => {
    const ru = await tap(
      'family',
      'Не поссориться с братом из-за маминой квартиры',
      'Мамы не стало весной. Брат хочет сдавать квартиру, мне нужны деньги на ипотеку, и каждый разговор кончается криком.',
      'ru',
      ['Решаем с роднёй'],
    );
    expect(ru.keys[0]).toBe('fam-estate-each');
    for (const key of toParents) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'family',
      "Keep my sisters and me talking while we sort out Dad's house",
      'Dad died in January. One of us wants to sell, one lives there, and I am stuck in the middle.',
      'en',
      ['Siblings deciding'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['fam-estate-each', 'fam-estate-facts']);
    for (const key of toParents) expect(en.keys).not.toContain(key);
    // A goal to see the parents more keeps its visit planned.
    const parents = await tap('family', 'See my parents more often', 'They live three hours away by train.', 'en');
    expect(parents.keys).toContain('fam-21');
    expect(parents.keys.some((key) => key.startsWith('fam-estate-'))).toBe(false);
  });

  it('gives a couple living with the in-laws while they save no visit to plan', async () => {
    const en = await tap(
      'family',
      'Keep the peace with my in-laws',
      "We're living with them until our flat is ready, probably next summer.",
      'en',
      ['Getting on'],
    );
    expect(en.keys).toContain('fam-inlaw-learn');
    expect(en.keys).not.toContain('fam-inlaw-visit');
    const ru = await tap(
      'family',
      'Найти общий язык со свекровью',
      'Пока копим на первый взнос, живём у них, в одной квартире.',
      'ru',
      ['Отношения с роднёй'],
    );
    expect(ru.keys).toContain('fam-inlaw-learn');
    expect(ru.keys).not.toContain('fam-inlaw-visit');
    // In-laws who come over keep the visit planned.
    const visits = await tap(
      'family',
      'Get on better with my in-laws',
      'They come over every other Sunday and criticise the children.',
      'en',
      ['Getting on'],
    );
    expect(visits.keys).toContain('fam-inlaw-visit');
  });

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
    // blind read 42b: under one roof the own child is not asked about get-togethers first (it puts them in the
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

  it('apologises first for a hurt the person caused — no weekly call or visit booked', async () => {
    const en = await tap(
      'family',
      'Make it up with my brother',
      'I forgot his birthday again and said something awful when he called me out. He barely speaks to me now.',
      'en',
    );
    expect(en.keys.slice(0, 3)).toEqual(SORRY);
    for (const key of ['fam-01', 'fam-02', 'fam-21', 'fam-estr-message']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'family',
      'Помириться с мамой',
      'Я её обидела на Новый год, не приехала на её юбилей, и она со мной почти не разговаривает.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-sorry-write');
    expect(ru.keys).not.toContain('fam-estr-message');
    // A rift the person didn't cause keeps the warm first message.
    const rift = await tap(
      'family',
      'Reconnect with my estranged father',
      "We haven't spoken in six years since he left.",
      'en',
      ['Reconnecting'],
    );
    expect(rift.keys).toContain('fam-estr-message');
    expect(rift.keys.filter((key) => key.startsWith('fam-sorry'))).toEqual([]);
  });

  it('helps grandparents with a grandchild sent to live with them — no visits arranged with the parents', async () => {
    const en = await tap(
      'family',
      'Get on with our grandson this year',
      "He's 14; his parents sent him to live with us on the farm for a year after trouble at his city school. He's on his phone all day.",
      'en',
      ['None'],
    );
    expect(en.keys.slice(0, 4)).toEqual(SENT);
    for (const key of VISITS) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'family',
      'Подружиться с внучкой',
      'Дочь с зятем уехали на заработки и отправили её к нам на весь учебный год. Ей 12, скучает, молчит.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('fam-gsent-talk');
    expect(ru.keys).toContain('fam-gsent-parents');
    for (const key of VISITS) expect(ru.keys).not.toContain(key);
    // A grandchild raised while the parent is in treatment keeps the kinship steps.
    const care = await tap(
      'family',
      'Help my granddaughter settle in',
      "She's 8 and lives with us now while her mum is in rehab.",
      'en',
      ['None'],
    );
    expect(care.keys[0]).toBe('fam-gcare-words');
    expect(care.keys.filter((key) => key.startsWith('fam-gsent'))).toEqual([]);
  });

  it('reads a settlement in other words, so the talk is not sent back to lawyers', async () => {
    const en = await steps(
      'family',
      'Patch things up with my brother',
      "We fell out over Dad's flat after he died. It went to lawyers, but we reached a settlement last year. We haven't spoken since.",
      'en',
      ['Reconnecting'],
    );
    expect(en).toContain('fam-estr-settled');
    expect(en).not.toContain('fam-estr-dispute');
    const ru = await steps(
      'family',
      'Помириться с сестрой',
      'После смерти отца поругались из-за дачи, дошло до суда. В итоге договорились, но уже год не общаемся.',
      'ru',
      ['Наладить'],
    );
    expect(ru).toContain('fam-estr-settled');
    expect(ru).not.toContain('fam-estr-dispute');
    // A dispute still open keeps the neutral facts.
    const open = await steps(
      'family',
      'Patch things up with my brother',
      "We fell out over Dad's flat after he died and still can't agree whether to sell it.",
      'en',
      ['Reconnecting'],
    );
    expect(open).toContain('fam-estr-dispute');
  });

  it('works on the row with the in-laws over a baby, not on bonding with the baby', async () => {
    const en = await steps(
      'family',
      'Stop arguing with my mother-in-law about the baby',
      "Our daughter is 5 months old and we live with my husband's parents. His mum overrides everything I do with the baby.",
      'en',
      ['Getting on with the in-laws'],
    );
    expect(en[0]).toBe('fam-inlaw-partner');
    expect(withPrefix(en, 'fam-baby-')).toEqual([]);
    const ru = await steps(
      'family',
      'Не ругаться с тёщей из-за внука',
      'Сыну три месяца, тёща приходит каждый день и всё переделывает по-своему, жена между нами.',
      'ru',
      ['Отношения с роднёй'],
    );
    expect(ru[0]).toBe('fam-inlaw-partner');
    expect(withPrefix(ru, 'fam-baby-')).toEqual([]);
    // A new dad bonding with his baby keeps the baby steps.
    const dad = await steps(
      'family',
      'Bond with my newborn',
      "I'm a new dad, our son is 6 weeks old and I'm back at work.",
      'en',
    );
    expect(dad[0]).toBe('fam-baby-routine');
  });

  it("keeps the children's day with a grandparent who has dementia, reshaped, and never calls the parent 'your grandfather'", async () => {
    const en = await tap(
      'family',
      "Keep my girls' Saturdays with their grandma",
      'My mum has dementia now. My two girls (7 and 10) spend Saturday mornings at hers, but she gets muddled and cross, and the older one says she would rather stay home.',
      'en',
      ['A family member with dementia'],
    );
    const keys = ownSteps(baseKeys(en.keys));
    expect(keys.slice(0, 2)).toEqual(['fam-demkids-shape', 'fam-demkids-explain']);
    expect(keys).not.toContain('fam-dem-slot');
    expect(en.text).not.toContain('your grandmother');
    const ru = await steps(
      'family',
      'Сохранить субботы детей с дедушкой',
      'У папы Альцгеймер, мои сыновья 8 и 11 лет каждую субботу у него, но он путается и сердится на шум.',
      'ru',
      ['Близкий человек с деменцией'],
    );
    expect(ownSteps(ru)[0]).toBe('fam-demkids-shape');
    expect(ru).not.toContain('fam-dem-slot');
    // A grandchild visiting their own grandad keeps the fixed day.
    const visit = await steps(
      'family',
      'Visit my grandad more',
      'He has dementia and lives in a care home across town; I am 25.',
      'en',
      ['A family member with dementia'],
    );
    expect(visit[0]).toBe('fam-dem-slot');
    expect(withPrefix(visit, 'fam-demkids-')).toEqual([]);
  });

  it('asks about a notary or a lawyer only when money or property is behind a rift', async () => {
    const en = await steps(
      'family',
      'Make peace with my brother',
      "We haven't spoken for three years since he skipped my wedding.",
      'en',
      ['Reconnecting'],
    );
    expect(en).toContain('fam-estr-message');
    expect(en).not.toContain('fam-estr-dispute');
    const ru = await steps(
      'family',
      'Помириться с отцом',
      'Два года не разговариваем: он так и не принял мою жену и не пришёл на свадьбу.',
      'ru',
      ['Наладить'],
    );
    expect(ru).not.toContain('fam-estr-dispute');
    // A rift over a flat keeps the neutral facts.
    const flat = await steps(
      'family',
      'Помириться с братом',
      'Не разговариваем три года после ссоры из-за денег, которые он взял в долг.',
      'ru',
      ['Наладить'],
    );
    expect(flat).toContain('fam-estr-dispute');
  });

  it('gives siblings at odds over a parent’s care the facts, one chaired meeting and the jobs shared', async () => {
    const en = await steps(
      'family',
      'Agree with my sister about Mum',
      'Mum is 84 and forgetting things. My sister wants her in a care home by spring; I think she could stay home with help, and I end up doing everything.',
      'en',
      ['Siblings at odds'],
    );
    expect(ownSteps(en).slice(0, 3)).toEqual(['fam-sib-facts', 'fam-sib-meet', 'fam-sib-jobs']);
    expect(en).not.toContain('fam-25');
    const ru = await steps(
      'family',
      'Договориться с братом об уходе за папой',
      'Папе 80, стал всё забывать, брат говорит, что всё нормально, а я езжу к нему каждый день.',
      'ru',
      ['Спорим с роднёй'],
    );
    expect(ownSteps(ru)[0]).toBe('fam-sib-facts');
    // Arguing with a father keeps the arguments steps.
    const rows = await steps('family', 'Fight less with my dad', 'Every dinner ends in a row about politics.', 'en');
    expect(withPrefix(rows, 'fam-sib-')).toEqual([]);
  });

  it('reads "explain to my mum that…" as a hard talk about one issue, not a visit or a gift', async () => {
    const ru = await steps(
      'family',
      'Объяснить папе, что я не хочу на юридический',
      'Мне 16, папа уже всё решил за меня, а я хочу в колледж на повара. Боюсь, что поругаемся.',
      'ru',
      ['Трудный разговор'],
    );
    expect(ru[0]).toBe('fam-talk-points');
    for (const key of ['fam-05', 'fam-21', 'fam-24']) expect(ru).not.toContain(key);
    const en = await steps(
      'family',
      'Explain to my mum that I need more help with the baby',
      "She lives ten minutes away but only comes when it suits her, and I'm exhausted.",
      'en',
      ['A hard talk'],
    );
    expect(en[0]).toBe('fam-talk-points');
    // Calling mum more often keeps its calls.
    const calls = await steps(
      'family',
      'Call my mum more often',
      'She lives in another city and we talk once a month.',
      'en',
    );
    expect(withPrefix(calls, 'fam-talk-')).toEqual([]);
  });

  it('shares the nights with a baby through a two-shift plan — not a weekly couple slot', async () => {
    const en = await tap(
      'family',
      'Stop fighting with my wife about who gets up with the baby',
      "He's four months old and wakes every two hours; we're both wrecked and snapping at each other.",
    );
    expect(en.keys).toContain('fam-nights-split');
    expect(en.keys).not.toContain('fam-23');
    const ru = await tap(
      'family',
      'Делить ночные кормления с мужем без ссор',
      'Сыну два месяца, муж говорит, что ему утром на работу, а я не сплю неделями.',
      'ru',
    );
    expect(ru.keys).toContain('fam-nights-split');
    // Rows about money keep the couple's weekly time.
    const near = await tap(
      'family',
      'Stop arguing with my husband about money',
      'We row every payday about his car.',
      'en',
      ['None'],
    );
    expect(withPrefix(near.keys, 'fam-nights')).toEqual([]);
  });

  it('finds something to do together with a child — no call plans for a parent on rotation who is home half the time', async () => {
    const ru = await tap(
      'family',
      'Найти с дочкой общее увлечение',
      'Ей 10, всё время в планшете, я ругаюсь. Работаю вахтой, месяц дома, месяц на севере.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['fam-tog-ask', 'fam-tog-first', 'fam-tog-phone']);
    expect(withPrefix(ru.keys, 'fam-away-')).toEqual([]);
    const en = await tap(
      'family',
      'Find a hobby we can share with my son instead of fighting about his phone',
      "He's 11. I work offshore, two weeks on and two off.",
      'en',
      ['None'],
    );
    expect(en.keys[0]).toBe('fam-tog-ask');
    expect(withPrefix(en.keys, 'fam-away-')).toEqual([]);
    // A parent deployed for months keeps the calls and letters.
    const near = await tap(
      'family',
      'Stay close to my kids while I’m deployed',
      'Seven months at sea from March.',
      'en',
      ['None'],
    );
    expect(near.keys[0]).toBe('fam-away-calls');
  });

  it('keeps the children busy in the holidays while the parent works — the partner working away is no parent abroad', async () => {
    const ru = await tap(
      'family',
      'Чем занять дочек на летних каникулах',
      'Муж на заработках в Казахстане, я работаю в аптеке до шести. Девочкам 8 и 10, целыми днями на улице, а я прихожу без сил.',
      'ru',
    );
    expect(own2(ru.keys).slice(0, 3)).toEqual(['fam-sum-week', 'fam-sum-club', 'fam-sum-rota']);
    expect(withPrefix(ru.keys, 'fam-away-')).toEqual([]);
    const en = await tap(
      'family',
      'Keep my boys busy over the summer holidays',
      "My husband works away in Saudi. They're 9 and 12 and I'm at work till five; I want them doing something useful and some time with me.",
    );
    expect(own2(en.keys).slice(0, 2)).toEqual(['fam-sum-week', 'fam-sum-club']);
    expect(withPrefix(en.keys, 'fam-away-')).toEqual([]);
    // The parent who is the one away keeps the calls and visits.
    const away = await tap(
      'family',
      'Быть ближе к сыну, пока я на заработках',
      'Работаю в Москве, сын живёт у бабушки в селе, домой езжу раз в год.',
      'ru',
    );
    expect(away.keys).toContain('fam-away-slot');
    expect(withPrefix(away.keys, 'fam-sum-')).toEqual([]);
    // Time with the children, no holidays named: no holiday plan.
    const plain = await tap('family', 'Spend more time with my kids', "They're 7 and 10; I work long hours.");
    expect(withPrefix(plain.keys, 'fam-sum-')).toEqual([]);
  });

  it('settles with the spouse how much each side’s parents get — not a list of rows "with your parents"', async () => {
    const ru = await tap(
      'family',
      'Перестать ссориться с мужем из-за денег нашим родителям',
      'Его маме переводим каждый месяц, моим помогаем реже, и муж считает, что своей больше не надо. Доход общий, кредит за машину.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['fam-both-needs', 'fam-both-budget', 'fam-both-talk']);
    expect(ru.keys).not.toContain('fam-25');
    const en = await tap(
      'family',
      'Agree with my wife how much we send her parents and mine',
      'Every month we argue about money to her parents versus mine; both are retired and my dad is unwell.',
    );
    expect(en.keys[0]).toBe('fam-both-needs');
    expect(en.text).not.toMatch(/arguments with your parents/);
    // Whose parents get the holidays is the holiday row; a row with one's own parents keeps its steps.
    const holidays = await tap('family', 'Перестать спорить с женой, к чьим родителям ехать на Новый год', '', 'ru');
    expect(withPrefix(holidays.keys, 'fam-both-')).toEqual([]);
    const near = await tap('family', 'Stop arguing with my parents', 'Every visit ends in a row about my job.');
    expect(withPrefix(near.keys, 'fam-both-')).toEqual([]);
  });

  it('says it again, alone with a child who has just come out — no phones-in-a-basket family meal', async () => {
    const en = await tap(
      'family',
      'Support my daughter now she has come out',
      "She's 16 and told us she's gay last month; I hugged her and then changed the subject, and I think she noticed.",
      'en',
      ['Spending time with a teenager'],
    );
    expect(en.keys[0]).toBe('fam-out-words');
    expect(en.keys).not.toContain('fam-12');
    const ru = await tap(
      'family',
      'Не потерять связь с сыном после его признания',
      'Сыну 18, неделю назад сказал нам, что он гей. Я промолчал и теперь не знаю, как заговорить.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-out-words');
    expect(ru.texts[0]).toMatch(/наедине с сыном/);
    // The person's own coming out keeps their path.
    const near = await tap('family', 'Come out to my parents', "I'm gay and they're very religious.");
    expect(near.keys).not.toContain('fam-out-words');
  });

  it('plays with the older child while a baby takes the day — no baby-care template, no housework shared out', async () => {
    const ru = await tap(
      'family',
      'Больше играть с сыном, а не только кормить и укладывать',
      'Мне 29, я в декрете со вторым: дочке четыре месяца, сыну три года. Весь день кручусь между кормлениями, стиркой и готовкой, а сыну достаётся «подожди» и мультики.',
      'ru',
    );
    expect(withPrefix(ru.keys, 'fam-baby')).toEqual([]);
    expect(withPrefix(ru.keys, 'fam-chores')).toEqual([]);
    const en = await tap(
      'family',
      'Play with my son properly again',
      'He is three and our daughter is 2 months old; he gets cartoons while I do the night feeds and the laundry.',
      'en',
    );
    expect(withPrefix(en.keys, 'fam-baby')).toEqual([]);
    // A goal about the baby keeps the baby's own steps.
    const near = await tap(
      'family',
      'Bond with my newborn daughter',
      "She's six weeks old and I'm back at work on Monday.",
    );
    expect(withPrefix(near.keys, 'fam-baby').length).toBeGreaterThan(0);
  });

  it('spends the holidays a grandchild comes for — no weekly after-school slot, never "call your parents" to a grandparent', async () => {
    const en = await tap(
      'family',
      'Spend the school holidays properly with my grandson from Honiara',
      "I'm 66 and live in our village on Malaita. My grandson is 12 and comes to us for the Christmas holidays, because his parents both work in Honiara. Last year he spent six weeks looking for phone signal.",
      'en',
      ['Time with the grandchildren'],
    );
    expect(en.keys[0]).toBe('fam-gstay-list');
    expect(en.keys).not.toContain('fam-grand-regular');
    expect(en.keys).not.toContain('fam-01');
    const ru = await tap(
      'family',
      'Провести с внуком зимние каникулы',
      'Мне 67, внук приезжает к нам на зимние каникулы из Москвы, его родители работают. В прошлом году всё время сидел в телефоне.',
      'ru',
      ['Время с внуками'],
    );
    expect(ru.keys[0]).toBe('fam-gstay-list');
    expect(ru.keys).not.toContain('fam-01');
  });

  it('agrees a return to work with the husband — the offer and childcare, a talk alone, a trial, who tells his mother — not past quarrels', async () => {
    const ru = await tap(
      'family',
      'Договориться с мужем, чтобы я вышла на работу',
      'Живу в доме мужа, с его родителями. В школе рядом нужна учительница, меня зовут. Свекровь говорит, что келин должна быть дома. Сыну два года. Хочу поговорить с мужем так, чтобы без скандала.',
      'ru',
    );
    expect(ru.keys.slice(0, 4)).toEqual(['fam-job-facts', 'fam-job-alone', 'fam-job-trial', 'fam-job-elders']);
    expect(ru.keys).not.toContain('fam-25');
    const en = await tap(
      'family',
      'Persuade my husband to let me go back to work',
      'His mother lives with us and says a wife belongs at home, and he never argues with her. Our daughter is three.',
      'en',
    );
    expect(en.keys[0]).toBe('fam-job-facts');
    // Rows with the husband keep the quarrel steps.
    const near = await tap(
      'family',
      'Stop fighting with my husband',
      'We argue every evening about money and end up shouting.',
    );
    expect(near.keys).toContain('fam-25');
    expect(withPrefix(near.keys, 'fam-job')).toEqual([]);
  });

  it('sets a weekly call, not a monthly one, for "more than once a month"', async () => {
    const en = await tap(
      'family',
      'call my mum more than once a month',
      'She lives in Kolkata, I moved to Toronto; a month passes and she sounds hurt.',
      'en',
      ['Regular phone calls with a relative'],
    );
    expect(en.keys).not.toContain('fam-calls-slot-month');
    expect(en.keys[0]).toBe('fam-calls-slot');
    const ru = await tap(
      'family',
      'Звонить папе больше чем раз в месяц',
      'Он в Самаре, я в Москве, вечно откладываю.',
      'ru',
      ['Регулярные звонки родственнику'],
    );
    expect(ru.keys).not.toContain('fam-calls-slot-month');
    // A monthly call as the wish keeps the monthly slot.
    const near = await tap(
      'family',
      'Call my grandad once a month',
      "He's in Dublin and I'd like one proper call every month.",
      'en',
      ['Regular phone calls with a relative'],
    );
    expect(near.keys).toContain('fam-calls-slot-month');
  });

  it('gives an in-law lived with under one roof the shared-house steps, not visits, postcards or a trip home', async () => {
    const ru = await tap(
      'family',
      'Наладить отношения со свекровью',
      'Пока достраивается наш дом, мы с мужем и ребёнком живём у его родителей. Со свекровью постоянное напряжение.',
      'ru',
      ['Отношения с роднёй мужа или жены'],
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['fam-inlaw-learn', 'fam-inlaw-corner']));
    expect(ru.keys).not.toContain('fam-inlaw-visit');
    expect(ru.keys).not.toContain('fam-inlaw-gesture');
    const away = await tap(
      'family',
      'Наладить отношения со свекровью',
      'Мне 24, живу со свекровью, муж полгода на заработках в Москве. Каждый день замечания: как готовлю, как одеваю ребёнка.',
      'ru',
      ['Отношения с роднёй мужа или жены'],
    );
    expect(withPrefix(away.keys, 'fam-away')).toEqual([]);
    expect(away.keys[0]).toBe('fam-inlaw-partner');
    expect(away.texts.join(' ')).not.toContain('выбрал(а) бы родственники');
    const en = await tap(
      'family',
      'Get along better with my daughter-in-law',
      'Since I retired I live with my son and his wife. There is tension in the kitchen every day over small things.',
      'en',
      ['My son- or daughter-in-law'],
    );
    expect(en.keys).not.toContain('fam-cil-ask');
    expect(en.keys).not.toContain('fam-cil-lighter');
    expect(en.keys[0]).toBe('fam-cilh-talk');
    // In-laws in their own home keep the visit steps.
    const near = await tap(
      'family',
      'Get on better with my in-laws',
      'We see them every other Sunday and lunch always ends in a row.',
      'en',
      ['Getting on with the in-laws'],
    );
    expect(near.keys).toContain('fam-inlaw-visit');
    // A parent working away whose child lives with the grandparents keeps the calls from afar.
    const farAway = await tap(
      'family',
      'Быть ближе к сыну',
      'Я на заработках в Москве, сын живёт у бабушки в Оше, домой езжу раз в год.',
      'ru',
    );
    expect(farAway.keys[0]).toBe('fam-away-slot');
  });

  it('shares the house with a parent-in-law who has moved in for good — no guests’ stay planned “before it starts”', async () => {
    const en = await tap(
      'family',
      "Get on with my mother-in-law now she's living with us",
      "My husband's mum moved in after her fall in March. She reorganises my kitchen and comments on what I feed the kids, and my husband just says 'let it go'.",
      'en',
      ['Getting on with the in-laws'],
    );
    expect(en.keys).toContain('fam-in-roles');
    expect(withPrefix(en.keys, 'fam-stay')).toEqual([]);
    expect(en.keys).not.toContain('fam-inlaw-learn');
    const ru = await tap(
      'family',
      'Ужиться со свекровью',
      'Свекровь переехала к нам насовсем после инсульта. Переставляет всё на кухне и учит, как кормить детей.',
      'ru',
      ['Отношения с роднёй мужа или жены'],
    );
    expect(ru.keys).toContain('fam-in-roles');
    expect(withPrefix(ru.keys, 'fam-stay')).toEqual([]);
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
    expect(withPrefix(en.keys, 'fam-away')).toEqual([]);
    const ru = await tap(
      'family',
      'Быть с детьми по-настоящему, когда я дома между вахтами',
      'Работаю вахтой месяц через месяц, дома жена и две дочки. На межвахте сплю или вожусь в гараже.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-break-land');
    expect(withPrefix(ru.keys, 'fam-away')).toEqual([]);
    // A family at home while a parent is deployed keeps the steps for the time apart.
    const near = await tap(
      'family',
      'Keep the kids close to their dad while he is deployed',
      'He is on deployment for seven months and the kids are 5 and 8.',
    );
    expect(near.keys).toContain('fam-away-calls');
    expect(withPrefix(near.keys, 'fam-break')).toEqual([]);
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
    expect(withPrefix(near.keys, 'fam-couple')).toEqual([]);
  });

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

  it('takes the child named by an age without hyphens as the person, not a mother mentioned in passing', async () => {
    const en = await tap(
      'family',
      'Stop yelling at my 12 year old',
      'My mother says I am too strict, and every homework evening ends in tears.',
      'en',
      ['Family'],
    );
    expect(en.text).not.toMatch(/your mother/i);
    const near = await tap('family', 'Call my mother more often', 'She lives alone in another city.', 'en', ['Family']);
    expect(near.text).toMatch(/mother|mum/i);
  });

  it('gives no daily evening check-in to a parent away from home most nights', async () => {
    const en = await tap(
      'family',
      'stop fighting with my daughter when I get home',
      "I'm a long haul driver, away most nights, and my 14-year-old daughter and I argue as soon as I'm back.",
      'en',
      ['Family'],
    );
    expect(en.keys).not.toContain('fam-26');
    const ru = await tap(
      'family',
      'перестать ссориться с сыном',
      'Я дальнобойщик, дома бываю только на выходных, и каждый раз мы с сыном ругаемся из-за учёбы.',
      'ru',
    );
    expect(ru.keys).not.toContain('fam-26');
  });

  it('plans one’s part at a family occasion only when one is named; an apology comes first when the hurt was one’s own words', async () => {
    const none = await tap(
      'family',
      'reconnect with my brother',
      "We haven't spoken in three years after an argument about money. I have his number but never call.",
      'en',
      ['Reconnecting'],
    );
    expect(none.keys).not.toContain('fam-estr-occasion');
    const ru = await tap(
      'family',
      'помириться с дочерью',
      'Мы не общаемся год. Я тогда наговорил лишнего про её мужа. Хочу написать ей, но боюсь.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-sorry-write');
    expect(ru.keys).not.toContain('fam-20');
  });

  it('reads a shared bedroom, not a wish to sit in the same room with a teenager', async () => {
    const en = await tap(
      'family',
      'Get on with my partner’s daughter',
      "She's 14 and we barely talk. I'd just like us to be in the same room without silence.",
      'en',
    );
    expect(withPrefix(en.keys, 'fam-room-')).toEqual([]);
    const ru = await tap(
      'family',
      'Наладить отношения с падчерицей',
      'Ей 13, со мной не разговаривает. Хочу хотя бы спокойно сидеть с ней в одной комнате.',
      'ru',
    );
    expect(withPrefix(ru.keys, 'fam-room-')).toEqual([]);
    // Near misses: people who really share a bedroom keep the room steps.
    const shared = await tap(
      'family',
      'Make it work with grandma moving in',
      'My son (12) and my mother will sleep in the same room from next month.',
    );
    expect(shared.keys[0]).toBe('fam-room-needs');
    const sharedRu = await tap(
      'family',
      'Бабушка переезжает к нам',
      'Сын 12 лет и бабушка будут жить в одной комнате, другой у нас нет.',
      'ru',
    );
    expect(sharedRu.keys[0]).toBe('fam-room-needs');
  });

  it('plans a short visit from a relative who lives far away, with no daily evening talk or phone-free dinner', async () => {
    const ru = await tap(
      'family',
      'не поругаться с сыном, когда он приедет',
      'Сын живёт в Праге, созваниваемся раз в две недели и часто спорим из-за его работы. Летом он приезжает на неделю.',
      'ru',
      ['Ничего из этого'],
    );
    expect(ru.keys).toContain('fam-visit-plan');
    expect(ru.keys).not.toContain('fam-26');
    expect(ru.keys).not.toContain('fam-12');
    const en = await tap(
      'family',
      'no arguments when my son comes home',
      "My son lives in Dublin and we only talk on the phone, and we argue about politics. He's coming home for a week in July.",
      'en',
      ['None of these'],
    );
    expect(en.keys).toContain('fam-visit-plan');
    expect(en.keys).not.toContain('fam-26');
    // A daughter at home: no visit to plan.
    const near = await tap(
      'family',
      'stop fighting with my daughter',
      'My daughter is 15 and we argue every evening about her phone.',
      'en',
      ['None of these'],
    );
    expect(near.keys).not.toContain('fam-visit-plan');
  });

  it('gives an estranged parent no dinner question, and puts the apology first for hurtful words said', async () => {
    const ru = await tap(
      'family',
      'помириться с сыном',
      'Мы с сыном не общаемся два года, я тогда наговорила ему лишнего про его невесту. Хочу наладить отношения.',
      'ru',
      ['Семья', 'Наладить связь, когда не общаемся'],
    );
    expect(ru.keys).not.toContain('fam-22');
    expect(ru.keys[0]).toBe('fam-sorry-write');
    const en = await tap(
      'family',
      'reconnect with my daughter',
      "My daughter and I haven't spoken in a year after an argument about her move.",
      'en',
      ['Family', 'Reconnecting after we stopped talking'],
    );
    expect(en.keys).not.toContain('fam-22');
    // Still talking every day: the one good question stays.
    const near = await tap(
      'family',
      'talk more with my daughter',
      'My daughter is 12 and only says "fine" when I ask about school.',
      'en',
      ['Family'],
    );
    expect(near.keys).not.toContain('fam-sorry-write');
  });

  it('gives children of two households under one roof their own steps, not the partner-and-my-child ones', async () => {
    const en = await tap(
      'family',
      'stop the cold war between the kids',
      'We moved in together last year: my son and her daughter, 9 and 12, fight over the bathroom and bicker all the time.',
      'en',
      ['None of these'],
    );
    expect(en.keys).toContain('fam-stepsib-rules');
    expect(en.keys).toContain('fam-stepsib-hear');
    expect(en.keys).not.toContain('fam-26');
    const ru = await tap(
      'family',
      'чтобы дети перестали воевать дома',
      'Год назад поженились, у нас мой сын 9 лет и её дочь 12 лет, не могут поделить ванную и постоянно ругаются.',
      'ru',
      ['Ничего из этого'],
    );
    expect(ru.keys).toContain('fam-stepsib-rules');
    // One child and the new partner: the partner-and-child steps, none of these.
    const near = await tap(
      'family',
      'help my new husband and my son get on',
      'We married in spring; my son is 10 and barely talks to him.',
      'en',
      ['My partner and my child'],
    );
    expect(near.keys.filter((key) => key.startsWith('fam-stepsib-'))).toEqual([]);
  });

  it('prepares a child with autism for a new kindergarten or school, and only when a change is named', async () => {
    const en = await tap(
      'family',
      'help my autistic daughter start school',
      "She's 4, autistic, and starts reception at a new school in September; any change sends her into meltdowns.",
      'en',
      ['Family'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['fam-asd-pictures', 'fam-asd-visits', 'fam-asd-card']);
    const ru = await tap(
      'family',
      'подготовить сына к первому классу',
      'Сыну 7, расстройство аутистического спектра, с сентября идёт в первый класс, любые перемены даются ему очень тяжело.',
      'ru',
      ['Семья'],
    );
    expect(ru.keys).toContain('fam-asd-card');
    const near = await tap(
      'family',
      'spend more time with my autistic son',
      "He's 8 and loves trains; I work late most days and barely see him.",
      'en',
      ['Family'],
    );
    expect(near.keys.filter((key) => key.startsWith('fam-asd-'))).toEqual([]);
  });

  it('gives a parent who refuses help a trial and a safety visit, not a daily evening tea', async () => {
    const en = await tap(
      'family',
      'get mum to accept a carer',
      "Mum is 84, lives alone across town and won't have a carer, even after her hip operation. I visit on Sundays.",
      'en',
      ['Family'],
    );
    expect(en.keys).toContain('fam-help-trial');
    expect(en.keys).not.toContain('fam-26');
    const ru = await tap(
      'family',
      'уговорить папу на сиделку',
      'Папе 80, живёт один после инсульта и отказывается от сиделки, а я работаю и живу на другом конце города.',
      'ru',
      ['Семья'],
    );
    expect(ru.keys).toContain('fam-help-trial');
    const near = await tap('family', 'call my dad more often', "He's 79 and lives alone; we talk once a month.");
    expect(near.keys.filter((key) => key.startsWith('fam-help-'))).toEqual([]);
  });

  it('shares a parent’s care between siblings instead of the dementia visit steps', async () => {
    const en = await tap(
      'family',
      'Sort out caring for Dad with my sister',
      'Dad has dementia and lives alone. My sister and I share the care, but we never agree on who does what for Dad or who should pay for his care.',
      'en',
      ['A family member with dementia'],
    );
    expect(en.keys).toEqual(expect.arrayContaining(['fam-sib-jobs']));
    expect(en.keys).not.toContain('fam-dem-slot');
    expect(en.keys).not.toContain('fam-dem-list');
    const ru = await tap(
      'family',
      'Поделить заботу о маме с братом',
      'У мамы деменция. Мы с братом ухаживаем по очереди, но всё время ругаемся, кто сколько делает и кто платит за сиделку.',
      'ru',
      ['Близкий человек с деменцией'],
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['fam-sib-jobs']));
    expect(ru.keys).not.toContain('fam-dem-slot');
    // Dementia with no care shared out: the dementia visit steps stay.
    const near = await tap(
      'family',
      'Make my visits with Mum better',
      'Mum has dementia and I see her every Sunday at the home; the visits feel empty.',
      'en',
      ['A family member with dementia'],
    );
    expect(near.keys).toContain('fam-dem-slot');
    expect(near.keys).not.toContain('fam-sib-jobs');
  });

  it('gives homework battles short timed blocks and a word with the teacher, not the partner-away steps', async () => {
    const en = await tap(
      'family',
      'stop yelling at my son over his spellings',
      'He is 8, homework takes two hours and ends with both of us in tears. My wife is deployed with the navy until June.',
      'en',
      ['I lose my temper'],
    );
    expect(en.keys).toEqual(expect.arrayContaining(['fam-hw-blocks', 'fam-hw-school']));
    expect(en.keys).not.toContain('fam-away-calls');
    expect(en.keys).not.toContain('fam-away-letters');
    const ru = await tap(
      'family',
      'не орать на дочку за домашним заданием',
      'Дочке 8, домашние задания делаем по два часа, я срываюсь. Муж на вахте, всё на мне.',
      'ru',
      ['Срываюсь и кричу на детей'],
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['fam-hw-blocks', 'fam-hw-school']));
    expect(ru.keys).not.toContain('fam-away-calls');
    expect(ru.keys.filter((key) => key === 'fam-25' || key === 'fam-temper-map')).toHaveLength(1);
    // A partner away and the goal about them: the away steps stay, no homework steps.
    const near = await tap(
      'family',
      'Stay close to my husband while he is away',
      'He works offshore on the rigs, three weeks on, and our calls keep dropping.',
      'en',
    );
    expect(near.keys).toContain('fam-away-calls');
    expect(near.keys).not.toContain('fam-hw-blocks');
  });

  it('gives a single parent of fighting children a line of their own, not one agreed with the other parent', async () => {
    const en = await tap(
      'family',
      'stop my daughters fighting',
      "I'm a single mum and I'm on my own with the kids every evening; my two girls fight from tea to bedtime.",
      'en',
      ['The children fighting'],
    );
    expect(en.keys).toContain('fam-sib-solo');
    expect(en.keys).not.toContain('fam-sib-script');
    expect(en.texts.join(' ')).not.toMatch(/with the other parent/);
    const ru = await tap(
      'family',
      'чтобы сыновья не дрались',
      'Воспитываю их одна, сыновьям 7 и 9, дети дерутся каждый вечер.',
      'ru',
      ['Дети ссорятся'],
    );
    expect(ru.keys).toContain('fam-sib-solo');
    expect(ru.keys).not.toContain('fam-sib-script');
    // Two parents at home: the shared script stays.
    const near = await tap(
      'family',
      'stop my daughters fighting',
      'My husband and I are worn out: our two girls fight from tea to bedtime.',
      'en',
      ['The children fighting'],
    );
    expect(near.keys).toContain('fam-sib-script');
    expect(near.keys).not.toContain('fam-sib-solo');
  });

  it('treats a young teenager seeing an adult as safeguarding, never as a couple to coach', async () => {
    const en = await tap(
      'family',
      'how do I handle my daughter and her boyfriend',
      "My daughter is 14 and she's going out with a 21-year-old man she met at the skate park. He drives her around. My husband wants to go and have it out with him.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['fam-minor-calm', 'fam-minor-talk']);
    expect(en.keys).toContain('fam-minor-advice');
    expect(en.keys.some((key) => ['fam-22', 'fam-23', 'fam-05', 'fam-29', 'fam-13'].includes(key))).toBe(false);
    const ru = await tap(
      'family',
      'что делать с сыном',
      'Сыну 16, он встречается со взрослой женщиной, ей 29. Она дарит ему дорогие вещи, он перестал ночевать дома.',
      'ru',
    );
    expect(ru.keys).toContain('fam-minor-calm');
    expect(ru.keys).toContain('fam-minor-law');
    // A grown daughter with an older partner keeps the ordinary family path.
    const near = await tap(
      'family',
      'get on with my daughter and her boyfriend',
      'My daughter is 27 and her boyfriend is 35. I want us all to get on better at Sunday dinners.',
      'en',
    );
    expect(near.keys.some((key) => key.startsWith('fam-minor-'))).toBe(false);
  });

  it('prepares an older child for a baby not yet born, and never reads «братик» as the person’s brother', async () => {
    const ru = await tap(
      'family',
      'как сыну принять сестрёнку',
      'Сыну 3 года, скоро родится сестрёнка, я на седьмом месяце. Муж ходит в рейсы, в море на полгода.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-bump-tell');
    expect(ru.keys).toContain('fam-bump-care');
    expect(ru.keys.some((key) => key.startsWith('fam-away-'))).toBe(false);
    const en = await tap(
      'family',
      'get my toddler ready to be a big brother',
      "He's two and a half, and we're expecting our second in the spring.",
      'en',
    );
    expect(en.keys).toContain('fam-bump-tell');
    expect(en.keys).not.toContain('fam-sib-help');
    // The baby already home and the older one jealous: the jealousy steps stay.
    const near = await tap(
      'family',
      'help my daughter with her new brother',
      'The baby is six weeks old and my 4-year-old is jealous of the baby, she hits him.',
      'en',
      ['Older child jealous of a new baby'],
    );
    expect(near.keys).toContain('fam-sib-time');
    expect(near.keys.some((key) => key.startsWith('fam-bump-'))).toBe(false);
  });

  it('names the child, not the other parent named in passing ("his mum and I split", «с его мамой»)', async () => {
    const en = await tap(
      'family',
      'get my 14 yr old to stop shutting me out',
      "My son is 14 and barely says a word to me now. His mum and I separated last year and he's with me every other week.",
      'en',
      ['Spending time with a teenager'],
    );
    expect(en.texts.join(' ')).not.toMatch(/your mother|your mum/i);
    const ru = await tap(
      'family',
      'наладить разговоры с сыном',
      'Сыну 14, отвечает одним словом. С его мамой мы развелись, он живёт у меня через неделю.',
      'ru',
      ['Время вместе с подростком'],
    );
    expect(ru.texts.join(' ')).not.toMatch(/мам/i);
    expect(ru.texts.join(' ')).toMatch(/сын/);
    // Near miss: the person's own mother is still the person.
    const near = await tap(
      'family',
      'call my mum every week',
      'She lives in another city and I only call at Christmas.',
      'en',
      [],
    );
    expect(near.texts.join(' ')).toMatch(/your mother/);
  });

  it('shares the care of a grandparent without calling them a parent or assuming several siblings', async () => {
    const ru = await tap(
      'family',
      'разделить заботу о дедушке с братом',
      'Дедушке 90, он почти не встаёт, я езжу к нему каждый день, брат живёт рядом и почти не помогает. Хочу договориться о графике.',
      'ru',
      ['Семья'],
    );
    expect(ru.keys).toContain('fam-sib-jobs');
    expect(ru.texts.join(' ')).not.toMatch(/родител|братьям или сёстрам|раз разговоры кончаются/);
    const en = await tap(
      'family',
      'share looking after my nan with my sister',
      'Nan is 88 and can barely walk; I go every evening, my sister lives ten minutes away and visits once a month. I want a rota we both keep.',
      'en',
      ['Family'],
    );
    expect(en.keys.some((key) => key.startsWith('fam-sib-') || key.startsWith('fam-share-'))).toBe(true);
    expect(en.texts.join(' ')).not.toMatch(/parent|brothers or sisters|since calls end in shouting/i);
  });

  it('gets a brother or sister back to school: the school, its terms and their reasons, not calls from afar', async () => {
    const en = await tap(
      'family',
      'get my younger sister back into school',
      "She's 16 and quit school three months ago to work at a shop. I'm her older brother and she won't listen to me. The school will take her back next term if she repeats the year.",
      'en',
      ['Family'],
    );
    expect(en.keys).toContain('fam-school-terms');
    expect(en.keys).not.toContain('fam-21');
    expect(en.texts.join(' ')).not.toMatch(/book the tickets/i);
    const ru = await tap(
      'family',
      'уговорить младшего брата вернуться в школу',
      'Ему 15, два месяца назад бросил школу, работает на автомойке. Живём вместе у тёти. Школа возьмёт его обратно, если он повторит год.',
      'ru',
      ['Семья'],
    );
    expect(ru.keys).toContain('fam-school-terms');
    expect(ru.keys).not.toContain('fam-21');
    // Near miss: a brother far away, no school named, keeps the calls.
    const near = await tap(
      'family',
      'get closer to my brother',
      'He lives in another country and we barely talk.',
      'en',
      [],
    );
    expect(near.keys).not.toContain('fam-school-terms');
    expect(near.keys).toContain('fam-01');
  });

  it('thanks no one for coming when the young couple lives in the same house («на общей кухне», "the same kitchen")', async () => {
    const ru = await tap(
      'family',
      'не ссориться с зятем на общей кухне',
      'Дочь вышла замуж и привела мужа к нам. Зять всё делает по-своему, а я всё время его поправляю.',
      'ru',
      ['Семья', 'Отношения с зятем или невесткой'],
    );
    expect(ru.keys).not.toContain('fam-cil-lighter');
    const near = await tap(
      'family',
      'ладить с невесткой',
      'Сын женился, они живут в другом районе и приезжают по воскресеньям. Я всё время делаю ей замечания.',
      'ru',
      ['Семья', 'Отношения с зятем или невесткой'],
    );
    expect(near.keys).toContain('fam-cil-lighter');
  });

  it('gives weekly calls that turn into rows a calm answer and the subject set aside, not "make the call easy"', async () => {
    const en = await tap(
      'family',
      'weekly calls with my dad without it ending in an argument',
      'We talk every Saturday, but he always brings up why I quit my job.',
      'en',
      ['Regular phone calls'],
    );
    expect(en.keys).not.toContain('fam-calls-easy');
    expect(en.keys.some((key) => key === 'fam-calls-answer' || key === 'fam-calls-pause')).toBe(true);
    const ru = await tap(
      'family',
      'созваниваться с мамой без ссор',
      'Созваниваемся по воскресеньям, но каждый раз спрашивает, когда я выйду замуж, и всё заканчивается ссорой.',
      'ru',
      ['Регулярно созваниваться'],
    );
    expect(ru.keys).not.toContain('fam-calls-easy');
    const near = await tap(
      'family',
      'call my grandma every sunday',
      'She lives alone three hours away and I keep forgetting to ring her.',
      'en',
      ['Regular phone calls'],
    );
    expect(near.keys).not.toContain('fam-calls-answer');
  });

  it('gives a mother-in-law who lives with us for good the shared-home steps, not a guests’ stay', async () => {
    const ru = await tap(
      'family',
      'найти общий язык с тёщей, которая живёт у нас',
      'Тёща переехала к нам три года назад, помогает с сыном, но вмешивается во всё. Жена отмалчивается.',
      'ru',
      ['Отношения с роднёй'],
    );
    expect(ru.keys).not.toContain('fam-stay-plan');
    expect(ru.keys).not.toContain('fam-stay-checkin');
    expect(ru.keys).toContain('fam-in-roles');
    const en = await tap(
      'family',
      'stop fighting with my father-in-law who lives with us',
      'He moved in with us in 2021 after his wife died. He criticises how we run the house and my husband says nothing.',
      'en',
      ['Getting on with the in-laws'],
    );
    expect(en.keys).not.toContain('fam-stay-plan');
    const near = await tap(
      'family',
      'пережить лето, когда свекровь поживёт у нас',
      'Свекровь приезжает на два месяца, в прошлый раз мы всё время ссорились.',
      'ru',
      ['Отношения с роднёй'],
    );
    expect(near.keys).toContain('fam-stay-plan');
  });

  it('gives a parent who stays in after a stroke with speech back the going-out steps, not aphasia steps; lost speech keeps them', async () => {
    const ru = await tap(
      'family',
      'вытащить маму из дома после инсульта',
      'Маме 75, после инсульта прошёл год, говорит нормально, ходит с ходунками, но целыми днями лежит перед телевизором. Папа с ней один и устал.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('fam-out-doctor');
    expect(ru.keys).toContain('fam-out-first');
    expect(ru.keys).not.toContain('fam-speech-board');
    expect(ru.keys).not.toContain('fam-speech-yesno');
    const en = await tap(
      'family',
      'help my dad get out of the house again',
      'He had a stroke last spring. His speech has come back, but he watches TV all day and refuses to go anywhere. Mum is worn out.',
      'en',
      [],
    );
    expect(en.keys).toContain('fam-out-carer');
    expect(en.keys).not.toContain('fam-speech-board');
    const near = await tap(
      'family',
      'навещать дедушку после инсульта',
      'После инсульта дедушка почти не говорит, слов подобрать не может, но всё понимает.',
      'ru',
      [],
    );
    expect(near.keys).toContain('fam-speech-board');
    const teen = await tap(
      'family',
      'my son never leaves the house',
      'He is 16 and games all day in his room.',
      'en',
      [],
    );
    expect(teen.keys).not.toContain('fam-out-doctor');
  });
});
