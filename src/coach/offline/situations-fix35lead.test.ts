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
});
