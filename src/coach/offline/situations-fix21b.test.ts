import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the twenty-first blind read, fixed in general (helper fix21b)', () => {
  it('takes a pizza oven from the generic path to a safe set-up, the sticking peel and the burnt side', async () => {
    const en = await firstFive(
      'generic',
      'Stop every pizza sticking to the peel in my new Ooni',
      "Got an Ooni Koda for my birthday and so far every pizza has either stuck to the peel or burnt on one side. We're hosting the street party on 19 July and I've promised pizzas.",
    );
    expect(en.keys.slice(0, 3)).toEqual(['skill-pizza-safe', 'skill-pizza-peel', 'skill-pizza-heat']);
    expect(en.text).toMatch(/semolina/);
    expect(en.text).not.toMatch(/what done looks like|good source|someone you trust/i);
    const other = await firstFive(
      'generic',
      'My Gozney pizzas keep burning on one side',
      'Half of every pizza comes out black.',
    );
    expect(other.keys[0]).toBe('skill-pizza-safe');
    const ru = await firstFive(
      'skill',
      'Научиться печь пиццу в печи для пиццы',
      'Тесто всё время прилипает к лопате, а край подгорает.',
      'ru',
    );
    expect(ru.keys).toContain('skill-pizza-peel');
    expect(ru.text).toMatch(/манк/);
    // Bread without a pizza oven keeps its own steps.
    const bread = await firstFive('skill', 'Learn to bake sourdough bread', "I've never baked bread before.");
    expect(bread.keys.some((key) => key.startsWith('skill-pizza'))).toBe(false);
    expect(bread.keys[0]).toBe('skill-sour-starter');
  });

  it('gives muddy watercolours a technique fix for someone who paints, not a swatch page or a project folder', async () => {
    const en = await firstFive(
      'creative',
      'Get my watercolour skies to stop looking muddy',
      "I've painted landscapes for about two years, mostly from my photos of the Peak District. Every sky I do ends up grey and overworked.",
    );
    expect(en.keys).toEqual(['cre-mud-mixes', 'cre-mud-water', 'cre-mud-skies', 'cre-mud-compare', 'cre-mud-whole']);
    expect(en.text).not.toMatch(/colour swatches — every colour|one home: a folder|smallest finished version/);
    const ru = await firstFive(
      'creative',
      'Акварельное небо получается грязным',
      'Пишу акварелью третий год, но небо всё время выходит мутным и замученным.',
      'ru',
    );
    expect(ru.keys[0]).toBe('cre-mud-mixes');
    expect(ru.text).toMatch(/двух пигментов/);
    // A beginner keeps the first swatch page; the night sky is no muddy paint.
    const start = await firstFive('creative', 'Start painting with watercolours', "I've never painted before.");
    expect(start.keys).toContain('cre-paint-first');
    const sky = await firstFive(
      'creative',
      'Photograph the night sky',
      'I have a new camera and want to shoot the Milky Way.',
    );
    expect(sky.keys.some((key) => key.startsWith('cre-mud'))).toBe(false);
  });

  it("starts a parent whose child has sat no practice paper with one timed paper, not the 'latest mock results'", async () => {
    const en = await firstFive(
      'exam',
      'Help my son get ready for the Kent Test in September',
      "He's in Year 5, strong at maths but slow at reading comprehension and panics about the timing. We haven't done a single practice paper yet.",
    );
    expect(en.keys[0]).toBe('exam-parent-first');
    expect(en.keys).not.toContain('exam-parent-talk');
    expect(en.text).not.toMatch(/mock results/);
    expect(en.text).toMatch(/timed like the real exam/);
    const ru = await firstFive(
      'exam',
      'Помочь сыну подготовиться к ОГЭ',
      'Он в 9 классе, экзамен в июне, готовиться ещё не начинали.',
      'ru',
    );
    expect(ru.keys[0]).toBe('exam-parent-first');
    expect(ru.text).not.toMatch(/результаты пробников/);
    // Mocks already sat keep the talk over their results.
    const mocks = await firstFive(
      'exam',
      'Help my daughter with her GCSEs',
      "Her mock results were poor in maths and she's stressed.",
    );
    expect(mocks.keys[0]).toBe('exam-parent-talk');
    expect(mocks.keys).not.toContain('exam-parent-first');
  });

  it('gives rotten wood its extent, the water, a joiner and a resin repair — not flat-pack or a shelf done before', async () => {
    const en = await firstFive(
      'repair',
      'Replace the rotten sill on our back door',
      "The bottom of the wooden frame has gone soft and you can push a screwdriver into it. I've done shelves and flat-pack, never any proper joinery.",
    );
    expect(en.keys).toEqual(['fix-rot-probe', 'fix-rot-cause', 'fix-rot-decide', 'fix-rot-kit', 'fix-rot-repair']);
    expect(en.text).not.toMatch(/anti-tip|muffin tray|wall plugs/);
    expect(en.text).toMatch(/joiner/);
    const ru = await firstFive(
      'repair',
      'Заменить сгнивший порог у входной двери на даче',
      'Дерево внизу стало мягким, полки вешать умею, а столяркой не занимался.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fix-rot-probe');
    expect(ru.keys).not.toContain('fix-inst-spot');
    // A shelf or a wardrobe keeps its own steps.
    const shelf = await firstFive('repair', 'Put up shelves in the living room', "I've never drilled into a wall.");
    expect(shelf.keys[0]).toBe('fix-inst-spot');
    const wardrobe = await firstFive('repair', 'Assemble the IKEA wardrobe', 'It arrived in six boxes.');
    expect(wardrobe.keys[0]).toBe('fix-flat-unpack');
  });

  it('does not plan the way from the airport twice when nobody drives', async () => {
    const en = await firstFive(
      'travel',
      'See the Amalfi Coast without a car',
      'Neither of us drives. Ten days at the end of May, and we want Positano and Ravello.',
    );
    expect(en.keys).toContain('trip-no-car');
    expect(en.keys).not.toContain('trip-arrival');
    const ru = await firstFive(
      'travel',
      'Поехать на Амальфитанское побережье без машины',
      'Не водим, едем в мае на неделю.',
      'ru',
    );
    expect(ru.keys).toContain('trip-no-car');
    expect(ru.keys).not.toContain('trip-arrival');
    const lisbon = await firstFive('travel', 'See Lisbon in May', 'Five days, first time in Portugal.');
    expect(lisbon.keys).toContain('trip-arrival');
  });

  it('gives cooking over coals the last cook, the cut, a thermometer and a weekend test — not 30 minutes or three a week', async () => {
    const ru = await firstFive(
      'skill',
      'Научиться жарить шашлык, чтобы не пересушивать',
      'Жарю каждое лето на даче, но свинина всегда выходит как подошва. В июне у тестя юбилей, мангал как обычно на мне.',
      'ru',
    );
    expect(ru.keys).toEqual([
      'skill-grill-last',
      'skill-grill-cut',
      'skill-grill-temp',
      'skill-grill-coals',
      'skill-grill-test',
    ]);
    expect(ru.text).not.toMatch(/три занятия|Сделай от начала до конца одну вещь/);
    const en = await firstFive(
      'skill',
      'Learn to grill kebabs that aren’t dry',
      'I barbecue every summer but the chicken always comes out dry.',
    );
    expect(en.keys[0]).toBe('skill-grill-last');
    expect(en.keys).not.toContain('skill-07');
    expect(en.keys).not.toContain('skill-14');
    // A smoker and a brisket keep the long cook.
    const brisket = await firstFive('skill', 'Learn to smoke a brisket', 'Bought an offset smoker.');
    expect(brisket.keys[0]).toBe('skill-long-recipe');
    expect(brisket.keys.some((key) => key.startsWith('skill-grill'))).toBe(false);
  });

  it('gives socks a sock pattern, a mini sock for the heel and the feet measured — no raglan or unrelated piece', async () => {
    const ru = await firstFive(
      'creative',
      'Связать носки на пяти спицах',
      'Шарфы и шапки вяжу давно, а пятку ни разу не делала — боюсь. Хочу к зиме связать носки всем внукам.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['cre-sock-pattern', 'cre-sock-mini']);
    expect(ru.keys).not.toContain('cre-knit-pattern');
    expect(ru.keys).not.toContain('cre-16');
    expect(ru.text).not.toMatch(/реглан/);
    const en = await firstFive(
      'creative',
      'Knit my first pair of socks',
      "I've knitted scarves and hats for years but never turned a heel.",
    );
    expect(en.keys[0]).toBe('cre-sock-pattern');
    expect(en.text).toMatch(/heel flap/);
    // A sweater keeps the next-step pattern.
    const sweater = await firstFive('creative', 'Knit a sweater', "I've knitted for years, scarves and hats mostly.");
    expect(sweater.keys).toContain('cre-knit-pattern');
  });

  it('reads "20 minutes a day" for a cleaning goal as a daily routine, not a declutter or a deep clean', async () => {
    const ru = await firstFive(
      'home',
      'Наладить уборку, когда оба работаем по 12 часов',
      'Трёшка, двое детей и собака, вся уборка копится на субботу и съедает выходной. Хочется, чтобы хватало 20 минут в день.',
      'ru',
    );
    expect(ru.keys.every((key) => key.startsWith('home-routine-'))).toBe(true);
    expect(ru.text).not.toMatch(/«Отдать»|план генеральной уборки/);
    const en = await firstFive(
      'home',
      'Get a cleaning routine that takes 20 minutes a day',
      'We both work long shifts and the cleaning eats up the weekend.',
    );
    expect(en.keys).toContain('home-routine-share');
    const deep = await firstFive(
      'home',
      'Генеральная уборка перед Пасхой',
      'Надо отмыть всю квартиру к празднику.',
      'ru',
    );
    expect(deep.keys[0]).toBe('home-clean-plan');
  });

  it('gives a parent flying alone with children the papers, the airport and a person on call — no solo meet-ups or bookings already made', async () => {
    const ru = await firstFive(
      'travel',
      'Полететь одной с двумя детьми в Шарм-эль-Шейх',
      'Мужа не отпускают с работы, а путёвки на десять дней в октябре уже куплены. Детям 3 и 6, дальше дачи я одна с ними не ездила.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['kids-alone-papers', 'kids-alone-airport', 'kids-alone-backup']);
    for (const key of ['trip-dates-budget', 'trip-solo-meet', 'trip-book-first', 'kids-stay'])
      expect(ru.keys).not.toContain(key);
    expect(ru.text).not.toMatch(/хостел/);
    const en = await firstFive(
      'travel',
      'Fly alone with my two kids to Spain',
      "My husband can't come; the package holiday is already paid for. The kids are 4 and 7.",
    );
    expect(en.keys).toContain('kids-alone-papers');
    expect(en.keys).not.toContain('trip-solo-meet');
    expect(en.keys).not.toContain('trip-book-first');
    // A first trip abroad alone keeps the solo steps.
    const solo = await firstFive(
      'travel',
      'Впервые поехать одной за границу',
      'Хочу в Грузию на неделю в сентябре.',
      'ru',
    );
    expect(solo.keys).toContain('trip-solo-meet');
    // «За границу» is abroad, not a border crossing by car.
    expect(solo.keys).not.toContain('road-border');
  });

  it('reads «одна ночь» as one night, not as travelling alone', async () => {
    const ru = await firstFive('travel', 'Съездить в Казань на выходные', 'Одна ночь в гостинице, едем с мужем.', 'ru');
    expect(ru.keys).not.toContain('trip-solo-meet');
    expect(ru.keys).not.toContain('trip-safe-evenings');
  });

  it('gives gel nails the prep, the lamp, practice tips and one set every two or three weeks', async () => {
    const ru = await firstFive(
      'skill',
      'Научиться делать маникюр гель-лаком себе сама',
      'В салоне выходит 2500 каждые три недели. Лампу и базы уже купила на Вайлдберриз, но покрытие отслаивается через два дня.',
      'ru',
    );
    expect(ru.keys).toEqual([
      'skill-nails-prep',
      'skill-nails-lamp',
      'skill-nails-tips',
      'skill-nails-check',
      'skill-nails-rhythm',
    ]);
    expect(ru.text).not.toMatch(/три занятия/);
    expect(ru.text).toMatch(/раз в две-три недели/);
    const en = await firstFive(
      'skill',
      'Learn to do my own gel nails',
      'The gel lifts after two days and the salon is expensive.',
    );
    expect(en.keys[0]).toBe('skill-nails-prep');
    expect(en.keys).not.toContain('skill-07');
    // Another skill keeps its practice sessions.
    const juggle = await firstFive('skill', 'Learn to juggle three balls', 'I can do two balls already.');
    expect(juggle.keys).toContain('skill-07');
  });

  it('gives a trip with a dog a vet visit and beds that take the dog, not plain overnight stops', async () => {
    const ru = await firstFive(
      'travel',
      'Проехать Золотое кольцо на машине с собакой',
      'Отпуск две недели в сентябре. Собака — лабрадор на 40 кило, и её укачивает в машине.',
      'ru',
    );
    expect(ru.keys).toContain('dog-vet');
    expect(ru.keys).toContain('dog-stays');
    expect(ru.keys).not.toContain('road-nights');
    expect(ru.text).toMatch(/можно с животными/);
    const en = await firstFive(
      'travel',
      'Road trip to Scotland with our spaniel',
      'Two weeks in August, first long drive with him.',
    );
    expect(en.keys).toContain('dog-stays');
    expect(en.keys).not.toContain('road-nights');
    const plain = await firstFive('travel', 'Road trip to Scotland', 'Two weeks in August, first long drive.');
    expect(plain.keys).toContain('road-nights');
    expect(plain.keys.some((key) => key.startsWith('dog-'))).toBe(false);
  });
});
