import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

// Mends from the before/after of fix round 36 on the 2,550 earlier review goals: each case failed with its mend
// reverted.
describe('fix round 36, mended by the lead', () => {
  it('keeps a body weight a health sign in a weight-loss goal, so «уже год» never brings hard sessions', async () => {
    const ru = await tap(
      'fitness',
      'Сбросить 15 кг к лету',
      'Мне 37, вешу 96 при росте 165, уже год не влезаю в старые джинсы. Зарядку пробовала, бросила.',
      'ru',
    );
    expect(ru.keys).toContain('fit-02');
    for (const key of ['fit-16', 'fit-17', 'fit-18']) expect(ru.keys).not.toContain(key);
  });

  it('gives a runner with chest tightness on hills no longer session after the doctor', async () => {
    const en = await tap(
      'sport',
      'Run the Great North Run again at 59',
      "I ran it in the 90s and I'm back at parkrun since March. On hills I get a tight chest and an ache down my left arm that goes when I stop.",
      'en',
      ['Coming back to it after a break'],
    );
    expect(en.keys[0]).toBe('sport-redflag-doctor');
    expect(en.keys).not.toContain('sport-08');
  });

  it('asks a choir member learning another instrument for no choir part', async () => {
    const en = await tap(
      'instrument',
      'Learn the marimba for our church group',
      'I have never played any instrument, but I sing in the choir so I know all the songs. They practise on Thursdays.',
      'en',
      ['Already singing in a choir'],
    );
    expect(en.keys).not.toContain('inst-inchoir-part');
  });

  it('reads a property deduction as no single relief, and a hepatitis jab as no test for an infection', async () => {
    const flat = await tap(
      'admin',
      'Получить налоговый вычет за квартиру',
      'Купили квартиру в ипотеку в прошлом году, в личном кабинете налоговой не разобраться.',
      'ru',
      ['Налоговая декларация или вычет'],
    );
    expect(flat.keys).not.toContain('adm-ded-rules');
    const teeth = await tap('admin', 'Получить налоговый вычет за лечение зубов', 'Чеки из клиники сохранила.', 'ru', [
      'Налоговая декларация или вычет',
    ]);
    expect(teeth.keys).toContain('adm-ded-rules');
    const jabs = await tap(
      'checkup',
      'Get my jabs before volunteering in Ghana',
      'I think I need yellow fever, typhoid and hepatitis A vaccines, and I fly in June.',
      'en',
    );
    expect(jabs.keys).not.toContain('chk-infect-ask');
  });
});
