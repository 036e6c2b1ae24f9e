import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentDir } from '../content/load-coach-pack.js';
import type { Log } from '../core/ports.js';
import { privateDir, removeStale } from './model-cache.js';
import { SHIPPED_DIR, SOURCE_ROOT } from './source-root.js';

/** The code that reads and checks packs: an edit to it checks the content anew. */
const CODE_DIRS = ['content', 'core'].map((dir) => join(SOURCE_ROOT, dir));

/**
 * Reading and checking every pack (YAML parsing, schemas, cross-references, render checks) takes
 * about two seconds, and every start pays it: the server, `stepwise chat`, each test's app. A pack
 * that passed is kept in the private temp folder as JSON under a key made of every content file
 * and the source of the code that checks them, so an edit to either checks again. Only a result
 * that passed is kept; problems are always found fresh. `refresh` checks the packs even when a result is kept, and
 * keeps the new one: `npm run check:content` must really check, and what it checked saves the next start (CI's test
 * set-up) that work.
 */
export function cachedContent<T extends { ok: boolean }>(
  name: string,
  load: () => T,
  options: {
    dir?: string;
    root?: string;
    log?: Log;
    refresh?: boolean;
    key?: string;
    shipped?: string | undefined;
  } = {},
): T {
  const dir = options.dir ?? privateDir();
  const key = options.key ?? contentKey(options.root);
  const fileName = `${name}-${key}.json`;
  // A release build's shipped packs are the shipped content's: another root reads its own.
  const shippedDir = 'shipped' in options ? options.shipped : SHIPPED_DIR;
  const shipped = shippedDir && !options.root ? join(shippedDir, fileName) : undefined;
  if (!options.refresh) {
    for (const kept of [dir && join(dir, fileName), shipped]) {
      try {
        if (kept) return JSON.parse(readFileSync(kept, 'utf8')) as T;
      } catch {
        // Not there yet or unreadable: the next place, else check the packs and keep them for the next start.
      }
    }
  }
  if (!dir) return load();
  const file = join(dir, fileName);
  const loaded = load();
  // A file edited while the packs were read would be kept under the key of the files before the edit, and served
  // for them from then on: keep the result only when the files are still the ones the key was made of.
  if (!loaded.ok || contentKey(options.root) !== key) return loaded;
  try {
    const partial = `${file}.${process.pid}.tmp`;
    // Shipped with a build, the packs are read by whichever user runs it; kept privately, by their owner only.
    writeFileSync(partial, JSON.stringify(loaded), { mode: dir === SHIPPED_DIR ? 0o644 : 0o600 });
    renameSync(partial, file);
    removeStale(dir, name, file);
  } catch (error) {
    options.log?.warn(
      { event: 'content_not_cached', content: name, error: (error as Error).name },
      'checked content could not be kept; the next start checks it again',
    );
  }
  return loaded;
}

/**
 * The key of the packs under `root` (the shipped content by default) as they are now. Every pack shares it: a start
 * that reads several packs works it out once and passes it as `key` (hashing the files is the costly part of a kept
 * pack's read).
 */
export function contentKey(root?: string): string {
  const content = root ?? contentDir();
  return treeHash([content, ...CODE_DIRS]);
}

/** One hash over every file's path and bytes under the given folders, in a stable order. */
function treeHash(roots: readonly string[]): string {
  const hash = createHash('sha256');
  for (const root of roots) {
    const entries = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
    for (const path of entries) hash.update(relative(root, path)).update('\0').update(readFileSync(path)).update('\0');
  }
  return hash.digest('hex').slice(0, 32);
}
