import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the forty-eighth blind read, fixed in general (helper fix48H)', () => {
  it('gives a shared house with food going off a food meeting, named shelves and a fridge check, not the chores rota', async () => {
    const en = await tap(
      'home',
      'sort out the fridge in our flat share',
      "Four of us live in a flat share in Glasgow. The fridge is full of stuff that's gone off and people keep eating my food.",
      'en',
      ['Chores with flatmates or housemates'],
    );
    expect(en.keys).toContain('home-mfood-meet');
    expect(en.keys).toContain('home-mfood-shelves');
    expect(en.keys).not.toContain('home-mates-rota');
    const ru = await tap(
      'home',
      'навести порядок с продуктами на кухне',
      'Снимаем квартиру вчетвером с однокурсниками, в холодильнике всё просрочено и непонятно чьё.',
      'ru',
      ['Порядок с соседями по квартире'],
    );
    expect(ru.keys).toContain('home-mfood-meet');
    // Chores alone in a shared house keep the rota.
    const near = await tap(
      'home',
      'get my housemates to clean the kitchen',
      'Five of us share a house and the kitchen is always a mess, nobody washes up.',
      'en',
      ['Chores with flatmates or housemates'],
    );
    expect(near.keys).toContain('home-mates-rota');
    expect(near.keys).not.toContain('home-mfood-meet');
  });

  it('gives a pantry of home preserves the jar steps, not a walker-proofed home, when the stroke is named only as who cannot carry', async () => {
    const ru = await tap(
      'home',
      'разобрать погреб с закрутками',
      'Мне 61, каждый год закручиваем огурцы и помидоры, в погребе банки трёхлетней давности. Отец после инсульта живёт с нами, таскать тяжести не может.',
      'ru',
      ['Дом'],
    );
    expect(ru.keys).toContain('home-jar-check');
    expect(ru.keys).not.toContain('home-mob-bath');
    const en = await tap(
      'home',
      'sort out our cellar of preserves',
      'Every autumn we make chutneys and pickles and the cellar is full of jars. My husband had a stroke last year so I do it on my own.',
      'en',
      ['Home'],
    );
    expect(en.keys).toContain('home-jar-check');
    expect(en.keys).not.toContain('home-mob-bath');
    // A home got ready after a stroke still gets the mobility steps.
    const near = await tap(
      'home',
      'подготовить квартиру для папы',
      'Папа после инсульта возвращается из больницы домой, ходит с ходунками, а у нас высокие пороги и ванна.',
      'ru',
      ['Дом'],
    );
    expect(near.keys).toContain('home-mob-bath');
  });

  it('decides what goes to a lamp restorer before the rewiring, and gives the rewiring an honest hour', async () => {
    const en = await tap(
      'repair',
      'put a new flex on my old table lamp',
      "The brass table lamp's flex is frayed. I've never done any wiring.",
      'en',
      ['Rewiring a plug-in lamp'],
    );
    const help = en.keys.indexOf('fix-lamp-help');
    const guide = en.keys.indexOf('fix-lamp-guide');
    expect(help).toBeGreaterThanOrEqual(0);
    expect(guide === -1 || help < guide).toBe(true);
  });

  it('wakes a vehicle laid up for years and makes tyres and brakes sound before buying parts', async () => {
    const ru = await tap(
      'repair',
      'восстановить старый мотоцикл ИЖ',
      'Мне 30, ИЖ Планета простоял в гараже лет десять, шины потрескались. Хочу ездить летом.',
      'ru',
    );
    expect(ru.keys).toContain('fix-laidup-wake');
    expect(ru.keys).toContain('fix-laidup-safe');
    expect(ru.keys).not.toContain('fix-07');
    const en = await tap(
      'repair',
      'get my dad’s old motorbike running',
      "It's a 1978 Honda that has sat for years in the garage; the tyres are cracked and I don't know if the brakes work.",
      'en',
    );
    expect(en.keys).toContain('fix-laidup-safe');
    // A bike in daily use keeps its ordinary steps.
    const near = await tap(
      'repair',
      'fix the squeaky brakes on my motorbike',
      'I ride it to work every day and the front brake squeaks.',
      'en',
    );
    expect(near.keys).not.toContain('fix-laidup-wake');
  });

  it('checks fuel and spark on a petrol engine that won’t start, before any part is bought', async () => {
    const en = await tap(
      'repair',
      'get the lawnmower going again',
      "Our petrol mower won't start this spring; it sat in the shed all winter with fuel in it.",
      'en',
      ['A petrol engine: mower or tiller'],
    );
    expect(en.keys).toContain('fix-nostart-fuel');
    const ru = await tap(
      'repair',
      'починить культиватор',
      'Культиватор перестал заводиться в конце лета, а скоро копать. Я пенсионер, руками работать умею.',
      'ru',
      ['Бензиновый мотор: мотоблок, косилка'],
    );
    expect(ru.keys).toContain('fix-nostart-fuel');
    // A mower that runs but cuts badly gets no no-start steps.
    const near = await tap(
      'repair',
      'sharpen the lawnmower blade',
      'The petrol mower runs fine but leaves ragged grass.',
      'en',
      ['A petrol engine: mower or tiller'],
    );
    expect(near.keys).not.toContain('fix-nostart-fuel');
  });

  it('gives a mosaic on an outdoor wall frost-resistant adhesive, not the bathroom’s', async () => {
    const ru = await tap(
      'creative',
      'выложить мозаику на заборе',
      'Хочу сделать мозаику из битой посуды на кирпичном заборе во дворе, раньше так не делала.',
      'ru',
      ['Мозаика из плитки или посуды'],
    );
    expect(ru.keys).toContain('cre-mosaic-glue-out');
    expect(ru.keys).not.toContain('cre-mosaic-glue');
    const en = await tap(
      'creative',
      'a mosaic on our garden wall',
      'I want to cover part of the garden wall with a mosaic from broken tiles this summer.',
      'en',
      ['A mosaic from tiles or china'],
    );
    expect(en.keys).toContain('cre-mosaic-glue-out');
    const near = await tap(
      'creative',
      'a mosaic splashback in the bathroom',
      'I want to make a mosaic from broken china behind the bathroom sink.',
      'en',
      ['A mosaic from tiles or china'],
    );
    expect(near.keys).toContain('cre-mosaic-glue');
    expect(near.keys).not.toContain('cre-mosaic-glue-out');
  });

  it('gives a linocut or woodcut series the relief-print steps, not the T-shirt screen', async () => {
    const en = await tap(
      'creative',
      'carve and print a set of woodcuts for a print fair',
      'I want eight woodcuts printed by hand with a baren by November. I have a few gouges.',
      'en',
    );
    expect(en.keys).toContain('cre-lino-cut');
    expect(en.keys).not.toContain('cre-print-kit');
    const ru = await tap(
      'creative',
      'сделать серию линогравюр',
      'Хочу сделать пять линогравюр с видами Казани к весенней ярмарке, печатаю ложкой, станка нет.',
      'ru',
    );
    expect(ru.keys).toContain('cre-lino-proof');
    expect(ru.keys).not.toContain('cre-print-kit');
    const near = await tap(
      'creative',
      'screen print T-shirts for our band',
      'We want 30 shirts with our logo for the tour, no exposure unit.',
      'en',
      ['Screen printing or block printing'],
    );
    expect(near.keys).toContain('cre-print-kit');
  });

  it('reads "a short documentary about …" as a documentary with interviews', async () => {
    const en = await tap(
      'creative',
      'make a short documentary about the fishermen in our town',
      'I have a phone and a cheap mic and have never edited video.',
      'en',
      ['A documentary film with interviews'],
    );
    expect(en.keys).toContain('cre-doc-ask');
    const ru = await tap(
      'creative',
      'снять короткий документальный ролик о мастерах нашего села',
      'Есть телефон и петличка, монтировать не умею.',
      'ru',
      ['Документальный фильм с интервью'],
    );
    expect(ru.keys).toContain('cre-doc-ask');
  });
});
