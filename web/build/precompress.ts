import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** What is worth compressing: text assets; images and fonts are compressed already. */
const TEXT = /\.(js|mjs|css|svg|json|html|txt|map)$/;
/** Below this a compressed copy saves less than its own headers cost. */
const MIN_BYTES = 1024;

/**
 * The `.br` and `.gz` copies of one built file, at the strongest settings: made once at build time, so the server
 * sends them without compressing anything per request (`@fastify/static`'s `preCompressed`). Empty for files not
 * worth it.
 */
export function compressedCopies(fileName: string, source: string | Uint8Array): Array<[string, Buffer]> {
  const bytes = typeof source === 'string' ? Buffer.from(source) : Buffer.from(source);
  if (!TEXT.test(fileName) || bytes.length < MIN_BYTES) return [];
  const brotli = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  return [
    [`${fileName}.br`, brotli],
    [`${fileName}.gz`, gzipSync(bytes, { level: 9 })],
  ];
}

/**
 * Writes a `.br` and a `.gz` beside every hashed text asset of the build (the 326 kB entry goes out as ~87 kB). From
 * the files as written: a chunk's code in `generateBundle` still holds placeholders later plugins fill in (Vite's
 * `__VITE_PRELOAD__`), and a copy made from it broke every lazy screen.
 */
export function precompress(): Plugin {
  return {
    name: 'stepwise:precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir!;
      for (const fileName of Object.keys(bundle)) {
        if (!fileName.startsWith('assets/')) continue;
        for (const [copyName, copy] of compressedCopies(fileName, readFileSync(join(dir, fileName))))
          writeFileSync(join(dir, copyName), copy);
      }
    },
  };
}
