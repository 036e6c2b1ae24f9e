import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { ImportFileError } from './import-error.js';
import { tooLargeMessage } from './limits.js';
import type { ProgressMeter } from './progress.js';
import type { ImportFormat } from './types.js';

/**
 * A small file (an API dump, a FIT activity) read whole, its bytes counted on the way in. A file
 * over its format's limit is refused before a byte is read, and again if it grows while being read.
 */
export async function readWhole(
  path: string,
  meter: ProgressMeter,
  limit: { format: ImportFormat; maxBytes: number },
): Promise<Buffer> {
  const tooLarge = () => new ImportFileError(tooLargeMessage(limit.format, limit.maxBytes), {});
  if ((await sizeOf(path)) > limit.maxBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    meter.addBytes((chunk as Buffer).length);
    bytes += (chunk as Buffer).length;
    if (bytes > limit.maxBytes) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export const sizeOf = async (path: string): Promise<number> => (await stat(path)).size;

/**
 * The lines of a text file, streamed (LF or CRLF), its bytes counted on the way in. A line longer
 * than `maxChars` is refused as it grows: a file without line breaks would otherwise be held whole.
 */
export async function* linesOf(path: string, meter: ProgressMeter, maxChars: number): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let lineNumber = 0;
  for await (const chunk of createReadStream(path)) {
    meter.addBytes((chunk as Buffer).length);
    const lines = (pending + decoder.write(chunk as Buffer)).split('\n');
    pending = lines.pop()!;
    if (pending.length > maxChars) {
      const line = lineNumber + lines.length + 1;
      throw new ImportFileError(`line ${line}: longer than ${maxChars.toLocaleString('en')} characters`, { line });
    }
    for (const line of lines) {
      lineNumber += 1;
      yield line.replace(/\r$/, '');
    }
  }
  pending += decoder.end();
  if (pending !== '') yield pending.replace(/\r$/, '');
}
