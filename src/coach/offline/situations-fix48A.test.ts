import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const some = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));

describe('the forty-sixth and forty-seventh blind reads, fixed in general (helper fix48A)', () => {
  it('gives an EU citizen moving within the EU the residence registration, not a visa — outside the EU the visa stays', async () => {
    const en = await tap(
      'moving',
      'Relocate from Vienna to Copenhagen',
      "I have a German passport and I've been working in Austria for three years. The new job in Denmark starts in June.",
      'en',
      ['Moving to another country'],
    );
    expect(en.keys).toContain('abroad-eu-register');
    expect(en.keys).not.toContain('abroad-visa');
    const ru = await tap(
      'moving',
      'Переехать из Риги в Берлин',
      'У меня латвийский паспорт, в Германии предложили работу с сентября.',
      'ru',
      ['Переезд в другую страну'],
    );
    expect(ru.keys).toContain('abroad-eu-register');
    expect(ru.keys).not.toContain('abroad-visa');
    // Near misses: an EU citizen going to Canada, and someone with no EU citizenship moving to Lisbon, keep the visa.
    const canada = await tap(
      'moving',
      'Move from Berlin to Toronto',
      "I'm German, and my partner got a job in Canada.",
      'en',
      ['Moving to another country'],
    );
    expect(canada.keys).toContain('abroad-visa');
    expect(canada.keys).not.toContain('abroad-eu-register');
    const none = await tap(
      'moving',
      'Move to Lisbon',
      "I'm from Brazil and want to work remotely from Portugal next year.",
      'en',
      ['Moving to another country'],
    );
    expect(none.keys).toContain('abroad-visa');
    expect(none.keys).not.toContain('abroad-eu-register');
    // An EU citizen with no EU place named checks the passport first, then the visa.
    const far = await tap(
      'moving',
      'Move abroad to Lima for a teaching job',
      'I have an EU passport and a one-year contract at a school there.',
      'en',
      ['Moving to another country'],
    );
    expect(far.keys).toContain('abroad-visa-eu');
    expect(far.keys).not.toContain('abroad-eu-register');
  });

  it('puts the pet import permit and quarantine booking first when the person names them', async () => {
    const en = await tap(
      'moving',
      'Move to Auckland with our dog',
      'New Zealand needs an import permit and a place in quarantine for him, and we fly in October.',
      'en',
      ['Moving with a pet'],
    );
    expect(en.keys[0]).toBe('pet-import-book');
    const ru = await tap(
      'moving',
      'Переехать на Гавайи с кошкой',
      'Там строгие правила ввоза животных и карантин, надо всё успеть к декабрю.',
      'ru',
      ['Переезд с питомцем'],
    );
    expect(ru.keys[0]).toBe('pet-import-book');
    // Near miss: a pet moved across town gets no import step.
    const town = await tap('moving', 'Move to a new flat with my cat', 'Across town in May, she is four.', 'en', [
      'Moving with a pet',
    ]);
    expect(town.keys).not.toContain('pet-import-book');
    expect(town.keys).toContain('pet-move');
  });

  it('plans a high-altitude trip driven in one’s own car by nights and roads — a trek keeps the trekking steps', async () => {
    const en = await tap(
      'travel',
      'Drive the Karakoram Highway',
      'Self-drive in my own 4x4 with my brother in September; the Khunjerab pass is above 4,000 m and I get headaches at altitude.',
      'en',
    );
    expect(some(en.keys, 'alt-drive')).toEqual(['alt-drive-pace', 'alt-drive-insure', 'alt-drive-road']);
    expect(en.keys).not.toContain('trip-alt-train');
    expect(en.keys).not.toContain('trip-alt-pace');
    const ru = await tap(
      'travel',
      'Поехать в Тибет на машине',
      'Хочу на своём внедорожнике с женой в августе, высота там за 4000 метров, по горам за рулём почти не ездил.',
      'ru',
    );
    expect(some(ru.keys, 'alt-drive')).toEqual(['alt-drive-pace', 'alt-drive-insure', 'alt-drive-road']);
    expect(ru.keys).not.toContain('trip-alt-train');
    // Near miss: a trek to base camp keeps the trekking steps.
    const trek = await tap('travel', 'Trek to Everest base camp', 'Two weeks in October, I walk a lot at home.', 'en');
    expect(trek.keys).toContain('trip-alt-pace');
    expect(some(trek.keys, 'alt-drive')).toEqual([]);
  });

  it('gives a paddler’s own sea or coastal trip a self-rescue, a plan left at home and a route — a first river trip keeps the outfitter', async () => {
    const en = await tap(
      'travel',
      'Three days of sea kayaking around the islands',
      "I've paddled my own kayak for years on the lake; this time I'll go along the coast and camp two nights.",
      'en',
      ['A kayak, canoe or rafting trip'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['sea-rescue', 'sea-plan']);
    expect(some(en.keys, 'river-')).toEqual([]);
    const ru = await tap(
      'travel',
      'Поход на морском каяке вдоль побережья',
      'Хожу на каяке пять лет, хочу три дня одна по морю с ночёвками на берегу.',
      'ru',
      ['Сплав на байдарках или рафтах'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['sea-rescue', 'sea-plan']);
    expect(some(ru.keys, 'river-')).toEqual([]);
    // Near misses: a first canoe trip on a river, and a first guided sea kayak tour, keep the outfitter's steps.
    const river = await tap(
      'travel',
      'Canoe trip on the Wye',
      'Three days with two friends, none of us has paddled before.',
      'en',
      ['A kayak, canoe or rafting trip'],
    );
    expect(river.keys).toContain('river-outfit');
    expect(some(river.keys, 'sea-')).toEqual([]);
    const guided = await tap(
      'travel',
      'Sea kayaking in Croatia',
      'A guided tour for a week in June, complete beginner.',
      'en',
      ['A kayak, canoe or rafting trip'],
    );
    expect(guided.keys).toContain('river-outfit');
    expect(some(guided.keys, 'sea-')).toEqual([]);
  });
});
