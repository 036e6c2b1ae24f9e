/** Percentile of already-sorted samples (nearest rank). */
export const percentile = (sorted: number[], percent: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((percent / 100) * sorted.length) - 1)] ?? NaN;

export interface Summary {
  n: number;
  median: number;
  p99: number;
  perSecond: number;
}

/** Times `fn` `runs` times (after `warmup` untimed runs); milliseconds. */
export async function measure(
  runs: number,
  fn: (i: number) => Promise<unknown> | unknown,
  warmup = Math.min(50, runs),
): Promise<Summary> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  const total = performance.now() - started;
  samples.sort((left, right) => left - right);
  return { n: runs, median: percentile(samples, 50), p99: percentile(samples, 99), perSecond: (runs / total) * 1000 };
}

export const ms = (value: number) => (value < 1 ? `${value.toFixed(3)} ms` : `${value.toFixed(2)} ms`);

export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  return rows
    .map(
      (row, rowIndex) =>
        row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ') +
        (rowIndex === 0 ? `\n${widths.map((width) => '-'.repeat(width)).join('  ')}` : ''),
    )
    .join('\n');
}
