import type { Freshness } from '../../core/ports.js';

export interface ReadCache<V> {
  /** The cached value while it is fresh, else `compute()`'s (kept when it resolves). */
  get(key: string, compute: () => Promise<V>): Promise<V>;
  readonly size: number;
}

interface Entry<V> {
  value: V;
  stamp: string;
  at: number;
}

/**
 * A bounded in-memory cache for read-mostly views that needs no invalidation bookkeeping: an entry
 * is used only while the freshness stamp is the one it was computed under and it is younger than
 * `ttlMs` (views that depend on the clock, such as "idle for 30 days", stay at most that stale).
 * Any write retires every entry at once; that is coarse, but it cannot miss a write path, and a
 * write-heavy moment only costs the reads that would have happened anyway. The stamp is taken
 * before computing, so a write during the computation retires its result too. Oldest out past `max`.
 */
export function createReadCache<V>(
  freshness: Freshness,
  options: { ttlMs: number; max: number; now?: () => number },
): ReadCache<V> {
  const entries = new Map<string, Entry<V>>();
  const now = options.now ?? Date.now;
  return {
    async get(key, compute) {
      const stamp = freshness.current();
      if (stamp === undefined) return compute();
      const at = now();
      const hit = entries.get(key);
      if (hit && hit.stamp === stamp && at - hit.at < options.ttlMs) return hit.value;
      const value = await compute();
      entries.delete(key);
      if (entries.size >= options.max) entries.delete(entries.keys().next().value!);
      entries.set(key, { value, stamp, at });
      return value;
    },
    get size() {
      return entries.size;
    },
  };
}
