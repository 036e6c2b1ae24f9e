import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the thirtieth blind read, fixed in general (helper fix30g)', () => {
  it('teaches injections for animals beside a vet first — never a video copied, never alone', async () => {
    const en = await tap(
      'skill',
      'Learn to give our goats their injections myself',
      "I look after my family's 35 goats while my dad works in town. The vet officer only comes once a month. I've watched him deworm and vaccinate but I'm scared of hitting the wrong place.",
      'en',
      ['Just starting'],
    );
    expect(en.keys[0]).toBe('skill-risky-teacher');
    expect(en.keys).toContain('skill-risky-first');
    expect(en.keys).not.toContain('skill-05');
    expect(en.keys).not.toContain('skill-06');
    expect(en.text).toContain('a vet or an animal-health officer');
    const ru = await tap(
      'skill',
      'Научиться ставить уколы коровам',
      'У нас пять коров, ветеринар приезжает редко.',
      'ru',
      ['Только начина'],
    );
    expect(ru.keys[0]).toBe('skill-risky-teacher');
    expect(ru.keys).not.toContain('skill-care-ask');
    expect(ru.keys).not.toContain('skill-05');
    // Injections to a person keep the nurse-and-prescriber steps.
    const mum = await tap(
      'skill',
      'Learn to give my mum her insulin injections',
      'She comes home from hospital next week.',
      'en',
      ['Just starting'],
    );
    expect(mum.keys[0]).toBe('skill-care-ask');
  });

  it('gives nets under the ice the teacher-first steps — no rod casting, no waders', async () => {
    const ru = await tap(
      'skill',
      'Научиться ставить сети подо льдом',
      'Отец раньше зимой ставил сети, а щас у него спина. Летом я рыбачил, а как протягивать сеть подо льдом только видел.',
      'ru',
      ['Только начина', 'Рыбалка'],
    );
    expect(ru.keys[0]).toBe('skill-risky-teacher');
    expect(ru.keys).not.toContain('skill-fish-lesson');
    expect(ru.keys).not.toContain('skill-fish-cast');
    expect(ru.keys).not.toContain('skill-fish-water');
    expect(ru.text).toContain('рыболовных сетей');
    const en = await tap(
      'skill',
      'Learn to set gill nets from our boat',
      "I've only ever watched my uncle do it.",
      'en',
      ['Just starting'],
    );
    expect(en.keys[0]).toBe('skill-risky-teacher');
    expect(en.keys).not.toContain('skill-fish-boat');
    // A rod angler keeps the casting lesson; social networks are no nets.
    const rod = await tap('skill', 'Learn to fly fish', 'Going to a river in Scotland in May.', 'en', ['Fishing']);
    expect(rod.keys).toContain('skill-fish-lesson');
    const smm = await tap('skill', 'Научиться вести соцсети', 'Хочу вести сети для своего кафе.', 'ru');
    expect(smm.keys).not.toContain('skill-risky-teacher');
  });

  it('treats asking the owner for a contract as a talk with one’s own boss — no vacancy, no STAR', async () => {
    const ru = await tap(
      'interview',
      'Попросить хозяина кафе оформить меня официально',
      'Второй год работаю официанткой без договора, зарплата на руки. Без справки с работы банк не даёт кредит.',
      'ru',
      ['Попросить о чём-то'],
    );
    expect(ru.keys[0]).toBe('intv-ask-one');
    expect(ru.keys).not.toContain('intv-01');
    expect(ru.keys).not.toContain('intv-03');
    const en = await tap(
      'interview',
      'Ask the owner to put me on the books',
      "I've been paid cash in hand for a year.",
      'en',
      ['Asking my own manager'],
    );
    expect(en.keys[0]).toBe('intv-ask-one');
    const job = await tap('interview', 'Собеседование официанткой в кафе', 'В пятницу, первое собеседование.', 'ru');
    // fix50G: a café job's interview path starts from the place itself (`intv-casual-place`), still no ask-one.
    expect(job.keys).toContain('intv-casual-place');
    expect(job.keys).not.toContain('intv-ask-one');
  });

  it('plans a holiday dinner or a kulich as one dish with a trial half batch — not weeknight dinners or banana bread', async () => {
    const en = await tap(
      'skill',
      'Learn to cook Christmas dinner for the whole family',
      "11 people on the 25th. I can do pasta and a stir-fry, that's about it. One oven.",
      'en',
      ['Mastering one'],
    );
    expect(en.keys).toContain('skill-dish-half');
    expect(en.keys).toContain('skill-dish-crowd');
    expect(en.keys).not.toContain('skill-cook-plan');
    const ru = await tap(
      'skill',
      'Научиться печь куличи к Пасхе',
      'Дрожжевое тесто ни разу не делала. До Пасхи месяц.',
      'ru',
      ['Научиться готовить одно'],
    );
    expect(ru.keys).toContain('skill-dish-half');
    expect(ru.keys).not.toContain('skill-bake-plan');
    const dinners = await tap('skill', 'Learn to cook', "I've never cooked anything beyond pasta.", 'en');
    expect(dinners.keys).toContain('skill-cook-plan');
  });

  it('reads no free time from a day named for a school, a service or a lesson', async () => {
    const en = await tap(
      'language',
      'Learn Mandarin alongside my adopted daughter',
      "I'm a complete beginner. We've got Saturday mornings and maybe 15 minutes after tea. There's a Chinese school in Reading on Sundays but it's for kids whose parents speak it.",
      'en',
      ['Just starting'],
    );
    expect(en.text).not.toMatch(/on Sundays/);
    expect(en.text).toMatch(/on Saturdays/);
    const harmonium = await tap(
      'instrument',
      'Learn the harmonium for kirtan at our gurdwara',
      "The sangat is short of people who can play at the Sunday kirtan. I'm 58 and can't read notation. One of the granthi's sons has offered to show me on Wednesdays.",
      'en',
    );
    expect(harmonium.text).not.toMatch(/on Sundays/);
    const ru = await tap(
      'language',
      'Выучить китайский вместе с дочкой',
      'По воскресеньям у дочки китайская школа, а у нас свободны субботы.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.text).not.toMatch(/по воскресеньям/);
    // A Sunday the person has is still read.
    const sunday = await tap(
      'instrument',
      'Learn the guitar',
      'I only have Sunday afternoons free, complete beginner.',
      'en',
    );
    expect(sunday.text).toMatch(/on Sundays/);
  });
});
