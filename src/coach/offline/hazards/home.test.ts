import { describe, expect, it } from 'vitest';
import { hazardKeys } from '../../../../test/factories/converse.js';
import { hazardReader, noHazard, tap } from '../../../../test/factories/offline-cases.js';

// The dangers in content/goals/hazards/home.yaml, through the real coach: each one named in passing leads the path of
// a goal of any kind, in English and Russian, and the same words in a harmless sense, or a kind's own net for the
// same danger, leave the kind's own steps in front. Where a new case goes: docs/coach.md.
const named = (text: string) => hazardReader.read([text]).map((hazard) => hazard.id);

describe('a smell of gas', () => {
  it('leads with getting out and calling from outside (en + ru)', async () => {
    const en = await tap(
      'home',
      'Spring clean the whole flat before my parents visit',
      'Every room, every cupboard. The kitchen has smelt of gas on and off since Sunday but I want the cleaning done first.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-gas-out');
    expect(en.texts[0]).toMatch(/smell gas/);
    const ru = await tap(
      'travel',
      'Съездить с детьми на море в июле',
      'Хочу найти недорогой отель в Анапе. Перед отъездом надо решить с квартирой: в подъезде и у нас на кухне уже неделю пахнет газом.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-gas-out');
    expect(ru.texts[0]).toMatch(/пахнет газом/);
  });

  it('stays out of a car that smells of fuel and a career in gas leak detection', async () => {
    noHazard(
      (await tap('repair', 'Fix the fuel line on my truck', 'The truck smells like gas after I fill it up.', 'en'))
        .keys,
    );
    noHazard(
      (
        await tap(
          'career',
          'Move into gas safety work',
          'Ten years as a plumber; I want to specialise in gas leak detection.',
          'en',
        )
      ).keys,
    );
  });
});

describe('a small child climbing tall furniture or a TV', () => {
  it('leads with making the furniture safe today, then fixing it to the wall (en + ru)', async () => {
    const en = await tap(
      'sleep',
      'Get my son to sleep in his own room',
      "He's two and a half and at bedtime he climbs the chest of drawers to reach his toys; the tall bookcase isn't screwed to the wall yet.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-tip-today', 'hz-tip-fix']);
    const ru = await tap(
      'home',
      'Сделать уголок для игрушек в зале',
      'Дочке полтора года, она забирается на тумбу под телевизором и висит на дверцах стеллажа.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-tip-today');
    expect(ru.texts[0]).toMatch(/лазит/);
  });

  it('stays out of climbing as a sport, an adult on the stairs and a cat on the wardrobe', async () => {
    noHazard(
      (
        await tap(
          'home',
          'Make room for my climbing gear',
          'I go bouldering twice a week and need a bookcase for the guidebooks.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'fitness',
          'Get fitter for the stairs at work',
          'I get out of breath when I climb the stairs and my desk is by the shelves on the fourth floor.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (await tap('home', 'Навести порядок в спальне', 'Кот лазит по шкафу и скидывает всё с полок.', 'ru')).keys,
    );
  });

  it('gives way to home’s baby-proofing steps, which fix the furniture to the wall themselves', async () => {
    const baby = await tap(
      'home',
      'Babyproof the flat',
      'She has just started crawling and already climbs onto the low bookcase.',
      'en',
    );
    expect(named('She has just started crawling and already climbs onto the low bookcase.')).toContain('tip_over');
    noHazard(baby.keys);
    expect(baby.keys).toContain('home-baby-tip');
  });
});

describe('wiring worked on live, bare wires, sparks or unlabelled breakers', () => {
  it('leads with the power off at the main switch, then an electrician (en + ru)', async () => {
    const en = await tap(
      'home',
      'Clear out the garage so the car fits',
      'Boxes everywhere. The socket by the workbench sparks when I plug the freezer in, and there are bare wires hanging from the old light.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-wire-off', 'hz-wire-pro']);
    expect(en.texts[0]).toMatch(/main switch/);
    const ru = await tap(
      'family',
      'Помочь отцу с ремонтом на даче',
      'Папе 70, он хочет сам перевесить выключатели, не обесточив дом: говорит, что автоматы в щитке не подписаны и так быстрее.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-wire-off');
  });

  it('stays out of living with parents in an old house and a shock at the bill', async () => {
    noHazard(
      (
        await tap(
          'finance',
          'Save a deposit for our own place',
          'We still live with my parents and the wiring in their house is ancient, so we want out within two years.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'finance',
          'Cut the electricity bill',
          'I got a shock when I saw the bill; I want to unplug things and switch supplier.',
          'en',
        )
      ).keys,
    );
  });

  it('gives way to repair’s electrics steps, which keep the wiring to an electrician', async () => {
    const repair = await tap(
      'repair',
      'Повесить новую люстру в спальне самому',
      'Автоматы в щитке не подписаны, так что просто выключу выключатель и буду подключать.',
      'ru',
      ['Новая люстра'],
    );
    expect(named('Автоматы в щитке не подписаны, так что просто выключу выключатель и буду подключать.')).toContain(
      'live_wires',
    );
    noHazard(repair.keys);
    expect(repair.keys.some((key) => key.startsWith('fix-elec'))).toBe(true);
  });
});

describe('old ceilings, sheets or tiles that may hold asbestos', () => {
  it('leads with leaving them alone until tested, then the test (en + ru)', async () => {
    const en = await tap(
      'home',
      'Turn the box room into a home office',
      'It is a 1970s semi. First job is to sand down the Artex ceiling, then paint and put up shelves.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-asb-stop', 'hz-asb-test']);
    expect(en.texts[0]).toMatch(/asbestos/);
    const ru = await tap(
      'business',
      'Открыть шиномонтаж в старом гараже',
      'Гараж отцовский, крыша из шифера течёт, хочу сам снять шифер и положить профлист до весны.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-asb-stop');
  });

  it('stays out of a shed with a slate roof to clear and of fibromyalgia', async () => {
    noHazard((await tap('home', 'Разобрать сарай на даче', 'Крыша шиферная, внутри хлам за двадцать лет.', 'ru')).keys);
    noHazard(
      (await tap('sleep', 'Sleep better with fibro', 'The pain wakes me and I want to break the cycle.', 'en')).keys,
    );
  });

  it('gives way to repair’s asbestos net, which tests first in its own steps', async () => {
    const repair = await tap(
      'repair',
      'Redo the bathroom ourselves',
      'Plan is to smash out the old fibro sheeting behind the bath.',
      'en',
    );
    expect(named('Plan is to smash out the old fibro sheeting behind the bath.')).toContain('asbestos_dust');
    noHazard(repair.keys);
    expect(repair.keys[0]).toBe('fix-asb-test');
  });
});

describe('a small child near an open window, a low sill or a balcony', () => {
  it('leads with the windows and the balcony made safe today, then restrictors (en + ru)', async () => {
    const en = await tap(
      'moving',
      'Settle into our new flat on the eighth floor',
      'Our toddler already climbs onto the windowsill in the living room, and the windows open all the way.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-window-today', 'hz-window-lock']);
    const ru = await tap(
      'habit',
      'Каждый вечер читать сыну перед сном',
      'Сыну три года, летом спим с открытыми окнами, и он уже сам открывает окна в детской, если подставить стул.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-window-today');
    expect(ru.texts[0]).toMatch(/москитная сетка/);
  });

  it('stays out of herbs on the windowsill with a child and fly screens for mosquitoes', async () => {
    noHazard(
      (
        await tap(
          'home',
          'Grow herbs on the kitchen windowsill',
          'My son wants to help water them and we bought fly screens for the mosquitoes.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (await tap('home', 'Вырастить рассаду на подоконнике', 'Внучка помогает сажать, окна выходят на юг.', 'ru')).keys,
    );
  });
});

describe('batteries, magnets, medicines or cleaning products a small child can reach', () => {
  it('leads with the emergency if swallowed and everything locked up high (en + ru)', async () => {
    const en = await tap(
      'habit',
      'Keep on top of the washing every day',
      "Three kids under five. The youngest gets into everything and the laundry pods live in a box on the floor because there's no room.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-poison-now', 'hz-poison-keep']);
    expect(en.texts[0]).toMatch(/button battery/);
    const ru = await tap(
      'sleep',
      'Высыпаться с двумя детьми',
      'Младшему год и два, тащит всё в рот, а мамины таблетки от давления так и лежат на тумбочке у кровати.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-poison-now');
  });

  it('stays out of an adult’s own pills within reach and nicotine gum', async () => {
    noHazard(
      (
        await tap(
          'habit',
          'Remember my blood pressure tablets',
          'I keep the tablets within reach on the bedside table but still forget the evening one.',
          'en',
        )
      ).keys,
    );
    noHazard((await tap('quit', 'Get off nicotine gum', 'I keep chewing on a nicotine gum all day.', 'en')).keys);
  });

  it('gives way to home’s baby-proofing steps, which lock the poisons up themselves', async () => {
    const baby = await tap(
      'home',
      'Childproof the kitchen',
      'He has started crawling, opens every cupboard and gets the dishwasher tablets out.',
      'en',
    );
    expect(named('He has started crawling, opens every cupboard and gets the dishwasher tablets out.')).toContain(
      'child_poison',
    );
    noHazard(baby.keys);
  });
});

describe('a swollen, hot or hissing battery', () => {
  it('leads with the battery outside now, then a genuine replacement (en + ru)', async () => {
    const en = await tap(
      'exam',
      'Pass my accountancy exams in June',
      'Revising every night on an old laptop; the battery is bulging and the trackpad has lifted.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-batt-out', 'hz-batt-replace']);
    const ru = await tap(
      'writing',
      'Дописать диплом до мая',
      'Пишу ночами на телефоне, у него аккумулятор раздулся, но купить новый пока не на что.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-batt-out');
  });

  it('stays out of swollen ankles and a laminate floor that has lifted', async () => {
    noHazard(
      (
        await tap(
          'checkup',
          'See the GP about my swollen ankles',
          'They are swollen by the evening and I feel my battery is flat all day.',
          'en',
        )
      ).keys,
    );
    noHazard((await tap('repair', 'Перестелить ламинат', 'Ламинат вздулся у балкона после протечки.', 'ru')).keys);
  });

  it('gives way to repair’s battery net, which has the same steps', async () => {
    const repair = await tap(
      'repair',
      'Fix the hoverboard',
      'The battery is swollen and it cuts out after a minute.',
      'en',
    );
    expect(named('The battery is swollen and it cuts out after a minute.')).toContain('swollen_battery');
    noHazard(repair.keys);
    expect(repair.keys[0]).toBe('fix-batt-out');
  });
});

describe('an e-scooter or e-bike charged overnight or in a bedroom', () => {
  it('leads with the charging moved out of the bedroom and the night (en + ru)', async () => {
    const en = await tap(
      'fitness',
      'Commute by e-bike instead of driving',
      'Twelve miles each way. I charge it overnight in the bedroom so it is full in the morning.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-charge-move', 'hz-charge-alarm']);
    const ru = await tap(
      'family',
      'Меньше ругаться с сыном-подростком',
      'Ему 14, всё время на электросамокате, а заряжает его у себя в комнате и ставит на ночь.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-charge-move');
  });

  it('stays out of a scooter kept in the hall and left by the door at night', async () => {
    noHazard(
      (await tap('home', 'Освободить коридор', 'Храним электросамокат в коридоре зимой, а летом он на балконе.', 'ru'))
        .keys,
    );
    noHazard(
      (await tap('fitness', 'Ride my e-bike to work', 'Twelve miles each way; I charge it at the office.', 'en')).keys,
    );
  });

  it('gives way to repair’s e-ride steps, which set the same charging rules', async () => {
    const repair = await tap(
      'repair',
      'Fix the brakes on my e-scooter',
      'The e-scooter squeals and I charge it in my bedroom overnight.',
      'en',
    );
    expect(named('The e-scooter squeals and I charge it in my bedroom overnight.')).toContain('night_charging');
    noHazard(repair.keys);
    expect(repair.keys).toContain('fix-eride-charge');
  });
});

describe('a chip pan or hot oil left on the hob, or an oil fire', () => {
  it('leads with what to do in an oil fire, then safer frying (en + ru)', async () => {
    const en = await tap(
      'skill',
      'Learn to cook proper fish and chips',
      'Last month the chip pan caught fire while I was on the phone and I threw water on it. I still want to get it right.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-pan-fire', 'hz-pan-fryer']);
    expect(en.texts[0]).toMatch(/never water/);
    const ru = await tap(
      'habit',
      'Готовить дома, а не заказывать',
      'Жарю картошку в кастрюле с маслом, а однажды масло загорелось, и я плеснула водой.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-pan-fire');
  });

  it('stays out of a smoking-hot pan for a steak and a chip pan to clear out', async () => {
    noHazard(
      (
        await tap(
          'skill',
          'Cook a proper steak',
          'I want a crust: a smoking hot frying pan with a little oil, then rest it.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (await tap('home', 'Clear the kitchen cupboards', 'Out go the old chip pan and the broken toaster.', 'en')).keys,
    );
    noHazard(
      (await tap('skill', 'Научиться готовить плов', 'Раскалённое масло на сильном огне, потом мясо.', 'ru')).keys,
    );
  });
});

describe('candles or a heater near bedding or curtains, or left on as people sleep', () => {
  it('leads with flames and heat moved away from the bed tonight, then smoke alarms (en + ru)', async () => {
    const en = await tap(
      'sleep',
      'Stop waking up cold at 4am',
      'The bedroom is freezing, so the fan heater stays on all night right next to the bed.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-bedfire-now', 'hz-bedfire-alarm']);
    const ru = await tap(
      'habit',
      'Медитировать каждый вечер',
      'Зажигаю ароматические свечи на тумбочке и часто засыпаю со свечой.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-bedfire-now');
  });

  it('stays out of candles to sell and a heater to buy', async () => {
    noHazard(
      (
        await tap(
          'business',
          'Sell my soy candles at the Christmas market',
          'A stall costs £60; I pour the candles all night at the weekend.',
          'en',
        )
      ).keys,
    );
    noHazard((await tap('home', 'Обустроить комнату на даче', 'Купить масляный радиатор и новые шторы.', 'ru')).keys);
  });
});

describe('a socket that sparks now and then or gets wet', () => {
  it('leads with the power off and an electrician (en + ru)', async () => {
    const en = await tap(
      'habit',
      'Iron the work shirts every Sunday',
      'I do it in the back room, but the socket there sparks a bit every time I plug the iron in.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-wire-off');
    const ru = await tap(
      'home',
      'Обустроить кухню на даче',
      'Розетка над раковиной трещит, когда включаю чайник, и в неё попадает вода.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-wire-off');
  });

  it('stays out of a spark of an idea and a plug for the sink', async () => {
    noHazard(
      (
        await tap(
          'writing',
          'Finish the short story',
          'It sparks a little when I write in the morning; I want a plug-in desk lamp for the evenings.',
          'en',
        )
      ).keys,
    );
  });
});

describe('papers or clutter piled by a fire or heater', () => {
  it('leads with the piles moved a metre from the heat (en + ru)', async () => {
    const en = await tap(
      'family',
      'Visit my aunt every week',
      "She's a hoarder and keeps the fan heater going all afternoon with bags of clothes piled against it.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-heatpile-clear');
    const ru = await tap(
      'habit',
      'Звонить маме каждый вечер',
      'Она ничего не выбрасывает: стопки газет до потолка, а печку топит с утра до ночи.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-heatpile-clear');
  });

  it('stays out of newspapers to light the fire and a heater to buy', async () => {
    noHazard(
      (
        await tap(
          'home',
          'Get the cottage ready for winter',
          'Buy a new oil heater and keep piles of newspapers in the shed to light the fire with.',
          'en',
        )
      ).keys,
    );
    noHazard((await tap('home', 'Разобрать кладовку', 'Там старый обогреватель и коробки с книгами.', 'ru')).keys);
  });
});

describe('the way out blocked by stored things', () => {
  it('leads with the way out cleared (en + ru)', async () => {
    const en = await tap(
      'moving',
      'Move Mum into sheltered housing',
      'Her flat is full to the ceiling with boxes; the front door only opens halfway.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-exit-clear');
    const ru = await tap(
      'family',
      'Помириться с братом',
      'Он живёт один, коридор завален мешками с хламом, и к балконной двери не подойти.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-exit-clear');
  });

  it('stays out of a path through the woods and a door that sticks', async () => {
    noHazard(
      (
        await tap(
          'fitness',
          'Walk every morning',
          'There is a narrow path through the woods behind the houses; I take bags for litter.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (await tap('repair', 'Починить входную дверь', 'Дверь заедает, вещи из коробок уже разобрали.', 'ru')).keys,
    );
  });
});

describe('falls at home for someone on a walker, frame or stick', () => {
  it('leads with a clear path for the walker, then a falls check (en + ru)', async () => {
    const en = await tap(
      'social',
      'Have friends round for lunch again',
      "I'm on a walking frame now and tripped over the hall rug last month.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-fall-path', 'hz-fall-check']);
    const ru = await tap(
      'habit',
      'Каждый день делать зарядку',
      'Мне 82, хожу с ходунками, зимой поскользнулась в ванной и полчаса не могла встать.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-fall-path');
  });

  it('stays out of a dog walker and a baby walker', async () => {
    noHazard(
      (
        await tap(
          'business',
          'Start as a dog walker',
          'Six dogs a day; one of them slipped its lead and I fell chasing it.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (await tap('family', 'Выбрать подарок племяннику', 'Детские ходунки или коврик, он уже падает и встаёт.', 'ru'))
        .keys,
    );
  });

  it('gives way to home’s safe-home steps, which light the night route themselves', async () => {
    const home = await tap(
      'home',
      'Make the flat safe for my dad',
      'He uses a walker since his hip and has had a fall in the kitchen.',
      'en',
    );
    expect(named('He uses a walker since his hip and has had a fall in the kitchen.')).toContain('fall_older');
    noHazard(home.keys);
  });
});

describe('a pan or kettle boiled dry, or the cooker left on', () => {
  it('leads with the cooker made safe, then a shut-off (en + ru)', async () => {
    const en = await tap(
      'reading',
      'Read a book a month again',
      'I get lost in a book and last week I forgot the saucepan until the smoke alarm went; it boiled dry.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-cooker-safe', 'hz-cooker-device']);
    const ru = await tap(
      'sleep',
      'Не засыпать днём перед телевизором',
      'Вчера задремала и сожгла кастрюлю с гречкой, соседи учуяли гарь.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-cooker-safe');
  });

  it('stays out of towels wiped dry and a kettle to descale', async () => {
    noHazard((await tap('home', 'Помыть окна к Пасхе', 'Протереть стёкла досуха и снять шторы.', 'ru')).keys);
    noHazard(
      (
        await tap(
          'home',
          'Descale the kettle and the pans',
          'The kettle is furred up and two pans are burnt on the bottom from years of use.',
          'en',
        )
      ).keys,
    );
  });
});

describe('old paint stripped, sanded or heat-gunned with a pregnancy or small children', () => {
  it('leads with a lead test before any stripping (en + ru)', async () => {
    const en = await tap(
      'home',
      'Get the spare room ready as a nursery',
      "We're expecting in May. First I'll burn off the paint on the skirting boards with a heat gun.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-lead-stop', 'hz-lead-pro']);
    const ru = await tap(
      'repair',
      'Отреставрировать старые двери в сталинке',
      'На дверях слоёв краски десять, хочу снять старую краску строительным феном, пока дети у бабушки.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-lead-stop');
  });

  it('stays out of a car respray and a heat gun for foam armour with the kids', async () => {
    noHazard(
      (
        await tap(
          'creative',
          'Make cosplay armour with my son',
          'EVA foam shaped with a heat gun; the kids want to paint it.',
          'en',
        )
      ).keys,
    );
    noHazard((await tap('repair', 'Перекрасить машину', 'Снять старую краску с кузова, сын поможет.', 'ru')).keys);
  });
});

describe('mains power run outdoors by hand', () => {
  it('leads with no mains run outside by hand, then an electrician (en + ru)', async () => {
    const en = await tap(
      'business',
      'Open a coffee stall at the garden gate',
      "I'll run a cable to the gate from the kitchen and plug the grinder and a light in there.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-outmains-stop', 'hz-outmains-pro']);
    const ru = await tap(
      'home',
      'Обустроить летнюю кухню',
      'Свет в беседку хочу провести сам: протяну провод от розетки в доме через окно.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-outmains-stop');
  });

  it('stays out of an electrician hired for the shed and solar lights on the porch', async () => {
    noHazard(
      (
        await tap(
          'home',
          'Make the shed a workshop',
          'We will get an electrician to run power to the shed; I will put up the shelves.',
          'en',
        )
      ).keys,
    );
    noHazard((await tap('home', 'Украсить веранду к лету', 'Гирлянда на батарейках и новые подушки.', 'ru')).keys);
  });

  it('gives way to repair’s electrics steps, which keep the wiring to an electrician', async () => {
    const repair = await tap(
      'repair',
      'Put a new light on the porch',
      'I want to run it off the socket in the hall, through the wall to the porch.',
      'en',
      ['A new light'],
    );
    expect(named('I want to run it off the socket in the hall, through the wall to the porch.')).toContain(
      'outdoor_mains',
    );
    noHazard(repair.keys);
  });
});

describe('bleach mixed with another cleaner, or its fumes stinging', () => {
  it('leads with getting out of the fumes, then one product at a time (en + ru)', async () => {
    const en = await tap(
      'home',
      'Get the grout white again before we sell the flat',
      'The shower room has no window. I scrub with bleach and vinegar together because it fizzes, and my eyes stream for an hour after.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-mix-air', 'hz-mix-one']);
    expect(en.texts[0]).toMatch(/poisonous gas/);
    const ru = await tap(
      'habit',
      'Убираться в квартире по субботам',
      'Ванную отмываю хлоркой с «Сантри», так быстрее берёт налёт, потом кашляю полдня.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-mix-air');
    expect(ru.texts[0]).toMatch(/ядовитый газ/);
  });

  it('stays out of a bleach wash on its own, hair bleach and a pool’s chlorine', async () => {
    noHazard(
      (
        await tap(
          'home',
          'Keep the towels white',
          'A hot bleach wash once a month and a vinegar rinse on the dark load.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'creative',
          'Go platinum blonde at home',
          'Mix the bleach powder with 20 volume developer; my eyes water a bit from the smell.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (await tap('fitness', 'Проплывать километр кролем', 'В бассейне от хлора слезятся глаза, куплю очки.', 'ru'))
        .keys,
    );
  });
});

describe('garlic, chillies or herbs kept under oil out of the fridge', () => {
  it('leads with the jars thrown out untasted, then the food authority before any sale (en + ru)', async () => {
    const en = await tap(
      'business',
      'Sell my herb oils online',
      'Rosemary, basil and fresh garlic steeped in oil in swing-top bottles; I make a batch every month and they sit on the shelf till they sell.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-oil-stop', 'hz-oil-sell']);
    expect(en.texts[0]).toMatch(/botulism/);
    const ru = await tap(
      'family',
      'Собирать семью на ужин по воскресеньям',
      'Ставлю на стол своё масло с чесноком и травами: заливаю маслом свежую зелень, банки стоят в шкафу по два месяца.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-oil-stop');
    expect(ru.texts[0]).toMatch(/ботулизм/);
  });

  it('stays out of garlic oil made for tonight, an oil for soap and a jar kept in the fridge', async () => {
    noHazard(
      (
        await tap(
          'skill',
          'Cook spaghetti aglio e olio like in Rome',
          'Sliced garlic warmed gently in olive oil, tossed with the pasta and eaten at once.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'business',
          'Sell my chilli oil at the Sunday market',
          'I keep every jar in the fridge and use it within four days; the rest I freeze in ice cube trays.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'creative',
          'Варить мыло с травами',
          'Настаиваю масло на календуле для мыла и продаю на ярмарке.',
          'ru',
        )
      ).keys,
    );
  });

  it('leaves out the batch kept at the back of a cupboard to see how it keeps', async () => {
    const title = 'Sell my garlic confit in jars';
    const sell = await tap(
      'business',
      title,
      'Whole cloves slow-cooked and packed in oil in jars; they keep for weeks on the shelf.',
      'en',
      ['Selling food I make in jars'],
    );
    expect(sell.keys[0]).toBe('hz-oil-stop');
    expect(sell.keys).not.toContain('biz-jar-batch');
  });
});

describe('home-canned mushrooms, meat, fish or beans', () => {
  it('leads with no sale and the bad jars thrown out, then a pressure canner (en + ru)', async () => {
    const en = await tap(
      'finance',
      'Make some extra money this autumn',
      "I'll sell the venison and green beans I can in jars at the church fair; we water-bath them like my grandma did.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-canned-stop', 'hz-canned-safe']);
    expect(en.texts[0]).toMatch(/pressure canner/);
    const ru = await tap(
      'moving',
      'Переехать к дочери в Казань',
      'С собой повезу закатки: грибы под железной крышкой и домашнюю тушёнку, банок двадцать.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-canned-stop');
    expect(ru.texts[0]).toMatch(/автоклав/);
  });

  it('stays out of dried beans in pantry jars, cucumbers in jars and a tantrum over meat', async () => {
    noHazard(
      (await tap('home', 'Organise the pantry', 'Rice, lentils and dried beans in glass jars with new labels.', 'en'))
        .keys,
    );
    noHazard(
      (
        await tap(
          'home',
          'Разобрать кладовку',
          'Закатываю огурцы и помидоры, банки ставить некуда, муж на рыбалке.',
          'ru',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'family',
          'Меньше ссориться с сыном',
          'Сын закатывает истерики, когда я не даю ему мясо на ужин.',
          'ru',
        )
      ).keys,
    );
  });

  it('gives way to skill’s low-acid canning steps, which put the pressure canner first', async () => {
    const text = 'We got an elk and want to put the meat up in jars; never canned before.';
    const skill = await tap('skill', 'Can our elk meat this winter', text, 'en', ['Canning and preserving']);
    expect(named(text)).toContain('home_canned');
    noHazard(skill.keys);
    expect(skill.keys.some((key) => key.startsWith('skill-lowacid-'))).toBe(true);
  });
});

describe('a generator, charcoal, a gas burner or an engine run indoors or in a tent', () => {
  it('leads with the burner taken outside, then a carbon monoxide alarm (en + ru)', async () => {
    const en = await tap(
      'sleep',
      'Sleep through the night in winter',
      'The power keeps going off, so we run the petrol generator in the garage under the bedroom.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-fuel-out', 'hz-fuel-alarm']);
    expect(en.texts[0]).toMatch(/carbon monoxide/);
    const ru = await tap(
      'travel',
      'Съездить на зимнюю рыбалку на Ладогу',
      'Ночуем на льду с другом, на ночь ставим газовую горелку в палатке, чтобы не замёрзнуть.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-fuel-out');
  });

  it('stays out of a generator run outside, a neighbour’s generator and a barbecue in the garden', async () => {
    noHazard(
      (
        await tap(
          'travel',
          'Tour the Highlands in a campervan',
          'Solar on the roof and a small generator we run outside, away from the windows.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (await tap('sleep', 'Высыпаться на буровой', 'Живём в вагончике, а рядом всю ночь шумит генератор.', 'ru')).keys,
    );
    noHazard((await tap('social', 'Throw a birthday party', 'A barbecue in the garden for thirty people.', 'en')).keys);
  });

  it('gives way to the headaches hazard, which leads with getting everyone out', async () => {
    const text = 'We run the generator in the basement in power cuts, and the kids wake up down there with headaches.';
    const home = await tap('home', 'Make the basement a games room', text, 'en');
    expect(named(text)).toEqual(expect.arrayContaining(['co_fumes', 'fuel_indoors']));
    expect(hazardKeys(home.keys)).toEqual(['hz-co-today', 'hz-co-check']);
  });
});

describe('a smoke alarm taken down, switched off or missing', () => {
  it('leads with the alarm back up and working today, then one on every floor (en + ru)', async () => {
    const en = await tap(
      'habit',
      'Cook dinner from scratch four nights a week',
      'The smoke alarm goes off every time I fry, so I took the battery out last month.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-smoke-back', 'hz-smoke-every']);
    const ru = await tap(
      'family',
      'Чаще проводить время с детьми',
      'На кухне постоянно пищал датчик дыма, муж его снял, так и лежит на шкафу.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-smoke-back');
  });

  it('stays out of fitting alarms for a living and a rented flat that has them', async () => {
    noHazard(
      (
        await tap(
          'business',
          'Start a fire safety business',
          'Fitting smoke alarms and carbon monoxide alarms for landlords.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'home',
          'Обустроить съёмную квартиру',
          'Сняли квартиру в новостройке, датчики дыма там уже висят в каждой комнате.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('heaters or cookers on extension leads, leads plugged into leads', () => {
  it('leads with the heavy appliances on wall sockets, then more sockets (en + ru)', async () => {
    const en = await tap(
      'exam',
      'Pass my nursing finals',
      'I study in a tiny bedsit: the heater, kettle and laptop all run off one extension lead behind the bed.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-overload-plug', 'hz-overload-more']);
    const ru = await tap(
      'language',
      'Выучить английский к лету',
      'Занимаюсь вечерами в общежитии: обогреватель и чайник включены в один удлинитель, а он воткнут в тройник.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-overload-plug');
  });

  it('stays out of a lead for a laptop and a lamp, and a lead out to the mower', async () => {
    noHazard(
      (
        await tap(
          'home',
          'Tidy the cables under my desk',
          'An extension lead for the laptop, the monitor and a lamp, all cable-tied.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (await tap('home', 'Привести в порядок сад', 'Кинуть удлинитель на улицу для газонокосилки и триммера.', 'ru'))
        .keys,
    );
  });
});

describe('petrol or another fuel used to light a fire', () => {
  it('leads with no fuel on a fire (en + ru)', async () => {
    const en = await tap(
      'home',
      'Clear the overgrown back garden',
      'Cut everything back and burn the brush pile; a splash of petrol helps it catch.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-accel-stop');
    expect(en.texts[0]).toMatch(/ball of flame/);
    const ru = await tap(
      'social',
      'Собрать друзей на даче на майские',
      'Шашлыки, баня, а вечером костёр — разжигаю соляркой, так быстрее.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-accel-stop');
  });

  it('stays out of a petrol mower and a job at a filling station', async () => {
    noHazard(
      (
        await tap(
          'repair',
          'Get the petrol mower running',
          'It floods and won’t start; the spark plug looks black.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'fitness',
          'Больше двигаться после смен',
          'Работаю на заправке: бензин, дизель, кофе, смены по 12 часов.',
          'ru',
        )
      ).keys,
    );
  });
});

describe('gas pipes or appliances moved or connected by hand', () => {
  it('leads with the gas left to the gas service, then booking them (en + ru)', async () => {
    const en = await tap(
      'home',
      'Fit the new kitchen over Easter',
      'My brother-in-law will disconnect the gas cooker and move the gas pipe along the wall, to save on the engineer.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-gasdiy-stop', 'hz-gasdiy-book']);
    const ru = await tap(
      'moving',
      'Переехать в новую квартиру до Нового года',
      'Кухню переставляем: газовую плиту сам перенесу к окну, шланг куплю подлиннее.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-gasdiy-stop');
  });

  it('stays out of a gas engineer booked and the gas service called', async () => {
    noHazard(
      (
        await tap(
          'home',
          'Plan the new kitchen layout',
          "We've booked a Gas Safe engineer to move the gas hob in March.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (await tap('home', 'Перенести газовую плиту к окну', 'Вызвали газовую службу, придут в четверг.', 'ru')).keys,
    );
  });

  it('gives way to repair’s gas steps, which book a registered engineer', async () => {
    const text = "I'll disconnect the gas cooker myself on Saturday.";
    const repair = await tap('repair', 'Swap the old gas cooker for a new one', text, 'en', ['A boiler or gas']);
    expect(named(text)).toContain('gas_diy');
    noHazard(repair.keys);
    expect(repair.keys).toContain('fix-gas-pro');
  });
});

describe('up a ladder or on a roof alone, dizzy, on ice or clearing snow', () => {
  it('leads with someone footing the ladder, or the job done from the ground (en + ru)', async () => {
    const en = await tap(
      'habit',
      'Walk 8,000 steps a day',
      "I'm 71 and still get up the ladder to clean the upstairs windows, usually when nobody's around.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-ladder-stop');
    const ru = await tap(
      'home',
      'Подготовить дачу к зиме',
      'В декабре надо сбросить снег с крыши бани, муж в рейсе, полезу одна.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-ladder-stop');
  });

  it('stays out of a career ladder and a roof mentioned in passing', async () => {
    noHazard(
      (
        await tap(
          'career',
          'Climb the career ladder into management',
          'I feel alone in the team and want a mentor.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (await tap('home', 'Разобрать сарай', 'На крыше сарая старый шифер, внутри хлам за двадцать лет.', 'ru')).keys,
    );
  });

  it('gives way to repair’s roof steps, which decide the climb themselves', async () => {
    const text = "I'll go up on the roof on my own this weekend.";
    const repair = await tap('repair', 'Fix the leaking roof over the kitchen', text, 'en', ['A leaking roof']);
    expect(named(text)).toContain('ladder_alone');
    noHazard(repair.keys);
    expect(repair.keys).toContain('fix-roof-climb');
  });
});

describe('wild mushrooms or plants eaten on an app’s or a guess’s word', () => {
  it('leads with nothing eaten until someone who knows has seen it, then learning with people (en + ru)', async () => {
    const en = await tap(
      'family',
      'Have a screen-free Sunday with the kids',
      'We go foraging in the woods and fry whatever mushrooms the app says are edible.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-forage-stop', 'hz-forage-learn']);
    const ru = await tap(
      'social',
      'Найти друзей после переезда в Карелию',
      'По выходным хожу за грибами, определяю их по фото в интернете.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-forage-stop');
  });

  it('stays out of a grow kit and shop mushrooms', async () => {
    noHazard(
      (
        await tap(
          'home',
          'Grow oyster mushrooms in the cellar',
          'A grow kit from the garden centre; the app reminds me to mist them.',
          'en',
        )
      ).keys,
    );
    noHazard((await tap('skill', 'Научиться готовить жульен', 'Шампиньоны из магазина, сливки и сыр.', 'ru')).keys);
  });

  it('gives way to skill’s foraging steps for someone starting out', async () => {
    const text = 'I want to use an app to check what I find.';
    const skill = await tap('skill', 'Learn to pick mushrooms safely', text, 'en', ['Just starting']);
    expect(named(`Learn to pick mushrooms safely. ${text}`)).toContain('forage_guess');
    noHazard(skill.keys);
    expect(skill.keys.some((key) => key.startsWith('skill-forage-'))).toBe(true);
  });
});

describe('under a car held up only by a jack', () => {
  it('leads with stands or ramps before anyone goes under, then the car set on them (en + ru)', async () => {
    const en = await tap(
      'finance',
      'Spend less on the car this year',
      "I'll do my own oil changes from now on: I jack the car up on the trolley jack and crawl under it to get at the drain plug.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-jack-never', 'hz-jack-stands']);
    expect(en.texts[0]).toMatch(/axle stands/);
    const ru = await tap(
      'travel',
      'Съездить на своей машине к морю в августе',
      'Перед дорогой сам поменяю задние амортизаторы: подниму машину домкратом и полезу под неё, ямы у нас нет.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-jack-never');
    expect(ru.texts[0]).toMatch(/подставк/);
  });

  it('leaves out the look-underneath and make-it-hold repair steps until the car is on stands', async () => {
    const repair = await tap(
      'repair',
      'Replace the fuel pump on my pickup',
      'The pump sits in the tank, so I plan to lift the back with the floor jack and get under it to drop the fuel tank.',
      'en',
    );
    expect(repair.keys.slice(0, 2)).toEqual(['hz-jack-never', 'hz-jack-stands']);
    expect(repair.keys).not.toContain('fix-01');
    expect(repair.keys).not.toContain('fix-06');
  });

  it('gives way to repair’s exhaust steps, which set the car on stands first', async () => {
    const text = 'The back box has rotted through. I have a scissor jack and will slide under on some cardboard.';
    expect(named(text)).toContain('car_on_jack');
    const exhaust = await tap('repair', 'Put a new exhaust on my Focus myself', text, 'en');
    noHazard(exhaust.keys);
    expect(exhaust.keys).toContain('fix-exh-lift');
  });

  it('stays out of a wheel swapped on the jack, a car on stands or ramps, and a boy called Jack', async () => {
    noHazard(
      (
        await tap(
          'repair',
          'Put the winter tyres on myself',
          'I have the scissor jack and a wheel brace and want to do all four wheels on Saturday morning.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'finance',
          'Cut what I spend on the car',
          'I do the oil myself: the jack lifts it and it sits on axle stands before I crawl under the car.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'repair',
          'Заменить масло в коробке самому',
          'Загоню машину на эстакаду у брата в гараже, домкратом только подниму колесо, и залезу под машину.',
          'ru',
        )
      ).keys,
    );
    expect(named('My son Jack is mad about cars; we want to go under the bonnet together at weekends.')).toEqual([]);
  });
});

describe('going into a grain bin or silo', () => {
  it('leads with nobody going in and the crust broken from outside, then the entry rules and a respirator (en + ru)', async () => {
    const en = await tap(
      'sleep',
      'Sleep better through harvest',
      "I'm up at four every day in October. When the wheat bridges in the bin I climb in by myself and knock it loose with a shovel.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-bin-out', 'hz-bin-rules']);
    expect(en.texts[1]).toMatch(/respirator/);
    const ru = await tap(
      'checkup',
      'Провериться из-за кашля после уборочной',
      'Каждую осень кашляю. Пшеница в бункере слёживается, я залезаю внутрь и пробиваю корку ломом, пыль столбом.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-bin-out');
    expect(ru.texts[0]).toMatch(/не залезай в бункер/);
  });

  it('stays out of kitchen bins, silos at work and a farmer who never goes in', async () => {
    noHazard(
      (
        await tap(
          'home',
          'Get the kitchen organised',
          'A proper recycling bin, two bins for the rice and oats, and the children should go in and tidy up after dinner.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'career',
          'Break down the silos at work',
          'Our teams work in silos; I want to go in and get to the grain of the problem.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'business',
          'Sell more of our corn this season',
          'We keep the corn in two grain bins and I never go in them; the auger does the work.',
          'en',
        )
      ).keys,
    );
  });
});

describe('a gun whose owner has died or whose licence has run out', () => {
  it('leads with the police or Rosgvardia and the gun locked until then, then what becomes of it (en + ru)', async () => {
    const en = await tap(
      'admin',
      "Sort out Dad's affairs",
      "Dad passed away in June. There's a shotgun in the loft and nobody in the family holds a licence for it.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-gun-hand', 'hz-gun-decide']);
    expect(en.texts[0]).toMatch(/police/);
    const ru = await tap(
      'grief',
      'Пережить первый год без мужа',
      'Муж умер зимой. Его карабин так и лежит в сейфе, а разрешение я не продлевала и не знаю, что с ним делать.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-gun-hand', 'hz-gun-decide']);
    expect(ru.texts[0]).toMatch(/Росгвардии/);
  });

  it('leads where a grandchild asks to shoot the late owner’s gun too', async () => {
    const text =
      'Дед умер весной, его двустволка висит в шкафу, а внук просит пострелять по бутылкам, как раньше с дедом.';
    expect(named(text)).toContain('gun_lapsed');
    const grief = await tap('grief', 'Научиться жить без деда', text, 'ru');
    expect(grief.keys.slice(0, 2)).toContain('hz-gun-hand');
  });

  it('stays out of a licensed shooter, a gun already handed in and a nail gun', async () => {
    noHazard(
      (
        await tap(
          'skill',
          'Take up clay shooting',
          'I hold a shotgun certificate and want to join a gun club near me this spring.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'grief',
          'Пережить смерть папы',
          'Папа умер летом. Его ружьё мы сдали в Росгвардию сразу после похорон.',
          'ru',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'repair',
          'Fix the creaking floorboards',
          "My late husband's nail gun is in the shed and I'd like to learn to use it.",
          'en',
        )
      ).keys,
    );
  });
});

describe('standing on a sill or leaning out to clean a window above the ground floor', () => {
  it('leads with cleaning only from the floor inside (en + ru)', async () => {
    const en = await tap(
      'home',
      'Spring clean the flat',
      'Every room before Easter. We are on the 7th floor and I stand on the windowsill to do the outside of the windows.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-ledge-floor');
    const ru = await tap(
      'home',
      'Помыть все окна к лету',
      'Квартира на двенадцатом этаже, створки глухие, так что мою стёкла снаружи, высунувшись из окна.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-ledge-floor');
    expect(ru.texts[0]).toMatch(/подоконник/);
  });

  it('stays out of a ground-floor window, smoking at the window and a telescopic pole', async () => {
    noHazard(
      (
        await tap(
          'home',
          'Get the windows sparkling',
          "It's a ground floor flat; I'll do the outside of the windows from the garden.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (await tap('quit', 'Бросить курить', 'Курю, высунувшись из окна на девятом этаже, чтобы дети не дышали.', 'ru'))
        .keys,
    );
    noHazard(
      (
        await tap(
          'home',
          'Clean every window',
          'I clean the outside of the windows on the 3rd floor with a telescopic pole from the garden.',
          'en',
        )
      ).keys,
    );
  });
});

describe('trees, ladders or tools near an overhead power line', () => {
  it('leads with keeping 3 metres away and calling the network company, then planning around the line (en + ru)', async () => {
    const en = await tap(
      'home',
      'Tidy up the back garden',
      "The big willow's branches are touching the power lines at the back; I'll trim them with the pole saw.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-line-away', 'hz-line-plan']);
    const ru = await tap(
      'home',
      'Привести участок в порядок',
      'Берёза разрослась, ветки лежат на проводах, хочу сам обрезать их с лестницы.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-line-away');
    expect(ru.texts[0]).toMatch(/3 метров/);
  });

  it('stays out of a lineworker’s career and a garden with no lines', async () => {
    noHazard(
      (
        await tap(
          'career',
          'Become a lineworker',
          'I want an apprenticeship working on power lines, climbing poles and trimming trees.',
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'home',
          'Plant fruit trees along the fence',
          'Five apple trees on the sunny side; there are no power lines on that side.',
          'en',
        )
      ).keys,
    );
  });
});

describe('a flood or water through a light or socket with the power on', () => {
  it('leads with staying out of the water until the power is off, then the electrician (en + ru)', async () => {
    const en = await tap(
      'home',
      'Clear out the basement',
      "It flooded after the storm, there's a foot of water and the freezer and the washing machine are still plugged in.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-flood-off', 'hz-flood-check']);
    const ru = await tap(
      'repair',
      'Сделать ремонт в коридоре',
      'Соседи сверху залили, вода течёт через люстру, хочу всё переделать.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-flood-off');
    expect(ru.texts[0]).toMatch(/щитк/);
  });

  it('stays out of an inbox flooded with emails, a worry about flooding, a stove lit and a flood long dealt with', async () => {
    noHazard(
      (
        await tap(
          'career',
          'Get on top of my inbox',
          "I'm flooded with emails and the electrical team keeps asking for updates.",
          'en',
        )
      ).keys,
    );
    expect(named("It won't drain and I'm worried about flooding the kitchen; the socket is right behind it.")).toEqual(
      [],
    );
    expect(named('Затопил печь сам первый раз, свет отключили, котёл не работает.')).not.toContain('flood_power');
    noHazard(
      (
        await tap(
          'home',
          'Redecorate the basement',
          'It flooded two years ago; the power is off down there now and the electrician checked it.',
          'en',
        )
      ).keys,
    );
  });
});

describe('a stove or fire used with an unswept chimney', () => {
  it('leads with no fire until the sweep has been, then a yearly sweep and a CO alarm (en + ru)', async () => {
    const en = await tap(
      'home',
      'Make the living room cosy for winter',
      "We light the open fire every evening. The chimney hasn't been swept since we moved in four years ago.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-chimney-stop', 'hz-chimney-year']);
    const ru = await tap(
      'family',
      'Чаще собираться всей семьёй на даче',
      'Зимой топим печь каждые выходные, дымоход ни разу не чистили, в трубе иногда гудит.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-chimney-stop');
    expect(ru.texts[0]).toMatch(/дымоход/);
  });

  it('gives way to headaches by the stove, which have carbon monoxide’s steps', async () => {
    const text =
      "The chimney hasn't been swept in years, and we all wake up with headaches when the wood stove was lit.";
    expect(named(text)).toEqual(expect.arrayContaining(['co_fumes', 'chimney_unswept']));
    const home = await tap('home', 'Make the cottage cosy', text, 'en');
    expect(home.keys[0]).toBe('hz-co-today');
    expect(home.keys).not.toContain('hz-chimney-stop');
  });

  it('stays out of a sweep’s business and a chimney swept this autumn', async () => {
    noHazard(
      (
        await tap(
          'business',
          'Start a chimney sweep business',
          "I'd like to become a chimney sweep; there's plenty of soot work around here.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'home',
          'Cosy evenings by the fire',
          'The chimney was swept in September and all the wood is dry.',
          'en',
        )
      ).keys,
    );
  });
});

describe('a wall knocked down without knowing it isn’t load-bearing', () => {
  it('leads with a structural engineer before any of it comes down (en + ru)', async () => {
    const en = await tap(
      'moving',
      'Get the new house ready before we move in',
      "We want to knock through the kitchen wall ourselves this weekend; we're not sure if it's load-bearing.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-wall-check');
    const ru = await tap(
      'home',
      'Сделать кухню-гостиную',
      'Хотим снести стену между кухней и залом сами, кувалдой, пока дети у бабушки.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-wall-check');
    expect(ru.texts[0]).toMatch(/несущ/);
  });

  it('stays out of an architect’s plan and an approved plasterboard wall', async () => {
    noHazard(
      (
        await tap(
          'finance',
          'Save for the kitchen extension',
          'We need £30k to knock through and extend; the architect is drawing it up.',
          'en',
        )
      ).keys,
    );
    noHazard((await tap('home', 'Объединить кухню с залом', 'Стена из гипсокартона, проект согласовали.', 'ru')).keys);
  });
});

describe('felling a big or close tree oneself', () => {
  it('leads with a tree surgeon for it (en + ru)', async () => {
    const en = await tap(
      'finance',
      'Spend less on the garden',
      "Rather than paying someone, I'll cut down the two tall conifers next to the house myself.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-tree-pro');
    const ru = await tap(
      'home',
      'Расчистить участок на даче',
      'Старую берёзу у бани хочу спилить сам бензопилой.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-tree-pro');
    expect(ru.texts[0]).toMatch(/вальщик|арборист/);
  });

  it('stays out of a Christmas tree, a tree surgeon hired and cutting down on desserts', async () => {
    noHazard(
      (
        await tap(
          'home',
          'Put the decorations away',
          "I'll take down the Christmas tree myself this year, it's a big one.",
          'en',
        )
      ).keys,
    );
    noHazard(
      (
        await tap(
          'home',
          'Clear the garden',
          'A tree surgeon will fell the big old oak; I will do the hedge myself.',
          'en',
        )
      ).keys,
    );
    expect(named('I want to cut down the big desserts myself, starting with the old habit of cake.')).toEqual([]);
  });
});

describe('a burner run in a tent or a closed space, with a CO alarm said to be fitted', () => {
  // The alarm is a backup that wakes people, not a licence to run the burner inside: the hazard still leads.
  it('still leads with moving the burner out where a carbon monoxide alarm is fitted (en + ru)', async () => {
    const en = await tap(
      'travel',
      'Winter camping in the Cairngorms',
      "We'll run the buddy heater in the tent, with a CO alarm fitted by the door.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-fuel-out');
    const ru = await tap(
      'travel',
      'Зимняя рыбалка с ночёвкой',
      'Греемся газовой плиткой в палатке, датчик угарного газа стоит у входа.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-fuel-out');
  });

  it('leads where the alarm is missing', async () => {
    const tent = await tap(
      'travel',
      'Winter camping in the Cairngorms',
      "We'll run the buddy heater in the tent overnight; we don't have a CO alarm.",
      'en',
    );
    expect(tent.keys[0]).toBe('hz-fuel-out');
  });
});

describe('home-fermented fizzy drinks that burst their bottles', () => {
  it('leads the goal with bottles made for pressure and the fridge', async () => {
    const { keys, texts } = await tap(
      'business',
      'Sell my kombucha at the Saturday market',
      "I'm 29, a lab tech in Tauranga, and I've been brewing kombucha in the garage for three years. Friends keep asking to buy it and the farmers' market has stall spots opening in spring. No idea what the council wants for food registration, how to bottle it so it doesn't explode, or what to charge. I can do Saturdays and one weeknight for brewing.",
      'en',
    );
    expect(keys.slice(0, 2)).toEqual(['hz-bottle-safe', 'hz-bottle-handle']);
    expect(texts[0]).toMatch(/made for pressure/);
  });

  it('leads ginger beer in jam jars and kvass in glass (en + ru)', async () => {
    const en = await tap(
      'skill',
      'Make ginger beer for the summer',
      'I want to use old jam jars this time; last summer two bottles exploded in the cupboard.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-bottle-safe');
    const ru = await tap(
      'skill',
      'Научиться делать квас',
      'Разливаю в стеклянные бутылки, одна на прошлой неделе лопнула.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-bottle-safe');
    expect(ru.texts[0]).toMatch(/рассчитанные на давление/);
  });

  it('leaves sales that exploded and a bottling day alone', async () => {
    expect(named('Grow my kombucha stall. My sales exploded at the market and I bottle in swing-top bottles.')).toEqual(
      [],
    );
    expect(named('Home brew beer. Bottling day is Saturday.')).toEqual([]);
  });
});

describe('headaches by a boiler with a CO alarm said to be missing', () => {
  it('leads where the alarm is missing (en + ru)', async () => {
    const en = await tap(
      'home',
      'Tidy the basement',
      "We don't have a CO detector and the boiler down there gives us headaches in the morning.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-co-today');
    const ru = await tap(
      'home',
      'Разобрать подвал',
      'Котёл в подвале, у детей там болит голова, а у нас не стоит датчик угарного газа.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-co-today');
  });

  it('still counts an alarm said to be there', () => {
    expect(named('The boiler gives me headaches; we have a CO alarm by it.')).not.toContain('co_fumes');
    expect(named('Котёл в подвале, болит голова; у нас стоит датчик угарного газа.')).not.toContain('co_fumes');
  });
});

describe('bleach and a limescale remover mixed in one bottle', () => {
  it('leads the bathroom routine with getting out of the fumes', async () => {
    const { keys, texts } = await tap(
      'home',
      'Keep our windowless bathroom clean without it eating my whole Saturday',
      "We rent a one-bed in Cambridge with really hard water, so the shower screen and taps go white and crusty within days, and there's pink mould creeping along the silicone. It's an internal bathroom with just an extractor fan that's mostly noise. To save time I've started mixing the bleach and the limescale spray together in one bottle so I can do everything in one go. I'd like a weekly routine that keeps it decent with both of us working full time.",
      'en',
    );
    expect(keys.slice(0, 2)).toEqual(['hz-mix-air', 'hz-mix-one']);
    expect(texts[0]).toMatch(/bleach/i);
  });

  it('leads for another wording (en + ru)', async () => {
    const en = await tap(
      'habit',
      'A cleaning habit that sticks',
      'Every Sunday I do the loo with the descaler and the bleach in the same spray bottle, it cuts the time in half.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-mix-air');
    const ru = await tap(
      'home',
      'Навести порядок в ванной',
      'Ванная без окна, налёт на кране и плесень в швах. Чтобы быстрее, лью «Белизну» и «Антиналёт» в одну бутылку.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-mix-air');
    expect(ru.texts[0]).toMatch(/Белизна/);
    expect(named('Развожу хлорку со средством от известкового налёта, так отмывается и плесень, и камень.')).toContain(
      'cleaner_mix',
    );
  });

  it('stays out of bleach diluted in water, the two used apart, and mixing said to be over', async () => {
    noHazard(
      (
        await tap(
          'home',
          'A weekly bathroom routine',
          'I wipe the silicone with bleach diluted in water, and on another day do the taps with limescale spray.',
          'en',
        )
      ).keys,
    );
    expect(named('I used to put bleach and limescale spray in one bottle; I never mix them now.')).not.toContain(
      'cleaner_mix',
    );
    expect(named('Швы мою белизной, а кран — антиналётом, в разные дни.')).not.toContain('cleaner_mix');
    expect(named('Keep bleach in one bottle and vinegar in another, labelled, for the bathroom.')).not.toContain(
      'cleaner_mix',
    );
    expect(named('Раньше наливала белизну с антиналётом в одну бутылку, больше не смешиваю.')).not.toContain(
      'cleaner_mix',
    );
  });
});

describe('a stove’s damper closed over glowing coals, and heavy heads in the morning', () => {
  it('leads the sleep goal with carbon monoxide first', async () => {
    const { keys, texts } = await tap(
      'sleep',
      'Высыпаться зимой, а не вставать разбитой',
      'Мне 67, живём с мужем в своём доме в деревне под Абаканом, отопление печное. Зимой встаю в пять как разбитая, голова тяжёлая, подташнивает, у мужа то же самое, к обеду расходимся. Топим на ночь углём, чтобы до утра держало, и задвижку я прикрываю пораньше, пока угли ещё красные, а то всё тепло уходит в трубу. Хочу наконец нормально высыпаться — может, травы какие пить или ложиться по-другому.',
      'ru',
    );
    expect(keys.slice(0, 2)).toEqual(['hz-co-today', 'hz-co-check']);
    expect(texts[0]).toMatch(/угарный газ/);
    expect(texts[0]).toMatch(/задвижку/);
  });

  it('leads for another wording (en + ru)', async () => {
    const en = await tap(
      'sleep',
      'Wake up rested in winter',
      'We bank the coal fire before bed and shut the damper so it lasts; we both wake with a heavy head and feel queasy.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-co-today');
    expect(en.texts[0]).toMatch(/damper/);
    const ru = await tap(
      'family',
      'Зимовать на даче с детьми',
      'Печка в доме, на ночь закрываю трубу, чтобы тепло не уходило, а утром дети жалуются, что тошнило и голова тяжёлая.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-co-today');
  });

  it('stays out of a stove or a door bolt with no symptom, and a dizzy spell outdoors', () => {
    expect(named('Отопление печное, топим углём, задвижку закрываем, когда всё прогорит.')).not.toContain('co_fumes');
    expect(named('Задвижка на двери в ванную заела, а я встаю как разбитая после ночных смен.')).not.toContain(
      'co_fumes',
    );
    expect(
      named("I heat with a wood stove and got dizzy twice hauling rounds in the woodlot; I'm on a blood thinner."),
    ).not.toContain('co_fumes');
  });
});

describe('burning off dry grass on an overgrown plot', () => {
  it('leads the plot clearing with not burning it', async () => {
    const { keys, texts } = await tap(
      'home',
      'Расчистить заросший участок в СНТ, который купили весной',
      'Купили с мужем шесть соток под Тулой: бурьян по пояс, одичавшая малина и какие-то коряги. Хотим к лету хотя бы газон, пару грядок и место под мангал. Соседи по-дружески посоветовали в апреле просто выжечь сухую траву, мол, все так делают, быстро и бесплатно. Техники у нас нет, только лопаты и триммер, который подарил свёкор.',
      'ru',
    );
    expect(keys.slice(0, 2)).toEqual(['hz-grass-noburn', 'hz-grass-barrel']);
    expect(texts[0]).toMatch(/Не выжигай сухую траву/);
  });

  it('leads for another wording (en + ru)', async () => {
    const en = await tap(
      'home',
      'Get the back field ready for chickens',
      "The paddock behind the cottage is waist-high dead grass; my neighbour says it's quickest to burn off the dry grass in March.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-grass-noburn');
    const ru = await tap(
      'habit',
      'Весной каждые выходные на даче',
      'Свёкор каждый год пускает пал на своём поле, говорит, так земля чище. Хочу и у нас сухостой выжечь, пока не вырос новый.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-grass-noburn');
  });

  it('stays out of a barbecue, a bonfire night, a candle, fertiliser that burns the lawn, and burning ruled out', async () => {
    noHazard(
      (
        await tap(
          'home',
          'A garden the kids can play in',
          'Sort out the lawn, a spot for the barbecue and the fire pit, and a safe space for bonfire night sparklers.',
          'en',
        )
      ).keys,
    );
    expect(named('Too much fertiliser will burn the dry grass patches, so I want a feeding plan.')).not.toContain(
      'grass_burn',
    );
    expect(named('Вечером зажигаю свечу и сжигаю записку с тревогами, такой ритуал.')).not.toContain('grass_burn');
    expect(named("Stubble burning in Punjab makes Delhi's air awful; I want to run outdoors again.")).not.toContain(
      'grass_burn',
    );
    expect(named('Соседи советуют выжечь сухую траву, но мы решили не выжигать, а косить.')).not.toContain(
      'grass_burn',
    );
  });
});

describe('an old lead glaze on mugs for a café', () => {
  it('leads the mug set with keeping the lead glaze off food', async () => {
    const { keys, texts } = await tap(
      'creative',
      "Make a set of mugs with my grandpa's greta glaze",
      "I'm 20, second year at NMSU in Las Cruces, and I've been throwing in the campus studio since last fall. My grandpa made bean pots and cazuelas in Chihuahua his whole life, and last summer he gave me a coffee can of his greta, the glaze that fires all glassy and honey-colored. I want to make eight matching mugs with it for my mom's little café in time for Mother's Day. Right now half my handles crack off in the bisque.",
      'en',
    );
    expect(keys.slice(0, 2)).toEqual(['hz-glaze-nofood', 'hz-glaze-safe']);
    expect(texts[0]).toMatch(/lead/);
  });

  it('leads for another wording (en + ru)', async () => {
    const en = await tap(
      'business',
      'Sell my pottery at the craft fair',
      'I found an old tub of litharge at an estate sale and mixed it into a glaze for the serving bowls I plan to sell.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-glaze-nofood');
    const ru = await tap(
      'creative',
      'Сделать сервиз для мамы',
      'Нашла у деда в сарае банку свинцового глёта, хочу сделать на нём глазурь под мёд для чашек и тарелок.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-glaze-nofood');
    expect(ru.texts[0]).toMatch(/свин/);
  });

  it('stays out of lead paint, a lead-free glaze, icing on gingerbread, a person called Greta, and a piece kept for show', () => {
    expect(named('Strip the old lead paint off the nursery door; our baby is due in May.')).not.toContain('lead_glaze');
    expect(named('I use a lead-free honey glaze on my mugs and plates, fired to cone 6.')).not.toContain('lead_glaze');
    expect(named('Научиться расписывать пряники глазурью к чаю.')).not.toContain('lead_glaze');
    expect(named('My friend Greta and I want to glaze mugs together for her café.')).toEqual([]);
    expect(
      named('Декоративное панно со свинцовой глазурью, только для декора, не для еды, к чаю на выставке.'),
    ).not.toContain('lead_glaze');
  });
});

describe('an older person pulling up on a pipe that came off the wall', () => {
  it('leads the squat goal with a stable support first', async () => {
    const { keys, texts } = await tap(
      'fitness',
      'Squat down and get up again without holding anything',
      "I'm 71, a retired schoolteacher in a village in Nalanda district. Our latrine is the Indian type, and since my knees started paining two years back I pull myself up by the water pipe; last month it came off the wall. My son wants to fit a western commode but there is no space, and the doctor at the PHC said strengthen the thighs. I walk 1 km to the temple every morning, that is all my exercise.",
      'en',
    );
    expect(keys[0]).toBe('hz-support-steady');
    expect(keys).toContain('hz-support-rail');
    expect(texts[0]).toMatch(/chair/);
  });

  it('leads for another wording (en + ru)', async () => {
    const en = await tap(
      'family',
      'Help Mum stay in her own flat',
      'Mum is 84 and gets off the toilet by grabbing the towel rail, which is already wobbly.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-support-steady');
    const ru = await tap(
      'fitness',
      'Укрепить ноги',
      'Мне 76, колени болят, встаю с корточек, держась за трубу в туалете, а на днях полотенцесушитель оторвался от стены.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-support-steady');
  });

  it('stays out of a pipe that came off with nobody on it, a young lifter, a rail already fitted, and a walker', () => {
    expect(named('The water pipe came off the wall in the bathroom; find a plumber this week.')).not.toContain(
      'unsafe_support',
    );
    expect(named('I hold onto the sink for calf raises after my run, it works fine.')).not.toContain('unsafe_support');
    expect(
      named('Dad is 80; he used to pull himself up on the towel rail, but we fitted a grab rail by the toilet.'),
    ).not.toContain('unsafe_support');
    expect(named('Бабушка держится за поручень в ванной, колени болят, хочет гулять больше.')).not.toContain(
      'unsafe_support',
    );
  });
});

describe('a bat on a sleeping child’s pillow', () => {
  it('leads the attic goal with the rabies call today', async () => {
    const { keys, texts } = await tap(
      'home',
      'Get the bats out of our attic for good',
      "We're on 20 acres outside Ada, Oklahoma, in a 1950s farmhouse, and there's a colony up in the attic; by July you can smell it in the hall closet. I'm 42 and my husband works two weeks on out in the Permian, so this is on me. Last Tuesday one got into my daughter's room and she woke up with it on her pillow, we caught it in a towel and let it out the window. I want the place sealed up before winter without trapping any of them inside.",
      'en',
    );
    expect(keys.slice(0, 2)).toEqual(['hz-bat-call', 'hz-bat-catch']);
    expect(texts[0]).toMatch(/rabies/);
  });

  it('leads for another wording (en + ru)', async () => {
    const en = await tap(
      'travel',
      'Plan the rest of our cabin trip',
      'Last night a bat was flying around in our bedroom while we were asleep; we shooed it out the door.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-bat-call');
    const ru = await tap(
      'home',
      'Утеплить дачный дом',
      'Вчера сын проснулся, а на подушке летучая мышь. Муж выкинул её в окно голыми руками.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-bat-call');
    expect(ru.texts[0]).toMatch(/бешенств/);
  });

  it('stays out of bats in the garden, a bat box, a cricket or baseball bat, and shots already given', async () => {
    noHazard(
      (
        await tap(
          'home',
          'Make the garden wildlife-friendly',
          'We watch the bats over the pond at dusk and I want to put a bat box under the bedroom window.',
          'en',
        )
      ).keys,
    );
    expect(named('A new cricket bat for my son; he keeps it in his bedroom and sleeps with it.')).toEqual([]);
    expect(named('The baseball bat by the bed is for burglars, honestly.')).toEqual([]);
    expect(named('A bat flew into the living room at dusk; we opened the window and nobody touched it.')).toEqual([]);
    expect(named('The bats in the attic are so loud at night that I can’t sleep.')).toEqual([]);
    expect(named('Летучие мыши летают над прудом по вечерам, хочу сделать для них домик.')).not.toContain(
      'bat_exposure',
    );
    expect(
      named('A bat was on her pillow last month; she had the rabies shots and we now want the attic sealed.'),
    ).not.toContain('bat_exposure');
  });
});

describe('welding with a cracked or missing mask, or bare hands (weld_no_mask)', () => {
  it('leads the goal with no arc until the helmet and gloves are there', async () => {
    const { keys, texts } = await tap(
      'skill',
      'Learn to weld properly',
      "I'm 19 and I help my uncle at his jua kali workshop in Kisumu, we make gates and window grills. He does all the welding, I do grinding and painting. I want to do clean stick welds myself by end of the year so he trusts me with small jobs. We have one arc welder and power goes off half the day, and for now I borrow his mask which has a crack in the glass.",
      'en',
    );
    expect(keys.slice(0, 2)).toEqual(['hz-weld-mask', 'hz-weld-place']);
    expect(texts[0]).toMatch(/Don't strike an arc/);
    expect(texts[0]).toMatch(/EN 379/);
  });

  it('leads for other wordings: sunglasses and no helmet, a cracked glass and bare hands (en + ru)', async () => {
    const en = await tap(
      'repair',
      'Build a new gate for the yard',
      "I'll MIG weld the frame in the garage this weekend. I don't have a helmet yet, so I'll just squint through sunglasses for the tacks.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-weld-mask');
    const ru = await tap(
      'skill',
      'Научиться варить самому',
      'Купил сварочный инверторный аппарат, хочу сварить каркас теплицы. Маска у соседа с треснутым стеклом, варю без перчаток.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-weld-mask');
    expect(ru.texts[0]).toMatch(/Не зажигай дугу/);
  });

  it('leads a welder with no proper mask, sunglasses once, sore eyes after', async () => {
    const { keys } = await tap(
      'skill',
      'Научиться варить',
      'Мне 22, живу в деревне под Кунгуром, работаю в основном у отца по хозяйству. У него есть старый сварочный аппарат, маски нормальной нет, варил пару раз через очки от солнца, глаза потом болели. Хочу сам варить ворота, теплицы, прицеп подлатать.',
      'ru',
    );
    expect(keys[0]).toBe('hz-weld-mask');
  });

  it('stays out of welding with proper gear named, a replaced glass, a crack in a weld and cooking', () => {
    expect(
      named(
        "I weld on weekends with an auto-darkening helmet set to shade 11, leather gloves and a cotton jacket; there's a crack in the weld on the trailer hitch I want to redo.",
      ),
    ).not.toContain('weld_no_mask');
    expect(
      named(
        'My welding mask had a crack in the glass, but I replaced the glass last week and now I practise stick welds.',
      ),
    ).not.toContain('weld_no_mask');
    expect(named('Хочу научиться варить борщ и сварить компот, готовлю без перчаток.')).not.toContain('weld_no_mask');
    expect(
      named('Сварщиком работаю пятнадцать лет, маска-хамелеон и краги у меня свои, хочу сдать на разряд.'),
    ).not.toContain('weld_no_mask');
  });
});

describe('a rotten step, deck, balcony floor or railing someone nearly went through (rotten_step)', () => {
  it('leads the goal with the steps blocked off before any rebuild', async () => {
    const { keys, texts } = await tap(
      'repair',
      'Rebuild the porch steps',
      "The porch steps on our place in eastern Kentucky are rotting and my wife nearly went through one last week. I'm 58, laid off from the mine, pretty handy but I've never built stairs from scratch. Want to do it myself before winter, budget's maybe $300.",
      'en',
      ['Rotten steps'],
    );
    // Repair's own `rot_steps` first step does the same where it stands; the hazard yields to it.
    expect(['hz-rot-block', 'fix-rotstep-safe']).toContain(keys[0]);
    expect(texts[0]).toMatch(/board/);
  });

  it('leads for other wordings in goals of other kinds (en + ru)', async () => {
    const en = await tap(
      'family',
      'Host Thanksgiving at our place this year',
      'Twelve people coming, and the back deck stairs are rotten — my dad almost fell through one in October.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-rot-block');
    const ru = await tap(
      'home',
      'Подготовить дачу к сезону',
      'Дача досталась от свекрови. Пол на веранде прогнил, муж в прошлом году провалился ногой, и перила шатаются.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-rot-block');
    expect(ru.texts[0]).toMatch(/другой дверью/);
  });

  it('stays out of rot in nothing walked on, rotten teeth and a knee that gives way on the stairs', () => {
    expect(named('Replace the rotten fence posts along the back garden before the dog gets out.')).not.toContain(
      'rotten_step',
    );
    expect(named('Подоконник на кухне прогнил, хочу заменить его сам.')).not.toContain('rotten_step');
    expect(named('My knee gave way on the stairs last week, so I want to build up my legs.')).not.toContain(
      'rotten_step',
    );
    expect(named('I have two rotten teeth and I take the stairs to the dentist on the third floor.')).not.toContain(
      'rotten_step',
    );
  });
});

describe('a cluttered balcony is no blocked way out', () => {
  it('leaves the balcony goal to its own sorting steps', async () => {
    const { keys } = await tap(
      'home',
      'Разобрать балкон',
      'Мне 55, Самара, двушка. Балкон забит так, что дверь открывается наполовину: банки с прошлых лет, лыжи, которыми никто не пользуется, старые шины, коробки от техники «на всякий случай». Муж против выбрасывать, говорит, всё пригодится. Хочу к лету поставить туда столик и кресло и пить там чай.',
      'ru',
      ['Разобрать одну'],
    );
    noHazard(keys);
    expect(named('The balcony is so full the door only opens halfway: boxes, old bikes and paint tins.')).not.toContain(
      'exit_blocked',
    );
  });

  it('still leads where the way out of the flat is blocked (en + ru)', async () => {
    const ru = await tap(
      'home',
      'Разобрать квартиру после мамы',
      'Коридор заставлен коробками, входная дверь открывается наполовину, к балконной двери не подойти из-за мешков.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-exit-clear');
    expect(named('The back door is blocked by boxes and the hall is down to a path one person wide.')).toContain(
      'exit_blocked',
    );
  });
});

describe('a circular saw, grinder or chainsaw used for the first time', () => {
  it('leads for the borrowed circular saw never used', async () => {
    const { keys, texts } = await tap(
      'repair',
      'Fix the rotted section of fence before the dog gets out again',
      "36, Columbus Ohio. Three panels of our wood privacy fence are rotted at the bottom and one post wobbles, and our beagle has figured out he can squeeze through. Never set a post before. My neighbor says I can borrow his circular saw, I've never used one. Want it done before we leave for my parents' on the 4th.",
      'en',
    );
    expect(keys[0]).toBe('hz-powertool-learn');
    expect(texts[0]).toMatch(/guard/);
  });

  it('leads for the old grinder and the roof never worked on, and for another wording (en + ru)', async () => {
    expect(
      named('My brother-in-law will lend me his ladder and an old grinder, but I have never done roof work myself.'),
    ).toEqual(expect.arrayContaining(['power_tool_new', 'ladder_alone']));
    const en = await tap(
      'finance',
      'Save for a new shed',
      'Bought a chainsaw for firewood, never used one before. Want £40 a month aside.',
      'en',
    );
    expect(hazardKeys(en.keys)).toEqual(['hz-powertool-learn']);
    const ru = await tap(
      'home',
      'Обшить балкон вагонкой',
      'Брат дал болгарку, я ей ни разу не пользовался, хочу сам срезать старые уголки.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-powertool-learn');
    expect(ru.texts[0]).toMatch(/кожух/);
  });

  it('stays out of a coffee grinder, a Bulgarian woman and someone handy with a chainsaw', () => {
    expect(named('First time using a burr coffee grinder, want better espresso.')).not.toContain('power_tool_new');
    expect(named('Я болгарка, впервые в России, хочу выучить язык.')).not.toContain('power_tool_new');
    expect(named("I'm handy with a billhook and a chainsaw, but I've never laid a single pleacher.")).not.toContain(
      'power_tool_new',
    );
  });
});

describe('a safe room or shelter blocked with stored things', () => {
  it('leads for the mamad nobody could get into in the alert', async () => {
    const { keys, texts } = await tap(
      'home',
      'Разобрать балкон и мамад',
      'Мне 66, живу в Кирьят-Шмоне уже 25 лет. В мамаде (это комната-убежище) и на балконе всё завалено вещами покойного мужа, коробками ещё с переезда и банками. Когда была тревога осенью, в мамад невозможно было зайти. Дети далеко, в Тель-Авиве, приезжают редко, а выбросить всё сразу рука не поднимается.',
      'ru',
    );
    expect(keys[0]).toBe('hz-shelter-clear');
    expect(texts[0]).toMatch(/мамад/);
  });

  it('leads for another wording (en + ru)', async () => {
    expect(
      named('Our safe room is full of boxes and the kids’ bikes, we could not get in when the siren went.'),
    ).toContain('shelter_blocked');
    expect(named('Бомбоубежище в подвале заставлено хламом жильцов.')).toContain('shelter_blocked');
  });

  it('stays out of a shelter said to be clear and a shelter with nothing stored in it', () => {
    expect(named('Мамад свободен, хочу разобрать коробки на балконе.')).not.toContain('shelter_blocked');
    expect(named('We volunteer at the animal shelter and want to sort the donated boxes.')).not.toContain(
      'shelter_blocked',
    );
  });
});
