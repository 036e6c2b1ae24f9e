import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

/** The craft catch-all of the skill kind: a lesson link, tools laid out, copying the video, repeating it alone. */
const CRAFT_CATCH_ALL = ['skill-03', 'skill-04', 'skill-05', 'skill-06', 'skill-08', 'skill-11', 'skill-gap-first'];

describe('the eighteenth blind read, fixed in general (helper fix18b)', () => {
  it('gives winter and highway driving an instructor and a closed ground first, never the craft catch-all', async () => {
    const ru = await firstFive(
      'skill',
      'Научиться уверенно водить зимой по трассе',
      'Права есть три года, по городу езжу спокойно, но в гололёд на трассу Астана — Караганда боюсь выезжать. Мама живёт в Караганде, и к Новому году хочу доехать сама.',
      'ru',
    );
    expect(ru.keys[0]).toBe('skill-road-course');
    expect(ru.keys.some((key) => CRAFT_CATCH_ALL.includes(key))).toBe(false);
    expect(ru.text).not.toMatch(/видео|паузу/);
    const en = await firstFive(
      'skill',
      'Get confident on the motorway',
      "Passed two years ago but I've only done short trips in town.",
    );
    expect(en.keys[0]).toBe('skill-road-course');
    expect(en.keys.some((key) => CRAFT_CATCH_ALL.includes(key))).toBe(false);
    const parking = await firstFive(
      'skill',
      'Научиться парковаться задним ходом',
      'Права есть, но парковка — кошмар, не получается.',
      'ru',
    );
    expect(parking.keys.some((key) => CRAFT_CATCH_ALL.includes(key))).toBe(false);
    expect(parking.keys).toContain('skill-drive-instructor');
  });

  it('cooks another country’s food from people who grew up with it, not three beginner dinners', async () => {
    const en = await firstFive(
      'skill',
      "Learn to cook Nigerian food for my husband's family",
      "His parents fly in from Lagos in October and I want jollof rice and egusi soup they'd actually eat. I'm a confident cook but have never made West African dishes.",
    );
    expect(en.keys.slice(0, 3)).toEqual(['skill-cuisine-dishes', 'skill-cuisine-ask', 'skill-cuisine-shop']);
    expect(en.text).not.toMatch(/stir-fry|one-pot pasta/);
    const ru = await firstFive('skill', 'Освоить грузинскую кухню', 'Хочу удивить свекровь хинкали и пхали.', 'ru');
    expect(ru.keys[0]).toBe('skill-cuisine-dishes');
    const control = await firstFive(
      'skill',
      'Learn to cook',
      "I've never cooked anything beyond pasta and want to make real dinners.",
    );
    expect(control.keys[0]).toBe('skill-cook-plan');
  });

  it('reads fried yeast dough (baursaki, doughnuts) as a named dish, not oven baking', async () => {
    const ru = await firstFive(
      'skill',
      'Научиться печь баурсаки к тою',
      'У брата свадьба в августе. Я никогда не работала с дрожжевым тестом, у меня всё получается плоским.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['skill-dish-recipe', 'skill-dish-cause']);
    expect(ru.text).not.toMatch(/банановый хлеб|бисквит/);
    const en = await firstFive('skill', 'Make proper doughnuts at home', 'Mine always come out greasy and flat.');
    expect(en.keys.some((key) => key.startsWith('skill-bake-'))).toBe(false);
  });

  it("keeps a group's accounts in a shared sheet, with no 'copy a spreadsheet from work'", async () => {
    const en = await firstFive(
      'skill',
      'Learn to run the PTA accounts in Google Sheets',
      "I've just become treasurer and the last one kept everything in a notebook. I can do basic sums but have no idea about formulas or sharing.",
    );
    expect(en.keys).toContain('skill-ledger-share');
    expect(en.keys).not.toContain('skill-xl-real');
    expect(en.keys).not.toContain('skill-xl-keys');
    const ru = await firstFive(
      'skill',
      'Вести кассу родительского комитета в таблице',
      'Прошлый казначей всё писал в тетрадку.',
      'ru',
    );
    expect(ru.keys[0]).toBe('skill-ledger-sheet');
    const excel = await firstFive(
      'skill',
      'Get better at Excel',
      'I use it every day at work, now I want pivot tables.',
    );
    expect(excel.keys).toContain('skill-xl-pivot');
  });

  it('tiles a splashback or fits a worktop as one job, not a kitchen renovation', async () => {
    const ru = await firstFive(
      'repair',
      'Положить плитку на кухонный фартук самому',
      'Кабанчик уже купили, стена ровная, но я никогда не клал плитку. Хочу закончить за два выходных.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fix-tile-layout');
    expect(ru.keys.some((key) => key.startsWith('fix-ren-'))).toBe(false);
    const en = await firstFive(
      'repair',
      'Fit a new laminate worktop in the kitchen myself',
      "Ours is swollen round the sink. I've done shelves and flat-pack but never cut a worktop or a sink hole.",
    );
    expect(en.keys.some((key) => key.startsWith('fix-ren-'))).toBe(false);
    expect(en.keys).toContain('fix-top-isolate');
    const reno = await firstFive(
      'repair',
      'Redo our kitchen ourselves',
      'New worktops, paint the cabinets, maybe tile a splashback.',
    );
    expect(reno.keys[0]).toBe('fix-ren-scope');
  });

  it('makes the ladder safe for a gutter, with no water valve or wall cables', async () => {
    const en = await firstFive(
      'repair',
      'Fix the gutter that pours water over the back door',
      "It overflows every time it rains. It's a single-storey extension, I can reach it from a ladder, but I've never touched guttering.",
    );
    expect(en.keys).toContain('fix-gutter-ladder');
    expect(en.keys).not.toContain('fix-03');
    const ru = await firstFive('repair', 'Починить водосток на даче', 'Желоб провис, вода льётся на крыльцо.', 'ru');
    expect(ru.keys).toContain('fix-gutter-ladder');
    expect(ru.text).not.toMatch(/перекрывается вода/);
  });

  it('sorts a shed or garage with the tip for paint tins, not the garden template', async () => {
    const en = await firstFive(
      'home',
      'Get the shed organised so I can actually find my tools',
      "It's stuffed with paint tins, broken garden furniture and DIY leftovers. I can only do it on Saturday mornings.",
    );
    expect(en.keys.slice(0, 2)).toEqual(['home-shed-out', 'home-shed-hazard']);
    expect(en.keys.some((key) => key.startsWith('home-garden-'))).toBe(false);
    const ru = await firstFive(
      'home',
      'Разобрать гараж',
      'Старые банки с краской, инструменты вперемешку, сломанные стулья.',
      'ru',
    );
    expect(ru.keys[0]).toBe('home-shed-out');
    const garden = await firstFive('home', 'Start a vegetable garden', "I've never grown anything; sunny back garden.");
    expect(garden.keys).toContain('home-garden-choose');
  });

  it('asks no crop choice when one is named, and waters a weekends-only plot without a twice-weekly slot', async () => {
    const ru = await firstFive(
      'home',
      'Впервые вырастить помидоры в теплице на даче',
      'Купили дачу с теплицей, никогда ничего не сажала. Приезжать получается только на выходные, поливать в будни некому.',
      'ru',
    );
    expect(ru.keys).not.toContain('home-garden-choose');
    expect(ru.keys).toContain('home-garden-crop');
    expect(ru.keys).toContain('home-garden-water');
    expect(ru.keys).not.toContain('home-garden-routine');
    const en = await firstFive('home', 'Grow strawberries on our allotment', 'We only get there at weekends.');
    expect(en.keys).not.toContain('home-garden-choose');
  });

  it('gives screen printing, bead embroidery and a photo series their own steps', async () => {
    const print = await firstFive(
      'creative',
      "Screen-print T-shirts for my band's first tour",
      "Six gigs in July. I've never printed anything and I'll be in my garage with no proper exposure unit.",
    );
    expect(print.keys[0]).toBe('cre-print-method');
    expect(print.keys.some((key) => key.startsWith('cre-film-'))).toBe(false);
    const ruPrint = await firstFive(
      'creative',
      'Научиться печатать принты на футболках',
      'Хочу сделать мерч для своего кафе.',
      'ru',
    );
    expect(ruPrint.keys[0]).toBe('cre-print-method');
    const beads = await firstFive(
      'creative',
      'Вышить бисером икону к крестинам внука',
      'Крестины в апреле, схему и бисер уже купила. Раньше вышивала только крестиком.',
      'ru',
    );
    expect(beads.keys.every((key) => key.startsWith('cre-bead-'))).toBe(true);
    expect(beads.text).not.toMatch(/петел|спиц/);
    const enBeads = await firstFive(
      'creative',
      'Make a bead embroidery picture for my mum',
      'First time with seed beads.',
    );
    expect(enBeads.keys.some((key) => key.startsWith('cre-bead-'))).toBe(true);
    const series = await firstFive(
      'creative',
      'Снять фотосерию про заброшенные деревни Карелии',
      'Снимаю на зеркалку два года. Хочу серию из 20 кадров для выставки в фотоклубе.',
      'ru',
    );
    expect(series.keys[0]).toBe('cre-series-idea');
    expect(series.keys.some((key) => key.startsWith('cre-fin-'))).toBe(false);
    const enSeries = await firstFive(
      'creative',
      'Shoot a photo essay on my town’s closing shops',
      'I have shot street for years.',
    );
    expect(enSeries.keys[0]).toBe('cre-series-idea');
    const paint = await firstFive('creative', 'Learn watercolour', 'Never painted.');
    expect(paint.keys[0]).toBe('cre-paint-kit');
  });

  it('books one base and the border papers for a drive across a border to one place', async () => {
    const ru = await firstFive(
      'travel',
      'Съездить на Иссык-Куль на машине из Алматы',
      'Хотим в конце июля на неделю, с нами двое детей. Через границу на машине никогда не ездили и не знаем, где остановиться на северном берегу.',
      'ru',
    );
    expect(ru.keys).toContain('trip-base');
    expect(ru.keys).toContain('road-border');
    expect(ru.keys).not.toContain('road-nights');
    const en = await firstFive(
      'travel',
      'Road trip along the Norwegian coast',
      'Ten days, a different town every night.',
    );
    expect(en.keys).toContain('road-nights');
  });

  it('reads getting by with gestures or a translator app as a beginner', async () => {
    const ru = await firstFive(
      'language',
      'Выучить тайский, раз зимуем на Пхукете',
      'Уже третью зиму живём в Таиланде. На рынке объясняемся жестами и переводчиком, хочется хотя бы базово говорить.',
      'ru',
    );
    expect(ru.text).not.toMatch(/тест на уровень/);
    const en = await firstFive(
      'language',
      'Learn some Turkish for our villa summers',
      'We have gone to the same village for years and still get by with gestures and Google Translate at the market.',
    );
    expect(en.text).not.toMatch(/level test/i);
  });
});
