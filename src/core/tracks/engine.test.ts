import { describe, expect, it } from 'vitest';
import { applyAction, creditedCountNeeded, overallProgress, type ProgramRules } from './engine.js';
import { newTrackState, type Phase, phaseOf, type TrackState } from './model.js';

// Tiny factories for an in-test program (a program pack satisfies ProgramRules).
const track = (id: string) => ({ id });
const impact = (trackId: string, delta: number) => ({ track: trackId, delta });
const action = (id: string, ...impacts: Array<{ track: string; delta: number }>) => ({ id, impacts });
const progressMilestone = (id: string, trackId: string, atLeast: number, relaxedAtLeast?: number) => ({
  kind: 'progress' as const,
  id,
  track: trackId,
  atLeast,
  relaxedAtLeast,
});
const actionMilestone = (id: string, trackId: string, actionId: string, count: number, relaxedCount?: number) => ({
  kind: 'action' as const,
  id,
  track: trackId,
  action: actionId,
  count,
  relaxedCount,
});

/** A walk moves body and, less, mind; journaling moves mind a lot; a call moves social and mind. */
const program: ProgramRules = {
  id: 'test-program',
  tracks: [track('body'), track('mind'), track('social')],
  actions: [
    action('walk', impact('body', 10), impact('mind', 5)),
    action('journal', impact('mind', 30)),
    action('call_friend', impact('social', 20), impact('mind', 5)),
    action('tiny_step', impact('mind', 1)),
  ],
  milestones: [
    progressMilestone('mind_half', 'mind', 50, 30),
    progressMilestone('body_quarter', 'body', 25),
    actionMilestone('three_walks', 'body', 'walk', 3, 2),
    actionMilestone('first_call', 'social', 'call_friend', 1),
  ],
};

const NOW = new Date('2026-11-23T10:00:00Z');
const EARLIER = new Date('2026-11-01T10:00:00Z');

const freshStates = (): TrackState[] => program.tracks.map((programTrack) => newTrackState(programTrack.id));
/** States with the given completions, as if earlier actions had moved them (stamped EARLIER). */
const statesWith = (completions: Record<string, number>): TrackState[] =>
  freshStates().map((state) => {
    const completion = completions[state.track];
    if (completion === undefined) return state;
    return {
      ...state,
      completion,
      phase: phaseOf(completion),
      totalActions: 1,
      lastActivityAt: EARLIER,
      lastProgressAt: EARLIER,
    };
  });
const apply = (
  states: TrackState[],
  actionType: string,
  options: { timesDone?: number; strict?: boolean; achieved?: string[] } = {},
) =>
  applyAction(program, states, {
    actionType,
    // `timesDone` counts this one: the ledger says how many earned credit before it.
    history: { creditedBefore: (options.timesDone ?? 1) - 1 },
    achieved: new Set(options.achieved ?? []),
    strict: options.strict ?? true,
    at: NOW,
  });
const stateOf = (states: TrackState[], trackId: string) => states.find((state) => state.track === trackId)!;
const milestoneIds = (outcome: ReturnType<typeof apply>) => outcome.milestones.map((milestone) => milestone.id);

describe('applyAction: moving tracks', () => {
  it('moves every track an action impacts by its delta and reports old and new percent and phases', () => {
    const outcome = apply(statesWith({ body: 20 }), 'walk');
    expect(outcome.changes).toEqual([
      { track: 'body', delta: 10, oldPct: 20, newPct: 30, oldPhase: 'awareness', newPhase: 'expression' },
      { track: 'mind', delta: 5, oldPct: 0, newPct: 5, oldPhase: 'awareness', newPhase: 'awareness' },
    ]);
    const body = stateOf(outcome.states, 'body');
    expect(body).toMatchObject({ completion: 30, phase: 'expression', totalActions: 2 });
    expect(body.lastActivityAt).toEqual(NOW);
    expect(body.lastProgressAt).toEqual(NOW);
    expect(stateOf(outcome.states, 'mind')).toMatchObject({ completion: 5, totalActions: 1 });
  });

  it('returns every track of the program, and a track the action does not impact is unchanged', () => {
    const before = statesWith({ social: 40 });
    const outcome = apply(before, 'journal');
    expect(outcome.states.map((state) => state.track)).toEqual(['body', 'mind', 'social']);
    expect(outcome.changes.map((change) => change.track)).toEqual(['mind']);
    expect(stateOf(outcome.states, 'social')).toEqual(stateOf(before, 'social'));
    expect(stateOf(outcome.states, 'body')).toEqual(newTrackState('body'));
  });

  it('caps completion at 100 and reports only the part actually gained', () => {
    const outcome = apply(statesWith({ mind: 90 }), 'journal');
    expect(outcome.changes).toEqual([
      { track: 'mind', delta: 10, oldPct: 90, newPct: 100, oldPhase: 'mastery', newPhase: 'mastery' },
    ]);
    expect(stateOf(outcome.states, 'mind').completion).toBe(100);
  });

  it('reports delta 0 for a track already at 100 and keeps its lastProgressAt, but still counts the activity', () => {
    const outcome = apply(statesWith({ mind: 100 }), 'journal');
    expect(outcome.changes).toEqual([
      { track: 'mind', delta: 0, oldPct: 100, newPct: 100, oldPhase: 'mastery', newPhase: 'mastery' },
    ]);
    const mind = stateOf(outcome.states, 'mind');
    expect(mind.lastProgressAt).toEqual(EARLIER);
    expect(mind.lastActivityAt).toEqual(NOW);
    expect(mind.totalActions).toBe(2);
  });

  it('never decreases completion over a run of actions, ending at 100', () => {
    let states = freshStates();
    const history: number[] = [];
    for (let i = 0; i < 5; i++) {
      states = apply(states, 'journal').states;
      history.push(stateOf(states, 'mind').completion);
    }
    expect(history).toEqual([30, 60, 90, 100, 100]);
    expect(stateOf(states, 'mind').totalActions).toBe(5);
  });

  it('walks the phases awareness → expression → action → mastery as completion grows', () => {
    let states = freshStates();
    const transitions: string[] = [];
    for (let i = 0; i < 3; i++) {
      const outcome = apply(states, 'journal');
      transitions.push(`${outcome.changes[0]!.oldPhase}→${outcome.changes[0]!.newPhase}`);
      states = outcome.states;
    }
    expect(transitions).toEqual(['awareness→expression', 'expression→action', 'action→mastery']);
  });

  it.each<[number, Phase, Phase]>([
    [24, 'awareness', 'expression'],
    [49, 'expression', 'action'],
    [74, 'action', 'mastery'],
  ])('changes phase exactly when completion reaches the boundary after %i', (start, oldPhase, newPhase) => {
    const change = apply(statesWith({ mind: start }), 'tiny_step').changes[0]!;
    expect(change).toMatchObject({ oldPct: start, newPct: start + 1, oldPhase, newPhase });
    expect(apply(statesWith({ mind: start - 1 }), 'tiny_step').changes[0]!.newPhase).toBe(oldPhase);
  });

  it('throws on an action type the program does not know', () => {
    expect(() => apply(freshStates(), 'skydive')).toThrow('unknown action type skydive');
  });

  it('does not mutate the states it is given and returns new state objects', () => {
    const before = statesWith({ body: 20, mind: 45 });
    const snapshot = structuredClone(before);
    const outcome = apply(before, 'walk');
    expect(before).toEqual(snapshot);
    outcome.states.forEach((state, i) => expect(state).not.toBe(before[i]));
  });
});

describe('applyAction: milestones', () => {
  it('fires a progress milestone once its threshold is reached, with the completion as metadata', () => {
    expect(milestoneIds(apply(statesWith({ mind: 10 }), 'journal'))).toEqual([]); // mind at 40
    const outcome = apply(statesWith({ mind: 25 }), 'journal');
    expect(outcome.milestones).toEqual([{ id: 'mind_half', track: 'mind', metadata: { completion: 55 } }]);
  });

  it('does not fire a milestone again when it was already achieved', () => {
    const outcome = apply(statesWith({ mind: 60 }), 'journal', { achieved: ['mind_half'] });
    expect(milestoneIds(outcome)).toEqual([]);
    expect(milestoneIds(apply(freshStates(), 'walk', { timesDone: 4, achieved: ['three_walks'] }))).toEqual([]);
  });

  it('applies the relaxed progress threshold only when strict is false', () => {
    expect(milestoneIds(apply(freshStates(), 'journal', { strict: true }))).toEqual([]); // mind at 30
    expect(milestoneIds(apply(freshStates(), 'journal', { strict: false }))).toEqual(['mind_half']);
  });

  it('uses the normal threshold when a progress milestone has no relaxed one, even when not strict', () => {
    expect(milestoneIds(apply(statesWith({ body: 10 }), 'walk', { strict: false }))).toEqual([]); // body 20
    expect(milestoneIds(apply(statesWith({ body: 15 }), 'walk', { strict: false }))).toEqual(['body_quarter']);
  });

  it('fires an action milestone on the N-th time the action is done', () => {
    expect(milestoneIds(apply(freshStates(), 'walk', { timesDone: 2 }))).toEqual([]);
    expect(apply(freshStates(), 'walk', { timesDone: 3 }).milestones).toEqual([
      { id: 'three_walks', track: 'body', metadata: { times: 3 } },
    ]);
  });

  it('uses relaxedCount for an action milestone when not strict', () => {
    expect(milestoneIds(apply(freshStates(), 'walk', { timesDone: 1, strict: false }))).toEqual([]);
    expect(milestoneIds(apply(freshStates(), 'walk', { timesDone: 2, strict: false }))).toEqual(['three_walks']);
    expect(milestoneIds(apply(freshStates(), 'call_friend', { strict: false }))).toEqual(['first_call']);
  });

  it('does not fire an action milestone for a different action, however often that one is done', () => {
    expect(milestoneIds(apply(freshStates(), 'tiny_step', { timesDone: 10 }))).toEqual([]);
  });
});

describe('creditedCountNeeded: how far the ledger counts an action type', () => {
  it('is the largest count a milestone of the type asks for, strict or relaxed, and 0 when none does', () => {
    expect(creditedCountNeeded(program, 'walk')).toBe(3);
    expect(creditedCountNeeded(program, 'call_friend')).toBe(1);
    expect(creditedCountNeeded(program, 'journal')).toBe(0);
  });

  it('decides every milestone alike when the count stops there, however long the history', () => {
    for (const strict of [true, false])
      for (const achieved of [[], ['three_walks']])
        for (const timesDone of [1, 2, 3, 4, 50, 1000]) {
          const capped = Math.min(timesDone - 1, creditedCountNeeded(program, 'walk')) + 1;
          const options = { strict, achieved };
          expect(milestoneIds(apply(freshStates(), 'walk', { ...options, timesDone: capped }))).toEqual(
            milestoneIds(apply(freshStates(), 'walk', { ...options, timesDone })),
          );
        }
  });
});

describe('overallProgress', () => {
  it('is 0 when there are no tracks', () => {
    expect(overallProgress([])).toBe(0);
  });

  it('is the mean of the track completions, rounded', () => {
    expect(overallProgress(statesWith({ body: 50, mind: 25 }))).toBe(25);
    expect(overallProgress(statesWith({ body: 10, mind: 21 }))).toBe(10); // 10.33
    expect(overallProgress(statesWith({ body: 20, mind: 21 }))).toBe(14); // 13.67
    expect(overallProgress(statesWith({ body: 100, mind: 100, social: 100 }))).toBe(100);
  });

  it('does not depend on which track is primary: every track counts alike', () => {
    const bodyFocused = statesWith({ body: 60, mind: 30 });
    const mindFocused = statesWith({ mind: 60, body: 30 });
    expect(overallProgress(bodyFocused)).toBe(30);
    expect(overallProgress(mindFocused)).toBe(30);
    expect(overallProgress([...bodyFocused].reverse())).toBe(30);
  });
});
