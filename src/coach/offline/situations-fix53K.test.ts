import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the fifty-second blind read, its harmful step (lead)', () => {
  it('clears hogweed in full cover with a spade, never pulled by hand; a weedy plot without it keeps its clearing', async () => {
    const ru = await tap(
      'home',
      'привести в порядок дачу, где всё в борщевике',
      'Купили дачу, половина участка в борщевике выше человеческого роста. Хочу весной посадить картошку.',
      'ru',
      ['Привести в порядок'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-sap-cover', 'hz-sap-remove']);
    expect(ru.keys).not.toContain('home-garden-clear');
    expect(ru.keys).not.toContain('home-garden-tools');
    expect(ru.texts.join(' ')).not.toMatch(/выдерни|триммер в прокат/i);
    const en = await tap(
      'home',
      'sort out the back garden',
      "There's giant hogweed along the fence and the rest is long grass. I want a lawn and a couple of beds.",
      'en',
      ['Clearing a garden'],
    );
    expect(en.keys[0]).toBe('hz-sap-cover');
    expect(en.texts.join(' ')).not.toMatch(/pull the weeds out/i);
    const near = await tap(
      'home',
      'sort out the back garden',
      'The rest is long grass. I want a lawn and a couple of beds.',
      'en',
      ['Clearing a garden'],
    );
    expect(near.keys).not.toContain('hz-sap-cover');
    expect(near.keys).toContain('home-garden-clear');
  });
});

describe('the fifty-second blind read, whole paths and single steps', () => {
  it('splits a plot gone wild into parts to clear, with no sun mapping and no watering before anything is planted', async () => {
    const en = await tap(
      'home',
      'reclaim my vegetable plot',
      "I've had the plot for years but it's run wild with brambles this year. I only get there at weekends.",
      'en',
      ['Clearing a garden'],
    );
    expect(en.keys).toContain('home-garden-wild-look');
    expect(en.keys).not.toContain('home-garden-look');
    expect(en.keys).not.toContain('home-garden-water');
    const ru = await tap(
      'home',
      'разобрать заросший огород',
      'Огород зарос бурьяном, бываем только по выходным.',
      'ru',
      ['Привести в порядок'],
    );
    expect(ru.keys).toContain('home-garden-wild-look');
    expect(ru.keys).not.toContain('home-garden-water');
    const near = await tap(
      'home',
      'start a vegetable garden',
      'A new bed in the back garden; I only get there at weekends.',
      'en',
      ['Clearing a garden'],
    );
    expect(near.keys).toContain('home-garden-look');
    expect(near.keys).not.toContain('home-garden-wild-look');
  });
});

describe('the fifty-second blind read, moving', () => {
  it('reads a village left behind as no winter house to move to; a move to a village house keeps it', async () => {
    const en = await tap(
      'moving',
      'leave my village for a job in the capital',
      "I'm 23 and grew up in a small village. I start work in the city in September and need a room I can afford.",
      'en',
      ['None'],
    );
    expect(en.keys).not.toContain('own-liveable');
    expect(en.texts.join(' ')).not.toMatch(/insulation|won't freeze/i);
    const near = await tap(
      'moving',
      'move to a village house for good',
      "We're leaving the city to live all year in an old house in the village.",
      'en',
      ['Living year-round'],
    );
    expect(near.keys).toContain('own-liveable');
  });

  it('gives a home on sale for months no moving date or van quotes; a move with the date set keeps them', async () => {
    const ru = await tap(
      'moving',
      'переехать к морю всей семьёй',
      'Квартиру продаём уже четыре месяца, покупатели сбивают цену. Работы там пока нет.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys).not.toContain('move-01');
    expect(ru.keys).not.toContain('move-04');
    const en = await tap(
      'moving',
      'move the family to the coast',
      "We've been trying to sell the flat since spring with no luck.",
      'en',
      ['None'],
    );
    expect(en.keys).not.toContain('move-04');
    const near = await tap(
      'moving',
      'move the family to the coast',
      'We rent, the new flat is found and we move on 1 June.',
      'en',
      ['None'],
    );
    expect(near.keys).toContain('move-04');
  });

  it('puts the housing-grant queue and a plan B first when the move waits on a grant for leaving the north', async () => {
    const ru = await tap(
      'moving',
      'перебраться с севера поближе к дочери',
      'Стоим в очереди на жилищный сертификат восемь лет, без него квартиру не купить. Хотим понять, что делать.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys).toContain('move-grant-queue');
    expect(ru.keys).toContain('move-grant-planb');
    for (const k of ['move-01', 'move-03', 'move-04', 'move-09']) expect(ru.keys).not.toContain(k);
    const en = await tap(
      'moving',
      'finally leave the far north',
      "We've waited years in the queue for a resettlement grant to move south; we can't buy without it.",
      'en',
      ['None'],
    );
    expect(en.keys).toContain('move-grant-queue');
    const near = await tap(
      'moving',
      'перебраться с севера поближе к дочери',
      'Квартиру уже продали, деньги есть, едем летом.',
      'ru',
      ['Ничего'],
    );
    expect(near.keys).not.toContain('move-grant-queue');
  });
});

describe('the fifty-second blind read, repairs', () => {
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
});
