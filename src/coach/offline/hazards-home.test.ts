import { describe, expect, it } from 'vitest';
import { hazardKeys, tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { createHazardReader } from './hazards.js';

// The dangers at home named in passing (content/goals/hazards/home.yaml), through the real coach: each leads the path
// of a goal of another kind, stays out of a goal that uses its words in a harmless sense, and gives way where the
// kind's own net already deals with it.
const { coach, pack } = shippedOfflineCoach();
const tap = tapThrough(coach);
const noHazard = (keys: string[]) => expect(hazardKeys(keys)).toEqual([]);
// The hazards a text names: where a kind's own net stands instead, the hazard is still read but its steps stay out.
const reader = createHazardReader(pack.hazards);
const named = (text: string) => reader.read([text]).map((hazard) => hazard.id);

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

describe('a socket that sparks now and then or gets wet (read 37)', () => {
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

describe('papers or clutter piled by a fire or heater (read 37)', () => {
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

describe('the way out blocked by stored things (read 37)', () => {
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

describe('falls at home for someone on a walker, frame or stick (read 37)', () => {
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

describe('a pan or kettle boiled dry, or the cooker left on (read 37)', () => {
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

describe('old paint stripped, sanded or heat-gunned with a pregnancy or small children (read 37)', () => {
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

describe('mains power run outdoors by hand (read 37)', () => {
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

describe('bleach mixed with another cleaner, or its fumes stinging (read 38)', () => {
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

describe('garlic, chillies or herbs kept under oil out of the fridge (read 38)', () => {
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

describe('home-canned mushrooms, meat, fish or beans (read 38)', () => {
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
