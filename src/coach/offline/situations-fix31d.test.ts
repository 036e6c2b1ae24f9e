import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the thirty-first blind read, fixed in general (helper fix31d)', () => {
  it('names a melodeon or a concertina as itself — not the recorder played at school', async () => {
    const en = await tap(
      'instrument',
      'Learn the melodeon for our Morris side',
      "Our side's only musician is moving away. All I've ever played is the recorder at school. A member has lent me a D/G melodeon.",
      'en',
      ['Just starting'],
    );
    expect(en.keys[0]).toBe('inst-01-bellows');
    expect(en.text).toContain('melodeon');
    expect(en.text).not.toContain('recorder');
    expect(en.keys).not.toContain('inst-25');
    const ru = await tap(
      'instrument',
      'Научиться играть на концертине',
      'Подарили концертину. Играл только на блокфлейте в школе.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys[0]).toBe('inst-01-bellows');
    expect(ru.text).not.toContain('блокфлейт');
    // The recorder itself is still the recorder.
    const recorder = await tap('instrument', 'Learn the recorder', 'I bought a descant recorder last week.', 'en', [
      'Just starting',
    ]);
    expect(recorder.text).toContain('recorder');
  });

  it('reads a music school the family cannot pay for as no music played before', async () => {
    const en = await tap(
      'instrument',
      'Learn the vallenato accordion like my abuelo',
      "I'm 16. My grandfather played at every party; his accordion is in a box at our house. The music school costs more than we can pay.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).not.toContain('inst-transfer-list');
    expect(en.keys).not.toContain('inst-transfer-piece');
    const ru = await tap(
      'instrument',
      'Научиться играть на аккордеоне',
      'Дедушкин аккордеон лежит дома, а музыкалка дорогая, на неё денег нет.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).not.toContain('inst-transfer-list');
    // Years at a music school still carry over.
    const cello = await tap(
      'instrument',
      'Learn the accordion',
      'I went to music school for eight years and played the cello to grade 6.',
      'en',
      ['Just starting'],
    );
    expect(cello.keys).toContain('inst-transfer-list');
  });

  it('puts practice in the afternoon once — no daily slot beside it', async () => {
    const ru = await tap(
      'instrument',
      'Вернуться к гобою после училища',
      'Закончила музучилище по классу гобоя в 2009, потом не играла лет двенадцать. Инструмент свой. Хочу к осени играть в любительском оркестре, прослушивание в сентябре. Соседи за стенкой, дома можно только днём.',
      'ru',
    );
    expect(ru.keys).toContain('inst-27');
    expect(ru.keys).not.toContain('inst-02');
    const en = await tap(
      'instrument',
      'Get back to the clarinet',
      "I played it at school ten years ago. I can only practise in the afternoon, when the flat's empty.",
      'en',
    );
    expect(en.keys).toContain('inst-27');
    expect(en.keys).not.toContain('inst-02');
    // No time said: the daily slot stays.
    const plain = await tap('instrument', 'Get back to the clarinet', 'I played it at school ten years ago.', 'en');
    expect(plain.keys).toContain('inst-02');
  });

  it('writes down what the station asked for — no call to read, no poem drills', async () => {
    const en = await tap(
      'writing',
      'Write a radio drama in Chichewa for our community station',
      "I volunteer at a community radio. The station manager says if I bring a 15-minute episode about early marriage they will air it. I've written poems but never a script.",
      'en',
      ['A radio play', 'Just starting'],
    );
    expect(en.keys[0]).toBe('write-radio-brief');
    expect(en.keys).not.toContain('write-radio-rules');
    expect(en.keys.some((key) => key.startsWith('write-poem'))).toBe(false);
    const ru = await tap(
      'writing',
      'Написать радиоспектакль для нашего радио',
      'Главный редактор сказал: принесу пятнадцать минут про ранние браки — поставят в эфир. Стихи писала, сценарии никогда.',
      'ru',
      ['Радиоспектакль', 'Только'],
    );
    expect(ru.keys[0]).toBe('write-radio-brief');
    expect(ru.keys).not.toContain('write-radio-rules');
    expect(ru.keys.some((key) => key.startsWith('write-poem'))).toBe(false);
    // An open call keeps its rules.
    const call = await tap(
      'writing',
      'Write a radio play for the Writersroom open call',
      'The call closes in March and wants a 30-minute radio play.',
      'en',
      ['A radio play', 'Just starting'],
    );
    expect(call.keys).toContain('write-radio-rules');
    expect(call.keys).not.toContain('write-radio-brief');
  });

  it('plans a pension month with envelopes — no good days, statements or investing', async () => {
    const ru = await tap(
      'finance',
      'Растягивать пенсию на весь месяц',
      'Пенсия 19 тысяч приходит 13 числа, а к концу месяца сижу на макаронах и занимаю у соседки. Снимаю всё сразу наличными.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['fin-pension-map', 'fin-pension-envelopes']);
    expect(ru.keys).not.toContain('fin-cash-log');
    expect(ru.keys).not.toContain('fin-short-leaks');
    expect(ru.keys.some((key) => key.startsWith('fin-invest'))).toBe(false);
    expect(ru.text).not.toContain('выписк');
    const en = await tap(
      'finance',
      'Make my pension last the month',
      'My state pension comes on the 4th and by the last week I am borrowing from my sister.',
      'en',
    );
    expect(en.keys[0]).toBe('fin-pension-map');
    expect(en.keys).not.toContain('fin-short-map');
    // Wages that run out before payday keep the payday steps.
    const pay = await tap(
      'finance',
      'Stop running out of money before payday',
      "I'm paid monthly and it's gone by the third week.",
      'en',
      ['Running short'],
    );
    expect(pay.keys).toContain('fin-short-map');
    expect(pay.keys).not.toContain('fin-pension-map');
  });

  it('opens an estate through the succession court — no case number or reply deadline', async () => {
    const en = await tap(
      'admin',
      "Get my late father's land transferred into our names",
      "Dad died two years ago and the title is still in his name. The chief's letter is done but I don't understand the succession court at all.",
      'en',
      // A person offered the court button taps it (the thirty-first read): it must not be offered.
      ['A court case', 'Inheritance'],
    );
    expect(en.asked.flatMap((asked) => asked.choices ?? [])).not.toContain('A court case or legal claim');
    expect(en.keys[0]).toBe('adm-inh-certs');
    expect(en.keys.some((key) => key.startsWith('adm-court'))).toBe(false);
    const ru = await tap(
      'admin',
      'Вступить в наследство на дом отца',
      'Папа умер год назад, дом на нём. Нотариус говорит, теперь только через суд.',
      'ru',
      ['Суд', 'Наследство'],
    );
    expect(ru.keys.some((key) => key.startsWith('adm-court'))).toBe(false);
    expect(ru.keys.some((key) => key.startsWith('adm-inh'))).toBe(true);
    // A summons keeps the court steps.
    const summons = await tap(
      'admin',
      'Respond to a court summons about a debt',
      'A county court claim arrived and I have 14 days to reply.',
      'en',
      ['A court case'],
    );
    expect(summons.keys[0]).toBe('adm-court-deadline');
  });

  it('starts land used for years with no papers from what stands in for them', async () => {
    const ru = await tap(
      'admin',
      'Оформить в аренду участок под сенокос',
      'Косим лет десять на одном месте, а документов никаких. В администрации говорят — межевание, аукцион.',
      'ru',
      ['Регистрация прав', 'Только'],
    );
    expect(ru.keys[0]).toBe('adm-prop-nopapers');
    expect(ru.keys).not.toContain('adm-prop-papers');
    const en = await tap(
      'admin',
      'Register the land we farm',
      "We've farmed this plot for twenty years but have no papers; the council mentions a land registry survey.",
      'en',
      ['Registering property', 'Just starting'],
    );
    expect(en.keys[0]).toBe('adm-prop-nopapers');
    // Papers in hand: they are laid out first.
    const papers = await tap(
      'admin',
      'Оформить дачный участок в собственность',
      'Есть членская книжка и старое свидетельство 1994 года, межевания не было.',
      'ru',
      ['Регистрация прав', 'Только'],
    );
    expect(papers.keys[0]).toBe('adm-prop-papers');
  });

  it('sells ad space in a printed newsletter — no channel, posts or platform ads', async () => {
    const en = await tap(
      'business',
      'Make our village newsletter pay for itself with local ads',
      "I've edited the parish newsletter for four years. It goes to 600 homes in print and costs about £300 an issue. I'd like to sell ad space to local tradespeople.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).toEqual(['biz-ads-cost', 'biz-ads-rates', 'biz-ads-list', 'biz-ads-ask', 'biz-ads-book']);
    const ru = await tap(
      'business',
      'Чтобы наша сельская газета окупалась за счёт рекламы',
      'Выпускаю сельскую газету, печать дорогая, хочу продавать рекламу местным мастерам и магазинам.',
      'ru',
      ['Только'],
    );
    expect(ru.keys[0]).toBe('biz-ads-cost');
    expect(ru.keys.some((key) => key.startsWith('biz-ch-'))).toBe(false);
    // A podcast that should pay for itself keeps the channel steps.
    const podcast = await tap(
      'business',
      'Make my podcast pay for itself',
      'I have published 40 episodes and about 800 listeners; hosting costs me £20 a month.',
      'en',
      ['Already doing'],
    );
    expect(podcast.keys.some((key) => key.startsWith('biz-ch-'))).toBe(true);
    expect(podcast.keys.some((key) => key.startsWith('biz-ads-'))).toBe(false);
  });

  it('writes a walking guide route by route — no memory zine', async () => {
    const en = await tap(
      'writing',
      'Write a walking guide to the footpaths around our village',
      "I've walked every path around Hathersage for 30 years. The parish council will print a small booklet of 8 to 10 routes with a bit of local history.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).toContain('write-guide-routes');
    expect(en.keys).toContain('write-guide-walk');
    expect(en.keys.some((key) => key.startsWith('write-zine'))).toBe(false);
    const ru = await tap(
      'writing',
      'Написать путеводитель по пешим маршрутам вокруг посёлка',
      'Хожу по этим тропам тридцать лет, администрация обещала напечатать брошюру.',
      'ru',
      ['Только'],
    );
    expect(ru.keys).toContain('write-guide-routes');
    expect(ru.keys.some((key) => key.startsWith('write-zine'))).toBe(false);
    // A zine from a box of flyers stays a zine.
    const zine = await tap(
      'writing',
      'Make a zine about our punk scene',
      'I have a shoebox of flyers and photos from the 90s and want a booklet printed for the reunion.',
      'en',
      ['A zine', 'Just starting'],
    );
    expect(zine.keys).toContain('write-zine-gather');
    expect(zine.keys).not.toContain('write-guide-routes');
  });

  it('prints a collection for the family — no submission guidelines', async () => {
    const ru = await tap(
      'writing',
      'Собрать свои стихи на бурятском в сборник',
      'Стихи пишу в тетрадках лет тридцать. Внучка говорит — надо издать хоть маленьким тиражом, для школ и родни.',
      'ru',
      ['Собрать'],
    );
    expect(ru.keys).toContain('write-coll-gather');
    expect(ru.keys).toContain('write-coll-print');
    expect(ru.keys).not.toContain('write-coll-rules');
    expect(ru.keys.some((key) => key.startsWith('write-poem'))).toBe(false);
    const en = await tap(
      'writing',
      'Put my poems together into a little book',
      "I've written poems in notebooks for thirty years and want to print a few copies for the family.",
      'en',
      ['Putting together'],
    );
    expect(en.keys).toContain('write-coll-print');
    expect(en.keys).not.toContain('write-coll-rules');
    // A chapbook sent to a small press keeps the press's guidelines.
    const press = await tap(
      'writing',
      'Submit a poetry chapbook',
      'I want to put together twenty poems and submit them to a small press by June.',
      'en',
      ['Putting together'],
    );
    expect(press.keys).toContain('write-coll-rules');
    expect(press.keys).not.toContain('write-coll-print');
  });
});
