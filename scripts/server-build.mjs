// The server compiled ahead: src/main/cli.ts (and warm-caches.ts, which a release build runs to ship its caches)
// bundled with everything they import into dist/main/, lazily imported parts as chunks beside them, so every module
// sits as deep as src/main/ and a path found beside itself (content/, web/dist, src/ for the cache keys) resolves
// alike. Running compiled JavaScript instead of the sources through tsx saves the loader, its esbuild service
// process and the transformed sources it keeps (about 110 MB of an idle server); one bundle instead of ~430
// transpiled files and ~360 files of kysely and zod saves the ESM loader about a fifth of every start
// (docs/benchmarks.md).
import { spawn } from 'node:child_process';
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

/** The entry points the build bundles: `npx stepwise`'s, and what a release build runs to ship its caches. */
const ENTRIES = ['main/cli.ts', 'main/warm-caches.ts'];

/**
 * The packages bundled in: pure ESM, many small files each (kysely ~265, zod ~95), and fastify-type-provider-zod,
 * which must share the bundle's zod. The rest stay in node_modules, loaded when first used: the native SQLite driver,
 * CommonJS packages, and those a setting decides on (node-postgres, the OpenAI SDK, grammY).
 */
const BUNDLED = new Set(['kysely', 'zod', 'fastify-type-provider-zod']);

const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** Bare imports stay imports, except of a bundled package and within one (its own dependencies come with it). */
const keepPackagesOutside = {
  name: 'keep-packages-outside',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, ({ path, importer }) => {
      if (BUNDLED.has(packageOf(path))) return undefined;
      if ([...BUNDLED].some((name) => importer.includes(`/node_modules/${name}/`))) return undefined;
      return { path, external: true };
    });
  },
};

/** Bundles src/ into a clean dist/ (about 2 s; the type check is `npm run lint`'s); returns how many sources it read. */
export async function buildServer(root = ROOT) {
  const { build } = await import('esbuild');
  const { src, dist, stamp } = paths(root);
  const { files, key } = sourcesKey(root);
  rmSync(dist, { recursive: true, force: true });
  await build({
    entryPoints: ENTRIES.map((entry) => join(src, entry)).filter((entry) => existsSync(entry)),
    outdir: dist,
    outbase: src,
    bundle: true,
    splitting: true,
    chunkNames: 'main/[name]-[hash]',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [keepPackagesOutside],
    // CommonJS inside a bundled package may require() a Node module: ESM output has no require of its own.
    banner: {
      js: "import { createRequire as __stepwiseRequire } from 'node:module'; const require = __stepwiseRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  writeFileSync(stamp, JSON.stringify({ key, files: files.length }));
  return files.length;
}

/**
 * Checks the content packs and trains the models into `dir` (the private temp folder when undefined) with the compiled
 * code, in two processes at once: the crisis screen's ensemble in a child, the packs, the goal model and the steps
 * here (warm-caches.ts). Each is about a minute of one core; one after the other they held the tests' set-up for two.
 * Resolves with the problems of a pack that did not pass.
 */
export async function warmBuilt(dir, root = ROOT) {
  const module = pathToFileURL(join(paths(root).dist, 'main', 'warm-caches.js')).href;
  const script = `const { warmCaches } = await import(${JSON.stringify(module)});
process.stdout.write(JSON.stringify(warmCaches(${dir === undefined ? 'undefined' : JSON.stringify(dir)}, ['crisis'])));`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  const exited = new Promise((resolve) => child.on('close', (code) => resolve(code)));
  const { warmCaches } = await import(module);
  const problems = warmCaches(dir, ['packs']);
  const code = await exited;
  if (code !== 0) throw new Error(`training the crisis screen's model failed (exit code ${code})`);
  return [...problems, ...JSON.parse(out)];
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
  const problems = await warmBuilt(caches, root);
  if (problems.length > 0) throw new Error(`the content packs have problems:\n${problems.join('\n')}`);
  const bytes = readdirSync(caches).reduce((sum, file) => sum + statSync(join(caches, file)).size, 0);
  return { files: readdirSync(caches).length, megabytes: Math.round(bytes / 1e6) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // `--when-stale` (npm start's prestart): build only when the sources changed since the last build.
  if (!(process.argv.includes('--when-stale') && builtIsFresh())) {
    const count = await buildServer();
    process.stderr.write(`Built the server from ${count} sources into dist/\n`);
  }
  // `--ship` (`npm run build`, a release): the checked packs and trained models go with it.
  if (process.argv.includes('--ship')) {
    process.stderr.write('Checking the content and training the models for dist/caches (a minute or two)…\n');
    const shipped = await shipCaches();
    process.stderr.write(`Shipped ${shipped.files} files (${shipped.megabytes} MB) in dist/caches/\n`);
  }
}
