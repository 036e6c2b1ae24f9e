import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApi } from './api-harness.js';

// The web app's hashed assets go out compressed as the browser accepts (the build writes the copies), cached for good.
describe('the web app’s assets on the wire', () => {
  const webRoot = mkdtempSync(join(tmpdir(), 'stepwise-web-assets-'));
  const code = Array.from({ length: 4000 }, (_, at) => `export const value${at % 60} = ${at};`).join('\n');
  let api: ApiHarness;
  beforeAll(async () => {
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Stepwise</title>');
    writeFileSync(join(webRoot, 'assets', 'index-abc123.js'), code);
    writeFileSync(join(webRoot, 'assets', 'index-abc123.js.br'), brotliCompressSync(code));
    writeFileSync(join(webRoot, 'assets', 'index-abc123.js.gz'), gzipSync(code));
    api = await startApi('sqlite', {}, undefined, { webRoot });
  }, 120_000);
  afterAll(async () => {
    await api?.dispose();
    rmSync(webRoot, { recursive: true, force: true });
  });

  const get = (encoding?: string) =>
    api.http.inject({
      method: 'GET',
      url: '/assets/index-abc123.js',
      headers: encoding ? { 'accept-encoding': encoding } : {},
    });

  it('sends brotli to a browser that accepts it, gzip to one that accepts only gzip, and the file to the rest', async () => {
    const brotli = await get('gzip, deflate, br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.rawPayload.length).toBeLessThan(code.length / 4);
    const gzip = await get('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await get();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(code);
    for (const response of [brotli, gzip, plain]) {
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.headers.vary).toMatch(/accept-encoding/i);
      expect(response.headers['content-type']).toMatch(/javascript/);
    }
  });
});
