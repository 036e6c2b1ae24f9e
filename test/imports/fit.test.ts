import { readFile, writeFile } from 'node:fs/promises';
import { FitBaseType, FitEncoder } from 'fit-file-parser';
import { describe, expect, it } from 'vitest';
import { rmssdOf } from '../../src/imports/health/fit/rmssd.js';
import { parseHealthFile } from '../../src/imports/health/index.js';
import { fixture, importError, lines, scratchDir } from './fixtures.js';

const zone = 'Europe/Berlin';

describe('FIT files (real samples)', () => {
  // Expected RMSSDs computed independently with python-fitparse (see the LICENSE-NOTE beside the files).
  it('computes one RMSSD from a Garmin run’s hrv messages, dated with the device’s own offset', async () => {
    const summary = await parseHealthFile(fixture('fit-python-fitparse', 'garmin-fenix-5-run.fit'), { zone });
    expect(summary.format).toBe('fit');
    expect(summary.readings).toHaveLength(1);
    expect(summary.readings[0]).toMatchObject({
      metric: 'hrv_rmssd',
      at: '2017-06-11T07:35:24-07:00',
      source: 'garmin',
    });
    expect(summary.readings[0]!.value).toBeCloseTo(205.001, 1);
    // 71 hrv + 21 records; every record carries a spot heart rate.
    expect(summary).toMatchObject({ records: 92, skipped: { heart_rate_sample: 21 } });
  });

  it('reads a walk the same way', async () => {
    const summary = await parseHealthFile(fixture('fit-python-fitparse', 'garmin-fenix-5-walk.fit'), { zone });
    expect(summary.readings[0]!.at).toBe('2017-06-11T07:33:42-07:00');
    expect(summary.readings[0]!.value).toBeCloseTo(16.375, 1);
  });

  it('drops RR artefacts outside 0.3–2.0 s and counts them', async () => {
    const summary = await parseHealthFile(fixture('fit-jimmykane', 'running-with-developer-data.fit'), { zone });
    expect(lines(summary.readings)).toEqual(['hrv_rmssd 65.56 2018-06-14T17:23:28+02:00']);
    expect(summary).toMatchObject({ records: 3_363, skipped: { rr_artefact: 2, heart_rate_sample: 1_681 } });
  });

  it('gives nothing from a monitoring file without heart rate, and says why', async () => {
    const summary = await parseHealthFile(fixture('fit-python-fitparse', 'MonitoringFile.fit'), { zone });
    expect(summary).toMatchObject({ records: 337, readings: [], skipped: { no_health_value: 337 } });
  });

  it('refuses the truncated real file', async () => {
    const error = await importError(
      parseHealthFile(fixture('fit-python-fitparse', 'activity-unexpected-eof.fit'), { zone }),
    );
    expect(error.message).toBe('FIT file truncated: 768 of 771 bytes');
  });

  it('refuses a file whose CRC does not match (bytes damaged in the middle)', async () => {
    const scratch = await scratchDir();
    try {
      const bytes = Buffer.from(await readFile(fixture('fit-python-fitparse', 'garmin-fenix-5-walk.fit')));
      bytes[2_000] = bytes[2_000]! ^ 0x5a;
      await writeFile(scratch.path('walk.fit'), bytes);
      const error = await importError(parseHealthFile(scratch.path('walk.fit'), { zone }));
      expect(error.message).toBe('corrupt FIT file: File CRC mismatch');
    } finally {
      await scratch.remove();
    }
  });
});

/** A monitoring file as a Garmin watch writes one: resting heart rate, and spot heart rate to skip. */
function monitoringFit(): Uint8Array {
  const stamp = (iso: string) => FitEncoder.toFitTimestamp(new Date(iso));
  const encoder = new FitEncoder();
  encoder.writeMessage(0, [
    { number: 0, size: 1, baseType: FitBaseType.Enum, value: 32 }, // type: monitoring_b
    { number: 1, size: 2, baseType: FitBaseType.Uint16, value: 1 }, // manufacturer: garmin
    { number: 4, size: 4, baseType: FitBaseType.Uint32, value: stamp('2024-05-02T04:00:00Z') },
  ]);
  for (const [iso, resting] of [
    ['2024-05-01T21:59:00Z', 51],
    ['2024-05-02T21:59:00Z', 49],
    ['2024-05-02T05:00:00Z', 53],
  ] as const)
    encoder.writeMessage(211, [
      { number: 253, size: 4, baseType: FitBaseType.Uint32, value: stamp(iso) },
      { number: 0, size: 1, baseType: FitBaseType.Uint8, value: resting },
    ]);
  encoder.writeMessage(55, [
    { number: 253, size: 4, baseType: FitBaseType.Uint32, value: stamp('2024-05-02T06:00:00Z') },
    { number: 27, size: 1, baseType: FitBaseType.Uint8, value: 72 },
  ]);
  return encoder.close();
}

describe('FIT files (monitoring, encoded here)', () => {
  it('reads resting heart rate from monitoring_hr_data, one per local day', async () => {
    const scratch = await scratchDir();
    try {
      await writeFile(scratch.path('monitoring.fit'), monitoringFit());
      const summary = await parseHealthFile(scratch.path('monitoring.fit'), { zone });
      // No activity message, so the user's zone: 21:59Z on 1 May is 23:59 in Berlin; the 2nd has 53 and 49.
      expect(lines(summary.readings)).toEqual([
        'resting_heart_rate 51 2024-05-01T23:59:00+02:00',
        'resting_heart_rate 51 2024-05-02T23:59:00+02:00',
      ]);
      expect(summary).toMatchObject({ records: 4, skipped: { heart_rate_sample: 1 } });
    } finally {
      await scratch.remove();
    }
  });
});

describe('RMSSD', () => {
  it('differences adjacent beats only, never across a dropped artefact', () => {
    // 0.80 → 0.82 → [2.5 dropped] → 0.78 → 0.80: differences 20 and 20 ms.
    const result = rmssdOf([0.8, 0.82, 2.5, 0.78, 0.8]);
    expect(result).toMatchObject({ intervals: 5, artefacts: 1 });
    expect(result.rmssd).toBeCloseTo(20, 9);
    expect(rmssdOf([0.8]).rmssd).toBeUndefined();
  });
});
