import { describe, expect, it } from 'vitest';
import { hazardKeys, tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { createHazardReader } from './hazards.js';

// The dangers at home added or widened after blind read 41 (content/goals/hazards/home.yaml, helper fix41-home),
// through the real coach: each leads the path of the read's own goal and of another wording of the same danger (en +
// ru), and stays out of goals that use its words in a harmless sense or say the danger is dealt with.
const { coach, pack } = shippedOfflineCoach();
const tap = tapThrough(coach);
const noHazard = (keys: string[]) => expect(hazardKeys(keys)).toEqual([]);
const reader = createHazardReader(pack.hazards);
const named = (text: string) => reader.read([text]).map((hazard) => hazard.id);

describe('bleach and a limescale remover mixed in one bottle (cleaner_mix, widened after read 41)', () => {
  it('leads the bathroom routine with getting out of the fumes (read 41 en-09)', async () => {
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

describe('a stove’s damper closed over glowing coals, and heavy heads in the morning (co_fumes, widened after read 41b)', () => {
  it('leads the sleep goal with carbon monoxide first (read 41b ru-44)', async () => {
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

describe('burning off dry grass on an overgrown plot (grass_burn, new after read 41)', () => {
  it('leads the plot clearing with not burning it (read 41 ru-08)', async () => {
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

describe('an old lead glaze on mugs for a café (lead_glaze, new after read 41b)', () => {
  it('leads the mug set with keeping the lead glaze off food (read 41b en-34)', async () => {
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

describe('an older person pulling up on a pipe that came off the wall (unsafe_support, new after read 41b)', () => {
  it('leads the squat goal with a stable support first (read 41b en-35)', async () => {
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

describe('a bat on a sleeping child’s pillow (bat_exposure, new after read 41b)', () => {
  it('leads the attic goal with the rabies call today (read 41b en-38)', async () => {
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
