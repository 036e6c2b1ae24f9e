import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SafetyExample } from '../content/safety-corpus.schema.js';
import { CRISIS_CATEGORIES } from '../core/safety.port.js';
import { cachedCrisisModel } from './model-cache.js';

// A tiny corpus with every label, so the cached file has the shape the real model has.
const examples: SafetyExample[] = [
  ...CRISIS_CATEGORIES.map((category, i): SafetyExample => ({
    text: `crisis words number ${i} tonight for ${category}`,
    lang: 'en',
    crisis: true,
    category,
  })),
  { text: 'this case is killing me', lang: 'en', crisis: false, kind: 'idioms' },
  { text: 'see you on Saturday, I love you', lang: 'en', crisis: false, kind: 'letters' },
];
const texts = ['gone tonight', 'Saturday with the kids', 'crisis words', 'the lawyer is killing me'];
const fileIn = (dir: string) =>
  join(
    dir,
    readdirSync(dir).find((text) => text.endsWith('.bin'))!,
  );

describe('the crisis model cache', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps a trained model and reads it back on the next start instead of training again', () => {
    dir = mkdtempSync(join(tmpdir(), 'crisis-cache-'));
    const trained = cachedCrisisModel(examples, ['hello'], { dir });
    const kept = fileIn(dir);
    for (const text of texts)
      expect(cachedCrisisModel(examples, ['hello'], { dir }).score(text)).toEqual(trained.score(text));
    // Proof that the file is what is read: put another corpus's model in its place.
    const otherDir = mkdtempSync(join(tmpdir(), 'crisis-cache-other-'));
    const other = cachedCrisisModel(
      [...examples, { text: 'crisis words number 0 tonight', lang: 'en', crisis: false, kind: 'everyday' }],
      ['hello'],
      { dir: otherDir },
    );
    copyFileSync(fileIn(otherDir), kept);
    rmSync(otherDir, { recursive: true, force: true });
    expect(cachedCrisisModel(examples, ['hello'], { dir }).score('crisis words number 0 tonight')).toEqual(
      other.score('crisis words number 0 tonight'),
    );
  });

  it('trains again when the kept file is damaged or of another shape', () => {
    dir = mkdtempSync(join(tmpdir(), 'crisis-cache-'));
    const first = cachedCrisisModel(examples, [], { dir });
    const file = fileIn(dir);
    const good = readFileSync(file);
    writeFileSync(file, good.subarray(0, 100));
    for (const text of texts) expect(cachedCrisisModel(examples, [], { dir }).score(text)).toEqual(first.score(text));
    expect(statSync(file).size).toBe(good.length);
    // A header that names other labels: refused, not read as nonsense.
    const headerLength = good.readUInt32LE(0);
    const header = good
      .subarray(4, 4 + headerLength)
      .toString('utf8')
      .replace('"safe"', '"sane"');
    writeFileSync(file, Buffer.concat([good.subarray(0, 4), Buffer.from(header), good.subarray(4 + headerLength)]));
    for (const text of texts) expect(cachedCrisisModel(examples, [], { dir }).score(text)).toEqual(first.score(text));
  });
  it('reads the model a release build shipped when the private folder has none, and keeps its own copy first', () => {
    dir = mkdtempSync(join(tmpdir(), 'crisis-cache-'));
    const shipped = mkdtempSync(join(tmpdir(), 'crisis-shipped-'));
    try {
      // The build ships a model of another corpus under this corpus's name: reading it proves it was not retrained.
      const other = cachedCrisisModel(
        [...examples, { text: 'crisis words number 0 tonight', lang: 'en', crisis: false, kind: 'everyday' }],
        ['hello'],
        { dir: shipped },
      );
      const trained = cachedCrisisModel(examples, ['hello'], { dir: mkdtempSync(join(tmpdir(), 'crisis-key-')) });
      const probe = 'crisis words number 0 tonight';
      expect(other.score(probe)).not.toEqual(trained.score(probe));
      const name = readdirSync(shipped)[0]!;
      const ours = mkdtempSync(join(tmpdir(), 'crisis-name-'));
      cachedCrisisModel(examples, ['hello'], { dir: ours });
      copyFileSync(join(shipped, name), join(shipped, readdirSync(ours)[0]!));
      rmSync(ours, { recursive: true, force: true });
      const fresh = cachedCrisisModel(examples, ['hello'], { dir, shipped });
      expect(fresh.score(probe)).toEqual(other.score(probe));
      // A model the private folder keeps comes first.
      expect(readdirSync(dir)).toEqual([]);
      cachedCrisisModel(examples, ['hello'], { dir, shipped: undefined });
      expect(cachedCrisisModel(examples, ['hello'], { dir, shipped }).score(probe)).toEqual(trained.score(probe));
    } finally {
      rmSync(shipped, { recursive: true, force: true });
    }
  });
});
