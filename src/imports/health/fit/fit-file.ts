import FitParser from 'fit-file-parser';
import { DailyReadings } from '../daily-readings.js';
import { ImportFileError } from '../import-error.js';
import { type Instant, inZone, zoneNamed } from '../instant.js';
import { limitsOf } from '../limits.js';
import { ProgressMeter } from '../progress.js';
import { readWhole, sizeOf } from '../read-whole.js';
import type { ParseOptions, ParsedFile } from '../types.js';
import { addFitHrv, type Messages } from './fit-hrv.js';

/**
 * A FIT file (Garmin, Coros, Wahoo, Suunto…), decoded by fit-file-parser with its CRC checks on.
 *  - HRV: Garmin's overnight summary, and beat-to-beat `hrv` messages (seconds, up to five per
 *    message, unused slots null) of a resting session only — never an activity's (`addFitHrv`);
 *  - `monitoring_hr_data.resting_heart_rate` (daily monitoring files) → `resting_heart_rate`;
 *  - `record.heart_rate` and `monitoring.heart_rate` are spot samples: counted, skipped.
 * Local days use the offset the device wrote (`activity.local_timestamp` − `timestamp`), else `zone`.
 */
export async function parseFitFile(path: string, options: ParseOptions): Promise<ParsedFile> {
  const limits = limitsOf(options);
  const meter = new ProgressMeter(await sizeOf(path), options.onProgress, options.signal, limits.records);
  // The decoder takes the file whole and makes an object of every message: the size limit bounds
  // the bytes, counting the messages first bounds the objects (two-byte messages are 16 M in 32 MB).
  const bytes = await readWhole(path, meter, { format: 'fit', maxBytes: limits.wholeFileBytes.fit! });
  const messages = await decode(bytes, limits.fitMessages);
  const readings = new DailyReadings('garmin', limits.metricDays);
  const offsetMinutes = deviceOffset(messages);
  const at = (date: Date): Instant =>
    offsetMinutes === undefined
      ? inZone(date.getTime(), zoneNamed(options.zone))
      : { ms: date.getTime(), offset: offsetMinutes };

  meter.addRecords(addFitHrv(messages, readings, at, endOf(messages)));
  for (const message of messages.monitoring_hr_data ?? []) {
    meter.addRecords();
    const value = message.resting_heart_rate;
    if (typeof value !== 'number' || !(message.timestamp instanceof Date)) readings.skip('missing_value');
    else readings.add('resting_heart_rate', value, at(message.timestamp));
  }
  for (const kind of ['record', 'monitoring'] as const) {
    for (const message of messages[kind] ?? []) {
      meter.addRecords();
      readings.skip(typeof message.heart_rate === 'number' ? 'heart_rate_sample' : 'no_health_value');
    }
  }
  meter.report(true);
  return { records: meter.recordCount, readings: readings.readings(), skipped: readings.skipped };
}

async function decode(bytes: Buffer, maxMessages: number): Promise<Messages> {
  const header = bytes.length >= 12 ? bytes[0]! : 0;
  if (bytes.length < 12 || bytes.subarray(8, 12).toString('latin1') !== '.FIT')
    throw new ImportFileError('not a FIT file: no ".FIT" signature in the header', { record: 0 });
  const promised = header + bytes.readUInt32LE(4) + 2;
  if (bytes.length < promised)
    throw new ImportFileError(`FIT file truncated: ${bytes.length} of ${promised} bytes`, { record: 0 });
  const count = countFitMessages(bytes.subarray(header, header + bytes.readUInt32LE(4)), maxMessages);
  if (count > maxMessages)
    throw new ImportFileError(
      `more than ${maxMessages.toLocaleString('en')} FIT messages: more than any real activity holds`,
      { record: maxMessages + 1 },
    );
  try {
    // force: false makes the decoder check the header and file CRCs instead of reading on regardless.
    const fit = await new FitParser({ force: false, mode: 'list' }).parseAsync(bytes as Buffer<ArrayBuffer>);
    return (fit.messages ?? {}) as unknown as Messages;
  } catch (error) {
    throw new ImportFileError(`corrupt FIT file: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The activity's end: its own timestamp, else the last record's, else when the file was created. */
function endOf(messages: Messages): Date | undefined {
  const candidates = [
    messages.activity?.[0]?.timestamp,
    messages.session?.at(-1)?.timestamp,
    messages.record?.at(-1)?.timestamp,
    messages.file_id?.[0]?.time_created,
  ];
  return candidates.find((candidate): candidate is Date => candidate instanceof Date);
}

/** The device's UTC offset in minutes, from the activity message's local and UTC times. */
function deviceOffset(messages: Messages): number | undefined {
  const activity = messages.activity?.[0];
  if (!(activity?.timestamp instanceof Date) || !(activity.local_timestamp instanceof Date)) return undefined;
  const minutes = Math.round((activity.local_timestamp.getTime() - activity.timestamp.getTime()) / 60_000);
  // Offsets run from −12:00 to +14:00; anything else is a clock that was never set.
  return minutes >= -12 * 60 && minutes <= 14 * 60 ? minutes : undefined;
}

/**
 * The data messages of a FIT file's records, counted from their headers without decoding a field
 * (FIT protocol: a definition message gives each local message type's size; a normal header's bit 6
 * marks a definition, bit 5 developer fields; a compressed-timestamp header, bit 7, is a data
 * message of local type 0–3). Stops at `max + 1`, or where the records stop making sense: the
 * decoder, with its CRC checks, says what is wrong there.
 */
export function countFitMessages(records: Uint8Array, max: number): number {
  const sizes = new Map<number, number>();
  let count = 0;
  let at = 0;
  while (at < records.length && count <= max) {
    const header = records[at]!;
    at += 1;
    const compressed = (header & 0x80) !== 0;
    const local = compressed ? (header >> 5) & 0x03 : header & 0x0f;
    if (!compressed && (header & 0x40) !== 0) {
      if (at + 5 > records.length) break;
      const fields = records[at + 4]!;
      let size = 0;
      let next = at + 5;
      for (let field = 0; field < fields && next + 2 < records.length; field++, next += 3) size += records[next + 1]!;
      if ((header & 0x20) !== 0 && next < records.length) {
        const developerFields = records[next]!;
        next += 1;
        for (let field = 0; field < developerFields && next + 2 < records.length; field++, next += 3)
          size += records[next + 1]!;
      }
      sizes.set(local, size);
      at = next;
    } else {
      const size = sizes.get(local);
      if (size === undefined) break;
      count += 1;
      at += size;
    }
  }
  return count;
}
