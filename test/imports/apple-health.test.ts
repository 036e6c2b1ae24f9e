import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { type ImportProgress, parseHealthFile } from '../../src/imports/health/index.js';
import { fixture, importError, lines, scratchDir } from './fixtures.js';

const zone = 'Europe/Berlin';

describe('Apple Health: a real export (ashtom/hkimport, 3.8 MB)', () => {
  it('gives one sleep reading per night, overlapping sources counted once', async () => {
    const summary = await parseHealthFile(fixture('apple-hkimport', 'export.xml'), { zone });
    expect(summary.format).toBe('apple_health_xml');
    // 11,101 <Record> tags, 162 of them inside food <Correlation>s (repeated at the top level).
    expect(summary.records).toBe(10_939);
    expect(summary.skipped).toEqual({ unsupported_type: 8_641, heart_rate_sample: 2_177, empty_sleep_span: 2 });
    const nights = summary.readings.filter((reading) => reading.metric === 'sleep_minutes');
    // Checked with an independent Python script (xml.etree, same night rule, its own union).
    expect(nights).toHaveLength(67);
    expect(summary.readings).toHaveLength(67);
    const total = nights.reduce((sum, reading) => sum + reading.value, 0);
    expect(total).toBeCloseTo(36_882.7, 0);
    const at = (iso: string) => nights.find((reading) => reading.at === iso)?.value;
    // 2017-07-18: lark, Pillow, SleepTrack, Sleep Cycle and Sleep Better all recorded the same night
    // (2,065 minutes if summed); the union is 22:22:36 → 05:44:20.
    expect(at('2017-07-18T05:44:20+02:00')).toBe(441.73);
    // 2017-10-25: Connect's InBed is ignored because asleep spans exist; lark + Connect overlap.
    expect(at('2017-10-25T09:04:00+02:00')).toBe(420);
    expect(summary.firstAt).toBe('2017-03-07T19:06:00+02:00');
    expect(summary.lastAt).toBe('2017-10-31T11:39:32+02:00');
  });

  it('reads an export without a DOCTYPE and with nothing it uses (dogsheep/healthkit-to-sqlite)', async () => {
    const summary = await parseHealthFile(fixture('apple-dogsheep', 'export.xml'), { zone });
    expect(summary).toMatchObject({ records: 2, readings: [], skipped: { unsupported_type: 1, heart_rate_sample: 1 } });
    expect(summary.firstAt).toBeUndefined();
  });
});

/** Worked out by hand from own/apple/export.xml (see the fixture README). */
const EXPECTED = [
  // Night of the 14th→15th: Watch stages 23:00–02:00 and 02:15–06:30, iPhone asleep from 22:50:
  // the union is 22:50–02:00 + 02:15–06:30 = 190 + 255 minutes; InBed and Awake do not count.
  'sleep_minutes 445 2023-01-15T06:30:00+01:00',
  // 42.5, 55 ("3:10:00 pm" with U+202F) and 61 (Arabic-Indic digits): mean 52.83.
  'hrv_sdnn 52.83 2023-01-15T21:01:00+01:00',
  'resting_heart_rate 54 2023-01-15T23:55:00+01:00',
  // Old values: Asleep 23:30–07:00 from the iPhone contains Sleep Cycle's 23:45–06:30.
  'sleep_minutes 450 2023-01-16T07:00:00+01:00',
  // "20230116081500+0100", the compact iOS 8 form; the 0.4 ms sample is out of range.
  'hrv_sdnn 38 2023-01-16T08:16:00+01:00',
  // Recorded in Tokyo: its own date and offset; sorted by instant (22:01 UTC on the 16th).
  'hrv_sdnn 47 2023-01-17T07:01:00+09:00',
  // The Watch's 52 and another app's 56.
  'resting_heart_rate 54 2023-01-16T23:58:00+01:00',
  // InBed 23:00–07:00 only, minus Awake 03:00–03:30.
  'sleep_minutes 450 2023-01-17T07:00:00+01:00',
  // No offset in the file: read in the user's zone.
  'hrv_sdnn 50 2023-01-18T08:01:00+01:00',
];

describe('Apple Health: versions, locales, sources and the zip', () => {
  it('turns the hand-made export into daily readings', async () => {
    const summary = await parseHealthFile(fixture('own', 'apple', 'export.xml'), { zone });
    expect(lines(summary.readings)).toEqual(EXPECTED);
    expect(summary.records).toBe(29);
    expect(summary.skipped).toEqual({ out_of_range: 1, heart_rate_sample: 3, unsupported_type: 4 });
    expect(summary.readings.every((reading) => reading.source === 'apple_health')).toBe(true);
    expect([summary.firstAt, summary.lastAt]).toEqual(['2023-01-15T06:30:00+01:00', '2023-01-18T08:01:00+01:00']);
  });

  it('reads export.zip without unpacking it, beside export_cda.xml and the routes', async () => {
    const summary = await parseHealthFile(fixture('own', 'apple', 'export.zip'), { zone });
    expect(summary.format).toBe('apple_health_zip');
    expect(lines(summary.readings)).toEqual(EXPECTED);
  });

  it('finds the export under its localised name (eksport.xml)', async () => {
    const summary = await parseHealthFile(fixture('own', 'apple', 'eksport.zip'), { zone });
    expect(lines(summary.readings)).toEqual(EXPECTED);
  });

  it('places offset-less times in the zone it is given', async () => {
    const summary = await parseHealthFile(fixture('own', 'apple', 'export.xml'), { zone: 'America/New_York' });
    expect(lines(summary.readings).at(-1)).toBe('hrv_sdnn 50 2023-01-18T08:01:00-05:00');
  });

  it('reports progress at most about ten times a second, and once at the end with every byte', async () => {
    const reports: ImportProgress[] = [];
    const path = fixture('apple-hkimport', 'export.xml');
    await parseHealthFile(path, { zone, onProgress: (progress) => reports.push(progress) });
    const last = reports.at(-1)!;
    expect(last).toEqual({ done: true, bytesRead: 3_832_773, totalBytes: 3_832_773, records: 10_939 });
    expect(reports.length).toBeGreaterThanOrEqual(1);
    expect(reports.length).toBeLessThan(30);
  });

  it('counts compressed bytes for a zip', async () => {
    const reports: ImportProgress[] = [];
    await parseHealthFile(fixture('own', 'apple', 'export.zip'), {
      zone,
      onProgress: (report) => reports.push(report),
    });
    const compressed = reports.at(-1)!;
    expect(compressed.totalBytes).toBe(2_603);
    expect(compressed.bytesRead).toBeLessThan(2_603);
    expect(compressed.records).toBe(29);
  });

  it('stops when the signal aborts, with the abort reason rather than a file error', async () => {
    const controller = new AbortController();
    const reading = parseHealthFile(fixture('apple-hkimport', 'export.xml'), {
      zone,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
  });
});

/** An export of one day's HRV: at rest, taken in motion, within a workout (listed after the records, as the Health app writes it). */
const WORKOUT_DAY = `<?xml version="1.0" encoding="UTF-8"?>
<HealthData locale="en_GB">
 <ExportDate value="2024-05-03 08:00:00 +0200"/>
 <Record type="HKQuantityTypeIdentifierHeartRateVariabilitySDNN" sourceName="Watch" unit="ms" startDate="2024-05-02 06:50:00 +0200" endDate="2024-05-02 06:51:00 +0200" value="48">
  <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="1"/>
  <HeartRateVariabilityMetadataList/>
 </Record>
 <Record type="HKQuantityTypeIdentifierHeartRateVariabilitySDNN" sourceName="Watch" unit="ms" startDate="2024-05-02 12:10:00 +0200" endDate="2024-05-02 12:11:00 +0200" value="130">
  <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="2"/>
 </Record>
 <Record type="HKQuantityTypeIdentifierHeartRateVariabilitySDNN" sourceName="Watch" unit="ms" startDate="2024-05-02 18:40:00 +0200" endDate="2024-05-02 18:41:00 +0200" value="152.6"/>
 <Record type="HKQuantityTypeIdentifierHeartRateVariabilitySDNN" sourceName="Watch" unit="ms" startDate="2024-05-02 22:30:00 +0200" endDate="2024-05-02 22:31:00 +0200" value="52"/>
 <Workout workoutActivityType="HKWorkoutActivityTypeCycling" duration="180" durationUnit="min" sourceName="Watch" startDate="2024-05-02 16:00:00 +0200" endDate="2024-05-02 19:00:00 +0200">
  <MetadataEntry key="HKIndoorWorkout" value="0"/>
 </Workout>
</HealthData>
`;

describe('Apple Health: HRV only at rest', () => {
  it('leaves out HRV taken in motion or during a workout, and counts it', async () => {
    const scratch = await scratchDir();
    try {
      await writeFile(scratch.path('export.xml'), WORKOUT_DAY);
      const summary = await parseHealthFile(scratch.path('export.xml'), { zone });
      // Only 06:50 (sedentary) and 22:30 (no context, outside the ride) count: (48 + 52) / 2.
      expect(lines(summary.readings)).toEqual(['hrv_sdnn 50 2024-05-02T22:31:00+02:00']);
      expect(summary).toMatchObject({ records: 4, skipped: { hrv_during_activity: 2 } });
    } finally {
      await scratch.remove();
    }
  });
});

describe('Apple Health: a broken file names the place and returns nothing', () => {
  it('a truncated export.xml', async () => {
    const error = await importError(parseHealthFile(fixture('own', 'broken', 'export-truncated.xml'), { zone }));
    expect(error.where).toEqual({ line: 63 });
    expect(error.message).toBe('line 63: unclosed tag: HealthData');
  });

  it('a record whose date is not a date', async () => {
    const error = await importError(parseHealthFile(fixture('own', 'broken', 'export-bad-date.xml'), { zone }));
    expect(error.where).toEqual({ line: 5 });
    expect(error.message).toContain('startDate "yesterday 7:05" is not a date');
  });

  it('a file that is XML but not an export', async () => {
    const scratch = await scratchDir();
    try {
      await writeFile(scratch.path('export.xml'), '<?xml version="1.0"?>\n<gpx version="1.1"></gpx>\n');
      const error = await importError(parseHealthFile(scratch.path('export.xml'), { zone }));
      expect(error.message).toContain('the root element is <gpx>');
    } finally {
      await scratch.remove();
    }
  });

  it('a zip cut short in transfer (no central directory)', async () => {
    const scratch = await scratchDir();
    try {
      const zip = await readFile(fixture('own', 'apple', 'export.zip'));
      await writeFile(scratch.path('export.zip'), zip.subarray(0, 1_500));
      const error = await importError(parseHealthFile(scratch.path('export.zip'), { zone }));
      expect(error.message).toMatch(/^not a complete zip archive/);
    } finally {
      await scratch.remove();
    }
  });

  it('a zip whose compressed export is damaged names the entry', async () => {
    const scratch = await scratchDir();
    try {
      const zip = Buffer.from(await readFile(fixture('own', 'apple', 'export.zip')));
      // The deflated export.xml is the last entry's data, just before the central directory.
      const dataStart = zip.lastIndexOf(Buffer.from('apple_health_export/export.xml')) - 1_200;
      for (let i = 0; i < 40; i++) zip[dataStart + i * 7] = 0xff - zip[dataStart + i * 7]!;
      await writeFile(scratch.path('export.zip'), zip);
      const error = await importError(parseHealthFile(scratch.path('export.zip'), { zone }));
      expect(error.where.entry).toBe('apple_health_export/export.xml');
    } finally {
      await scratch.remove();
    }
  });
});
