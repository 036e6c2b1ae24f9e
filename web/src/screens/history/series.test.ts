import { describe, expect, it } from 'vitest';
import type { TrackHistory } from '../../api/contract/tracks';
import { aligned, changes, changesAt, dataRange, timeRange } from './series';

const point = (at: string, progress: number, delta: number, action: string) => ({
  at,
  progress,
  delta,
  action_type: action,
  action,
  source: 'telegram',
});

const history: TrackHistory = {
  program: 'recovery',
  tracks: [
    {
      track: 'self_work',
      name: 'Self Work',
      emoji: '🧠',
      points: [point('2026-01-01T10:00:00Z', 10, 10, 'Check-in'), point('2026-01-02T10:00:00Z', 25, 15, 'Letter')],
    },
    { track: 'community', name: 'Community', emoji: '🌍', points: [point('2026-01-02T10:00:00Z', 5, 5, 'Letter')] },
    { track: 'negotiation', name: 'Negotiation', emoji: '🤝', points: [] },
  ],
};

describe('history series', () => {
  it('lists every ledger row oldest first, named with its track', () => {
    expect(changes(history).map((change) => `${change.name} ${change.progress}`)).toEqual([
      '🧠 Self Work 10',
      '🧠 Self Work 25',
      '🌍 Community 5',
    ]);
  });

  it('carries each track forward between its rows and leaves it empty before its first', () => {
    const { xs, ys } = aligned(history);
    expect(xs).toHaveLength(2);
    expect(ys).toEqual([
      [10, 25],
      [null, 5],
      [null, null],
    ]);
  });

  it('finds why the chart moved at a moment: every row written then', () => {
    const all = changes(history);
    const { xs } = aligned(history);
    expect(changesAt(all, xs[1]!).map((change) => `${change.track} +${change.delta}`)).toEqual([
      'self_work +15',
      'community +5',
    ]);
  });
});

describe('the time axis', () => {
  it('spans about an hour around points seconds apart, not years', () => {
    const [from, to] = timeRange(1_700_000_000, 1_700_000_004);
    expect(to - from).toBeGreaterThanOrEqual(3600);
    expect(to - from).toBeLessThan(2 * 3600);
    expect(from).toBeLessThan(1_700_000_000);
    expect(to).toBeGreaterThan(1_700_000_004);
  });

  it('spans about an hour around a single point, whatever range uPlot proposes for it', () => {
    // uPlot's own proposal for one point: the point and 86,400,000 s later (three years).
    const [from, to] = dataRange([1_700_000_000], 1_700_000_000, 1_786_400_000);
    expect(to - from).toBe(3600);
    expect(from).toBe(1_700_000_000 - 1800);
  });

  it('keeps a long history to its own span with a small margin', () => {
    const day = 86_400;
    const [from, to] = timeRange(0, 100 * day);
    expect(from).toBe(-5 * day);
    expect(to).toBe(105 * day);
  });
});
