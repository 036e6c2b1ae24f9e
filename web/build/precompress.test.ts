import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressedCopies } from './precompress.ts';

describe('the build’s compressed copies of its assets', () => {
  it('writes a .br and a .gz that decompress to the file itself, each far smaller', () => {
    const code = Array.from({ length: 2000 }, (_, at) => `export const value${at % 50} = ${at};`).join('\n');
    const copies = new Map(compressedCopies('assets/index-abc.js', code));
    expect([...copies.keys()]).toEqual(['assets/index-abc.js.br', 'assets/index-abc.js.gz']);
    expect(brotliDecompressSync(copies.get('assets/index-abc.js.br')!).toString()).toBe(code);
    expect(gunzipSync(copies.get('assets/index-abc.js.gz')!).toString()).toBe(code);
    for (const copy of copies.values()) expect(copy.length).toBeLessThan(code.length / 4);
  });

  it('leaves images and tiny files alone', () => {
    expect(compressedCopies('assets/logo-abc.png', new Uint8Array(50_000))).toEqual([]);
    expect(compressedCopies('assets/tiny-abc.js', 'export {};')).toEqual([]);
  });
});
