import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const GENERIC_OPENING = ['skill-03', 'skill-04', 'skill-05', 'skill-06'];

describe('the fifty-third blind read, helper fix54A: skill paths', () => {
  it("cuts someone else's hair at home with the guards, the spot and a safe first cut; one's own hair keeps its path", async () => {
    const en = await tap(
      'skill',
      "learn to cut my sons' hair myself",
      'Two boys, 7 and 10. I bought clippers but last time I left a gap near his ear. I have never cut hair before.',
      'en',
      ['Just starting'],
    );
    expect(en.keys).toEqual(
      expect.arrayContaining(['skill-hair-guards', 'skill-hair-spot', 'skill-hair-first-cut', 'skill-hair-plan']),
    );
    for (const key of GENERIC_OPENING) expect(en.keys).not.toContain(key);
    expect(en.keys.filter((key) => key.startsWith('skill-hair-trade'))).toEqual([]);
    const ru = await tap(
      'skill',
      'научиться стричь внуков машинкой дома',
      'Внукам 6 и 8 лет, парикмахерская далеко. Машинку подарили, но я ни разу никого не стригла.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('skill-hair-guards');
    expect(ru.keys).toContain('skill-hair-first-cut');
    for (const key of GENERIC_OPENING) expect(ru.keys).not.toContain(key);
    const near = await tap(
      'skill',
      'Learn to cut my own hair',
      'I go to the barber every three weeks and want to save the money.',
      'en',
      ['Just starting'],
    );
    expect(near.keys).toContain('skill-hair-plan');
    expect(near.keys).not.toContain('skill-hair-guards');
  });

  it('learns hair cutting for pay from a barber, with the kit saved for, hygiene and a price; a family cut gets none', async () => {
    const en = await tap(
      'skill',
      'learn to cut hair well enough to take paying customers',
      "I trim my cousins with scissors, but fades with clippers are beyond me. I'd have to save up for the clippers first.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).toEqual(
      expect.arrayContaining([
        'skill-hair-trade-watch',
        'skill-hair-trade-kit',
        'skill-hair-trade-practise',
        'skill-hair-trade-clean',
      ]),
    );
    expect(en.keys).not.toContain('skill-hair-plan');
    expect(en.keys).not.toContain('skill-03');
    const ru = await tap(
      'skill',
      'научиться стричь людей, чтобы брать за это деньги',
      'Стригу младших братьев ножницами, выходит нормально. Машинки пока нет, коплю. Хочу подрабатывать стрижкой у себя в селе.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('skill-hair-trade-kit');
    expect(ru.keys).toContain('skill-hair-trade-clean');
    expect(ru.keys).not.toContain('skill-hair-plan');
    const near = await tap(
      'skill',
      'cut the kids hair at home',
      'Three children, a cut every month costs too much. I have clippers.',
      'en',
      ['Just starting'],
    );
    expect(near.keys.filter((key) => key.startsWith('skill-hair-trade'))).toEqual([]);
    expect(near.keys).toContain('skill-hair-guards');
  });

  it('pays bills on a phone with a readable screen and fraud rules first, then the video call; a first smartphone keeps its path', async () => {
    const en = await tap(
      'skill',
      'pay my bills on my phone and video call my daughter without help',
      "I'm 70. My daughter installed Google Pay for me, but I keep tapping the wrong thing, and my eyes aren't good with small print.",
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['skill-pay-screen', 'skill-pay-rules']);
    expect(en.keys).toContain('skill-pay-first');
    expect(en.keys).toContain('skill-pay-call');
    expect(en.keys).not.toContain('skill-phone-ready');
    for (const key of [...GENERIC_OPENING, 'skill-21']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'skill',
      'научиться оплачивать коммуналку через телефон',
      'Мне 66, внук поставил мобильный банк, но я боюсь нажать не туда и потерять деньги. Буквы мелкие.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('skill-pay-rules');
    expect(ru.keys).toContain('skill-pay-first');
    expect(ru.keys).toContain('skill-pay-again');
    expect(ru.keys).not.toContain('skill-pay-call');
    const near = await tap(
      'skill',
      'learn to use my new smartphone',
      'My son gave me a smartphone; I want to video call the grandchildren.',
      'en',
      ['Using a smartphone', 'Just starting'],
    );
    expect(near.keys).toContain('skill-phone-ready');
    expect(near.keys.filter((key) => key.startsWith('skill-pay'))).toEqual([]);
  });

  it('gives a pivot-table beginner her own list readied and a card to rebuild from, no shortcut drill or tempo step', async () => {
    const ru = await tap(
      'skill',
      'разобраться со сводными таблицами для отчётов',
      'Работаю бухгалтером на складе, в экселе только забиваю цифры. Коллега показывал один раз, я всё забыла.',
      'ru',
      ['Сводные таблицы'],
    );
    expect(ru.keys).toContain('skill-xl-pivot');
    expect(ru.keys).toContain('skill-xl-pivot-data');
    expect(ru.keys).toContain('skill-xl-pivot-card');
    expect(ru.keys).not.toContain('skill-xl-keys');
    expect(ru.keys).not.toContain('skill-09');
    const en = await tap(
      'skill',
      'learn pivot tables for my monthly stock report',
      'I only type numbers into Excel cells. My manager showed me a pivot once, far too fast.',
      'en',
      ['Pivot tables'],
    );
    expect(en.keys).toContain('skill-xl-pivot-card');
    expect(en.keys).not.toContain('skill-xl-keys');
    expect(en.keys).not.toContain('skill-09');
    const near = await tap(
      'skill',
      'learn VLOOKUP for matching price lists',
      'I use Excel every day at work but have never done lookups.',
      'en',
      ['VLOOKUP'],
    );
    expect(near.keys).toContain('skill-xl-keys');
    expect(near.keys).not.toContain('skill-xl-pivot-card');
  });

  it('gives a welder who already welds test seams, the settings chart, thin-metal stitches and offline lessons; a beginner keeps the kit first', async () => {
    const ru = await tap(
      'skill',
      'варить ровные швы инвертором',
      'Варю второй год для себя, гараж и забор. Профильную трубу прожигаю насквозь, а швы кривые. Связь у нас плохая, ролики не досмотреть.',
      'ru',
      ['Уже занимаюсь'],
    );
    expect(ru.keys).toEqual(
      expect.arrayContaining(['skill-weld-test', 'skill-weld-settings', 'skill-weld-thin', 'skill-weak-net']),
    );
    for (const key of ['skill-15', 'skill-09']) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'skill',
      'get better at MIG welding',
      "I've been welding for a year on my farm gates, but I keep burning through thin sheet and my welds look messy.",
      'en',
      ['Already doing it'],
    );
    expect(en.keys).toContain('skill-weld-test');
    expect(en.keys).toContain('skill-weld-thin');
    expect(en.keys).not.toContain('skill-15');
    const beginner = await tap(
      'skill',
      'научиться варить полуавтоматом',
      'Купил сварочный аппарат, ни разу не варил. Интернет слабый.',
      'ru',
      ['Только начинаю'],
    );
    expect(beginner.keys[0]).toBe('skill-hazard-kit');
    expect(beginner.keys.filter((key) => key.startsWith('skill-weld'))).toEqual([]);
    const sewing = await tap('skill', 'научиться шить ровный шов на машинке', 'Шью третий год, но шов гуляет.', 'ru', [
      'Уже занимаюсь',
    ]);
    expect(sewing.keys.filter((key) => key.startsWith('skill-weld'))).toEqual([]);
  });
});
