import { readFile, writeFile } from 'node:fs/promises';
import { FitBaseType, FitEncoder } from 'fit-file-parser';
import { describe, expect, it } from 'vitest';
import { rmssdOf } from '../../src/imports/health/fit/rmssd.js';
import { parseHealthFile } from '../../src/imports/health/index.js';
import { fixture, importError, lines, scratchDir } from './fixtures.js';

const zone = 'Europe/Berlin';

describe('FIT files (real samples)', () => {
  // HRV recorded during exercise measures effort and breathing, not rest: it must never become a
  // day's HRV or feed the resting baseline (a three-hour ride once stored 152.6 ms as the day's RMSSD).
  it.each([
    ['fit-python-fitparse', 'garmin-fenix-5-run.fit', 71, 21],
    ['fit-python-fitparse', 'garmin-fenix-5-walk.fit', 49, 17],
    ['fit-jimmykane', 'running-with-developer-data.fit', 1_682, 1_681],
  ] as const)(
    'stores no HRV from a real activity (%s/%s) and counts what it left out',
    async (folder, file, hrv, spot) => {
      const summary = await parseHealthFile(fixture(folder, file), { zone });
      expect(summary.format).toBe('fit');
      expect(summary.readings.filter((reading) => reading.metric.startsWith('hrv'))).toEqual([]);
      expect(summary).toMatchObject({
        records: hrv + spot,
        skipped: { hrv_during_activity: hrv, heart_rate_sample: spot },
      });
    },
  );

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

/** Beat-to-beat intervals in seconds: 0.90 and 0.94 alternating (every successive difference 40 ms). */
function restingBeats(count: number, doubledEvery?: number): number[] {
  return Array.from({ length: count }, (_, beat) =>
    doubledEvery && beat % doubledEvery === doubledEvery - 1 ? 1.8 : beat % 2 ? 0.94 : 0.9,
  );
}

/** A FIT file with one session of `sport`/`subSport` and its beats, or Garmin's overnight HRV summary. */
function hrvFit(options: { sport?: number; subSport?: number; beats?: number[]; lastNight?: number }): Uint8Array {
  const stamp = (iso: string) => FitEncoder.toFitTimestamp(new Date(iso));
  const encoder = new FitEncoder();
  encoder.writeMessage(0, [
    { number: 0, size: 1, baseType: FitBaseType.Enum, value: options.beats ? 4 : 68 }, // activity / hrv_status
    { number: 1, size: 2, baseType: FitBaseType.Uint16, value: 1 },
    { number: 4, size: 4, baseType: FitBaseType.Uint32, value: stamp('2024-05-02T05:00:00Z') },
  ]);
  const beats = options.beats ?? [];
  for (let at = 0; at < beats.length; at += 5) {
    const slots = Buffer.alloc(10, 0xff); // unused slots are 0xFFFF: "no value"
    beats.slice(at, at + 5).forEach((beat, slot) => slots.writeUInt16LE(Math.round(beat * 1000), slot * 2));
    encoder.writeMessage(78, [{ number: 0, size: 10, baseType: FitBaseType.Uint16, value: new Uint8Array(slots) }]);
  }
  if (options.sport !== undefined)
    encoder.writeMessage(18, [
      { number: 253, size: 4, baseType: FitBaseType.Uint32, value: stamp('2024-05-02T05:07:00Z') },
      { number: 5, size: 1, baseType: FitBaseType.Enum, value: options.sport },
      { number: 6, size: 1, baseType: FitBaseType.Enum, value: options.subSport ?? 0 },
    ]);
  if (options.lastNight !== undefined)
    encoder.writeMessage(370, [
      { number: 253, size: 4, baseType: FitBaseType.Uint32, value: stamp('2024-05-02T04:30:00Z') },
      { number: 1, size: 2, baseType: FitBaseType.Uint16, value: Math.round(options.lastNight * 128) },
    ]);
  return encoder.close();
}

describe('FIT files (HRV at rest and in activity, encoded here)', () => {
  const parseFit = async (bytes: Uint8Array) => {
    const scratch = await scratchDir();
    try {
      await writeFile(scratch.path('hrv.fit'), bytes);
      return await parseHealthFile(scratch.path('hrv.fit'), { zone });
    } finally {
      await scratch.remove();
    }
  };
  const MEDITATION = 67;
  const BREATHING = { sport: 0, subSport: 62 };
  const CYCLING = 2;

  it.each([
    ['a meditation', { sport: MEDITATION }],
    ['a breathing session', BREATHING],
  ])('keeps the HRV of %s: the mean of its 5-minute windows', async (_name, session) => {
    // 450 beats ≈ 6.9 minutes: one full window and one of ~1.9 minutes, both 40 ms.
    const summary = await parseFit(hrvFit({ ...session, beats: restingBeats(450) }));
    expect(lines(summary.readings)).toEqual(['hrv_rmssd 40 2024-05-02T07:07:00+02:00']);
  });

  it('leaves out the same clean beats when they were recorded on a ride', async () => {
    const summary = await parseFit(hrvFit({ sport: CYCLING, beats: restingBeats(450) }));
    expect(summary.readings).toEqual([]);
    expect(summary.skipped).toMatchObject({ hrv_during_activity: 90 });
  });

  it('drops a missed beat with its 20 % jump instead of letting it inflate RMSSD', async () => {
    // Every 40th interval doubled (2.5 %): in range 0.3–2.0 s, so only the successive-change rule catches it.
    const summary = await parseFit(hrvFit({ sport: MEDITATION, beats: restingBeats(450, 40) }));
    expect(lines(summary.readings)).toEqual(['hrv_rmssd 40 2024-05-02T07:07:00+02:00']);
    expect(summary.skipped).toMatchObject({ rr_artefact: 11 });
  });

  it('rejects windows with more than 5 % artefacts, and gives no reading rather than a noisy one', async () => {
    const summary = await parseFit(hrvFit({ sport: MEDITATION, beats: restingBeats(450, 10) }));
    expect(summary.readings).toEqual([]);
    expect(summary.skipped).toMatchObject({ rr_artefact: 45, hrv_window_rejected: 2, too_few_beats: 1 });
  });

  it('reads Garmin’s overnight HRV status as the night’s RMSSD', async () => {
    const summary = await parseFit(hrvFit({ lastNight: 45.5 }));
    expect(lines(summary.readings)).toEqual(['hrv_rmssd 45.5 2024-05-02T06:30:00+02:00']);
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

  it('treats a beat more than 20 % from the one before as an artefact', () => {
    // 0.80 → [1.0 dropped: +25 %] → 0.82 → 0.84: only 0.82 → 0.84 is a successive pair.
    const result = rmssdOf([0.8, 1.0, 0.82, 0.84]);
    expect(result).toMatchObject({ intervals: 4, artefacts: 1 });
    expect(result.rmssd).toBeCloseTo(20, 9);
  });
});
