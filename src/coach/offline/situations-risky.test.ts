import { describe, expect, it } from 'vitest';
import { aCoachContext } from '../../../test/factories/coach-context.js';
import { fiveSteps, firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { pack, coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);
const solo = new Set(pack.types.flatMap((kind) => kind.steps.filter((step) => step.solo).map((step) => step.key)));
const isRisky = (key: string) => key.startsWith('skill-risky-');

/** The five steps of a goal whose kind the coach reads for itself (no question answered). */
const unplaced = (title: string, description: string, locale: 'en' | 'ru' = 'en') =>
  fiveSteps(coach, aCoachContext({ goal: { id: 'g', title, description, goalType: null }, locale, mayAsk: false }));

/** Tasks that can maim, kill or poison, learnt from a person (the twenty-eighth read's practise-alone steps). */
const RISKY: [string, string, 'en' | 'ru'][] = [
  ['Learn to fell trees with an axe', 'We bought a plot with a few dead birches near the shed.', 'en'],
  ['Научиться валить деревья', 'На участке несколько сухих берёз, хочу убрать их сам.', 'ru'],
  ['Learn to split firewood', 'We had a whole trailer of logs delivered for the winter.', 'en'],
  ['Научиться колоть дрова', 'Купили дачу, дров привезли целую машину.', 'ru'],
  ['Learn to ride a motorbike', "I've never ridden anything with an engine.", 'en'],
  ['Научиться ездить на мотоцикле', 'Никогда не водил ничего с мотором.', 'ru'],
  ['Learn to shoot a rifle', 'My father-in-law hunts and has invited me in the autumn.', 'en'],
  ['Научиться стрелять из ружья', 'Тесть охотник, зовёт осенью на охоту.', 'ru'],
  ['Learn to do basic electrics', 'I want to put in sockets and lights in the extension myself.', 'en'],
  ['Научиться делать электрику', 'Хочу сам развести проводку в новой бане.', 'ru'],
  ['Learn to use a blowtorch', 'For stripping paint off the old door.', 'en'],
  ['Научиться работать паяльной лампой', 'Хочу обжечь доски для забора.', 'ru'],
  ['Learn to spray pesticides safely', 'The potatoes are full of beetles this year.', 'en'],
  ['Научиться опрыскивать огород от вредителей химией', 'Колорадский жук съел всю картошку.', 'ru'],
  ['Learn to ice fish', 'Friends go out on the lake every winter.', 'en'],
  ['Научиться зимней рыбалке', 'Друзья каждую зиму ходят на озеро.', 'ru'],
  ['Learn to slaughter a chicken', 'We keep hens and one is too old to lay.', 'en'],
  ['Научиться зарубить курицу', 'Держим кур, хочу сам, а не звать соседа.', 'ru'],
  ['Learn to make moonshine', 'My grandad had a still and I would like to try.', 'en'],
  ['Научиться гнать самогон', 'Купил аппарат, хочу попробовать.', 'ru'],
  ['Learn to paraglide', 'I saw them at the coast last summer.', 'en'],
  ['Научиться летать на параплане', 'Мечтаю с детства.', 'ru'],
  ['Learn to skydive', 'A tandem first, then my own jumps.', 'en'],
  ['Научиться прыгать с парашютом', 'Хочу сам, а не тандем.', 'ru'],
  ['Learn to free dive', 'I snorkel on holiday and want to go deeper.', 'en'],
  ['Научиться фридайвингу', 'Хочу нырять глубже, чем с трубкой.', 'ru'],
  ['Learn to scuba dive', 'Going to Egypt in the spring.', 'en'],
  ['Научиться дайвингу', 'Летом едем на Красное море.', 'ru'],
  ['Learn to clear snow off the roof', 'The shed roof sags every February.', 'en'],
  ['Научиться чистить крышу от снега', 'Крыша сарая проседает каждую зиму.', 'ru'],
];

describe('a task that can maim, kill or poison is learnt beside someone who knows it (`risky`)', () => {
  it.each(RISKY)(
    '"%s": no practise-alone step in the first five, and the teacher’s steps',
    async (title, text, locale) => {
      for (const steps of [await firstFive('skill', title, text, locale), await unplaced(title, text, locale)]) {
        expect(steps.keys.filter((key) => solo.has(key))).toEqual([]);
        expect(steps.keys.some(isRisky)).toBe(true);
      }
    },
  );

  it('starts with a teacher in person, the law, the kit and the emergency plan, the first go only beside them', async () => {
    const en = await firstFive('skill', 'Learn to fell trees with an axe', 'Never done it; a few dead birches.');
    expect(en.keys).toEqual([
      'skill-risky-teacher',
      'skill-risky-rules',
      'skill-risky-kit',
      'skill-risky-emergency',
      'skill-risky-first',
    ]);
    expect(en.text).toMatch(/in person/);
    expect(en.text).not.toMatch(/video's first exercise|beginner lesson/i);
  });

  it('takes the goal from a kind the classifier picked wrongly when the title names the task', async () => {
    for (const kind of ['creative', 'home', 'generic']) {
      const pesticide = await firstFive(kind, 'Learn to spray pesticides on the vegetable garden', 'Beetles again.');
      expect(pesticide.keys[0], kind).toBe('skill-risky-teacher');
    }
    const bike = await firstFive('repair', 'Learn to ride a motorbike', 'I have never ridden one.');
    expect(bike.keys[0]).toBe('skill-risky-teacher');
    const padi = await firstFive('generic', 'Get my PADI Advanced Open Water', 'Did my Open Water six years ago.');
    expect(padi.keys.slice(0, 2)).toEqual(['skill-scuba-medical', 'skill-scuba-refresh']);
    expect(padi.keys.filter((key) => solo.has(key))).toEqual([]);
  });

  it('lets a stove’s, a chainsaw’s and a dive centre’s own steps lead', async () => {
    const stove = await firstFive('skill', 'Learn to split firewood', 'We got a wood stove this autumn.');
    expect(stove.keys.slice(0, 3)).toEqual(['skill-stove-check', 'skill-stove-first', 'skill-stove-rules']);
    expect(stove.keys.slice(3).every(isRisky)).toBe(true);
    const saw = await firstFive('skill', 'Научиться валить деревья бензопилой', 'Купил пилу, опыта нет.', 'ru');
    expect(saw.keys[0]).toBe('skill-hazard-kit');
    expect(saw.keys.some(isRisky)).toBe(false);
    const scuba = await firstFive('skill', 'Learn to scuba dive', 'Going to Egypt in the spring.');
    expect(scuba.keys.slice(0, 3)).toEqual(['skill-scuba-medical', 'skill-scuba-refresh', 'skill-scuba-centre']);
  });

  it('near misses keep their paths: juggling, knitting, bread, rewiring the garage, a kayak, summer fishing', async () => {
    const juggle = await firstFive('skill', 'Learn to juggle', '');
    expect(juggle.keys).toContain('skill-05');
    const knit = await firstFive('skill', 'Научиться вязать', '', 'ru');
    expect(knit.keys.some((key) => solo.has(key))).toBe(true);
    const bread = await firstFive('skill', 'Learn to bake bread', '');
    expect(bread.keys.slice(0, 3)).toEqual(['skill-bake-plan', 'skill-bake-setup', 'skill-bake-first']);
    for (const steps of [
      juggle,
      knit,
      bread,
      await unplaced('Fix the wiring in my garage', 'The lights flicker.'),
      await firstFive('repair', 'Fix the wiring in my garage', 'The lights flicker.'),
      await unplaced('Поменять розетку на кухне', 'Старая искрит.', 'ru'),
      await unplaced('Clean the gutters on my roof', 'They overflow every time it rains.'),
      await firstFive('sport', 'Kayak the river next summer', ''),
      await firstFive('sport', 'Ski better', 'I can do blue runs.'),
      await firstFive('skill', 'Learn to fly fish', 'A week on a river in June.'),
    ])
      expect(steps.keys.some(isRisky)).toBe(false);
    expect((await firstFive('repair', 'Fix the wiring in my garage', 'The lights flicker.')).keys[0]).toMatch(/^fix-/);
    expect((await firstFive('sport', 'Kayak the river next summer', '')).keys[0]).toMatch(/^sport-/);
    // A motorcycle test keeps the exam's path, and organic gardening, a pistol squat or a still life are no risk.
    for (const [kind, title, locale] of [
      ['exam', 'Pass my motorbike test by the summer', 'en'],
      ['exam', 'Сдать на категорию А и ездить на мотоцикле', 'ru'],
      ['home', 'Grow our veg without pesticides', 'en'],
      ['home', 'Вырастить огород без пестицидов', 'ru'],
      ['fitness', 'Learn to do a pistol squat', 'en'],
      ['creative', 'Paint a still life in oils', 'en'],
      ['quit', 'Перестать стрелять сигареты у коллег', 'ru'],
      ['grief', 'Cope after our dog fell through the ice', 'en'],
      ['grief', 'Пережить гибель отца на охоте', 'ru'],
      ['finance', "Sell my late dad's shotgun", 'en'],
    ] as const) {
      const steps = await firstFive(kind, title, '', locale);
      expect(steps.keys.some(isRisky), title).toBe(false);
      expect(steps.keys[0]?.startsWith('skill-'), title).toBe(false);
    }
  });
});
