import type { BiometricStore } from '../../../core/health/biometrics/stores.port.js';
import type { TriggerDef } from '../../../core/health/biometrics/triggers.js';
import type { Reading } from '../../../core/health/readings.js';
import type { IdSource } from '../../../core/ports.js';
import type { EventBus } from '../../../core/tracks/events.js';
import type { WorkGate } from '../../work-gate.js';
import type { HealthDeps } from '../deps.js';

export interface ImportProgress {
  bytesRead: number;
  totalBytes: number | undefined;
  records: number;
  /** The file's last report, with every record counted: a progress line shows it whatever its pace. */
  done?: boolean;
}

/** Reads a device export into normalised readings (src/imports implements it); throws on a broken file. */
export interface HealthFileParser {
  parse(
    path: string,
    options: { zone: string; onProgress?: (progress: ImportProgress) => void; signal?: AbortSignal },
  ): Promise<{ format: string; records: number; readings: Reading[]; skipped: Record<string, number> }>;
  /**
   * The format a file will be read as and the most bytes it may have, from its name and first few KB
   * (`maxBytes` undefined: streamed, any size); `undefined` when it is no format we read. Lets a
   * receiver refuse an oversized file while it arrives.
   */
  admit?(fileName: string, head: Uint8Array): UploadAdmission | undefined;
}

export interface UploadAdmission {
  format: string;
  maxBytes: number | undefined;
  /** What to say when the file passes `maxBytes` ("an Oura export is at most 64 MB; this one is larger"). */
  tooLarge: string;
}

/** What the biometric use cases need beside the health program's own effects. */
export interface BiometricDeps {
  health: HealthDeps;
  store: BiometricStore;
  /** `content/health/triggers.yaml`. */
  triggers: readonly TriggerDef[];
  bus: Pick<EventBus, 'publish'>;
  ids: IdSource;
  parser?: HealthFileParser;
  /** One import per person at a time, a few per process (reading a file is memory and CPU). */
  importGate?: WorkGate;
}
