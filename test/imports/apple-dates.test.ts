import { describe, expect, it } from 'vitest';
import { parseAppleDate } from '../../src/imports/health/apple/apple-dates.js';
import { isoAt, zoneNamed } from '../../src/imports/health/instant.js';

const berlin = zoneNamed('Europe/Berlin');
const read = (text: string) => {
  const instant = parseAppleDate(text, berlin);
  return instant && isoAt(instant);
};

describe('Apple Health dates as real exports write them', () => {
  it.each([
    ['2019-01-01 23:00:00 +0100', '2019-01-01T23:00:00+01:00'],
    ['2016-11-14 07:25:41 -0700', '2016-11-14T07:25:41-07:00'],
    // 12-hour clocks, as the region settings render them (Health Auto Export issues, NSDateFormatter).
    ['2024-09-21 7:57:00\u202fam +1000', '2024-09-21T07:57:00+10:00'],
    ['2024-09-28 4:51:59 pm +1000', '2024-09-28T16:51:59+10:00'],
    ['2024-09-28 12:05:00 AM +0000', '2024-09-28T00:05:00+00:00'],
    ['2024-09-28 12:05:00 PM +0000', '2024-09-28T12:05:00+00:00'],
    ['2023-01-15 午後3:10:00 +0900', '2023-01-15T15:10:00+09:00'],
    ['2023-01-15 오전 9:10:00 +0900', '2023-01-15T09:10:00+09:00'],
    ['2023-01-15 下午3:10:00 +0800', '2023-01-15T15:10:00+08:00'],
    ['2023-01-15 3:10:00 p.m. -0500', '2023-01-15T15:10:00-05:00'],
    // Native digits.
    ['٢٠٢٥-٠٨-٠٨ ٠٠:١٧:٠٤ +0300', '2025-08-08T00:17:04+03:00'],
    ['۲۰۲۳-۰۱-۱۵ ۲۱:۰۰:۰۰ +0330', '2023-01-15T21:00:00+03:30'],
    ['２０２３-０１-１５ ０７:００:００ +0900', '2023-01-15T07:00:00+09:00'],
    // iOS 8 compact form, other offset spellings, and no offset (the user's zone).
    ['20150616071820-0700', '2015-06-16T07:18:20-07:00'],
    ['2023-01-15 07:00:00 GMT+01:00', '2023-01-15T07:00:00+01:00'],
    ['2023-01-15T07:00:00Z', '2023-01-15T07:00:00+00:00'],
    ['2023-07-15 07:00:00', '2023-07-15T07:00:00+02:00'],
    ['2023-01-15 07:00', '2023-01-15T07:00:00+01:00'],
  ])('%s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    '',
    'yesterday 7:05',
    '2019-02-30 10:00:00 +0100',
    '2019-01-01 25:00:00 +0100',
    '2019-01-01 13:00:00 pm +0100',
  ])('refuses %j', (text) => {
    expect(read(text)).toBeUndefined();
  });
});
