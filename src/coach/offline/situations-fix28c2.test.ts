import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { tapThrough } from '../../../test/factories/converse.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);
const tap = tapThrough(coach);

describe('the twenty-eighth blind read, fixed in general (helper fix28c2)', () => {
  it('puts study sessions on other days than the day the language is used — not "three sessions on Saturdays"', async () => {
    const en = await firstFive(
      'language',
      'Get my school French back',
      'I volunteer at a refugee centre on Sunday afternoons and did French at school.',
    );
    expect(en.keys).toContain('lang-use-between');
    expect(en.keys).not.toContain('lang-26');
    const ru = await firstFive(
      'language',
      'Вспомнить испанский',
      'Я волонтер в приюте по субботам, учила испанский в школе.',
      'ru',
    );
    expect(ru.keys).not.toContain('lang-26');
    // Free time named as such keeps the calendar step.
    const free = await firstFive(
      'language',
      'Get my school French back',
      'I did French at school; I have Sunday afternoons free.',
    );
    expect(free.keys).toContain('lang-26');
    expect(free.keys).not.toContain('lang-use-between');
  });

  it('reads an indigenous language named beside a big one as the one learned (Quechua, Sakha)', async () => {
    const en = await tap(
      'language',
      'Talk with my grandmother in Quechua, not just Spanish',
      'I understand when she speaks but I answer in Spanish every time.',
      'en',
      ["I understand it but can't speak it", 'Coming back'],
    );
    expect(en.text).toContain('Quechua');
    expect(en.text).not.toContain('Spanish');
    const ru = await firstFive('language', 'Выучить якутский', 'Живу в селе, со мной переходят на русский.', 'ru');
    expect(ru.text).not.toContain('«русский язык»');
    expect(ru.keys).not.toContain('lang-02');
    // Spanish alone still reads Spanish.
    const es = await firstFive('language', 'Learn Spanish', 'Complete beginner.');
    expect(es.text).toContain('Spanish');
  });

  it('gives a beginner whom people switch away from a phrase a day — not "stay in the language with me" or weak-internet apps', async () => {
    const ru = await firstFive(
      'language',
      'Выучить якутский',
      'Только начинаю. Со мной переходят на русский. Интернет еле тянет, учебников нет.',
      'ru',
    );
    expect(ru.keys).toContain('lang-stay-teach');
    expect(ru.keys).toContain('lang-offline-save');
    for (const key of ['lang-stay-ask', 'lang-stay-daily', 'lang-02']) expect(ru.keys).not.toContain(key);
    const en = await firstFive(
      'language',
      'Learn Welsh',
      "Complete beginner, never studied it. People switch to English as soon as I try. There's no internet at home.",
    );
    expect(en.keys).toContain('lang-stay-teach');
    expect(en.keys).not.toContain('lang-stay-ask');
    expect(en.keys).not.toContain('lang-02');
    // Someone who already speaks some keeps the stay-in-the-language steps.
    const back = await firstFive(
      'language',
      'Speak more Dutch',
      'I already speak Dutch at B1 and want to get better, but people switch to English as soon as I hesitate.',
    );
    expect(back.keys).toContain('lang-stay-ask');
    expect(back.keys).not.toContain('lang-stay-teach');
  });

  it('gives work-talk language no second phrase sheet', async () => {
    const ru = await tap(
      'language',
      'Начать говорить по-английски с клиентами в автосервисе',
      'Я автомеханик в Дубае, по-английски знаю пару слов.',
      'ru',
      ['Говорить с пациентами'],
    );
    expect(ru.keys[0]).toBe('lang-job-phrases');
    expect(ru.keys).not.toContain('lang-17');
    const en = await tap(
      'language',
      'Speak Spanish with my patients',
      'I am a nurse; many patients speak only Spanish.',
      'en',
      ['Talking with patients'],
    );
    expect(en.keys).toContain('lang-job-phrases');
    expect(en.keys).not.toContain('lang-17');
    // A trip this week without work talk keeps the cheat sheet.
    const trip = await firstFive('language', 'Learn some Italian before our trip', 'We fly to Rome on Friday.');
    expect(trip.keys).toContain('lang-17');
  });

  it('gives a paddling race crew race steps — not a first paddleboard lesson', async () => {
    const en = await tap(
      'sport',
      'Finish the Devizes to Westminster canoe race',
      "125 miles in a K2 with my brother. We've paddled at a club for two years and the portages worry me.",
      'en',
      ['Paddleboard'],
    );
    expect(en.keys).toContain('sport-prace-portage');
    expect(en.keys.some((key) => key.startsWith('sport-paddle-'))).toBe(false);
    const ru = await firstFive(
      'sport',
      'Пройти гребной марафон',
      'Гоняемся на байдарке К-2 второй год, волоки пугают.',
      'ru',
    );
    expect(ru.keys).toContain('sport-prace-rules');
    expect(ru.keys).not.toContain('sport-paddle-lesson');
    // A first paddleboard outing keeps the lesson.
    const sup = await firstFive('sport', 'Try paddleboarding', 'Never done it; on holiday next month.');
    expect(sup.keys).toContain('sport-paddle-lesson');
    expect(sup.keys.some((key) => key.startsWith('sport-prace-'))).toBe(false);
  });

  it('gives a lift no "add a few minutes a week"', async () => {
    const ru = await tap('sport', 'Потянуть 200 в становой', 'Тяну 170 на пять раз, хожу в зал третий год.', 'ru', [
      'Больше в приседе',
    ]);
    expect(ru.keys).toContain('sport-lift-plan');
    expect(ru.keys).not.toContain('sport-11');
    const en = await firstFive('sport', 'Squat 100 kg', 'I squat 80 kg now and train twice a week.');
    expect(en.keys).not.toContain('sport-11');
    // A first 5k keeps the building rule.
    const run = await firstFive('sport', 'Run my first 5k', 'Never run before; the race is in three months.');
    expect(run.keys).toContain('sport-11');
  });

  it('sets the trials as the target and builds on a daily run — not a 4 km day or gentle walk-runs', async () => {
    const en = await tap(
      'sport',
      'Make the district cross-country team',
      "I run 4 km to school and back every day. Trials are in January. I've never done proper training.",
      'en',
      ['Just starting'],
    );
    expect(en.keys[0]).toBe('sport-tryout-ask');
    expect(en.keys).toContain('sport-base-build');
    for (const key of ['sport-03', 'sport-05', 'sport-09', 'sport-11']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'sport',
      'Попасть в сборную школы по лёгкой атлетике',
      'Каждый день бегаю в школу и обратно, отбор в марте.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('sport-tryout-ask');
    expect(ru.keys).not.toContain('sport-05');
    // A true beginner with a race keeps the gentle start and the target day.
    const begin = await tap('sport', 'Run my first 5k', "I've never run; the race is in three months.", 'en', [
      'Just starting',
    ]);
    expect(begin.keys).toContain('sport-05');
    expect(begin.keys).not.toContain('sport-tryout-ask');
  });
});
