import type { ImportFormat } from './types.js';

/**
 * The format of a file from its name and its first bytes (a few KB are plenty). Content wins over
 * the name: a renamed `export.xml` is still an Apple export, and Apple's localised names
 * (`eksport.xml`, `导出.xml`) say nothing in English.
 */
export function detectFormat(fileName: string, head: Buffer): ImportFormat | undefined {
  if (head.subarray(0, 4).toString('latin1') === 'PK\x03\x04') return 'apple_health_zip';
  if (head.length >= 12 && head.subarray(8, 12).toString('latin1') === '.FIT') return 'fit';
  const text = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.startsWith('<'))
    return /<(!DOCTYPE\s+)?HealthData\b/.test(text) || /\.xml$/i.test(fileName) ? 'apple_health_xml' : undefined;
  if (text.startsWith('{') || text.startsWith('[')) return 'oura_json';
  if (/^timestamp,rmssd\b/i.test(text)) return 'fitbit_hrv_csv';
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.fit')) return 'fit';
  if (lower.endsWith('.zip')) return 'apple_health_zip';
  return undefined;
}
