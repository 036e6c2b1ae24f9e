import { describe, expect, it } from 'vitest';
import { fromIsoTime, isoTime } from './iso-time.js';

describe('isoTime: the text of toISOString, without its cost', () => {
  it('writes every moment exactly as toISOString does, across the years it writes with four digits', () => {
    const edges = [
      0,
      -1,
      1,
      Date.UTC(2000, 1, 29, 23, 59, 59, 999), // a leap day of a year divisible by 400
      Date.UTC(1900, 1, 28, 12), // 1900 is not a leap year
      Date.UTC(2024, 1, 29),
      Date.UTC(2026, 11, 31, 23, 59, 59, 999),
      Date.UTC(1969, 11, 31, 23, 59, 59, 999),
      -62_167_219_200_000, // 0000-01-01T00:00:00.000Z
      253_402_300_799_999, // 9999-12-31T23:59:59.999Z
    ];
    // A fixed-seed walk over the whole range, so a failure repeats (a linear congruential generator).
    let seed = 20_261_129;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const walked = Array.from({ length: 20_000 }, () =>
      Math.floor(-62_167_219_200_000 + next() * (253_402_300_799_999 + 62_167_219_200_000)),
    );
    for (const ms of [...edges, ...walked]) {
      const text = new Date(ms).toISOString();
      expect(isoTime(new Date(ms))).toBe(text);
      expect(fromIsoTime(text).getTime()).toBe(ms);
    }
  });

  it('reads back any text exactly as new Date does, days past a month’s end and refusals included', () => {
    const texts = [
      '2026-02-31T00:00:00.000Z', // rolls over to March, as V8 does
      '2026-04-31T10:00:00.000Z',
      '2026-13-01T00:00:00.000Z', // invalid
      '2026-00-10T00:00:00.000Z',
      '2026-01-00T00:00:00.000Z',
      '2026-01-01T24:00:00.000Z', // V8's own reading (the next midnight)
      '2026-01-01T23:60:00.000Z',
      '2026-01-01T23:59:60.000Z',
      '2026-01-01T23:59:59.99xZ',
      '2026-01-01 23:59:59.999Z',
      '2026-01-01T23:59:59Z',
      '2026-01-01',
      '0099-06-01T00:00:00.000Z', // two-digit years are not 1999 here
      '+012345-01-01T00:00:00.000Z',
      '',
      'not a date',
    ];
    for (const text of texts) expect(String(fromIsoTime(text).getTime()), text).toBe(String(new Date(text).getTime()));
  });

  it('leaves years beyond four digits and invalid dates to toISOString', () => {
    expect(isoTime(new Date(253_402_300_800_000))).toBe('+010000-01-01T00:00:00.000Z');
    expect(isoTime(new Date(-62_167_219_200_001))).toBe('-000001-12-31T23:59:59.999Z');
    expect(() => isoTime(new Date(Number.NaN))).toThrow(RangeError);
  });
});
