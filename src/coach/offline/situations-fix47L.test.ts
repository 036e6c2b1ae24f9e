import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const some = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));

describe('the forty-fifth blind reads, left over, fixed in general (helper fix47L)', () => {
  it('learns bread on the wall of a clay oven beside the baker, arm covered first — never the skillet flatbread path', async () => {
    const en = await tap(
      'skill',
      'learn to make naan in our tandoor',
      "My father-in-law built a clay tandoor in the garden and bakes naan every Sunday. I'd like to do it myself when he's away, but the heat scares me.",
      'en',
    );
    expect(en.keys[0]).toBe('skill-woven-guard');
    expect(en.keys).toContain('skill-woven-beside');
    expect(some(en.keys, 'skill-flat-')).toEqual([]);
    const ru = await tap(
      'skill',
      'научиться печь лепёшки в тандыре',
      'Бабушка всю жизнь пекла лепёшки в тандыре во дворе, теперь хочу научиться у неё, пока она может показать.',
      'ru',
    );
    expect(ru.keys[0]).toBe('skill-woven-guard');
    expect(some(ru.keys, 'skill-flat-')).toEqual([]);
    // Lavash on a pan at home keeps the flatbread path; «тонировка» is no tonir.
    const pan = await tap(
      'skill',
      'научиться печь тонкий лаваш',
      'Хочу печь лаваш дома на сковороде, как в магазине.',
      'ru',
    );
    expect(pan.keys[0]).toBe('skill-flat-recipe');
    expect(some(pan.keys, 'skill-woven-')).toEqual([]);
  });

  it('checks a harmonium before the one piece is played on it, and learns that piece rather than a tune already known', async () => {
    const en = await tap(
      'instrument',
      'play one bhajan on the harmonium for my nani',
      "I can pick out a couple of tunes on our old harmonium but I can't read the notation. Her birthday is in March and I'd like to play her favourite bhajan.",
      'en',
      ['I can already play a tune or two'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['inst-01-harmonium', 'inst-piece-source']);
    expect(en.keys).not.toContain('inst-tune-record');
    // A guitarist who knows a few songs, with no one piece in view, still records the tune first.
    const near = await tap(
      'instrument',
      'get better at guitar',
      'I can play a few songs by ear and want to get tidier.',
      'en',
      ['I can already play a tune or two'],
    );
    expect(near.keys).toContain('inst-tune-record');
  });

  it('reads an app given up early on as a beginner: no unprepared two-minute talk about the day', async () => {
    const en = await tap(
      'language',
      'enough Greek to chat with my neighbours',
      'I did some Duolingo Greek last year but gave up early on. We spend every August on Naxos now.',
      'en',
      ['Just starting'],
    );
    expect(en.keys).not.toContain('lang-16');
    const ru = await tap(
      'language',
      'выучить турецкий, чтобы говорить со свекровью',
      'Пробовала заниматься по приложению, но бросила почти сразу. Летом едем к ней на месяц.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).not.toContain('lang-16');
    // Someone who kept at it for a year is a comeback and keeps the talk about the day.
    const near = await tap(
      'language',
      'get my Spanish going again',
      'I did Spanish at school and a year of Duolingo after that, then stopped.',
      'en',
      ['Coming back'],
    );
    expect(near.keys).toContain('lang-16');
  });

  it('keeps a dated knitting project on the dated piece — no unfinished piece picked up again', async () => {
    const ru = await tap(
      'creative',
      'связать внукам одинаковые шапки к Новому году',
      'Вяжу давно, но с жаккардом не работала. Хочу успеть к празднику, времени только вечера.',
      'ru',
    );
    expect(ru.keys).not.toContain('cre-16');
    const en = await tap(
      'creative',
      'matching Fair Isle jumpers for the family by Christmas',
      "I've knitted for years but never colourwork. I only have evenings and weekends, and it's already September.",
      'en',
    );
    expect(en.keys).not.toContain('cre-16');
  });

  it('plans haircuts weeks apart and never has them repeated from memory at once', async () => {
    const ru = await tap(
      'skill',
      'научиться стричь детей машинкой',
      'Машинку купили, но боюсь испортить: дочку в школе и так дразнят.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('skill-hair-plan');
    expect(ru.keys).not.toContain('skill-06');
    const en = await tap(
      'skill',
      "cut my kids' hair at home",
      'We bought clippers with guards; I have never cut hair.',
      'en',
      ['Just starting'],
    );
    expect(en.keys).not.toContain('skill-06');
  });

  it('readies an old sewing machine before the test garment is sewn on it', async () => {
    const ru = await tap(
      'skill',
      'сшить платье на маминой Чайке',
      'От мамы осталась швейная машинка Чайка. Раньше шила простые юбки по выкройке, теперь хочу летнее платье.',
      'ru',
      ['Рукоделие'],
    );
    const old = ru.keys.indexOf('skill-sew-old');
    expect(old).toBeGreaterThanOrEqual(0);
    if (ru.keys.includes('skill-sew-test')) expect(old).toBeLessThan(ru.keys.indexOf('skill-sew-test'));
    expect(ru.keys.join(' ')).not.toMatch(/mend/);
  });
});
