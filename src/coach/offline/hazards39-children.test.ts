import { describe, expect, it } from 'vitest';
import { hazardKeys, tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { createHazardReader } from './hazards.js';

// The dangers to a child added or widened after blind read 39 (content/goals/hazards/children.yaml, helper
// fix39-children), through the real coach: each leads the path of a goal of another kind, stays out of a goal that uses
// its words in a harmless sense or says the danger is dealt with, and gives way where another net deals with it better.
// The last block keeps the hazards whose generated lists became conjunctions firing as before.
const { coach, pack } = shippedOfflineCoach();
const tap = tapThrough(coach);
const noHazard = (keys: string[]) => expect(hazardKeys(keys)).toEqual([]);
const reader = createHazardReader(pack.hazards);
const named = (text: string) => reader.read([text]).map((hazard) => hazard.id);

describe("a pool, pond or hot tub whose gate or fence doesn't keep children out", () => {
  it('leads with the gate shut today and mended this week (en + ru)', async () => {
    const en = await tap(
      'home',
      'Turn the back garden into a play space for the grandkids',
      'The latch on the pool gate broke in the wind last month and it swings open now. Our grandkids, 3 and 6, come every Sunday and I want a sandpit by spring.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-pool-gate-shut', 'hz-pool-gate-fix']);
    expect(en.texts[0]).toMatch(/padlock/);
    const ru = await tap(
      'home',
      'Подготовить дачу к приезду внуков',
      'Калитка у бассейна после зимы не закрывается, перекосило. В июне на всё лето приедут внуки, им четыре и шесть.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-pool-gate-shut', 'hz-pool-gate-fix']);
    expect(ru.texts[0]).toMatch(/замок/);
  });

  it('leads instead of the general water steps when a toddler is named too', async () => {
    const text =
      "We've got a backyard pool and the pool gate doesn't latch any more; our 2-year-old follows the older ones outside.";
    expect(named(text)).toEqual(expect.arrayContaining(['child_drown', 'pool_gate']));
    const { keys } = await tap('finance', 'Save for a new car', text, 'en');
    expect(keys.slice(0, 2)).toEqual(['hz-pool-gate-shut', 'hz-pool-gate-fix']);
    expect(keys).not.toContain('hz-child-water-watch');
  });

  it('leaves the mending to home childcare’s own walk-round and first-aid steps', async () => {
    const { keys } = await tap(
      'business',
      'Start a home daycare',
      "I'd take four preschoolers on weekdays. The gate to the pool doesn't close properly since we moved the fence.",
      'en',
    );
    expect(keys[0]).toBe('hz-pool-gate-shut');
    expect(keys).not.toContain('hz-pool-gate-fix');
    expect(keys).toContain('biz-care-home');
  });

  it('stays out of a house with no children and a gate already mended', async () => {
    noHazard(
      (
        await tap(
          'home',
          'Get the pool ready for summer',
          "The pool gate doesn't latch since the storm. It's just my husband and me now, the kids have grown up and moved out.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'home',
          'Подготовить бассейн к лету',
          'Калитку у бассейна починили ещё в мае, защёлка новая. Внукам пять и семь, хочу сама следить за водой.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a child left in charge of a younger one at night or through a shift', () => {
  it('leads with an adult for the nights, then lasting help (en + ru)', async () => {
    const en = await tap(
      'career',
      'Get a better-paid job with day hours',
      "I'm a care assistant on night shifts. My 9-year-old looks after her little brother, he's 2, overnight while I'm at work. She's really sensible.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-child-minder-adult', 'hz-child-minder-help']);
    expect(en.texts[0]).toMatch(/adult/);
    const ru = await tap(
      'finance',
      'Закрыть долг по кредитке',
      'Работаю в такси по ночам. Дочка, ей десять, сидит с братиком, пока я на смене, а днём я отсыпаюсь.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-child-minder-adult', 'hz-child-minder-help']);
    expect(ru.texts[0]).toMatch(/взрослого/);
  });

  it('leads instead of the home-alone steps when the two are alone together at night', async () => {
    const text = "My 7-year-old is home alone with his baby brother overnight while I'm on nights at the depot.";
    expect(named(text)).toEqual(expect.arrayContaining(['child_home_alone', 'child_minds_child']));
    const { keys } = await tap('career', 'Move to day shifts', text, 'en');
    expect(keys.slice(0, 2)).toEqual(['hz-child-minder-adult', 'hz-child-minder-help']);
    expect(keys).not.toContain('hz-child-alone-cover');
  });

  it('stays out of a teenager babysitting for an evening and a grandmother staying the night', async () => {
    noHazard(
      (
        await tap(
          'career',
          'Pick up more hours at the shop',
          "My 15-year-old babysits her brother on Friday evenings while I'm at work, and I'd like to add a Saturday shift.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'career',
          'Найти вторую работу',
          'Бабушка ночует с детьми, пока я на ночных сменах, старшей девять, младшему два. Хочу подработку днём.',
          'ru',
        )
      ).keys,
    );
  });

  it('stays out when the one writing is the adult who looks after them (blind read 40)', () => {
    expect(
      named(
        "I look after my son's two (5 and 12) while he works away. The little one wakes at night and the 12-year-old is on her phone till late.",
      ),
    ).not.toContain('child_minds_child');
    expect(
      named('Я смотрю за внуками, пока дочь на вахте: младшему пять, старшему двенадцать, ночью младший просыпается.'),
    ).not.toContain('child_minds_child');
  });
});

describe('an adult met online asking a child for secrecy, photos or a meeting: only with a child in touch', () => {
  it('leads for a young teenager writing in their own words (en + ru)', async () => {
    const en = await tap(
      'reading',
      'Read a book a month',
      "I'm 13 and a guy I met on Discord says I'm mature for my age. He wants me to send pics and not tell my mum.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-child-online-stop', 'hz-child-online-report']);
    const ru = await tap(
      'language',
      'Подтянуть английский к ОГЭ',
      'Мне 14, в роблоксе познакомилась с парнем, ему 20, он зовёт встретиться летом и просит никому не рассказывать.',
      'ru',
      ['Уже занимаюсь'],
    );
    expect(ru.keys[0]).toBe('hz-child-online-stop');
  });

  it('stays out of a grown woman’s own online romance, with her children or a grown son mentioned', async () => {
    noHazard(
      (
        await tap(
          'social',
          'Decide whether to move in with my boyfriend',
          "I'm 34, met him online last year. He wants me to keep us secret from his family and keeps asking for photos. My kids are 6 and 9.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'social',
          'Понять, стоит ли встречаться дальше',
          'Мне 41, познакомилась в интернете с мужчиной, он просит присылать фото и никому о нас не говорить. Сын уже взрослый.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a hot drink, the kettle or bath water scalding or nearly scalding a small child', () => {
  it('leads with cooling a burn and hot things out of reach, then the bath and kitchen (en + ru)', async () => {
    const en = await tap(
      'fitness',
      'Get back to running after the baby',
      'Last week my 10-month-old grabbed my coffee off the table and it splashed down his arm. I want to run three times a week again.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-scald-now', 'hz-scald-bath']);
    expect(en.texts[0]).toMatch(/cool running water/);
    const ru = await tap(
      'home',
      'Переделать кухню',
      'Малышу год и два, вчера дёрнул провод от чайника, еле успела поймать. Хочу поменять столешницу.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-scald-now', 'hz-scald-bath']);
  });

  it("stays out of a parent's own scald and a burn that is a figure of speech", async () => {
    noHazard(
      (
        await tap(
          'fitness',
          'Lose the baby weight',
          "I scalded my hand on the kettle last week so I've been off the gym. The baby is 5 months and sleeps well.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'career',
          'Сменить работу',
          'На прошлой работе обжёгся на обещаниях, теперь хочу всё проверять. Сыну два года.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a baby left on a bed, sofa or changing table, or in a seat up on a table', () => {
  it('leads with the baby kept low from today (en + ru)', async () => {
    const en = await tap(
      'career',
      'Go back to work in March',
      "He's 4 months old. I leave him on our bed while I shower because he can't roll over yet.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-baby-fall-floor', 'hz-baby-fall-ask']);
    expect(en.texts[0]).toMatch(/on the floor/);
    const ru = await tap(
      'home',
      'Навести порядок с бельём',
      'Малышу пять месяцев, я оставляю его на диване, пока развешиваю бельё, он ещё не переворачивается.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-baby-fall-floor');
  });

  it('stays out of a baby already on the floor', async () => {
    noHazard(
      (
        await tap(
          'home',
          'Get dinner on the table by six',
          "I leave her on the playmat on the floor while I cook — she's 6 months and happy there.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'home',
          'Организовать уборку',
          'Дочке четыре месяца, пока мою полы, она лежит на коврике на полу, на кровати одну не оставляю.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a looped blind cord or chain a young child can reach', () => {
  it('leads with the cords up out of reach today (en + ru)', async () => {
    const en = await tap(
      'home',
      'Decorate the nursery',
      "The cot is under the window and the blind cords hang right down beside it. She's 8 months and pulls herself up now.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-cord-up', 'hz-cord-fix']);
    expect(en.texts[0]).toMatch(/strangled/);
    const ru = await tap(
      'home',
      'Сделать ремонт в детской',
      'Кроватка стоит у окна, шнур от жалюзи свисает прямо над ней, сыну год. Хочу поклеить обои.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-cord-up');
  });

  it('stays out of cordless blinds and cords already tied up', async () => {
    noHazard(
      (
        await tap(
          'home',
          "Update the kids' bedroom",
          'We put in cordless blinds last year; our son is 2 and I want shelves.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'home',
          'Обновить детскую',
          'Шнуры от жалюзи подвязали высоко на держатель, дочке три года. Хочу новые шторы.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a young child near an open fire, a burner or a heater with no guard', () => {
  it('leads with the child kept away until a guard is fitted (en + ru)', async () => {
    const en = await tap(
      'finance',
      'Keep the heating bills down this winter',
      "We light the log burner every evening to save on gas and there's no guard yet. Our 1-year-old has just started crawling.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-fire-guard-now', 'hz-fire-guard-fit']);
    const ru = await tap(
      'home',
      'Утеплить дом к зиме',
      'Топим печку каждый вечер, ограждения пока нет, а дочке полтора года, она всё тянется к дверце.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-fire-guard-now');
    expect(ru.texts[0]).toMatch(/ограждения/);
  });

  it('stays out of a burner with a fireguard and a gas cooker', async () => {
    noHazard(
      (
        await tap(
          'home',
          'Make the living room cosier',
          'We have a wood burner with a fireguard fixed round it, and a toddler. I would like new cushions.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'repair',
          'Починить газовую плиту',
          'Газовая плита плохо зажигается, а ребёнок, ему два года, тянется к ручкам.',
          'ru',
          ['Ничего'],
        )
      ).keys,
    );
  });
});

describe('a parent or carer drunk or high while in charge of young children', () => {
  it('leads with a sober adult in charge, then help (en + ru)', async () => {
    const en = await tap(
      'finance',
      'Pick up extra shifts',
      'On my late shifts my husband is on his own with the baby, and most evenings he gets drunk.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-carer-sober', 'hz-carer-help']);
    expect(en.texts[0]).toMatch(/sober/);
    const ru = await tap(
      'finance',
      'Накопить на ремонт',
      'Муж выпивает каждый вечер, а по субботам он один с ребёнком, пока я на работе. Сыну три года.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-carer-sober', 'hz-carer-help']);
  });

  it("leaves the help to family's steps for a partner who drinks, and a drunk handover to recovery's", async () => {
    const family = await tap(
      'family',
      'Меньше ссориться с мужем',
      'Муж выпивает каждый вечер, а по субботам он один с ребёнком, пока я на работе. Сыну три года.',
      'ru',
      ['Муж, жена или родитель выпивает'],
    );
    expect(family.keys[0]).toBe('hz-carer-sober');
    expect(family.keys).not.toContain('hz-carer-help');
    expect(family.keys).toContain('fam-drink-support');
    const recovery = await tap(
      'recovery',
      'Share the weekends fairly with my ex',
      'When he has the kids on his weekends he gets drunk by lunchtime, and our youngest is 3.',
      'en',
    );
    noHazard(recovery.keys);
    expect(recovery.keys).toContain('rec-drunk-safe');
  });

  it("stays out of a parent's own drinking with grown children and a partner who has stopped", async () => {
    noHazard(
      (
        await tap(
          'quit',
          'Stop getting drunk at weekends',
          "I'm 52, the kids have grown up and left home, and I want my Saturdays back.",
          'en',
          ['Drinking alcohol'],
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'family',
          'Проводить больше времени с сыном',
          'Муж бросил пить год назад, теперь по субботам он один с ребёнком, пока я на работе. Сыну три года.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('a baby out in strong heat, or a pram covered over in the sun', () => {
  it('leads with the baby out of the heat and the pram uncovered (en + ru)', async () => {
    const en = await tap(
      'fitness',
      'Walk 10,000 steps a day',
      'I push the pram round the park at lunchtime even in this heat — it hit 38 degrees today — with a muslin over it to keep the sun off our 3-month-old.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-baby-heat-shade', 'hz-baby-heat-home']);
    expect(en.texts[0]).toMatch(/never drape/);
    const ru = await tap(
      'fitness',
      'Каждый день гулять по часу',
      'Гуляем с коляской в самую жару, в обед, накрываю её пелёнкой от солнца, малышу два месяца.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-baby-heat-shade');
  });

  it('stays out of an early walk in the shade and a summer trip with no baby', async () => {
    noHazard(
      (
        await tap(
          'fitness',
          'Walk every morning',
          'In this heat we walk at 6am in the shade before it warms up; the baby is 5 months.',
          'en',
          ['Already doing it'],
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'travel',
          'Съездить на дачу летом',
          'Хочу на дачу в жару, дети взрослые, поедем вдвоём с мужем.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('the hazards whose generated lists became conjunctions still fire as before', () => {
  it('reads a dog by its breed and a warning only a dog gives, and not a teenager who answers back', async () => {
    expect(named('Our staffy snapped at our 2-year-old when she went near his bowl.')).toContain('child_dog');
    expect(named('Пёс рычит на дочку, ей полтора года, когда она подходит к его лежанке.')).toContain('child_dog');
    expect(named('Сыну 14, огрызается на каждое слово, а собака целыми днями одна.')).not.toContain('child_dog');
    expect(named('Our daughter is 3. She growled at the cat during her dinosaur game.')).not.toContain('child_dog');
  });

  it('reads honey on a dummy and watered-down bottles for a baby, and leaves honey for an older child', async () => {
    expect(named('Grandma dips his dummy in honey to settle him, he is 5 months old.')).toContain('baby_honey');
    expect(named('Бабушка мажет пустышку мёдом, чтобы уснул, сыну четыре месяца.')).toContain('baby_honey');
    expect(named("We've been watering down his bottles to make the tin last; our son is 4 months old.")).toContain(
      'formula_stretch',
    );
    expect(named('My 6-year-old has honey on toast for breakfast every day.')).not.toContain('baby_honey');
  });

  it("gives a late owner's gun to the hand-in steps, not the child's lock-up", async () => {
    const text =
      'Дед умер весной, его ружьё висит в шкафу, разрешение кончилось, а внук, ему двенадцать, просит пострелять по банкам.';
    expect(named(text)).toEqual(expect.arrayContaining(['child_gun', 'gun_lapsed']));
    const { keys } = await tap('grief', 'Пережить первый год без отца', text, 'ru');
    expect(keys).toContain('hz-gun-hand');
    expect(keys).not.toContain('hz-child-gun-lock');
  });
});
