import { detectFormat } from './detect-format.js';
import type { ImportFormat, ParseOptions } from './types.js';

/**
 * What one import may hold. Every figure is fitted to real exports with room to spare, so a real
 * file never meets one, and a hostile file (a 500 MB "Oura export" of empty objects, a night of a
 * hundred million sleep spans) is refused early, in bounded memory, with the limit in the message.
 */
export interface ImportLimits {
  /**
   * The largest file of each format read whole (JSON.parse, the FIT decoder need it all in memory).
   * Oura: a sleep document with its 5-minute heart rate and HRV is ~5 KB, the three documents we
   * read come to ~3 MB a year, and a download of every endpoint for several years to tens of MB:
   * 64 MB. FIT: an activity is KB to a few MB (a day-long ultra at 1 s with HRV ~15 MB): 32 MB.
   */
  wholeFileBytes: Partial<Record<ImportFormat, number>>;
  /**
   * Objects and arrays in a JSON file, counted before it is parsed: years of the endpoints we read
   * hold ~50,000; JSON.parse of a few million empty objects takes gigabytes and minutes.
   */
  jsonContainers: number;
  /** Nesting depth of a JSON file: Oura's deepest is 5. */
  jsonDepth: number;
  /**
   * Data messages in a FIT file, counted before it is decoded: a day-long activity at one record a
   * second with beat-to-beat HRV is ~200,000; the decoder makes an object of each.
   */
  fitMessages: number;
  /** Records of any format (XML records, JSON documents, CSV rows): a decade of Apple Watch is ~25 million. */
  records: number;
  /** Distinct metric-days kept (the import's whole state): five metrics for a century is ~180,000. */
  metricDays: number;
  /** Sleep spans in one night, from every source together: a real night has dozens, a few hundred at most. */
  spansPerNight: number;
  /** Characters in one CSV line: a Takeout row is under 100. */
  lineChars: number;
  /**
   * Bytes the XML reader may take in without finishing a tag or a text (saxes holds an unfinished
   * one in memory): an Apple `<Record>` with its metadata is under 2 KB.
   */
  xmlPendingBytes: number;
}

const MB = 1024 * 1024;

export const IMPORT_LIMITS: Readonly<ImportLimits> = Object.freeze({
  wholeFileBytes: Object.freeze({ oura_json: 64 * MB, fit: 32 * MB }),
  jsonContainers: 500_000,
  jsonDepth: 32,
  fitMessages: 2_000_000,
  records: 50_000_000,
  metricDays: 200_000,
  spansPerNight: 10_000,
  lineChars: 64 * 1024,
  xmlPendingBytes: 4 * MB,
});

/** How people call each format in a refusal ("an Oura export is at most 64 MB"). */
export const FORMAT_NAMES: Record<ImportFormat, string> = {
  apple_health_zip: 'an Apple Health export.zip',
  apple_health_xml: 'an Apple Health export.xml',
  oura_json: 'an Oura export',
  fitbit_hrv_csv: 'a Fitbit HRV CSV',
  fit: 'a FIT file',
};

export const megabytes = (bytes: number): string => `${Math.round((bytes / MB) * 10) / 10} MB`;

/** "an Oura export is at most 64 MB; this one is larger" */
export const tooLargeMessage = (format: ImportFormat, maxBytes: number): string =>
  `${FORMAT_NAMES[format]} is at most ${megabytes(maxBytes)}; this one is larger`;

/** What an upload may be, told from its name and first bytes before the rest arrives. */
export interface UploadAdmission {
  format: ImportFormat;
  /** The most bytes this format is read from; `undefined` for a streamed format (only the server's upload limit). */
  maxBytes: number | undefined;
  /** Said when the file passes `maxBytes`. */
  tooLarge: string;
}

/**
 * The format an upload will be read as and the size it may reach, from its name and its first few
 * KB, so a receiver can refuse a file too large for its format as the bytes arrive (or at once, from
 * a Content-Length) instead of storing and then reading it. `undefined`: not a format we read.
 */
export function admitUpload(fileName: string, head: Uint8Array): UploadAdmission | undefined {
  const format = detectFormat(fileName, Buffer.from(head.buffer, head.byteOffset, head.byteLength));
  if (!format) return undefined;
  const maxBytes = IMPORT_LIMITS.wholeFileBytes[format];
  return { format, maxBytes, tooLarge: maxBytes === undefined ? '' : tooLargeMessage(format, maxBytes) };
}

/** The limits one parse works under: `IMPORT_LIMITS` with the caller's overrides. */
export const limitsOf = (options: Pick<ParseOptions, 'limits'>): ImportLimits => ({ ...IMPORT_LIMITS, ...options.limits });
