import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseHealthFile } from '../../src/imports/health/index.js';
import { admitUpload, IMPORT_LIMITS } from '../../src/imports/health/limits.js';
import { checkJsonShape } from '../../src/imports/health/oura/oura-json.js';
import { countFitMessages } from '../../src/imports/health/fit/fit-file.js';
import { readFileSync } from 'node:fs';
import { fixture, importError, scratchDir } from './fixtures.js';

const zone = 'Europe/Berlin';
const MB = 1024 * 1024;

/** A file in a scratch directory, parsed with `limits`; the directory is removed after. */
async function parseScratch(
  name: string,
  content: string | Buffer,
  limits: Parameters<typeof parseHealthFile>[1]['limits'],
) {
  const scratch = await scratchDir();
  try {
    await writeFile(scratch.path(name), content);
    return await parseHealthFile(scratch.path(name), { zone, limits });
  } finally {
    await scratch.remove();
  }
}

describe('import limits: every real sample fits, and a file past a limit is refused naming it', () => {
  it('admits uploads by format: Oura JSON and FIT have a size, streamed formats none of their own', () => {
    expect(admitUpload('oura.json', Buffer.from('{"data":[]}'))).toEqual({
      format: 'oura_json',
      maxBytes: 64 * MB,
      tooLarge: 'an Oura export is at most 64 MB; this one is larger',
    });
    const fit = readFileSync(fixture('fit-python-fitparse', 'garmin-fenix-5-run.fit')).subarray(0, 4096);
    expect(admitUpload('x.bin', fit)).toMatchObject({ format: 'fit', maxBytes: 32 * MB });
    expect(admitUpload('export.zip', Buffer.from('PK\x03\x04'))).toMatchObject({ maxBytes: undefined });
    expect(admitUpload('notes.txt', Buffer.from('hello'))).toBeUndefined();
  });

  it('refuses an Oura file over its size limit before parsing it', async () => {
    const error = await importError(
      parseHealthFile(fixture('own', 'oura', 'oura-v2-by-endpoint.json'), {
        zone,
        limits: { wholeFileBytes: { oura_json: 1024 } },
      }),
    );
    expect(error.message).toBe('an Oura export is at most 1 KB; this one is larger');
  });

  it('counts JSON containers and depth before JSON.parse, never counting braces inside strings', () => {
    const limits = { jsonContainers: 3, jsonDepth: 2 };
    expect(() => checkJsonShape(Buffer.from('{"a":"{[{[{[\\"{"}'), limits)).not.toThrow();
    expect(() => checkJsonShape(Buffer.from('[{},{},\n{}]'), limits)).toThrow(
      'line 2: more than 3 JSON objects and arrays',
    );
    expect(() => checkJsonShape(Buffer.from('[[[]]]'), { jsonContainers: 10, jsonDepth: 2 })).toThrow(
      'line 1: JSON nested deeper than 2 levels',
    );
    const real = readFileSync(fixture('own', 'oura', 'oura-v2-by-endpoint.json'));
    expect(() => checkJsonShape(real, IMPORT_LIMITS)).not.toThrow();
  });

  it('refuses an Oura file of more objects than the limit, naming the line', async () => {
    const error = await importError(parseScratch('oura.json', `[\n${'{},'.repeat(200)}{}]`, { jsonContainers: 100 }));
    expect(error.message).toMatch(/^line 2: more than 100 JSON objects and arrays/);
    expect(error.where).toEqual({ line: 2 });
  });

  it('counts FIT messages from their headers as the decoder does, and refuses a file of more than the limit', async () => {
    const path = fixture('fit-python-fitparse', 'MonitoringFile.fit');
    const bytes = readFileSync(path);
    const records = bytes.subarray(bytes[0]!, bytes[0]! + bytes.readUInt32LE(4));
    const count = countFitMessages(records, IMPORT_LIMITS.fitMessages);
    expect(count).toBeGreaterThan(10);
    expect(count).toBeLessThan(IMPORT_LIMITS.fitMessages);
    const error = await importError(parseHealthFile(path, { zone, limits: { fitMessages: 10 } }));
    expect(error.message).toBe('more than 10 FIT messages: more than any real activity holds');
  });

  it('refuses a CSV line longer than the limit instead of holding a file without line breaks', async () => {
    const error = await importError(
      parseScratch('hrv.csv', `timestamp,rmssd\n2024-03-10T00:00:00,${'9'.repeat(5_000)}`, { lineChars: 1_000 }),
    );
    expect(error.message).toBe('line 2: longer than 1,000 characters');
  });

  it('refuses an XML element that runs on past the limit instead of holding it', async () => {
    const xml = `<?xml version="1.0"?>\n<HealthData>\n<Record type="x" value="${'a'.repeat(300_000)}"/>\n</HealthData>`;
    const error = await importError(parseScratch('export.xml', xml, { xmlPendingBytes: 100_000 }));
    expect(error.message).toMatch(/one element or text runs over 98 KB/);
  });

  it('refuses a file of more records than the limit', async () => {
    const error = await importError(
      parseHealthFile(fixture('apple-hkimport', 'export.xml'), { zone, limits: { records: 1_000 } }),
    );
    expect(error.message).toBe('more than 1,000 records: more than any real export holds');
  });

  it('bounds the days kept and the sleep spans of one night', async () => {
    const days = await importError(
      parseHealthFile(fixture('apple-hkimport', 'export.xml'), { zone, limits: { metricDays: 10 } }),
    );
    expect(days.message).toBe('readings on more than 10 days: more than any real export holds');
    const spans = await importError(
      parseHealthFile(fixture('apple-hkimport', 'export.xml'), { zone, limits: { spansPerNight: 3 } }),
    );
    expect(spans.message).toMatch(/^the night of \d{4}-\d{2}-\d{2} holds more than 3 sleep records$/);
  });
});
