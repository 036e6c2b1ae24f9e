import { describe, expect, it } from 'vitest';
import { hazardKeys } from '../../../../test/factories/converse.js';
import { firstFive, ownSteps, tap, withPrefix } from '../../../../test/factories/offline-cases.js';

// Goals of the moving kind (content/goals/types/moving.yaml), walked through the offline coach as a person would: the
// situation named and the steps it brings, the level, and a danger named in passing that leads the path. Where a new
// case goes: docs/coach.md.
const REMOTE = ['move-remote-ask', 'move-remote-freight', 'move-remote-supplies', 'move-remote-help'];

const ABROAD_WORK = ['work-house-bag', 'work-house-money', 'work-house-people'];

const CARE = ['move-care-needs', 'move-care-home', 'move-care-own'];

const SEARCH = ['move-09', 'move-02', 'out-budget', 'out-areas', 'out-listings', 'own-liveable'];

const QUIET = ['mov-quiet-legal', 'mov-quiet-papers'];

const AGREED = ['mov-split-things', 'mov-split-date'];

const FIRST_AWAY = ['move-host-agree', 'move-first-bag', 'move-nocar-ways'];

const RENTER = ['abroad-landing', 'move-01', 'move-03'];

describe("harmful steps named in a moving goal lead its path, and near misses keep the kind's own steps", () => {
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

  it('tells someone who already paid a job placement fee how to claim it back', async () => {
    const en = await tap(
      'moving',
      'start my job in Dubai',
      'The recruitment agency took a placement fee from me last month, and I fly out in six weeks for the job.',
      'en',
      ['Moving to another country'],
    );
    expect(en.keys[0]).toBe('hz-jobfee-stop');
    expect(en.texts[0]).toMatch(/already paid/);
  });
});

describe('moving: the situation named and the steps it brings', () => {
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

  it('gives moving out after a break-up no moving-in-together steps', async () => {
    const en = await firstFive(
      'moving',
      'Find my own place after the split',
      'We separated in spring but still live together in our rented flat. I want my own place by autumn.',
    );
    expect(en.keys[0]).toBe('mov-split-things');
    expect(en.text).not.toMatch(/both households|whose place/i);
    const ru = await firstFive(
      'moving',
      'Съехать от бывшего мужа',
      'Развелись весной, но живём вместе в его квартире. Накопила на первый месяц аренды.',
      'ru',
    );
    expect(ru.keys).toContain('mov-split-date');
  });

  it('gives a move out of the parents’ house, written with a curly apostrophe, the first-move steps', async () => {
    const curly = await firstFive('moving', 'Move out', 'I’m 23 and still living in my parents’ house.');
    const straight = await firstFive('moving', 'Move out', "I'm 23 and still living in my parents' house.");
    expect(curly.keys).toEqual(straight.keys);
  });

  it('gives moving onto a boat a trial stay, a mooring and a survey — no flat search', async () => {
    const en = await firstFive(
      'moving',
      'Move onto a narrowboat',
      'Buying a boat in spring; nervous about winter and a mooring.',
    );
    expect(en.keys).toContain('move-boat-mooring');
    expect(en.keys).not.toContain('move-09');
    const ru = await firstFive('moving', 'Переехать жить на яхту', 'Хочу жить на воде круглый год.', 'ru');
    expect(ru.keys).toContain('move-boat-try');
    expect(ru.keys.some((key) => key.startsWith('own-'))).toBe(false);
    const flat = await firstFive('moving', 'Move to a new flat in Leeds', "We haven't found a place yet.");
    expect(flat.keys).toContain('move-09');
  });

  it('shortlists towns and a scouting trip before viewings when the region is unknown', async () => {
    const ru = await firstFive(
      'moving',
      'Переехать на юг после пенсии',
      'Думаем про Крым или Анапу, но никогда там не были.',
      'ru',
    );
    expect(ru.keys).toContain('move-scout-towns');
    expect(ru.keys).not.toContain('move-09');
    const en = await firstFive('moving', 'Retire to Cornwall', "We've never lived there and don't know which town.");
    expect(en.keys).toContain('move-scout-trip');
    const local = await firstFive('moving', 'Move to a bigger flat', 'Same area, two bedrooms by spring.');
    expect(local.keys).toContain('move-09');
  });

  it('gives a move to a grown-up daughter no school change, and a flat offered no house-hunting', async () => {
    const ru = await firstFive('moving', 'Переехать поближе к дочери', 'Мне 70, дочь зовёт к себе в Тверь.', 'ru');
    expect(ru.text).not.toMatch(/школ/);
    const en = await firstFive(
      'moving',
      'Move into the council flat',
      "We've been offered a flat across town, keys come next month. We've got nothing, not even beds.",
    );
    expect(en.text).not.toMatch(/listings|viewings|Declutter/);
    const family = await firstFive(
      'moving',
      'Move to Leeds with the kids',
      'Two children, 7 and 10, the new job starts in May.',
    );
    expect(family.text).toMatch(/school/);
  });

  it('skips the visa step when the work permit is sorted, and the trial stay when the flat is sold', async () => {
    const en = await firstFive(
      'moving',
      'Relocate from Leeds to Sydney',
      'The transfer is confirmed and the work permit is sorted; we go in March with the kids.',
    );
    expect(en.keys).not.toContain('abroad-visa');
    const ru = await firstFive(
      'moving',
      'Переехать в свой дом за городом',
      'Продали трёшку в Самаре и купили частный дом за городом, переезжаем в июле.',
      'ru',
    );
    expect(ru.keys).not.toContain('own-trial');
  });

  it('gives a move with horses or farm animals land, the vet, a transporter — not a flat search', async () => {
    const en = await firstFive(
      'moving',
      'Move us and our two horses from Texas to Colorado',
      'My husband has a new job in Fort Collins starting in September. We have to find somewhere with land to rent and move the horses safely on a 1,000-mile trip.',
    );
    expect(en.keys).toContain('move-stock-land');
    expect(en.keys).toContain('move-stock-vet');
    expect(en.keys).not.toContain('city-search');
    const ru = await firstFive(
      'moving',
      'Перевезти семью и двух коней из Липецка под Тверь',
      'Дом продаём, под Тверью ищем, где снять жильё с участком и левадой.',
      'ru',
    );
    expect(ru.keys[0]).toBe('move-stock-land');
    expect(ru.text).not.toMatch(/просмотр/);
  });

  it('starts decluttering with one cupboard, not a whole room in 30 minutes', async () => {
    const en = await firstFive(
      'moving',
      'Move house by the end of March',
      'We sold ours and bought a house 20 miles away.',
    );
    expect(en.text).not.toMatch(/^Declutter one room/m);
    expect(en.text).toMatch(/one cupboard/);
  });

  it('sends no one with the new home arranged to listings and viewings', async () => {
    const en = await firstFive(
      'moving',
      "Move into a tiny house on my sister's land in Vermont",
      "The house gets delivered in October and I'm in a three-bed rental in Boston until the end of that month. Most of my furniture won't fit.",
    );
    expect(en.keys).not.toContain('move-09');
    expect(en.text).not.toMatch(/viewings/);
    const ru = await firstFive(
      'moving',
      'Переехать из съёмной квартиры в ипотечную до конца месяца',
      'Ключи от новостройки в Новой Москве получили, а аренда кончается 30-го. Работаем оба, на переезд есть только два выходных, и у нас кот.',
      'ru',
    );
    expect(ru.keys).not.toContain('move-09');
    expect(ru.text).not.toMatch(/просмотр/);
    const keys = await firstFive(
      'moving',
      'Переехать в свою квартиру',
      'Ключи на руках, ремонт закончили, осталось перевезти вещи из съёмной.',
      'ru',
    );
    expect(keys.keys).not.toContain('move-09');
    const searching = await firstFive(
      'moving',
      'Переехать в другую квартиру до осени',
      'Пока ищем вариант, бюджет до 40 тысяч.',
      'ru',
    );
    expect(searching.keys).toContain('move-09');
  });

  // Blind read 23: "Move back to the UK from Dubai after 11 years" got a visa search and a first month's short let.
  describe('a move back to one’s own country', () => {
    it('gives a family going home the dates, the school places from abroad, the pet’s import rules — never a visa', async () => {
      const en = await firstFive(
        'moving',
        'Move back to the UK from Dubai after 11 years',
        "Two kids, 8 and 12, and a cat. My contract ends in June and we're heading to Bristol, but we've got no house lined up and no school places yet.",
      );
      expect(en.keys).toEqual(['ret-date', 'ret-kids', 'ret-pet', 'ret-roof', 'ret-restart']);
      expect(en.text).not.toMatch(/visa|permit|apostille/i);
      const ru = await firstFive(
        'moving',
        'Вернуться на родину в Алматы',
        'Живу в Берлине восемь лет, двое детей-школьников, кошка.',
        'ru',
      );
      expect(ru.keys.slice(0, 3)).toEqual(['ret-date', 'ret-kids', 'ret-pet']);
      expect(ru.text).not.toMatch(/виз|апостил/);
    });

    it('gives someone going home alone no school or pet step, and no flat search twice', async () => {
      const en = await firstFive(
        'moving',
        'Move back home to Ireland after six years in Sydney',
        'Just me, I rent a room here. Flying out in October.',
      );
      expect(en.keys.slice(0, 3)).toEqual(['ret-date', 'ret-roof', 'ret-restart']);
      expect(en.keys).not.toContain('ret-kids');
      expect(en.keys).not.toContain('ret-pet');
      expect(en.keys).not.toContain('move-09');
      expect(en.keys).not.toContain('back-notice');
    });

    it('keeps a move abroad on the visa path and a move back in with parents on theirs', async () => {
      const abroad = await firstFive(
        'moving',
        'Move to Lisbon with my partner',
        'We both work remotely and want to go next spring.',
      );
      expect(abroad.keys[0]).toBe('abroad-visa');
      const parents = await firstFive(
        'moving',
        'Move back in with my parents to save for a deposit',
        'My lease ends in March.',
      );
      expect(parents.keys[0]).toBe('back-notice');
      expect(parents.keys).not.toContain('ret-date');
    });
  });

  it('skips the flat search when the new flat is handed over on a date', async () => {
    const ru = await firstFive(
      'moving',
      'Переехать в другой район',
      'Продали старую квартиру, новую отдают 25 апреля, а съезжать 20-го.',
      'ru',
    );
    expect(ru.keys).not.toContain('move-09');
    const en = await firstFive(
      'moving',
      'Move across town',
      'We get the keys on 25 April and must leave the old flat on the 20th.',
    );
    expect(en.keys).not.toContain('move-09');
  });

  it('gives a family in a stopgap home while the house is built storage and space steps, no house-hunting', async () => {
    const en = await firstFive(
      'moving',
      'Move into a static caravan while our house is built',
      'We sold our house and the build will take a year. We move into the caravan on 1 March with two children.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['move-temp-split', 'move-temp-storage', 'move-temp-space']);
    expect(en.keys).not.toContain('move-09');
    const ru = await firstFive(
      'moving',
      'Переехать в вагончик на участке, пока строим дом',
      'Квартиру продали, дом достроим к осени. Нас трое и кот.',
      'ru',
    );
    expect(ru.keys[0]).toBe('move-temp-split');
    expect(ru.keys).not.toContain('move-09');
  });

  it('keeps a family still looking for a flat on the search path (near miss)', async () => {
    const en = await firstFive(
      'moving',
      'Move to a bigger flat',
      "We haven't found a new place yet and want to move in the next few months.",
    );
    expect(en.keys).not.toContain('move-temp-split');
  });

  it('gives a student moving for university the halls, and a worker on a job with housing the employer questions — no viewings, vans or decluttering', async () => {
    const en = await firstFive(
      'moving',
      'Move to the capital for uni',
      'I got admission to the state university, lectures start in September; no hostel yet and little money.',
    );
    expect(en.keys[0]).toBe('dorm-info');
    for (const key of ['move-09', 'move-03', 'move-04']) expect(en.keys).not.toContain(key);
    const work = await firstFive(
      'moving',
      'Go abroad for seasonal work',
      'A farm in the south hired me for the summer; accommodation is provided, I fly in May.',
    );
    expect(work.keys[0]).toBe('work-house-ask');
    for (const key of ['move-02', 'move-09', 'move-03', 'move-04']) expect(work.keys).not.toContain(key);
    const ru = await firstFive(
      'moving',
      'Уехать работать на завод в Чехию',
      'Еду по контракту на год, жильё дают от работодателя.',
      'ru',
    );
    expect(ru.keys[0]).toBe('work-house-ask');
    expect(ru.keys).not.toContain('move-04');
    // A family moving flats across town keeps the ordinary path.
    const flat = await firstFive(
      'moving',
      'Move to a bigger flat',
      'Three rooms of furniture, moving across town in two months.',
    );
    expect(flat.keys.some((key) => key.startsWith('work-house') || key.startsWith('dorm-'))).toBe(false);
  });

  it('skips merging furniture for someone moving in with a partner with only a few things', async () => {
    const ru = await firstFive(
      'moving',
      'Переехать к парню',
      'Съезжаемся, у меня немного вещей — пара сумок и кот.',
      'ru',
    );
    expect(ru.keys).not.toContain('partner-merge');
    const en = await firstFive('moving', 'Move in with my girlfriend', "I don't own much, two bags and a bike.");
    expect(en.keys).not.toContain('partner-merge');
    const full = await firstFive('moving', 'Move in with my boyfriend', 'We both have full flats of furniture.');
    expect(full.keys).toContain('partner-merge');
  });

  it('asks what a given or bought home has — no areas by rent, flat hunt or land to rent for the animals', async () => {
    const ru = await tap(
      'moving',
      'Переезд к мужу в гарнизон',
      'Мужа перевели на север. Квартиру дают служебную, не понимаю, что везти, а что продавать.',
      'ru',
      ['Переезд по работе'],
    );
    expect(ru.keys).toContain('move-home-ask');
    expect(ru.keys).not.toContain('city-areas');
    expect(ru.keys).not.toContain('city-search');
    const en = await tap(
      'moving',
      'Move for my new job',
      'We get service housing on the base, so I need to know what to bring.',
      'en',
      ['Moving for a new job'],
    );
    expect(en.keys).toContain('move-home-ask');
    expect(en.keys).not.toContain('city-search');
    const stock = await tap(
      'moving',
      'Переехать в другое село с хозяйством',
      'Продали дом, купили в соседнем районе. Корова, куры, ульи.',
      'ru',
      ['Переезд с лошадьми'],
    );
    expect(stock.keys).toContain('move-stock-ready');
    expect(stock.keys).not.toContain('move-stock-land');
    const horses = await tap(
      'moving',
      'Move with our horses',
      'We are buying a house with land near my daughter.',
      'en',
      ['Moving with horses'],
    );
    expect(horses.keys).not.toContain('move-stock-ready');
    // A move for a job without a home named keeps the search.
    const search = await tap(
      'moving',
      'Move for my new job',
      'I start in Leeds in March and need somewhere to live.',
      'en',
      ['Moving for a new job'],
    );
    expect(search.keys).toContain('city-areas');
    expect(search.keys).not.toContain('move-home-ask');
  });

  it('starts a move that waits on selling the home with the sale — no viewings, moving date or van quotes', async () => {
    const en = await tap(
      'moving',
      'Move to Cork to be near my daughter and the grandkids',
      "I'm 66, widowed, in a three-bed semi in Solihull. I'd have to sell the house first and I've no idea what renting is like over there.",
      'en',
    );
    expect(en.keys.slice(0, 3)).toEqual(['move-sell-value', 'move-sell-timeline', 'move-sell-rent-there']);
    for (const key of ['move-09', 'move-01', 'move-04']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'moving',
      'Переехать к дочери в Краснодар',
      'Мне 63, живу одна в двушке в Воркуте. Сначала надо продать квартиру, а как там со съёмом — не знаю.',
      'ru',
    );
    expect(ru.keys[0]).toBe('move-sell-value');
    expect(ru.keys).not.toContain('move-09');
    expect(ru.keys).not.toContain('move-04');
    // A renter with no home to sell keeps the flat search, the date and the quotes.
    const renter = await tap(
      'moving',
      'Move to Leeds for my new job',
      "I rent a one-bed in Bristol and start in Leeds in two months; I haven't found a flat there yet.",
      'en',
    );
    expect(renter.keys).toEqual(['move-02', 'move-09', 'move-01', 'move-03', 'move-04']);
  });

  it('gets a home given for the move ready for the animals — no land or livery to rent', async () => {
    const en = await tap(
      'moving',
      'Move our family to the new land before the dam fills',
      'Our village will go under the new dam, and the project has given us a house and fields about 30 km away. We have to be out before next winter, with 40 sheep.',
      'en',
      ['Moving with horses'],
    );
    expect(en.keys[0]).toBe('move-stock-ready');
    expect(en.keys).not.toContain('move-stock-land');
    const ru = await tap(
      'moving',
      'Перевезти семью и скот на новое место',
      'Деревню затопит водохранилище, нам выделили дом с участком в соседнем районе. У нас 30 овец и корова.',
      'ru',
      ['Переезд с лошадьми'],
    );
    expect(ru.keys[0]).toBe('move-stock-ready');
    expect(ru.keys).not.toContain('move-stock-land');
    // Still looking for a place with land: the land search leads.
    const looking = await tap(
      'moving',
      'Move to the countryside with our two horses',
      "We're renting in town and haven't found a place with land yet.",
      'en',
      ['Moving with horses'],
    );
    expect(looking.keys[0]).toBe('move-stock-land');
  });

  it('reads a job contract at a mine with the employer’s «общага» as work housing, not student halls', async () => {
    const ru = await tap(
      'moving',
      'Переехать в Мирный работать на руднике',
      'Мне 26, я из Краснодара, подписал контракт, выезжать в конце октября. Там уже минус тридцать. Общагу дают на первые три месяца, дальше снимать самому.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['work-house-ask', 'work-house-bag']);
    for (const key of ['move-09', 'move-04', 'move-03']) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'moving',
      'Move to Western Australia to work at the mine',
      "I've signed a contract, fly out in March; the company gives us a dorm for the first three months.",
      'en',
    );
    expect(en.keys[0]).toBe('work-house-ask');
    expect(en.keys).not.toContain('move-09');
    // A student moving into halls is still asked about them and keeps the halls steps.
    const student = await tap(
      'moving',
      'Переехать в общагу',
      'Поступил в университет в Томске, общагу дают с сентября.',
      'ru',
      ['Заселение'],
    );
    expect(student.asked.some((asked) => (asked.choices ?? []).includes('Заселение в общежитие'))).toBe(true);
    expect(student.keys).not.toContain('work-house-ask');
  });

  it('gives a move into a home that comes with the job no flat search', async () => {
    const en = await tap(
      'moving',
      'Move to the island for my first teaching post',
      'The post comes with a house next to the school. I have never been there and the ferry only runs twice a week.',
      'en',
      ['Taking things by train or plane'],
    );
    expect(en.keys).toContain('move-home-ask');
    expect(en.keys).not.toContain('move-09');
    const ru = await tap(
      'moving',
      'Переехать в посёлок на Чукотке — взяли фельдшером',
      'Дают служебное жильё, лечу самолётом в сентябре. Не понимаю, что брать с собой.',
      'ru',
      ['Вещи едут поездом или самолётом'],
    );
    expect(ru.keys).toContain('move-home-ask');
    expect(ru.keys).not.toContain('move-09');
    // Still looking for a flat: the search stays.
    const near = await tap(
      'moving',
      'Move to a bigger flat',
      "We haven't found it yet; we need two bedrooms and a shorter trip to work.",
      'en',
    );
    expect(near.keys).toContain('move-09');
  });

  it('asks for forty minutes of packing, not a whole room in forty minutes', async () => {
    const en = await tap(
      'moving',
      'Pack up the family house before the sale',
      "I've lived here 35 years on my own since my husband died, and every cupboard is full.",
      'en',
      ['Packing up for the move'],
    );
    expect(en.keys).toContain('move-14');
    expect(en.text).toMatch(/Pack for 40 minutes/);
    expect(en.text).not.toMatch(/Pack one room completely/);
    const ru = await tap(
      'moving',
      'Собрать вещи к переезду в новую квартиру',
      'Живу в этой квартире тридцать лет, шкафы и антресоли забиты, помочь некому.',
      'ru',
      ['Сборы и упаковка вещей'],
    );
    expect(ru.keys).toContain('move-14');
    expect(ru.text).toMatch(/40 минут пакуй/);
    // A move with two bags of things gets no packing session at all.
    const near = await tap(
      'moving',
      'Move out of my house share',
      'I only have two bags and a bed that stays, moving next month.',
      'en',
    );
    expect(near.keys).not.toContain('move-14');
  });

  it('rents nearby and stores the rest while the own flat is renovated — no "give away what you won\'t take"', async () => {
    const en = await tap(
      'moving',
      'Move out during the renovation of our flat',
      'The builders are in from May for about three months. We need to rent somewhere close with our dog and put the rest away so it is not ruined.',
      'en',
    );
    expect(en.keys[0]).toBe('move-temp-rent');
    expect(en.keys).toContain('move-temp-split');
    expect(en.keys).not.toContain('move-03');
    const ru = await tap(
      'moving',
      'Пожить в съёмной квартире, пока делаем ремонт',
      'Мне 64, меняем проводку и окна, ремонт месяца на три. Нужно снять квартиру недалеко, с собакой, а мебель куда-то убрать.',
      'ru',
    );
    expect(ru.keys[0]).toBe('move-temp-rent');
    expect(ru.keys).not.toContain('move-03');
    expect(ru.keys).not.toContain('move-09');
    // A caravan on the plot while the house is built: no rental to find.
    const near = await tap(
      'moving',
      'Live in a static caravan while we build',
      'The caravan is on the plot already; the house should take a year.',
      'en',
    );
    expect(near.keys[0]).toBe('move-temp-split');
    expect(near.keys).not.toContain('move-temp-rent');
  });

  it("reads a move into the spouse's family home as their place — no rental search", async () => {
    const en = await tap(
      'moving',
      "Move in with my husband's family after the wedding",
      "His parents' house is in a village two hours from the city where I teach. I need to decide what to bring and what to leave at my mum's.",
      'en',
      ["Moving into a partner's current home"],
    );
    expect(en.keys[0]).toBe('partner-space');
    expect(en.keys).not.toContain('move-09');
    expect(en.keys).not.toContain('move-03');
    const ru = await tap(
      'moving',
      'Переехать к свекрови в село после свадьбы',
      'Мне 24, муж живёт с родителями в селе под Нальчиком. Не знаю, что брать с собой, а что оставить у мамы.',
      'ru',
      ['Переезд в квартиру или дом партнёра'],
    );
    expect(ru.asked[0]?.choices).not.toContain('Съехать от родителей в съёмное жильё');
    expect(ru.keys[0]).toBe('partner-space');
    expect(ru.keys).not.toContain('move-09');
    // Leaving one's own parents for a first flat keeps that question.
    const near = await tap(
      'moving',
      'Move out of my parents’ place',
      "I'm 22, I live with my parents and want my first flat.",
      'en',
    );
    expect(near.asked[0]?.choices).toContain('Leaving home for a first rented flat');
  });

  it('after a break-up, looks for the next place around the school — and asks the moving date once', async () => {
    const ru = await tap(
      'moving',
      'Съехать от бывшей жены',
      'Развелись весной, пока живём в одной квартире. Нужно снять жильё поближе к садику дочки.',
      'ru',
      ['Разъезд после расставания или развода'],
    );
    expect(ru.keys).toContain('mov-split-find');
    expect(ru.keys).toContain('mov-split-date');
    expect(ru.keys).not.toContain('move-01');
    const en = await tap(
      'moving',
      'Move out after the divorce',
      'We still share the house. I need to rent somewhere near my kids’ school.',
      'en',
      ['Moving out after a break-up'],
    );
    expect(en.keys).toContain('mov-split-find');
    expect(en.keys).not.toContain('move-01');
    // A place already found: no search.
    const near = await tap(
      'moving',
      'Move out of my ex’s flat',
      "We broke up in May. I've found a flat near work and the tenancy starts on the 1st.",
      'en',
      ['Moving out after a break-up'],
    );
    expect(near.keys).not.toContain('mov-split-find');
  });

  it('moves someone to a remote place in their own country with freight, supplies and help far from a city — no plug adapter or embassy', async () => {
    const en = await tap(
      'moving',
      'Relocate to a remote community clinic up north',
      'Housing is provided by the health service. I start in March, and the road is cut off for months in the wet.',
      'en',
    );
    for (const key of ['move-remote-ask', 'move-remote-freight', 'move-remote-supplies'])
      expect(en.keys).toContain(key);
    for (const key of ABROAD_WORK) expect(en.keys).not.toContain(key);
    expect(en.text).not.toMatch(/embassy|plug adapter/);
    const ru = await tap(
      'moving',
      'Переехать работать учителем в посёлок на Крайнем Севере',
      'Жильё предоставляют, дороги нет — только зимник и вертолёт.',
      'ru',
    );
    expect(ru.keys.filter((key) => REMOTE.includes(key)).length).toBeGreaterThanOrEqual(3);
    for (const key of ABROAD_WORK) expect(ru.keys).not.toContain(key);
    // A factory job abroad with a room keeps the suitcase and the consulate.
    const near = await tap(
      'moving',
      'Move to Poland for a factory job',
      'Accommodation is provided by the agency, I fly out in April.',
      'en',
    );
    expect(near.keys).toContain('work-house-bag');
    expect(near.keys.filter((key) => REMOTE.includes(key))).toEqual([]);
  });

  it("joins a partner's children in their own home — no school change for them, a step on joining them", async () => {
    const en = await tap(
      'moving',
      "Move into my girlfriend's flat",
      'She has two kids, 8 and 11, who live with her, and I want them to feel it is still their home.',
      'en',
      ['Moving into a partner'],
    );
    expect(en.keys).toContain('partner-kids');
    expect(en.keys).not.toContain('kids-school');
    const ru = await tap(
      'moving',
      'Переехать к Ане в её квартиру',
      'У неё двое детей, сын и дочь, они живут с ней; мне 41, я пока снимаю студию.',
      'ru',
      ['Переезд в квартиру или дом партнёра'],
    );
    expect(ru.keys).toContain('partner-kids');
    expect(ru.keys).not.toContain('kids-school');
    // One's own children moving into the partner's flat may change school; no step on joining someone else's children.
    const own = await tap(
      'moving',
      "Move into my boyfriend's flat with my two children",
      'They will need a new school near his place.',
      'en',
      ['Moving into a partner'],
    );
    expect(own.keys).toContain('kids-school');
    expect(own.keys).not.toContain('partner-kids');
    // A partner's son moving with the couple to a new home keeps the school step.
    const moving = await tap(
      'moving',
      'Move to Leeds with my wife and her son',
      'We are buying a bigger place there together.',
    );
    expect(moving.keys).toContain('kids-school-theirs');
  });

  it('moves someone in to care for a parent with the care asked about first — no flat search, rent or deposit', async () => {
    const en = await tap(
      'moving',
      'Move in with my dad to look after him',
      "He's 84 and since his stroke he can't manage on his own. I rent a flat two hours away.",
    );
    expect(en.keys.slice(0, 3)).toEqual(CARE);
    for (const key of SEARCH) expect(en.keys).not.toContain(key);
    expect(en.asked.flatMap((question) => question.choices ?? [])).not.toContain('Moving in together as a couple');
    const ru = await tap(
      'moving',
      'Перебраться к отцу в посёлок, чтобы ухаживать за ним',
      'Папе 79, после инсульта он один не справляется. Я снимаю квартиру в Перми.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(CARE);
    for (const key of SEARCH) expect(ru.keys).not.toContain(key);
    // Moving closer to a parent who is well is an ordinary move.
    const near = await tap('moving', 'Move closer to my mum', "She's 70 and fit, I just want to see her more often.");
    expect(near.keys.filter((key) => key.startsWith('move-care-'))).toEqual([]);
  });

  it('sends someone leaving while the partner is away to legal aid and the papers — nothing agreed with the partner first', async () => {
    const en = await tap(
      'moving',
      "Move out with the kids while he's offshore",
      "I've decided to leave my husband. He works two weeks on the rigs; I want to be gone with our son before he gets back.",
      'en',
      ['Moving out after a break-up'],
    );
    expect(en.keys.slice(0, 2)).toEqual(QUIET);
    for (const key of AGREED) expect(en.keys).not.toContain(key);
    expect(en.keys.filter((key) => key.startsWith('work-house-'))).toEqual([]);
    expect(en.text).toMatch(/legal-aid/);
    const ru = await tap(
      'moving',
      'Уйти от мужа, пока он в рейсе',
      'Он дальнобойщик, вернётся через десять дней. Хочу к этому времени с дочкой уже жить в Томске.',
      'ru',
      ['Разъезд после'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(QUIET);
    for (const key of AGREED) expect(ru.keys).not.toContain(key);
    // A break-up agreed between the two keeps the list and the date agreed with the ex.
    const near = await tap(
      'moving',
      'Move out after we split up',
      "We've agreed I'll move out of our flat by June.",
      'en',
      ['Moving out after a break-up'],
    );
    for (const key of AGREED) expect(near.keys).toContain(key);
    expect(near.keys.filter((key) => key.startsWith('mov-quiet-'))).toEqual([]);
    // Away from an abusive partner, nothing is agreed with him either.
    const abuse = await tap(
      'moving',
      'Leave my abusive husband',
      "We're in a refuge now and I've split up with him for good; the council offered a flat.",
      'en',
      ['Moving out after a break-up'],
    );
    expect(abuse.keys[0]).toBe('move-safe-plan');
    for (const key of AGREED) expect(abuse.keys).not.toContain(key);
  });

  it('lets a young person leaving home for relatives agree the stay, pack for the climate and plan trips without a car', async () => {
    const en = await tap(
      'moving',
      'Move to Dublin to start my apprenticeship',
      "I'm 18 and have never lived away from home. My visa is already approved. I'll stay with my aunt in Drumcondra at first, and I don't drive.",
      'en',
      ['Moving to another country'],
    );
    for (const key of FIRST_AWAY) expect(en.keys).toContain(key);
    for (const key of RENTER) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'moving',
      'Переехать в Казань к тёте и найти работу',
      'Мне 20, я никогда не жила отдельно от родителей, первое время поживу у тёти. Машины у меня нет.',
      'ru',
    );
    for (const key of FIRST_AWAY) expect(ru.keys).toContain(key);
    for (const key of RENTER) expect(ru.keys).not.toContain(key);
    // A renter who drives and moves for a job keeps the notice, and no host, bag or bus steps.
    const near = await tap('moving', 'Move to Leeds for a new job', 'I rent a flat in York and drive to work.');
    expect(near.keys).toContain('move-01');
    for (const key of FIRST_AWAY) expect(near.keys).not.toContain(key);
  });

  it('searches a rental from far away with a video viewing and safe payment — no visa papers or flat hunt by viewing', async () => {
    const en = await tap(
      'moving',
      "Find a room in Glasgow before my master's starts",
      "I'm in Lagos, so I can't view anything in person, and the halls are full.",
      'en',
    );
    expect(en.keys).toContain('move-far-sources');
    expect(en.keys).toContain('move-far-view');
    for (const key of ['move-09', 'dorm-info']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'moving',
      'Снять квартиру в Петербурге до начала учёбы',
      'Я живу в Якутске и не могу посмотреть квартиры вживую, а общежитие не дали.',
      'ru',
    );
    expect(ru.keys).toContain('move-far-sources');
    expect(ru.keys).not.toContain('dorm-info');
    // Viewings in person keep the ordinary search.
    const near = await tap(
      'moving',
      'Find a flat in Leeds by September',
      'Budget £900, and I can view flats at weekends.',
      'en',
    );
    expect(near.keys).toContain('move-09');
    expect(withPrefix(near.keys, 'move-far')).toEqual([]);
  });

  it('moves pets early in the plan — the vet for an old one, the carrier, the aquarium in its own water', async () => {
    const ru = await tap(
      'moving',
      'Переехать в Казань с котом и аквариумом',
      'Кот старенький, плохо переносит дорогу, а рыбок жалко.',
      'ru',
      ['Переезд с питомцем'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['pet-vet', 'pet-move', 'pet-fish']);
    expect(ru.keys).not.toContain('move-03');
    const en = await tap('moving', 'Move to Cardiff with our old dog', 'He hates the car and it is four hours.', 'en', [
      'Moving with a pet',
    ]);
    expect(en.keys.slice(0, 2)).toEqual(['pet-vet', 'pet-move']);
    // A young cat gets no vet visit, and no pet no pet steps.
    const young = await tap('moving', 'Move to Cardiff with our kitten', 'Across town in May.', 'en', [
      'Moving with a pet',
    ]);
    expect(young.keys).toContain('pet-move');
    expect(young.keys).not.toContain('pet-vet');
    const near = await tap('moving', 'Move to Cardiff', 'Across town in May.', 'en');
    expect(withPrefix(near.keys, 'pet-')).toEqual([]);
  });

  it('ships a whole household by container — what is worth the freight, quotes, selling early — not one suitcase', async () => {
    const ru = await tap(
      'moving',
      'Переехать из Норильска в Краснодар',
      'Тридцать лет нажито, вещи отправим контейнером, а сами полетим самолётом.',
      'ru',
      ['Вещи едут'],
    );
    expect(ru.keys[0]).toBe('move-freight-list');
    expect(ru.keys).not.toContain('dorm-carry');
    const en = await tap(
      'moving',
      'Move from Darwin to Melbourne',
      'A house full of furniture, and a shipping container costs a fortune.',
      'en',
    );
    expect(en.keys[0]).toBe('move-freight-list');
    // A student's suitcase on the train keeps the carry plan.
    const near = await tap('moving', 'Move to uni in Exeter', 'Just a suitcase and a backpack, going by train.', 'en', [
      'Taking things by train',
    ]);
    expect(near.keys).toContain('dorm-carry');
    expect(withPrefix(near.keys, 'move-freight')).toEqual([]);
  });

  it('flies to housing a programme arranges — no flat hunt and no lift booked for the bags', async () => {
    const en = await tap(
      'moving',
      'Move from Iqaluit to Montreal for college',
      'The program helps with housing. I have one flight with two bags.',
      'en',
      ['Taking things by train or plane'],
    );
    expect(en.keys).toContain('dorm-carry');
    for (const key of ['move-09', 'little-lift']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'moving',
      'Переехать учиться в Томск',
      'С жильём помогают в колледже, лечу самолётом с двумя сумками.',
      'ru',
      ['Вещи едут'],
    );
    for (const key of ['move-09', 'little-lift']) expect(ru.keys).not.toContain(key);
    // A few things across town still get one lift.
    const near = await tap(
      'moving',
      'Move into my own studio',
      "I don't own much — a suitcase and a guitar. Found the studio already.",
      'en',
      ['Only a few bags'],
    );
    expect(near.keys).toContain('little-lift');
  });

  it('moves to a posting for a set term: what it gives, a bag for the first weeks, the first nights — no listings, clear-out or movers', async () => {
    const en = await tap(
      'moving',
      'Move to Jos for my service year',
      "I've just been posted there; camp starts next month and I don't know where I'll live after it.",
      'en',
    );
    expect(en.keys.slice(0, 3)).toEqual(['move-post-ask', 'move-post-pack', 'move-post-nights']);
    for (const key of ['move-09', 'move-03', 'move-04']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'moving',
      'Переехать по распределению в Норильск',
      'После колледжа распределили на комбинат, жильё обещают, но не сразу.',
      'ru',
    );
    expect(ru.keys[0]).toBe('move-post-ask');
    expect(ru.keys).not.toContain('move-09');
    // A move with a flat to find, and no posting, keeps the search, the clear-out and the movers.
    const near = await tap('moving', 'Move to Leeds', 'Starting in March, need to find a flat.', 'en', ['None']);
    expect(withPrefix(near.keys, 'move-post-')).toEqual([]);
    expect(near.keys).toContain('move-09');
    expect(near.keys).toContain('move-03');
    // A family following a partner's posting moves everything: no bag for the first weeks.
    const family = await tap(
      'moving',
      "Move to Plymouth for my wife's posting",
      "She's been posted there with the Navy; we have two kids, a house full of furniture and the movers are paid for.",
      'en',
      ['None'],
    );
    expect(withPrefix(family.keys, 'move-post-')).toEqual([]);
  });

  it("moves a whole family for one parent's transfer to a factory as a household, not as a worker to employer's housing", async () => {
    const ru = await tap(
      'moving',
      'Переехать в Калугу всей семьёй',
      'Мужа переводят на завод в Калугу, едем с двумя детьми и собакой.',
      'ru',
    );
    expect(withPrefix(ru.keys, 'work-house-')).toEqual([]);
    expect(ru.keys).toContain('move-02');
    const en = await tap(
      'moving',
      'Move the family to Swindon',
      "My husband is being transferred and he'll work at a factory there from March; the kids change schools.",
      'en',
    );
    expect(withPrefix(en.keys, 'work-house-')).toEqual([]);
    // A worker going alone on a contract with housing keeps the questions to the employer.
    const near = await tap(
      'moving',
      'Уехать на завод в Чехию',
      'Подписал контракт, жильё предоставляют, еду один.',
      'ru',
    );
    expect(near.keys[0]).toBe('work-house-ask');
  });

  it('reads housing that comes with the job as a home found: what is there, not listings and viewings', async () => {
    const en = await tap(
      'moving',
      'Move to Shetland for a two-year teaching job',
      'The school provides accommodation, but I have to sort out my cat and my furniture.',
      'en',
      ['Moving with a pet'],
    );
    expect(en.keys).toContain('move-home-ask');
    expect(en.keys).not.toContain('move-09');
    const ru = await tap(
      'moving',
      'Переехать на Сахалин по контракту',
      'Работодатель предоставляет жильё, квартира с мебелью, еду с собакой.',
      'ru',
      ['Переезд с питомцем'],
    );
    expect(ru.keys).toContain('move-home-ask');
    expect(ru.keys).not.toContain('move-09');
    // A move for a job with no home yet keeps the search.
    const near = await tap(
      'moving',
      'Move to Leeds with my dog',
      "I still haven't found a flat that takes dogs.",
      'en',
      ['Moving with a pet'],
    );
    expect(near.keys).toContain('move-09');
  });

  it('brings an older relative into the family home: their things chosen with them, their room, the rest placed, their doctor — no flat search or declutter', async () => {
    const ru = await tap(
      'moving',
      'Забрать маму к себе из Рубцовска',
      'Маме 79, одной в частном доме ей тяжело. Решили, что будет жить у нас в двушке, но она не хочет расставаться с вещами.',
      'ru',
    );
    expect(ru.keys).toEqual(['move-kin-talk', 'move-kin-room', 'move-kin-rest', 'move-kin-care', 'move-kin-day']);
    const en = await tap(
      'moving',
      'Move my dad in with us',
      "He's 83 and can't manage the farmhouse any more. He wants to bring half the furniture and his two dogs.",
      'en',
    );
    expect(en.keys[0]).toBe('move-kin-talk');
    for (const key of ['move-09', 'move-01', 'move-03']) expect(en.keys).not.toContain(key);
    expect(withPrefix(en.keys, 'partner-')).toEqual([]);
    // A move in to care for a parent in their home keeps the care steps.
    const near = await tap(
      'moving',
      'Move in with my mum to care for her',
      'She broke her hip and lives alone two hours away.',
      'en',
    );
    expect(near.keys[0]).toBe('move-care-needs');
    expect(withPrefix(near.keys, 'move-kin-')).toEqual([]);
  });

  it('moves a family abroad, not the grandparents who live with them and stay behind', async () => {
    const en = await tap(
      'moving',
      'Relocate to Toronto with my husband and two kids',
      'He starts at a hospital there in April. His parents live with us and are staying behind with his sister, and we have to sell almost everything.',
      'en',
      ['Moving to another country'],
    );
    expect(withPrefix(en.keys, 'move-kin')).toEqual([]);
    const ru = await tap(
      'moving',
      'Переехать всей семьёй в Алматы',
      'Мужу предложили работу, дочке восемь лет. Свекровь давно переехала к нам, но с нами не поедет — остаётся в Омске у его сестры.',
      'ru',
    );
    expect(withPrefix(ru.keys, 'move-kin')).toEqual([]);
    // A parent coming to live with us keeps the steps planned around them.
    const near = await tap(
      'moving',
      'Move my mum in with us',
      "She's 84 and can't manage the stairs at her house any more; she'll have our spare room.",
    );
    expect(near.keys[0]).toBe('move-kin-talk');
  });

  it('packs for going ahead alone and weighs the car’s way there — no clear-out or removal quotes for the family home', async () => {
    const ru = await tap(
      'moving',
      'Переехать на Сахалин по контракту',
      'Мне 35, работа с марта, жена и сын приедут осенью. Не знаю, везти ли машину или продать.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['move-first-pack', 'move-car-how']);
    expect(ru.keys).not.toContain('move-03');
    expect(ru.keys).not.toContain('move-04');
    const en = await tap(
      'moving',
      'Move to Inverness for the new job',
      'My wife and the kids will join me in the summer; not sure whether to drive the car up or ship it.',
      'en',
      ['None'],
    );
    expect(en.keys).toContain('move-first-pack');
    expect(en.keys).toContain('move-car-how');
    expect(en.keys).not.toContain('move-04');
    // The whole household moving together keeps the clear-out and the quotes.
    const near = await tap(
      'moving',
      'Переехать всей семьёй в Казань',
      'Мужа переводят, едем все вместе в августе.',
      'ru',
      ['Ничего'],
    );
    expect(near.keys).toContain('move-03');
    expect(withPrefix(near.keys, 'move-first-')).toEqual([]);
  });

  it('moves back home from abroad to a flat of one’s own once the tenants leave — no long-term rentals', async () => {
    const ru = await tap(
      'moving',
      'Переехать обратно из Турции в Алматы',
      'Прожили в Анталье четыре года, сыну 9. Наша квартира в Алматы сдаётся, жильцы съезжают только в сентябре.',
      'ru',
    );
    expect(ru.keys).toContain('ret-roof-own');
    expect(ru.keys).not.toContain('ret-roof');
    expect(ru.keys).not.toContain('move-09');
    const en = await tap(
      'moving',
      'Move back from Singapore to Perth',
      'Five years away with the kids; our tenants move out of our house in October.',
    );
    expect(en.keys).toContain('ret-roof-own');
    // A return with no home of one's own keeps the rentals.
    const near = await tap(
      'moving',
      'Move back from Dubai to Manchester',
      'Six years away; we need somewhere to rent near a school.',
    );
    expect(near.keys).toContain('ret-roof');
    expect(near.keys).not.toContain('ret-roof-own');
  });

  it('counts a year or two of rent in advance where that is the norm, not "first month plus deposit"', async () => {
    const en = await tap(
      'moving',
      "Move out of my parents' house into my own flat in Lekki",
      "I'm 27, a software developer at a fintech, and I still live with my parents in Surulere. I'd like a one-bedroom closer to the office, but landlords want a year or two of rent upfront plus agency and legal fees, and my mum thinks a single woman moving out means something is wrong at home. I've saved about 3.5 million naira and want to be in before the end of the year.",
      'en',
      ['Leaving home'],
    );
    expect(en.keys).toContain('out-costs-year');
    expect(en.keys).not.toContain('out-costs');
    const other = await tap(
      'moving',
      'Get my first apartment in Accra',
      'Still living with my parents at 25; landlords here want two years in advance and I have saved about half.',
      'en',
      ['Leaving home'],
    );
    expect(other.keys).toContain('out-costs-year');
    const ru = await tap(
      'moving',
      'Съехать от родителей в свою квартиру',
      'Мне 24, живу с мамой. Хозяева здесь просят оплату за год вперед плюс комиссию агенту.',
      'ru',
      ['Съехать от родителей'],
    );
    expect(ru.keys).toContain('out-costs-year');
    // A first flat paid month by month keeps the first month and the deposit.
    const near = await tap(
      'moving',
      'Move out of my parents’ place',
      'I am 23 and want my own flat in Leeds by the summer.',
      'en',
      ['Leaving home'],
    );
    expect(near.keys).toContain('out-costs');
    expect(near.keys).not.toContain('out-costs-year');
  });

  it('gives no school step to an old couple whose children are grown, nor a flat search when the new place is found', async () => {
    const en = await tap(
      'moving',
      'Move off the farm into a unit in town',
      "We're 73 and 75 and have been on our sheep place for 44 years. The kids don't want it, it's sold and settlement is the 30th of May. We've found a two-bedroom unit near the hospital but there's a shed full of stuff.",
      'en',
    );
    expect(en.keys).not.toContain('kids-school');
    expect(en.keys).not.toContain('move-09');
    const ru = await tap(
      'moving',
      'Переехать из деревни в город',
      'Нам с мужем под семьдесят, дети давно взрослые, живут в Москве. Дом продали, нашли однушку рядом с поликлиникой, переезд в мае.',
      'ru',
    );
    expect(ru.keys).not.toContain('kids-school');
    // Young children named with no grown-up ones keep the school step.
    const near = await tap(
      'moving',
      'Move to a bigger house',
      'We have two kids, 6 and 9, and they will change school after the move in August.',
      'en',
      ['Children changing school'],
    );
    expect(near.keys).toContain('kids-school');
  });

  it('plans the search for one’s own place from housing an employer gives for the first weeks, and a first place abroad that takes the dog', async () => {
    const en = await tap(
      'moving',
      'Move from Lagos to Aberdeen for my nursing job',
      'I start at the hospital on 3 March, my visa is already approved. The hospital gives four weeks of accommodation and then I must find my own room.',
      'en',
      ['Moving to another country'],
    );
    expect(en.keys).toContain('abroad-stay-given');
    expect(en.keys).not.toContain('abroad-landing');
    const ru = await tap(
      'moving',
      'Переезд в Германию по работе',
      'Компания оплачивает гостиницу на первые две недели, а потом надо искать своё жильё. Еду одна, виза готова.',
      'ru',
      ['Переезд в другую страну'],
    );
    expect(ru.keys).toContain('abroad-stay-given');
    expect(ru.keys).not.toContain('abroad-landing');
    const pet = await tap(
      'moving',
      'Переезд из Тбилиси в Белград с собакой',
      'Едем на машине с лабрадором, 38 кг. Жильё в Белграде ищем удалённо, и везде пишут «без животных».',
      'ru',
      ['Переезд в другую страну'],
    );
    expect(ownSteps(pet.keys)).toContain('abroad-pet-stay');
    expect(pet.keys).not.toContain('abroad-landing');
    // A move abroad with no given housing and no pet keeps the first-month short let.
    const near = await tap(
      'moving',
      'Move to Lisbon',
      'I work remotely and want to try living in Portugal for a year. Never lived abroad.',
      'en',
      ['Moving to another country'],
    );
    expect(near.keys).toContain('abroad-landing');
    expect(near.keys).not.toContain('abroad-stay-given');
  });

  it('plans the heavy jobs before prices, so no movers count "everything" before the list of what goes', async () => {
    const ru = await tap(
      'moving',
      'перебраться из Норильска на материк',
      'Мне 64, хотим с мужем уехать на материк. Муж после операции на сердце, тяжёлое ему поднимать нельзя, а контейнер отправлять надо летом.',
      'ru',
    );
    expect(ru.keys[0]).toBe('move-nolift-help');
    expect(ru.texts[0]).not.toMatch(/посчитать упаковку и вынос всего/);
    expect(ru.texts[0]).toMatch(/когда станет ясно, что едет/);
    const en = await tap(
      'moving',
      'Move to the coast',
      "We're moving 400 miles to the coast. I had a hip replacement and mustn't lift anything heavy.",
      'en',
    );
    expect(en.texts.join('\n')).not.toMatch(/quote for packing and carrying everything/);
  });

  it('plans a corner for the pet of a relative who moves in, never gives it away — no pet, the old step', async () => {
    const en = await tap(
      'moving',
      'Move my dad in with us before winter',
      "He's 81 and alone on the farm. He'll come to live with us and bring his old dog.",
    );
    expect(en.keys).toContain('move-kin-rest-pet');
    expect(en.keys).not.toContain('move-kin-rest');
    const ru = await tap(
      'moving',
      'Забрать бабушку к себе',
      'Бабушке 85, она будет жить с нами и возьмёт кошку.',
      'ru',
    );
    expect(ru.keys).toContain('move-kin-rest-pet');
    const none = await tap('moving', 'Забрать маму к себе', 'Маме 80, она будет жить с нами, вещей много.', 'ru');
    expect(none.keys).toContain('move-kin-rest');
    expect(none.keys).not.toContain('move-kin-rest-pet');
  });

  it('compares two cities before listings, and sells nothing off a year ahead — one city chosen keeps its steps', async () => {
    const ru = await tap(
      'moving',
      'Переехать к морю на пенсии',
      'Выхожу на пенсию через год. Муж хочет в Сочи, а я думаю про Анапу. Квартиру продаём, вещи отправим контейнером.',
      'ru',
    );
    expect(ru.keys[0]).toBe('move-city-compare');
    expect(ru.keys).not.toContain('move-freight-sell');
    expect(ru.keys).not.toContain('move-09');
    const en = await tap(
      'moving',
      'Retire to the coast',
      "We're torn between Cornwall and Devon for next year. We'll ship our things by container.",
    );
    expect(en.keys[0]).toBe('move-city-compare');
    expect(en.keys).not.toContain('move-freight-sell');
    const chosen = await tap(
      'moving',
      'Переезд в Краснодар',
      'Переезжаем в Краснодар летом, вещи отправим контейнером.',
      'ru',
    );
    expect(chosen.keys).not.toContain('move-city-compare');
    expect(chosen.keys).toContain('move-freight-sell');
  });

  // "Moving to my son" alone says where, not with whom (a widow who will rent near her daughter): the host
  // steps come when the person says they will live with them.
  it('moving abroad to live with a daughter or son: no rent and first pay, no short let near work', async () => {
    const en = await tap(
      'moving',
      'Moving to my son in Toronto next spring',
      "I'm 70 and widowed, and I'll live with my son and his wife. He has applied for my visa as his parent. I must sell the flat in Lviv and work out how my pension can be paid to me in Canada.",
      'en',
      ['Moving to another country'],
    );
    expect(en.keys).toContain('abroad-money-host');
    expect(en.keys).not.toContain('abroad-money');
    expect(en.keys).not.toContain('abroad-landing');
    const ru = await tap(
      'moving',
      'Переезжаю к дочери в Германию',
      'Мне 66, я на пенсии, буду жить у дочери. Она оформляет мне воссоединение семьи, надо продать квартиру в Омске и решить с пенсией.',
      'ru',
      ['Переезд в другую страну'],
    );
    expect(ru.keys).not.toContain('abroad-money');
    expect(ru.keys).not.toContain('abroad-landing');
    // Moving abroad for a job, with no family there, keeps the first-month let and the rent.
    const near = await tap(
      'moving',
      'Moving to Lisbon for a new job',
      'I start in March and need to find a flat there. My daughter stays here with her mum.',
      'en',
      ['Moving to another country'],
    );
    expect(near.keys).toContain('abroad-money');
  });

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

  it('drops choosing a town and the valuation once the retirement unit is chosen and the sale has a settlement date', async () => {
    const en = await tap(
      'moving',
      'downsize into a retirement flat',
      "I'm 80. My new unit at the village has one bedroom; settlement day is 2 May and my daughter can help for a week.",
      'en',
      ['None'],
    );
    expect(en.keys).not.toContain('down-agree');
    expect(en.keys).not.toContain('down-visit');
    expect(en.keys).not.toContain('down-value');
    expect(en.keys).toContain('down-sort');
    const near = await tap(
      'moving',
      'downsize to a retirement village',
      "I'm 78 and the house is too big for me now; I haven't picked a village yet.",
      'en',
      ['Moving to a smaller home'],
    );
    expect(near.keys).toContain('down-agree');
  });

  it('drops the visa search once a permit is granted, and the first-month let once one is booked', async () => {
    const en = await tap(
      'moving',
      'moving to Auckland with the kids',
      'My wife got a residence permit with her new job. We booked an Airbnb for the first month and then need a long-term lease.',
      'en',
      ['Moving to another country'],
    );
    expect(en.keys).not.toContain('abroad-visa');
    expect(en.keys).not.toContain('abroad-landing');
    expect(en.keys).toContain('abroad-stay-booked');
    const ru = await tap(
      'moving',
      'переезд в Белград',
      'Муж уже получил ВНЖ, мы сняли квартиру на первый месяц, потом нужно искать постоянное жильё.',
      'ru',
      ['Переезд в другую страну'],
    );
    expect(ru.keys).not.toContain('abroad-visa');
    expect(ru.keys).not.toContain('abroad-landing');
    expect(ru.keys).toContain('abroad-stay-booked');
    const near = await tap(
      'moving',
      'moving to Auckland with the kids',
      'We want to move to New Zealand next year and apply for a residence permit.',
      'en',
      ['Moving to another country'],
    );
    expect(near.keys).toContain('abroad-visa');
    expect(near.keys).not.toContain('abroad-stay-booked');
  });

  it('reads a move back from abroad to a parent after a stroke as care, with no visa or pet-friendly let', async () => {
    const ru = await tap(
      'moving',
      'возвращаюсь из Лимассола домой в Тверь',
      'Прожила там шесть лет, папа перенес инсульт и живёт один, буду жить у него. С собой кот.',
      'ru',
      ['Переезд с питомцем'],
    );
    expect(ru.keys).not.toContain('abroad-visa');
    expect(ru.keys).not.toContain('abroad-pet-stay');
    expect(ru.keys).toContain('move-care-needs');
    const en = await tap(
      'moving',
      'coming back from Doha to be near mum',
      'Eight years in the Gulf. Mum has been on her own since her stroke in spring and I want to be there for her.',
      'en',
    );
    expect(en.keys).not.toContain('abroad-visa');
    expect(en.keys).toContain('move-care-needs');
    // A first move abroad, a parent named: the visa step stays.
    const near = await tap(
      'moving',
      'переезд из Самары в Израиль',
      'Уезжаем с мамой через полгода, надо разобраться с документами.',
      'ru',
      ['Переезд в другую страну'],
    );
    expect(near.keys).toContain('abroad-visa');
    expect(near.keys).not.toContain('move-care-needs');
  });

  it('drops the visa search once the visa is approved, and puts the pet import rules before a pet-friendly let', async () => {
    const en = await tap(
      'moving',
      'relocate to Brisbane with my partner and our dog',
      'My skilled visa was approved last month, we fly in March. We own our house here and will rent it out.',
      'en',
      ['Moving to another country'],
    );
    expect(en.keys).not.toContain('abroad-visa');
    const travel = en.keys.indexOf('abroad-pet-travel');
    const stay = en.keys.indexOf('abroad-pet-stay');
    expect(travel).toBeGreaterThanOrEqual(0);
    if (stay >= 0) expect(travel).toBeLessThan(stay);
    const ru = await tap('moving', 'переезд в Канаду', 'Визу одобрили, вылетаем в августе всей семьёй.', 'ru', [
      'Переезд в другую страну',
    ]);
    expect(ru.keys).not.toContain('abroad-visa');
    // A visa still to be chosen: the visa step stays.
    const near = await tap(
      'moving',
      'relocate to Brisbane',
      "We'd like to go next spring but haven't looked into which visa we could get.",
      'en',
      ['Moving to another country'],
    );
    expect(near.keys).toContain('abroad-visa');
  });

  it('gives staying abroad or going back, still undecided, the decision steps instead of "define done"', async () => {
    const ru = await tap(
      'generic',
      'остаться в Польше или вернуться домой',
      'Третий год работаю во Вроцлаве, вид на жительство по работе. Родители стареют, друзей здесь мало. Контракт кончается весной.',
      'ru',
      ['Другое'],
    );
    expect(ru.keys).toContain('move-stay-sides');
    expect(ru.keys).not.toContain('gen-act-done');
    const en = await tap(
      'generic',
      "can't decide whether to stay in Lisbon or go back home",
      'Two years here on a work visa, lonely, my parents are getting older. The contract ends in March.',
      'en',
      ['Something else'],
    );
    expect(en.keys).toContain('move-stay-sides');
    const near = await tap(
      'moving',
      'move back home to Manila after two years in Lisbon',
      'The contract ends in March and I need to ship my things.',
      'en',
    );
    expect(near.keys.filter((key) => key.startsWith('move-stay'))).toEqual([]);
  });

  it('sells nothing and books no viewings for a move next year', async () => {
    const ru = await tap(
      'moving',
      'переехать с Севера в Краснодар',
      'Хотим переехать к следующему лету, всей семьёй: работа, контейнер, жильё там — не знаем, как увязать.',
      'ru',
    );
    expect(ru.keys).not.toContain('move-freight-sell');
    expect(ru.keys).not.toContain('move-09');
  });

  it("asks a posting's scheme about housing, not whoever sold the new home", async () => {
    const en = await tap(
      'moving',
      'moving to Tamale for my teaching posting',
      "My posting came through, I start in a month and don't know if accommodation comes with the post.",
      'en',
    );
    expect(en.keys).toContain('move-post-ask');
    expect(en.keys).not.toContain('move-home-ask');
  });

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

  it('gives a family moving to care for a parent the last school year and the partner’s work, not a lone carer’s remote work', async () => {
    const en = await tap(
      'moving',
      'move the family back to my hometown to look after my dad',
      'Dad is 82 and can no longer manage alone. My husband will need a job there, and our daughter is in her senior year of high school.',
      'en',
      [],
    );
    expect(en.keys).toContain('move-final-year');
    expect(en.keys).toContain('move-partner-work');
    expect(en.keys).not.toContain('move-care-own');
    const ru = await tap(
      'moving',
      'переехать к маме в Саратов, ухаживать за ней',
      'Маме 80, одна не справляется. Сын в выпускном классе, мужу придётся искать работу там.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('move-final-year');
    expect(ru.keys).not.toContain('move-care-own');
    const near = await tap(
      'moving',
      'move in with my mum to look after her',
      'She is 85 and can no longer cope alone. I live alone and work in an office.',
      'en',
      [],
    );
    expect(near.keys).toContain('move-care-own');
    expect(near.keys).not.toContain('move-final-year');
  });
});
