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

/** Writes a `.br` and a `.gz` beside every hashed text asset of the build (the 323 kB entry goes out as ~90 kB). */
export function precompress(): Plugin {
  return {
    name: 'stepwise:precompress',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const item of Object.values(bundle)) {
        if (!item.fileName.startsWith('assets/')) continue;
        const source = item.type === 'chunk' ? item.code : item.source;
        for (const [fileName, copy] of compressedCopies(item.fileName, source))
          this.emitFile({ type: 'asset', fileName, source: copy });
      }
    },
  };
}
