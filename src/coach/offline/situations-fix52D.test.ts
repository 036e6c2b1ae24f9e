import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the fifty-first blind read (fix52D: home, repair, moving, travel, generic)', () => {
  it('gives boxes left from a move long ago a count, a keep rule and a pace, not a cleaning routine', async () => {
    const en = await tap(
      'home',
      'get through the moving boxes still sitting in the basement',
      'We moved two years ago and never unpacked about 15 boxes. I freeze on what to keep. My sister comes to stay in May.',
      'en',
    );
    expect(en.keys).toContain('home-boxes-count');
    expect(en.keys).toContain('home-boxes-rule');
    expect(en.keys).not.toContain('home-routine-reset');
    const ru = await tap(
      'home',
      'наконец разобрать коробки после переезда',
      'Переехали полтора года назад, коробки с переезда до сих пор стоят в кладовке. Не могу решить, что оставить. К маю приедет свекровь.',
      'ru',
    );
    expect(ru.keys).toContain('home-boxes-count');
    expect(ru.keys.filter((key) => key.startsWith('home-routine'))).toEqual([]);
    const near = await tap('home', 'set up the spare room as a home office', 'We moved in last week.', 'en');
    expect(near.keys).not.toContain('home-boxes-count');
  });

  it('gives a roof garden the roof check and containers, not a room set-up for grow bags "from a nursery"', async () => {
    const en = await tap(
      'home',
      'start a vegetable garden on the roof of our building',
      'I got grow bags and compost from a plant nursery last month, but my tomatoes died in the heat.',
      'en',
    );
    expect(en.keys[0]).toBe('home-roof-load');
    expect(en.keys.filter((key) => key.startsWith('home-room'))).toEqual([]);
    const ru = await tap(
      'home',
      'огород на крыше дома',
      'Живу на последнем этаже, есть выход на плоскую крышу. Хочу вырастить помидоры и зелень в мешках.',
      'ru',
    );
    expect(ru.keys).toContain('home-roof-load');
    expect(ru.keys.filter((key) => key.startsWith('home-room'))).toEqual([]);
  });

  it("lets a banya's rotten bottom logs get the frame's own steps, not the stairs' tape and the balcony's managers", async () => {
    const ru = await tap(
      'repair',
      'поменять нижние венцы у старой бани',
      'Нижние бревна сгнили, пол ходит, угол просел.',
      'ru',
    );
    expect(ru.keys).not.toContain('hz-rot-block');
    expect(ru.keys).toContain('fix-crown-survey');
    expect(ru.text).not.toMatch(/управляющ/);
    const en = await tap(
      'repair',
      'replace the rotten bottom logs of our sauna',
      'The sill logs are rotten and the floor moves.',
      'en',
    );
    expect(en.keys).not.toContain('hz-rot-block');
    expect(en.keys).toContain('fix-crown-survey');
    const near = await tap('repair', 'починить крыльцо', 'Ступеньки сгнили, пол на крыльце ходит.', 'ru');
    expect(near.keys).toContain('hz-rot-block');
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

  it('names the thing to remove in the generic obstacle step', async () => {
    const en = await tap('generic', 'feel less stuck', 'Small town, same job, nothing changes.', 'en', [
      'Something else',
    ]);
    const ru = await tap('generic', 'перестать топтаться на месте', 'Маленький город, одна и та же работа.', 'ru', [
      'Другое',
    ]);
    expect(en.text).not.toMatch(/whatever is in the way/);
    expect(ru.text).not.toMatch(/то, что мешает\./);
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

  it('gives a trip by bus over a border bus seats, not car papers or a flight', async () => {
    const en = await tap(
      'travel',
      'take the kids to the coast by bus across the border',
      'Three of us, by long-distance bus, five days in July. Their dad is not coming.',
      'en',
    );
    expect(en.keys).not.toContain('road-border');
    expect(en.keys).not.toContain('trip-book-first');
    expect(en.keys).toContain('trip-bus-seats');
    expect(en.text).not.toMatch(/airport/i);
    const ru = await tap(
      'travel',
      'поехать с детьми на море на автобусе через границу',
      'Едем втроём междугородним автобусом, в июле.',
      'ru',
    );
    expect(ru.keys).not.toContain('road-border');
    const near = await tap('travel', 'drive to France with the kids', 'We cross the border by car in July.', 'en', [
      'Travelling with children',
    ]);
    expect(near.keys).toContain('road-border');
  });

  it('starts the passport when it has expired, before any booking', async () => {
    const ru = await tap(
      'travel',
      'съездить к родне в Омск из Германии',
      'Российский паспорт у меня просрочен, лететь с пересадкой, в июле на две недели.',
      'ru',
      ['Поездка за границу'],
    );
    expect(ru.keys).toContain('trip-passport-renew');
    const bookAt = ru.keys.indexOf('trip-book-first');
    if (bookAt >= 0) expect(ru.keys.indexOf('trip-passport-renew')).toBeLessThan(bookAt);
  });

  it("asks no more quotes from someone whose roofer's price is already out of reach", async () => {
    const en = await tap(
      'repair',
      'patch our leaking tin roof before the rains',
      "A roofer quoted us far more than we can pay — money we don't have — so my brother and I will do it.",
      'en',
      ['A leaking roof'],
    );
    expect(en.keys).not.toContain('fix-roof-quote');
    const near = await tap(
      'repair',
      'patch our leaking tin roof before the rains',
      'Water comes in over the bedroom.',
      'en',
      ['A leaking roof'],
    );
    expect(near.keys).toContain('fix-roof-quote');
  });

  it('gives window reveals after new windows their own steps, not a broken part to name', async () => {
    const ru = await tap(
      'repair',
      'сделать откосы самому',
      'Поставили новые окна, откосы не сделаны, дует из-под пены.',
      'ru',
    );
    expect(ru.keys).toContain('fix-reveal-seam');
    expect(ru.keys).not.toContain('fix-01');
    const en = await tap(
      'repair',
      'finish the window reveals myself',
      'We had new windows fitted and the reveals are bare foam.',
      'en',
    );
    expect(en.keys).toContain('fix-reveal-seam');
  });

  it('gives a garden cut down to what one person manages a plan of what to keep, not a trimmer and weeding', async () => {
    const ru = await tap(
      'home',
      'сократить огород, чтобы справляться самой',
      'Мне 70, огород 15 соток, спина болит. Хочу оставить немного грядок, остальное засеять травой.',
      'ru',
      ['Привести в порядок сад'],
    );
    expect(ru.keys).toContain('home-shrink-list');
    expect(ru.keys).not.toContain('home-garden-tools');
    expect(ru.keys).not.toContain('home-garden-clear');
    const en = await tap(
      'home',
      'scale down the vegetable garden',
      "I'm 72 and want less to look after; grass over the far beds.",
      'en',
    );
    expect(en.keys).toContain('home-shrink-list');
    const near = await tap(
      'home',
      'clear the overgrown garden',
      'Brambles everywhere, I want to plant vegetables next spring.',
      'en',
      ['Clearing a garden'],
    );
    expect(near.keys).not.toContain('home-shrink-list');
  });
});
