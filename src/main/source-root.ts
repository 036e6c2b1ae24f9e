import { existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(import.meta.url);
const OWN_ROOT = join(dirname(HERE), '..');
const COMPILED_BESIDE_SOURCES = basename(OWN_ROOT) === 'dist' && existsSync(join(OWN_ROOT, '..', 'src'));

/**
 * Where the code's TypeScript sources are: this module's own root when it runs from `src/`, and `src/` beside `dist/`
 * when it runs compiled (`scripts/server-build.mjs`). Keys made of source text (a kept model, a checked pack) then
 * agree between the two, so the compiled server uses what the tests and an earlier start kept instead of training
 * anew. A build shipped without its sources keys by its own files.
 */
export const SOURCE_ROOT = COMPILED_BESIDE_SOURCES ? join(OWN_ROOT, '..', 'src') : OWN_ROOT;

/** The extension of the files under `SOURCE_ROOT`. */
export const SOURCE_EXTENSION = COMPILED_BESIDE_SOURCES ? '.ts' : extname(HERE);

/**
 * Checked packs and trained models shipped with a release build (`npm run build` writes them into `dist/caches`),
 * read when the private temp folder has none yet: a new container's first start reads them instead of checking every
 * pack and training the models (about a minute). Running from the sources there is none: their keys change with
 * every edit, and the private folder keeps them.
 */
export const SHIPPED_DIR = basename(OWN_ROOT) === 'dist' ? join(OWN_ROOT, 'caches') : undefined;
