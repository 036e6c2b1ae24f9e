import { describe, expect, it } from 'vitest';
import { hazardKeys, tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { createHazardReader } from './hazards.js';

// The dangers added after blind read 43 in content/goals/hazards/people.yaml (a dog or cat flown in the hold) and
// money.yaml (all of a trip's money carried abroad in cash), through the real coach: each leads the path with the
// read's own wording and with another wording, and stays out of the same words in a harmless sense or dealt with.
const { coach, pack } = shippedOfflineCoach();
const tap = tapThrough(coach);
const noHazard = (keys: string[]) => expect(hazardKeys(keys)).toEqual([]);
const reader = createHazardReader(pack.hazards);
const named = (text: string) => reader.read([text]).map((hazard) => hazard.id);

describe('a dog or cat flown in the hold or as cargo', () => {
  it('leads with the vet and entry rules, then the route (read 43 ru-23)', async () => {
    const { keys, texts } = await tap(
      'moving',
      'Переезд из Тбилиси в Белград с собакой',
      'Мне 35, прожили в Тбилиси три года, теперь мужа переводят в белградский офис к 1 июня. Собака — лабрадор 38 кг, в салон её не возьмут, а прямых рейсов нет. Квартира у нас с хозяйской мебелью, но своих вещей всё равно набралось на полгрузовика. Жильё в Белграде ищем удалённо, и везде пишут «без животных».',
      'ru',
    );
    expect(keys.slice(0, 2)).toEqual(['hz-pethold-rules', 'hz-pethold-route']);
    expect(texts[0]).toMatch(/ветеринар/);
  });

  it('leads for another wording (en + ru)', async () => {
    const en = await tap(
      'moving',
      'Relocate to Lisbon with our husky',
      "Our 30 kg husky is too big for the cabin so she'll go in the hold, with a layover in Frankfurt.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-pethold-rules', 'hz-pethold-route']);
    const ru = await tap(
      'travel',
      'Отпуск в Черногории с собакой',
      'Берём овчарку, она полетит в багажном отсеке, рейс с пересадкой.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-pethold-rules');
  });

  it('stays out of a small dog in the cabin, a pet left at home, and a cat by car', async () => {
    noHazard(
      (await tap('travel', 'A week in Rome', 'Our 6 kg dog flies in the cabin with us under the seat.', 'en')).keys,
    );
    expect(named('Летим в отпуск, а собаку оставляем у мамы.')).not.toContain('pet_hold');
    expect(named('Везём кота на дачу на машине, переноска в багажнике.')).not.toContain('pet_hold');
  });
});

describe("all of a trip's money carried abroad in cash", () => {
  it('leads with splitting the cash, then a fallback (read 43b ru-57)', async () => {
    const { keys, texts } = await tap(
      'travel',
      'Первый раз за границу — в Стамбул',
      'Мне 22, живу в Грозном, хотим с сестрой поехать в Стамбул на неделю в мае. Никогда не были за границей, не знаем, как выбрать район и что смотреть. Наши карты там не работают, так что деньги придётся везти наличкой и как-то их хранить. Бюджет примерно 100 тысяч на двоих без билетов.',
      'ru',
    );
    expect(keys.slice(0, 2)).toEqual(['hz-tripcash-split', 'hz-tripcash-backup']);
    expect(texts[0]).toMatch(/сейф/);
  });

  it('leads for another wording (en + ru)', async () => {
    const en = await tap(
      'travel',
      'First trip to Egypt',
      "Our cards don't work abroad, so we'll take all the money in cash for the week.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-tripcash-split');
    const ru = await tap(
      'travel',
      'Отпуск в Таиланде',
      'Российские карты не работают, весь бюджет повезём наличными.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-tripcash-split');
  });

  it('stays out of spending money beside a card and cash already split, and gives way to savings over a border', () => {
    expect(named('On our holiday we take a little cash for the market and pay by card otherwise.')).not.toContain(
      'trip_cash',
    );
    expect(
      named(
        'Our cards don’t work abroad, so all the money goes in cash — split between us in money belts, the rest in the hotel safe.',
      ),
    ).not.toContain('trip_cash');
    const text =
      'Переезжаем за границу, все деньги от продажи квартиры, 30 тысяч долларов, повезём наличными в чемодане.';
    expect(named(text)).toContain('cash_border');
    expect(named(text)).not.toContain('trip_cash');
    const lead = reader.lead(reader.read([text]), [], (steps) => steps);
    expect(lead[0]?.key).toBe('hz-cash-check');
  });
});
