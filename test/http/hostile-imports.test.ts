import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { User } from '../../src/core/goals/model.js';
import { type ApiHarness, startApi } from './api-harness.js';

const MB = 1024 * 1024;
const CLAIMED = 500 * MB;

/**
 * A hostile "Oura export": `[{},{},{},…` for `bytes` bytes, made on the fly from one reused 64 KB
 * chunk, so the test itself never holds more than that. Counts what the server pulled from it.
 */
function emptyObjects(bytes: number): Readable & { pulled: () => number } {
  const chunk = Buffer.alloc(64 * 1024, '{},');
  let sent = 0;
  const stream = new Readable({
    read() {
      if (sent >= bytes) return void this.push(null);
      const piece = sent === 0 ? Buffer.concat([Buffer.from('['), chunk.subarray(1)]) : chunk;
      const size = Math.min(piece.length, bytes - sent);
      sent += size;
      this.push(size === piece.length ? piece : piece.subarray(0, size));
    },
  });
  return Object.assign(stream, { pulled: () => sent });
}

/** A stream the test ends when it wants: an upload still arriving. */
function slowUpload(first: Buffer): Readable & { finish: (rest: Buffer) => void } {
  const stream = new Readable({ read() {} });
  stream.push(first);
  return Object.assign(stream, {
    finish: (rest: Buffer) => {
      stream.push(rest);
      stream.push(null);
    },
  });
}

/** The highest RSS and heap seen while `work` runs, above what they were before it. */
async function growthDuring<T>(work: () => Promise<T>): Promise<{ result: T; rss: number; heap: number }> {
  const before = process.memoryUsage();
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss - before.rss);
    heap = Math.max(heap, now.heapUsed - before.heapUsed);
  };
  const timer = setInterval(sample, 5);
  try {
    const result = await work();
    sample();
    return { result, rss, heap };
  } finally {
    clearInterval(timer);
  }
}

describe('hostile health imports over HTTP', () => {
  let api: ApiHarness;
  let count = 0;
  const newUser = () => api.user(580_000 + ++count);

  const upload = (user: User, name: string, payload: Buffer | Readable, headers: Record<string, string> = {}) =>
    api.http.inject({
      method: 'POST',
      url: `/api/health/imports?filename=${encodeURIComponent(name)}`,
      headers: {
        authorization: `Bearer ${api.token(user.id)}`,
        'content-type': 'application/octet-stream',
        ...headers,
      },
      payload,
    });

  beforeAll(async () => {
    api = await startApi('sqlite');
    // Parsers, schemas and routes compiled before anything is measured.
    const warm = await upload(
      await newUser(),
      'oura.json',
      readFileSync('test/fixtures/health-imports/own/oura/oura-v2-pages.json'),
    );
    expect(warm.statusCode).toBe(200);
  });
  afterAll(() => api?.dispose());

  it('refuses a 500 MB Oura upload declared by its Content-Length within 1 s, the memory barely moving', async () => {
    const user = await newUser();
    const body = emptyObjects(CLAIMED);
    const started = performance.now();
    const { result, rss, heap } = await growthDuring(() =>
      upload(user, 'oura.json', body, { 'content-length': String(CLAIMED) }),
    );
    const took = performance.now() - started;
    body.destroy();
    expect(result.statusCode).toBe(413);
    expect(JSON.parse(result.body)).toEqual({
      error: 'payload_too_large',
      message: 'an Oura export is at most 64 MB; this one is larger',
    });
    expect(result.headers.connection).toBe('close');
    expect(took).toBeLessThan(1_000);
    expect(rss).toBeLessThan(50 * MB);
    expect(heap).toBeLessThan(50 * MB);
    // Refused on its first bytes: the rest was never read.
    expect(body.pulled()).toBeLessThan(MB);
  });

  it('refuses a 500 MB Oura upload sent without a length as it passes 64 MB, reading no further', async () => {
    const user = await newUser();
    const body = emptyObjects(CLAIMED);
    const { result, rss, heap } = await growthDuring(() => upload(user, 'oura.json', body));
    body.destroy();
    expect(result.statusCode).toBe(413);
    expect(JSON.parse(result.body).message).toBe('an Oura export is at most 64 MB; this one is larger');
    expect(rss).toBeLessThan(50 * MB);
    expect(heap).toBeLessThan(50 * MB);
    // Without a length the server has to receive up to the limit to know: the time is that of 64 MB
    // (~0.15 s here, more on a loaded machine), never of 500, so the guard is what was read, not a clock.
    expect(body.pulled()).toBeLessThan(66 * MB);
  });

  it('refuses JSON of 5 million empty objects under the size limit with 422 naming the count limit', async () => {
    const user = await newUser();
    const objects = Buffer.alloc(5_000_000 * 3, '{},');
    objects[0] = '['.charCodeAt(0);
    objects[objects.length - 1] = ']'.charCodeAt(0);
    const { result, heap } = await growthDuring(() => upload(user, 'oura.json', objects));
    expect(result.statusCode).toBe(422);
    expect(JSON.parse(result.body)).toEqual({
      error: 'bad_import_file',
      message: expect.stringContaining('more than 500,000 JSON objects and arrays'),
    });
    // The 15 MB file is read (twice: as bytes and as text at most), never parsed into 5 million objects.
    expect(heap).toBeLessThan(100 * MB);
    expect((await api.call('GET', '/api/health/baselines', user)).body.baselines).toEqual([]);
  });

  it('refuses a file that is no format we read on its first bytes', async () => {
    const user = await newUser();
    const body = Readable.from(
      (function* () {
        for (let i = 0; i < 1_000; i++) yield Buffer.alloc(64 * 1024, 'hello ');
      })(),
    );
    const refused = await upload(user, 'notes.txt', body);
    body.destroy();
    expect(refused.statusCode).toBe(422);
    expect(JSON.parse(refused.body)).toEqual({
      error: 'bad_import_file',
      message: 'notes.txt: not a recognised health export (Apple Health, Oura JSON, Fitbit HRV CSV, FIT)',
    });
  });

  it('takes one import per person at a time: a second while the first arrives is refused with 429 and Retry-After', async () => {
    const user = await newUser();
    const file = readFileSync('test/fixtures/health-imports/own/oura/oura-v2-by-endpoint.json');
    const first = slowUpload(file.subarray(0, 5_000));
    const pending = upload(user, 'oura.json', first);
    await vi.waitFor(() => expect(api.app.gates.imports.running).toBe(1));
    const second = await upload(user, 'oura.json', file);
    expect(second.statusCode).toBe(429);
    expect(JSON.parse(second.body)).toEqual({
      error: 'already_running',
      message: 'an import of yours is still being read; send the next file when it has finished',
    });
    expect(Number(second.headers['retry-after'])).toBeGreaterThan(0);
    // Someone else is not held up by it.
    expect((await upload(await newUser(), 'oura.json', file)).statusCode).toBe(200);
    first.finish(file.subarray(5_000));
    expect((await pending).statusCode).toBe(200);
    // Once it ended, the person's next import is taken.
    expect((await upload(user, 'oura.json', file)).statusCode).toBe(200);
  });

  it('still imports the real sample files of every format', async () => {
    const user = await newUser();
    for (const [file, name, format] of [
      ['own/oura/oura-v2-by-endpoint.json', 'oura.json', 'oura_json'],
      ['fit-jimmykane/running-with-developer-data.fit', 'run.fit', 'fit'],
      ['fit-python-fitparse/MonitoringFile.fit', 'monitoring.fit', 'fit'],
      ['own/apple/export.zip', 'export.zip', 'apple_health_zip'],
      ['apple-hkimport/export.xml', 'export.xml', 'apple_health_xml'],
    ]) {
      const response = await upload(user, name!, readFileSync(`test/fixtures/health-imports/${file}`));
      expect(response.statusCode, file).toBe(200);
      expect(JSON.parse(response.body).format).toBe(format);
    }
  });
});

describe('import limits set by the operator', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi('sqlite', { IMPORT_CONCURRENCY: '1', IMPORT_MAX_MB: '1' });
  });
  afterAll(() => api?.dispose());

  const upload = (user: User, name: string, payload: Buffer | Readable) =>
    api.http.inject({
      method: 'POST',
      url: `/api/health/imports?filename=${name}`,
      headers: { authorization: `Bearer ${api.token(user.id)}`, 'content-type': 'application/octet-stream' },
      payload,
    });

  it('refuses an import beyond IMPORT_CONCURRENCY with 503 and Retry-After, and takes it once one ended', async () => {
    const [ann, bob] = [await api.user(1), await api.user(2)];
    const file = readFileSync('test/fixtures/health-imports/own/oura/oura-v2-pages.json');
    const first = slowUpload(file.subarray(0, 1_000));
    const pending = upload(ann, 'oura.json', first);
    await vi.waitFor(() => expect(api.app.gates.imports.running).toBe(1));
    const busy = await upload(bob, 'oura.json', file);
    expect(busy.statusCode).toBe(503);
    expect(JSON.parse(busy.body)).toMatchObject({ error: 'server_busy' });
    expect(Number(busy.headers['retry-after'])).toBeGreaterThan(0);
    first.finish(file.subarray(1_000));
    expect((await pending).statusCode).toBe(200);
    expect((await upload(bob, 'oura.json', file)).statusCode).toBe(200);
  });

  it('refuses an upload over IMPORT_MAX_MB with 413 saying the server’s limit', async () => {
    const response = await upload(
      await api.user(3),
      'export.xml',
      readFileSync('test/fixtures/health-imports/apple-hkimport/export.xml'),
    );
    expect(response.statusCode).toBe(413);
    expect(JSON.parse(response.body)).toEqual({
      error: 'payload_too_large',
      message: 'an import is at most 1 MB on this server; this one is larger',
    });
  });
});
