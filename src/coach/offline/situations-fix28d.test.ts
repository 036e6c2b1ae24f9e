import { describe, expect, it } from 'vitest';
import { talkWith, tapping, tapThrough } from '../../../test/factories/converse.js';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);
const tap = tapThrough(coach);
const talk = talkWith(coach);

describe('the twenty-eighth blind read, fixed in general (helper fix28d)', () => {
  it('gives one hospital bill the billing office, the hospital’s help and a plan — not a debt list by interest rate', async () => {
    const en = await tap(
      'finance',
      'Clear my hospital bill before it goes to collections',
      'I had surgery without insurance and the letter gives me 45 days. I earn $16 an hour.',
      'en',
      ['Paying off'],
    );
    expect(en.keys.slice(0, 4)).toEqual(['fin-med-check', 'fin-med-aid', 'fin-med-afford', 'fin-med-plan']);
    expect(en.keys).not.toContain('fin-18');
    expect(en.keys).not.toContain('fin-debt-auto');
    expect(en.keys).not.toContain('fin-11');
    const ru = await tap(
      'finance',
      'Закрыть долг за лечение',
      'Пришёл счёт из клиники за операцию, 90 тысяч, просят оплатить за два месяца.',
      'ru',
      ['Выплатить'],
    );
    expect(ru.keys[0]).toBe('fin-med-check');
    expect(ru.keys).toContain('fin-med-plan');
    expect(ru.keys).not.toContain('fin-18');
    // Credit cards keep the usual debt path, even beside a hospital bill.
    const cards = await tap(
      'finance',
      'Pay off my credit cards',
      'Two credit cards and an old hospital bill, about $6,000 in all.',
      'en',
      ['Paying off'],
    );
    expect(cards.keys[0]).toBe('fin-18');
    expect(cards.keys).not.toContain('fin-med-check');
  });

  it('has someone paid in cash by the day log each day and put a share away — no card transactions or subscriptions', async () => {
    const en = await tap(
      'finance',
      'Have the fees ready for next term',
      'I drive a taxi. On a good day I keep about 30 dollars after fuel, on a bad day nothing.',
    );
    expect(en.keys.slice(0, 2)).toEqual(['fin-cash-log', 'fin-cash-daily']);
    expect(en.keys).not.toContain('fin-10');
    expect(en.keys).not.toContain('fin-11');
    expect(en.keys).not.toContain('fin-12');
    const ru = await tap(
      'finance',
      'Накопить на зимнюю резину',
      'Торгую на рынке овощами, в хороший день выходит три тысячи, в плохой — ничего.',
      'ru',
      ['Накопить'],
    );
    expect(ru.keys).toContain('fin-cash-log');
    expect(ru.keys).toContain('fin-cash-daily');
    expect(ru.keys).not.toContain('fin-11');
    expect(ru.keys).not.toContain('fin-15');
    // Someone paid a salary keeps the spending review.
    const salary = await tap(
      'finance',
      'Get my spending under control',
      'I get paid monthly and it’s gone by the 20th.',
    );
    expect(salary.keys).toContain('fin-11');
    expect(salary.keys).not.toContain('fin-cash-log');
  });

  it('gives a saver with no income yet (a school student, a summer job ahead) no last month’s spending to sort', async () => {
    const ru = await tap(
      'finance',
      'Накопить на учёбу в Томске',
      'Мне 16, в июне выпускаюсь. Летом зовут работать в кафе, обещают 30 тысяч в месяц.',
      'ru',
      ['Накопить деньги'],
    );
    expect(ru.keys[0]).toBe('fin-09');
    expect(ru.keys).not.toContain('fin-11');
    expect(ru.keys).not.toContain('fin-12');
    const en = await tap(
      'finance',
      'Save for a laptop before college',
      "I'm 17 and start a summer job at the pool in June.",
      'en',
      ['Saving up'],
    );
    expect(en.keys).not.toContain('fin-11');
    expect(en.keys).not.toContain('fin-12');
    // An adult saving from a salary keeps it.
    const adult = await tap('finance', 'Накопить на отпуск', 'Хочу отложить 100 тысяч к лету.', 'ru', [
      'Накопить деньги',
    ]);
    expect(adult.keys).toContain('fin-11');
  });

  it('has a service with no photos of the work get photos before a listing that needs one', async () => {
    const en = await firstFive(
      'business',
      'Start a nail art business',
      "I've done nails for friends for years, but I have no photos of my work and no idea what to charge.",
    );
    expect(en.keys).toContain('biz-portfolio');
    expect(en.keys.indexOf('biz-portfolio')).toBeLessThan(
      en.keys.includes('biz-landing') ? en.keys.indexOf('biz-landing') : 99,
    );
    const ru = await firstFive(
      'business',
      'Начать брать заказы на свадебные причёски',
      'Делаю причёски подругам много лет, но портфолио нет и нормальных фото тоже.',
      'ru',
    );
    expect(ru.keys).toContain('biz-portfolio');
    // A business with photos already gets no portfolio step.
    const shown = await firstFive(
      'business',
      'Start a bridal makeup business',
      'I have a kit and a folder of photos of my work from friends’ weddings.',
    );
    expect(shown.keys).not.toContain('biz-portfolio');
    expect(shown.keys[0]).toBe('biz-offer');
  });

  it('has a supplier to hotels or restaurants find the buyers and visit with a sample — no landing page', async () => {
    const en = await tap(
      'business',
      'Start supplying vegetables to restaurants in town',
      'I grow greens on two acres and sell at the market, but the restaurants buy from a wholesaler.',
      'en',
      ['Supplying'],
    );
    expect(en.keys.slice(0, 4)).toEqual([
      'biz-kitchen-buyers',
      'biz-kitchen-needs',
      'biz-kitchen-price',
      'biz-kitchen-visit',
    ]);
    expect(en.keys).not.toContain('biz-landing');
    const ru = await tap(
      'business',
      'Поставлять домашний сыр в рестораны',
      'Держу коз, сыр берут соседи, хочу продавать ресторанам в городе.',
      'ru',
      ['Поставлять в рестораны'],
    );
    expect(ru.keys[0]).toBe('biz-kitchen-buyers');
    expect(ru.keys).toContain('biz-kitchen-visit');
    expect(ru.keys).not.toContain('biz-landing');
    // Getting stocked in shops keeps the shop steps.
    const shops = await tap(
      'business',
      'Get my granola stocked in local shops',
      'I sell it at the market and want it on their shelves.',
      'en',
      ['Getting my product'],
    );
    expect(shops.keys).toContain('biz-stock-shops');
    expect(shops.keys).not.toContain('biz-kitchen-buyers');
  });

  it('gives a full trial batch of bread the hours it takes', async () => {
    const ru = await tap(
      'business',
      'Открыть пекарню в селе',
      'Пеку хлеб дома, хочу продавать у магазина по утрам.',
      'ru',
      ['Точка или прилавок'],
    );
    const at = ru.keys.indexOf('biz-food-batch');
    expect(at).toBeGreaterThan(-1);
    expect(ru.minutes[at]).toBe(120);
    const en = await tap(
      'business',
      'Sell sourdough at the farmers market',
      'I bake at home and want a stall by spring.',
      'en',
      ['Selling food'],
    );
    expect(en.minutes[en.keys.indexOf('biz-food-batch')]).toBe(120);
    // The other food steps keep their minutes.
    expect(en.minutes[en.keys.indexOf('biz-food-price')] ?? 20).toBe(20);
  });

  it('has a change of who is on a tenancy go through the agreement, the agent, free advice and the other tenant', async () => {
    const en = await tap(
      'admin',
      'Take my flatmate off our joint tenancy',
      'She moved abroad and the letting agent says she has to sign. The lease renews in September.',
      'en',
      ['Changing who'],
    );
    expect(en.keys.slice(0, 4)).toEqual(['adm-ten-read', 'adm-ten-agent', 'adm-ten-advice', 'adm-ten-ask']);
    expect(en.keys).not.toContain('adm-01');
    expect(en.keys).not.toContain('adm-02');
    expect(en.keys).not.toContain('adm-04');
    expect(en.keys).not.toContain('adm-05');
    const ru = await tap(
      'admin',
      'Переоформить договор аренды на себя',
      'Муж съехал, а хозяйка говорит, что без его подписи не может.',
      'ru',
      ['Переоформить'],
    );
    expect(ru.keys[0]).toBe('adm-ten-read');
    expect(ru.keys).not.toContain('adm-05');
    // A tenancy deposit keeps the deposit steps.
    const deposit = await tap(
      'admin',
      'Get my tenancy deposit back',
      'The landlord is keeping it for wear and tear.',
      'en',
      ['Getting a deposit'],
    );
    expect(deposit.keys).toContain('adm-dep-proof');
    expect(deposit.keys).not.toContain('adm-ten-read');
  });

  it('sends a cooling-off cancellation today with proof of the date — no draft form or appointment', async () => {
    const ru = await firstFive(
      'admin',
      'Отказаться от страховки по ипотеке',
      'Навязали страховку жизни, прошло 10 дней, говорят, что отказаться можно только в период охлаждения.',
      'ru',
    );
    expect(ru.keys[0]).toBe('adm-cool-send');
    expect(ru.keys).toContain('adm-cool-complain');
    expect(ru.keys).not.toContain('adm-05');
    expect(ru.keys).not.toContain('adm-04');
    const en = await firstFive(
      'admin',
      'Cancel the insurance they added to my car loan',
      "The dealer said I needed it. I'm still inside the 14-day cooling-off period.",
    );
    expect(en.keys[0]).toBe('adm-cool-send');
    expect(en.keys).not.toContain('adm-05');
    // An application with no cooling-off keeps the form.
    const online = await firstFive('admin', 'Apply for child benefit', "I'll do it online this weekend.");
    expect(online.keys).toContain('adm-05');
    expect(online.keys).not.toContain('adm-cool-send');
    // A deadline of fourteen days is no cooling-off period.
    const arrival = await firstFive(
      'admin',
      'Register my address after the move',
      'It has to be done within 14 days of arriving.',
    );
    expect(arrival.keys).not.toContain('adm-cool-send');
    const arrivalRu = await firstFive(
      'admin',
      'Встать на учёт по месту пребывания',
      'Нужно сделать в течение 14 дней после приезда.',
      'ru',
    );
    expect(arrivalRu.keys).not.toContain('adm-cool-send');
  });

  it('writes a family history from genealogy research by people and generations — not an archive’s boxes', async () => {
    const en = await tap(
      'writing',
      'Write up our family history for the grandchildren',
      'Ten years of genealogy on the Millers: census records, a few letters and photos. I want it ready for Christmas and I’ve never written anything this long.',
    );
    expect(en.keys).toContain('write-fam-people');
    expect(en.keys).toContain('write-fam-plan');
    expect(en.keys).not.toContain('write-hist-boxes');
    expect(en.keys).not.toContain('write-hist-timeline');
    expect(en.keys).not.toContain('write-hist-voices');
    const ru = await tap(
      'writing',
      'Написать книгу о нашем роде',
      'Пять лет собираю родословную: метрические книги, письма прадеда, фотографии. Хочу подарить родным к юбилею мамы.',
      'ru',
    );
    expect(ru.keys).toContain('write-fam-people');
    expect(ru.keys).not.toContain('write-hist-boxes');
    // A church's history keeps the archive steps.
    const church = await tap(
      'writing',
      'Write the history of our church for its centenary',
      'Boxes of minutes and bulletins in the vestry; the centenary is next June.',
      'en',
      ['A history'],
    );
    expect(church.keys).toContain('write-hist-boxes');
    expect(church.keys).not.toContain('write-fam-people');
  });

  it('has a player new to this instrument but not to music skip the two-note drill', async () => {
    const en = await tap(
      'instrument',
      'Learn the viola for the school orchestra',
      "I'm 14 and played violin to grade 5. The orchestra needs a violist by spring.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).toContain('inst-05');
    expect(en.keys).toContain('inst-transfer-list');
    expect(en.keys).not.toContain('inst-07');
    expect(en.keys).not.toContain('inst-09');
    const ru = await tap(
      'instrument',
      'Научиться играть на гитаре',
      'Окончила музыкалку по фортепиано, ноты знаю, а гитару держу впервые.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('inst-transfer-list');
    expect(ru.keys).not.toContain('inst-07');
    // A true beginner keeps the first notes to a metronome.
    const first = await tap('instrument', 'Learn the ukulele', 'Never played anything.', 'en', ['Just starting']);
    expect(first.keys).toContain('inst-07');
    expect(first.keys).not.toContain('inst-transfer-list');
  });

  it('does not read the day of lessons with a teacher as the time for practice at home', async () => {
    const ru = await tap(
      'instrument',
      'Научиться играть на скрипке',
      'С преподавателем занимаюсь по субботам, дома дети.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('inst-teacher-between');
    expect(ru.keys).not.toContain('inst-27');
    expect(ru.keys).not.toContain('inst-02');
    const en = await tap('instrument', 'Learn the cello', 'I have lessons on Saturdays with a teacher in town.', 'en', [
      'Just starting',
    ]);
    expect(en.keys).toContain('inst-teacher-between');
    expect(en.keys).not.toContain('inst-27');
    // Practice time said plainly keeps its calendar step.
    const free = await tap('instrument', 'Learn the cello', 'I can practise on Saturdays.', 'en', ['Just starting']);
    expect(free.keys).toContain('inst-27');
    expect(free.keys).not.toContain('inst-teacher-between');
  });

  it('names the mbira as the mbira, not the kalimba', async () => {
    const en = await tap('instrument', 'Learn the mbira', 'I know a few songs by ear.', 'en', ['Just starting']);
    expect(en.text).toContain('the mbira');
    expect(en.text).not.toContain('kalimba');
    const ru = await tap('instrument', 'Научиться играть на мбире', 'Знаю пару мелодий на слух.', 'ru', [
      'Только начинаю',
    ]);
    expect(ru.text).not.toContain('калимб');
    // A kalimba is still the kalimba.
    const kalimba = await tap('instrument', 'Learn the kalimba', 'A present from my sister.', 'en', ['Just starting']);
    expect(kalimba.text).toContain('the kalimba');
  });

  it('places a guide or seasonal job at a lodge or resort in career, so "Something else" cannot send it to the catch-all', async () => {
    // The person taps "Something else" whenever asked, as the blind read's did.
    const en = await talk(
      null,
      'Get a job as a guide at a safari lodge',
      'I know the birds and animals from herding, but I have no guiding certificate and no driving licence. The lodges hire for the season in June.',
      'en',
      tapping([]),
    );
    expect(en.keys[0]).toMatch(/^car-/);
    expect(en.keys).not.toContain('gen-act-done');
    const ru = await talk(
      null,
      'Устроиться гидом на турбазу',
      'Горы знаю с детства, но сертификата нет. Набирают к июню.',
      'ru',
      tapping([]),
    );
    expect(ru.keys[0]).toMatch(/^car-/);
    // A safari holiday stays travel.
    const trip = await talk(null, 'Go on safari in Kenya', 'Two weeks next summer with my sister.', 'en', tapping([]));
    expect(trip.keys[0]).toMatch(/^trip-/);
  });
});
