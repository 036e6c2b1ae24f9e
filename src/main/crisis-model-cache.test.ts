import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SafetyExample } from '../content/safety-corpus.schema.js';
import { cachedCrisisModel } from './crisis-model-cache.js';

const examples: SafetyExample[] = [
  { text: 'I want to end my life tonight', lang: 'en', crisis: true, category: 'plan' },
  { text: 'nobody would miss me if I was gone', lang: 'en', crisis: true, category: 'ideation' },
  { text: 'this case is killing me', lang: 'en', crisis: false, kind: 'idioms' },
  { text: 'see you on Saturday, I love you', lang: 'en', crisis: false, kind: 'letters' },
];
const texts = ['gone tonight', 'Saturday with the kids', 'nobody would notice', 'the lawyer is killing me'];

describe('the crisis model cache', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads back a model that scores exactly like the one it trained, and trains anew for another corpus', () => {
    dir = mkdtempSync(join(tmpdir(), 'crisis-cache-'));
    const trained = cachedCrisisModel(examples, ['hello'], { dir });
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    const read = cachedCrisisModel(examples, ['hello'], { dir });
    expect(readdirSync(dir)).toEqual(files);
    for (const text of texts) expect(read.score(text)).toEqual(trained.score(text));
    const other = cachedCrisisModel(examples.slice(1), ['hello'], { dir });
    expect(readdirSync(dir)).toHaveLength(2);
    expect(other.score('this case is killing me').p).not.toBe(read.score('this case is killing me').p);
  });

  it('trains again when the kept file is damaged', () => {
    dir = mkdtempSync(join(tmpdir(), 'crisis-cache-'));
    const first = cachedCrisisModel(examples, [], { dir });
    const file = join(dir, readdirSync(dir)[0]!);
    writeFileSync(file, readFileSync(file).subarray(0, 100));
    const again = cachedCrisisModel(examples, [], { dir });
    for (const text of texts) expect(again.score(text)).toEqual(first.score(text));
    expect(readFileSync(file).length).toBeGreaterThan(100);
  });
});
