import { LRUCache } from 'lru-cache';
import type { Freshness } from '../../core/ports.js';

/** What a cache has done since the start, for `/metrics`. */
export interface CacheStats {
  hits: number;
  misses: number;
  entries: number;
  bytes: number;
}

export interface ReadCache<V> {
  /**
   * `userId`'s value under `key` while it is fresh, else `compute()`'s (kept when it resolves).
   * `known.stamp`: the person's stamp this request already took (see `stampOf`), so one request
   * checks freshness once (on PostgreSQL, waits for one sync, not two).
   */
  get(userId: string, key: string, compute: () => Promise<V>, known?: { stamp: string | undefined }): Promise<V>;
  /**
   * The value under `key` if it is fresh for `stamp` (a hit, counted as one), else undefined: `get`'s
   * answer from memory without a promise, for the hottest reads (a cached read is ~20 µs of CPU, and each
   * promise and await on its path was a visible share of it).
   */
  peek(key: string, stamp: string | undefined): V | undefined;
  readonly size: number;
  stats(): CacheStats;
}

interface Entry<V> {
  value: V;
  stamp: string;
  at: number;
}

/** About what a value costs in memory: its JSON as UTF-16, plus the object's own overhead. */
export const approximateBytes = (value: unknown): number => 2 * (JSON.stringify(value)?.length ?? 0) + 64;

/**
 * A person's freshness stamp now: after the changes this process already received are applied.
 * Taken once when a request starts, it is valid for every read of that request (a write
 * acknowledged before the request began is in it).
 */
export async function stampOf(freshness: Freshness, userId: string): Promise<string | undefined> {
  if (freshness.settled) await freshness.settled();
  return freshness.current(userId);
}

/**
 * A memory cache for one person's read-mostly views that needs no invalidation bookkeeping: an entry
 * is used only while that person's freshness stamp is the one it was computed under and it is
 * younger than `ttlMs` (views that depend on the clock, such as "idle for 30 days", stay at most
 * that stale). The stamp moves with every write to the person's data, found by the database's own
 * triggers, so no write path can be missed and other people's writes retire nothing. The stamp is
 * taken before computing, so a write during the computation retires its result too.
 *
 * Bounded by bytes (`maxBytes`, each entry weighed by `sizeOf`) or by entries (`maxEntries`: for values
 * whose size varies with the person, so the number of people it holds does not shrink as their history
 * grows), least recently used out first (lru-cache); evicting the oldest *inserted* entry would throw out
 * the hottest users first once they rotate. `bytes` in the stats is `sizeOf`'s estimate either way.
 */
export function createReadCache<V extends object | string | number>(
  freshness: Freshness,
  options: {
    ttlMs: number;
    sizeOf?: (value: V) => number;
    now?: () => number;
    /** When a value stops being true by the clock alone (epoch ms; e.g. an adaptation shown in it lapses), if ever. */
    validUntil?: (value: V) => number | undefined;
  } & ({ maxBytes: number } | { maxEntries: number }),
): ReadCache<V> {
  const sizeOf = options.sizeOf ?? approximateBytes;
  // The key is kept too; at least 1, as lru-cache requires.
  const weigh = (entry: Entry<V>, key: string) => Math.max(1, sizeOf(entry.value) + 2 * key.length);
  let weighed = 0;
  const entries =
    'maxBytes' in options
      ? new LRUCache<string, Entry<V>>({ maxSize: options.maxBytes, sizeCalculation: weigh })
      : // `maxSize` counting one per entry, not `max`: with `max`, lru-cache sets aside room for every entry up front.
        new LRUCache<string, Entry<V>>({
          maxSize: options.maxEntries,
          sizeCalculation: (entry, key) => {
            weighed += weigh(entry, key);
            return 1;
          },
          dispose: (entry, key) => void (weighed -= weigh(entry, key)),
        });
  const now = options.now ?? Date.now;
  let [hits, misses] = [0, 0];
  const peek = (key: string, stamp: string | undefined): V | undefined => {
    if (stamp === undefined) return undefined;
    const hit = entries.get(key);
    if (!hit || hit.stamp !== stamp) return undefined;
    const at = now();
    if (at - hit.at >= options.ttlMs || at >= (options.validUntil?.(hit.value) ?? Infinity)) return undefined;
    hits += 1;
    return hit.value;
  };
  return {
    peek,
    async get(userId, key, compute, known) {
      // No await without a reason: SQLite's stamp is synchronous, so `compute` starts in this tick.
      const stamp = known
        ? known.stamp
        : freshness.settled
          ? await stampOf(freshness, userId)
          : freshness.current(userId);
      if (stamp === undefined) return compute();
      const hit = peek(key, stamp);
      if (hit !== undefined) return hit;
      misses += 1;
      // The clock as the computation starts: a view that depends on it is as old as its inputs.
      const at = now();
      const value = await compute();
      // A value larger than the whole budget is served but not kept (lru-cache refuses it).
      entries.set(key, { value, stamp, at });
      return value;
    },
    get size() {
      return entries.size;
    },
    stats: () => ({
      hits,
      misses,
      entries: entries.size,
      bytes: 'maxBytes' in options ? entries.calculatedSize : weighed,
    }),
  };
}
