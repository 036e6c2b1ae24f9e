// Issue 54's import bar: an HTTP import of a large Apple Health export never holds the file or its records in memory;
// the server grows by ≤ 50 MB on a 150 MB export. A real `stepwise serve` (compiled, the flags `npm start` uses) on a
// fresh SQLite file; its resident memory sampled every 50 ms while the export is uploaded and imported, against the
// same server idle just before (the baseline, same run).
// `npx tsx bench/http-import.ts` (BENCH_HTTP_IMPORT_MB, default 150), or `benchHttpImport()` from bench/run.ts.
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import { pathToFileURL } from 'node:url';
import { generateExport } from './health-import.js';
import { table } from './stats.js';
import { startStepwise } from './stepwise-process.js';

const BAR_MB = 50;

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

export async function benchHttpImport(megabytes = Number(process.env.BENCH_HTTP_IMPORT_MB ?? 150)): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-http-import-'));
  const file = join(dir, 'export.xml');
  await generateExport(file, megabytes);
  const server = await startStepwise(dir, {
    via: 'serve',
    nodeArgs: ['--expose-gc', '--max-semi-space-size=8'],
    env: { IMPORT_MAX_MB: String(megabytes * 2) },
  });
  const base = server.url;
  const token = server.token();
  const auth = { authorization: `Bearer ${token}` };
  await fetch(`${base}/api/programs/health/enroll`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: '{}',
  });
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const idle = rssMb(server.child.pid!);
  let peak = idle;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(server.child.pid!))), 50);
  const startedAt = performance.now();
  const response = await fetch(`${base}/api/health/imports?filename=export.xml`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/octet-stream' },
    body: Readable.toWeb(createReadStream(file)) as ReadableStream,
    duplex: 'half',
  } as RequestInit);
  const answer = (await response.json()) as { records?: number; added?: number };
  const seconds = (performance.now() - startedAt) / 1000;
  clearInterval(sampler);
  const after = rssMb(server.child.pid!);
  const size = statSync(file).size / 2 ** 20;
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
  const mb = (value: number) => `${value.toFixed(0)} MB`;
  return [
    `HTTP import of a ${size.toFixed(0)} MB Apple export (a real server; baseline: the same server idle before it):`,
    table([
      ['measure', 'value', 'bar'],
      ['answer', `${response.status}: ${answer.records ?? '?'} records, ${answer.added ?? '?'} readings added`, '200'],
      ['time', `${seconds.toFixed(1)} s (${(size / seconds).toFixed(1)} MB/s)`, ''],
      ['server idle before (baseline)', mb(idle), ''],
      ['peak during the import', `${mb(peak)} (+${mb(peak - idle)})`, `≤ +${BAR_MB} MB`],
      ['after', `${mb(after)} (+${mb(after - idle)})`, ''],
    ]),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log((await benchHttpImport()).join('\n'));
