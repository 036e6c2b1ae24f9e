import { DailyReadings } from '../daily-readings.js';
import { ImportFileError } from '../import-error.js';
import { limitsOf } from '../limits.js';
import { fromWallTime, zoneNamed } from '../instant.js';
import { ProgressMeter } from '../progress.js';
import { linesOf, sizeOf } from '../read-whole.js';
import { nightOf } from '../sleep-nights.js';
import type { ParseOptions, ParsedFile } from '../types.js';

/**
 * Fitbit HRV from Google Takeout (`Fitbit/Heart Rate Variability/`), two shapes:
 *   `Heart Rate Variability Details - YYYY-MM-DD.csv`: timestamp,rmssd,coverage,low_frequency,high_frequency
 *   (a row per 5 minutes of the main sleep);
 *   `Daily Heart Rate Variability Summary - YYYY-MM-(DD).csv`: timestamp,rmssd,nremhr,entropy (a row per night).
 * Timestamps are wall-clock times without an offset ("2024-07-21T00:00:00"), read in the user's zone.
 * Both are overnight RMSSD, so a row belongs to the night it ends, by the same rule as sleep; an
 * empty rmssd is a night without a value, anything else unreadable is a broken row.
 */
export async function parseFitbitHrvCsv(path: string, options: ParseOptions): Promise<ParsedFile> {
  const zone = zoneNamed(options.zone);
  const limits = limitsOf(options);
  const meter = new ProgressMeter(await sizeOf(path), options.onProgress, options.signal, limits.records);
  const readings = new DailyReadings('fitbit', limits.metricDays);
  let header: string[] | undefined;
  let lineNumber = 0;
  for await (const line of linesOf(path, meter, limits.lineChars)) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    const cells = line.replace(/^\uFEFF/, '').split(',');
    if (!header) {
      header = headerOf(cells, lineNumber);
      continue;
    }
    meter.addRecords();
    const row = rowOf(header, cells, lineNumber);
    if (row.rmssd === undefined) readings.skip('missing_value');
    else {
      const at = fromWallTime(row.wallMs, zone);
      readings.add('hrv_rmssd', row.rmssd, at, nightOf(at));
    }
  }
  if (!header) throw new ImportFileError('line 1: empty file, expected a "timestamp,rmssd,…" header', { line: 1 });
  meter.report(true);
  return { records: meter.recordCount, readings: readings.readings(), skipped: readings.skipped };
}

function headerOf(cells: string[], line: number): string[] {
  const names = cells.map((cell) => cell.trim().toLowerCase());
  if (names[0] !== 'timestamp' || !names.includes('rmssd'))
    throw new ImportFileError(`line ${line}: expected a "timestamp,rmssd,…" header, found "${cells.join(',')}"`, {
      line,
    });
  return names;
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

function rowOf(header: string[], cells: string[], line: number): { wallMs: number; rmssd: number | undefined } {
  const fail = (why: string) => new ImportFileError(`line ${line}: ${why}`, { line });
  if (cells.length !== header.length) throw fail(`${cells.length} columns, the header has ${header.length}`);
  const stamp = TIMESTAMP.exec(cells[0]!.trim());
  if (!stamp) throw fail(`timestamp "${cells[0]}" is not YYYY-MM-DDTHH:MM:SS`);
  const [, year, month, day, hour, minute, second] = stamp;
  const wallMs = Date.UTC(+year!, +month! - 1, +day!, Number(hour ?? 0), Number(minute ?? 0), Number(second ?? 0));
  if (new Date(wallMs).getUTCDate() !== +day! || Number(hour ?? 0) > 23) throw fail(`"${cells[0]}" is not a date`);
  const text = cells[header.indexOf('rmssd')]!.trim();
  if (text === '') return { wallMs, rmssd: undefined };
  const rmssd = Number(text);
  if (!Number.isFinite(rmssd)) throw fail(`rmssd "${text}" is not a number`);
  return { wallMs, rmssd };
}
