/** RR intervals outside 0.3–2.0 s (200–30 bpm) are artefacts: missed or doubled beats, not rhythm. */
export const RR_RANGE_SECONDS = [0.3, 2.0] as const;

/**
 * An interval more than 20 % away from the one before it is an artefact (Malik's rule, the filter
 * Kubios and most HRV apps apply): a sinus rhythm at rest does not change that fast from one beat to
 * the next, while a missed beat (about double) or an extra one (about half) does. Left in, one such
 * pair adds hundreds of ms² to the mean square and lifts RMSSD far above the truth.
 */
export const MAX_SUCCESSIVE_CHANGE = 0.2;

/**
 * RMSSD is taken over 5-minute windows, the standard short-term recording (Task Force of the ESC and
 * NASPE, 1996), and a window with more than 5 % of its beats removed is rejected whole: past a few
 * per cent of edited beats RMSSD is biased whatever the filter does (Peltola 2012; Kubios's guidance
 * is to correct at most ~5 %), so such a window says more about the strap than the person. A last
 * window under one minute (the shortest that gives a usable RMSSD) is left out.
 */
export const WINDOW_SECONDS = 300;
export const MIN_WINDOW_SECONDS = 60;
export const MAX_ARTEFACT_RATE = 0.05;

export interface RmssdResult {
  /** Root mean square of successive differences, in milliseconds; `undefined` without two adjacent beats. */
  rmssd: number | undefined;
  intervals: number;
  artefacts: number;
}

export interface WindowedRmssd extends RmssdResult {
  /** Windows that gave a value, and those rejected for their artefact rate (or too short). */
  windows: number;
  rejectedWindows: number;
}

/**
 * RMSSD of a beat-to-beat series (seconds, in order). An interval outside the physiological range or
 * more than 20 % from the one before it is an artefact and breaks the chain: the interval after it is
 * not differenced with the one before it, since a gap is not a successive pair.
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
    const outOfRange = !(interval >= low && interval <= high);
    if (outOfRange || (previous !== undefined && Math.abs(interval - previous) > previous * MAX_SUCCESSIVE_CHANGE)) {
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

/**
 * RMSSD of a resting recording: the mean of its 5-minute windows' RMSSDs, each window cleaned by
 * `rmssdOf` and kept only when at most 5 % of its beats were artefacts. `undefined` when no window
 * is good enough: a noisy recording gives no reading rather than a wrong one.
 */
export function windowedRmssd(intervals: readonly number[]): WindowedRmssd {
  const values: number[] = [];
  let rejectedWindows = 0;
  let artefacts = 0;
  let start = 0;
  while (start < intervals.length) {
    let end = start;
    let seconds = 0;
    // An artefact counts for at most the longest real interval, so a garbage value cannot swallow the window.
    while (end < intervals.length && seconds < WINDOW_SECONDS)
      seconds += Math.min(Math.max(intervals[end++]!, 0), RR_RANGE_SECONDS[1]);
    const window = rmssdOf(intervals.slice(start, end));
    artefacts += window.artefacts;
    const good = seconds >= MIN_WINDOW_SECONDS && window.artefacts <= window.intervals * MAX_ARTEFACT_RATE;
    if (good && window.rmssd !== undefined) values.push(window.rmssd);
    else rejectedWindows += 1;
    start = end;
  }
  const rmssd = values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : undefined;
  return { rmssd, intervals: intervals.length, artefacts, windows: values.length, rejectedWindows };
}
