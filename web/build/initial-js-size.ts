import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The bar of issue 13: the JavaScript a first visit downloads before anything lazy (150 kB, as Vite counts). */
export const INITIAL_JS_LIMIT_BYTES = 150_000;

interface ChunkLike {
  type: 'chunk';
  code: string;
  isEntry: boolean;
  imports: string[];
}

/** The entry chunks and every chunk they import statically: what loads before the first paint. */
export function initialChunks(bundle: Record<string, { type: string }>): ChunkLike[] {
  const chunks = new Map(
    Object.entries(bundle).filter((entry): entry is [string, ChunkLike] => entry[1].type === 'chunk'),
  );
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name) || !chunks.has(name)) return;
    seen.add(name);
    for (const imported of chunks.get(name)!.imports) visit(imported);
  };
  for (const [name, chunk] of chunks) if (chunk.isEntry) visit(name);
  return [...seen].map((name) => chunks.get(name)!);
}

/**
 * Reports the gzip size of the initial JavaScript (entry + static imports; lazy chunks such as
 * uPlot and the Telegram SDK excluded) and writes it to `dist/size.json` as
 * `{ "initialJsGzipBytes": N }`, so a test can hold the bar.
 */
export function initialJsSize(): Plugin {
  return {
    name: 'stepwise:initial-js-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = initialChunks(bundle);
      const bytes = chunks.reduce((sum, chunk) => sum + gzipSync(chunk.code).length, 0);
      const kb = (bytes / 1000).toFixed(1);
      const verdict = bytes <= INITIAL_JS_LIMIT_BYTES ? 'within' : 'OVER';
      this.info(`initial JS: ${kb} kB gzip in ${chunks.length} chunk(s), ${verdict} the 150 kB bar`);
      this.emitFile({
        type: 'asset',
        fileName: 'size.json',
        source: `${JSON.stringify({ initialJsGzipBytes: bytes, limitBytes: INITIAL_JS_LIMIT_BYTES })}\n`,
      });
    },
  };
}
