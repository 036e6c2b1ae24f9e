import type { DailyReadings } from '../daily-readings.js';
import { instantOfIso } from '../instant.js';
import type { OuraSleep } from './oura.schema.js';

/**
 * Oura sleep periods grouped by their `day` (Oura's own: the day the night ended). A day's reading
 * comes from its `long_sleep` periods, as Oura's own daily scores do; naps count only on a day with
 * no long sleep. Rest-mode and deleted periods are not sleep.
 */
export class OuraNights {
  private readonly days = new Map<string, OuraSleep[]>();

  constructor(private readonly readings: DailyReadings) {}

  add(period: OuraSleep): void {
    if (period.type === 'rest' || period.type === 'deleted') return this.readings.skip('not_sleep');
    const periods = this.days.get(period.day) ?? [];
    periods.push(period);
    this.days.set(period.day, periods);
  }

  flush(): void {
    for (const [day, periods] of this.days) {
      const long = periods.filter((period) => period.type === 'long_sleep');
      const counted = long.length > 0 ? long : periods;
      if (counted.length < periods.length) this.readings.skip('nap', periods.length - counted.length);
      this.night(day, counted);
    }
    this.days.clear();
  }

  private night(day: string, periods: OuraSleep[]): void {
    const readings = this.readings;
    let minutes: number | undefined;
    let lastEnd = instantOfIso(periods[0]!.bedtime_end);
    for (const period of periods) {
      const end = instantOfIso(period.bedtime_end);
      if (end.ms > lastEnd.ms) lastEnd = end;
      if (period.average_hrv == null) readings.skip('missing_value');
      else readings.add('hrv_rmssd', period.average_hrv, end, day);
      if (period.lowest_heart_rate == null) readings.skip('missing_value');
      else readings.add('resting_heart_rate', period.lowest_heart_rate, end, day);
      if (period.total_sleep_duration == null) readings.skip('missing_value');
      else minutes = (minutes ?? 0) + period.total_sleep_duration / 60;
    }
    if (minutes !== undefined) readings.add('sleep_minutes', minutes, lastEnd, day);
  }
}
