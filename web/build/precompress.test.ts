import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compressedCopies, precompress } from './precompress.ts';

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

  it('compresses the files as written, after every plugin has filled its placeholders in', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-precompress-'));
    try {
      mkdirSync(join(dir, 'assets'));
      const final = `import('./GoalsScreen.js');\n${'const preload = ["assets/a.js"];\n'.repeat(200)}`;
      writeFileSync(join(dir, 'assets', 'index-abc.js'), final);
      // What the bundle object held when generated: the placeholder a later plugin replaced on the way to disk.
      const bundle = { 'assets/index-abc.js': { type: 'chunk', code: '__VITE_PRELOAD__'.repeat(200) } };
      const hook = precompress().writeBundle as unknown as (options: { dir: string }, bundle: object) => void;
      hook.call({}, { dir }, bundle);
      expect(brotliDecompressSync(readFileSync(join(dir, 'assets', 'index-abc.js.br'))).toString()).toBe(final);
      expect(gunzipSync(readFileSync(join(dir, 'assets', 'index-abc.js.gz'))).toString()).toBe(final);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
