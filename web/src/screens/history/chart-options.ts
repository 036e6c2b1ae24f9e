import uPlot from 'uplot';
import type { Locale } from '../../api/contract/common';
import { dataRange } from './series';
import { timeAxisLabels } from './time-axis';

const cssVar = (name: string, fallback: string) =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;

/** Four series colours per theme (theme.css `--series-N`, 3:1 against the card); dashes tell them apart too. */
const FALLBACK_COLORS = ['#2f7d6d', '#b5612a', '#5a63b8', '#a3476e'];
const DASHES: Array<number[] | undefined> = [undefined, [6, 4], [2, 3], [10, 3, 2, 3]];

export const seriesColor = (i: number) =>
  cssVar(`--series-${(i % FALLBACK_COLORS.length) + 1}`, FALLBACK_COLORS[i % FALLBACK_COLORS.length]!);
export const seriesDash = (i: number) => DASHES[i % DASHES.length];

/** uPlot's options: time on x, 0–100 % on y, one line per track, the app's own legend and details. */
export function chartOptions(
  names: string[],
  width: number,
  onCursor: (idx: number | null) => void,
  reader: { locale: Locale; timeZone: string | undefined },
): uPlot.Options {
  const timeLabels = timeAxisLabels(reader.locale, reader.timeZone);
  const text = cssVar('--text', '#1d2822');
  const grid = cssVar('--border', '#d6ddd8');
  const axis = { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
  return {
    width,
    height: Math.max(220, Math.min(360, Math.round(width * 0.55))),
    legend: { show: false },
    cursor: { drag: { x: false, y: false }, points: { size: 10 } },
    scales: {
      x: { time: true, range: (self, min, max) => dataRange(self.data[0] as ArrayLike<number>, min, max) },
      y: { range: [0, 100] },
    },
    // Ticks fall on the account's midnights and hours, labelled in its zone and the person's language.
    ...(reader.timeZone && { tzDate: (ts: number) => uPlot.tzDate(new Date(ts * 1000), reader.timeZone!) }),
    axes: [
      { ...axis, values: (_self, ticks, _axis, _space, increment) => timeLabels(ticks, increment) },
      { ...axis, values: (_self, ticks) => ticks.map((tick) => `${tick}%`) },
    ],
    series: [
      {},
      ...names.map((name, i) => ({
        label: name,
        stroke: seriesColor(i),
        width: 2,
        dash: seriesDash(i),
        spanGaps: true,
        // Progress holds between ledger rows and jumps at each: a step, not a slope.
        paths: uPlot.paths.stepped?.({ align: 1 }),
        points: { show: true, size: 6 },
      })),
    ],
    hooks: { setCursor: [(self: uPlot) => onCursor(self.cursor.idx ?? null)] },
  };
}
