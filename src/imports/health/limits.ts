import { detectFormat } from './detect-format.js';
import type { ImportFormat, ImportLimits, ParseOptions } from './types.js';

export type { ImportLimits } from './types.js';

const MB = 1024 * 1024;

/** Each figure's reason (the real exports it is fitted to) is beside its field in `ImportLimits` (types.ts). */
export const IMPORT_LIMITS: Readonly<ImportLimits> = Object.freeze({
  wholeFileBytes: Object.freeze({ oura_json: 64 * MB, fit: 32 * MB }),
  jsonContainers: 500_000,
  jsonDepth: 32,
  fitMessages: 2_000_000,
  records: 50_000_000,
  metricDays: 200_000,
  spansPerNight: 10_000,
  heldHrvSamples: 2_000_000,
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

export const megabytes = (bytes: number): string =>
  bytes < MB ? `${Math.round(bytes / 1024)} KB` : `${Math.round((bytes / MB) * 10) / 10} MB`;

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
export const limitsOf = (options: Pick<ParseOptions, 'limits'>): ImportLimits => ({
  ...IMPORT_LIMITS,
  ...options.limits,
});
