import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DailyReadings } from '../daily-readings.js';
import { ImportFileError } from '../import-error.js';
import { limitsOf } from '../limits.js';
import { zoneNamed } from '../instant.js';
import { ProgressMeter } from '../progress.js';
import { SleepNights } from '../sleep-nights.js';
import type { ParseOptions, ParsedFile } from '../types.js';
import { AppleRecordSink } from './apple-records.js';
import { readAppleXml } from './apple-xml.js';
import { openExportEntry } from './apple-zip.js';

interface Reader {
  readings: DailyReadings;
  sink: AppleRecordSink;
  nights: SleepNights;
  meter: ProgressMeter;
  xmlPendingBytes: number;
}

function reader(options: ParseOptions, totalBytes: number): Reader {
  const limits = limitsOf(options);
  const readings = new DailyReadings('apple_health', limits.metricDays);
  const nights = new SleepNights(limits.spansPerNight);
  const sink = new AppleRecordSink(readings, nights, zoneNamed(options.zone), limits.heldHrvSamples);
  const meter = new ProgressMeter(totalBytes, options.onProgress, options.signal, limits.records);
  return { readings, nights, sink, meter, xmlPendingBytes: limits.xmlPendingBytes };
}

function finish({ readings, nights, meter, sink }: Reader): ParsedFile {
  sink.flush();
  nights.flushInto(readings);
  meter.report(true);
  return { records: meter.recordCount, readings: readings.readings(), skipped: readings.skipped };
}

/**
 * Runs the XML reader as the pipeline's last stage and keeps its own error: when a stage throws
 * mid-stream, pipeline() tears the source down and may report that teardown (an AbortError)
 * instead of the reason, which would hide the line number.
 */
function xmlStage(state: Reader, entry?: string) {
  const stage = async (source: AsyncIterable<Buffer>) => {
    try {
      await readAppleXml(source, state.sink, state.meter, { entry, maxPendingBytes: state.xmlPendingBytes });
    } catch (error) {
      stage.failure = error;
      throw error;
    }
  };
  stage.failure = undefined as unknown;
  return stage;
}

async function run(streams: () => Promise<void>, stage: { failure: unknown }): Promise<void> {
  try {
    await streams();
  } catch (error) {
    throw stage.failure ?? error;
  }
}

/** An `export.xml` on disk, streamed. */
export async function parseAppleXml(path: string, options: ParseOptions): Promise<ParsedFile> {
  const state = reader(options, (await stat(path)).size);
  const stage = xmlStage(state);
  const source = createReadStream(path);
  await run(() => pipeline(source, state.meter.counter(), stage, { signal: options.signal }), stage);
  return finish(state);
}

/** An `export.zip`, its XML entry inflated on the fly; progress counts compressed bytes. */
export async function parseAppleZip(path: string, options: ParseOptions): Promise<ParsedFile> {
  const state = reader(options, (await stat(path)).size);
  const entry = await openExportEntry(path);
  const inflate = entry.inflate?.() ?? new PassThrough();
  let inflated = 0;
  const counted = async function* (source: AsyncIterable<Buffer>) {
    for await (const chunk of source) {
      inflated += chunk.length;
      yield chunk;
    }
  };
  const stage = xmlStage(state, entry.name);
  try {
    await run(
      () => pipeline(entry.raw, state.meter.counter(), inflate, counted, stage, { signal: options.signal }),
      stage,
    );
  } catch (error) {
    if (error instanceof ImportFileError || (error as Error).name === 'AbortError') throw error;
    throw new ImportFileError(`${entry.name}: damaged compressed data (${(error as Error).message})`, {
      entry: entry.name,
    });
  } finally {
    entry.close();
  }
  if (inflated !== entry.uncompressedSize)
    throw new ImportFileError(
      `${entry.name}: ${inflated} bytes inflated, the archive promised ${entry.uncompressedSize}`,
      {
        entry: entry.name,
      },
    );
  return finish(state);
}
