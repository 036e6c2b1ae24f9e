import { Transform, type TransformCallback } from 'node:stream';
import { ImportFileError } from './import-error.js';
import { IMPORT_LIMITS } from './limits.js';
import type { ImportProgress } from './types.js';

/** At most about ten reports a second: a progress bar needs no more, and a callback per chunk would. */
const INTERVAL_MS = 100;

/** Counts bytes and records and reports them through `onProgress`, throttled; checks for an abort. */
export class ProgressMeter {
  private bytesRead = 0;
  private records = 0;
  private lastReport = 0;

  constructor(
    private readonly totalBytes: number | undefined,
    private readonly onProgress?: (progress: ImportProgress) => void,
    private readonly signal?: AbortSignal,
    /** Beyond this many records the file is refused: bytes are bounded by the upload, CPU by this. */
    private readonly maxRecords: number = IMPORT_LIMITS.records,
  ) {}

  addBytes(count: number): void {
    this.signal?.throwIfAborted();
    this.bytesRead += count;
    this.report(false);
  }

  addRecords(count = 1): void {
    this.records += count;
    if (this.records > this.maxRecords)
      throw new ImportFileError(
        `more than ${this.maxRecords.toLocaleString('en')} records: more than any real export holds`,
        { record: this.records },
      );
  }

  get recordCount(): number {
    return this.records;
  }

  /** Reports now if a report is due (or always, with `force`, at the end of a file). */
  report(force: boolean): void {
    if (!this.onProgress) return;
    const now = Date.now();
    if (!force && now - this.lastReport < INTERVAL_MS) return;
    this.lastReport = now;
    this.onProgress({ bytesRead: this.bytesRead, totalBytes: this.totalBytes, records: this.records, done: force });
  }

  /** A pass-through stream that counts the bytes flowing through it (the file's, or a zip's compressed ones). */
  counter(): Transform {
    return new Transform({
      transform: (chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) => {
        try {
          this.addBytes(chunk.length);
          done(null, chunk);
        } catch (error) {
          done(error as Error);
        }
      },
    });
  }
}
