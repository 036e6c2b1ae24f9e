import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const COLD = ['sport-cold-doctor', 'sport-cold-rules', 'sport-cold-build', 'sport-cold-warm', 'sport-cold-pool'];

describe('the thirty-third blind read, fixed in general (helper fix33c2)', () => {
  it('learns the language the title names, not one the description mentions in passing', async () => {
    const en = await tap(
      'language',
      'Pick up some Pashto for the family next door',
      'They arrived from Kandahar last month and their grandmother speaks no English. I did German at school, nothing since.',
      'en',
      ['Just starting'],
    );
    expect(en.texts[0]).toMatch(/Pashto/);
    expect(en.text).toMatch(/Pashto/);
    expect(en.text).not.toMatch(/German/);
    expect(en.keys).not.toContain('lang-02');
    const ru = await tap(
      'language',
      'Начать учить таджикский',
      'Мне 41, работаю в Душанбе по контракту, на работе все говорят по-русски, а на рынке хочу понимать людей.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.text).toMatch(/таджикск/);
    expect(ru.text).not.toMatch(/русский язык/);
    expect(ru.texts[0]).toMatch(/именно для таджикского языка/);
    // A big language the apps teach keeps the app's first lesson.
    const near = await tap('language', 'Learn French', 'Complete beginner, I live in Leeds.', 'en', ['Just starting']);
    expect(near.keys[0]).toBe('lang-02');
    expect(near.texts[0]).toMatch(/French/);
  });

  it('fits a house of things into one room already taken — no listing search, no splitting a sold home', async () => {
    const en = await tap(
      'moving',
      'Move into a room in a flatshare after we split up',
      "Our house has sold and I've taken a room in a shared flat from March. My loft is full of stuff and the room is only 10 square metres.",
      'en',
      ['Moving out after a break-up'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['move-room-fit', 'move-room-rest']);
    for (const key of ['mov-split-things', 'mov-split-date', 'move-09', 'move-03', 'move-11'])
      expect(en.keys).not.toContain(key);
    const ru = await tap(
      'moving',
      'Переехать в комнату после развода',
      'Квартиру уже продали, я сняла комнату у метро, а вещей у меня целый гараж. Комната всего 11 метров.',
      'ru',
      ['Разъезд'],
    );
    expect(ru.keys[0]).toBe('move-room-fit');
    expect(ru.keys).not.toContain('move-09');
    expect(ru.keys).not.toContain('mov-split-date');
    // Still under one roof with the ex, nothing found: the split steps stay.
    const near = await tap(
      'moving',
      'Move out after my divorce',
      "I'm still living with my ex in the flat we rent and need to find somewhere.",
      'en',
      ['Moving out after a break-up'],
    );
    expect(near.keys).toContain('mov-split-things');
    expect(near.keys).not.toContain('move-room-fit');
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

  it('builds an ice-water swim with a doctor, a club watching and a warming plan — no wetsuit group or beginner week', async () => {
    const en = await tap(
      'sport',
      'Swim an ice kilometre at the winter swimming championships',
      "I'm 44, I've been sea dipping for two winters, my longest swim is 100 m in 5-degree water. I only have Sundays free.",
      'en',
    );
    expect(en.keys).toEqual(COLD);
    expect(en.text).toMatch(/never swim in ice water alone/);
    const ru = await tap(
      'sport',
      'Проплыть 250 метров на фестивале моржей',
      'Мне 58, окунаюсь в прорубь третью зиму, больше 25 метров ни разу не проплывал.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sport-cold-doctor');
    expect(ru.keys).toContain('sport-cold-build');
    for (const key of ['sport-26', 'sport-09', 'sport-05', 'sport-02']) expect(ru.keys).not.toContain(key);
    // A summer lake swim keeps the open-water steps.
    const near = await tap(
      'sport',
      'Swim 1 km in the lake this summer',
      'I swim front crawl in the pool twice a week but have never swum in open water.',
      'en',
    );
    expect(near.keys.filter((key) => key.startsWith('sport-cold'))).toEqual([]);
  });

  it('gives a player chasing a place in the side no race day with a distance', async () => {
    const ru = await tap(
      'sport',
      'Попасть в основной состав в хоккее с мячом',
      'Мне 39, второй сезон играю за любительскую команду.',
      'ru',
    );
    expect(ru.keys).not.toContain('sport-03');
    expect(ru.text).not.toMatch(/целев\S* дистанц/);
    const iced = await tap('sport', 'Попасть в основу в хоккее с мячом', 'Играю за ветеранов пятый год.', 'ru', [
      'Хоккей или другая игра на льду',
    ]);
    expect(iced.keys).not.toContain('sport-03');
    const en = await tap(
      'sport',
      'Get picked for the starting line-up at bandy',
      'Second season with a veterans’ club.',
      'en',
    );
    expect(en.keys).not.toContain('sport-03');
    // A race with a distance keeps its target day.
    const near = await tap('sport', 'Run a half marathon in the spring', 'I run 10 km three times a week.', 'en', [
      'Already doing it',
    ]);
    expect(near.keys).toContain('sport-03');
  });

  it('reads a named peak as a mountain climb — no running club from the description', async () => {
    const ru = await tap(
      'sport',
      'Подняться на Арарат',
      'Мне 40, хожу в походы по Кавказу, выше 3500 не был. По выходным бегаю по 8 км.',
      'ru',
      ['Уже занимаюсь', 'Восхождение'],
    );
    expect(ru.keys.some((key) => key.startsWith('sport-mt-'))).toBe(true);
    expect(ru.keys).not.toContain('sport-21');
    expect(ru.text).not.toMatch(/бег: клуб/);
    const en = await tap(
      'sport',
      'Climb Toubkal next spring',
      'I run 5k at weekends and go hillwalking a few times a year.',
      'en',
      ['Already doing it', 'A high mountain'],
    );
    expect(en.keys.some((key) => key.startsWith('sport-mt-'))).toBe(true);
    expect(en.keys).not.toContain('sport-21');
    // A long-distance trail is no high mountain: no altitude doctor.
    const near = await tap('sport', 'Walk the West Highland Way', 'I walk 15 km most weekends.', 'en', [
      'Already doing it',
      'A long hike',
    ]);
    expect(near.keys).not.toContain('sport-mt-doctor');
  });

  it('writes down the last weeks of running before the ultra long runs are planned', async () => {
    const en = await tap(
      'sport',
      'Run my first 100 km ultra in the Alps',
      'I run about 50 km a week; my longest run is 25 km.',
      'en',
      ['Already doing it'],
    );
    expect(en.keys.indexOf('sport-ultra-log')).toBeGreaterThanOrEqual(0);
    expect(en.keys.indexOf('sport-ultra-log')).toBeLessThan(en.keys.indexOf('sport-ultra-feet'));
    expect(en.keys).not.toContain('sport-01');
    const ru = await tap(
      'sport',
      'Пробежать ультрамарафон на 60 км',
      'Бегаю три раза в неделю, самая длинная пробежка — 21 км.',
      'ru',
      ['Уже занимаюсь'],
    );
    expect(ru.keys.indexOf('sport-ultra-log')).toBeLessThan(ru.keys.indexOf('sport-ultra-feet'));
    expect(ru.keys).not.toContain('sport-01');
    // A marathon keeps the two-week log.
    const near = await tap('sport', 'Run a marathon under four hours', 'I run 40 km a week.', 'en', [
      'Already doing it',
    ]);
    expect(near.keys).not.toContain('sport-ultra-log');
  });

  it('drills portages only for a course that has them, and says a double as a double', async () => {
    const en = await tap(
      'sport',
      'Finish a 300 km canoe race down the Missouri',
      'I paddle a solo canoe on weekends, 25 km at a time, and have never paddled more than five hours.',
      'en',
      ['Already doing it'],
    );
    expect(en.keys).toContain('sport-prace-rules');
    expect(en.keys).not.toContain('sport-prace-portage');
    const ru = await tap(
      'sport',
      'Пройти гребной марафон на 100 км',
      'Гребу одна на каяке по выходным, самое длинное — 30 км.',
      'ru',
      ['Уже занимаюсь'],
    );
    expect(ru.keys).not.toContain('sport-prace-portage');
    // A race with portages keeps the drill, with the double's roles said as such.
    const near = await tap(
      'sport',
      'Finish the Devizes to Westminster in a K2',
      'My brother and I train at the canoe club three times a week.',
      'en',
      ['Already doing it'],
    );
    expect(near.keys).toContain('sport-prace-portage');
    expect(near.text).toMatch(/in a double, agree who holds/);
  });
});
