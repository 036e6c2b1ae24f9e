import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const ROUTINE = [
  'chk-gen-which',
  'chk-gen-book',
  'chk-heart-book',
  'chk-heart-measure',
  'chk-eyes-book',
  'chk-eyes-notes',
];

describe('the thirty-second blind read, fixed in general (helper fix32e2)', () => {
  it('sends signs of a stroke to the emergency line today, even when they passed — for oneself or a parent', async () => {
    const en = await tap(
      'checkup',
      'Get Dad seen by a neurologist',
      "Last night his face drooped on one side and his speech was slurred for about ten minutes, then it passed. He's 80 and says it was nothing.",
      'en',
    );
    expect(en.keys.slice(0, 4)).toEqual(['chk-stroke-now', 'chk-stroke-notes', 'chk-stroke-again', 'chk-stroke-after']);
    expect(en.texts[0]).toMatch(/emergency/);
    for (const key of [...ROUTINE, 'chk-05', 'chk-spec-referral']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'checkup',
      'Записать папу к неврологу',
      'Позавчера у папы минут десять язык заплетался и рука отнялась, потом отпустило. Говорит, устал.',
      'ru',
    );
    expect(ru.keys[0]).toBe('chk-stroke-now');
    expect(ru.texts[0]).toMatch(/103/);
    for (const key of [...ROUTINE, 'chk-05']) expect(ru.keys).not.toContain(key);
    // A stroke years ago is no sign today: the blood pressure check keeps its path.
    const near = await tap(
      'checkup',
      'Get my blood pressure checked',
      'I had a stroke two years ago and want to keep on top of it.',
      'en',
      ['A blood pressure'],
    );
    expect(near.keys).not.toContain('chk-stroke-now');
    expect(near.keys).toContain('chk-heart-book');
  });

  it('sends sudden flashes, floaters or a shadow in one eye to same-day eye care — never a routine eye test', async () => {
    const en = await tap(
      'checkup',
      'Get my right eye checked',
      'Since yesterday I keep seeing flashes of light and a dark curtain is coming down over part of my vision.',
      'en',
    );
    expect(en.keys.slice(0, 4)).toEqual([
      'chk-eyesign-today',
      'chk-eyesign-ride',
      'chk-eyesign-notes',
      'chk-eyesign-after',
    ]);
    for (const key of [...ROUTINE, 'chk-10']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'checkup',
      'Показать глаз окулисту',
      'Третий день вспышки в глазу и как шторка сбоку, запись в оптику только через две недели.',
      'ru',
    );
    expect(ru.keys[0]).toBe('chk-eyesign-today');
    expect(ru.keys).not.toContain('chk-eyes-book');
    // Tired eyes and weak glasses keep the routine eye test; hot flashes are no flashes of light.
    const near = await tap(
      'checkup',
      'Book an eye test',
      'My glasses feel weak and I get tired eyes after screens.',
      'en',
    );
    expect(near.keys[0]).toBe('chk-eyes-book');
    const flushes = await tap('checkup', 'See the GP about hot flashes', "I'm 51, hot flashes every night.", 'en');
    expect(flushes.keys).not.toContain('chk-eyesign-today');
  });

  it('sees chest pressure on exertion today in a check-up goal, and reads it in a runner — no waiting it out', async () => {
    const en = await tap(
      'checkup',
      'Get my heart checked',
      'For three weeks, walking up the hill to the bus stop, I get a squeezing in my chest that goes down my left arm; it eases when I stand still. The GP has nothing for a month.',
      'en',
      ['A blood pressure'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['chk-flag-today', 'chk-flag-until', 'chk-flag-notes']);
    expect(en.texts[0]).toMatch(/emergency services/);
    for (const key of ROUTINE) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'checkup',
      'Сходить к кардиологу',
      'Когда иду быстро к автобусу, в груди давит и отдаёт в левую руку, постою — отпускает. Записалась на следующий месяц.',
      'ru',
      ['Проверить давление'],
    );
    expect(ru.keys[0]).toBe('chk-flag-today');
    expect(ru.keys).not.toContain('chk-heart-measure');
    const runner = await tap(
      'sport',
      'Пробежать полумарафон осенью',
      'Бегаю три года, на длинных после 15 км сдавливает грудь, проходит, если перейти на шаг.',
      'ru',
      ['Полумарафон', 'Бег'],
    );
    expect(runner.keys[0]).toBe('sport-redflag-doctor');
    expect(runner.keys).not.toContain('sport-07');
    // Blood pressure that jumps, with no sign on exertion, keeps the heart check.
    const near = await tap('checkup', 'Проверить давление', 'Давление скачет, голова болит по утрам.', 'ru', [
      'Проверить давление',
    ]);
    expect(near.keys[0]).toBe('chk-heart-book');
    expect(near.keys).not.toContain('chk-flag-today');
    const nearRunner = await tap(
      'sport',
      'Пробежать полумарафон осенью',
      'Бегаю три года, хочу выбежать из двух часов.',
      'ru',
      ['Полумарафон', 'Бег'],
    );
    expect(nearRunner.keys).not.toContain('sport-redflag-doctor');
  });

  it('sees a dirty wound and the tetanus booster today — no course counted back from a date', async () => {
    const en = await tap(
      'checkup',
      'Get a tetanus jab',
      'Cut my hand on rusty wire fencing the paddock this morning; no idea when my last one was.',
      'en',
      ['A vaccination'],
    );
    expect(en.keys.slice(0, 4)).toEqual(['chk-wound-today', 'chk-wound-clean', 'chk-wound-record', 'chk-wound-watch']);
    for (const key of ['chk-vac-schedule', 'chk-vac-book', 'chk-vac-next']) expect(en.keys).not.toContain(key);
    expect(en.asked).toEqual([]);
    const ru = await tap(
      'checkup',
      'Поставить прививку от столбняка',
      'Вчера на даче напоролся на гвоздь, прививку делали лет двадцать назад.',
      'ru',
      ['Прививка'],
    );
    expect(ru.keys[0]).toBe('chk-wound-today');
    expect(ru.keys).not.toContain('chk-vac-book');
    // A booster before a trip, with no wound, keeps the vaccination steps.
    const near = await tap(
      'checkup',
      'Get my tetanus booster before the trip',
      'Going to Peru in May; the clinic says my last one was 12 years ago.',
      'en',
      ['A vaccination'],
    );
    expect(near.keys[0]).toBe('chk-vac-schedule');
    expect(near.keys).not.toContain('chk-wound-today');
  });

  it('pins down a screening that comes on a set day — not "ask at your clinic reception"', async () => {
    const en = await tap(
      'checkup',
      'Get my lungs checked when the mobile screening unit visits',
      'It parks at the leisure centre on the 14th. I was a welder for 25 years.',
      'en',
    );
    expect(en.keys.slice(0, 3)).toEqual(['chk-event-when', 'chk-event-go', 'chk-event-after']);
    expect(en.keys).not.toContain('chk-gen-which');
    const ru = await tap(
      'checkup',
      'Сходить на флюорографию, когда приедет передвижной флюорограф',
      'Он будет у сельсовета в следующую среду.',
      'ru',
    );
    expect(ru.keys[0]).toBe('chk-event-when');
    expect(ru.keys).not.toContain('chk-gen-which');
    // A test booked at a clinic keeps the kind's default.
    const near = await tap('checkup', 'Book a lung function test', 'My GP wants one because I get breathless.', 'en');
    expect(near.keys[0]).toBe('chk-gen-which');
    expect(near.keys).not.toContain('chk-event-when');
  });

  it('gives a routine check for a paper its list and hand-in after the booking — no symptom diary, no list of medicines', async () => {
    const en = await tap(
      'checkup',
      'Get a chest X-ray',
      'My new employer requires it before I start in the kitchen next week.',
      'en',
    );
    expect(en.keys.slice(0, 4)).toEqual(['chk-gen-which', 'chk-gen-book', 'chk-paper-what', 'chk-paper-hand']);
    expect(en.keys).not.toContain('chk-04');
    expect(en.keys).not.toContain('chk-05');
    const ru = await tap(
      'checkup',
      'Сдать анализы для медкнижки',
      'Устраиваюсь поваром в столовую, нужно до понедельника.',
      'ru',
    );
    expect(ru.keys).toContain('chk-paper-what');
    expect(ru.keys).not.toContain('chk-04');
    expect(ru.keys).not.toContain('chk-05');
    // A chest X-ray about a cough keeps the symptom notes.
    const near = await tap('checkup', 'Пройти флюорографию', 'Давно не делал, кашляю по утрам.', 'ru');
    expect(near.keys).not.toContain('chk-paper-what');
    expect(near.keys).toContain('chk-04');
  });
});
