import { describe, expect, it } from 'vitest';
import { hazardKeys } from '../../../../test/factories/converse.js';
import { firstFive, ownSteps, pack, tap, withPrefix } from '../../../../test/factories/offline-cases.js';

// Goals of the repair kind (content/goals/types/repair.yaml), walked through the offline coach as a person would: the
// situation named and the steps it brings, the level, and a danger named in passing that leads the path. Where a new
// case goes: docs/coach.md.
const STOVE = ['fix-stovef-stop', 'fix-stovef-check', 'fix-stovef-who', 'fix-stovef-rules', 'fix-stovef-plan'];

const WELL = ['fix-well-safe', 'fix-well-cause', 'fix-well-specs', 'fix-well-quote', 'fix-well-day'];

const solo = new Set(pack.types.flatMap((kind) => kind.steps.filter((step) => step.solo).map((step) => step.key)));

const isRisky = (key: string) => key.startsWith('skill-risky-');

const CROWN = ['fix-crown-survey', 'fix-crown-master', 'fix-crown-kit', 'fix-crown-rules', 'fix-crown-day'];

const CAB = ['fix-cab-kit', 'fix-cab-doors', 'fix-cab-prep', 'fix-cab-test', 'fix-cab-paint'];

const PIT = ['fix-pit-rules', 'fix-pit-air', 'fix-pit-kit', 'fix-pit-crew', 'fix-pit-water'];

const GSPRING = ['fix-gspring-safe', 'fix-gspring-photo', 'fix-gspring-quotes', 'fix-gspring-car', 'fix-gspring-after'];

const SPRUNG = ['fix-sprung-stop', 'fix-sprung-describe', 'fix-sprung-who', 'fix-sprung-split', 'fix-sprung-book'];

const EARTH = ['fix-earth-look', 'fix-earth-ask', 'fix-earth-test', 'fix-earth-prep', 'fix-earth-foot'];

const GENERIC_FIX = ['fix-01', 'fix-02', 'fix-03', 'fix-04', 'fix-05', 'fix-06', 'fix-07'];

const HOUSE_SAFETY = ['fix-02', 'fix-03', 'fix-04'];

const SILL = ['fix-rot-probe', 'fix-rot-decide', 'fix-rot-kit', 'fix-rot-repair'];

const DECK = ['fix-deck-probe', 'fix-deck-buy', 'fix-deck-out', 'fix-deck-fit'];

const HOUSE_CHECKS = ['fix-02', 'fix-03', 'fix-04'];

const POLY = ['fix-poly-measure', 'fix-poly-buy', 'fix-poly-out', 'fix-poly-fit'];

const REWIRE = ['fix-rewire-plan', 'fix-rewire-quotes', 'fix-rewire-load'];

/** The fix-one-part template: a brand and model, the valve or breaker and what's in the wall, a video for the model. */
const PART_TEMPLATE = ['fix-02', 'fix-03', 'fix-04'];

/** A path's own steps, without the hazard steps another helper's danger may put first. */
const own = (keys: string[]) => keys.filter((key) => hazardKeys([key]).length === 0);

/** The buttons every question of a conversation offered. */
const offered = (asked: { choices?: string[] }[]) => asked.flatMap((question) => question.choices ?? []);

describe("harmful steps named in a repair goal lead its path, and near misses keep the kind's own steps", () => {
  it('rebuilds rotten porch steps after a tap on "Rotten steps": safe today, probed, replaced — no appliance model or water valve', async () => {
    const en = await tap(
      'repair',
      'Rebuild the porch steps',
      "The porch steps on our place in eastern Kentucky are rotting and my wife nearly went through one last week. I'm 58, pretty handy but I've never built stairs from scratch. Budget's maybe $300.",
      'en',
      ['Rotten steps or a porch'],
    );
    // A hazard's safety steps may lead; the kind's own steps follow.
    const own = en.keys.filter((key) => !key.startsWith('hz-'));
    expect(own.slice(0, 2)).toEqual(['fix-rotstep-safe', 'fix-rotstep-probe']);
    expect(en.keys).not.toContain('fix-02');
    expect(en.keys).not.toContain('fix-03');
    const ru = await tap(
      'repair',
      'Заменить ступеньки крыльца',
      'Ступеньки на даче прогнили, мама чуть не провалилась. Хочу сам сделать новые до осени.',
      'ru',
      ['Гнилые ступеньки или крыльцо'],
    );
    expect(ru.keys.filter((key) => !key.startsWith('hz-'))[0]).toBe('fix-rotstep-safe');
    // Steps to repaint, with no rot named, get no replacement steps.
    const near = await tap('repair', 'Repaint the porch steps', 'The paint is peeling and they look tired.', 'en', [
      'Rotten steps or a porch',
    ]);
    expect(withPrefix(near.keys, 'fix-rotstep')).toEqual([]);
  });

  it('checks and retires an old, wooden or cracked ladder before any climb — a staircase or a sound ladder gets none of it', async () => {
    const en = await tap(
      'repair',
      'flat roof over the kitchen extension leaking again',
      "I'm 55, a bus driver in Sheffield, and the flat roof over our kitchen extension drips whenever it rains hard. A roofer quoted £2,800 to replace it, which we can't do right now. I'm fairly handy, I've done tiling and some plumbing, but never any roofing. The only ladder I've got is an old wooden one that was my dad's.",
      'en',
      ['A leaking roof'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-ladder-old', 'hz-ladder-sound']);
    const ru = await tap(
      'repair',
      'перекрыть крышу на даче, пока совсем не потекло',
      'Мне 69, дача в СНТ под Иркутском, домик ещё восьмидесятых. Рубероид на крыше весь потрескался, прошлым летом капало прямо на диван. Хочу перекрыть профлистом сам с соседом, на бригаду денег нет. Лестница у меня старая деревянная, одна ступенька уже треснула.',
      'ru',
      ['Забор, крыша сарая или теплица'],
    );
    // The ladder's own check first, then the climbing rules for an older man.
    expect(ru.keys.slice(0, 2)).toEqual(['hz-ladder-old', 'hz-ladder-stop']);
    // Other words, another kind: apples picked from a rickety ladder.
    const apples = await tap(
      'home',
      'Pick the apples from our big tree this year',
      'Last year most of them rotted on the branches. The ladder is rickety but it reaches the top.',
    );
    expect(apples.keys[0]).toBe('hz-ladder-old');
    // A wooden staircase that creaks is no ladder to climb; a borrowed ladder says nothing old.
    const stairs = await tap(
      'repair',
      'Починить деревянную лестницу на второй этаж',
      'Старая деревянная лестница в доме скрипит на каждой ступеньке, хочу сам подтянуть.',
      'ru',
    );
    expect(stairs.keys).not.toContain('hz-ladder-old');
    const sound = await tap(
      'repair',
      'Fix the leaking shed roof',
      "The felt has split along the ridge. I've borrowed my neighbour's ladder for the weekend.",
      'en',
    );
    expect(sound.keys).not.toContain('hz-ladder-old');
  });

  it('reads one rotten step in the singular as rotten steps, and the sill probe never repeats the step check', async () => {
    const en = await tap(
      'repair',
      'fix the front step before winter',
      'The wooden front step has gone rotten and my grandson nearly put his foot through it.',
      'en',
      ['Rotten steps'],
    );
    expect(en.asked[0]?.choices).toContain('Rotten steps or a porch');
    expect(en.keys[0]).toBe('fix-rotstep-safe');
    expect(en.keys).not.toContain('fix-rot-decide');
    // The sill's button tapped anyway: the hazard's check leads and the sill's probe stays out.
    const sill = await tap(
      'repair',
      'fix the front step before winter',
      'The wooden front step has gone rotten and my grandson nearly put his foot through it.',
      'en',
      ['Rotten wood'],
    );
    expect(sill.keys.slice(0, 2)).toEqual(['hz-rot-block', 'hz-rot-check']);
    expect(sill.keys).not.toContain('fix-rot-probe');
    // A rotten window sill walks on nothing: its own probe, no steps.
    const near = await tap(
      'repair',
      'Repair the rotten kitchen window sill',
      'The paint has cracked and the wood is soft at one corner.',
      'en',
      ['Rotten wood'],
    );
    expect(near.keys).toContain('fix-rot-probe');
    expect(near.keys).not.toContain('fix-rotstep-safe');
    expect(near.keys).not.toContain('hz-rot-check');
  });

  it('puts a hot socket out of use first in a rewire, and reads boards on my deck as deck boards', async () => {
    const en = await tap(
      'repair',
      'Rewire my old house',
      'The wiring is aluminium from the sixties and one socket gets hot; once there was a burning smell.',
      'en',
    );
    // A hazard for the failing wiring may lead; the kind's own path starts with the hot socket.
    expect(en.keys.filter((key) => !key.startsWith('hz-'))[0]).toBe('fix-rewire-hot');
    expect(en.keys).not.toContain('fix-rewire-load');
    const near = await tap(
      'repair',
      'Rewire my old house',
      'The wiring is aluminium from the sixties and the fuses blow.',
      'en',
    );
    expect(near.keys).not.toContain('fix-rewire-hot');
    const deck = await tap('repair', 'Fix my deck', 'Six boards on my back deck are rotten and soft.', 'en', [
      'Rotten wood',
    ]);
    expect(deck.keys).toContain('fix-deck-probe');
    expect(deck.keys).not.toContain('fix-rot-cause');
  });

  it('checks a wooden extension ladder with a cracked rung before any gutter work — a sound ladder gets none of it', async () => {
    const cracked = await tap(
      'repair',
      'Clear the blocked gutter at the back of the house',
      'Water pours over the edge whenever it rains. My father-in-law left me his wooden extension ladder; a rung has a crack in it but it still holds me.',
      'en',
      ['A gutter that overflows or leaks'],
    );
    expect(cracked.keys[0]).toBe('hz-ladder-old');
    const sound = await tap(
      'repair',
      'Clear the blocked gutter at the back of the house',
      'Water pours over the edge whenever it rains. I have an aluminium extension ladder that my neighbour checked last spring.',
      'en',
      ['A gutter that overflows or leaks'],
    );
    expect(sound.keys).not.toContain('hz-ladder-old');
  });

  it('puts the management company first for a riser or a radiator in a block of flats', async () => {
    const ru = await tap(
      'repair',
      'заменить старый радиатор отопления',
      'Живу в пятиэтажке на третьем этаже, старая батарея подтекает. Хочу поставить новую сам, посмотрел ролики.',
      'ru',
      ['Только начинаю', 'Ничего из этого'],
    );
    expect(ru.keys[0]).toBe('hz-riser-company');
    expect(ru.keys).not.toContain('fix-03');
    expect(ru.keys).not.toContain('fix-04');
    const en = await tap(
      'repair',
      'replace the corroded water riser in our bathroom',
      'Our apartment building is from the sixties and the pipe that runs through all the floors is weeping at a joint. I want to do it myself.',
      'en',
      ['Just starting'],
    );
    expect(en.keys[0]).toBe('hz-riser-company');
    expect(en.keys).not.toContain('fix-02');
    // Bleeding a cold radiator in a flat: no riser steps.
    const near = await tap('repair', 'стравить воздух из батареи', 'В квартире батарея холодная сверху.', 'ru', [
      'Стравить воздух',
    ]);
    expect(near.keys).not.toContain('hz-riser-company');
  });

  it("lets a banya's rotten bottom logs get the frame's own steps, not the stairs' tape and the balcony's managers", async () => {
    const ru = await tap(
      'repair',
      'поменять нижние венцы у старой бани',
      'Нижние бревна сгнили, пол ходит, угол просел.',
      'ru',
    );
    expect(ru.keys).not.toContain('hz-rot-block');
    expect(ru.keys).toContain('fix-crown-survey');
    expect(ru.text).not.toMatch(/управляющ/);
    const en = await tap(
      'repair',
      'replace the rotten bottom logs of our sauna',
      'The sill logs are rotten and the floor moves.',
      'en',
    );
    expect(en.keys).not.toContain('hz-rot-block');
    expect(en.keys).toContain('fix-crown-survey');
    const near = await tap('repair', 'починить крыльцо', 'Ступеньки сгнили, пол на крыльце ходит.', 'ru');
    expect(near.keys).toContain('hz-rot-block');
  });

  it('gives a windmill on a bore the climb rules and its own steps, never the household stop valve or breaker', async () => {
    const en = await tap(
      'repair',
      'get the old windmill on the dam paddock pumping again',
      "I'm 58 and my back isn't what it was. The windmill stopped last week, I reckon a pump rod has snapped. Sheep drink from that trough and I don't want to wait for the mill man.",
      'en',
      [],
    );
    expect(en.keys[0]).toBe('rep-wmill-climb');
    expect(en.keys).toContain('rep-wmill-water');
    expect(en.keys).not.toContain('fix-03');
    expect(en.keys).not.toContain('fix-01');
    expect(en.keys).not.toContain('fix-well-safe');
    expect(en.texts.join(' ')).not.toMatch(/stop valve|inside the wall/);
    const ru = await tap(
      'repair',
      'починить ветряк на скважине в дальнем загоне',
      'Ветряной насос перестал качать воду, похоже, износились манжеты. Плечо у меня больное, а мастера ждать месяц.',
      'ru',
      [],
    );
    expect(ru.keys[0]).toBe('rep-wmill-climb');
    expect(ru.keys).not.toContain('fix-03');
    expect(ru.keys).not.toContain('fix-well-safe');
    expect(ru.texts.join(' ')).toMatch(/привязь/);
    const near = await tap(
      'repair',
      'fix the leaking kitchen tap',
      'It drips all night and I have never done plumbing.',
      'en',
      [],
    );
    expect(near.keys).not.toContain('rep-wmill-climb');
    expect(near.keys).not.toContain('hz-height-rules');
  });

  it('leads other repairs up a tower, a mast, a tank stand or a tall ladder with the height rules', async () => {
    const en = await tap(
      'repair',
      'replace the float valve in the water tank on the tank stand',
      'The tank sits on a 5 metre tank stand behind the shed and overflows. I will be up the extension ladder doing it on a Saturday.',
      'en',
      [],
    );
    expect(en.keys[0]).toBe('hz-height-rules');
    expect(en.keys).not.toContain('fix-03');
    const ru = await tap(
      'repair',
      'поменять антенну на мачте у дачи',
      'Мачта метров восемь, антенну сорвало ветром. Полезу на мачту сам, спина побаливает.',
      'ru',
      [],
    );
    expect(ru.keys[0]).toBe('hz-height-rules');
    expect(ru.texts.join(' ')).toMatch(/в одиночку/);
    // A roof keeps its own climb decision; a stepladder indoors is no height job.
    const roof = await tap(
      'repair',
      'fix the leaking roof over the porch',
      'Water comes through when it rains; the roof is one storey.',
      'en',
      ['A leaking roof'],
    );
    expect(roof.keys).not.toContain('hz-height-rules');
    expect(roof.keys).toContain('fix-roof-climb');
    const low = await tap(
      'repair',
      'повесить полку в прихожей',
      'Нужно просверлить бетонную стену, дрель есть.',
      'ru',
      [],
    );
    expect(low.keys).not.toContain('hz-height-rules');
    const travel = await tap('travel', 'climb the tower in Pisa with my kids', 'A week in Tuscany in May.', 'en', []);
    expect(travel.keys).not.toContain('hz-height-rules');
  });
});

describe('repair: the level and what the person already has or does', () => {
  it('gives laminate its own steps, with the floor checked for level first', async () => {
    const en = await firstFive(
      'repair',
      'Lay laminate in the bedroom myself',
      "First time, I'm worried the floor isn't level.",
    );
    expect(en.keys[0]).toBe('fix-lam-level');
    expect(en.text).not.toMatch(/sealant|drying time/i);
    const ru = await firstFive(
      'repair',
      'Положить ламинат в спальне',
      'Никогда не клал, боюсь, что будет скрипеть.',
      'ru',
    );
    expect(ru.keys).toContain('fix-lam-prep');
  });

  it('skips "find the stop valve" when the water is already off, and keeps it when it is not', async () => {
    const en = await firstFive(
      'repair',
      'Fix the outside tap that split in the cold snap',
      "It's been dripping down the wall since January and I've just turned it off at the stopcock under the sink. I've never done any plumbing.",
    );
    expect(en.keys).not.toContain('fix-03');
    expect(en.text).not.toMatch(/water stop valve/);
    const ru = await firstFive('repair', 'Поменять смеситель на кухне', 'Течёт из-под гайки, воду уже перекрыл.', 'ru');
    expect(ru.keys).not.toContain('fix-03');
    const open = await firstFive(
      'repair',
      'Replace the leaking kitchen tap',
      "I haven't turned the water off yet, not sure where the stopcock is.",
    );
    expect(open.keys).toContain('fix-03');
    const ruOpen = await firstFive(
      'repair',
      'Поменять смеситель',
      'Воду не могу перекрыть, кран на стояке не крутится.',
      'ru',
    );
    expect(ruOpen.keys).toContain('fix-03');
  });

  it('makes good a rental before the inspection: the colour already there, filler dried overnight, dated photos', async () => {
    const en = await firstFive(
      'repair',
      'Patch and repaint the walls before we hand back our rental',
      "Three years of picture hooks, a shelf that ripped out of the plaster, and my son's crayon all down the hallway. The final inspection is on 28 February and I want the full bond back.",
    );
    expect(en.keys).toEqual(['fix-hb-check', 'fix-hb-list', 'fix-hb-fill', 'fix-hb-finish', 'fix-hb-photos']);
    expect(en.text).not.toMatch(/samples|tester pot/i);
    const ru = await firstFive(
      'repair',
      'Подготовить съёмную квартиру к сдаче хозяину',
      'Съезжаем через месяц, хочу вернуть залог. На стенах дырки от дюбелей и пятна.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fix-hb-check');
    expect(ru.text).not.toMatch(/пробник|образц/);
    // Painting one's own room still starts from choosing the colour.
    const own = await firstFive('repair', 'Paint the living room', 'We own the house and want a warmer colour.');
    expect(own.keys).toContain('fix-paint-choose');
    expect(own.keys).not.toContain('fix-hb-check');
  });

  it("asks no more quotes from someone whose roofer's price is already out of reach", async () => {
    const en = await tap(
      'repair',
      'patch our leaking tin roof before the rains',
      "A roofer quoted us far more than we can pay — money we don't have — so my brother and I will do it.",
      'en',
      ['A leaking roof'],
    );
    expect(en.keys).not.toContain('fix-roof-quote');
    const near = await tap(
      'repair',
      'patch our leaking tin roof before the rains',
      'Water comes in over the bedroom.',
      'en',
      ['A leaking roof'],
    );
    expect(near.keys).toContain('fix-roof-quote');
  });
});

describe('repair: the situation named and the steps it brings', () => {
  describe('offline coach: situations inside repair', () => {
    it('gives a kitchen makeover a scope, a budget split, a practice job and tools to hire — no broken-part steps', async () => {
      const steps = await firstFive(
        'repair',
        'Redo our kitchen ourselves',
        "Late-90s kitchen: new worktops, paint the cabinets, maybe tile a splashback. Budget about £3k and the most I've ever done is flat-pack.",
      );
      expect(steps.keys).toEqual(
        expect.arrayContaining(['fix-ren-scope', 'fix-ren-budget', 'fix-ren-practice', 'fix-ren-tools']),
      );
      for (const part of ['fix-01', 'fix-02', 'fix-flat-unpack']) expect(steps.keys).not.toContain(part);
      const ru = await firstFive(
        'repair',
        'Обновить кухню своими силами',
        'Перекрасить фасады и поменять столешницу',
        'ru',
      );
      expect(ru.keys[0]).toBe('fix-ren-scope');
      const tap = await firstFive('repair', 'Fix the dripping kitchen tap', '');
      expect(tap.keys).toContain('fix-02');
    });

    it('sends a boiler to a gas engineer and a room to be cleared, never to a do-it-yourself fix', async () => {
      const boiler = await firstFive('repair', 'Sort out the boiler', 'No hot water since yesterday.');
      expect(boiler.keys).toEqual(expect.arrayContaining(['fix-gas-check', 'fix-gas-pro']));
      for (const diy of ['fix-02', 'fix-07', 'fix-13']) expect(boiler.keys).not.toContain(diy);
      const room = await firstFive('repair', 'Make the spare room usable', '');
      expect(room.keys).toEqual(expect.arrayContaining(['fix-room-purpose', 'fix-room-clear']));
      expect(room.keys).not.toContain('fix-01');
    });
  });

  it('no pieces pasted from another job: a bike is no house, a bouldering wall is no race', async () => {
    for (const [title, locale] of [
      ['Fix the gears on my bike', 'en'],
      ['Починить тормоза на велике', 'ru'],
    ] as const) {
      const bike = await firstFive('repair', title, '', locale);
      expect(bike.keys).not.toContain('fix-03');
      expect(bike.keys).toContain('fix-bike-check');
    }
    const boulder = await firstFive(
      'sport',
      'Climb my first V5',
      'Been bouldering twice a week for two years, stuck at V4. I fall off anything overhanging.',
    );
    expect(boulder.keys).not.toContain('sport-13');
    expect(boulder.keys).toContain('sport-climb-weak');
  });

  it('gives a radiator to bleed its own steps, with no fault photos, model number or stop valve', async () => {
    const en = await firstFive('repair', 'Sort out the radiator in the hall', "It's warm at the bottom, cold on top.");
    expect(en.keys.slice(0, 3)).toEqual(['fix-rad-key', 'fix-rad-bleed', 'fix-rad-pressure']);
    expect(en.keys).not.toContain('fix-03');
    const ru = await firstFive('repair', 'Спустить воздух из батареи', 'Батарея в детской еле тёплая.', 'ru');
    expect(ru.keys).not.toContain('fix-01');
    expect(ru.keys).not.toContain('fix-02');
  });

  it('gives walls to paint after the wallpaper came off no rolls to count or strips to hang', async () => {
    const ru = await firstFive(
      'repair',
      'Покрасить стены в гостиной',
      'Старые обои сняли, стены неровные. Цвет уже выбрали.',
      'ru',
    );
    expect(ru.keys).not.toContain('fix-wall-amount');
    expect(ru.keys).not.toContain('fix-wall-hang');
    const hang = await firstFive('repair', 'Переклеить обои в спальне', 'Старые обои сняли.', 'ru');
    expect(hang.keys).toContain('fix-wall-hang');
  });

  it('gives mould in a rented home evidence, the landlord in writing and airing — no parts or tools', async () => {
    const en = await firstFive(
      'repair',
      'Get rid of the mould in the bedroom',
      'We rent; it is on the wall behind the wardrobe again.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['fix-damp-photos', 'fix-damp-landlord', 'fix-damp-air']);
    expect(en.text).not.toMatch(/model|stop valve|breaker/i);
    const ru = await firstFive(
      'repair',
      'Победить плесень в ванной',
      'Снимаем квартиру, хозяйка говорит, что это мы виноваты.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['fix-damp-photos', 'fix-damp-landlord']);
    expect(ru.text).toMatch(/письменно/);
    const owner = await firstFive(
      'repair',
      'Stop the mould coming back',
      'We own the house; it is in the corner of the kitchen.',
    );
    expect(owner.keys).not.toContain('fix-damp-landlord');
    expect(owner.keys).toContain('fix-damp-cause');
    const tap = await firstFive('repair', 'Fix the dripping bathroom tap', '');
    expect(tap.keys.some((key) => key.startsWith('fix-damp-'))).toBe(false);
  });

  it('gives a painted-shut window and a wheel swap their own steps, with no part, model or oil data', async () => {
    const sash = await firstFive('repair', 'Get the bedroom window open', 'Old sash window painted shut years ago.');
    expect(sash.keys[0]).toBe('fix-sash-look');
    expect(sash.keys).not.toContain('fix-02');
    expect(sash.keys).not.toContain('fix-03');
    const ruWindow = await firstFive(
      'repair',
      'Открыть окно на даче',
      'Деревянное окно закрашено, не открывается.',
      'ru',
    );
    expect(ruWindow.keys[0]).toBe('fix-sash-look');
    const en = await firstFive(
      'repair',
      'Put the winter tyres on myself',
      'The wheels are already on rims in the shed.',
    );
    expect(en.keys[0]).toBe('fix-wheel-spec');
    expect(en.keys).not.toContain('fix-svc-spec');
    expect(en.keys).not.toContain('fix-07');
    const ru = await firstFive('repair', 'Поменять колёса на летние самому', 'Колёса на дисках, домкрат есть.', 'ru');
    expect(ru.keys[0]).toBe('fix-wheel-spec');
    expect(ru.text).not.toMatch(/масл/);
    const oil = await firstFive('repair', 'Change the oil on my car', '');
    expect(oil.keys).toContain('fix-svc-spec');
    const tap = await firstFive('repair', 'Fix the dripping bathroom tap', '');
    expect(tap.keys).toContain('fix-02');
  });

  it('gives a fence or a shed roof measuring and outdoor safety — no model, stop valve or breaker', async () => {
    const en = await firstFive(
      'repair',
      'Put our fence back up after the storm',
      'Three panels down and a post snapped.',
    );
    expect(en.keys).toContain('fix-out-measure');
    expect(en.keys).not.toContain('fix-02');
    expect(en.text).not.toMatch(/stop valve|brand and model/i);
    const ru = await firstFive(
      'repair',
      'Перекрыть крышу сарая на даче',
      'Рубероид потрескался, хочу положить профнастил сам.',
      'ru',
    );
    expect(ru.keys).toContain('fix-out-safe');
    expect(ru.keys).not.toContain('fix-03');
    const shed = await firstFive('repair', 'Re-felt the shed roof', 'It leaks onto my tools.');
    expect(shed.keys).toContain('fix-out-video');
    const tap = await firstFive('repair', 'Fix the leaking kitchen tap', 'It drips all night.');
    expect(tap.keys).toContain('fix-03');
    expect(tap.keys.some((key) => key.startsWith('fix-out-'))).toBe(false);
  });

  it('reads a washing machine "cycle" as no bike, and keeps the bike steps for a bike', async () => {
    const en = await firstFive('repair', 'Fix the dishwasher', 'It stops mid-cycle and shows an error code.');
    expect(en.keys.some((key) => key.startsWith('fix-bike-'))).toBe(false);
    const ru = await firstFive(
      'repair',
      'Починить стиральную машину',
      'Не сливает воду в конце цикла, горит код ошибки.',
      'ru',
    );
    expect(ru.keys.some((key) => key.startsWith('fix-bike-'))).toBe(false);
    const bike = await firstFive('repair', 'Fix the gears on my bike', 'They skip when I cycle uphill.');
    expect(bike.keys.some((key) => key.startsWith('fix-bike-'))).toBe(true);
  });

  it('gives a uPVC window adjustment no water or breaker safety, and a fraud loan repayment steps', async () => {
    const ru = await firstFive(
      'repair',
      'Отрегулировать пластиковые окна',
      'Из-под створки дует, ручка еле поворачивается.',
      'ru',
    );
    expect(ru.text).not.toMatch(/перекрывается вода|автомат/);
    const en = await firstFive('repair', 'Adjust the uPVC windows', 'A draught comes in under the sash.');
    expect(en.text).not.toMatch(/stop valve/);
    const loan = await firstFive('finance', 'Расплатиться с кредитом', 'На мне 350 тысяч, зарплата 48 тысяч.', 'ru');
    expect(loan.text).toMatch(/долг/);
    expect(loan.text).not.toMatch(/накопить/);
  });

  it('adjusts sagging cupboard doors without a water valve or breaker', async () => {
    const en = await firstFive(
      'repair',
      'Fix the wonky wardrobe doors',
      'Two doors hang lower than the others and a hinge is loose.',
    );
    expect(en.keys[0]).toBe('fix-hinge-adjust');
    expect(en.keys).not.toContain('fix-03');
    expect(en.keys.some((key) => key.startsWith('fix-inst-'))).toBe(false);
    const ru = await firstFive(
      'repair',
      'Починить дверцы кухонного шкафа',
      'Дверцы провисли, одна петля вырывается.',
      'ru',
    );
    expect(ru.keys).toContain('fix-hinge-hole');
  });

  it('gives re-covering seats upholstery steps, with no model number, water valve or hinges', async () => {
    const en = await firstFive(
      'repair',
      'Reupholster four kitchen stools',
      'The vinyl is cracked and one has flat foam.',
    );
    expect(en.keys.slice(0, 4)).toEqual(['fix-uph-strip', 'fix-uph-base', 'fix-uph-fabric', 'fix-uph-first']);
    expect(en.keys.some((key) => ['fix-02', 'fix-03'].includes(key))).toBe(false);
    const ru = await firstFive(
      'repair',
      'Перетянуть сиденья стульев',
      'Шесть стульев, ткань в пятнах, одно сиденье провисло.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fix-uph-strip');
    expect(ru.keys.some((key) => key.startsWith('fix-hinge-'))).toBe(false);
  });

  it('makes a small petrol engine safe without water valves or wall cables', async () => {
    const ru = await firstFive(
      'repair',
      'Почистить карбюратор у газонокосилки',
      'Косилка глохнет через минуту, в мастерской очередь на месяц.',
      'ru',
    );
    expect(ru.keys).not.toContain('fix-03');
    expect(ru.keys).toContain('fix-engine-safe');
    expect(ru.text).not.toMatch(/перекрывается вода/);
    const en = await firstFive(
      'repair',
      'Get the old rotavator running',
      'It sat in the shed all winter and the pull cord just spins.',
    );
    expect(en.keys).toContain('fix-engine-safe');
    const tap = await firstFive('repair', 'Fix the dripping kitchen tap', 'It drips all night.');
    expect(tap.keys).toContain('fix-03');
  });

  it('reads a laminate worktop as no floor', async () => {
    const en = await firstFive(
      'repair',
      'Replace the laminate worktop by the hob',
      'The edge has chipped and lifted; I have fitted shelves before.',
    );
    expect(en.keys.some((key) => key.startsWith('fix-lam'))).toBe(false);
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

  it('fits new doors from measurements and one door first, not "what broke"', async () => {
    const ru = await firstFive(
      'repair',
      'Поменять межкомнатные двери самому',
      'В квартире пять старых дверей, полотна с коробками уже купил. Раньше только полки вешал, боюсь испортить проёмы.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fix-door-measure');
    expect(ru.keys.some((key) => /^fix-0\d$/.test(key) || key.startsWith('fix-inst-'))).toBe(false);
    const en = await firstFive(
      'repair',
      'Hang new internal doors in our flat',
      'We bought four door sets with frames.',
    );
    expect(en.keys[0]).toBe('fix-door-measure');
    const control = await firstFive('repair', 'Fix the wobbly table leg', '');
    expect(control.keys[0]).toBe('fix-01');
  });

  it('gives an old chest of drawers to restore a safe workspace, a hidden-spot test and the drawer and handle, not water and wiring', async () => {
    const ru = await firstFive(
      'repair',
      'Отреставрировать бабушкин дубовый комод',
      'Лак облез, один ящик не выдвигается, ручка отломана. Никогда ничего не реставрировала, работать могу только в гараже по выходным.',
      'ru',
    );
    expect(ru.keys).toEqual(['fix-rest-list', 'fix-rest-safe', 'fix-rest-test', 'fix-rest-drawer', 'fix-rest-handle']);
    expect(ru.text).toMatch(/респиратор/);
    expect(ru.text).not.toMatch(/автомат в щитке|марку и модель/);
    const en = await firstFive('repair', 'Restore an old oak dresser', 'The varnish is flaking and one drawer sticks.');
    expect(en.keys[0]).toBe('fix-rest-list');
    // A leaking tap keeps the kind's general steps.
    const tap = await firstFive('repair', 'Fix the leaking kitchen tap', 'It drips all night.');
    expect(tap.keys).toContain('fix-02');
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

  it('fits a cat or dog flap by the panel, the pet and a template — no stop valve or circuit breaker', async () => {
    const en = await firstFive('repair', 'Fit a cat flap in our uPVC back door', '');
    expect(en.keys).toEqual(['fix-flap-where', 'fix-flap-measure', 'fix-flap-choose', 'fix-flap-mark', 'fix-flap-cut']);
    expect(en.text).toMatch(/glazier/);
    expect(en.text).not.toMatch(/stop valve|circuit breaker/);
    const ru = await firstFive(
      'repair',
      'Врезать лаз для кошки в дверь',
      'Дверь металлическая с пластиковой вставкой внизу.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fix-flap-where');
    expect(ru.keys).not.toContain('fix-03');
    // A leaking tap keeps the water stop valve first.
    const tap = await firstFive('repair', 'Fix the dripping kitchen tap', 'It drips all night.');
    expect(tap.keys).toContain('fix-03');
    expect(tap.keys.some((key) => key.startsWith('fix-flap'))).toBe(false);
  });

  it('rewires a plug-in lamp unplugged, with an earth and a check — no breaker box or house electrician', async () => {
    const en = await firstFive(
      'repair',
      'Rewire the brass lamp my nan left me',
      "It still has the old braided flex and the switch crackles when you turn it. I can change a plug but I've never done more than that.",
    );
    // Read 48: what goes to a lamp restorer is decided before the rewiring, not after it.
    expect(en.keys).toEqual(['fix-lamp-look', 'fix-lamp-parts', 'fix-lamp-help', 'fix-lamp-guide', 'fix-lamp-check']);
    expect(en.text).toMatch(/Unplug/);
    expect(en.text).toMatch(/earth/);
    expect(en.text).not.toMatch(/breaker box|faceplate/);
    const ru = await firstFive(
      'repair',
      'Заменить провод у старой настольной лампы',
      'Провод потрескался, вилку менять умею.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fix-lamp-look');
    expect(ru.text).toMatch(/заземлени/);
    // A socket or a switch in the wall keeps the electrician path.
    const socket = await firstFive('repair', 'Поменять розетку на кухне', 'Розетка болтается и искрит.', 'ru');
    expect(socket.keys[0]).toBe('fix-elec-check');
    const lightSwitch = await firstFive(
      'repair',
      'Replace a broken light switch in the hall',
      'It crackles and sparks.',
    );
    expect(lightSwitch.keys).toContain('fix-elec-pro');
    expect(lightSwitch.keys.some((key) => key.startsWith('fix-lamp'))).toBe(false);
  });

  it('rebuilds a dry stone wall: the animals kept out, the method, the stone sorted, a frame, the footings — no stop valve', async () => {
    const en = await firstFive(
      'repair',
      'Rebuild the collapsed stretch of dry stone wall at the bottom of our field',
      "About four metres came down in the February storms and the sheep from next door keep wandering in. I've never built one, but all the stone is still lying there.",
    );
    expect(en.keys).toEqual([
      'fix-stock-gap',
      'fix-stone-learn',
      'fix-stone-sort',
      'fix-stone-frame',
      'fix-stone-found',
    ]);
    expect(en.text).not.toMatch(/stop valve|brand and model|circuit breaker/);
    const ru = await firstFive(
      'repair',
      'Восстановить обвалившуюся каменную стенку на даче',
      'Стенка из дикого камня, метра два развалилось после зимы.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fix-stone-learn');
    expect(ru.keys).not.toContain('fix-03');
    expect(ru.keys).not.toContain('fix-stock-gap');
    // A fence blown down keeps the outdoor steps; knocking through a wall stays structural.
    const fence = await firstFive('repair', 'Replace the fence panels that blew down', 'Three panels.');
    expect(fence.keys).toContain('fix-out-measure');
    expect(fence.keys.some((key) => key.startsWith('fix-stone'))).toBe(false);
    const knock = await firstFive('repair', 'Knock through the wall between kitchen and dining room', '');
    expect(knock.keys.some((key) => key.startsWith('fix-stone'))).toBe(false);
  });

  it('changes a lock cylinder by measuring it, the same size bought, swapped and tested with the door open — no breaker', async () => {
    const ru = await firstFive('repair', 'Поменять личинку замка во входной двери', '', 'ru');
    expect(ru.keys).toEqual(['fix-lock-measure', 'fix-lock-buy', 'fix-lock-swap', 'fix-lock-test', 'fix-lock-keys']);
    expect(ru.text).not.toMatch(/автомат в щитке|перекрывается вода/);
    const en = await firstFive(
      'repair',
      'Change the locks on our front door',
      "We just moved in and don't know who has keys.",
    );
    expect(en.keys[0]).toBe('fix-lock-measure');
    expect(en.text).toMatch(/anti-snap|snapping/);
    // A sagging cupboard door keeps its hinge steps.
    const hinge = await firstFive('repair', 'Fix the cupboard door that sags', 'The hinge is loose.');
    expect(hinge.keys[0]).toBe('fix-hinge-adjust');
    expect(hinge.keys.some((key) => key.startsWith('fix-lock'))).toBe(false);
  });

  it('gives a leaking roof a leak traced from below and the climb decided — not a water valve or a breaker', async () => {
    const en = await firstFive(
      'repair',
      'Stop the roof leaking over the spare bedroom',
      'Old bungalow, the stain on the ceiling grows every storm. I live alone.',
    );
    expect(en.keys.slice(0, 2)).toEqual(['fix-roof-find', 'fix-roof-climb']);
    expect(en.keys).not.toContain('fix-03');
    const ru = await firstFive(
      'repair',
      'Залатать кровлю на доме',
      'После ливня капает в прихожей, шифер старый.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fix-roof-find');
    expect(ru.keys).not.toContain('fix-03');
    // A shed roof keeps the outdoor path, and a lid is no roof.
    const shed = await firstFive('repair', 'Re-felt the shed roof', 'The felt has split.');
    expect(shed.keys.some((key) => key.startsWith('fix-roof-'))).toBe(false);
    const lid = await firstFive('repair', 'Починить крышку кастрюли', 'Отвалилась ручка.', 'ru');
    expect(lid.keys.some((key) => key.startsWith('fix-roof-'))).toBe(false);
  });

  it('gives rotten steps someone walks on a safe fix today and new treads — never filler', async () => {
    const ru = await firstFive(
      'repair',
      'Поменять прогнившие ступени на крыльце у мамы',
      'Нижняя ступенька трухлявая, мама на ней оступилась.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fix-rotstep-safe');
    expect(ru.keys).toContain('fix-rotstep-decide');
    expect(ru.keys).not.toContain('fix-rot-kit');
    expect(ru.keys).not.toContain('fix-rot-repair');
    expect(ru.keys).not.toContain('fix-rot-probe');
    const en = await firstFive('repair', 'Repair the rotten porch steps', 'My dad nearly put his foot through one.');
    expect(en.keys[0]).toBe('fix-rotstep-safe');
    expect(en.keys).not.toContain('fix-rot-kit');
    // A rotten door sill keeps the resin repair.
    const sill = await firstFive('repair', 'Fix the rotten door sill', 'One corner of the back door sill is soft.');
    expect(sill.keys[0]).toBe('fix-rot-probe');
    expect(sill.keys).toContain('fix-rot-kit');
    expect(sill.keys).not.toContain('fix-rotstep-safe');
  });

  it('gives a squeaky door its hinge oiled and the pin cleaned — not a model sticker, a stop valve or a breaker', async () => {
    const en = await firstFive(
      'repair',
      'Stop the hallway door squeaking',
      'Every time it opens the whole flat hears it.',
    );
    expect(en.keys[0]).toBe('fix-squeak-find');
    expect(en.keys).toContain('fix-squeak-oil');
    expect(en.keys).not.toContain('fix-02');
    expect(en.keys).not.toContain('fix-03');
    const ru = await firstFive(
      'repair',
      'Сделать, чтобы дверь на кухню не скрипела',
      'Петли скрипят на весь дом.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fix-squeak-find');
    expect(ru.keys).not.toContain('fix-hinge-adjust');
    expect(ru.keys).not.toContain('fix-03');
    // A sagging cupboard door keeps the hinge adjustment.
    const cupboard = await firstFive('repair', 'Fix the sagging cupboard doors', "They don't close flush any more.");
    expect(cupboard.keys[0]).toBe('fix-hinge-adjust');
    expect(cupboard.keys).not.toContain('fix-squeak-find');
  });

  it('keeps a smoking or cracked stove unlit until a stove-maker has seen it — never a video and the generic repair steps', async () => {
    const ru = await firstFive(
      'repair',
      'Отремонтировать печку на даче',
      'Печка стала дымить в комнату, сбоку пошла трещина. Сам печей не клал.',
      'ru',
    );
    expect(ru.keys).toEqual(STOVE);
    expect(ru.text).toContain('датчик угарного газа');
    expect(ru.text).toContain('не перекладывают по одному видео');
    const en = await firstFive(
      'repair',
      'Sort out the brick stove in our cottage',
      'It puffs smoke back into the room and there is a crack in the firebox.',
    );
    expect(en.keys).toEqual(STOVE);
    // It is a safety net: a stove goal the person filed elsewhere still gets it.
    const home = await firstFive('home', 'Починить печку в бане', 'Дымит при растопке.', 'ru');
    expect(home.keys[0]).toBe('fix-stovef-stop');
    // A smoking car or a microwave is no stove, and an ordinary repair keeps its path.
    const car = await firstFive(
      'repair',
      'Разобраться, почему дымит машина',
      'Из выхлопной трубы идёт сизый дым.',
      'ru',
    );
    expect(car.keys).not.toContain('fix-stovef-stop');
    const tap = await firstFive('repair', 'Fix the dripping bathroom tap', 'It drips all night.');
    expect(tap.keys).not.toContain('fix-stovef-stop');
    expect(tap.keys).toContain('fix-04');
  });

  it('gives a well pump the power off, never alone, the cause and its own figures — not fence or wiring steps', async () => {
    const en = await firstFive(
      'repair',
      'Swap out the old pump in our borehole',
      "Water pressure keeps fading. I've rebuilt fences and fixed the truck, but I've never done anything electrical out there.",
    );
    expect(en.keys).toEqual(WELL);
    expect(en.text).toMatch(/never work on the well alone/);
    const ru = await firstFive(
      'repair',
      'Заменить глубинный насос',
      'Вода из скважины идёт слабым напором, насос старый. Забор и машину чинил сам, а в электрике не разбираюсь.',
      'ru',
    );
    expect(ru.keys).toEqual(WELL);
    expect(ru.keys).not.toContain('fix-out-measure');
    // A fence job keeps the fence steps.
    const fence = await firstFive('repair', 'Replace two fence panels', 'The storm knocked them down.');
    expect(fence.keys).not.toContain('fix-well-safe');
    expect(fence.keys).toContain('fix-out-measure');
  });

  it("claims riding someone else's motorbike like one's own, whatever area was tapped", async () => {
    const title = "Learn to ride my brother's motorbike so I can get to college";
    const text = "I can ride a bicycle but I'm scared of the trucks on the main road.";
    for (const taps of [
      ['Learning a skill', 'Just starting'],
      ['Repairs', 'Just starting'],
      ['Something else', 'Just starting'],
    ]) {
      const en = await tap('skill', title, text, 'en', taps);
      expect(en.keys[0], taps[0]).toBe('skill-risky-teacher');
      expect(en.keys.filter((key) => solo.has(key))).toEqual([]);
    }
    const ru = await firstFive('repair', 'Научиться ездить на мотоцикле брата', 'Брат уехал на заработки.', 'ru');
    expect(ru.keys[0]).toBe('skill-risky-teacher');
    // Fixing the brother's motorbike stays a repair.
    const fix = await firstFive('repair', "Fix my brother's motorbike", "It won't start after the winter.");
    expect(fix.keys.some(isRisky)).toBe(false);
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
    // grout with no floor named (`wet_seal`) gets the shower's own how-to, not the floor-and-bath one.
    expect(grout.keys).toContain('fix-seal-video');
    expect(grout.keys).not.toContain('fix-tswap-look');
  });

  it('fixes a drawer off its runners without a model number or a stop valve', async () => {
    const en = await tap(
      'repair',
      'fix the drawer that keeps falling off its runners',
      'Kitchen, the one with all the cutlery.',
      'en',
      ['A drawer'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['fix-drawer-look', 'fix-drawer-fix', 'fix-drawer-new']);
    expect(en.keys).not.toContain('fix-02');
    expect(en.keys).not.toContain('fix-03');
    const ru = await tap(
      'repair',
      'Починить ящик на кухне',
      'Ящик выпадает из направляющих, когда его выдвигаешь.',
      'ru',
      ['Ящик'],
    );
    expect(ru.keys[0]).toBe('fix-drawer-look');
    expect(ru.keys).not.toContain('fix-03');
    // A sagging cupboard door keeps its hinge steps.
    const near = await tap(
      'repair',
      'Fix the sagging cupboard doors',
      "Two kitchen cupboard doors don't close flush.",
      'en',
      ['Adjusting'],
    );
    expect(near.keys).toContain('fix-hinge-adjust');
    expect(near.keys).not.toContain('fix-drawer-look');
  });

  it('patches a hole in plasterboard by its size, not by a brand and model', async () => {
    const en = await tap(
      'repair',
      'patch the hole in the hallway wall',
      'Door handle went straight through the plasterboard. Rented house, never used filler in my life.',
      'en',
      ['A hole'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['fix-hole-look', 'fix-hole-kit', 'fix-hole-patch']);
    expect(en.keys).not.toContain('fix-02');
    const ru = await tap('repair', 'Заделать дыру в стене', 'Ручка двери пробила гипсокартон в коридоре.', 'ru', [
      'Дыра',
    ]);
    expect(ru.keys[0]).toBe('fix-hole-look');
    expect(ru.keys).not.toContain('fix-02');
    // A leaking tap keeps the model and the part.
    const near = await tap(
      'repair',
      'Fix the leaking kitchen tap',
      "It drips all night and I've never done any plumbing.",
      'en',
    );
    expect(near.keys).toContain('fix-02');
    expect(near.keys).not.toContain('fix-hole-look');
  });

  it('lays one sheet of linoleum — the base, the rested roll, the trim — with no grout or sealant test strip', async () => {
    const ru = await tap(
      'repair',
      'Постелить линолеум на кухне самой',
      'Живу одна, старый линолеум вздулся и порвался у плиты. Кухня 7 метров, хрущёвка, пол вроде ровный, но что под линолеумом — неизвестно. Мастер просит 8 тысяч только за работу, хочу сама. Из инструментов только нож и рулетка.',
      'ru',
      ['Затирка'],
    );
    expect(ru.keys).toContain('fix-lino-base');
    expect(ru.keys).not.toContain('fix-surf-test');
    const en = await tap('repair', 'Lay new lino in the kitchen', 'The old lino is torn by the cooker.', 'en', [
      'Grout',
    ]);
    expect(en.keys).toContain('fix-lino-base');
    expect(en.keys).not.toContain('fix-surf-test');
    // Re-grouting keeps its test strip.
    const grout = await tap('repair', 'Regrout the shower', 'The grout is black and cracked.', 'en', ['Grout']);
    // grout with no floor named gets the shower's own test joint (`wet_seal`).
    expect(grout.keys).toContain('fix-seal-test');
    expect(grout.keys).not.toContain('fix-lino-base');
  });

  it('gets a car ready for winter as servicing — battery and fluids, never the water valve and the breaker', async () => {
    const ru = await tap(
      'repair',
      'подготовить ладу к зиме самому',
      'масло поменять, аккумулятор проверить, гараж у отца есть',
      'ru',
      ['Обслуживание'],
    );
    expect(ru.keys).toContain('fix-svc-spec');
    expect(ru.keys).toContain('fix-svc-battery');
    expect(ru.keys).not.toContain('fix-03');
    expect(ru.text).not.toMatch(/перекрывается вода/);
    const en = await tap(
      'repair',
      'Get my car ready for winter myself',
      'Change the oil and check the battery.',
      'en',
      ['Servicing'],
    );
    expect(en.keys).toContain('fix-svc-battery');
    expect(en.keys).not.toContain('fix-03');
    // An oil change with no winter named: servicing, no battery and winter fluids.
    const oil = await tap('repair', 'Change the oil in my car', 'First time doing it myself.', 'en', ['Servicing']);
    expect(oil.keys).toContain('fix-svc-spec');
    expect(oil.keys).not.toContain('fix-svc-battery');
  });

  it('gets an old sewing machine going with oil and its clutch — never the water stop valve or the breaker', async () => {
    const en = await tap(
      'repair',
      "Get my grandad's old Singer sewing machine working again",
      "It's a 1950s hand-crank one he left me and it's been in my shed in Manchester for years. The wheel turns but the needle doesn't go down, and there's rust on the plate. I'm 31 and I've never fixed anything bigger than a plug, but I'd love to use it to take up my own trousers.",
      'en',
    );
    expect(en.keys).toContain('fix-sew-free');
    expect(en.keys).not.toContain('fix-03');
    expect(en.text).toMatch(/clutch knob/);
    const ru = await tap(
      'repair',
      'Починить бабушкину швейную машинку Зингер',
      'Ручная, маховик крутится, а игла не опускается.',
      'ru',
    );
    expect(ru.keys).toContain('fix-sew-free');
    expect(ru.keys).not.toContain('fix-03');
    // A leaking tap keeps the stop valve.
    const taps = await tap(
      'repair',
      'Fix the leaking kitchen tap',
      "It drips all night and I've never done any plumbing.",
      'en',
    );
    expect(taps.keys).toContain('fix-03');
    expect(taps.keys).not.toContain('fix-sew-free');
  });

  it('plans a whole-house rewire with the electrician — no breaker reset or one socket taped over', async () => {
    const ru = await tap(
      'repair',
      'Поменять проводку в деревенском доме',
      'Дом бабушкин, в деревне под Костромой, 1968 года. Проводка алюминиевая, пробки выбивает, если включить чайник и обогреватель вместе. Мне 41, по дому всё делаю сам, но с электрикой дела не имел, а электрика из райцентра не дозовёшься. Хочу успеть к октябрю, чтобы жить там зимой.',
      'ru',
      ['Неисправна'],
    );
    expect(ru.keys[0]).toBe('fix-rewire-plan');
    expect(ru.keys).toContain('fix-elec-pro');
    expect(ru.keys).toContain('fix-rewire-load');
    expect(ru.keys).not.toContain('fix-elec-check');
    expect(ru.keys).not.toContain('fix-elec-meanwhile');
    expect(ru.text).toMatch(/Чайник ИЛИ обогреватель|чайник и обогреватель одновременно/);
    const en = await tap(
      'repair',
      'Rewire our old cottage',
      'Aluminium wiring from the sixties; the fuses blow when the kettle and the heater are on together.',
      'en',
      ['A faulty socket'],
    );
    expect(en.keys[0]).toBe('fix-rewire-plan');
    expect(en.keys).not.toContain('fix-elec-check');
    // One faulty socket keeps the board check and the tape over it.
    const socket = await tap('repair', 'Fix the socket in the kitchen', 'It sparks when I plug the kettle in.', 'en', [
      'A faulty socket',
    ]);
    expect(socket.keys).toContain('fix-elec-check');
    expect(socket.keys).toContain('fix-elec-meanwhile');
    expect(socket.keys).not.toContain('fix-rewire-plan');
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

  it('leaves old fibro or asbestos-cement sheets alone until tested, and asks the council before a shed becomes a home', async () => {
    const en = await tap(
      'repair',
      'Turn the old garage into a granny flat for my dad',
      'The garage was built in the 70s and is lined with fibro sheets. We want a bedroom and a small shower room in there by spring.',
      'en',
      ['Repairs and DIY', 'Just starting'],
    );
    expect(en.keys.slice(0, 4)).toEqual(['fix-asb-test', 'fix-asb-remove', 'fix-conv-permit', 'fix-conv-survey']);
    expect(en.text).toContain('licensed');
    const ru = await tap(
      'repair',
      'Перекрыть крышу сарая, там старый шифер',
      'Шифер весь в трещинах, хочу снять и положить профнастил.',
      'ru',
      ['Ремонт и починка'],
    );
    expect(ru.keys[0]).toBe('fix-asb-test');
    expect(ru.keys).toContain('fix-asb-remove');
    expect(ru.text).toContain('асбест');
    // A felt shed roof names no old sheets and keeps its old path.
    const felt = await firstFive('repair', 'Re-felt the shed roof', 'The felt has torn and it drips onto the mower.');
    expect(felt.keys.some((key) => key.startsWith('fix-asb-'))).toBe(false);
    expect(felt.keys.some((key) => key.startsWith('fix-conv-'))).toBe(false);
  });

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

  it('leaves a garage door spring to a technician — the door made safe, never a video or a kit to wind it', async () => {
    const en = await tap(
      'repair',
      'Get the garage door working again',
      'One of the springs above it went with a bang and the opener just hums. A friend lent me his winding bars.',
      'en',
      ['Repairs and DIY'],
    );
    expect(en.keys).toEqual(GSPRING);
    expect(en.text).toContain('garage door technicians');
    for (const key of GENERIC_FIX) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'repair',
      'Починить подъёмные ворота в гараже',
      'Лопнула пружина на воротах, хочу сам поставить новую торсионную, инструмент есть.',
      'ru',
      ['Ремонт и починка'],
    );
    expect(ru.keys).toEqual(GSPRING);
    expect(ru.text).toContain('мастеров по гаражным воротам');
    // A squeaky garage door keeps the hinge's own steps.
    const near = await tap('repair', 'Stop the garage side door squeaking', 'The hinges creak every time.', 'en', [
      'A squeaky door',
    ]);
    expect(near.keys[0]).toBe('fix-squeak-find');
    expect(near.keys.some((key) => key.startsWith('fix-gspring') || key.startsWith('fix-sprung'))).toBe(false);
  });

  it('keeps other parts that store energy — car springs and struts, strained wire — for those with the kit', async () => {
    const en = await tap(
      'repair',
      'Swap the coil springs on my old pickup',
      'I picked up a pair of hand spring compressors and want to do it on the driveway this weekend.',
      'en',
      ['Repairs and DIY'],
    );
    expect(en.keys).toEqual(SPRUNG);
    for (const key of GENERIC_FIX) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'repair',
      'Поменять передние стойки на машине',
      'Стучит подвеска, купил стяжки пружин, хочу сделать сам в гараже.',
      'ru',
      ['Ремонт и починка'],
    );
    expect(ru.keys).toEqual(SPRUNG);
    expect(ru.text).toContain('стационарная стяжка');
    // A washing machine's dampers store nothing that maims.
    const near = await tap('repair', 'Fix the washing machine shock absorbers', 'It jumps around on the spin.', 'en', [
      'A broken household appliance',
    ]);
    expect(near.keys.some((key) => key.startsWith('fix-sprung'))).toBe(false);
  });

  it('re-plasters an earth wall with earth — the cause, a local mix tried on the wall — no model, valve or cattle gap', async () => {
    const en = await tap(
      'repair',
      'Patch the cob walls of our cottage',
      'Big pieces of the old clay plaster fell off over winter. The old folk used to mix in cow dung.',
      'en',
      ['Repairs and DIY'],
    );
    expect(en.keys).toEqual(EARTH);
    expect(en.text).toContain('not cement');
    expect(en.keys).not.toContain('fix-stock-gap');
    const ru = await tap(
      'repair',
      'Обмазать глиной стены мазанки',
      'Штукатурка за лето осыпалась, внизу стена сырая, раньше этим занималась бабушка.',
      'ru',
      ['Ремонт и починка'],
    );
    expect(ru.keys).toEqual(EARTH);
    for (const key of GENERIC_FIX) expect(ru.keys).not.toContain(key);
    // A fence the cows broke keeps the barrier for the animals.
    const near = await tap('repair', 'Mend the fence the cows pushed over', 'Two panels are flat.', 'en', []);
    expect(near.keys).toContain('fix-stock-gap');
    expect(near.keys.some((key) => key.startsWith('fix-earth'))).toBe(false);
  });

  it('gets a swollen or hot-on-charge lithium battery outside and to a shop — never a video to fix it alone', async () => {
    const BATTERY = ['fix-batt-out', 'fix-batt-dispose', 'fix-batt-label', 'fix-batt-shop', 'fix-batt-rules'];
    const en = await tap(
      'repair',
      'Get my e-bike going again',
      "The battery is bulging and it's hot on charge; I'd like to swap the cells myself.",
      'en',
      ['None'],
    );
    expect(en.keys).toEqual(BATTERY);
    const ru = await tap(
      'repair',
      'Починить гироскутер',
      'Аккумулятор вздулся, при зарядке сильно греется, хочу перепаять сам.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys).toEqual(BATTERY);
    expect(ru.texts[0]).toMatch(/112/);
    // The net claims a title read as another building kind.
    const claimed = await tap(
      'skill',
      'Replace my phone’s swollen battery myself',
      "It's a three-year-old Android and the back is lifting.",
      'en',
      ['None'],
    );
    expect(claimed.keys[0]).toBe('fix-batt-out');
    for (const key of HOUSE_SAFETY) expect(claimed.keys).not.toContain(key);
    // An electric scooter with no sign on its pack keeps its repair, with the charging rules beside it.
    const brakes = await tap('repair', 'Fix the brakes on my electric scooter', 'The rear brake squeals.', 'en', [
      'None',
    ]);
    expect(brakes.keys).toContain('fix-eride-charge');
    expect(withPrefix(brakes.keys, 'fix-batt')).toEqual([]);
    // A swollen door is no battery.
    const near = await tap('repair', 'Fix the swollen bathroom door', 'It sticks since the damp winter.', 'en', [
      'None',
    ]);
    expect(withPrefix(near.keys, 'fix-batt')).toEqual([]);
    expect(near.keys).not.toContain('fix-eride-charge');
  });

  it('plans a wheelchair ramp by its slope, landings, grip and supports — no brand and model, no stop valve', async () => {
    const en = await tap(
      'repair',
      'Build a wheelchair ramp to our back door',
      'My wife uses a wheelchair since her stroke; three steps, about 50 cm.',
      'en',
      ['None'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['fix-ramp-rise', 'fix-ramp-plan', 'fix-ramp-grip']);
    for (const key of HOUSE_SAFETY) expect(en.keys).not.toContain(key);
    const ru = await tap('repair', 'Сварить пандус на крыльцо', 'Маме 80, она на коляске, крыльцо высокое.', 'ru', [
      'Ничего',
    ]);
    expect(ru.keys[0]).toBe('fix-ramp-rise');
    expect(ru.keys).toContain('fix-ramp-grip');
    expect(ru.texts[0]).toMatch(/1:12/);
    // A skateboard ramp is no access ramp.
    const near = await tap('repair', 'Build a mini skate ramp in the garage', 'A quarter pipe from plywood.', 'en', [
      'None',
    ]);
    expect(withPrefix(near.keys, 'fix-ramp')).toEqual([]);
  });

  it('makes broken window glass safe and covered, then measured and fitted — a glazier where a ladder is needed', async () => {
    const en = await tap(
      'repair',
      'Reglaze the cracked pane in the back door',
      "A football went through it yesterday; I'm 68.",
      'en',
      ['None'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['fix-glass-safe', 'fix-glass-cover']);
    expect(en.keys).toContain('fix-glass-who');
    for (const key of HOUSE_SAFETY) expect(en.keys).not.toContain(key);
    const ru = await tap('repair', 'Вставить стекло в раму на веранде', 'Стекло треснуло от мороза, дует.', 'ru', [
      'Ничего',
    ]);
    expect(ru.keys[0]).toBe('fix-glass-safe');
    expect(ru.keys).not.toContain('fix-03');
    // A window painted shut keeps its own path.
    const near = await tap('repair', 'Fix the sticking sash window', "It's been painted shut for years.", 'en', [
      'A window',
    ]);
    expect(near.keys[0]).toBe('fix-sash-look');
    expect(withPrefix(near.keys, 'fix-glass')).toEqual([]);
  });

  it('lays a concrete apron from where the water comes from, the buried lines, the slope and the layers', async () => {
    const APRON = ['fix-apron-water', 'fix-apron-lines', 'fix-apron-plan', 'fix-apron-form', 'fix-apron-pour'];
    const en = await tap(
      'repair',
      'Pour a concrete apron around the house',
      'Water pools against the foundation every spring.',
      'en',
      ['None'],
    );
    expect(en.keys).toEqual(APRON);
    const ru = await tap('repair', 'Залить отмостку у дачного дома', 'Весной под домом лужи, цоколь мокрый.', 'ru', [
      'Ничего',
    ]);
    expect(ru.keys).toEqual(APRON);
    // A slab for a shed is no apron.
    const near = await tap(
      'repair',
      'Lay a concrete base for the shed',
      'A 3 by 2 metre slab at the end of the garden.',
      'en',
      ['None'],
    );
    expect(withPrefix(near.keys, 'fix-apron')).toEqual([]);
  });

  it('replaces soft deck boards over sound joists — not a sill resin repair or a grout test', async () => {
    const en = await tap(
      'repair',
      'Swap out the soft decking boards by the back door',
      'Four boards flex when you step on them; we have people over in three weeks.',
      'en',
      ['Rotten', 'Grout'],
    );
    expect(en.keys.slice(0, 4)).toEqual(DECK);
    for (const key of [...SILL, 'fix-surf-test', 'fix-surf-video']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'repair',
      'Поменять прогнившие доски на террасе',
      'Три доски у входа прогибаются, летом приедут гости.',
      'ru',
      ['Гнилое', 'Затирка'],
    );
    expect(ru.keys[0]).toBe('fix-deck-probe');
    expect(ru.texts[0]).toMatch(/лаг/);
    for (const key of SILL) expect(ru.keys).not.toContain(key);
    // A rotten window sill keeps the sill's probe, and oiling a deck replaces no boards.
    const sill = await tap('repair', 'Fix the rotten window sill', 'The paint cracked and the wood is soft.', 'en', [
      'Rotten',
    ]);
    expect(sill.keys[0]).toBe('fix-rot-probe');
    const oil = await tap('repair', 'Oil the deck boards before summer', 'They have gone grey.', 'en', ['Grout']);
    expect(oil.keys.filter((key) => key.startsWith('fix-deck'))).toEqual([]);
  });

  it('replaces broken polycarbonate sheets the right way round — no water valve, breaker or wall to drill', async () => {
    const en = await tap(
      'repair',
      'Replace the cracked polycarbonate on our carport',
      'A branch came down in the storm and split two sheets.',
      'en',
      ['None'],
    );
    expect(en.keys.filter((key) => key.startsWith('fix-poly'))).toEqual(POLY);
    for (const key of HOUSE_CHECKS) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'repair',
      'Перекрыть теплицу новым поликарбонатом',
      'Старый пожелтел и потрескался, рассаду сажать в мае.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys).toContain('fix-poly-fit');
    expect(ru.text).toMatch(/термошайб/);
    for (const key of HOUSE_CHECKS) expect(ru.keys).not.toContain(key);
    // A fence panel keeps the outdoor steps, and the button names a greenhouse too.
    const fence = await tap('repair', 'Replace the broken fence panel', 'It blew down last night.', 'en', ['A fence']);
    expect(fence.asked[0]?.choices).toContain('A fence, shed roof or greenhouse');
    expect(fence.keys).toContain('fix-out-measure');
    expect(fence.keys.filter((key) => key.startsWith('fix-poly'))).toEqual([]);
  });

  it('gives one new light in a home with aluminium wiring the electrician and the aluminium — no whole-house rewire', async () => {
    const en = await tap(
      'repair',
      'Put up a new ceiling light in the hallway',
      'The bungalow is from 1971 and still has its aluminium wiring.',
      'en',
      ['A new light'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['fix-elec-pro', 'fix-elec-alu']);
    for (const key of REWIRE) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'repair',
      'Поставить новый светильник в спальне',
      'Квартира в хрущёвке, проводка алюминиевая, старый плафон уже сняли.',
      'ru',
      ['Новая люстра'],
    );
    expect(ru.keys).toContain('fix-elec-alu');
    expect(ru.texts[ru.keys.indexOf('fix-elec-alu')]).toMatch(/алюмини/);
    for (const key of REWIRE) expect(ru.keys).not.toContain(key);
    // Aluminium wiring with fuses blowing and nothing new to fit is still the rewire.
    const rewire = await tap(
      'repair',
      'Make the old wiring safe',
      'Aluminium wiring from the sixties; the fuses blow when the kettle and the heater are on together.',
      'en',
      ['A faulty socket'],
    );
    expect(rewire.keys[0]).toBe('fix-rewire-plan');
    expect(rewire.keys).not.toContain('fix-elec-alu');
  });

  it('reads a stove pipe that blows smoke back into the room as a smoking stove — no video or house checks', async () => {
    const en = await tap(
      'repair',
      'Stop the stove pipe blowing smoke back into the kitchen',
      'Every windy evening the smoke comes back down the pipe.',
      'en',
    );
    expect(en.keys).toContain('fix-stovef-check');
    for (const key of HOUSE_CHECKS) expect(en.keys).not.toContain(key);
    const ru = await tap('repair', 'Разобраться, почему печку задувает', 'При ветре дым идёт обратно в дом.', 'ru');
    expect(ru.keys).toContain('fix-stovef-check');
    for (const key of HOUSE_CHECKS) expect(ru.keys).not.toContain(key);
    // A cooker hood is no stove.
    const hood = await tap('repair', 'Fix the cooker hood', "The fan runs but it doesn't pull the steam out.", 'en');
    expect(hood.keys.filter((key) => key.startsWith('fix-stovef'))).toEqual([]);
  });

  it('weighs covering against scraping a textured ceiling, readies the room and tries a wet patch — no model or breaker', async () => {
    const en = await tap(
      'repair',
      'Take the popcorn ceiling off in the bedroom',
      'The house was built in 1985; we want the ceiling flat and painted.',
      'en',
      ['Removing a textured'],
    );
    // The asbestos net keeps its test first; the texture's own steps follow.
    expect(en.keys.slice(0, 2)).toEqual(['fix-asb-test', 'fix-asb-remove']);
    expect(en.keys).toContain('fix-tex-way');
    expect(en.keys).toContain('fix-tex-patch');
    for (const key of PART_TEMPLATE) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'repair',
      'Снять шубу с потолка в коридоре',
      'Старая штукатурка шуба, хочу ровный потолок под покраску.',
      'ru',
      ['Снять рельефную'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['fix-tex-way', 'fix-tex-prep', 'fix-tex-patch']);
    expect(ru.text).toMatch(/никогда не скобли всухую/);
    for (const key of PART_TEMPLATE) expect(ru.keys).not.toContain(key);
    // A plain ceiling to paint keeps the painting path.
    const near = await tap('repair', 'Paint the living room ceiling', "It's gone yellow over the years.", 'en', [
      'Painting',
    ]);
    expect(near.keys[0]).toBe('fix-paint-choose');
    expect(withPrefix(near.keys, 'fix-tex-')).toEqual([]);
  });

  it('swaps a bath for a shower tray from the drain and the fall, the heavy bath out, one waterproofing system and a flood test', async () => {
    const ru = await tap(
      'repair',
      'Сделать душ вместо ванны',
      'Маме тяжело перешагивать через борт, хочу поддон и стеклянную шторку, плитку кладу сам.',
      'ru',
      ['Душевой поддон'],
    );
    expect(ru.keys.slice(0, 4)).toEqual([
      'fix-shower-drain',
      'fix-shower-bath',
      'fix-shower-membrane',
      'fix-shower-flood',
    ]);
    expect(withPrefix(ru.keys, 'fix-surf-')).toEqual([]);
    const en = await tap(
      'repair',
      'Swap our bath for a walk-in shower',
      "Dad can't step over the side any more; I've tiled before but never waterproofed anything.",
      'en',
      ['A bath swapped'],
    );
    expect(en.keys[0]).toBe('fix-shower-drain');
    expect(en.keys).toContain('fix-shower-flood');
    expect(en.keys).not.toContain('fix-surf-test');
    // Grout in the shower keeps its test patch.
    const near = await tap('repair', 'Regrout the shower', 'The grout has gone black in places.', 'en', ['Grout']);
    // grout with no floor named gets the shower's own test joint (`wet_seal`).
    expect(near.keys).toContain('fix-seal-test');
    expect(withPrefix(near.keys, 'fix-shower-')).toEqual([]);
  });

  it('drains a split water tank below the crack, finds its plastic and the repair, stops the crack and refills slowly', async () => {
    const en = await tap(
      'repair',
      'Patch the crack in our poly tank',
      'It catches the roof water for the garden and the house, and the crack is low down.',
      'en',
      ['A cracked or leaking'],
    );
    expect(en.keys.slice(0, 4)).toEqual(['fix-tank-drain', 'fix-tank-plastic', 'fix-tank-stop', 'fix-tank-test']);
    for (const key of PART_TEMPLATE) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'repair',
      'Заделать трещину в пластиковой бочке',
      'Бочка для воды на даче, течёт снизу.',
      'ru',
      ['Треснула'],
    );
    expect(ru.keys[0]).toBe('fix-tank-drain');
    expect(ru.keys).not.toContain('fix-03');
    // A toilet cistern is no water tank.
    const near = await tap(
      'repair',
      'Fix the toilet cistern that keeps running',
      'It refills every few minutes.',
      'en',
    );
    expect(withPrefix(near.keys, 'fix-tank-')).toEqual([]);
    expect(near.keys).toContain('fix-02');
  });

  it('writes to a landlord about mould only when the home is rented, and airs a windowless room through its fan', async () => {
    const ru = await tap(
      'repair',
      'Избавиться от плесени на потолке в ванной',
      'Хочу сам всё отмыть и перекрасить, окна там нет.',
      'ru',
      ['Возвращается плесень'],
    );
    expect(ru.keys).toEqual(['fix-damp-photos', 'fix-damp-fan', 'fix-damp-cause', 'fix-damp-clean', 'fix-damp-paint']);
    const en = await tap(
      'repair',
      'Get rid of the black mould on the bathroom ceiling',
      "I'm doing it myself this summer; the room has no window.",
      'en',
      ['Mould'],
    );
    expect(en.keys).toContain('fix-damp-fan');
    for (const key of ['fix-damp-landlord', 'fix-damp-follow', 'fix-damp-air']) expect(en.keys).not.toContain(key);
    // A renter keeps the landlord in writing and the window step.
    const near = await tap(
      'repair',
      'Get rid of the mould in the bathroom',
      "We rent, and the landlord still hasn't fixed the extractor fan.",
      'en',
      ['Mould'],
    );
    expect(near.keys.slice(0, 3)).toEqual(['fix-damp-photos', 'fix-damp-landlord', 'fix-damp-air']);
    expect(near.keys).not.toContain('fix-damp-clean');
  });

  it('replaces an exhaust at home: the car held safely, the part, the rusted nuts, the fit — no oil grade, no wiring question', async () => {
    const en = await tap(
      'repair',
      'Fit a new back box on my Corolla',
      "It's blowing and the garage wants too much. I've got a socket set and a jack, did my own oil change last year.",
      'en',
    );
    expect(own(en.keys)).toEqual(['fix-exh-lift', 'fix-exh-part', 'fix-exh-rust', 'fix-04', 'fix-exh-fit']);
    expect(en.text).toMatch(/a jack only lifts/);
    expect(offered(en.asked)).not.toContain('A faulty socket, switch or wiring');
    const ru = await tap(
      'repair',
      'Заменить глушитель на «Ладе» своими руками',
      'Прогорела задняя банка, хомуты все ржавые. Подниму машину за порог и залезу под неё.',
      'ru',
    );
    expect(own(ru.keys).slice(0, 3)).toEqual(['fix-exh-lift', 'fix-exh-part', 'fix-exh-rust']);
    expect(offered(ru.asked)).not.toContain('Гнилое дерево: порог, рама, столб');
    for (const key of ['fix-02', 'fix-03', 'fix-svc-spec']) expect(ru.keys).not.toContain(key);
    // An oil change keeps the service path.
    const near = await tap('repair', 'Change the oil on my car myself', 'A 2015 Focus, never done it before.', 'en', [
      'Servicing',
    ]);
    expect(near.keys).toContain('fix-svc-spec');
    expect(withPrefix(near.keys, 'fix-exh-')).toEqual([]);
  });

  it('puts a barrier across only when animals get through: a trough valve for cattle gets the part, not a fence gap', async () => {
    const en = await tap(
      'repair',
      'Replace the ball valve on the horse trough',
      'It sticks open and floods the paddock every night.',
      'en',
    );
    expect(en.keys).not.toContain('fix-stock-gap');
    expect(en.keys).toContain('fix-02');
    const ru = await tap(
      'repair',
      'Починить поилку для коров',
      'Поплавок не перекрывает воду, всё время переливается.',
      'ru',
    );
    expect(ru.keys).not.toContain('fix-stock-gap');
    // A hedge the sheep push through keeps the barrier first.
    const near = await tap(
      'repair',
      'Mend the hedge at the bottom of the field',
      "There's a gap the neighbour's sheep keep pushing through.",
      'en',
    );
    expect(near.keys).toContain('fix-stock-gap');
  });

  it('tiles outside for frost and wet: the right tile, the base and its fall, the weather, a dry run, safe edges — no shower or grout test', async () => {
    const en = await tap(
      'repair',
      'Retile the front steps',
      "The old tiles have cracked in the frost and they're lethal when wet. Never tiled anything outdoors.",
      'en',
      ['Grout'],
    );
    expect(en.keys).toEqual(['fix-tout-tile', 'fix-tout-base', 'fix-tout-weather', 'fix-tout-lay', 'fix-tout-edge']);
    expect(en.text).not.toMatch(/shower/);
    const ru = await tap(
      'repair',
      'Положить новую плитку на террасе',
      'Терраса бетонная, у дома, старая плитка отвалилась, хочу морозостойкую, чтобы зимой не скользило.',
      'ru',
      ['Затирка'],
    );
    expect(ru.keys[0]).toBe('fix-tout-tile');
    expect(ru.keys).not.toContain('fix-surf-safe');
    expect(ru.keys).not.toContain('fix-surf-test');
    // Grout in the bathroom keeps the indoor precautions and the test patch.
    const near = await tap('repair', 'Regrout the bathroom floor tiles', 'The grout has cracked in places.', 'en', [
      'Grout',
    ]);
    expect(near.keys).toContain('fix-surf-test');
    expect(withPrefix(near.keys, 'fix-tout-')).toEqual([]);
  });

  it('seals draughty windows for the winter as one job — no renovation scope, and a stuck sash keeps its own steps', async () => {
    const ru = await tap('repair', 'Заклеить старые окна на даче до морозов', 'Рамы рассохлись, из щелей дует.', 'ru', [
      'Только начинаю',
    ]);
    expect(ru.keys).toEqual([
      'fix-draught-find',
      'fix-draught-buy',
      'fix-draught-seal',
      'fix-draught-winter',
      'fix-draught-air',
    ]);
    const en = await tap(
      'repair',
      'Insulate the windows in our old flat before winter',
      "They're wooden sash windows and the curtains move when it's windy.",
      'en',
      ['Just starting'],
    );
    expect(en.keys[0]).toBe('fix-draught-find');
    expect(withPrefix(en.keys, 'fix-ren-')).toEqual([]);
    expect(withPrefix(en.keys, 'fix-sash-')).toEqual([]);
    expect(en.text).toMatch(/gas cooker or boiler/);
    // A sash painted shut is freed, not sealed; a balcony to insulate and line is still a renovation.
    const stuck = await tap(
      'repair',
      'Free the sash window that is painted shut',
      'The landlord painted over it.',
      'en',
      ['A window stuck'],
    );
    expect(stuck.keys[0]).toBe('fix-sash-look');
    expect(withPrefix(stuck.keys, 'fix-draught-')).toEqual([]);
    const balcony = await tap('repair', 'Утеплить балкон и обшить вагонкой', 'Хочу сделать из лоджии кабинет.', 'ru', [
      'Только начинаю',
    ]);
    expect(balcony.keys[0]).toBe('fix-ren-scope');
  });

  it('rebuilds a fallen earth wall — what stands made safe, why it fell, earth or blocks — not a fence section and a ladder', async () => {
    const ru = await tap(
      'repair',
      'Восстановить саманный забор',
      'Зимой кусок метра четыре рухнул после оттепели, хочу сделать до лета сам с братом, не знаю, глиной или шлакоблоком.',
      'ru',
      ['Ничего из этого'],
    );
    expect(ru.keys).toEqual(['fix-ewall-safe', 'fix-ewall-why', 'fix-ewall-ask', 'fix-ewall-clear', 'fix-ewall-base']);
    const en = await tap(
      'repair',
      'Rebuild the mud wall round our compound',
      'Part of the mud wall collapsed in the rains and the goats get out.',
      'en',
      ['None of these'],
    );
    expect(en.keys[0]).toBe('fix-ewall-safe');
    expect(withPrefix(en.keys, 'fix-out-')).toEqual([]);
    // A timber fence keeps its steps; cracked mud plaster keeps the plastering path.
    const fence = await tap('repair', 'Replace two fence panels', 'The storm knocked them out, posts are fine.', 'en', [
      'A fence, shed roof',
    ]);
    expect(fence.keys).toContain('fix-out-measure');
    expect(withPrefix(fence.keys, 'fix-ewall-')).toEqual([]);
    const plaster = await tap(
      'repair',
      'Re-plaster the mud walls of our rondavel',
      'The plaster is cracking and falling off.',
    );
    expect(plaster.keys[0]).toBe('fix-earth-look');
  });

  it('fixes a gate with no water valve, breaker or wall to scan first', async () => {
    const en = await tap(
      'repair',
      'Fix the garden gate',
      "It's sagged and scrapes the path; won't latch any more.",
      'en',
      ['Repairs'],
    );
    expect(en.keys).not.toContain('fix-03');
    const ru = await tap('repair', 'Починить калитку', 'Деревянная, провисла и цепляет землю.', 'ru');
    expect(ru.keys).not.toContain('fix-03');
    const near = await tap('repair', 'Fix the dripping kitchen tap', 'It drips all night.');
    expect(near.keys).toContain('fix-03');
  });

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

  describe("repair: a tank's tap, and a gutter rusted through", () => {
    it('fixes the leaking tap, not a split, and replaces the rusted gutter', async () => {
      const en = await tap(
        'repair',
        'Fix the guttering and the rainwater tank',
        "I'm 40, we live outside Madang and all our water comes from the roof into one 9000 litre tank. The gutter on the back side has rusted through and sags, and the tank tap leaks so we lose water every day. Last dry season we ran out for three weeks and had to carry water from the creek. My brother-in-law will lend me his ladder and an old grinder, but I have never done roof work myself.",
        'en',
        ['A gutter'],
      );
      expect(ownSteps(en.keys).slice(0, 2)).toEqual(['fix-tanktap-look', 'fix-tanktap-replace']);
      expect(withPrefix(en.keys, 'fix-tank-')).toEqual([]);
      const ru = await tap(
        'repair',
        'Починить бочку для полива',
        'Кран на бочке подтекает, за ночь уходит полбочки.',
        'ru',
      );
      expect(ownSteps(ru.keys)[0]).toBe('fix-tanktap-look');
      // A split in the tank keeps the split steps.
      const near = await tap(
        'repair',
        'Fix our rainwater tank',
        'The tank has split near the bottom and the tank tap drips too.',
        'en',
        ['A cracked'],
      );
      expect(ownSteps(near.keys)[0]).toBe('fix-tank-drain');
      expect(near.keys).not.toContain('fix-tanktap-look');
    });

    it('gives a rusted-through gutter a new length, and a sagging one its bracket', async () => {
      const full = await tap(
        'repair',
        'Replace the rusted gutter',
        'The gutter over the porch has rusted through in two places and drips on the step. Bungalow, one storey.',
        'en',
        ['A gutter'],
      );
      expect(full.keys).not.toContain('fix-gutter-fix');
      const ru = await tap(
        'repair',
        'Починить желоб',
        'Желоб над крыльцом проржавел насквозь, льёт прямо на ступени. Дом одноэтажный.',
        'ru',
        ['Водосток'],
      );
      expect(ru.keys).not.toContain('fix-gutter-fix');
    });
  });

  it('checks a newly fitted bike chain and the rear cogs instead of oiling it', async () => {
    const en = await tap(
      'repair',
      'my bike chain jumps under load',
      'I put a new chain on last week from a video, but it still slips on the small sprockets when I climb.',
      'en',
      ['A bike repair'],
    );
    expect(en.keys).toContain('fix-bike-newchain');
    expect(en.keys).toContain('fix-bike-cassette');
    expect(en.keys).not.toContain('fix-bike-chain');
    const ru = await tap(
      'repair',
      'перескакивает цепь на велосипеде',
      'Цепь уже поменял сам, а она всё равно проскакивает на маленьких звёздах, когда давлю на педали.',
      'ru',
      ['Ремонт велосипеда'],
    );
    expect(ru.keys).toContain('fix-bike-newchain');
    expect(ru.keys).not.toContain('fix-bike-chain');
    // The old chain: cleaning and oiling it is still the first job.
    const near = await tap(
      'repair',
      'bike gears keep jumping',
      "My old bike's chain skips in the small cogs and it's a bit rusty.",
      'en',
      ['A bike repair'],
    );
    expect(near.keys).toContain('fix-bike-chain');
    expect(near.keys).not.toContain('fix-bike-newchain');
  });

  it('seals a cold house for the winter instead of planning a renovation', async () => {
    const ru = await tap(
      'repair',
      'утеплить квартиру на зиму',
      'В квартире старые деревянные рамы, зимой холодно, денег на новые окна нет.',
      'ru',
    );
    expect(ru.keys).toContain('fix-draught-find');
    expect(ru.keys).not.toContain('fix-ren-scope');
    const en = await tap(
      'repair',
      'insulate the house for winter',
      'Old wooden windows and the bedroom is freezing. No money for new windows.',
      'en',
    );
    expect(en.keys).toContain('fix-draught-find');
    expect(en.keys).not.toContain('fix-ren-scope');
    // A real renovation keeps its scope.
    const near = await tap(
      'repair',
      'утеплить балкон и сделать там кабинет',
      'Хочу обшить балкон и поставить стол.',
      'ru',
    );
    expect(near.keys).not.toContain('fix-draught-find');
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

  it('sends the swap of a gas water heater or boiler to the gas service — no manual checks or reset', async () => {
    const en = await tap(
      'repair',
      'replace our old water heater',
      "It's 18 years old, the pilot keeps going out and sometimes there's a whiff of gas near it. I've bought a new one and want to fit it myself on Saturday.",
      'en',
      ['A boiler or gas appliance fault', 'Just starting'],
    );
    expect(en.keys).toContain('rep-gasswap-book');
    expect(en.keys).not.toContain('fix-gas-check');
    const ru = await tap(
      'repair',
      'заменить газовый котёл в частном доме',
      'Котлу пятнадцать лет, купили новый котёл, хочу поставить сам, чтобы сэкономить.',
      'ru',
      ['Неполадка котла или газовой техники', 'Только начинаю'],
    );
    expect(ru.keys).toContain('rep-gasswap-book');
    expect(ru.keys).not.toContain('fix-gas-check');
    expect(ru.texts.join(' ')).not.toMatch(/перезагрузк/);
    // A boiler that loses pressure, no swap and no smell: its manual's checks stay.
    const near = await tap(
      'repair',
      'fix the boiler',
      'The boiler keeps losing pressure and shows an error code.',
      'en',
      ['A boiler or gas appliance fault', 'Just starting'],
    );
    expect(near.keys).toContain('fix-gas-check');
    expect(near.keys).not.toContain('rep-gasswap-book');
  });

  it('gives a hand pump on a borehole its own steps — no breaker, pressure tank or county records', async () => {
    const en = await tap(
      'repair',
      'repair the village hand pump',
      'Our India Mark pump needs fifty strokes before any water comes in the morning, and the nearest mechanic is far away.',
      'en',
      ['Just starting'],
    );
    expect(en.keys).toEqual(expect.arrayContaining(['rep-hpump-rules', 'rep-hpump-cause']));
    expect(en.keys).not.toContain('fix-well-safe');
    expect(en.texts.join(' ')).not.toMatch(/breaker|pressure tank/i);
    const ru = await tap(
      'repair',
      'починить водоразборную колонку на нашей улице',
      'Колонка качает всё слабее, на ведро уходит сто качаний, соседи носят воду издалека.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['rep-hpump-rules', 'rep-hpump-cause']));
    expect(ru.keys).not.toContain('fix-gas-check');
    expect(ru.keys).not.toContain('fix-well-safe');
    // An electric pump in a borehole: the power-off rules stay.
    const near = await tap(
      'repair',
      'replace the submersible pump in our borehole',
      'The pressure drops and the pump runs all the time.',
      'en',
      ['Just starting'],
    );
    expect(near.keys).toContain('fix-well-safe');
    expect(near.keys).not.toContain('rep-hpump-rules');
  });

  it('gives a leaking riveted boat and its outboard boat steps — no make and model to find, no water valve or breaker', async () => {
    const en = await tap(
      'repair',
      'get our old aluminium dinghy ready for summer',
      'The hull weeps at a few rivets and the outboard starts, then stalls after a minute.',
      'en',
      ['Just starting', 'Just starting'],
    );
    expect(en.keys).toEqual(expect.arrayContaining(['rep-boat-leak', 'rep-boat-motor']));
    expect(en.keys).not.toContain('fix-02');
    expect(en.keys).not.toContain('fix-03');
    const ru = await tap(
      'repair',
      'подготовить моторную лодку к сезону',
      'Лодка «Прогресс» течёт по швам, подвесной мотор плохо заводится.',
      'ru',
      ['Только начинаю', 'Только начинаю'],
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['rep-boat-leak', 'rep-boat-launch']));
    expect(ru.keys).not.toContain('fix-03');
    // A leaking tap, no boat: the home-repair steps stay.
    const near = await tap('repair', 'fix the dripping bathroom tap', 'It drips all night.', 'en', [
      'Just starting',
      'Just starting',
    ]);
    expect(near.keys).not.toContain('rep-boat-leak');
    expect(near.keys).toContain('fix-03');
  });

  it('takes a wall out oneself after the engineer: what is inside it and the kit, no builders quotes', async () => {
    const en = await tap(
      'repair',
      'remove a wall between the lounge and the hall',
      "We'll do it ourselves over two weekends to keep the cost down. Dad has done some building work.",
      'en',
      ['Removing a wall'],
    );
    expect(en.keys).toContain('fix-struct-engineer');
    expect(en.keys).toContain('fix-struct-diy-inside');
    expect(en.keys).not.toContain('fix-struct-quotes');
    expect(en.keys).not.toContain('fix-struct-schedule');
    const ru = await tap(
      'repair',
      'снести стену между кухней и комнатой',
      'Хочу сделать всё своими руками, на бригаду денег нет, дом панельный.',
      'ru',
      ['Снос стены'],
    );
    expect(ru.keys).toContain('fix-struct-engineer');
    expect(ru.keys).toContain('fix-struct-diy-inside');
    expect(ru.keys).not.toContain('fix-struct-quotes');
    // A wall to come out with a builder doing it: the quotes stay.
    const near = await tap(
      'repair',
      'remove a wall between the lounge and the hall',
      'We want one open room and will get a builder in to do the work in the spring.',
      'en',
      ['Removing a wall'],
    );
    expect(near.keys).toContain('fix-struct-quotes');
    expect(near.keys).not.toContain('fix-struct-diy-inside');
  });

  it('plans a clutch or timing belt at home around axle stands, the manual and the parts by VIN', async () => {
    const en = await tap(
      'repair',
      'change the timing belt on my van at home',
      "The garage wants a lot for it. I've only ever changed oil and wipers, a friend will help on Saturday.",
      'en',
      ['Servicing a car'],
    );
    expect(en.keys[0]).toBe('fix-drive-safe');
    expect(en.keys).toContain('fix-drive-parts');
    expect(en.keys).not.toContain('fix-svc-spec');
    expect(en.keys).not.toContain('fix-07');
    const ru = await tap(
      'repair',
      'поменять сцепление самому',
      'Машина старая, в сервисе дорого. Гараж есть, ямы нет, друг обещал помочь.',
      'ru',
      ['Обслуживание машины'],
    );
    expect(ru.keys[0]).toBe('fix-drive-safe');
    expect(ru.keys).not.toContain('fix-svc-spec');
    // An oil change keeps the service path.
    const near = await tap(
      'repair',
      'do my own oil change',
      "I want to stop paying the garage for oil changes on my car. I've got a driveway and some tools.",
      'en',
      ['Servicing a car'],
    );
    expect(near.keys).toContain('fix-svc-spec');
    expect(near.keys).not.toContain('fix-drive-safe');
  });

  it('gives window reveals after new windows their own steps, not a broken part to name', async () => {
    const ru = await tap(
      'repair',
      'сделать откосы самому',
      'Поставили новые окна, откосы не сделаны, дует из-под пены.',
      'ru',
    );
    expect(ru.keys).toContain('fix-reveal-seam');
    expect(ru.keys).not.toContain('fix-01');
    const en = await tap(
      'repair',
      'finish the window reveals myself',
      'We had new windows fitted and the reveals are bare foam.',
      'en',
    );
    expect(en.keys).toContain('fix-reveal-seam');
  });

  it('re-covers a slate roof: no leak tracing, patch or lab sample; a leaking roof to patch keeps them', async () => {
    const ru = await tap(
      'repair',
      'поменять кровлю на доме с мужем',
      'Шифер течёт в двух местах, металлочерепицу уже купили, хотим поменять кровлю сами за лето.',
      'ru',
      ['Протекает'],
    );
    expect(ru.keys).toContain('fix-reroof-measure');
    for (const k of ['fix-roof-find', 'fix-roof-patch', 'fix-asb-test']) expect(ru.keys).not.toContain(k);
    expect(ru.keys).toContain('fix-asb-remove');
    const en = await tap(
      'repair',
      're-roof the bungalow ourselves',
      'The old felt is shot; the new metal sheets are in the garage.',
      'en',
      ['A leaking'],
    );
    expect(en.keys).toContain('fix-reroof-measure');
    expect(en.keys).not.toContain('fix-roof-find');
    const near = await tap(
      'repair',
      'fix the leaking roof',
      'Water comes through the ceiling in the back bedroom when it rains.',
      'en',
      ['A leaking'],
    );
    expect(near.keys).toContain('fix-roof-find');
    expect(near.keys).not.toContain('fix-reroof-measure');
  });

  it('plans a sash re-cording with the kit for someone doing it themselves; otherwise a repairer is asked', async () => {
    const en = await tap(
      'repair',
      'sort out our old sash windows ourselves',
      'Two are painted shut and one drops because a cord snapped. I have a cord kit.',
      'en',
      ['A window stuck'],
    );
    expect(en.keys).toContain('fix-sash-cord');
    expect(en.keys).not.toContain('fix-sash-stay');
    const near = await tap(
      'repair',
      'get the painted shut sash window open',
      'It has been painted shut for years.',
      'en',
      ['A window stuck'],
    );
    expect(near.keys).toContain('fix-sash-stay');
    expect(near.keys).not.toContain('fix-sash-cord');
  });

  it('gives a shower regrout its own how-to, mould and test joint with no floor words; a floor keeps the floor steps', async () => {
    const en = await tap(
      'repair',
      'regrout and reseal round the bath',
      'The silicone has black mould and the grout is crumbling. Never done it.',
      'en',
      ['None'],
    );
    expect(en.keys).toContain('fix-seal-safe');
    expect(en.texts.join(' ')).not.toMatch(/floorboard|one board|sanding|the floor/i);
    const ru = await tap('repair', 'поменять затирку и герметик в душе', 'Затирка крошится, герметик почернел.', 'ru', [
      'Затирка',
    ]);
    expect(ru.keys).toContain('fix-seal-test');
    expect(ru.texts.join(' ')).not.toMatch(/доск|пол[ао]м?\b/i);
    const near = await tap(
      'repair',
      'regrout the kitchen floor tiles',
      'The grout between the floor tiles is cracked.',
      'en',
      ['None'],
    );
    expect(near.keys).not.toContain('fix-seal-safe');
  });

  it('gives a whole bathroom to tile its own steps, not the broken-part template', async () => {
    const ru = await tap(
      'repair',
      'выложить ванную плиткой своими руками',
      'Санузел 2 на 1,6, мастер дорогой, хочу положить плитку в ванной сам за отпуск.',
      'ru',
      ['Только начинаю', 'Положить плитку во всей'],
    );
    expect(ru.keys).toContain('fix-btile-scope');
    expect(ru.keys).not.toContain('fix-02');
    const en = await tap('repair', 'tile the bathroom myself', 'Walls and floor, first time tiling.', 'en', [
      'Just starting',
      'Tiling a whole',
    ]);
    expect(en.keys).toContain('fix-btile-water');
    const near = await tap('repair', 'tile the kitchen splashback', 'Metro tiles behind the hob.', 'en', [
      'Just starting',
      'Tiling a splashback',
    ]);
    expect(near.keys).not.toContain('fix-btile-scope');
  });

  it('gives redoing a bath or shower seal the sealant steps, not a renovation; a kitchen redo keeps the renovation', async () => {
    const en = await tap(
      'repair',
      'redo the caulk round our shower properly',
      'The old caulk has black spots and is lifting at one end. Last time I did it myself it was lumpy. I have a gun and a tube.',
      'en',
      ['None'],
    );
    expect(en.keys).toContain('fix-seal-safe');
    expect(en.keys).not.toContain('fix-ren-scope');
    expect(en.keys).not.toContain('fix-ren-tools');
    const ru = await tap(
      'repair',
      'переделать силикон вокруг ванны самой',
      'Герметик почернел от плесени и отходит в углу, мастера звать не хочу.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys).toContain('fix-seal-safe');
    expect(ru.keys).not.toContain('fix-ren-budget');
    const near = await tap(
      'repair',
      'redo the kitchen this spring',
      'New worktops, paint the cabinet doors and a tiled splashback. Budget about 4k.',
      'en',
      ['None'],
    );
    expect(near.keys).toContain('fix-ren-scope');
  });

  it('ends a whole bathroom to tile on its budget, not a broken part’s photos, with an hour for the practice board', async () => {
    const ru = await tap(
      'repair',
      'положить плитку в ванной своими руками',
      'Старая плитка местами отвалилась, плитку никогда не клал, бюджет тысяч 40 на материалы, сделать хочу в отпуск.',
      'ru',
      ['Положить плитку'],
    );
    expect(ru.keys).toContain('fix-btile-scope');
    expect(ru.keys).toContain('fix-btile-budget');
    expect(ru.keys).not.toContain('fix-01');
    expect(ru.keys).not.toContain('fix-02');
    expect(ru.keys).not.toContain('fix-03');
    const en = await tap(
      'repair',
      'tile our bathroom ourselves this summer',
      'The tiles are cracked and a few fell off. Never tiled before, about 1500 for materials.',
      'en',
      ['Tiling a whole'],
    );
    expect(en.keys).toContain('fix-btile-budget');
    expect(en.keys).not.toContain('fix-01');
    const practice = en.keys.indexOf('fix-btile-practice');
    expect(practice).toBeGreaterThanOrEqual(0);
    expect(en.minutes[practice]).toBeGreaterThanOrEqual(60);
  });

  it('gives a leaking roof with a price out of reach the roof climb split off, never a model sticker; a roof with no price keeps the quotes', async () => {
    const en = await tap(
      'repair',
      'stop the leak in the roof above my daughter’s room',
      'It drips whenever it pours. A roofer quoted me $3,000 which I can’t afford. I can use tools but have a bad knee.',
      'en',
      ['A leaking roof'],
    );
    expect(en.keys).toContain('fix-roof-part');
    expect(en.keys).not.toContain('fix-01');
    expect(en.keys).not.toContain('fix-02');
    expect(en.keys).not.toContain('fix-04');
    const ru = await tap(
      'repair',
      'починить протекающую крышу над кухней',
      'Крыша течёт в сильный дождь, кровельщик насчитал 60 тысяч, таких денег нет. Сам на крыше не работал.',
      'ru',
      ['Протекает крыша'],
    );
    expect(ru.keys).toContain('fix-roof-part');
    expect(ru.keys).not.toContain('fix-01');
    const near = await tap(
      'repair',
      'fix the leaking roof on our bungalow',
      'Water comes in by the chimney when it rains.',
      'en',
      ['A leaking roof'],
    );
    expect(near.keys).not.toContain('fix-roof-part');
    expect(near.keys).toContain('fix-roof-quote');
  });

  it('puts the load rules first for old wiring with a socket that has partly melted', async () => {
    const ru = await tap(
      'repair',
      'заменить проводку в старой квартире',
      'Проводка алюминиевая, при чайнике и микроволновке выбивает пробки, одна розетка в комнате подплавилась.',
      'ru',
      ['Неисправна'],
    );
    expect(ru.keys[0]).toBe('fix-rewire-hot');
    expect(ru.keys).not.toContain('fix-rewire-load');
    const en = await tap(
      'repair',
      'rewire the house before it burns down',
      'The wiring is from the 60s and the kitchen socket has partly melted.',
      'en',
      ['None'],
    );
    expect(en.keys[0]).toBe('fix-rewire-hot');
    const near = await tap(
      'repair',
      'rewire the whole cottage',
      'Old rubber cables and only four sockets downstairs.',
      'en',
      ['None'],
    );
    expect(near.keys).not.toContain('fix-rewire-hot');
    expect(near.keys).toContain('fix-rewire-load');
  });
});
