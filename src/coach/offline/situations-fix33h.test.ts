import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);
const firstFive = firstFiveWith(coach);

const PIT = ['fix-pit-rules', 'fix-pit-air', 'fix-pit-kit', 'fix-pit-crew', 'fix-pit-water'];
const COTTON = ['cre-cotton-kit', 'cre-cotton-frame', 'cre-cotton-layers', 'cre-cotton-paint', 'cre-cotton-batch'];
const KIN = ['home-kin-watch', 'home-kin-ask', 'home-kin-one', 'home-kin-places', 'home-kin-habit'];

describe('the thirty-third blind read, fixed in general (helper fix33h)', () => {
  it('sets the rules of a descent, the air and a crew before anyone goes down a well or a tank', async () => {
    const en = await tap(
      'repair',
      'Clean out the old well behind the cottage',
      "It's about seven metres deep. My brother and I want to go down on a rope and dig out the silt ourselves.",
      'en',
      ['Repairs and DIY'],
    );
    expect(en.keys).toEqual(PIT);
    expect(en.text).toContain('nobody climbs in after them');
    const ru = await tap(
      'repair',
      'Почистить колодец у родителей',
      'Вода стала пахнуть. Хочу спуститься сам и выгрести ил, брат подержит верёвку.',
      'ru',
      ['Ремонт и починка'],
    );
    expect(ru.keys).toEqual(PIT);
    expect(ru.text).toContain('газоанализатор');
    expect(ru.keys.some((key) => /^fix-\d/.test(key))).toBe(false);
    // A pump to replace in a well keeps the pump's own path.
    const pump = await firstFive('repair', 'Replace the pump in our well', 'The well pump hums but no water comes up.');
    expect(pump.keys[0]).toBe('fix-well-safe');
    expect(pump.keys).not.toContain('fix-pit-rules');
  });

  it('starts carving in wood with the grips shown by a carver and the hand kit — no pine coaster or watercolour paper', async () => {
    const en = await tap(
      'creative',
      'Carve and paint a little wooden owl for my daughter',
      'I bought a Mora knife and a lime block but have never carved before, and my knuckles ache in the cold.',
      'en',
      ['Creative project', 'Just starting'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['cre-carve-show', 'cre-carve-kit']);
    for (const key of ['cre-wood-kit', 'cre-wood-first', 'cre-paint-kit', 'cre-paint-first', 'cre-paint-lesson'])
      expect(en.keys).not.toContain(key);
    const ru = await tap(
      'creative',
      'Научиться вырезать ложки из берёзы',
      'Купил нож-косяк, ни разу ничего не вырезал. На даче много свежего дерева после вырубки.',
      'ru',
      ['Творческий проект'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['cre-carve-show', 'cre-carve-kit', 'cre-carve-wood']);
    expect(ru.keys).not.toContain('cre-wood-kit');
    // A bookshelf from pine boards is no carving: the woodwork starter stays.
    const shelf = await tap(
      'creative',
      'Make a small bookshelf from pine boards',
      'Never done any woodwork, I have a saw and a drill.',
      'en',
      ['Woodworking'],
    );
    expect(shelf.keys).toContain('cre-wood-kit');
    expect(shelf.keys).not.toContain('cre-carve-show');
    // Time carved out for painting names no carving.
    const paint = await firstFive(
      'creative',
      'Paint watercolour landscapes',
      'I want to carve out an hour every Sunday for it.',
    );
    expect(paint.keys.some((key) => key.startsWith('cre-carve-'))).toBe(false);
  });

  it('makes cotton-wool ornaments on a wire frame, whatever stitching the description remembers', async () => {
    const en = await tap(
      'creative',
      'Make spun cotton ornaments for our tree',
      'I did some cross-stitch as a teenager but never made anything like this. Evenings after the kids are asleep.',
      'en',
      ['Creative project'],
    );
    expect(en.keys).toEqual(COTTON);
    const ru = await tap(
      'creative',
      'Сделать ватные фигурки на ёлку вместе с дочкой',
      'В школе вышивала крестиком, а такого никогда не делала. Хотим успеть к Новому году.',
      'ru',
      ['Творческий проект'],
    );
    expect(ru.keys).toEqual(COTTON);
    expect(ru.keys).not.toContain('cre-emb-kit');
    // A real embroidery goal keeps its hoop and floss.
    const emb = await tap(
      'creative',
      'Вышить салфетку гладью',
      'Никогда не вышивала, хочу к маминому дню рождения.',
      'ru',
      ['Творческий проект'],
    );
    expect(emb.keys).toContain('cre-emb-kit');
    expect(emb.keys).not.toContain('cre-cotton-kit');
  });

  it('knits a lace shawl from the yarn up — no raglan for a first sweater, no second swatch, no unnamed unfinished piece', async () => {
    const en = await tap(
      'creative',
      'Knit a Shetland lace shawl for my niece',
      "I've knitted jumpers and hats for twenty years; this will be my first shawl. She gets married next June.",
      'en',
      ['Creative project', 'Already doing it'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['cre-lshawl-yarn', 'cre-lshawl-light', 'cre-lshawl-chart']);
    for (const key of ['cre-knit-pattern', 'cre-knit-start', 'cre-knit-first', 'cre-16'])
      expect(en.keys).not.toContain(key);
    const ru = await tap(
      'creative',
      'Связать ажурную шаль из козьего пуха',
      'Вяжу всю жизнь, в основном варежки. Пух от своих коз, хочу подарить дочери на юбилей.',
      'ru',
      ['Творческий проект'],
    );
    expect(ru.keys[0]).toBe('cre-lshawl-yarn');
    expect(ru.keys).not.toContain('cre-knit-pattern');
    // A sweater from someone who knits scarves keeps the pattern a step up.
    const sweater = await tap('creative', 'Связать свитер', 'Уже вяжу шарфы, хочу к зиме связать свитер.', 'ru', [
      'Рукоделие',
    ]);
    expect(sweater.keys).toContain('cre-knit-pattern');
    expect(sweater.keys).not.toContain('cre-lshawl-yarn');
  });

  it('in a home run by in-laws, watches, asks and offers help — no throw-out boxes or sorting alone', async () => {
    const en = await tap(
      'home',
      'Make the kitchen work better',
      "We moved in with my in-laws last year. The spices are everywhere and the flour gets moths, but everything follows my mother-in-law's system.",
      'en',
      ['Home'],
    );
    expect(en.keys).toEqual(KIN);
    const ru = await tap(
      'home',
      'Навести порядок на кухне',
      'Живём со свекровью в её квартире, крупы портятся, посуда везде, но я тут не хозяйка.',
      'ru',
      ['Дом'],
    );
    expect(ru.keys).toEqual(KIN);
    expect(ru.keys).not.toContain('home-space-boxes');
    // A kitchen of one's own keeps the sorting boxes.
    const own = await tap(
      'home',
      'Sort out my kitchen cupboards',
      'I live alone and the cupboards are overflowing.',
      'en',
      ['Sorting one room'],
    );
    expect(own.keys).toContain('home-space-boxes');
    expect(own.keys).not.toContain('home-kin-watch');
  });

  it('takes children to stay with family by train — the stay agreed and the carriage planned, no family room or airport', async () => {
    const ru = await tap(
      'travel',
      'Отвезти двоих детей к бабушке в Самару на лето',
      'Поедем поездом двое суток, муж останется работать. Детям 5 и 9 лет.',
      'ru',
      ['Поездка с детьми'],
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['kids-alone-train', 'kids-host']));
    for (const key of ['kids-stay', 'kids-days', 'kids-alone-airport', 'trip-bed']) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'travel',
      'Take the kids up to Inverness for the summer holidays',
      "We'll be staying with my parents for five weeks. We go by sleeper train and my husband is staying home to work.",
      'en',
      ['Travelling with children'],
    );
    expect(en.keys).toEqual(expect.arrayContaining(['kids-alone-train', 'kids-host']));
    expect(en.keys).not.toContain('kids-stay');
    expect(en.keys).not.toContain('kids-alone-airport');
    // A family holiday in a hotel abroad keeps the family room and, flying alone with the children, the airport.
    const crete = await tap(
      'travel',
      'A week in Crete with the kids',
      "I'm flying alone with my two, my husband can't get time off.",
      'en',
      ['Travelling with children'],
    );
    expect(crete.keys).toContain('kids-alone-airport');
    expect(crete.keys).not.toContain('kids-host');
    const hotel = await tap('travel', 'Take the kids to the seaside', 'Two nights by the sea in August.', 'en', [
      'Travelling with children',
    ]);
    expect(hotel.keys).toContain('kids-stay');
  });

  it('words the doctor step for a traveller who goes alone as well as for one taken along', async () => {
    const ru = await tap(
      'travel',
      'Съездить одной в Грузию',
      'Мне 63, у меня гипертония, пью таблетки от давления. Хочу в мае.',
      'ru',
      ['Поездка за границу'],
    );
    expect(ru.keys).toContain('trip-health-doctor');
    expect(ru.text).not.toContain('можно ли ему');
    expect(ru.text).toContain('своему или того, кто едет');
    const en = await tap(
      'travel',
      'Take my dad to Portugal',
      'He has a heart condition and takes blood thinners.',
      'en',
      ['A trip abroad'],
    );
    expect(en.keys).toContain('trip-health-doctor');
  });
});
