import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the forty-ninth blind read, fixed in general (helper fix49B)', () => {
  it('gives a power saw its own kit, a whole cord, the guard and riving knife before any cut — not welding or chainsaw kit', async () => {
    const en = await tap(
      'repair',
      'set up the second-hand circular saw',
      "The cable has a split near the plug and the lower guard doesn't spring back. I've never cut anything with one.",
      'en',
      ['Just starting', 'Just starting'],
    );
    expect(en.keys).toEqual(expect.arrayContaining(['skill-pwsaw-space', 'skill-pwsaw-guard']));
    expect(en.keys).not.toContain('skill-hazard-kit');
    expect(en.keys).not.toContain('skill-hazard-first');
    expect(en.texts.join(' ')).not.toMatch(/welding|chainsaw/i);
    const ru = await tap(
      'skill',
      'научиться работать на циркулярке',
      'Досталась от деда циркулярка, шнур потрескался, кожуха на диске нет, сам никогда не пилил.',
      'ru',
      ['Только начинаю', 'Только начинаю'],
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['skill-pwsaw-space', 'skill-pwsaw-guard']));
    expect(ru.keys).not.toContain('skill-hazard-checks');
    expect(ru.texts.join(' ')).not.toMatch(/сварк|бензопил/i);
    // Welding, with no saw: the welding kit stays.
    const near = await tap('skill', 'learn to weld', "I've bought a small MIG welder and never welded before.", 'en', [
      'Just starting',
      'Just starting',
    ]);
    expect(near.keys).toContain('skill-hazard-kit');
    expect(near.keys).not.toContain('skill-pwsaw-guard');
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
});
