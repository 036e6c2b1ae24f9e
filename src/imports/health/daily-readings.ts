import { METRIC_RANGE, type Reading, type ReadingMetric, type ReadingSource } from '../../core/health/readings.js';
import { ImportFileError } from './import-error.js';
import { type Instant, isoAt, localDate } from './instant.js';
import { IMPORT_LIMITS } from './limits.js';

interface DayTotal {
  readonly metric: ReadingMetric;
  sum: number;
  count: number;
  last: Instant;
}

/**
 * Per-day accumulators, the only state an import keeps: a gigabyte export becomes one reading per
 * metric and day (the mean of that day's samples), never a row per sample, and memory grows with
 * the number of days, not of records.
 */
export class DailyReadings {
  private readonly days = new Map<string, DayTotal>();
  readonly skipped: Record<string, number> = {};

  constructor(
    readonly source: ReadingSource,
    /** The bound on this state: dates far apart (year 1 to 9999) would otherwise grow it without end. */
    private readonly maxMetricDays: number = IMPORT_LIMITS.metricDays,
  ) {}

  skip(reason: string, count = 1): void {
    this.skipped[reason] = (this.skipped[reason] ?? 0) + count;
  }

  /**
   * One sample towards `day`'s mean (by default the local date of `at`). A value outside the
   * metric's range is counted and dropped before it can pull a mean, never clamped.
   */
  add(metric: ReadingMetric, value: number, at: Instant, day: string = localDate(at)): void {
    const [low, high] = METRIC_RANGE[metric];
    if (!Number.isFinite(value) || value < low || value > high) return this.skip('out_of_range');
    const key = `${metric} ${day}`;
    const total = this.days.get(key);
    if (!total) {
      if (this.days.size >= this.maxMetricDays)
        throw new ImportFileError(
          `readings on more than ${this.maxMetricDays.toLocaleString('en')} days: more than any real export holds`,
        );
      this.days.set(key, { metric, sum: value, count: 1, last: at });
      return;
    }
    total.sum += value;
    total.count += 1;
    // The day's reading is stamped with its latest sample: "as of" that moment.
    if (at.ms > total.last.ms) total.last = at;
  }

  /** The day means, sorted by instant (then metric, so equal instants come out in a stable order). */
  readings(): Reading[] {
    return [...this.days.values()]
      .sort((left, right) => left.last.ms - right.last.ms || left.metric.localeCompare(right.metric))
      .map((total) => ({
        metric: total.metric,
        value: Math.round((total.sum / total.count) * 100) / 100,
        at: isoAt(total.last),
        source: this.source,
      }));
  }
}
