import { describe, expect, it } from 'vitest';
import type { Progress, TrackView } from '../api/contract/tracks';
import { applyMoves } from './apply-moves';
import { backoffMs } from './backoff';

const track = (id: string, percent: number): TrackView => ({
  track: id,
  phase: 'awareness',
  completion_percentage: percent,
  milestones: [],
  next_action: {
    id: `${id}_next`,
    track: id,
    suggestion: 'next',
    technique: null,
    how: { kind: 'plan' },
    estimated_time: '5 min',
    minutes: 5,
    reason: 'rule',
  },
  last_activity: null,
  total_actions: 0,
});

const progress: Progress = {
  program: 'recovery',
  primary_track: 'self_work',
  primary_chosen: true,
  tracks: { self_work: track('self_work', 20), community: track('community', 0) },
  overall_progress: 5,
  journey_start_date: '2026-01-01',
  days_active: 1,
};

describe('applyMoves', () => {
  it('moves a bar at once when an event arrives', () => {
    const next = applyMoves(progress, 'recovery', [{ track: 'community', new: 10, phase: 'awareness' }]);
    expect(next?.tracks.community?.completion_percentage).toBe(10);
    expect(next?.tracks.self_work).toBe(progress.tracks.self_work);
  });

  it('never moves a bar back for a late or repeated event', () => {
    const next = applyMoves(progress, 'recovery', [{ track: 'self_work', new: 15, phase: 'awareness' }]);
    expect(next?.tracks.self_work?.completion_percentage).toBe(20);
  });

  it('leaves another program’s view alone', () => {
    expect(applyMoves(progress, 'health', [{ track: 'community', new: 50, phase: 'action' }])).toBe(progress);
  });
});

describe('backoffMs', () => {
  it('waits 1 s, 2 s, 4 s … and never more than 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 20].map(backoffMs)).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });
});
