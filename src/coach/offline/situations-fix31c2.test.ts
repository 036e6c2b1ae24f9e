import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the thirty-first blind read, fixed in general (helper fix31c2)', () => {
  it('sends a runner whose chest gets tight on exertion to a doctor first — no test at race pace, no intervals', async () => {
    const en = await tap(
      'sport',
      'Run a 10k in under 45 minutes',
      "I'm 49 and run 30 km a week with my club. Lately my chest gets tight on the long climb near home and I have to stop for a minute.",
      'en',
      ['Sport and races'],
    );
    expect(en.keys[0]).toBe('sport-redflag-doctor');
    expect(en.text).toMatch(/emergency services/);
    for (const hard of ['sport-07', 'sport-10', 'sport-hills', 'sport-06']) expect(en.keys).not.toContain(hard);
    const ru = await tap(
      'sport',
      'Пробежать десятку быстрее 45 минут',
      'Мне 49, бегаю 30 км в неделю в клубе. В последнее время на длинном подъёме сжимает грудь, приходится останавливаться.',
      'ru',
      ['Спорт и старты'],
    );
    expect(ru.keys[0]).toBe('sport-redflag-doctor');
    expect(ru.text).toMatch(/скорую/);
    for (const hard of ['sport-07', 'sport-10', 'sport-hills', 'sport-06']) expect(ru.keys).not.toContain(hard);
    // Out of breath on hills is no warning sign: the plan stays.
    const near = await tap(
      'sport',
      'Run a 10k in under 45 minutes',
      "I'm 49 and run 30 km a week with my club. I get out of breath on hills.",
      'en',
      ['Sport and races'],
    );
    expect(near.keys).not.toContain('sport-redflag-doctor');
  });

  it('gives the half of an ultra weekend no ultra cut-offs', async () => {
    const en = await tap(
      'sport',
      'Run the Two Oceans half under 2:10',
      "I'm 46, ran it last year in 2:24 and train with a club twice a week plus a long run on Sunday.",
      'en',
      ['Sport and races'],
    );
    expect(en.keys).not.toContain('sport-ultra-cutoffs');
    const ru = await tap(
      'sport',
      'Пробежать полумарафон Two Oceans быстрее 2:10',
      'Мне 46, в прошлом году пробежал за 2:24, бегаю с клубом два раза в неделю.',
      'ru',
      ['Спорт и старты'],
    );
    expect(ru.keys).not.toContain('sport-ultra-cutoffs');
    // The ultra itself keeps its cut-offs.
    const ultra = await tap(
      'sport',
      'Finish the Two Oceans ultra',
      'I ran two marathons last year and train with a club four times a week.',
      'en',
      ['Sport and races'],
    );
    expect(ultra.keys).toContain('sport-ultra-cutoffs');
  });

  it('gives someone back after two years with an aching knee the physio and the comeback — no log of recent weeks', async () => {
    const ru = await tap(
      'sport',
      'Вернуться в кылыы и выступить на Ысыахе',
      'Мне 19. В школе занимался якутскими прыжками, потом два года ничего. Хочу выступить в июне, колено иногда ноет после прыжков.',
      'ru',
      ['Спорт и старты'],
    );
    expect(ru.keys[0]).toBe('sport-injury-check');
    expect(ru.keys).toContain('sport-28');
    for (const key of ['sport-gen-review', 'sport-gen-coach', 'sport-gen-practice']) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'sport',
      'Get back into throwing and compete at the county games',
      'I used to throw discus at school and won the county title, then two years off. The county games are in June and my knee aches after heavy sessions.',
      'en',
      ['Sport and races'],
    );
    expect(en.keys[0]).toBe('sport-injury-check');
    expect(en.keys).not.toContain('sport-gen-review');
    expect(en.keys).not.toContain('sport-gen-practice');
    // Training all along, no break: the log of recent weeks and the weak part stay.
    const active = await tap(
      'sport',
      'Throw further at the county games',
      'I train discus four times a week with my club and compete every month. The county games are in June.',
      'en',
      ['Sport and races'],
    );
    expect(active.keys).toContain('sport-gen-review');
  });

  it("gives an active cyclist a long ride in hours with food on the bike — not '10 minutes longer' in an hour", async () => {
    const en = await tap(
      'sport',
      'Ride the Fred Whitton in under 9 hours',
      "I'm 44 and have been road cycling for six years. I did it last May in 10h20. I ride about 150 miles a week, club run on Sundays.",
      'en',
      ['Sport and races', 'Cycling'],
    );
    expect(en.keys).toContain('sport-ride-long');
    expect(en.keys).not.toContain('sport-08');
    const ru = await tap(
      'sport',
      'Проехать шоссейную гонку быстрее, чем в прошлом году',
      'Катаюсь на шоссейном велосипеде шесть лет, 250 км в неделю, по воскресеньям с клубом.',
      'ru',
      ['Спорт и старты', 'Велоспорт'],
    );
    expect(ru.keys).not.toContain('sport-08');
    // A runner keeps the long run.
    const run = await tap(
      'sport',
      'Run a half marathon in under 1:45',
      'I run 40 km a week with my club and my longest run is 18 km. The race is in three months.',
      'en',
      ['Sport and races'],
    );
    expect(run.keys).not.toContain('sport-ride-long');
  });

  it('gives a parent whose child is at a daycare in the language its notes, the door and the parents’ group', async () => {
    const en = await tap(
      'language',
      "Learn enough Finnish to cope at my son's daycare in Tampere",
      "The daycare staff switch to English for me, but the notes and the parents' WhatsApp group are all in Finnish. I've done a few weeks of Duolingo.",
      'en',
      ['Learning a language'],
    );
    expect(en.keys.slice(0, 4)).toEqual(['lang-care-words', 'lang-care-door', 'lang-care-group', 'lang-care-staff']);
    expect(en.keys).not.toContain('lang-stay-ask');
    expect(en.keys).not.toContain('lang-stay-daily');
    const ru = await tap(
      'language',
      'Выучить финский, чтобы понимать, что пишут в детском саду',
      'Сын ходит в детский сад в Хельсинки, воспитатели переходят на английский, а родительский чат весь на финском.',
      'ru',
      ['Изучение языка'],
    );
    expect(ru.keys[0]).toBe('lang-care-words');
    expect(ru.text).toMatch(/родительского чата|родительском чате/);
    expect(ru.keys).not.toContain('lang-stay-ask');
    // Colleagues who switch to English, no child: the speaking-time steps stay.
    const near = await tap(
      'language',
      'Speak more Finnish at work',
      "I'm around B1 but my colleagues switch to English as soon as I hesitate.",
      'en',
      ['Learning a language'],
    );
    expect(near.keys).toContain('lang-stay-ask');
    expect(near.keys).not.toContain('lang-care-words');
  });

  it('gives hosts of tourists the phrases of their work — not a cheat sheet and then the first ten words again', async () => {
    const ru = await tap(
      'language',
      'Заговорить по-английски с туристами, которые к нам приезжают',
      'Мне 52, с мужем держим гостевой дом, летом у нас иностранцы. Английский с нуля, хочу успеть до июня.',
      'ru',
      ['Говорить с пациентами или клиентами', 'Только начинаю'],
    );
    expect(ru.keys[0]).toBe('lang-job-phrases');
    expect(ru.keys).not.toContain('lang-03');
    expect(ru.keys).not.toContain('lang-17');
    const en = await tap(
      'language',
      'Learn Spanish to talk with the guests at our guesthouse',
      'We run a small guesthouse in Cornwall and get lots of Spanish visitors. Complete beginner.',
      'en',
      ['Talking with patients or clients', 'Just starting'],
    );
    expect(en.keys[0]).toBe('lang-job-phrases');
    expect(en.keys).not.toContain('lang-03');
    // A trip as a tourist is no work talk.
    const trip = await tap(
      'language',
      'Learn some Spanish for our holiday',
      'We fly to Malaga in two months and I want to order food and ask for directions. Complete beginner.',
      'en',
      ['Just starting'],
    );
    expect(trip.keys).not.toContain('lang-job-phrases');
  });

  it('reads «понимать на слух» as listening, not as learning at the wheel', async () => {
    const ru = await tap(
      'language',
      'Начать понимать немецкий на слух',
      'Третий год живу в Граце, уровень B1. Но когда говорят на диалекте — в магазине, у врача — понимаю процентов двадцать. Говорю медленно, но говорю.',
      'ru',
      ['Понимать фильмы и быструю речь'],
    );
    expect(ru.keys[0]).toBe('lang-listen-scene');
    for (const key of ['lang-ear-course', 'lang-ear-phrases', 'lang-ear-stop', 'lang-ear-use', 'lang-15'])
      expect(ru.keys).not.toContain(key);
    const en = await tap(
      'language',
      'Understand the local dialect in Vienna',
      "I'm B1 in German and speak slowly but fine; I can't follow the dialect in shops or at the doctor's.",
      'en',
      ['Following films and fast speech'],
    );
    expect(en.keys[0]).toBe('lang-listen-scene');
    expect(en.keys).not.toContain('lang-ear-course');
    // A long-haul driver learning by ear keeps the cab steps.
    const driver = await tap(
      'language',
      'Выучить немецкий на слух в рейсе',
      'Я дальнобойщик, езжу по Германии, учить могу только на слух за рулём. Знаю пару слов.',
      'ru',
    );
    expect(driver.keys).toContain('lang-ear-course');
    expect(driver.keys).not.toContain('lang-listen-scene');
  });
});
