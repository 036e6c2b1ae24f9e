import { posix } from 'node:path';
import type { Readable, Transform } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { ImportFileError } from '../import-error.js';

/**
 * The export inside an `export.zip`, as a stream of its compressed bytes plus how to inflate them.
 * Read straight out of the archive, never unpacked to disk: a zip of 300 MB holds gigabytes of XML.
 *
 * The XML is found by place, not by exact name: the Health app names it in the phone's language
 * (`eksport.xml`, `exportar.xml`, `导出.xml`), next to `export_cda.xml` (a clinical document, never
 * translated) and folders of routes and ECGs.
 */
export interface ExportEntry {
  name: string;
  raw: Readable;
  /** A fresh inflater for a deflated entry; `undefined` when the entry is stored uncompressed. */
  inflate: (() => Transform) | undefined;
  uncompressedSize: number;
  close: () => void;
}

export async function openExportEntry(path: string): Promise<ExportEntry> {
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(path, { autoClose: false });
  } catch (error) {
    throw new ImportFileError(`not a complete zip archive: ${(error as Error).message}`);
  }
  try {
    const entry = await findExport(zip);
    if (entry.isEncrypted()) throw new ImportFileError(`${entry.fileName} is encrypted`, { entry: entry.fileName });
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
      throw new ImportFileError(`${entry.fileName} uses an unsupported compression method`, { entry: entry.fileName });
    // Raw bytes, so progress counts what was read from the archive rather than what it inflates to.
    const raw = await zip.openReadStreamPromise(entry, { decodeFileData: false });
    return {
      name: entry.fileName,
      raw,
      inflate: entry.compressionMethod === 8 ? () => createInflateRaw() : undefined,
      uncompressedSize: entry.uncompressedSize,
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(`damaged zip archive: ${(error as Error).message}`);
  }
}

async function findExport(zip: ZipFile): Promise<Entry> {
  const candidates: Entry[] = [];
  for await (const entry of zip.eachEntry()) {
    const parts = entry.fileName.split('/');
    const name = parts[parts.length - 1]!;
    const hidden = entry.fileName.startsWith('__MACOSX/') || name.startsWith('.');
    if (!hidden && parts.length <= 2 && posix.extname(name).toLowerCase() === '.xml' && name !== 'export_cda.xml')
      candidates.push(entry);
  }
  const byName = candidates.find((entry) => posix.basename(entry.fileName) === 'export.xml');
  // Otherwise the largest XML beside export_cda.xml: the localised export.xml.
  const chosen = byName ?? candidates.sort((left, right) => right.uncompressedSize - left.uncompressedSize)[0];
  if (!chosen) throw new ImportFileError('the zip holds no Apple Health export (apple_health_export/export.xml)');
  return chosen;
}
