import type { IANAZone } from 'luxon';
import type { ReadingMetric } from '../../../core/health/readings.js';
import type { DailyReadings } from '../daily-readings.js';
import { ImportFileError } from '../import-error.js';
import { type Instant, localDate } from '../instant.js';
import type { SleepKind, SleepNights } from '../sleep-nights.js';
import { parseAppleDate } from './apple-dates.js';

const QUANTITIES: Record<string, { metric: ReadingMetric; units: readonly string[] }> = {
  HKQuantityTypeIdentifierHeartRateVariabilitySDNN: { metric: 'hrv_sdnn', units: ['ms'] },
  HKQuantityTypeIdentifierRestingHeartRate: { metric: 'resting_heart_rate', units: ['count/min'] },
};
const SLEEP = 'HKCategoryTypeIdentifierSleepAnalysis';
const HRV = 'HKQuantityTypeIdentifierHeartRateVariabilitySDNN';
/** HealthKit's motion context of a heart sample: 0 not set, 1 sedentary, 2 active. */
const MOTION_CONTEXT = 'HKMetadataKeyHeartRateMotionContext';
const ACTIVE = '2';
/** The metadata entries the reader keeps for a record (every other one is passed over). */
export const READ_METADATA: ReadonlySet<string> = new Set([MOTION_CONTEXT]);
const HEART_RATE = 'HKQuantityTypeIdentifierHeartRate';

/**
 * Sleep values old and new: iOS 8–15 wrote InBed / Asleep / Awake, iOS 16 split Asleep into
 * Unspecified / Core / Deep / REM. Some third-party exporters write HealthKit's raw numbers.
 */
const SLEEP_VALUES: Record<string, SleepKind> = {
  HKCategoryValueSleepAnalysisInBed: 'in_bed',
  HKCategoryValueSleepAnalysisAsleep: 'asleep',
  HKCategoryValueSleepAnalysisAsleepUnspecified: 'asleep',
  HKCategoryValueSleepAnalysisAsleepCore: 'asleep',
  HKCategoryValueSleepAnalysisAsleepDeep: 'asleep',
  HKCategoryValueSleepAnalysisAsleepREM: 'asleep',
  HKCategoryValueSleepAnalysisAwake: 'awake',
  '0': 'in_bed',
  '1': 'asleep',
  '2': 'awake',
  '3': 'asleep',
  '4': 'asleep',
  '5': 'asleep',
};

type Attributes = Record<string, string>;

interface HeldSample {
  value: number;
  start: Instant;
  end: Instant;
}

/**
 * Turns one top-level `<Record>` into a sample for the day totals or a sleep span, or a skip count.
 *
 * HRV counts only at rest. A sample HealthKit marks as taken in motion (motion context 2, "active"),
 * or one that falls inside a workout, measures effort, not recovery: it is counted under
 * `hrv_during_activity` and never reaches a day's mean or the baseline. Workouts come after the
 * records in an export, so HRV samples are held until the end (`flush`); a decade of Watch HRV is
 * ~40,000 of them, and `maxHeld` bounds a hostile file.
 */
export class AppleRecordSink {
  private readonly heldHrv: HeldSample[] = [];
  private readonly workouts: Array<[number, number]> = [];

  constructor(
    private readonly readings: DailyReadings,
    private readonly nights: SleepNights,
    private readonly zone: IANAZone,
    private readonly maxHeld: number,
  ) {}

  record(attributes: Attributes, line: number, metadata: Attributes = {}): void {
    const type = attributes.type ?? '';
    if (type === HRV && metadata[MOTION_CONTEXT] === ACTIVE) return this.readings.skip('hrv_during_activity');
    const quantity = QUANTITIES[type];
    if (quantity) return this.quantity(quantity.metric, quantity.units, attributes, line);
    if (type === SLEEP) return this.sleep(attributes, line);
    // Raw spot heart rate is a flood (one every few minutes) that nothing downstream uses.
    this.readings.skip(type === HEART_RATE ? 'heart_rate_sample' : 'unsupported_type');
  }

  /** A workout's span: HRV taken within it is not a resting measurement. */
  workout(attributes: Attributes, line: number): void {
    this.workouts.push([this.date(attributes, 'startDate', line).ms, this.date(attributes, 'endDate', line).ms]);
  }

  /** The held HRV samples outside every workout, into the day totals; called once, at the end of the file. */
  flush(): void {
    const inWorkout = spanIndex(this.workouts);
    for (const sample of this.heldHrv) {
      if (inWorkout(sample.start.ms, sample.end.ms)) this.readings.skip('hrv_during_activity');
      else this.readings.add('hrv_sdnn', sample.value, sample.end, localDate(sample.start));
    }
    this.heldHrv.length = 0;
  }

  private quantity(metric: ReadingMetric, units: readonly string[], attributes: Attributes, line: number): void {
    if (attributes.unit !== undefined && !units.includes(attributes.unit))
      return this.readings.skip('unsupported_unit');
    const value = numberIn(attributes.value);
    if (value === undefined) throw new ImportFileError(`line ${line}: ${metric} value "${attributes.value}"`, { line });
    // The day is the sample's start (a resting heart rate spans its whole day); stamped at its end.
    const start = this.date(attributes, 'startDate', line);
    const end = this.date(attributes, 'endDate', line);
    if (metric !== 'hrv_sdnn') return this.readings.add(metric, value, end, localDate(start));
    if (this.heldHrv.length >= this.maxHeld)
      throw new ImportFileError(
        `line ${line}: more than ${this.maxHeld.toLocaleString('en')} HRV samples: more than any real export holds`,
        { line },
      );
    this.heldHrv.push({ value, start, end });
  }

  private sleep(attributes: Attributes, line: number): void {
    const kind = SLEEP_VALUES[attributes.value ?? ''];
    if (!kind) return this.readings.skip('unknown_sleep_value');
    const start = this.date(attributes, 'startDate', line);
    const end = this.date(attributes, 'endDate', line);
    if (!this.nights.add(kind, start, end)) this.readings.skip('empty_sleep_span');
  }

  private date(attributes: Attributes, name: 'startDate' | 'endDate', line: number): Instant {
    const raw = attributes[name];
    const instant = raw === undefined ? undefined : parseAppleDate(raw, this.zone);
    if (!instant) throw new ImportFileError(`line ${line}: ${name} "${raw ?? ''}" is not a date`, { line });
    return instant;
  }
}

/** "48.5", or "48,5" from a decimal-comma locale; anything else is not a number. */
function numberIn(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(/^-?\d+,\d+$/.test(text) ? text.replace(',', '.') : text);
  return text.trim() === '' || !Number.isFinite(value) ? undefined : value;
}

/**
 * Whether [start, end] meets any of the spans, in O(log n): the spans sorted by start, each with the
 * latest end among it and those before it; the last span starting by `end` tells, through that end,
 * whether any of them reaches `start`.
 */
function spanIndex(spans: Array<[number, number]>): (start: number, end: number) => boolean {
  spans.sort((left, right) => left[0] - right[0]);
  const latestEnd: number[] = [];
  spans.forEach(([, spanEnd], index) => latestEnd.push(Math.max(spanEnd, latestEnd[index - 1] ?? -Infinity)));
  return (start, end) => {
    let low = 0;
    let high = spans.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (spans[middle]![0] <= end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && latestEnd[low - 1]! >= start;
  };
}
