import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const ROUTINE = ['chk-gen-which', 'chk-gen-book', 'chk-spec-referral'];

describe('the thirty-fifth blind read, fixed by the lead', () => {
  it('sends a swollen, warm calf after a long flight to a same-day check for a clot — never a routine booking', async () => {
    const ru = await tap(
      'checkup',
      'Показаться хирургу насчёт ноги',
      'Мне 58. Три дня назад прилетела из Новосибирска, и правая икра опухла, болит и будто горячая. Записи к хирургу ждать две недели.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['chk-clot-today', 'chk-clot-notes']);
    expect(ru.texts[0]).toMatch(/сегодня/);
    for (const key of ROUTINE) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'checkup',
      'Get my leg looked at',
      "Since my knee operation last week one leg is swollen and warm, and the calf feels hot. My follow-up isn't until next month.",
      'en',
    );
    expect(en.keys[0]).toBe('chk-clot-today');
    expect(en.texts[0]).toMatch(/today/);
    for (const key of ROUTINE) expect(en.keys).not.toContain(key);
    // Varicose veins with no swelling or heat are a routine visit.
    const near = await tap(
      'checkup',
      'See a vein specialist about my varicose veins',
      "They've been there for years and ache after long shifts; I'd like to know my options.",
      'en',
    );
    expect(near.keys).not.toContain('chk-clot-today');
  });

  it('knows the format of a recurring attestation passed on a second try last time, not of another exam passed', async () => {
    const ru = await tap(
      'exam',
      'Сдать аттестацию по охране труда',
      'Работаю прорабом, раз в три года аттестация. Прошлую аттестацию сдал со второго раза, экзамен через месяц.',
      'ru',
    );
    expect(ru.keys).toContain('exam-known');
    const en = await tap(
      'exam',
      'Pass my forklift recertification',
      'I do it every three years. Last time I passed it on the second attempt, and the test is in a month.',
      'en',
    );
    expect(en.keys).toContain('exam-known');
  });

  it('gives a sprinter coming back to a distance one target day, not two', async () => {
    const en = await tap(
      'sport',
      'Get my 800m back under 2:10',
      '51, ran 1:58 at university, now 2:25 at the masters club.',
      'en',
    );
    expect(en.keys).toContain('sport-03');
    expect(en.keys).not.toContain('sport-train-date');
    const ru = await tap(
      'sport',
      'Вернуть 400м быстрее минуты',
      'Мне 50, в институте бегал за 53, сейчас 66 в клубе ветеранов.',
      'ru',
    );
    expect(ru.keys).not.toContain('sport-train-date');
  });

  it('puts the doctor and the operator first for a cruise with a health condition', async () => {
    const en = await tap(
      'travel',
      'Take a river cruise on the Rhine',
      "I'm 74 and use an oxygen concentrator at night; my daughter will come with me in September.",
      'en',
    );
    expect(en.keys.indexOf('trip-cruise-health')).toBeGreaterThanOrEqual(0);
    expect(en.keys.indexOf('trip-cruise-health')).toBeLessThan(en.keys.indexOf('trip-cruise-pick'));
    const ru = await tap(
      'travel',
      'Круиз по Волге с мамой',
      'Маме 70, у неё диабет, колет инсулин. Хотим в июле.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toContain('trip-cruise-health');
    // A cruise with no health condition starts with the cruise itself.
    const near = await tap('travel', 'Go on a Norwegian fjords cruise', "It's our 30th anniversary in June.", 'en');
    expect(near.keys).not.toContain('trip-cruise-health');
  });

  it('sends no one who googles symptoms to a doctor about the tingling they fear', async () => {
    const en = await tap(
      'quit',
      'Stop googling symptoms at night',
      "Any tingling in my hands and I'm on forums till 2am. My GP ran bloods, all fine, and said it's health anxiety.",
      'en',
    );
    expect(en.keys).not.toContain('quit-nerve-doctor');
    const ru = await tap(
      'quit',
      'Перестать искать болезни в интернете',
      'Чуть где покалывание — и я до ночи гуглю симптомы. Терапевт сказал, что это тревога.',
      'ru',
    );
    expect(ru.keys).not.toContain('quit-nerve-doctor');
  });
});
