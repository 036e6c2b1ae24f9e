// The server compiled ahead: every source under src/ (tests aside) transpiled one-to-one into dist/, so dist/main/cli.js
// sits as deep as src/main/cli.ts and every path a module finds beside itself (content/, web/dist) resolves alike.
// Running compiled JavaScript instead of the sources through tsx saves the loader, its esbuild service process and
// the transformed sources it keeps: about 110 MB of an idle server (docs/benchmarks.md).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const paths = (root) => ({ src: join(root, 'src'), dist: join(root, 'dist'), stamp: join(root, 'dist', 'build.json') });

/** What the build was made from: every source's path and modification time, hashed (a few ms for ~450 files). */
export function sourcesKey(root = ROOT) {
  const { src } = paths(root);
  const files = readdirSync(src, { recursive: true })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file}\0${statSync(join(src, file)).mtimeMs}\n`);
  return { files, key: hash.digest('hex') };
}

/** True when dist/ was built from the sources as they are now (an edit, a new file or a removed one make it stale). */
export function builtIsFresh(root = ROOT) {
  const { src, stamp } = paths(root);
  if (!existsSync(src)) return existsSync(stamp);
  try {
    return JSON.parse(readFileSync(stamp, 'utf8')).key === sourcesKey(root).key;
  } catch {
    return false;
  }
}

/** Transpiles src/ into a clean dist/ (about 2 s; the type check is `npm run lint`'s). */
export async function buildServer(root = ROOT) {
  const { build } = await import('esbuild');
  const { src, dist, stamp } = paths(root);
  const { files, key } = sourcesKey(root);
  rmSync(dist, { recursive: true, force: true });
  await build({
    entryPoints: files.map((file) => join(src, file)),
    outdir: dist,
    outbase: src,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  writeFileSync(stamp, JSON.stringify({ key, files: files.length }));
  return files.length;
}

/**
 * Checks the content packs and trains the models into `dist/caches` with the compiled code (`npm run build`): a
 * server started from this build, in a new container or under another user, reads them instead of spending about a
 * minute on them at its first start. Keyed like the private cache, so a start never reads another content's numbers.
 */
export async function shipCaches(root = ROOT) {
  const { dist } = paths(root);
  const caches = join(dist, 'caches');
  mkdirSync(caches, { recursive: true });
  const { warmCaches } = await import(pathToFileURL(join(dist, 'main', 'warm-caches.js')).href);
  const problems = warmCaches(caches);
  if (problems.length > 0) throw new Error(`the content packs have problems:\n${problems.join('\n')}`);
  const bytes = readdirSync(caches).reduce((sum, file) => sum + statSync(join(caches, file)).size, 0);
  return { files: readdirSync(caches).length, megabytes: Math.round(bytes / 1e6) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // `--when-stale` (npm start's prestart): build only when the sources changed since the last build.
  if (!(process.argv.includes('--when-stale') && builtIsFresh())) {
    const count = await buildServer();
    process.stderr.write(`Built the server: ${count} files into dist/\n`);
  }
  // `--ship` (`npm run build`, a release): the checked packs and trained models go with it.
  if (process.argv.includes('--ship')) {
    process.stderr.write('Checking the content and training the models for dist/caches (a minute or two)…\n');
    const shipped = await shipCaches();
    process.stderr.write(`Shipped ${shipped.files} files (${shipped.megabytes} MB) in dist/caches/\n`);
  }
}
