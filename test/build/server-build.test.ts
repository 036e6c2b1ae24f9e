import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
      "import { greet } from './greet.js';\nconsole.log(greet('dist'));\n",
    );
    writeFileSync(
      join(root, 'src', 'main', 'greet.ts'),
      'export const greet = (name: string): string => `hello ${name}`;\n',
    );
    writeFileSync(join(root, 'src', 'main', 'greet.test.ts'), 'throw new Error("tests are not built");\n');
    return root;
  };

  it('mirrors src/ into dist/ at the same depth, tests left out, and the output runs', async () => {
    project();
    expect(await build(root)).toBe(2);
    expect(execFileSync(process.execPath, [join(root, 'dist', 'main', 'cli.js')]).toString()).toBe('hello dist\n');
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
