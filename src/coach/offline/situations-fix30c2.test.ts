import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the thirtieth blind read, fixed in general (helper fix30c2)', () => {
  it('names a language of Russia’s republics, not the Russian the family also speaks — and says «приезжай»', async () => {
    const ru = await tap(
      'language',
      'Начать говорить по-чеченски с бабушкой',
      'Родился и вырос в Подмосковье, дома родители говорили по-чеченски, я всё понимаю, но отвечаю по-русски. Бабушке 84, по-русски говорит плохо.',
      'ru',
      ['Понимаю'],
    );
    expect(ru.keys.slice(0, 4)).toEqual(['lang-her-listen', 'lang-her-say', 'lang-her-tutor', 'lang-her-talk']);
    expect(ru.text).toContain('на чеченском языке');
    expect(ru.text).toContain('учишь чеченский язык');
    expect(ru.text).not.toMatch(/русск/);
    expect(ru.text).toContain('приезжай');
    expect(ru.text).not.toContain('приедь');
    const en = await tap(
      'language',
      'Speak Chechen with my grandmother',
      'My parents spoke Chechen at home; I understand everything but I always answer in Russian or English.',
      'en',
      ['I understand'],
    );
    expect(en.keys[0]).toBe('lang-her-listen');
    expect(en.text).toContain('Chechen');
    expect(en.text).not.toMatch(/Russian|English/);
    // A city of the republic names no language: English stays English.
    const city = await tap(
      'language',
      'Подтянуть английский',
      'Живу в Грозном, работаю в гостинице, английский на уровне школы.',
      'ru',
    );
    expect(city.text).not.toMatch(/чеченск/);
    expect(city.keys).not.toContain('lang-her-listen');
  });

  it('builds the common-words flashcards on the first ten words — never "the first ten" twice', async () => {
    const en = await tap(
      'language',
      'Learn Mandarin alongside my adopted daughter',
      "I'm a complete beginner, 45. We've got Saturday mornings and maybe 15 minutes after tea.",
      'en',
      ['Just starting'],
    );
    // A key carries the wording shown (`lang-06:smaller` for 15 minutes after tea).
    const base = (keys: string[]) => keys.map((key) => key.split(':')[0]);
    expect(base(en.keys)).toContain('lang-03');
    expect(base(en.keys)).toContain('lang-06');
    const cards = en.texts[base(en.keys).indexOf('lang-06')];
    expect(cards).toMatch(/already know/);
    expect(cards).not.toMatch(/first ten|first 20/);
    const ru = await tap('language', 'Выучить испанский с нуля', 'Ни слова не знаю, хочу в отпуск в Испанию.', 'ru', [
      'Только начинаю',
    ]);
    expect(base(ru.keys)).toContain('lang-06');
    const карточки = ru.texts[base(ru.keys).indexOf('lang-06')];
    expect(карточки).toMatch(/уже знаешь/);
    expect(карточки).not.toMatch(/первых/);
    // Someone who understands from home still gets no common-words list.
    const heritage = await tap(
      'language',
      'Speak Punjabi with my nani',
      'I understand everything she says but I answer in English.',
      'en',
      ['I understand'],
    );
    expect(base(heritage.keys)).not.toContain('lang-06');
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

  it('prepares a fighter with a first bout ahead for the show — no trial class, beginner kit or home footwork', async () => {
    const en = await tap(
      'sport',
      'Win a bout at my first amateur boxing show',
      "I'm 27, training at a boxing gym in Salford for 18 months, sparring twice a week. Coach says I'm ready for a club show in the spring. My cardio dies in round two and I drop my right hand when I'm tired.",
      'en',
      ['Boxing'],
    );
    expect(en.keys).toEqual([
      'sport-bout-show',
      'sport-bout-habit',
      'sport-bout-film',
      'sport-bout-rounds',
      'sport-bout-weight',
    ]);
    expect(en.text).toMatch(/never a crash diet/);
    const ru = await tap(
      'sport',
      'Выиграть первый бой на любительском турнире по боксу',
      'Занимаюсь боксом полтора года, спаррингую два раза в неделю. Турнир весной, во втором раунде сдуваюсь.',
      'ru',
      ['Бокс'],
    );
    expect(ru.keys[0]).toBe('sport-bout-show');
    for (const key of ['sport-combat-trial', 'sport-combat-home', 'sport-combat-kit', 'sport-combat-week', 'sport-11'])
      expect(ru.keys).not.toContain(key);
    // Someone who has never trained still starts with a trial class.
    const start = await tap(
      'sport',
      'Start boxing',
      "I've never trained, I'm 30 and want to get fit and learn to box.",
      'en',
      ['Boxing'],
    );
    expect(start.keys[0]).toBe('sport-combat-trial');
    expect(start.keys).not.toContain('sport-bout-show');
  });

  it('plans a multi-day tour’s stages in a first pass that fits its time, and a long ride that fits two hours', async () => {
    const en = await tap(
      'sport',
      "Cycle Land's End to John o'Groats",
      "Planning it for late June with my brother, roughly 1,000 miles over 12 to 14 days. I commute 25 km a day and did a 100 km ride last month. Haven't sorted bags, route or where we sleep.",
      'en',
      ['A long bike', 'Already'],
    );
    expect(en.keys[0]).toBe('sport-tour-stages');
    expect(en.minutes[0]).toBe(30);
    expect(en.texts[0]).toMatch(/first two or three days/);
    expect(en.text).not.toMatch(/30 minutes longer than your longest/);
    const ru = await tap(
      'sport',
      'Велопоход из Москвы в Петербург за восемь дней',
      'Катаюсь каждые выходные по 80–100 км, поеду с палаткой в июле.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sport-tour-stages');
    expect(ru.texts[0]).toMatch(/первые два-три дня/);
    // A one-day sportive keeps its long ride, now two hours or the usual long ride.
    const sportive = await tap(
      'sport',
      'Ride my first 100-mile sportive',
      'I ride 60 miles most Sundays; the sportive is in June.',
      'en',
      ['A long bike'],
    );
    expect(sportive.keys).toContain('sport-ride-long');
    expect(sportive.text).toMatch(/two hours, or your usual long ride/);
  });

  it('asks the coach about a representative team’s selection once', async () => {
    const ru = await tap(
      'sport',
      'Попасть в сборную района по мини-футболу',
      'Мне 38, играю в любительской лиге по субботам третий сезон, вратарь. Отбор в сборную ветеранов 35+ в марте.',
      'ru',
      ['Командный'],
    );
    expect(ru.keys[0]).toBe('sport-tryout-ask');
    expect(ru.keys).not.toContain('sport-squad-ask');
    const en = await tap(
      'sport',
      'Make the county over-35s futsal squad',
      "I've played five-a-side every week for three seasons. The trials are in March.",
      'en',
      ['A team'],
    );
    expect(en.keys[0]).toBe('sport-tryout-ask');
    expect(en.keys).not.toContain('sport-squad-ask');
    // A first team the club's coach picks keeps the question to the coach.
    const squad = await tap(
      'sport',
      'Get picked for the first eleven at my football club',
      "I've played for the club's seconds for two seasons; the coach picks the squad in August.",
      'en',
      ['A team'],
    );
    expect(squad.keys[0]).toBe('sport-squad-ask');
  });

  it('logs past training once for a sport with no branch of its own', async () => {
    const ru = await tap(
      'sport',
      'Попасть в сборную улуса по мас-рестлингу',
      'Мне 17, тяну палку второй год, на районных первенствах беру третье место. Отбор в сборную улуса в марте.',
      'ru',
    );
    expect(ru.keys).toContain('sport-gen-review');
    expect(ru.keys).not.toContain('sport-01');
    const en = await tap(
      'sport',
      'Make the district kabaddi team',
      "I've played kabaddi at school for two years; selection trials are in April.",
      'en',
      ['Already'],
    );
    expect(en.keys).toContain('sport-gen-review');
    expect(en.keys).not.toContain('sport-01');
    // A named sport keeps its training log.
    const run = await tap('sport', 'Run a faster 10k', 'I run 30 km a week, my best is 52 minutes, race in May.', 'en');
    expect(run.keys[0]).toBe('sport-01');
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
});
