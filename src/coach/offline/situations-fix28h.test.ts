import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the twenty-eighth blind read, fixed in general (helper fix28h)', () => {
  it('has doubtful home preserves thrown away unopened — never a giveaway bag — whatever was tapped', async () => {
    const ru = await tap(
      'home',
      'Навести порядок в погребе',
      'В погребе банок двести, половина без подписи, что-то уже вздулось. Осенью опять закатывать, а ставить некуда.',
      'ru',
      ['Разобрать'],
    );
    expect(ru.keys[0]).toBe('home-jar-check');
    expect(ru.keys).toContain('home-jar-label');
    expect(ru.keys).not.toContain('home-space-out');
    expect(ru.keys).not.toContain('home-17');
    const en = await tap(
      'home',
      'Sort out the pantry',
      'Shelves of home preserves going back years, no labels, and a couple of jars of chutney have bulging lids.',
      'en',
      ['Sorting'],
    );
    expect(en.keys[0]).toBe('home-jar-check');
    expect(en.keys).not.toContain('home-space-out');
    // A cellar of old things with no jars keeps the usual sorting, giveaway bag and all.
    const cellar = await tap(
      'home',
      'Навести порядок в подвале',
      'Старые лыжи, коробки с книгами и детская коляска.',
      'ru',
      ['Разобрать'],
    );
    expect(cellar.keys).toContain('home-space-out');
    expect(cellar.keys).not.toContain('home-jar-check');
  });

  it('gives houseplants that keep dying the light, the plants for it and watering by the soil — not a declutter', async () => {
    const ru = await tap(
      'home',
      'Развести комнатные растения и не угробить их',
      'Все фикусы и монстеры у меня погибают за пару месяцев. Окна на север, зимой батареи жарят. Хочу к весне зелёную гостиную.',
      'ru',
      ['Комнатные'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['home-plant-light', 'home-plant-pick', 'home-plant-water']);
    expect(ru.keys).not.toContain('home-12');
    expect(ru.keys).not.toContain('home-space-look');
    const en = await tap(
      'home',
      'Keep my houseplants alive this time',
      'Every monstera I buy dies within a month. My flat is dark and the heating is on all winter.',
      'en',
      ['Houseplants'],
    );
    expect(en.keys[0]).toBe('home-plant-light');
    expect(en.keys).toContain('home-plant-water');
    // Sorting the living room keeps the sorting steps.
    const room = await tap('home', 'Разобрать гостиную', 'Завалы на полках и на диване.', 'ru', ['Разобрать']);
    expect(room.keys[0]).toBe('home-space-look');
    expect(room.keys).not.toContain('home-plant-light');
  });

  it('gives a child who can’t settle a calmer room — not a toy rotation for the living room', async () => {
    const en = await tap(
      'home',
      "Make my daughter's bedroom a calmer place",
      "She's 8 and autistic, her room is bright pink and stuffed with toys, and she can't settle in it. It's rented so I can't paint.",
      'en',
      ['A calmer'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['home-calm-watch', 'home-calm-clear']);
    expect(en.keys).toContain('home-calm-light');
    expect(en.keys).not.toContain('home-toys-gather');
    expect(en.text).not.toContain('living room');
    const ru = await tap(
      'home',
      'Сделать комнату сына спокойнее',
      'Ему шесть, у него аутизм, в комнате всё яркое и куча игрушек, вечером он не может успокоиться.',
      'ru',
      ['Спокойная'],
    );
    expect(ru.keys[0]).toBe('home-calm-watch');
    expect(ru.keys).not.toContain('home-toys-gather');
    // Too many toys, with nothing about settling, keeps the toy rotation — and names no living room it wasn't told of.
    const toys = await tap('home', 'Get on top of the toys', 'Toys everywhere, two kids under five.', 'en', [
      'Too many toys',
    ]);
    expect(toys.keys[0]).toBe('home-toys-gather');
    expect(toys.text).not.toContain('living room');
    expect(toys.keys).not.toContain('home-calm-watch');
  });

  it('reads a grandchild in any case as a trip with a child, and plans for losing them in a crowd — not solo evenings', async () => {
    const ru = await tap(
      'travel',
      'Свозить внука в Петербург на осенних каникулах',
      'Мне 66, внуку десять, мы с ним вдвоём никогда никуда не ездили. Едем поездом, и я очень боюсь потерять его в толпе.',
      'ru',
    );
    expect(ru.keys).toContain('trip-kids-lost');
    expect(ru.keys).not.toContain('trip-safe-evenings');
    const withKids = await tap('travel', 'Свозить внука в Петербург', 'Внуку десять, поедем поездом на неделю.', 'ru', [
      'Поездка с детьми',
    ]);
    expect(withKids.keys.some((key) => key.startsWith('kids-'))).toBe(true);
    const en = await tap(
      'travel',
      'Take my grandson to London for the first time',
      "He's nine. I'm scared of losing him in the crowds on the Underground.",
    );
    expect(en.keys).toContain('trip-kids-lost');
    expect(en.keys).not.toContain('trip-safe-evenings');
    // A woman nervous about travelling alone keeps the evening safety plan.
    const solo = await tap('travel', 'Go to Lisbon on my own', "I'm nervous about being alone in the evenings.");
    expect(solo.keys).toContain('trip-safe-evenings');
    expect(solo.keys).not.toContain('trip-kids-lost');
  });

  it('fits a dishwasher or washing machine with an electrician for the socket and a helper for the water — never wall fixings', async () => {
    const ru = await tap(
      'repair',
      'Поставить посудомойку самому',
      'Купили встраиваемую на 45 см: надо убрать шкаф рядом с мойкой и вывести слив и воду. Полки вешал, а трубы и электрику никогда не трогал.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['fix-appl-manual', 'fix-appl-check', 'fix-appl-power']);
    expect(ru.keys).toContain('fix-appl-help');
    expect(ru.keys.some((key) => key.startsWith('fix-inst-'))).toBe(false);
    const en = await tap(
      'repair',
      'Plumb in the washing machine myself',
      'New flat, the machine is delivered Friday. I have never done any plumbing.',
    );
    expect(en.keys[0]).toBe('fix-appl-manual');
    expect(en.keys).toContain('fix-appl-power');
    // A broken dishwasher keeps the broken-appliance steps.
    const broken = await tap('repair', 'Fix my dishwasher', 'It stopped draining and shows an error code.', 'en', [
      'A broken',
    ]);
    expect(broken.keys).not.toContain('fix-appl-manual');
  });

  it('replaces a few cracked tiles with a cut practised on a spare — not a grout or sealant test patch', async () => {
    const en = await tap(
      'repair',
      'Replace the cracked tiles behind the bathroom sink',
      "Four of them, cracked when the old shelf came down. There's a box of the same tiles in the garage. I've never cut or grouted a tile.",
      'en',
      ['Replacing'],
    );
    expect(en.keys).toEqual([
      'fix-tswap-look',
      'fix-tswap-kit',
      'fix-tswap-practice',
      'fix-tswap-out',
      'fix-tswap-set',
    ]);
    const ru = await tap(
      'repair',
      'Заменить треснувшую плитку в ванной',
      'Две плитки треснули, запасные остались с ремонта.',
      'ru',
      ['Заменить'],
    );
    expect(ru.keys[0]).toBe('fix-tswap-look');
    expect(ru.keys).not.toContain('fix-surf-test');
    // Re-grouting a shower keeps the surface steps and its test patch.
    const grout = await tap('repair', 'Regrout the shower', 'The grout is black and crumbling.', 'en', ['Grout']);
    // fix53K: grout with no floor named (`wet_seal`) gets the shower's own how-to, not the floor-and-bath one.
    expect(grout.keys).toContain('fix-seal-video');
    expect(grout.keys).not.toContain('fix-tswap-look');
  });

  it('gives a mural on an outside wall masonry paint and outdoor preparation — not tester pots, furniture and skirting', async () => {
    const en = await tap(
      'creative',
      'Paint a mural on the front wall of my old primary school',
      "The headmaster has given me the front wall, 6 metres by 2. I've only painted on canvas, never a rough wall in full sun.",
      'en',
      ['A mural'],
    );
    expect(en.keys).toContain('cre-mural-paint-out');
    expect(en.keys).toContain('cre-mural-wall-out');
    expect(en.keys).not.toContain('cre-mural-paint');
    expect(en.keys).not.toContain('cre-mural-wall');
    const ru = await tap(
      'creative',
      'Расписать стену школы',
      'Директор разрешил сделать мурал на фасаде, стена шершавая.',
      'ru',
      ['Роспись'],
    );
    expect(ru.keys).toContain('cre-mural-paint-out');
    expect(ru.keys).not.toContain('cre-mural-wall');
    // A bedroom wall keeps the indoor steps.
    const home = await tap('creative', "Paint a jungle mural on my son's bedroom wall", 'He loves tigers.', 'en', [
      'A mural',
    ]);
    expect(home.keys).toContain('cre-mural-paint');
    expect(home.keys).toContain('cre-mural-wall');
    expect(home.keys).not.toContain('cre-mural-paint-out');
  });

  it('gives a documentary of people’s stories interviews, sound and places — not dark photos and prints', async () => {
    const ru = await tap(
      'creative',
      'Снять фильм про наше село к юбилею',
      'Снимаю только на телефон, монтировала пару роликов. Хочу записать рассказы старожилов, самой старшей 94.',
      'ru',
      ['Документальный'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['cre-doc-plan', 'cre-doc-ask', 'cre-doc-sound']);
    expect(ru.keys.some((key) => key.startsWith('cre-phone-'))).toBe(false);
    const en = await tap(
      'creative',
      'Make a documentary about my grandmother’s village',
      'I want to interview the old people there, filming on my phone.',
      'en',
      ['A documentary'],
    );
    expect(en.keys[0]).toBe('cre-doc-plan');
    expect(en.keys.some((key) => key.startsWith('cre-phone-'))).toBe(false);
    // Better photos on a phone keep the phone photo steps.
    const photos = await tap(
      'creative',
      'Take better photos of my kids on my phone',
      'They all come out dark and blurry.',
      'en',
      ['Better photos'],
    );
    expect(photos.keys).toContain('cre-phone-light');
    expect(photos.keys).not.toContain('cre-doc-plan');
  });

  it('gives a dolls’ house a 1:12 plan, tools for small work and tiny wallpaper — not a first coaster', async () => {
    const en = await tap(
      'creative',
      "Build and decorate a dolls' house for my granddaughter by Christmas",
      "I'm handy with a saw from years of fixing things round the house, but I've never made anything that small, and I've no idea about tiny wallpaper or furniture.",
      'en',
      ["A dolls'"],
    );
    expect(en.keys).toEqual([
      'cre-doll-plan',
      'cre-doll-kit',
      'cre-doll-shell',
      'cre-doll-paper',
      'cre-doll-furniture',
    ]);
    const ru = await tap(
      'creative',
      'Сделать кукольный домик для внучки',
      'Руки растут откуда надо, но такой мелкой работы никогда не делал. Хочу с обоями и мебелью.',
      'ru',
      ['Кукольный'],
    );
    expect(ru.keys[0]).toBe('cre-doll-plan');
    expect(ru.keys.some((key) => key.startsWith('cre-wood-'))).toBe(false);
    // Warhammer miniatures keep their own steps; a first woodwork project keeps the beginner wood steps.
    const minis = await tap('creative', 'Paint my Warhammer miniatures', 'I have a box of space marines.', 'en', [
      'Painting Warhammer',
    ]);
    expect(minis.keys).not.toContain('cre-doll-plan');
    const wood = await tap('creative', 'Get into woodwork', "I've never done any carpentry.", 'en');
    expect(wood.keys[0]).toBe('cre-wood-kit');
    expect(wood.keys).not.toContain('cre-doll-plan');
  });
});
