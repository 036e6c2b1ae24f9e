import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseAppleXml, parseAppleZip } from './apple/apple-health.js';
import { detectFormat } from './detect-format.js';
import { parseFitFile } from './fit/fit-file.js';
import { parseFitbitHrvCsv } from './fitbit/fitbit-hrv-csv.js';
import { ImportFileError } from './import-error.js';
import { parseOuraJson } from './oura/oura-json.js';
import type { ImportFormat, ImportSummary, ParseOptions, ParsedFile } from './types.js';

export { detectFormat } from './detect-format.js';
export { ImportFileError, isImportFileError, type ImportErrorWhere } from './import-error.js';
export { IMPORT_FORMATS, type ImportFormat, type ImportProgress, type ImportSummary } from './types.js';

const PARSERS = {
  apple_health_zip: parseAppleZip,
  apple_health_xml: parseAppleXml,
  oura_json: parseOuraJson,
  fitbit_hrv_csv: parseFitbitHrvCsv,
  fit: parseFitFile,
} satisfies Record<ImportFormat, (path: string, options: ParseOptions) => Promise<ParsedFile>>;

const HEAD_BYTES = 4096;

async function headOf(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Reads a health export (Apple Health zip or XML, Oura API v2 JSON, Fitbit/Takeout HRV CSV, FIT)
 * into daily readings. A broken file throws `ImportFileError` naming the line, record or entry, and
 * returns nothing: the caller stores all of `readings` or none. Values outside a metric's range are
 * skipped and counted in `skipped`, not errors. `zone` places times that carry no offset.
 */
export async function parseHealthFile(path: string, options: ParseOptions): Promise<ImportSummary> {
  options.signal?.throwIfAborted();
  const format = options.format ?? detectFormat(basename(path), await headOf(path));
  if (!format)
    throw new ImportFileError(
      `${basename(path)}: not a recognised health export (Apple Health, Oura JSON, Fitbit HRV CSV, FIT)`,
    );
  const parsed = await PARSERS[format](path, options);
  return {
    format,
    ...parsed,
    ...(parsed.readings.length > 0 ? { firstAt: parsed.readings[0]!.at, lastAt: parsed.readings.at(-1)!.at } : {}),
  };
}
