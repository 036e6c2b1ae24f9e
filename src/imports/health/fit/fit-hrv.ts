import type { DailyReadings } from '../daily-readings.js';
import type { Instant } from '../instant.js';
import { windowedRmssd } from './rmssd.js';

export type Messages = Record<string, Array<Record<string, unknown>> | undefined>;

/**
 * Sessions whose beat-to-beat HRV is a resting measurement: a meditation, or a breathing session
 * (the FIT profile's sport 67 and sub-sport 62, named or, by an older decoder, numbered).
 */
const RESTING_SPORTS = new Set<unknown>(['meditation', 67]);
const RESTING_SUB_SPORTS = new Set<unknown>(['breathing', 62]);

/** Whether every session of the file is a resting one; a file without a session is not known to be. */
export function isRestingRecording(messages: Messages): boolean {
  const sessions = messages.session ?? [];
  return (
    sessions.length > 0 &&
    sessions.every((session) => RESTING_SPORTS.has(session.sport) || RESTING_SUB_SPORTS.has(session.sub_sport))
  );
}

/**
 * The HRV a FIT file holds, kept only where it measures rest, since a baseline of resting HRV judged
 * against a ride's (152.6 ms from three hours in the saddle, where breathing and effort drive the
 * beat-to-beat changes) would call every ordinary morning a collapse:
 *  - `hrv_status_summary.last_night_average` (Garmin's overnight HRV status) → `hrv_rmssd` for its day;
 *  - `hrv` beat-to-beat intervals of a resting session → one `hrv_rmssd` (5-minute windows, artefacts
 *    filtered, noisy windows rejected: `windowedRmssd`), stamped at the session's end;
 *  - `hrv` intervals of any other activity (a run, a ride, a file that does not say) are counted under
 *    `hrv_during_activity` and stored nowhere.
 * Returns the records read.
 */
export function addFitHrv(
  messages: Messages,
  readings: DailyReadings,
  at: (date: Date) => Instant,
  end: Date | undefined,
): number {
  const summaries = messages.hrv_status_summary ?? [];
  for (const summary of summaries) {
    const value = summary.last_night_average;
    if (typeof value !== 'number' || !(summary.timestamp instanceof Date)) readings.skip('missing_value');
    else readings.add('hrv_rmssd', value, at(summary.timestamp));
  }
  const hrv = messages.hrv ?? [];
  if (hrv.length === 0) return summaries.length;
  if (!isRestingRecording(messages)) {
    readings.skip('hrv_during_activity', hrv.length);
    return summaries.length + hrv.length;
  }
  const intervals = hrv
    .flatMap((message) => (message.time as Array<number | null> | undefined) ?? [])
    .filter((interval): interval is number => interval !== null);
  const result = windowedRmssd(intervals);
  if (result.artefacts > 0) readings.skip('rr_artefact', result.artefacts);
  if (result.rejectedWindows > 0) readings.skip('hrv_window_rejected', result.rejectedWindows);
  if (result.rmssd === undefined || !end) readings.skip('too_few_beats');
  else readings.add('hrv_rmssd', result.rmssd, at(end));
  return summaries.length + hrv.length;
}
