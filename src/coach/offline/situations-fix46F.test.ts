import { describe, expect, it } from 'vitest';
import { hazardKeys, tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const some = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));

describe('the forty-sixth blind read, fixed in general (helper fix46F)', () => {
  it('reads letting income only from rent words — back taxes on other income get no rent table nor Russian rates', async () => {
    const en = await tap(
      'admin',
      'Catch up on my unfiled tax returns',
      "I'm a self-employed plumber and I never declared my income for the last two years. The tax office wrote to me and I'm scared of the fines.",
      'en',
      ['A tax return'],
    );
    expect(some(en.keys, 'adm-rentinc')).toEqual([]);
    const ru = await tap(
      'admin',
      'Подать декларации за прошлые годы',
      'Я фрилансер-переводчик, налог не платил за прошлые годы, хочу всё закрыть, пока не пришло требование.',
      'ru',
      ['Налоговая декларация'],
    );
    expect(some(ru.keys, 'adm-rentinc')).toEqual([]);
    // Near miss: rent named still gets the letting-income path, and its English text names no Russian rate.
    const rent = await tap(
      'admin',
      'Sort out back taxes on the flat I let out',
      "I've been renting out my flat to students for three years and never paid tax on it.",
      'en',
      ['A tax return'],
    );
    expect(rent.keys).toEqual(expect.arrayContaining(['adm-rentinc-table', 'adm-rentinc-owed']));
    expect(rent.texts.join(' ')).not.toMatch(/Russia|NDFL|Moi Nalog/);
  });

  it('keeps a cat or dog out of the hold when the owner wants that — a hold flight still gets the hold steps', async () => {
    const en = await tap(
      'moving',
      'Relocate from Vienna to Copenhagen with my dog',
      "New job starts in May. My beagle is nine and nervous, and I really don't want him in the hold.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-petcab-rules', 'hz-petcab-way']);
    expect(hazardKeys(en.keys)).not.toContain('hz-pethold-route');
    const ru = await tap(
      'moving',
      'Переехать из Еревана в Ригу с кошкой',
      'Кошке 12 лет, в багажном отсеке лететь не хочу, не хочу сдавать её в багаж ни за что.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-petcab-rules', 'hz-petcab-way']);
    // Near miss: a dog that will go in the hold keeps the hold route.
    const hold = await tap(
      'moving',
      'Move to Madrid with our shepherd',
      'She is 35 kg, too big for the cabin, so she goes in the hold with one connection.',
      'en',
    );
    expect(hold.keys.slice(0, 2)).toEqual(['hz-pethold-rules', 'hz-pethold-route']);
  });

  it('sends a chewer already referred for mouth patches to that hospital check, not back to a dentist', async () => {
    const en = await tap(
      'quit',
      'Stop chewing betel nut',
      'I chew paan with areca about ten times a day. The clinic found a white patch on my gum and referred me to a specialist at the district hospital.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-oral-referred');
    expect(en.keys).not.toContain('hz-oral-dentist');
    const ru = await tap(
      'quit',
      'Бросить насвай',
      'Закладываю насвай лет десять. Стоматолог увидел белые пятна на щеке и дал направление в онкодиспансер.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-oral-referred');
    // Near miss: sore gums with no referral keep the dentist step, with no tobacco-only wording for a betel chewer.
    const near = await tap('quit', 'Quit buai', 'I chew buai all day on the boat and my gums are sore.', 'en');
    expect(near.keys[0]).toBe('hz-oral-dentist');
    expect(near.keys).not.toContain('hz-oral-referred');
    expect(near.texts[0]).toMatch(/betel/);
  });

  it("reads a permit through one's business and a known will or deadline — no citizenship conditions, no will search", async () => {
    const ru = await tap(
      'admin',
      'Получить ВНЖ в Черногории',
      'Открыл ИП здесь и хочу подаваться на временный вид на жительство по бизнесу, пока не кончился срок пребывания.',
      'ru',
      ['ВНЖ через работу'],
    );
    expect(ru.keys).toContain('adm-res-basis');
    expect(ru.keys).not.toContain('adm-res-trips');
    const en = await tap(
      'admin',
      "Deal with my father's estate",
      'He named me as executor in his will. The court sent me a list of deadlines and I have a full-time job.',
      'en',
      ['Inheritance'],
    );
    expect(en.keys).not.toContain('adm-inh-will');
    expect(en.keys).not.toContain('adm-inh-deadline');
    const near = await tap(
      'admin',
      "Deal with my father's estate",
      'He died in March and I have no idea what papers he left.',
      'en',
      ['Inheritance'],
    );
    expect(near.keys).toContain('adm-inh-will');
  });

  it('gets a home ready for a walker or after a stroke — no declutter boxes; plain clutter keeps them', async () => {
    const en = await tap(
      'home',
      'Get the downstairs ready for dad',
      'He is coming home after a stroke next month and walks with a walker. The bathroom has a high tub.',
      'en',
    );
    expect(en.keys).toEqual(expect.arrayContaining(['home-safe-list', 'home-mob-bath']));
    expect(some(en.keys, 'home-1')).toEqual([]);
    const ru = await tap(
      'home',
      'Подготовить квартиру для папы',
      'Папа после инсульта, ходит с ходунками, в ванной высокий бортик.',
      'ru',
    );
    expect(ru.keys).toContain('home-mob-bath');
    const near = await tap('home', 'Разобрать кладовку', 'Кладовка забита старыми вещами, не зайти.', 'ru');
    expect(near.keys).not.toContain('home-mob-bath');
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

  it('gives a traveller with a cane the access steps, not the evening-safety plan', async () => {
    const en = await tap(
      'travel',
      'Two weeks in Portugal on my own',
      "I'm 70 and walk with a cane; I'm nervous about stairs and carrying my case.",
      'en',
      ['A trip abroad'],
    );
    expect(en.keys).not.toContain('trip-safe-evenings');
    const near = await tap(
      'travel',
      'Two weeks in Portugal on my own',
      "I'm 30 and nervous about evenings out alone.",
      'en',
      ['A trip abroad'],
    );
    expect(near.keys).toContain('trip-safe-evenings');
  });
});
