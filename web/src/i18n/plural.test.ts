import { describe, expect, it } from 'vitest';
import { en } from './en';
import { pickLocale, plural } from './plural';
import { ru } from './ru';

describe('plural', () => {
  it('uses the CLDR forms of each language, as the bot does', () => {
    const forms = { one: 'шаг', few: 'шага', many: 'шагов', other: 'шага' };
    expect([1, 2, 5, 11, 21, 22].map((count) => plural('ru', count, forms))).toEqual([
      '1 шаг',
      '2 шага',
      '5 шагов',
      '11 шагов',
      '21 шаг',
      '22 шага',
    ]);
    expect(plural('en', 1, { one: 'day', other: 'days' })).toBe('1 day');
    expect(en.goals.stepsDone(2)).toBe('2 steps done');
    expect(ru.goals.stepsDone(5)).toBe('сделано: 5 шагов');
  });

  it('picks a supported language from a tag, or none', () => {
    expect([pickLocale('ru-RU'), pickLocale('en_GB'), pickLocale('de'), pickLocale(undefined)]).toEqual([
      'ru',
      'en',
      undefined,
      undefined,
    ]);
  });
});

describe('catalogs', () => {
  const keysOf = (value: unknown, prefix = ''): string[] =>
    typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([key, inner]) => keysOf(inner, `${prefix}${key}.`))
      : [prefix.slice(0, -1)];

  it('has the same keys in English and Russian', () => {
    expect(keysOf(ru)).toEqual(keysOf(en));
  });
});
