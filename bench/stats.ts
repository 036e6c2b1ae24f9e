/** Percentile of already-sorted samples (nearest rank). */
export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

export interface Summary {
  n: number;
  median: number;
  p99: number;
  perSecond: number;
}

/** Times `fn` `n` times (after `warmup` untimed runs); milliseconds. */
export async function measure(
  n: number,
  fn: (i: number) => Promise<unknown> | unknown,
  warmup = Math.min(50, n),
): Promise<Summary> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    samples.push(performance.now() - t);
  }
  const total = performance.now() - started;
  samples.sort((a, b) => a - b);
  return { n, median: percentile(samples, 50), p99: percentile(samples, 99), perSecond: (n / total) * 1000 };
}

export const ms = (v: number) => (v < 1 ? `${v.toFixed(3)} ms` : `${v.toFixed(2)} ms`);

export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map(
      (r, ri) =>
        r.map((c, i) => c.padEnd(widths[i]!)).join('  ') +
        (ri === 0 ? `\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : ''),
    )
    .join('\n');
}
