import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the thirty-second blind read, fixed in general (helper fix32c2)', () => {
  it('sends a climber with a treated heart to the cardiologist first and builds from their usual walk — no hour uphill with a pack', async () => {
    const en = await tap(
      'sport',
      'Trek to Everest Base Camp next spring',
      "I'm 58 and had two stents fitted in 2021. My only exercise is a 20-minute walk to the shops and back.",
      'en',
      ['Sport and races', 'Just starting', 'A high mountain climb or trek'],
    );
    expect(en.keys[0]).toBe('sport-mt-heart');
    expect(en.text).toMatch(/cardiologist/);
    // Only a 20-minute walk now: the build-up's shorter wording (`:smaller`) may come.
    const base = en.keys.map((key) => key.split(':')[0]);
    expect(base).toContain('sport-mt-build');
    for (const hard of ['sport-mt-doctor', 'sport-mt-hike', 'sport-mt-stairs']) expect(base).not.toContain(hard);
    const ru = await tap(
      'sport',
      'Подняться на Эльбрус с сыном',
      'Мне 61, три года назад поставили стент. Хожу в походы каждые выходные, по 15 км.',
      'ru',
      ['Спорт и старты', 'Уже занимаюсь', 'Восхождение на высокую гору'],
    );
    expect(ru.keys[0]).toBe('sport-mt-heart');
    expect(ru.text).toMatch(/кардиолог/);
    // Already hiking every weekend: the build-up stays inside what the cardiologist allows.
    expect(ru.keys).toContain('sport-mt-build-heart');
    for (const hard of ['sport-mt-hike', 'sport-mt-stairs']) expect(ru.keys).not.toContain(hard);
    // Someone who already hikes long with a pack, heart never named: the GP check and the loaded hikes stay.
    const near = await tap(
      'sport',
      'Climb Kilimanjaro in February',
      'I hike 20 km every weekend with a full pack and train with my running club three times a week. Booked with a guided group.',
      'en',
      ['Sport and races', 'A high mountain climb or trek'],
    );
    expect(near.keys[0]).toBe('sport-mt-doctor');
    expect(near.keys).toContain('sport-mt-hike');
    expect(near.keys).not.toContain('sport-mt-heart');
    expect(near.keys).not.toContain('sport-mt-build');
  });

  it('gives a climb without a guide its own kit list and acclimatisation plan, and the glacier learnt first', async () => {
    const en = await tap(
      'sport',
      'Climb Mont Blanc without a guide',
      "Two of us, both done plenty of hut-to-hut walks in the Alps, but we've never roped up on a glacier. Going in July.",
      'en',
      ['Sport and races', 'A high mountain climb or trek'],
    );
    expect(en.keys).toContain('sport-mt-glacier');
    expect(en.keys).toContain('sport-mt-gear-own');
    for (const key of ['sport-mt-gear', 'sport-mt-altitude']) expect(en.keys).not.toContain(key);
    expect(en.text).not.toMatch(/your group or guide|tell the guide/);
    const ru = await tap(
      'sport',
      'Взойти на Эльбрус без гида',
      'Идём вдвоём с подругой в августе, ходим в горы несколько лет, по леднику в связке не ходили.',
      'ru',
      ['Спорт и старты', 'Восхождение на высокую гору'],
    );
    expect(ru.keys).toContain('sport-mt-glacier');
    expect(ru.keys).not.toContain('sport-mt-gear');
    expect(ru.text).not.toMatch(/у группы или гида/);
    // A guided group keeps the group's gear list.
    const near = await tap(
      'sport',
      'Взойти на Эльбрус',
      'Иду с группой и гидом в августе, бегаю три раза в неделю.',
      'ru',
      ['Спорт и старты', 'Восхождение на высокую гору'],
    );
    expect(near.keys).toContain('sport-mt-gear');
    expect(near.keys).not.toContain('sport-mt-glacier');
  });

  it('gives a sprinter on the track speed and speed-endurance sessions — no long session or long easy run', async () => {
    const en = await tap(
      'sport',
      'Run the 200m under 25 seconds',
      "I'm 47 and train three times a week with my club's sprint group; I ran 25.8 last season.",
      'en',
      ['Already doing it', 'Already training'],
    );
    expect(en.keys).toContain('sport-sprint-week');
    for (const key of ['sport-06', 'sport-07', 'sport-08']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'sport',
      'Пробежать 400 м быстрее минуты',
      'Мне 45, тренируюсь в клубе ветеранов три раза в неделю, сейчас бегаю за 1:04.',
      'ru',
      ['Уже занимаюсь', 'Уже тренируюсь'],
    );
    expect(ru.keys).toContain('sport-sprint-week');
    for (const key of ['sport-06', 'sport-08']) expect(ru.keys).not.toContain(key);
    // A 10k runner keeps the distance week.
    const near = await tap(
      'sport',
      'Run a 10k under 45 minutes',
      'I run 35 km a week with my club and did 47 minutes in spring.',
      'en',
      ['Already doing it', 'Already training'],
    );
    expect(near.keys).toContain('sport-06');
    expect(near.keys).not.toContain('sport-sprint-week');
  });

  it('starts someone no good with apps with a class or a course book — not an app', async () => {
    const en = await tap(
      'language',
      'Learn some Portuguese to chat with my granddaughter in Lisbon',
      "I'm 71 and hopeless with apps. She is three and only speaks Portuguese. My mornings are free.",
      'en',
      ['Learning a language', 'Just starting'],
    );
    expect(en.keys[0]).toBe('lang-noapp-start');
    expect(en.keys).not.toContain('lang-02');
    const ru = await tap(
      'language',
      'Выучить немного испанского, чтобы говорить с внучкой',
      'Мне 70, с приложениями не дружу. Внучка живёт в Валенсии и говорит только по-испански.',
      'ru',
      ['Изучение языка', 'Только начинаю'],
    );
    expect(ru.keys[0]).toBe('lang-noapp-start');
    expect(ru.text).toMatch(/курсы испанского языка/);
    expect(ru.keys).not.toContain('lang-02');
    // The same goal with no word about apps keeps the app's first lesson.
    const near = await tap(
      'language',
      'Learn some Portuguese to chat with my granddaughter in Lisbon',
      "I'm 71. She is three and only speaks Portuguese. My mornings are free.",
      'en',
      ['Learning a language', 'Just starting'],
    );
    expect(near.keys).toContain('lang-02');
    expect(near.keys).not.toContain('lang-noapp-start');
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
});
