/** RR intervals outside 0.3–2.0 s (200–30 bpm) are artefacts: missed or doubled beats, not rhythm. */
export const RR_RANGE_SECONDS = [0.3, 2.0] as const;

export interface RmssdResult {
  /** Root mean square of successive differences, in milliseconds; `undefined` without two adjacent beats. */
  rmssd: number | undefined;
  intervals: number;
  artefacts: number;
}

/**
 * RMSSD of a beat-to-beat series (seconds, in order). A dropped artefact breaks the chain: the
 * interval after it is not differenced with the one before it, since a gap is not a successive pair.
 */
export function rmssdOf(intervals: Iterable<number>): RmssdResult {
  const [low, high] = RR_RANGE_SECONDS;
  let previous: number | undefined;
  let sumOfSquares = 0;
  let differences = 0;
  let count = 0;
  let artefacts = 0;
  for (const interval of intervals) {
    count += 1;
    if (!(interval >= low && interval <= high)) {
      artefacts += 1;
      previous = undefined;
      continue;
    }
    if (previous !== undefined) {
      const difference = (interval - previous) * 1000;
      sumOfSquares += difference * difference;
      differences += 1;
    }
    previous = interval;
  }
  return { rmssd: differences > 0 ? Math.sqrt(sumOfSquares / differences) : undefined, intervals: count, artefacts };
}
