import { describe, expect, it } from 'vitest';
import { parseHealthFile } from '../../src/imports/health/index.js';
import { fixture, importError, lines } from './fixtures.js';

const zone = 'Europe/Berlin';
const oura = (name: string) => fixture('own', 'oura', name);

describe('Oura API v2 JSON', () => {
  it('reads an object keyed by endpoint, skipping nulls instead of reading them as zero', async () => {
    const summary = await parseHealthFile(oura('oura-v2-by-endpoint.json'), { zone });
    expect(summary.format).toBe('oura_json');
    expect(lines(summary.readings)).toEqual([
      'readiness 0.66 2024-03-04T00:00:00+01:00',
      'sleep_quality 0.72 2024-03-04T00:00:00+01:00',
      // The long sleep only: the afternoon nap (HRV 35) does not join it.
      'hrv_rmssd 41 2024-03-04T07:01:30+01:00',
      'resting_heart_rate 52 2024-03-04T07:01:30+01:00',
      'sleep_minutes 420 2024-03-04T07:01:30+01:00',
      // 2024-03-05: null scores and a long sleep with null HRV, heart rate and duration: nothing.
      'readiness 0.81 2024-03-06T00:00:00+01:00',
      'sleep_quality 0.85 2024-03-06T00:00:00+01:00',
      // A night split in two long sleeps: HRV (48 + 52) / 2, heart rate (50 + 49) / 2, 195 + 240 minutes.
      'hrv_rmssd 50 2024-03-06T07:20:00+01:00',
      'resting_heart_rate 49.5 2024-03-06T07:20:00+01:00',
      'sleep_minutes 435 2024-03-06T07:20:00+01:00',
      // A day with only a short `sleep` period uses it.
      'hrv_rmssd 39 2024-03-07T04:00:00+01:00',
      'resting_heart_rate 55 2024-03-07T04:00:00+01:00',
      'sleep_minutes 150 2024-03-07T04:00:00+01:00',
    ]);
    expect(summary.records).toBe(13);
    expect(summary.skipped).toEqual({ unsupported_endpoint: 1, missing_value: 5, not_sleep: 1, nap: 1 });
    expect(summary.readings.every((reading) => reading.source === 'oura')).toBe(true);
  });

  it('reads one response page, keeping the offset of each night across a DST change', async () => {
    const summary = await parseHealthFile(oura('oura-v2-sleep-page.json'), { zone });
    expect(lines(summary.readings)).toEqual([
      'hrv_rmssd 44 2024-03-31T07:45:00+02:00',
      'resting_heart_rate 51 2024-03-31T07:45:00+02:00',
      'sleep_minutes 410 2024-03-31T07:45:00+02:00',
      'resting_heart_rate 53 2024-04-01T06:35:00+02:00',
      'sleep_minutes 390 2024-04-01T06:35:00+02:00',
    ]);
    expect(summary.skipped).toEqual({ missing_value: 1 });
  });

  it('reads an array of pages and counts a document repeated across pages once', async () => {
    const summary = await parseHealthFile(oura('oura-v2-pages.json'), { zone });
    expect(lines(summary.readings)).toEqual([
      'readiness 0.7 2024-03-10T00:00:00+01:00',
      'sleep_quality 0.77 2024-03-10T00:00:00+01:00',
      'readiness 0.74 2024-03-11T00:00:00+01:00',
      'readiness 0.59 2024-03-12T00:00:00+01:00',
    ]);
    expect(summary).toMatchObject({ records: 5, skipped: { duplicate: 1 } });
  });

  it('names the line of malformed JSON', async () => {
    const error = await importError(parseHealthFile(fixture('own', 'broken', 'oura-malformed.json'), { zone }));
    // The comma after line 11 is missing; the parser notices at the next property, on line 12.
    expect(error.where).toEqual({ line: 12 });
    expect(error.message).toMatch(/^line 12: malformed JSON/);
  });

  it('names the record that breaks the schema', async () => {
    const error = await importError(parseHealthFile(fixture('own', 'broken', 'oura-invalid-record.json'), { zone }));
    expect(error.where).toEqual({ record: 2 });
    expect(error.message).toMatch(/^record 2 \(sleep\): bedtime_end: /);
  });
});
