import type { HistoryPoint, TrackHistory } from '../../api/contract/tracks';

/** One ledger row with its track's name: a point of the chart, a row of the table. */
export interface Change extends HistoryPoint {
  track: string;
  name: string;
  /** Unix seconds (uPlot's x). */
  time: number;
}

const seconds = (iso: string) => Math.round(Date.parse(iso) / 1000);

/** "🧠 Self Work". */
export const labelOf = (track: { emoji: string; name: string }) => `${track.emoji} ${track.name}`.trim();

/** Every ledger row of every track, oldest first. */
export function changes(history: TrackHistory): Change[] {
  return history.tracks
    .flatMap((track) =>
      track.points.map((point) => ({ ...point, track: track.track, name: labelOf(track), time: seconds(point.at) })),
    )
    .sort((first, second) => first.time - second.time);
}

/**
 * uPlot's aligned data: one x per moment anything moved, and per track its progress at that
 * moment — carried forward from its last row (progress holds between rows), null before its first.
 */
export function aligned(history: TrackHistory): { xs: number[]; ys: Array<Array<number | null>> } {
  const xs = [...new Set(changes(history).map((change) => change.time))].sort((first, second) => first - second);
  const ys = history.tracks.map((track) => {
    const points = track.points.map((point) => ({ time: seconds(point.at), progress: point.progress }));
    points.sort((first, second) => first.time - second.time);
    let next = 0;
    let last: number | null = null;
    return xs.map((time) => {
      while (next < points.length && points[next]!.time <= time) last = points[next++]!.progress;
      return last;
    });
  });
  return { xs, ys };
}

/** The rows behind one moment of the chart: why it moved then. */
export const changesAt = (all: Change[], time: number): Change[] => all.filter((change) => change.time === time);

/** Half an hour: the least padding either side of the points on the time axis. */
const MIN_PAD_SECONDS = 30 * 60;

/**
 * The x range: the points plus a margin. uPlot's own range for points seconds apart (a new
 * person's first actions) or a single point spans years, which reads as "nothing happened".
 */
export function timeRange(min: number, max: number): [number, number] {
  const pad = Math.max((max - min) * 0.05, MIN_PAD_SECONDS);
  return [min - pad, max + pad];
}

/**
 * The x range from the chart's own points. uPlot widens a single point's range by "a day" counted in the wrong unit
 * (86,400,000 s: three years, labelled "Jan 1" thrice), so the span is taken from the data, not from uPlot.
 */
export function dataRange(xs: ArrayLike<number>, min: number, max: number): [number, number] {
  return xs.length > 0 ? timeRange(xs[0]!, xs[xs.length - 1]!) : timeRange(min, max);
}
