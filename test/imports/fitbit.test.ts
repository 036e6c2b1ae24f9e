import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseHealthFile } from '../../src/imports/health/index.js';
import { fixture, importError, lines, scratchDir } from './fixtures.js';

const zone = 'Europe/Berlin';

describe('Fitbit / Google Takeout HRV CSVs', () => {
  it('averages a night of five-minute details into one RMSSD on the date the night ended', async () => {
    const summary = await parseHealthFile(fixture('own', 'fitbit', 'Heart Rate Variability Details - 2024-03-10.csv'), {
      zone,
    });
    expect(summary.format).toBe('fitbit_hrv_csv');
    expect(summary.records).toBe(88);
    // Rows from 23:40 on the 9th to 06:55 on the 10th; mean of the 88 values (computed in Python) 38.0931.
    expect(lines(summary.readings)).toEqual(['hrv_rmssd 38.09 2024-03-10T06:55:00+01:00']);
    expect(summary.skipped).toEqual({});
  });

  it('reads the daily summary in the user zone, across the DST change', async () => {
    const summary = await parseHealthFile(
      fixture('own', 'fitbit', 'Daily Heart Rate Variability Summary - 2024-03-(28).csv'),
      { zone },
    );
    expect(lines(summary.readings)).toEqual([
      'hrv_rmssd 29.23 2024-03-28T00:00:00+01:00',
      'hrv_rmssd 33.87 2024-03-29T00:00:00+01:00',
      'hrv_rmssd 31.05 2024-03-30T00:00:00+01:00',
      'hrv_rmssd 27.66 2024-03-31T00:00:00+01:00',
      'hrv_rmssd 35.91 2024-04-01T00:00:00+02:00',
    ]);
    expect(summary.readings.every((reading) => reading.source === 'fitbit')).toBe(true);
  });

  it('names the line of a bad row', async () => {
    const error = await importError(
      parseHealthFile(fixture('own', 'broken', 'Heart Rate Variability Details - 2024-03-11.csv'), { zone }),
    );
    expect(error.where).toEqual({ line: 5 });
    expect(error.message).toBe('line 5: rmssd "n/a" is not a number');
  });

  it('refuses a row with the wrong number of columns, a wrong header and a bad timestamp', async () => {
    const scratch = await scratchDir();
    const header = 'timestamp,rmssd,nremhr,entropy';
    const cases: Array<[string, string]> = [
      [
        `${header}\r\n2024-03-28T00:00:00,29.2,49.6,2.4\r\n2024-03-29T00:00:00,33.8,50.1\r\n`,
        'line 3: 3 columns, the header has 4',
      ],
      ['date,value\n2024-03-28,29.2\n', 'line 1: expected a "timestamp,rmssd,…" header, found "date,value"'],
      [`${header}\n28/03/2024,29.2,49.6,2.4\n`, 'line 2: timestamp "28/03/2024" is not YYYY-MM-DDTHH:MM:SS'],
    ];
    try {
      for (const [text, message] of cases) {
        await writeFile(scratch.path('hrv.csv'), text);
        const error = await importError(parseHealthFile(scratch.path('hrv.csv'), { zone, format: 'fitbit_hrv_csv' }));
        expect(error.message).toBe(message);
      }
    } finally {
      await scratch.remove();
    }
  });

  it('counts an empty rmssd as a missing value, never a zero', async () => {
    const scratch = await scratchDir();
    try {
      await writeFile(scratch.path('hrv.csv'), 'timestamp,rmssd,nremhr,entropy\n2024-03-28T00:00:00,,49.6,2.4\n');
      const summary = await parseHealthFile(scratch.path('hrv.csv'), { zone });
      expect(summary).toMatchObject({ records: 1, readings: [], skipped: { missing_value: 1 } });
    } finally {
      await scratch.remove();
    }
  });
});
