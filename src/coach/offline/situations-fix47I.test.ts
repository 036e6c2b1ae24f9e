import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const some = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));

describe('the forty-sixth blind read, fixed in general (helper fix47I)', () => {
  it('puts damp and mould on the walls first — source, landlord in writing when renting, safe cleaning — never declutter boxes', async () => {
    const en = await tap(
      'home',
      'Get rid of the mould in our flat',
      "Condensation runs down the windows every morning and there's black mould in the corner of the kids' bedroom, behind the chest of drawers. We're renting and the landlord ignores us.",
      'en',
    );
    expect(en.keys[0]).toBe('home-damp-source');
    expect(en.keys).toContain('home-damp-landlord');
    expect(en.keys).toContain('home-damp-clean');
    expect(some(en.keys, 'home-space-')).toEqual([]);
    expect(some(en.keys, 'home-clean-')).toEqual([]);
    const ru = await tap(
      'home',
      'Избавиться от сырости в квартире',
      'Снимаем однушку на первом этаже, в углу спальни чёрная плесень, стена за шкафом мокрая. Хозяйка квартиры говорит, что мы сами виноваты, а у нас ребёнок маленький.',
      'ru',
    );
    expect(ru.keys[0]).toBe('home-damp-source');
    expect(ru.keys).toContain('home-damp-landlord');
    expect(ru.keys).toContain('home-damp-sleep');
    expect(some(ru.keys, 'home-space-')).toEqual([]);
    // An owner with a damp patch gets no landlord to write to.
    const owner = await tap(
      'home',
      'Stop the damp in our cottage',
      'We own an old stone cottage and there is a damp patch under the kitchen window that smells musty every winter.',
      'en',
    );
    expect(owner.keys[0]).toBe('home-damp-source');
    expect(owner.keys).not.toContain('home-damp-landlord');
  });

  it('keeps a deep clean with mould in the shower grout, and a wardrobe to sort, on their own paths', async () => {
    const bathroom = await tap(
      'home',
      'Deep clean the bathroom',
      'The grout has gone grey, there is some mould in the shower corners and limescale on the taps.',
      'en',
      ['A deep clean'],
    );
    expect(some(bathroom.keys, 'home-damp-')).toEqual([]);
    expect(some(bathroom.keys, 'home-clean-').length).toBeGreaterThan(0);
    const wardrobe = await tap('home', 'Разобрать шкаф в спальне', 'Вещи не помещаются, половину не ношу.', 'ru', [
      'Разобрать одну',
    ]);
    expect(some(wardrobe.keys, 'home-damp-')).toEqual([]);
    expect(wardrobe.keys).toContain('home-space-look');
  });

  it('sorts clutter described in other words before any scrub or cleaning products', async () => {
    const ru = await tap(
      'home',
      'Разобрать дом к приезду родни',
      'Гараж превратился в склад старых вещей, в комнату сына не зайти, вещи повсюду. После работы на уборку сил нет.',
      'ru',
    );
    expect(some(ru.keys, 'home-clean-')).toEqual([]);
    const en = await tap(
      'home',
      'Get the house in order before my mum visits',
      "There's stuff everywhere, the spare bedroom has become a junk room and I can't get into the garage. Cleaning after a long shift is beyond me.",
      'en',
    );
    expect(some(en.keys, 'home-clean-')).toEqual([]);
    // A deep clean named with no clutter keeps its products and its scrub.
    const clean = await tap(
      'home',
      'Генеральная уборка к Пасхе',
      'Хочу отмыть окна, духовку и кафель в ванной до праздника.',
      'ru',
      ['Генеральная уборка'],
    );
    expect(some(clean.keys, 'home-clean-').length).toBeGreaterThan(0);
  });

  it('gives a back already checked and found weak a strength routine — no second check, no waiting for a physio sheet', async () => {
    const en = await tap(
      'fitness',
      'Strengthen my lower back',
      "I'm 52 and my lower back aches after gardening. The x-ray was normal and the doctor said it's just muscular. I can only exercise at home.",
      'en',
      ['Exercise with back pain'],
    );
    expect(en.keys[0]).toBe('fit-back-strong');
    expect(en.keys).not.toContain('fit-back-check');
    expect(en.keys).not.toContain('fit-back-routine');
    const ru = await tap(
      'fitness',
      'Укрепить спину',
      'Мне 60, болит поясница, когда ношу вёдра на огороде. Врач посмотрел, сказал, ничего серьёзного, просто слабый мышечный корсет.',
      'ru',
      ['Тренировки при болях в спине'],
    );
    expect(ru.keys[0]).toBe('fit-back-strong');
    expect(ru.keys).not.toContain('fit-back-check');
    // A back nobody has looked at keeps the check first and gets no routine of ours.
    const unchecked = await tap(
      'fitness',
      'Exercise despite my bad back',
      'My lower back has hurt for a month and I have not seen anyone about it yet.',
      'en',
      ['Exercise with back pain'],
    );
    expect(unchecked.keys[0]).toBe('fit-back-check');
    expect(unchecked.keys).not.toContain('fit-back-strong');
  });
});
