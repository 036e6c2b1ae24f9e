import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildServer, builtIsFresh } from '../../scripts/server-build.mjs';

const build = buildServer;
const fresh = builtIsFresh;

describe('the compiled server (npm start runs dist/, never a build older than its sources)', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const project = () => {
    root = mkdtempSync(join(tmpdir(), 'stepwise-build-'));
    mkdirSync(join(root, 'src', 'main'), { recursive: true });
    writeFileSync(
      join(root, 'src', 'main', 'cli.ts'),
      "import { greet } from './greet.js';\nconsole.log(greet('dist'));\nconst { where } = await import('../store/later.js');\nconsole.log(where());\n",
    );
    // Imported only when needed: a chunk of its own, beside the entry (a module finds content/ and src/ from its depth).
    mkdirSync(join(root, 'src', 'store'), { recursive: true });
    writeFileSync(
      join(root, 'src', 'store', 'later.ts'),
      "import { fileURLToPath } from 'node:url';\nexport const where = () => fileURLToPath(import.meta.url);\n",
    );
    writeFileSync(
      join(root, 'src', 'main', 'greet.ts'),
      'export const greet = (name: string): string => `hello ${name}`;\n',
    );
    writeFileSync(join(root, 'src', 'main', 'greet.test.ts'), 'throw new Error("tests are not built");\n');
    return root;
  };

  it('bundles src/main/cli.ts into dist/main, a lazily imported module as a chunk beside it, tests left out', async () => {
    project();
    expect(await build(root)).toBe(3);
    const [greeting, chunk] = execFileSync(process.execPath, [join(root, 'dist', 'main', 'cli.js')])
      .toString()
      .trim()
      .split('\n');
    expect(greeting).toBe('hello dist');
    expect(dirname(chunk!)).toBe(join(root, 'dist', 'main'));
    expect(fresh(root)).toBe(true);
  });

  it('is stale after a source is edited, added or removed, and fresh again once rebuilt', async () => {
    project();
    await build(root);
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'src', 'main', 'greet.ts'), later, later);
    expect(fresh(root)).toBe(false);
    await build(root);
    expect(fresh(root)).toBe(true);

    writeFileSync(join(root, 'src', 'main', 'extra.ts'), 'export const extra = 1;\n');
    expect(fresh(root)).toBe(false);
    await build(root);
    rmSync(join(root, 'src', 'main', 'extra.ts'));
    expect(fresh(root)).toBe(false);
  });

  it('is never fresh without a build', () => {
    project();
    expect(fresh(root)).toBe(false);
  });
});
