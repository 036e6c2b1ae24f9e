import type { Clock } from '../../src/core/ports.js';

/** A clock that stands still until a test moves it. */
export function fixedClock(start = new Date('2026-03-01T09:00:00Z')): Clock & { advance(ms: number): void } {
  let now = start.getTime();
  return { now: () => new Date(now), advance: (ms) => void (now += ms) };
}
