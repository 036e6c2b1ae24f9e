import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the twenty-ninth blind read, fixed in general (helper fix29h)', () => {
  it('books the flight and the bed before a first-day activity on a solo trip', async () => {
    const en = await tap(
      'travel',
      'go somewhere abroad on my own for the first time',
      "I'm 42 and I always travelled with my ex.",
      'en',
      ['A trip abroad'],
    );
    expect(en.keys).toContain('trip-book-first');
    expect(en.keys.indexOf('trip-solo-meet')).toBeGreaterThan(en.keys.indexOf('trip-book-first'));
    const ru = await tap(
      'travel',
      'Впервые поехать за границу одной',
      'Мне 40, всегда ездила с мужем, теперь хочу сама.',
      'ru',
      ['Поездка за границу'],
    );
    const soloRu = ru.keys.indexOf('trip-solo-meet');
    if (soloRu >= 0) expect(soloRu).toBeGreaterThan(ru.keys.indexOf('trip-book-first'));
  });

  it('plans dinners alone for someone who fears eating alone, instead of the safety plan', async () => {
    const en = await tap(
      'travel',
      'First holiday on my own since the divorce',
      "I'm 56 and we always went wherever he wanted. One week in late September, somewhere warm, about £1,200. What scares me most is eating alone in restaurants in the evening.",
      'en',
      ['Not sure'],
    );
    expect(en.keys).toContain('trip-solo-dining');
    expect(en.keys).not.toContain('trip-safe-evenings');
    const ru = await tap(
      'travel',
      'Съездить в отпуск одной',
      'Неделя в Турции в сентябре. Больше всего боюсь ужинать одной в ресторане.',
      'ru',
      ['Поездка за границу'],
    );
    expect(ru.keys).toContain('trip-solo-dining');
    // A solo traveller who fears nothing about dinners keeps the evening safety plan.
    const near = await tap(
      'travel',
      'go somewhere abroad on my own for the first time',
      "I'm 42 and I always travelled with my ex.",
      'en',
      ['A trip abroad'],
    );
    expect(near.keys).toContain('trip-safe-evenings');
    expect(near.keys).not.toContain('trip-solo-dining');
  });

  it('gives a northern-lights trip its nights and the frost, not an eclipse page and glasses', async () => {
    const ru = await tap(
      'travel',
      'Съездить в Териберку на северное сияние',
      'Хотим с подругой в феврале, обе из Самары, на Севере ни разу не были. Бюджет тысяч 60 на каждую. Боюсь мороза и того, что проедем через полстраны и ничего не увидим.',
      'ru',
      ['Поездка ради'],
    );
    expect(ru.keys[0]).toBe('trip-aurora-when');
    expect(ru.keys).toContain('trip-aurora-cold');
    expect(ru.keys).not.toContain('trip-event-when');
    expect(ru.keys).not.toContain('trip-event-day');
    const en = await tap(
      'travel',
      'See the northern lights in Tromsø',
      'Four nights in January with my husband.',
      'en',
      ['A trip built'],
    );
    expect(en.keys[0]).toBe('trip-aurora-when');
    // An eclipse keeps its official page and its glasses.
    const near = await tap(
      'travel',
      'Travel to see the total eclipse in Spain',
      'August 2026, with my brother.',
      'en',
      ['A trip built'],
    );
    expect(near.keys[0]).toBe('trip-event-when');
    expect(near.keys).not.toContain('trip-aurora-when');
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

  it('gives dust mites and a child’s asthma the bed, the soft toys and the floors — not a degreaser and the oven', async () => {
    const en = await tap(
      'home',
      "Make our flat less dusty for my son's asthma",
      "The consultant says dust mites are one of his big triggers. He's 6. We rent a two-bed in Leicester with carpet in every room and a mountain of soft toys, and the landlord won't take the carpets up.",
      'en',
    );
    expect(en.keys.slice(0, 3)).toEqual(['home-dust-bed', 'home-dust-toys', 'home-dust-floors']);
    expect(en.keys).not.toContain('home-clean-kit');
    expect(en.keys).not.toContain('home-clean-wet');
    const ru = await tap(
      'home',
      'Убрать пыль в квартире',
      'У дочки аллергия на пыль и пылевых клещей, врач сказал убрать ковры.',
      'ru',
    );
    expect(ru.keys[0]).toBe('home-dust-bed');
    expect(ru.keys).not.toContain('home-clean-wet');
    // A deep clean with no allergy keeps the cleaning kit and the kitchen.
    const near = await tap(
      'home',
      'Deep clean the flat',
      'Before my in-laws arrive next month: every room, the oven and the bathroom.',
      'en',
    );
    expect(near.keys).not.toContain('home-dust-bed');
  });

  it('washes and seals a tobacco smell out of a flat instead of decluttering it', async () => {
    const ru = await tap(
      'home',
      'Вывести запах табака из купленной квартиры',
      'Купили вторичку в Ярославле, прежний хозяин курил в ней сорок лет. Обои уже содрали, окна отмыли, а запах всё равно стоит, особенно в жару. Въехать хотим в августе, ребёнку год.',
      'ru',
    );
    expect(ru.keys.slice(0, 4)).toEqual(['home-smell-find', 'home-smell-wash', 'home-smell-seal', 'home-smell-air']);
    for (const key of ['home-13', 'home-15', 'home-14', 'home-17']) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'home',
      'Get the cigarette smell out of our new flat',
      'The previous owner was a heavy smoker and the ceilings are yellow.',
      'en',
    );
    expect(en.keys[0]).toBe('home-smell-find');
    expect(en.keys).not.toContain('home-15');
    // A plain declutter keeps its boxes.
    const near = await tap(
      'home',
      'Разобрать шкафы и избавиться от хлама',
      'Хочу постепенно разобрать всю квартиру к лету.',
      'ru',
    );
    expect(near.keys).not.toContain('home-smell-find');
  });

  it('plans a garden around a once-a-week watering turn, not a slot twice a week', async () => {
    const ru = await tap(
      'home',
      'Вырастить огород, когда поливать можно раз в неделю',
      'Мне 55, живём в селе в Туркестанской области. Воду по арыку дают по графику, наша очередь по четвергам, а летом под сорок пять. В прошлом году помидоры сгорели, огурцы горчили. Хочу хотя бы помидоры, лук и зелень на семью, денег на капельный полив нет.',
      'ru',
      ['Вырастить'],
    );
    expect(ru.keys).toContain('home-garden-water-day');
    expect(ru.keys).not.toContain('home-garden-routine');
    const en = await tap(
      'home',
      'Grow tomatoes and beans this summer',
      "There's a hosepipe ban most summers here, so I can water once a week at most.",
      'en',
      ['Growing'],
    );
    expect(en.keys).toContain('home-garden-water-day');
    expect(en.keys).not.toContain('home-garden-routine');
    // A vegetable bed with water whenever it's needed keeps the twice-weekly slot.
    const near = await tap(
      'home',
      'Grow tomatoes and beans this summer',
      'A small raised bed by the back door.',
      'en',
      ['Growing'],
    );
    expect(near.keys).toContain('home-garden-routine');
    expect(near.keys).not.toContain('home-garden-water-day');
  });

  it('teaches wood burning on scrap and plans the batch, never an unfinished piece to pick up', async () => {
    const en = await tap(
      'creative',
      'Make pyrography Christmas presents',
      "Bought a cheap wood-burning pen kit and six basswood slices. My first attempt looks like a toddler scribbled on it with a lighter. Ten people on the list and it's already the end of October.",
      'en',
      ['Wood burning'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['cre-pyro-practice', 'cre-pyro-design', 'cre-pyro-batch']);
    expect(en.keys).not.toContain('cre-16');
    const ru = await tap(
      'creative',
      'Научиться выжиганию по дереву',
      'Купила выжигатель, хочу делать доски в подарок.',
      'ru',
      ['Выжигание'],
    );
    expect(ru.keys[0]).toBe('cre-pyro-practice');
    // A creative project of another craft gets no burning steps.
    const near = await tap('creative', 'Make pottery Christmas presents', 'Ten mugs for the family by December.', 'en');
    expect(near.keys).not.toContain('cre-pyro-practice');
  });
});
