import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseHealthFile } from '../../src/imports/health/index.js';
import { fixture, importError } from './fixtures.js';

const head = async (...parts: string[]) => (await readFile(fixture(...parts))).subarray(0, 4096);

describe('detectFormat', () => {
  it('tells each format from its first bytes, whatever the file is called', async () => {
    expect(detectFormat('upload.bin', await head('own', 'apple', 'export.zip'))).toBe('apple_health_zip');
    expect(detectFormat('upload.bin', await head('apple-hkimport', 'export.xml'))).toBe('apple_health_xml');
    expect(detectFormat('upload.bin', await head('apple-dogsheep', 'export.xml'))).toBe('apple_health_xml');
    expect(detectFormat('upload.bin', await head('own', 'oura', 'oura-v2-pages.json'))).toBe('oura_json');
    expect(detectFormat('x.csv', await head('own', 'fitbit', 'Heart Rate Variability Details - 2024-03-10.csv'))).toBe(
      'fitbit_hrv_csv',
    );
    expect(detectFormat('upload.bin', await head('fit-python-fitparse', 'garmin-fenix-5-run.fit'))).toBe('fit');
  });

  it('does not guess at other files', () => {
    expect(detectFormat('notes.txt', Buffer.from('hello'))).toBeUndefined();
    expect(detectFormat('route.gpx', Buffer.from('<?xml version="1.0"?><gpx/>'))).toBeUndefined();
    expect(detectFormat('steps.csv', Buffer.from('date,steps\n2024-01-01,8000\n'))).toBeUndefined();
  });

  it('makes parseHealthFile refuse what it cannot recognise', async () => {
    const error = await importError(parseHealthFile(fixture('own', 'README.md'), { zone: 'UTC' }));
    expect(error.message).toMatch(/^README\.md: not a recognised health export/);
  });
});
