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

/** Turns one top-level `<Record>` into a sample for the day totals or a sleep span, or a skip count. */
export class AppleRecordSink {
  constructor(
    private readonly readings: DailyReadings,
    private readonly nights: SleepNights,
    private readonly zone: IANAZone,
  ) {}

  record(attributes: Attributes, line: number): void {
    const type = attributes.type ?? '';
    const quantity = QUANTITIES[type];
    if (quantity) return this.quantity(quantity.metric, quantity.units, attributes, line);
    if (type === SLEEP) return this.sleep(attributes, line);
    // Raw spot heart rate is a flood (one every few minutes) that nothing downstream uses.
    this.readings.skip(type === HEART_RATE ? 'heart_rate_sample' : 'unsupported_type');
  }

  private quantity(metric: ReadingMetric, units: readonly string[], attributes: Attributes, line: number): void {
    if (attributes.unit !== undefined && !units.includes(attributes.unit))
      return this.readings.skip('unsupported_unit');
    const value = numberIn(attributes.value);
    if (value === undefined) throw new ImportFileError(`line ${line}: ${metric} value "${attributes.value}"`, { line });
    // The day is the sample's start (a resting heart rate spans its whole day); stamped at its end.
    const start = this.date(attributes, 'startDate', line);
    this.readings.add(metric, value, this.date(attributes, 'endDate', line), localDate(start));
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
