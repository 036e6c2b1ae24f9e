import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import type { ProgressMeter } from './progress.js';

/** A small file (an API dump, a FIT activity) read whole, its bytes counted on the way in. */
export async function readWhole(path: string, meter: ProgressMeter): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of createReadStream(path)) {
    meter.addBytes((chunk as Buffer).length);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export const sizeOf = async (path: string): Promise<number> => (await stat(path)).size;

/** The lines of a text file, streamed (LF or CRLF), its bytes counted on the way in. */
export async function* linesOf(path: string, meter: ProgressMeter): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  for await (const chunk of createReadStream(path)) {
    meter.addBytes((chunk as Buffer).length);
    const lines = (pending + decoder.write(chunk as Buffer)).split('\n');
    pending = lines.pop()!;
    for (const line of lines) yield line.replace(/\r$/, '');
  }
  pending += decoder.end();
  if (pending !== '') yield pending.replace(/\r$/, '');
}
