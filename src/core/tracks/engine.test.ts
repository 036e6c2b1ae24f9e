import { describe, expect, it } from 'vitest';
import { applyAction, overallProgress, type ProgramRules } from './engine.js';
import { newTrackState, phaseOf, type TrackState } from './model.js';

/** A small program: a letter moves the child track and, less, the self track; a check-in only self. */
const rules: ProgramRules = {
  id: 'test',
  tracks: [{ id: 'self' }, { id: 'child' }, { id: 'court' }],
  actions: [
    {
      id: 'letter',
      impacts: [
        { track: 'child', delta: 10 },
        { track: 'self', delta: 5 },
      ],
    },
    { id: 'checkin', impacts: [{ track: 'self', delta: 30 }] },
  ],
  milestones: [
    { kind: 'progress', id: 'self_half', track: 'self', atLeast: 50, relaxedAtLeast: 30 },
    { kind: 'action', id: 'three_letters', track: 'child', action: 'letter', count: 3, relaxedCount: 2 },
  ],
};

const AT = new Date('2026-11-23T10:00:00Z');
const EARLIER = new Date('2026-11-01T10:00:00Z');

const fresh = (): TrackState[] => rules.tracks.map((track) => newTrackState(track.id));
const withCompletion = (states: TrackState[], track: string, completion: number) =>
  states.map((state) =>
    state.track === track
      ? { ...state, completion, phase: phaseOf(completion), lastProgressAt: EARLIER, lastActivityAt: EARLIER }
      : state,
  );
const apply = (
  states: TrackState[],
  actionType: string,
  extra: { timesDone?: number; strict?: boolean; achieved?: string[] } = {},
) =>
  applyAction(rules, states, {
    actionType,
    timesDone: extra.timesDone ?? 1,
    achieved: new Set(extra.achieved ?? []),
    strict: extra.strict ?? true,
    at: AT,
  });
const byTrack = (states: TrackState[]) => Object.fromEntries(states.map((state) => [state.track, state]));

describe('the track engine (pure)', () => {
  it('moves every track an action impacts by its delta, and reports each change with its phases', () => {
    const outcome = apply(fresh(), 'letter');
    expect(outcome.changes).toEqual([
      { track: 'child', delta: 10, oldPct: 0, newPct: 10, oldPhase: 'awareness', newPhase: 'awareness' },
      { track: 'self', delta: 5, oldPct: 0, newPct: 5, oldPhase: 'awareness', newPhase: 'awareness' },
    ]);
    const after = byTrack(outcome.states);
    expect([after.child!.completion, after.self!.completion, after.court!.completion]).toEqual([10, 5, 0]);
    expect(after.child!.lastActivityAt).toEqual(AT);
    expect(after.child!.totalActions).toBe(1);
  });

  it('leaves a track the action does not touch exactly as it was', () => {
    const before = withCompletion(fresh(), 'court', 40);
    const after = byTrack(apply(before, 'letter').states);
    expect(after.court).toEqual(byTrack(before).court);
  });

  it('caps completion at 100 and never takes progress away; a capped track still counts the activity', () => {
    const before = withCompletion(fresh(), 'self', 95);
    const first = apply(before, 'checkin');
    expect(first.changes).toEqual([
      { track: 'self', delta: 5, oldPct: 95, newPct: 100, oldPhase: 'mastery', newPhase: 'mastery' },
    ]);
    const second = apply(first.states, 'checkin');
    expect(second.changes[0]).toMatchObject({ delta: 0, oldPct: 100, newPct: 100 });
    const self = byTrack(second.states).self!;
    expect(self.completion).toBe(100);
    expect(self.totalActions).toBe(2);
    expect(self.lastActivityAt).toEqual(AT);
  });

  it('keeps the time of the last real progress when a capped track does not move', () => {
    const before = withCompletion(fresh(), 'self', 100);
    const self = byTrack(apply(before, 'checkin').states).self!;
    expect(self.lastProgressAt).toEqual(EARLIER);
    expect(self.lastActivityAt).toEqual(AT);
  });

  it('changes the phase as completion crosses 25, 50 and 75', () => {
    let states = fresh();
    const phases: string[] = [];
    for (let i = 0; i < 3; i++) {
      const outcome = apply(states, 'checkin');
      phases.push(`${outcome.changes[0]!.oldPhase}→${outcome.changes[0]!.newPhase}`);
      states = outcome.states;
    }
    expect(phases).toEqual(['awareness→expression', 'expression→action', 'action→mastery']);
  });

  it('fires a progress milestone once its threshold is reached, and never a second time', () => {
    const first = apply(withCompletion(fresh(), 'self', 25), 'checkin');
    expect(first.milestones).toEqual([{ id: 'self_half', track: 'self', metadata: { completion: 55 } }]);
    const again = apply(first.states, 'checkin', { achieved: ['self_half'] });
    expect(again.milestones).toEqual([]);
  });

  it('applies the relaxed thresholds only when milestones are not strict', () => {
    const states = apply(fresh(), 'checkin').states; // self at 30
    expect(apply(states, 'letter', { strict: true }).milestones.map((milestone) => milestone.id)).toEqual([]);
    expect(apply(fresh(), 'checkin', { strict: false }).milestones.map((milestone) => milestone.id)).toEqual([
      'self_half',
    ]);
  });

  it('fires an action milestone on the n-th time the action is done (relaxed count when not strict)', () => {
    expect(apply(fresh(), 'letter', { timesDone: 2 }).milestones).toEqual([]);
    expect(apply(fresh(), 'letter', { timesDone: 3 }).milestones).toEqual([
      { id: 'three_letters', track: 'child', metadata: { times: 3 } },
    ]);
    expect(
      apply(fresh(), 'letter', { timesDone: 2, strict: false }).milestones.map((milestone) => milestone.id),
    ).toEqual(['three_letters']);
    expect(apply(fresh(), 'checkin', { timesDone: 5 }).milestones).toEqual([]);
  });

  it('does not change the states it was given', () => {
    const before = withCompletion(fresh(), 'self', 20);
    const copy = structuredClone(before);
    apply(before, 'letter');
    expect(before).toEqual(copy);
  });

  it('refuses an action type the program does not know', () => {
    expect(() => apply(fresh(), 'unknown_action')).toThrow('unknown action type unknown_action');
  });

  it('counts overall progress as the rounded mean of the tracks, whichever is the focus', () => {
    expect(overallProgress([])).toBe(0);
    const states = withCompletion(withCompletion(fresh(), 'self', 50), 'child', 25);
    expect(overallProgress(states)).toBe(25);
    expect(overallProgress([...states].reverse())).toBe(25);
    expect(overallProgress(withCompletion(fresh(), 'self', 1))).toBe(0);
    expect(overallProgress(withCompletion(fresh(), 'self', 2))).toBe(1);
  });
});
