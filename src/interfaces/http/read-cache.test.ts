import { describe, expect, it } from 'vitest';
import { createSqliteFreshness, uncached } from '../../store/change-feed/sqlite-freshness.js';
import { createReadCache } from './read-cache.js';

/** Per-person change counters the test moves by hand (as the triggers would), and a clock. */
const setup = (options: { ttlMs?: number; maxBytes?: number } = {}) => {
  const versions = new Map<string, number>();
  const version = (key: string) => versions.get(key) ?? 0;
  let now = 0;
  const freshness = createSqliteFreshness(version);
  const cache = createReadCache<string>(freshness, {
    ttlMs: options.ttlMs ?? 1000,
    // Values weigh nothing here, so an entry weighs its key (two bytes a character).
    maxBytes: options.maxBytes ?? 100,
    sizeOf: () => 0,
    now: () => now,
  });
  let computed = 0;
  // Each key is its own person's view here.
  const read = (key: string, value = `${key}@${version(key)}`) =>
    cache.get(key, key, async () => {
      computed++;
      return value;
    });
  return {
    cache,
    freshness,
    read,
    write: (key = 'ann') => void versions.set(key, version(key) + 1),
    wait: (ms: number) => void (now += ms),
    computed: () => computed,
  };
};

describe('read cache', () => {
  it('answers a repeated read from memory until that person’s data changes', async () => {
    const item = setup();
    expect(await item.read('ann')).toBe('ann@0');
    expect(await item.read('ann')).toBe('ann@0');
    expect(item.computed()).toBe(1);
    item.write();
    expect(await item.read('ann')).toBe('ann@1');
    expect(item.computed()).toBe(2);
  });

  it('peeks at a kept view only under the stamp it was made for and within its time to live', async () => {
    const item = setup({ ttlMs: 1000 });
    expect(item.cache.peek('ann', item.freshness.current('ann'))).toBeUndefined();
    await item.read('ann');
    expect(item.cache.peek('ann', item.freshness.current('ann'))).toBe('ann@0');
    expect(item.cache.peek('ann', undefined)).toBeUndefined();
    item.write();
    expect(item.cache.peek('ann', item.freshness.current('ann'))).toBeUndefined();
    await item.read('ann');
    item.wait(1000);
    expect(item.cache.peek('ann', item.freshness.current('ann'))).toBeUndefined();
    expect(item.cache.stats().hits).toBe(1);
  });

  it('keeps each key apart: one user never gets another user’s view', async () => {
    const item = setup();
    expect(await item.read('ann')).toBe('ann@0');
    expect(await item.read('bob')).toBe('bob@0');
    expect(await item.read('ann')).toBe('ann@0');
  });

  it('retires only the views of the person who wrote: others stay cached', async () => {
    const item = setup();
    await item.read('ann');
    await item.read('bob');
    item.write('bob');
    expect(await item.read('ann')).toBe('ann@0');
    expect(await item.read('bob')).toBe('bob@1');
    expect(item.computed()).toBe(3);
  });

  it('reads again after the time limit, for views that depend on the clock', async () => {
    const item = setup({ ttlMs: 1000 });
    await item.read('ann');
    item.wait(999);
    await item.read('ann');
    expect(item.computed()).toBe(1);
    item.wait(1);
    await item.read('ann');
    expect(item.computed()).toBe(2);
  });

  it('does not keep a value computed while a write happened', async () => {
    const item = setup();
    let release: () => void = () => undefined;
    const slow = item.cache.get(
      'ann',
      'ann',
      () => new Promise<string>((resolve) => (release = () => resolve('before the write'))),
    );
    item.write();
    release();
    expect(await slow).toBe('before the write');
    expect(await item.read('ann')).toBe('ann@1');
  });

  it('a bump (state kept in memory changed) retires that person’s entries, like a write', async () => {
    const item = setup();
    await item.read('ann');
    await item.read('bob');
    item.freshness.bump('ann');
    await item.read('ann');
    await item.read('bob');
    expect(item.computed()).toBe(3);
  });

  it('never keeps a failure: the next read tries again', async () => {
    const item = setup();
    await expect(item.cache.get('ann', 'ann', () => Promise.reject(new Error('database is down')))).rejects.toThrow(
      'database is down',
    );
    expect(await item.read('ann')).toBe('ann@0');
  });

  it('stays within its byte budget, the least recently used going first', async () => {
    const item = setup({ maxBytes: 2 * 2 }); // two entries whose keys are one character
    await item.read('a');
    await item.read('b');
    await item.read('a'); // a is now the most recently used
    await item.read('c'); // over budget: b goes, not a
    expect(item.cache.size).toBe(2);
    expect(item.computed()).toBe(3);
    await item.read('a');
    expect(item.computed()).toBe(3);
    await item.read('b');
    expect(item.computed()).toBe(4);
    expect(item.cache.stats()).toMatchObject({ hits: 2, misses: 4, entries: 2 });
  });

  it('holds as many people as it counts entries, however large their views grow, and estimates their bytes', async () => {
    const cache = createReadCache<string>(
      createSqliteFreshness(() => 0),
      { ttlMs: 1000, maxEntries: 3 },
    );
    // Views far larger than a byte budget of the same number would allow: all three are kept.
    for (const key of ['a', 'b', 'c']) await cache.get(key, key, async () => 'x'.repeat(10_000));
    expect(cache.size).toBe(3);
    const three = cache.stats().bytes;
    expect(three).toBeGreaterThan(3 * 20_000);
    await cache.get('d', 'd', async () => 'y');
    // The least recently used went, and its bytes with it.
    expect(cache.size).toBe(3);
    expect(cache.stats().bytes).toBeLessThan(three - 19_000);
    expect(await cache.get('a', 'a', async () => 'recomputed')).toBe('recomputed');
  });

  it('weighs entries by their size: one large view makes room by pushing out several small ones', async () => {
    const cache = createReadCache<string>(
      createSqliteFreshness(() => 0),
      { ttlMs: 1000, maxBytes: 1200 },
    );
    for (const key of ['a', 'b', 'c', 'd']) await cache.get(key, key, async () => 'x'.repeat(100));
    expect(cache.size).toBe(4);
    await cache.get('big', 'big', async () => 'y'.repeat(300));
    expect(cache.size).toBeLessThan(4);
    expect(cache.stats().bytes).toBeLessThanOrEqual(1200);
    // Larger than the whole budget: served, not kept.
    expect(await cache.get('huge', 'huge', async () => 'z'.repeat(2000))).toHaveLength(2000);
    expect(cache.stats().bytes).toBeLessThanOrEqual(1200);
    expect(await cache.get('big', 'big', async () => 'recomputed')).toBe('y'.repeat(300));
  });

  it('caches nothing while freshness cannot tell (caching off, or a change feed reconnecting)', async () => {
    const cache = createReadCache<number>(uncached, { ttlMs: 1000, maxBytes: 10_000 });
    let count = 0;
    expect(await cache.get('ann', 'ann', async () => ++count)).toBe(1);
    expect(await cache.get('ann', 'ann', async () => ++count)).toBe(2);
    expect(cache.size).toBe(0);
  });
});
