import { describe, expect, it } from 'vitest';
import type { GoalHistory } from '../../api/contract/goals';
import type { PlanTask, Today } from '../../api/contract/health';
import type { Progress, TrackView } from '../../api/contract/tracks';
import { dayDone, nothingYet } from './day-summary';

// 23:30 in UTC on the 27th is already the 28th in Moscow (UTC+3).
const NOW = Date.parse('2026-11-27T23:30:00Z');

const plan = {
  date: '2026-11-27',
  tasks: [
    { task_id: 'walk', title: 'Walk', archetype_specific_title: '', outcome: 'done' },
    { task_id: 'water', title: 'Water', archetype_specific_title: 'A glass of water', outcome: 'partial' },
    { task_id: 'stretch', title: 'Stretch', archetype_specific_title: '', outcome: 'skipped' },
    { task_id: 'read', title: 'Read', archetype_specific_title: '', outcome: null },
  ] as PlanTask[],
} as Today;

const history = {
  steps: [
    { number: 1, text: 'Buy strings', completed_at: '2026-11-26T10:00:00Z' },
    { number: 2, text: 'Tune the guitar', completed_at: '2026-11-27T22:00:00Z' },
  ],
} as GoalHistory;

const track = (last: string | null, milestones: Array<[string, string]>) =>
  ({
    last_activity: last,
    milestones: milestones.map(([name, at]) => ({ type: 'm', name, description: '', achieved_at: at })),
  }) as TrackView;
const progress = {
  tracks: {
    self_work: track('2026-11-27T21:00:00Z', [
      ['First check-in', '2026-11-27T21:00:00Z'],
      ['Older', '2026-11-20T21:00:00Z'],
    ]),
    connection: track('2026-11-25T21:00:00Z', []),
  },
} as unknown as Progress;

describe('what Today’s summary counts as done today', () => {
  it('lists the steps, tasks done or partly done, and milestones of the day in the person’s zone', () => {
    expect(dayDone({ plan, history, progress }, NOW, 'UTC')).toEqual({
      steps: ['Tune the guitar'],
      tasks: ['Walk', 'A glass of water'],
      milestones: ['First check-in'],
      practised: 1,
    });
  });

  it('starts a new day at the person’s midnight: in Moscow yesterday’s plan and step are behind them', () => {
    const history = {
      steps: [{ number: 1, text: 'Buy strings', completed_at: '2026-11-27T20:00:00Z' }],
    } as GoalHistory;
    const done = dayDone({ plan, history, progress }, NOW, 'Europe/Moscow');
    // 20:00 UTC is 23:00 on the 27th there; 21:00 UTC is already the 28th.
    expect(done).toEqual({ steps: [], tasks: [], milestones: ['First check-in'], practised: 1 });
    expect(nothingYet(done)).toBe(false);
    expect(nothingYet(dayDone({ plan, history }, NOW, 'Europe/Moscow'))).toBe(true);
  });
});
