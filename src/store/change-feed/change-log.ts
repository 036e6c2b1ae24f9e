import { LRUCache } from 'lru-cache';

/** People whose last change is remembered one by one (~120 bytes each); older ones share a floor. */
const REMEMBERED = 200_000;

/**
 * When each person's data last changed, as a sequence number, in bounded memory: a person pushed
 * out of the LRU answers with the highest number pushed out so far (the floor), which is never
 * lower than their own. A cached view stamped with an older answer is then retired: a needless
 * miss at worst, never a stale read.
 */
export interface ChangeLog {
  mark(userId: string): void;
  /** Changes whenever `mark(userId)` was called since the last call. */
  stampOf(userId: string): number;
  /** Everything counts as changed (nothing cached before survives). */
  markAll(): void;
}

export function createChangeLog(remembered = REMEMBERED): ChangeLog {
  let sequence = 0;
  let floor = 0;
  // Bounded by a count through `maxSize` rather than `max`: with `max`, lru-cache sets aside room for every entry at
  // once (about 5 MB for 200,000 people, in every server whether it has ten people or a million).
  const last = new LRUCache<string, number>({
    maxSize: remembered,
    sizeCalculation: () => 1,
    dispose: (value, _key, reason) => {
      if (reason === 'evict') floor = Math.max(floor, value);
    },
  });
  return {
    mark(userId) {
      last.set(userId, ++sequence);
    },
    // `peek`: reading must not keep a quiet person in the LRU ahead of the ones who write.
    stampOf: (userId) => last.peek(userId) ?? floor,
    markAll() {
      floor = ++sequence;
      last.clear();
    },
  };
}
