import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);
const firstFive = firstFiveWith(coach);

const WEAVE = ['cre-weave-yarn', 'cre-weave-warp', 'cre-weave-sample'];
const EMB = ['cre-emb-kit', 'cre-emb-thread', 'cre-emb-stitch', 'cre-emb-start', 'cre-emb-pace'];
const HW = ['home-hw-spot', 'home-hw-hour', 'home-hw-kit', 'home-hw-set', 'home-hw-keep'];
const CROWN = ['fix-crown-survey', 'fix-crown-master', 'fix-crown-kit', 'fix-crown-rules', 'fix-crown-day'];
const CAB = ['fix-cab-kit', 'fix-cab-doors', 'fix-cab-prep', 'fix-cab-test', 'fix-cab-paint'];
const LACE = ['cre-lace-check', 'cre-lace-pricking', 'cre-lace-wind', 'cre-lace-first', 'cre-lace-club'];

describe('the thirty-first blind read, fixed in general (helper fix31h)', () => {
  it('warps a loom with thread for cloth or kente — no rag strips or "first rug"; rag rugs keep them', async () => {
    const en = await tap(
      'creative',
      "Learn to weave kente on my grandfather's loom",
      "I'm 19. My grandfather in Bonwire wove all his life but his eyes are too weak now and the loom just sits under the shed. I want to finish one full strip before September.",
      'en',
      ['Weaving on a loom'],
    );
    expect(en.keys.slice(2)).toEqual(WEAVE);
    expect(en.keys).not.toContain('cre-loom-strips');
    expect(en.text).toContain('kente strip is about 10 cm');
    expect(en.text).not.toMatch(/rug/i);
    const ru = await tap(
      'creative',
      'Научиться ткать полотенца на бабушкином станке',
      'Станок стоит в сарае, бабушки уже нет, а я хочу соткать хотя бы одно льняное полотенце.',
      'ru',
      ['Ткачество на станке'],
    );
    expect(ru.keys.slice(2)).toEqual(WEAVE);
    expect(ru.text).not.toContain('половик');
    const rugs = await tap(
      'creative',
      "Weave rag rugs on my grandmother's floor loom",
      'I have a bag of old clothes and her loom in the barn.',
      'en',
      ['Weaving on a loom'],
    );
    expect(rugs.keys).toEqual([
      'cre-loom-check',
      'cre-loom-learn',
      'cre-loom-strips',
      'cre-loom-warp',
      'cre-loom-sample',
    ]);
  });

  it('keeps travel insurance and the import permit for medicines to trips abroad', async () => {
    const en = await tap(
      'travel',
      'Take my parents to Mombasa on the train for their 40th anniversary',
      "They've never seen the coast. Dad is 68 with a bad hip and Mum is diabetic. I live in Nairobi. I want it simple: the SGR, a clean place near the beach.",
      'en',
      ['Travel'],
    );
    expect(en.keys).toContain('trip-health-meds-home');
    expect(en.keys).not.toContain('trip-health-insurance');
    expect(en.keys).not.toContain('trip-health-meds');
    expect(en.text).not.toContain('permit');
    const ru = await firstFive(
      'travel',
      'Свозить маму на поезде в Кисловодск',
      'Маме 72, у неё диабет, живём в Ростове, хочу на неделю в санаторий.',
      'ru',
    );
    expect(ru.keys).toContain('trip-health-meds-home');
    expect(ru.keys).not.toContain('trip-health-insurance');
    expect(ru.text).toContain('термочехле');
    // A flight abroad keeps the insurance and the medicines' import rules.
    const fly = await firstFive('travel', 'Fly to Portugal with my mum', 'She is 79 and has a heart condition.');
    expect(fly.keys).toContain('trip-health-insurance');
    expect(fly.keys).not.toContain('trip-health-meds-home');
  });

  it("has a parent visiting a grown-up child ask where to sleep — no hotel booked, no solo traveller's evenings", async () => {
    const ru = await firstFive(
      'travel',
      'Съездить к сыну в Корею, первый раз за границу',
      'Мне 58, живу в Ташкенте. Сын четвёртый год работает в Ансане на заводе, зовёт в гости на месяц. Я на самолёте не летала, корейского не знаю. Виза, перелёт, пересадка, в аэропорту как быть — всё страшно.',
      'ru',
    );
    expect(ru.keys).toContain('trip-fam-ask');
    expect(ru.keys).not.toContain('trip-safe-evenings');
    expect(ru.keys).not.toContain('trip-bed');
    // «на самолёте не летала» is a first flight.
    const tapped = await tap(
      'travel',
      'Съездить к сыну в Корею, первый раз за границу',
      'Сын зовёт в гости на месяц. Я на самолёте не летала, в аэропорту как быть — всё страшно.',
      'ru',
      ['Первый в жизни полёт'],
    );
    expect(tapped.keys.some((key) => key.startsWith('flight-'))).toBe(true);
    expect(tapped.keys).not.toContain('trip-safe-evenings');
    const en = await firstFive(
      'travel',
      'Visit my son in Canada',
      "I'm 61, my son lives in Toronto and invited me for three weeks. I'm nervous about the trip.",
    );
    expect(en.keys).not.toContain('trip-safe-evenings');
    expect(en.keys).not.toContain('trip-bed');
    // Travelling alone with nerves keeps the evening plan.
    const solo = await tap(
      'travel',
      'Travel alone to Italy for the first time',
      "I'm nervous about being on my own in the evenings.",
      'en',
      ['A trip abroad'],
    );
    expect(solo.keys).toContain('trip-safe-evenings');
    expect(solo.keys).not.toContain('trip-fam-ask');
  });

  it('gives hand embroidery its hoop, threads that do not tangle and the main stitch — no knitting swatch or raglan', async () => {
    const ru = await tap(
      'creative',
      'Вышить сюзане к своему приданому',
      'Мне 17. Бабушка вышивала всю жизнь и показывает швы, а у меня нитки всё время путаются и стежки кривые.',
      'ru',
      ['Рукоделие'],
    );
    expect(ru.keys).toEqual(EMB);
    expect(ru.text).toContain('басма');
    expect(ru.text).not.toMatch(/спиц|реглан|петел/);
    const en = await tap(
      'creative',
      'Embroider a crewel work cushion for my mum',
      "I've done a bit of cross stitch before, but never crewel. Her birthday is in June.",
      'en',
      ['knitting and sewing'],
    );
    expect(en.keys).toEqual(EMB);
    expect(en.text).not.toMatch(/raglan|cast on|gauge/);
    // A knitter keeps the pattern and the gauge swatch.
    const knit = await tap('creative', 'Связать свитер', 'Уже вяжу шарфы, хочу к зиме связать свитер', 'ru', [
      'Рукоделие',
    ]);
    expect(knit.keys).toContain('cre-knit-pattern');
    expect(knit.keys).not.toContain('cre-emb-kit');
  });

  it('sets up a homework corner in the room the family shares — no "what is this room for" or a room to clear', async () => {
    const ru = await tap(
      'home',
      'Обустроить детям угол для уроков',
      'Зимой тёплая одна комната, там и телевизор, и свекровь. Трое детей, уроки делают на полу или на кухне. Хочу уголок со столом и светом.',
      'ru',
      ['Обустроить комнату под новое назначение'],
    );
    expect(ru.keys).toEqual(HW);
    expect(ru.text).toContain('телевизор');
    const en = await firstFive(
      'home',
      'Set up a homework corner for the kids',
      'We have one living room with the TV, and the two boys do their homework on the sofa.',
    );
    expect(en.keys).toEqual(HW);
    // A work corner for a job keeps its own steps.
    const work = await firstFive(
      'home',
      'A work corner at home',
      'I work from home three days a week and need a desk somewhere in the living room.',
    );
    expect(work.keys).toContain('home-corner-spot');
    expect(work.keys).not.toContain('home-hw-spot');
  });

  it('replaces the bottom logs of a log frame beside someone who has lifted one — no filler, no solo step', async () => {
    const ru = await tap(
      'repair',
      'Поменять нижние венцы в бане',
      'Баня от отца, сруб из лиственницы, два нижних венца сгнили, угол осел. Сруб на домкратах не поднимал никогда.',
      'ru',
      ['Гнилое дерево: порог, рама, столб'],
    );
    expect(ru.keys).toEqual(CROWN);
    expect(ru.text).toContain('под поднятым срубом');
    expect(ru.text).not.toContain('шпаклёв');
    const en = await firstFive(
      'repair',
      'Replace the rotten bottom logs of our log cabin',
      'The corner has dropped and the door sticks. I have never jacked up a log frame.',
    );
    expect(en.keys).toEqual(CROWN);
    expect(en.text).toContain('never alone');
    // A rotten door sill keeps the probe, the resin and the filler.
    const sill = await tap(
      'repair',
      'Fix the rotten door sill',
      'The sill of the back door has gone soft in one corner.',
      'en',
      ['Rotten wood: a sill, frame or post'],
    );
    expect(sill.keys).toContain('fix-rot-probe');
    expect(sill.keys).not.toContain('fix-crown-survey');
  });

  it('paints kitchen cupboards as a paint job — no renovation quotes, removals or wiring', async () => {
    const en = await tap(
      'repair',
      'Paint our dated oak kitchen cupboards',
      "Can't afford a new kitchen and the doors are that orange 90s oak.",
      'en',
      ['Repairs and DIY'],
    );
    expect(en.keys).toEqual(CAB);
    expect(en.text).toContain('stain');
    expect(en.keys.some((key) => key.startsWith('fix-ren-'))).toBe(false);
    const ru = await firstFive(
      'repair',
      'Перекрасить кухонные фасады',
      'Гарнитур старый, сосна пожелтела, на новую кухню денег нет.',
      'ru',
    );
    expect(ru.keys).toEqual(CAB);
    // A whole kitchen redone keeps the renovation's scope and budget.
    const reno = await firstFive(
      'repair',
      'Renovate our kitchen',
      'New worktops, tiles and a new floor; the whole kitchen is from 1995.',
    );
    expect(reno.keys).toContain('fix-ren-scope');
    expect(reno.keys).not.toContain('fix-cab-kit');
  });

  it('starts someone who only watched bobbin lace made at the beginning — pricking, bobbins, first cloth stitch', async () => {
    const ru = await firstFive(
      'creative',
      'Научиться плести кружево на коклюшках',
      'В детстве бабушка плела, а я только рядом сидела и смотрела. Коклюшки её остались и валик тоже, а сколков нет.',
      'ru',
    );
    expect(ru.keys).toEqual(LACE);
    expect(ru.text).toContain('сколок');
    const en = await firstFive(
      'creative',
      'Learn bobbin lace',
      "My gran's lace pillow and bobbins came to me. I've never made lace, only watched her.",
    );
    expect(en.keys).toEqual(LACE);
    expect(en.keys).not.toContain('cre-21');
    // Someone coming back to drawing keeps the returning steps.
    const draw = await firstFive(
      'creative',
      'Start drawing again',
      'I used to draw as a teenager and want to fill a sketchbook this year.',
    );
    expect(draw.keys).toContain('cre-20');
    expect(draw.keys).not.toContain('cre-lace-check');
  });

  it('sorts a dorm room shared by three — the worst spots, zones and the wardrobe, not a kitchen rule or photo', async () => {
    const ru = await tap(
      'home',
      'Навести порядок в комнате в общаге, нас там трое',
      'живём втроём в комнате 12 метров. у одной соседки вещи везде валяются. шкаф один на троих',
      'ru',
      ['Порядок с соседями по квартире'],
    );
    expect(ru.keys[0]).toBe('home-dorm-look');
    expect(ru.keys).toEqual(expect.arrayContaining(['home-dorm-zones', 'home-dorm-mine']));
    expect(ru.keys).not.toContain('home-mates-kitchen');
    expect(ru.keys).not.toContain('home-mates-check');
    expect(ru.text).toContain('шкаф');
    const en = await tap(
      'home',
      'Sort out our dorm room, there are three of us',
      "One wardrobe between three and my roommates' stuff is everywhere.",
      'en',
      ['Chores with flatmates or housemates'],
    );
    expect(en.keys[0]).toBe('home-dorm-look');
    expect(en.keys).not.toContain('home-mates-kitchen');
    // A shared house keeps its kitchen rule and weekly check.
    const house = await tap(
      'home',
      'Get my flatmates to share the chores',
      'Four of us in a student house and the kitchen is always a mess.',
      'en',
      ['Chores with flatmates or housemates'],
    );
    expect(house.keys).toContain('home-mates-kitchen');
    expect(house.keys).not.toContain('home-dorm-look');
  });

  it('opens a sofa safely instead of finding the water valve and the breaker', async () => {
    const ru = await tap(
      'repair',
      'починить диван',
      'Провалилась пружина в старом диване-книжке, на новый денег щас нет.',
      'ru',
      ['Ремонт и починка'],
    );
    expect(ru.keys).toContain('fix-sofa-open');
    expect(ru.keys).not.toContain('fix-03');
    expect(ru.text).toContain('механизм не захлопнулся');
    const en = await firstFive(
      'repair',
      'Fix our sagging sofa',
      'A spring has gone in the middle seat and you sink right down.',
    );
    expect(en.keys).toContain('fix-sofa-open');
    expect(en.keys).not.toContain('fix-03');
    // A dripping tap keeps the water valve.
    const tapFix = await firstFive('repair', 'Fix a leaking tap', 'The kitchen tap drips all night.');
    expect(tapFix.keys).toContain('fix-03');
    expect(tapFix.keys).not.toContain('fix-sofa-open');
  });
});
