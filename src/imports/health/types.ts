import type { Reading } from '../../core/health/readings.js';

export const IMPORT_FORMATS = ['apple_health_zip', 'apple_health_xml', 'oura_json', 'fitbit_hrv_csv', 'fit'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportProgress {
  bytesRead: number;
  totalBytes: number | undefined;
  records: number;
  /** The file's last report, with every record counted: a progress line shows it whatever its pace. */
  done?: boolean;
}

export interface ImportSummary {
  format: ImportFormat;
  /** Source records read (XML `Record` elements, JSON documents, CSV rows, FIT data messages). */
  records: number;
  /** Normalised daily readings, sorted by `at`. */
  readings: Reading[];
  /** Why records gave no reading, e.g. `{ unsupported_type: 12345, out_of_range: 2 }`. */
  skipped: Record<string, number>;
  firstAt?: string;
  lastAt?: string;
}

export interface ParseOptions {
  format?: ImportFormat;
  /** The user's IANA zone, for files whose times carry no offset. */
  zone: string;
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
  /** Tighter (or looser) bounds than `IMPORT_LIMITS`, e.g. for a test that must meet one quickly. */
  limits?: Partial<ImportLimits>;
}

/** What one format's parser hands back; `parseHealthFile` adds the format and the first/last instants. */
export interface ParsedFile {
  records: number;
  readings: Reading[];
  skipped: Record<string, number>;
}

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
  /**
   * Apple HRV samples held until the file's workouts are known (they follow the records): a decade
   * of Apple Watch is ~40,000.
   */
  heldHrvSamples: number;
  /** Characters in one CSV line: a Takeout row is under 100. */
  lineChars: number;
  /**
   * Bytes the XML reader may take in without finishing a tag or a text (saxes holds an unfinished
   * one in memory): an Apple `<Record>` with its metadata is under 2 KB.
   */
  xmlPendingBytes: number;
}
