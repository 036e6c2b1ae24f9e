import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);
const levelAsked = (asked: { question: string }[]) =>
  asked.some((question) => /neither too easy|не слишком лёгкими/i.test(question.question));

describe('the fifty-first blind read, the level (fix52B)', () => {
  it('reads years of knitting now as experience: no first stitch or 15-stitch test piece; a first-timer keeps them', async () => {
    const en = await tap(
      'creative',
      'knit my first cardigan',
      "I've knitted socks and hats for two years but never a cardigan. Worried about the size.",
      'en',
      ['None'],
    );
    expect(levelAsked(en.asked)).toBe(false);
    expect(en.keys).not.toContain('cre-knit-lesson');
    expect(en.keys).not.toContain('cre-knit-first');
    const ru = await tap(
      'creative',
      'связать кофту дочке',
      'Вяжу лет пять, но только носки и варежки, кофту ни разу не вязала.',
      'ru',
      ['Ничего'],
    );
    expect(levelAsked(ru.asked)).toBe(false);
    expect(ru.keys).not.toContain('cre-knit-lesson');
    expect(ru.keys).not.toContain('cre-knit-first');
    const near = await tap(
      'creative',
      'knit my first cardigan',
      "I've never knitted anything; I bought needles and yarn yesterday.",
      'en',
      ['Just starting', 'None'],
    );
    expect(near.keys).toContain('cre-knit-lesson');
  });

  it('reads a swimmer of years out of breath in a new stroke as a swimmer: no fear-of-water class, first splash or pool bag', async () => {
    const ru = await tap(
      'skill',
      'освоить кроль',
      'Плаваю брассом лет двадцать, в бассейн хожу каждую неделю, а кролем через 25 метров задыхаюсь.',
      'ru',
      ['Ничего'],
    );
    expect(levelAsked(ru.asked)).toBe(false);
    for (const key of ['skill-swim-plan', 'skill-swim-fear', 'skill-swim-first', 'skill-swim-kit'])
      expect(ru.keys).not.toContain(key);
    const en = await tap(
      'skill',
      'learn proper front crawl',
      "I've swum breaststroke since I was at school and go to the pool every week, but after one length of crawl I'm out of breath.",
      'en',
      ['None'],
    );
    for (const key of ['skill-swim-plan', 'skill-swim-fear', 'skill-swim-first', 'skill-swim-kit'])
      expect(en.keys).not.toContain(key);
    const near = await tap('skill', 'научиться плавать', 'Мне 40, плавать не умею, боюсь глубины.', 'ru', ['Ничего']);
    expect(near.keys).toContain('skill-swim-first');
  });

  it('gives no first lesson on the first two chords to someone who already knows a few; a first-timer keeps it', async () => {
    const en = await tap(
      'instrument',
      'play a song on the ukulele at my dad’s birthday',
      'Never played music before. So far I know four chords but my changes are slow.',
      'en',
      ['Just starting', 'None'],
    );
    expect(en.keys).not.toContain('inst-05');
    expect(en.keys).toContain('inst-07-known');
    const ru = await tap(
      'instrument',
      'сыграть на гитаре песню на юбилей папы',
      'Раньше музыкой не занималась, пока знаю четыре аккорда, переставляю медленно.',
      'ru',
      ['Только начинаю', 'Ничего'],
    );
    expect(ru.keys).not.toContain('inst-05');
    const near = await tap(
      'instrument',
      'play a song on the ukulele at my dad’s birthday',
      'Never played music before, the ukulele arrived yesterday.',
      'en',
      ['Just starting', 'None'],
    );
    expect(near.keys).toContain('inst-05');
  });

  it('gives a lifter of years no "check your technique before the weights climb"', async () => {
    const ru = await tap(
      'sport',
      'выступить на первом турнире по пауэрлифтингу',
      'Занимаюсь в зале восьмой год, жму 140, приседаю 200. Тренер позвал на кубок города в мае.',
      'ru',
      ['Уже занимаюсь', 'Больше в приседе'],
    );
    expect(ru.keys).not.toContain('sport-lift-coach');
    const en = await tap(
      'sport',
      'compete in my first powerlifting meet',
      "I've been lifting for seven years, bench 140 kg and squat 200. My coach wants me at the regional meet in May.",
      'en',
      ['Already doing', 'Getting stronger', 'Stronger'],
    );
    expect(en.keys).not.toContain('sport-lift-coach');
  });
});
