import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the fifty-first blind read, creative (fix52F)', () => {
  it('gives a first tufted rug the cloth, the loops, the mirrored design and the glue — not a kit and a tiny first piece', async () => {
    const ru = await tap(
      'creative',
      'Сделать ковёр тафтинговым пистолетом',
      'Пистолет купил, раму собрал сам. Первая проба — петли выпадают, клей очень пахнет. Хочу коврик в комнату сестре к лету.',
      'ru',
      ['Только начинаю', 'Ничего'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['cre-tuft-cloth', 'cre-tuft-loops']);
    expect(ru.keys).toContain('cre-tuft-glue');
    expect(ru.keys).not.toContain('cre-kit');
    expect(ru.keys).not.toContain('cre-14');
    const en = await tap(
      'creative',
      'Tuft my first rug',
      'I have a tufting gun and a frame; my test piece had gaps and the design came out fuzzy.',
      'en',
      ['Just starting', 'None'],
    );
    expect(en.keys[0]).toBe('cre-tuft-cloth');
    expect(en.keys).toContain('cre-tuft-design');
    // A punch-needle rug keeps its own needle steps, with no gun.
    const punch = await tap('creative', 'Punch needle a small rug', 'Loops keep falling out.', 'en', [
      'Just starting',
      'None',
    ]);
    expect(punch.keys).toContain('cre-punch-loops');
    expect(punch.keys.some((key) => key.startsWith('cre-tuft-'))).toBe(false);
  });

  it('gives a mural on a school or public wall the mural steps even without a button, with the paint worked out', async () => {
    const en = await tap(
      'creative',
      'Paint a mural in the school library',
      'The head said yes; the wall is 6 m long. I have a small sketch but have only painted on paper, and the budget is small.',
      'en',
      ['None'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['cre-mural-design', 'cre-mural-paint']);
    expect(en.keys).toContain('cre-mural-outline');
    expect(en.texts.join(' ')).toMatch(/coverage/);
    expect(en.keys).not.toContain('cre-paint-first');
    const ru = await tap(
      'creative',
      'Нарисовать мурал в столовой колледжа',
      'Стена 7 метров, эскиз есть, денег на краску немного, раньше рисовала только на бумаге.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys).toContain('cre-mural-paint');
    expect(ru.keys).not.toContain('cre-paint-first');
    // A painting to hang on my wall is no mural.
    const near = await tap('creative', 'Paint a picture to hang on my wall', 'Watercolour, first time.', 'en', [
      'Just starting',
      'None',
    ]);
    expect(near.keys.some((key) => key.startsWith('cre-mural-'))).toBe(false);
  });

  it('gives a knitter’s first jumper its size, swatch, cast-on and hours — not an unfinished piece, a series or 20 ideas', async () => {
    const en = await tap(
      'creative',
      'finally knit myself a cardigan',
      "I've knitted hats and shawls for two years. I'm scared it'll come out huge.",
      'en',
      ['None'],
    );
    expect(en.keys[0]).toBe('cre-knitg-measure');
    expect(en.keys).toContain('cre-knitg-swatch');
    for (const key of ['cre-16', 'cre-04', 'cre-05', 'cre-knit-first']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'creative',
      'связать сыну свитер с косами к зиме',
      'Вяжу давно, носки и шапки. Образец уже связала, боюсь не угадать с размером.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys).toContain('cre-knitg-gauge');
    expect(ru.keys).toContain('cre-knitg-cable');
    expect(ru.keys).not.toContain('cre-knitg-swatch');
    for (const key of ['cre-16', 'cre-04', 'cre-05', 'cre-17', 'cre-knit-lesson']) expect(ru.keys).not.toContain(key);
    // A knitter's socks keep the sock path; a first-timer's sweater keeps the first stitch.
    const socks = await tap('creative', 'Knit socks for my dad', "I've knitted hats for years.", 'en', [
      'Knitting socks',
    ]);
    expect(socks.keys.some((key) => key.startsWith('cre-knitg-'))).toBe(false);
    const first = await tap(
      'creative',
      'Knit a sweater',
      'I have never knitted anything; I bought needles yesterday.',
      'en',
      ['Just starting', 'None'],
    );
    expect(first.keys.some((key) => key.startsWith('cre-knitg-'))).toBe(false);
  });
});
