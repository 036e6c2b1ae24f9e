import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const some = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));

describe('the forty-first blind read, fixed in general (helper fix41A)', () => {
  it('keeps the water valve and the wiring away from a door leaf, a bunk bed and insect screens', async () => {
    const door = await tap(
      'repair',
      'fix the hole my son kicked in his bedroom door',
      'hollow door, fist-sized hole, we rent',
    );
    expect(door.keys).not.toContain('fix-03');
    expect(door.keys.slice(0, 2)).toEqual(['fix-01', 'fix-02']);
    const door2 = await tap(
      'repair',
      'Patch a hollow-core door',
      'The handle went through it when the door flew open.',
    );
    expect(door2.keys).not.toContain('fix-03');
    const doorRu = await tap('repair', 'Заделать дыру в двери', 'Межкомнатная, пустотелая, сын пробил кулаком.', 'ru');
    expect(doorRu.keys).not.toContain('fix-03');
    const bed = await tap('repair', 'Собрать детям двухъярусную кровать', 'Купили на авито б/у, инструкции нету', 'ru');
    expect(bed.keys).not.toContain('fix-03');
    const bedEn = await tap(
      'repair',
      'Put together the second-hand bunk bed for the boys',
      'No instructions came with it.',
    );
    expect(bedEn.keys).not.toContain('fix-03');
    const screens = await tap(
      'repair',
      'patch the holes in our mosquito screens',
      "rainy season's coming and the kids are already getting bitten",
    );
    expect(screens.keys).not.toContain('fix-03');
    expect(screens.keys).toContain('fix-04');
    const screensRu = await tap('repair', 'Заменить москитные сетки на окнах', 'Порвались, комары летят.', 'ru');
    expect(screensRu.keys).not.toContain('fix-03');
    // A tap, a socket and a shelf keep the valve, the breaker and the wires in the wall — also beside a bunk bed.
    const leak = await tap('repair', 'Fix the dripping kitchen tap', 'It drips all night.');
    expect(leak.keys).toContain('fix-03');
    const socket = await tap('repair', 'Поменять розетку на кухне', 'Розетка болтается и искрит.', 'ru');
    expect(socket.keys).toContain('fix-03');
    const shelf = await tap('repair', 'Put up a shelf above the bunk bed', 'The wall is plasterboard.');
    expect(shelf.keys).toContain('fix-03');
  });

  it('reads a moped engine to strip as a small engine: its own safety, no water valve or wiring', async () => {
    const ru = await tap(
      'repair',
      'Перебрать движок на «Альфе»',
      'Мне 16, живу в деревне под Трубчевском. Купил у соседа «Альфу» за 15 тыщ, копил с лета. Заводится только с толкача, на холостых глохнет, и компрессия, говорят, слабая. Батя в этом не шарит, гаража нет, буду делать в сарае. Хочу к весне, чтоб ездить в школу в соседнее село, а то автобус два раза в день.',
      'ru',
      ['Бензиновый мотор'],
    );
    expect(ru.keys).not.toContain('fix-03');
    expect(ru.keys).toContain('fix-engine-safe');
    const en = await tap(
      'repair',
      'Rebuild the engine on my old Honda scooter',
      'Low compression and it only goes with a push start.',
      'en',
      ['A petrol engine'],
    );
    expect(en.keys).not.toContain('fix-03');
    expect(en.keys).toContain('fix-engine-safe');
    // A moped's brakes are no engine.
    const brakes = await tap('repair', 'Поменять тормозные колодки на мопеде', 'Тормоза еле держат.', 'ru', [
      'Ремонт машины',
    ]);
    expect(brakes.keys).not.toContain('fix-engine-safe');
  });

  it('gives an earth oven its own steps: the numbers of the people who led one, why it came out raw, a safe pit, a practice, the day', async () => {
    const en = await tap(
      'skill',
      "Learn to make a proper lovo for Nau's 80th",
      "I'm 29 and live in Labasa. At every family lovo my uncles dug the pit and heated the stones while I sat with the cousins, and now they're both in Auckland. Nau turns 80 on 14 September and it's on me and my younger brother. We tried a small one at Christmas and the dalo was still hard in the middle after two hours. We've got the spot behind the house and plenty of banana leaves, just not the know-how.",
      'en',
      ['Learning a skill', 'Just starting'],
    );
    expect(en.keys).toEqual([
      'skill-earth-ask',
      'skill-earth-why',
      'skill-earth-safe',
      'skill-earth-practice',
      'skill-earth-plan',
    ]);
    const hangi = await tap('skill', 'Learn to put down a hangi for the whānau reunion', 'Koro always did it.', 'en', [
      'Just starting',
    ]);
    expect(hangi.keys[0]).toBe('skill-earth-ask');
    expect(hangi.keys).not.toContain('skill-07');
    const ru = await tap(
      'skill',
      'Научиться готовить хорхог',
      'Баранина в бидоне на раскалённых камнях, к приезду гостей.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys[0]).toBe('skill-earth-ask');
    // An oven in the kitchen is no pit of stones.
    const near = await tap('skill', 'Learn to roast a whole chicken', 'In the oven, for Sunday lunch.', 'en', [
      'Just starting',
    ]);
    expect(some(near.keys, 'skill-earth')).toEqual([]);
  });

  it('trains a working dog with one mentor, a small yard and short sessions most days', async () => {
    const en = await tap(
      'skill',
      'Train my first heading dog before autumn muster',
      "I'm 19, second season shepherding on a hill country station inland from Gisborne. The boss gave me a pup off his best bitch, she's seven months now and keen as, but she runs straight up the middle of the mob instead of going wide and I end up yelling at her till she sulks. Every old boy in the woolshed tells me something different. I get an hour or so after work most days and all of Sunday.",
      'en',
      ['Learning a skill'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['skill-dog-mentor', 'skill-dog-yard', 'skill-dog-sessions']);
    expect(en.keys).not.toContain('skill-04');
    expect(en.keys).not.toContain('skill-21');
    const ru = await tap(
      'skill',
      'Научить бордер-колли работать по овцам',
      'Пастушья собака, год, гоняет стадо прямо через середину. Занимаюсь почти каждый вечер.',
      'ru',
    );
    expect(ru.keys[0]).toBe('skill-dog-mentor');
    // A pet to teach tricks is no stock dog.
    const near = await tap('skill', 'Teach my dog to fetch', 'She is a two-year-old lab.', 'en', ['Just starting']);
    expect(some(near.keys, 'skill-dog')).toEqual([]);
  });

  it('reads "after work most days and all of Sunday" as two windows, not Sundays alone', async () => {
    const en = await tap(
      'skill',
      'Get better at woodcarving',
      'I have been carving spoons for two years. I get an hour after work most days and all of Sunday.',
      'en',
      ['Already'],
    );
    const sched = en.texts.find((text) => /calendar/.test(text));
    expect(sched).toMatch(/weekday evenings and on Sundays/);
  });

  it('bakes bread in a sound Russian stove by its heat — no stove repair', async () => {
    const ru = await tap(
      'skill',
      'Научиться печь хлеб в русской печи',
      'Мне 61, в прошлом году вышла на пенсию и перебралась из Перми в мамин дом в деревне под Кудымкаром. Печь в доме русская, большая, топить её я научилась, а хлеб не выходит: то низ сгорит, то внутри сырой и липнет. Мама пекла на капустных листьях, всё на глаз, а я всю жизнь пекла в духовке по граммам. Хочу к Рождеству испечь внукам нормальный каравай.',
      'ru',
    );
    expect(some(ru.keys, 'fix-stovef')).toEqual([]);
    expect(ru.keys).toEqual([
      'skill-sbake-watch',
      'skill-sbake-heat',
      'skill-sbake-bottom',
      'skill-sbake-log',
      'skill-sbake-plan',
    ]);
    const en = await tap(
      'skill',
      'Bake sourdough in our new wood-fired oven',
      'The loaves burn on the bottom every time.',
      'en',
    );
    expect(en.keys[0]).toBe('skill-sbake-watch');
    // A cracked, smoking Russian stove is still a repair, taken from any kind.
    const broken = await tap('skill', 'Починить русскую печь', 'Печь дымит, на боку трещина.', 'ru');
    expect(broken.keys[0]).toBe('fix-stovef-stop');
    const brokenHome = await tap('home', 'Переложить печь в доме', 'Дымит в избу.', 'ru');
    expect(brokenHome.keys[0]).toBe('fix-stovef-stop');
  });

  it('plans haircuts as the hair grows, never three a week', async () => {
    const en = await tap(
      'skill',
      'learn to cut my own hair',
      'barbers here want $45 for a fade and i go evry 3 weeks',
      'en',
      ['Learning a skill', 'Just starting'],
    );
    expect(en.keys).toContain('skill-hair-plan');
    expect(en.keys).not.toContain('skill-07');
    const ru = await tap(
      'skill',
      'Научиться стричь себя машинкой',
      'Хожу к парикмахеру раз в три недели, надоело платить.',
      'ru',
      ['Освоение навыка', 'Только начинаю'],
    );
    expect(ru.keys).toContain('skill-hair-plan');
    expect(ru.keys).not.toContain('skill-07');
    // Another skill practised at home keeps its three sessions a week.
    const near = await tap('skill', 'Learn to juggle three balls', 'I can do two.', 'en', ['Just starting']);
    expect(near.keys).not.toContain('skill-hair-plan');
  });

  it('reads "I only know how the pieces move" as a beginner, with no intermediate lesson', async () => {
    const ru = await tap(
      'skill',
      'Научиться играть в шахматы, чтобы не проигрывать внуку',
      'Мне 67, живу в Вологде, на пенсии. Внук Лёва, восемь лет, второй год ходит в шахматную секцию и обыгрывает меня ходов за десять, а потом ещё и жалеет. Как ходят фигуры, знаю, а дальше ничего. Хочу к лету хоть раз сыграть с ним по-честному, чтобы ему было интересно.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).not.toContain('skill-14');
    expect(ru.keys).not.toContain('skill-16');
    expect(ru.keys[0]).toBe('skill-chess-plan');
    const en = await tap(
      'skill',
      'Learn chess so my nephew stops thrashing me',
      'I know how the pieces move and nothing else. He is in his second year at the chess club.',
      'en',
      ['Just starting'],
    );
    expect(en.keys).not.toContain('skill-14');
    expect(en.keys).not.toContain('skill-16');
  });
});
