import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('offline coach: situations inside travel', () => {
  it('gives a first family camping trip a pitch, gear, a tent to borrow and a test pitch — no passport or hotel', async () => {
    const camping = await firstFive(
      'travel',
      'Take the kids camping for the first time',
      "They're 6 and 9 and we don't own a tent. Thinking a long weekend in the Lake District in August.",
    );
    expect(camping.keys).toEqual(expect.arrayContaining(['camp-site', 'camp-gear', 'camp-tent', 'camp-pitch']));
    expect(camping.keys).not.toContain('trip-documents');
    expect(camping.keys).not.toContain('trip-bed');
    expect(camping.text).not.toMatch(/passport|visa/i);
    const ru = await firstFive('travel', 'Поход с палатками на выходных', '', 'ru');
    expect(ru.keys).toContain('camp-pitch');
    expect(ru.text).not.toMatch(/загранпаспорт|виз[аыу]/i);
  });

  it('checks documents only for a trip abroad, and adds the passport application when there is none yet', async () => {
    const abroad = await firstFive('travel', 'first trip abroad', "Never left the country, I'm 24, thinking of Italy.");
    expect(abroad.keys).toEqual(expect.arrayContaining(['trip-documents', 'trip-passport-renew']));
    const home = await firstFive('travel', 'Съездить в Казань на выходные', '', 'ru');
    expect(home.keys).not.toContain('trip-documents');
    expect(home.keys).not.toContain('trip-money');
    const road = await firstFive('travel', 'Road trip along the North Coast 500', 'A week in our own car.');
    expect(road.keys).toEqual(expect.arrayContaining(['road-route', 'road-car', 'road-nights']));
  });
});

describe('offline coach: situations inside moving', () => {
  it('starts moving out of the parents’ home with a rent ceiling and areas, not notice, keys or a van', async () => {
    const steps = await firstFive(
      'moving',
      'Съехать от родителей',
      'Мне 26, живу с мамой в Подольске, работаю в Москве. Зарплата 90 тысяч, боюсь, что половина будет уходить на аренду.',
      'ru',
    );
    expect(steps.keys[0]).toBe('out-budget');
    expect(steps.keys).toEqual(expect.arrayContaining(['out-areas', 'out-listings']));
    expect(steps.keys).not.toContain('move-01');
    expect(steps.keys).not.toContain('move-04');
    expect(steps.text).toContain('треть');
  });

  it('makes an owned country house liveable year-round before letting the flat, with no renter steps', async () => {
    const steps = await firstFive(
      'moving',
      'Перебраться на дачу насовсем',
      'Мы с мужем на пенсии, хотим жить за городом круглый год. Дом утеплён наполовину, городскую квартиру думаем сдавать.',
      'ru',
    );
    expect(steps.keys[0]).toBe('own-liveable');
    expect(steps.keys).toContain('let-plan');
    expect(steps.keys.indexOf('own-liveable')).toBeLessThan(steps.keys.indexOf('let-plan'));
    for (const renter of ['move-01', 'move-02', 'move-09', 'move-17']) expect(steps.keys).not.toContain(renter);
  });
});

describe('offline coach: situations inside home', () => {
  it('sorts only the named balcony, and agrees with the husband before anything is thrown out', async () => {
    const steps = await firstFive(
      'home',
      'Разобрать балкон',
      'Пятнадцать лет туда складывали всё подряд: банки, лыжи, старые обои. Муж ничего не даёт выбросить.',
      'ru',
    );
    expect(steps.keys[0]).toBe('home-agree-talk');
    expect(steps.keys).toEqual(expect.arrayContaining(['home-space-look', 'home-space-section']));
    for (const whole of ['home-12', 'home-13', 'home-17', 'home-space-out']) expect(steps.keys).not.toContain(whole);
  });

  it('clears and arranges a spare room, and keeps the whole-home walk for the whole home', async () => {
    const room = await firstFive('home', 'Make the spare room usable', '');
    expect(room.keys).toEqual(expect.arrayContaining(['home-room-purpose', 'home-room-clear', 'home-room-arrange']));
    const whole = await firstFive('home', 'Declutter the whole house', 'The garage is the worst, then the bedrooms.');
    expect(whole.keys[0]).toBe('home-12');
    expect(whole.keys.some((key) => key?.startsWith('home-space-'))).toBe(false);
  });
});

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
