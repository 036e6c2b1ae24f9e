import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ImportFileError } from '../import-error.js';
import type { ProgressMeter } from '../progress.js';
import { type AppleRecordSink, READ_METADATA } from './apple-records.js';

/**
 * Streams an Apple Health `export.xml` through saxes, chunk by chunk: the file is never held whole,
 * so a 4 GB export reads in the memory of one chunk plus the day totals.
 *
 * Only top-level `<Record>`s count (with the metadata entries inside them that we read), and
 * top-level `<Workout>`s for their spans. The DTD says records inside a `<Correlation>` also appear at
 * the top level, so reading both would count blood pressure or food twice. Export versions differ
 * in the DOCTYPE, the `HealthData locale=…` attribute and `ExportDate`; none of those is needed.
 */
export async function readAppleXml(
  chunks: AsyncIterable<Buffer>,
  sink: AppleRecordSink,
  meter: ProgressMeter,
  { entry, maxPendingBytes }: { entry?: string | undefined; maxPendingBytes: number },
): Promise<void> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const where = (line: number) => (entry ? { line, entry } : { line });
  let depth = 0;
  let sawRoot = false;
  let record: { attributes: Record<string, string>; line: number; metadata: Record<string, string> } | undefined;
  // saxes keeps an unfinished tag, attribute or text in memory until it ends: bytes fed since the
  // last thing it finished bound that, so a gigabyte attribute is refused, not held.
  let pending = 0;
  const finished = () => {
    pending = 0;
  };
  for (const event of ['text', 'comment', 'cdata', 'doctype', 'processinginstruction'] as const)
    parser.on(event, finished);
  parser.on('opentag', (tag: SaxesTagPlain) => {
    finished();
    depth += 1;
    if (depth === 1) {
      sawRoot = true;
      if (tag.name !== 'HealthData')
        throw new ImportFileError(`not an Apple Health export: the root element is <${tag.name}>`, where(parser.line));
    } else if (tag.name === 'Record' && depth === 2) {
      meter.addRecords();
      // Emitted when it closes: its <MetadataEntry> children (the motion context) come first.
      record = { attributes: tag.attributes, line: parser.line, metadata: {} };
    } else if (tag.name === 'MetadataEntry' && depth === 3 && record) {
      const key = tag.attributes.key;
      if (key !== undefined && READ_METADATA.has(key)) record.metadata[key] = tag.attributes.value ?? '';
    } else if (tag.name === 'Workout' && depth === 2) {
      sink.workout(tag.attributes, parser.line);
    }
  });
  parser.on('closetag', () => {
    finished();
    if (depth === 2 && record) {
      sink.record(record.attributes, record.line, record.metadata);
      record = undefined;
    }
    depth -= 1;
  });
  const decoder = new StringDecoder('utf8');
  const feed = (text: string, end: boolean) => {
    try {
      parser.write(text);
      if (end) parser.close();
    } catch (error) {
      if (error instanceof ImportFileError) throw error;
      // saxes prefixes "line:column: "; the line goes into `where` and the message names it once.
      const reason = (error as Error).message.replace(/^\d+:\d+: /, '');
      throw new ImportFileError(`line ${parser.line}: ${reason}`, where(parser.line));
    }
  };
  for await (const chunk of chunks) {
    feed(decoder.write(chunk), false);
    pending += chunk.length;
    if (pending > maxPendingBytes)
      throw new ImportFileError(
        `line ${parser.line}: one element or text runs over ${Math.round(maxPendingBytes / 1024)} KB`,
        where(parser.line),
      );
  }
  feed(decoder.end(), true);
  if (!sawRoot) throw new ImportFileError('not an Apple Health export: the file holds no XML element', where(1));
}
