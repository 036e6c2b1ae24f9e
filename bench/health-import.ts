// Apple Health import (issue 12's bar: a 500 MB synthetic export imports in bounded memory, RSS growth
// < 200 MB, throughput reported). The export is generated into the system temp directory with the
// record mix of a real watch wearer (spot heart rate every few minutes, step counts, daily HRV and
// resting heart rate, a night of sleep stages from the Watch and in-bed time from the iPhone),
// imported, and deleted. Runs alone: `npx tsx bench/health-import.ts` (BENCH_IMPORT_MB=50 for a
// quick look); `benchHealthImport()` returns rows in the table shape of `npm run bench`.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseHealthFile } from '../src/imports/health/index.js';
import { table } from './stats.js';

const MB = 1024 * 1024;
const DAY = 86_400_000;
const WATCH =
  'sourceName="Apple Watch von Anna" sourceVersion="10.1" device="&lt;&lt;HKDevice: 0x281f3c2d0&gt;, name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:Watch6,2, software:10.1&gt;"';
const PHONE = 'sourceName="iPhone von Anna" sourceVersion="17.1"';
const HEADER = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!-- HealthKit Export Version: 14 -->
<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary)*)>
<!ATTLIST HealthData
  locale CDATA #REQUIRED
>
]>
<HealthData locale="de_DE">
 <ExportDate value="2024-01-01 09:00:00 +0100"/>
 <Me HKCharacteristicTypeIdentifierDateOfBirth="" HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexNotSet" HKCharacteristicTypeIdentifierBloodType="HKBloodTypeNotSet" HKCharacteristicTypeIdentifierFitzpatrickSkinType="HKFitzpatrickSkinTypeNotSet"/>
`;

/** "2015-01-01 07:05:00 +0100": the export's own date form, at a fixed +01:00 (enough for a bench). */
const stamp = (ms: number) => `${new Date(ms + 3_600_000).toISOString().slice(0, 19).replace('T', ' ')} +0100`;

function record(type: string, source: string, start: number, end: number, value: string, unit?: string): string {
  const unitText = unit ? ` unit="${unit}"` : '';
  return ` <Record type="${type}" ${source}${unitText} creationDate="${stamp(end)}" startDate="${stamp(start)}" endDate="${stamp(end)}" value="${value}"/>\n`;
}

/** One day of records, about 420 of them (~190 KB): the bulk is spot heart rate and step counts. */
function dayOf(midnight: number, seed: number): string {
  const parts: string[] = [];
  for (let minute = 0; minute < 1440; minute += 5) {
    const at = midnight + minute * 60_000;
    const heartRate = `<Record type="HKQuantityTypeIdentifierHeartRate" ${WATCH} unit="count/min" creationDate="${stamp(at)}" startDate="${stamp(at)}" endDate="${stamp(at)}" value="${60 + ((minute + seed) % 37)}">\n  <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="0"/>\n </Record>\n`;
    parts.push(` ${heartRate}`);
    if (minute % 12 === 0 && minute >= 420 && minute < 1380)
      parts.push(
        record('HKQuantityTypeIdentifierStepCount', PHONE, at, at + 600_000, String(40 + (seed % 400)), 'count'),
      );
  }
  for (const hour of [3, 9, 14, 19, 23])
    parts.push(
      record(
        'HKQuantityTypeIdentifierHeartRateVariabilitySDNN',
        WATCH,
        midnight + hour * 3_600_000,
        midnight + hour * 3_600_000 + 60_000,
        String(30 + ((seed * hour) % 50)),
        'ms',
      ),
    );
  parts.push(
    record(
      'HKQuantityTypeIdentifierRestingHeartRate',
      WATCH,
      midnight + 240_000,
      midnight + DAY - 300_000,
      String(50 + (seed % 9)),
      'count/min',
    ),
  );
  // The night ending this morning: iPhone in bed 23:00–07:00, Watch stages in 30-minute cycles.
  const bedtime = midnight - 3_600_000;
  parts.push(
    record(
      'HKCategoryTypeIdentifierSleepAnalysis',
      PHONE,
      bedtime,
      bedtime + 8 * 3_600_000,
      'HKCategoryValueSleepAnalysisInBed',
    ),
  );
  const stages = ['AsleepCore', 'AsleepDeep', 'AsleepCore', 'AsleepREM', 'Awake'];
  for (let i = 0; i < 15; i++) {
    const start = bedtime + 900_000 + i * 1_800_000;
    parts.push(
      record(
        'HKCategoryTypeIdentifierSleepAnalysis',
        WATCH,
        start,
        start + 1_800_000,
        `HKCategoryValueSleepAnalysis${stages[i % stages.length]}`,
      ),
    );
  }
  return parts.join('');
}

/** Writes days until the file reaches `megabytes`; returns the number of days written. */
export async function generateExport(path: string, megabytes: number): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  let days = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(HEADER);
  const first = Date.UTC(2015, 0, 1) - 3_600_000;
  while (bytes < megabytes * MB) {
    await write(dayOf(first + days * DAY, days));
    days += 1;
  }
  await write('</HealthData>\n');
  out.end();
  await once(out, 'finish');
  return days;
}

export interface ImportBench {
  megabytes: number;
  days: number;
  seconds: number;
  mbPerSecond: number;
  rssGrowthMb: number;
  records: number;
  readings: number;
  rows: string[][];
}

interface Measured {
  seconds: number;
  rssGrowthMb: number;
  records: number;
  readings: number;
}

/** The import itself, in a process of its own: its RSS before and at peak is the import's alone. */
async function measureImport(path: string): Promise<Measured> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
  const sampler = setInterval(sample, 50);
  const started = performance.now();
  const summary = await parseHealthFile(path, { zone: 'Europe/Berlin', onProgress: sample });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  sample();
  return { seconds, rssGrowthMb: (peak - before) / MB, records: summary.records, readings: summary.readings.length };
}

/** Runs `measureImport` in a child Node process (tsx loader), so the generator's buffers do not count. */
async function measureInChild(path: string): Promise<Measured> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--measure', path], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`the import process exited with ${code}`);
  return JSON.parse(output.trim().split('\n').at(-1)!) as Measured;
}

export async function benchHealthImport(megabytes = Number(process.env.BENCH_IMPORT_MB ?? 500)): Promise<ImportBench> {
  const dir = await mkdtemp(join(tmpdir(), 'stepwise-bench-import-'));
  try {
    const path = join(dir, 'export.xml');
    const days = await generateExport(path, megabytes);
    const size = (await stat(path)).size;
    const measured = await measureInChild(path);
    const result = { ...measured, megabytes: size / MB, days, mbPerSecond: size / MB / measured.seconds };
    return { ...result, rows: rowsOf(result) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function rowsOf(result: Omit<ImportBench, 'rows'>): string[][] {
  return [
    [
      `health import: ${result.megabytes.toFixed(0)} MB Apple export.xml (${result.records.toLocaleString('en')} records, ${result.days} days)`,
      `${result.seconds.toFixed(1)} s`,
      '',
      `${result.mbPerSecond.toFixed(1)} MB/s`,
      `RSS +${result.rssGrowthMb.toFixed(0)} MB (bar < 200 MB)`,
    ],
  ];
}

if (process.argv[2] === '--measure') {
  console.log(JSON.stringify(await measureImport(process.argv[3]!)));
} else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchHealthImport();
  console.log(`Apple Health import benchmark (Node ${process.version})\n`);
  console.log(table([['measure', 'time', '', 'throughput', 'memory'], ...result.rows]));
  console.log(`\n${result.readings} daily readings; bar: RSS growth < 200 MB.`);
  if (result.rssGrowthMb >= 200) process.exitCode = 1;
}
