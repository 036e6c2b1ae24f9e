import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the seventeenth blind read, fixed in general (helper fix17d)', () => {
  it('gives a non-fiction book from years of notes contents, chapters and a target, no free-writing or poetry collection', async () => {
    const ru = await firstFive(
      'writing',
      'Написать книгу о лекарственных травах',
      'Двадцать лет собираю травы и веду об этом блог. Издательство просит первые главы к лету.',
      'ru',
    );
    expect(ru.keys[0]).toBe('write-nf-contents');
    expect(ru.keys).toEqual(expect.arrayContaining(['write-nf-sort', 'write-nf-target']));
    expect(ru.keys).not.toContain('write-01');
    expect(ru.keys.some((key) => key.startsWith('write-coll-'))).toBe(false);
    const en = await firstFive(
      'writing',
      'Write a popular science book about tides',
      'I am a retired harbour master with boxes of notes; an editor wants sample chapters.',
    );
    expect(en.keys[0]).toBe('write-nf-contents');
    expect(en.keys).not.toContain('write-01');
    // A poetry collection for a small press keeps its own steps.
    const poems = await firstFive(
      'writing',
      'Put together a chapbook',
      'Poems I have written over ten years, for a small press.',
    );
    expect(poems.keys.some((key) => key.startsWith('write-coll-'))).toBe(true);
    expect(poems.keys.some((key) => key.startsWith('write-nf-'))).toBe(false);
  });

  it('lets a memoir scene stand on its own, without a "starred" memory', async () => {
    const en = await firstFive(
      'writing',
      'Write down my childhood on the farm',
      'For my grandchildren; I have a shoebox of memoir notes.',
    );
    expect(en.keys).toContain('write-memo-scene');
    expect(en.text).not.toMatch(/starred/i);
  });

  it('gives someone joining a particular band the leader and the band tune, not a hunt for a jam session', async () => {
    const en = await firstFive(
      'instrument',
      'Learn the cornet for the village brass band',
      'Our band takes beginners in September and lends instruments. I have never played anything.',
    );
    expect(en.keys[0]).toBe('inst-inband-ask');
    expect(en.keys).not.toContain('inst-band');
    expect(en.text).not.toMatch(/jam session/i);
    const ru = await firstFive(
      'instrument',
      'Научиться играть на тубе',
      'В наш оркестр берут новичков, репетиции по вторникам. Нот не знаю.',
      'ru',
    );
    expect(ru.keys[0]).toBe('inst-inband-ask');
    expect(ru.keys).not.toContain('inst-band');
    // Having played in a band long ago is no band now.
    const past = await firstFive(
      'instrument',
      'Get my bagpipes going again',
      'I played in a pipe band as a teenager, twenty years ago.',
    );
    expect(past.keys.some((key) => key.startsWith('inst-inband-'))).toBe(false);
  });
});
