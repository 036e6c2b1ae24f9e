import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the fifteenth blind read, fixed in general (helper fix15b)', () => {
  it('gives bookbinding its own steps, not a drawing kit', async () => {
    const en = await firstFive(
      'creative',
      'Make hand-bound journals',
      'I want to learn Coptic stitch and sew a few notebooks.',
    );
    expect(en.keys[0]).toBe('cre-bind-kit');
    expect(en.text).not.toMatch(/2B pencil|sketchbook/i);
    const ru = await firstFive(
      'creative',
      'Научиться переплетать блокноты',
      'Хочу сшить ежедневник своими руками в подарок.',
      'ru',
    );
    expect(ru.keys).toContain('cre-bind-pamphlet');
  });

  it('gives a toy rotation toy steps, not a whole-home declutter', async () => {
    const en = await firstFive(
      'home',
      'Set up a toy rotation for the kids',
      'Two toddlers and the playroom floor is covered every night.',
    );
    expect(en.keys[0]).toBe('home-toys-gather');
    expect(en.text).not.toMatch(/Give away/);
    const ru = await firstFive('home', 'Навести порядок с игрушками', 'Игрушки по всей квартире, двое детей.', 'ru');
    expect(ru.keys).toContain('home-toys-split');
  });

  it('keeps a flower bed in the ground on garden steps, with no indoor declutter walk', async () => {
    const ru = await firstFive(
      'home',
      'Посадить цветы у дома',
      'Хочу клумбу под окнами с многолетниками, земля голая.',
      'ru',
    );
    expect(ru.keys.some((key) => key.startsWith('home-garden-'))).toBe(true);
    expect(ru.text).not.toMatch(/пять мест, которые раздражают|с порога/);
  });

  it('reads a pilot licence as no driving test', async () => {
    const en = await firstFive(
      'exam',
      'Get my PPL theory done',
      'Private pilot licence papers: air law, navigation, meteorology.',
    );
    expect(en.text).not.toMatch(/driving|instructor|manoeuvres/i);
    const ru = await firstFive('exam', 'Сдать теорию на пилота-любителя', 'Летаю в аэроклубе, осталась теория.', 'ru');
    expect(ru.text).not.toMatch(/вожден|автошкол/i);
  });

  it('names no speaking part a language test may not have', async () => {
    const en = await firstFive('exam', 'Pass the JLPT N2', 'My reading is fine but listening is weak.');
    expect(en.text).not.toMatch(/listening, reading, writing, speaking/);
  });

  it('gives laminate its own steps, with the floor checked for level first', async () => {
    const en = await firstFive(
      'repair',
      'Lay laminate in the bedroom myself',
      "First time, I'm worried the floor isn't level.",
    );
    expect(en.keys[0]).toBe('fix-lam-level');
    expect(en.text).not.toMatch(/sealant|drying time/i);
    const ru = await firstFive(
      'repair',
      'Положить ламинат в спальне',
      'Никогда не клал, боюсь, что будет скрипеть.',
      'ru',
    );
    expect(ru.keys).toContain('fix-lam-prep');
  });

  it('adjusts sagging cupboard doors without a water valve or breaker', async () => {
    const en = await firstFive(
      'repair',
      'Fix the wonky wardrobe doors',
      'Two doors hang lower than the others and a hinge is loose.',
    );
    expect(en.keys[0]).toBe('fix-hinge-adjust');
    expect(en.keys).not.toContain('fix-03');
    expect(en.keys.some((key) => key.startsWith('fix-inst-'))).toBe(false);
    const ru = await firstFive(
      'repair',
      'Починить дверцы кухонного шкафа',
      'Дверцы провисли, одна петля вырывается.',
      'ru',
    );
    expect(ru.keys).toContain('fix-hinge-hole');
  });

  it('reads a deputy-head interview at my own school as internal, with no company research', async () => {
    const ru = await firstFive(
      'interview',
      'Собеседование на должность замдиректора',
      'Учитель истории, директор предложил попробовать.',
      'ru',
    );
    expect(ru.keys).toContain('intv-int-talk');
    expect(ru.keys).not.toContain('intv-02');
    const en = await firstFive(
      'interview',
      'Interview for deputy head',
      'I have taught science for 12 years at the school where I work now.',
    );
    expect(en.keys).not.toContain('intv-02');
  });
});
