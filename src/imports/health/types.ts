import type { Reading } from '../../core/health/readings.js';
import type { ImportLimits } from './limits.js';

export const IMPORT_FORMATS = ['apple_health_zip', 'apple_health_xml', 'oura_json', 'fitbit_hrv_csv', 'fit'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportProgress {
  bytesRead: number;
  totalBytes: number | undefined;
  records: number;
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
