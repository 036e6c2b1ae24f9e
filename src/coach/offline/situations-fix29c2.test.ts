import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { talkWith, tapThrough, tapping } from '../../../test/factories/converse.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);
const tap = tapThrough(coach);
const talk = talkWith(coach);

describe('the twenty-ninth blind read, fixed in general (helper fix29c2)', () => {
  it('reads a strain that still hurts as an injury: the physio check leads, no full session on the weak part', async () => {
    const ru = await firstFive(
      'sport',
      'Подготовиться к турниру по армрестлингу',
      'Третий год хожу в секцию. В прошлом году потянул плечо, до сих пор побаливает.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sport-injury-check');
    expect(ru.keys).not.toContain('sport-gen-practice');
    const en = await firstFive(
      'sport',
      'Win the club fencing championship',
      'Third season at the club. I pulled my hamstring in spring and it still hurts when I lunge.',
    );
    expect(en.keys[0]).toBe('sport-injury-check');
    expect(en.keys).not.toContain('sport-gen-practice');
    // Without a sore spot the practice step stays.
    const fine = await firstFive('sport', 'Win the club fencing championship', 'Third season at the club.');
    expect(fine.keys).toContain('sport-gen-practice');
    expect(fine.keys).not.toContain('sport-injury-check');
  });

  it('pastes no title into the general review and puts the trial day in the calendar once', async () => {
    const en = await tap(
      'sport',
      'make the district kabaddi team',
      'I play every evening, trials are in November.',
      'en',
      ['Already doing'],
    );
    expect(en.keys).toContain('sport-tryout-ask');
    expect(en.keys).toContain('sport-gen-review');
    expect(en.keys).not.toContain('sport-gen-date');
    expect(en.text).not.toContain("'make the district kabaddi team'");
    const ru = await firstFive(
      'sport',
      'Попасть в сборную района по городкам',
      'Играю каждый вечер, отбор в ноябре.',
      'ru',
    );
    expect(ru.keys).toContain('sport-tryout-ask');
    expect(ru.keys).not.toContain('sport-gen-date');
    expect(ru.text).not.toContain('«Попасть в сборную района по городкам»');
    // Without trials the date step stays.
    const league = await firstFive('sport', 'Win more kabaddi matches', 'I play every evening in the village league.');
    expect(league.keys).toContain('sport-gen-date');
  });

  it('gives a club player who already plays quick changes of direction — not the gentle chair routine', async () => {
    const en = await tap('sport', 'Make the 2nds at netball', 'I play for a club and my fitness is fine.', 'en', [
      'Already doing',
      'A team sport',
    ]);
    expect(en.keys).toContain('sport-team-joints');
    expect(en.keys).not.toContain('sport-team-joints-gentle');
    const ru = await tap('sport', 'Попасть в основу по баскетболу', 'Играю за клуб два года.', 'ru', [
      'Уже занимаюсь',
      'Командный',
    ]);
    expect(ru.keys).not.toContain('sport-team-joints-gentle');
    // Someone just starting keeps the gentle routine.
    const fresh = await tap('sport', 'Start playing netball', 'Never played, I want to join a club.', 'en', [
      'Just starting',
      'A team sport',
    ]);
    expect(fresh.keys).toContain('sport-team-joints-gentle');
    expect(fresh.keys).not.toContain('sport-team-joints');
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

  it('reads "people answer in English" as no heritage — the person answering in English still is', async () => {
    const en = await talk(
      'language',
      'Get my Vietnamese tones right',
      'I moved to Hanoi for work. When I speak at the market people look blank or answer in English.',
      'en',
      tapping(["I understand it but can't speak it"]),
    );
    expect(en.keys).not.toContain('lang-her-tutor');
    expect(en.keys).not.toContain('lang-her-talk');
    const heritage = await tap(
      'language',
      'Speak Punjabi with my nani',
      'I understand it but I answer in English every time.',
      'en',
      ["I understand it but can't speak it"],
    );
    expect(heritage.keys).toContain('lang-her-say');
  });

  it('places a DBS or background check for coaching as paperwork, not a sport', async () => {
    const en = await talk(
      null,
      "Get my DBS check done so I can coach my son's football team",
      'The club says no DBS, no coaching, and the address history confuses me.',
      'en',
      tapping([]),
    );
    expect(en.keys.some((key) => key.startsWith('sport-'))).toBe(false);
    const ru = await talk(
      null,
      'Получить справку о несудимости, чтобы тренировать футбольную команду сына',
      'Без справки в секции не оформят.',
      'ru',
      tapping([]),
    );
    expect(ru.keys.some((key) => key.startsWith('sport-'))).toBe(false);
    // A goal about playing football stays sport.
    const play = await talk(
      null,
      'Get into the first team at my football club',
      'I train twice a week.',
      'en',
      tapping([]),
    );
    expect(play.keys.some((key) => key.startsWith('sport-'))).toBe(true);
  });
});
