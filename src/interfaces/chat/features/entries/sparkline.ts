const BARS = '▁▂▃▄▅▆▇█';

/**
 * Numbers on a scale as a line of bars (`▂▄▃▆█`), lowest bar for the scale's minimum and highest
 * for its maximum, so the same mood always draws the same bar. Values outside are clamped.
 */
export function sparkline(values: readonly number[], min: number, max: number): string {
  const span = Math.max(1, max - min);
  return values
    .map((value) => {
      const share = (Math.min(max, Math.max(min, value)) - min) / span;
      return BARS[Math.round(share * (BARS.length - 1))];
    })
    .join('');
}
