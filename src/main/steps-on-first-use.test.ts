import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type CoachPack, loadCoachPack } from '../content/load-coach-pack.js';
import { stepsOnFirstUse } from './steps-on-first-use.js';

/** A copy of the shipped pack (the function changes the object it is given). */
const packed = (() => {
  const loaded = loadCoachPack();
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  return JSON.stringify(loaded.pack);
})();
const freshPack = () => JSON.parse(packed) as CoachPack;
const noReload = (): CoachPack => {
  throw new Error('the steps file was there: nothing should be read anew');
};

describe("a goal kind's steps are read when first needed, and are the pack's steps", () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives every kind exactly the steps it had, read from the file beside the pack', () => {
    dir = mkdtempSync(join(tmpdir(), 'stepwise-steps-'));
    const original = freshPack();
    const pack = stepsOnFirstUse(freshPack(), { dir, key: 'a'.repeat(32) }, noReload);
    expect(existsSync(join(dir, `coach-steps-${'a'.repeat(32)}.bin`))).toBe(true);
    for (const [at, kind] of pack.types.entries()) expect(kind.steps).toEqual(original.types[at]!.steps);
    expect(JSON.parse(JSON.stringify(pack))).toEqual(original);
  });

  it('keeps the steps out of memory until a kind is read (the property reads the file once)', () => {
    dir = mkdtempSync(join(tmpdir(), 'stepwise-steps-'));
    const pack = stepsOnFirstUse(freshPack(), { dir, key: 'b'.repeat(32) }, noReload);
    const kind = pack.types[0]!;
    const descriptor = Object.getOwnPropertyDescriptor(kind, 'steps')!;
    expect(descriptor.get).toBeTypeOf('function');
    expect(kind.steps).toBe(kind.steps);
  });

  it('reuses the file a start before wrote under the same key', () => {
    dir = mkdtempSync(join(tmpdir(), 'stepwise-steps-'));
    stepsOnFirstUse(freshPack(), { dir, key: 'c'.repeat(32) }, noReload);
    const file = join(dir, `coach-steps-${'c'.repeat(32)}.bin`);
    const written = statSync(file).mtimeMs;
    const pack = stepsOnFirstUse(freshPack(), { dir, key: 'c'.repeat(32) }, noReload);
    expect(statSync(file).mtimeMs).toBe(written);
    expect(pack.types.at(-1)!.steps).toEqual(freshPack().types.at(-1)!.steps);
  });

  it('still finds a kind whose file a temp-folder clean-up removed, from the packs read anew', () => {
    dir = mkdtempSync(join(tmpdir(), 'stepwise-steps-'));
    let reloads = 0;
    const pack = stepsOnFirstUse(freshPack(), { dir, key: 'd'.repeat(32) }, () => (reloads++, freshPack()));
    for (const file of readdirSync(dir)) rmSync(join(dir, file));
    expect(pack.types[3]!.steps).toEqual(freshPack().types[3]!.steps);
    expect(reloads).toBe(1);
  });

  it('leaves the pack as it is without the private folder', () => {
    const pack = freshPack();
    expect(stepsOnFirstUse(pack, { dir: undefined, key: 'e'.repeat(32) }, noReload)).toBe(pack);
    expect(Object.getOwnPropertyDescriptor(pack.types[0]!, 'steps')!.get).toBeUndefined();
  });
});
