import { describe, expect, it } from 'vitest';
import { hazardKeys, tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { createHazardReader } from './hazards.js';

// The dangers added after blind read 43 (content/goals/hazards/home.yaml and children.yaml, helper fix43-home), through
// the real coach: each leads the path of the read's goal and of another wording of the same danger, and stays out of
// a goal that uses its words in a harmless sense or says the danger is dealt with.
const { coach, pack } = shippedOfflineCoach();
const tap = tapThrough(coach);
const reader = createHazardReader(pack.hazards);
const named = (text: string) => reader.read([text]).map((hazard) => hazard.id);

describe('a circular saw, grinder or chainsaw used for the first time', () => {
  it('leads for the borrowed circular saw never used (read 43 en-17)', async () => {
    const { keys, texts } = await tap(
      'repair',
      'Fix the rotted section of fence before the dog gets out again',
      "36, Columbus Ohio. Three panels of our wood privacy fence are rotted at the bottom and one post wobbles, and our beagle has figured out he can squeeze through. Never set a post before. My neighbor says I can borrow his circular saw, I've never used one. Want it done before we leave for my parents' on the 4th.",
      'en',
    );
    expect(keys[0]).toBe('hz-powertool-learn');
    expect(texts[0]).toMatch(/guard/);
  });

  it('leads for the old grinder and the roof never worked on (read 43b en-47), and for another wording (en + ru)', async () => {
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

describe('lye (caustic soda) used at home with a young child', () => {
  it('leads for the soap made in the kitchen while the toddler sleeps (read 43b en-45)', async () => {
    const { keys, texts } = await tap(
      'business',
      'Sell my coconut oil soaps beyond the Apia market',
      "I'm 31 and I've been making soap with virgin coconut oil, frangipani and moso'oi for two years. I sell at Fugalei market on Saturdays and to a couple of hotel gift shops. My aunties in Auckland keep asking for them and I think there's a market there and on Facebook. I make it in the kitchen with caustic soda so I can only do batches when my toddler is asleep. I don't know anything about shipping to NZ or pricing for export.",
      'en',
    );
    expect(keys[0]).toBe('hz-lye-safe');
    expect(texts[0]).toMatch(/vinegar/);
  });

  it('leads for another wording (en + ru)', async () => {
    expect(named('Making lye soap at home for the first time, our son is three.')).toContain('child_lye');
    const ru = await tap(
      'creative',
      'Научиться варить мыло',
      'Хочу варить мыло с нуля на каустике, дома дочка двух лет.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-lye-safe');
    expect(ru.texts[0]).toMatch(/уксус/);
  });

  it('stays out of melt-and-pour soap with a child and lye soap with no child at home', () => {
    expect(named('Making melt and pour soap with my daughter, no lye involved.')).not.toContain('child_lye');
    expect(named('I make cold process soap with lye in my garage workshop, I live alone.')).not.toContain('child_lye');
  });
});

describe('a safe room or shelter blocked with stored things', () => {
  it('leads for the mamad nobody could get into in the alert (read 43b ru-37)', async () => {
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
