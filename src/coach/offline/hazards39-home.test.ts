import { describe, expect, it } from 'vitest';
import { hazardKeys, tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { createHazardReader } from './hazards.js';

// The dangers at home added after blind read 39 (content/goals/hazards/home.yaml, helper fix39-home), through the real
// coach: each leads the path of a goal of another kind, stays out of a goal that uses its words in a harmless sense or
// says the danger is dealt with, and gives way where the kind's own net already deals with it.
const { coach, pack } = shippedOfflineCoach();
const tap = tapThrough(coach);
const noHazard = (keys: string[]) => expect(hazardKeys(keys)).toEqual([]);
// The hazards a text names: where a kind's own net stands instead, the hazard is still read but its steps stay out.
const reader = createHazardReader(pack.hazards);
const named = (text: string) => reader.read([text]).map((hazard) => hazard.id);

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
