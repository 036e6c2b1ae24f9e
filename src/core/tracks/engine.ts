import { type Phase, phaseOf, type TrackState } from './model.js';

/** The parts of a program the track engine reads (a program pack satisfies it). */
export interface ProgramRules {
  id: string;
  tracks: ReadonlyArray<{ id: string }>;
  actions: ReadonlyArray<{ id: string; impacts: ReadonlyArray<{ track: string; delta: number }> }>;
  milestones: ReadonlyArray<
    | { kind: 'progress'; id: string; track: string; atLeast: number; relaxedAtLeast?: number }
    | { kind: 'action'; id: string; track: string; action: string; count: number; relaxedCount?: number }
  >;
}

export interface TrackChange {
  track: string;
  delta: number;
  oldPct: number;
  newPct: number;
  oldPhase: Phase;
  newPhase: Phase;
}

export interface ActionOutcome {
  changes: TrackChange[];
  /** The states after the action (every track of the program, changed or not). */
  states: TrackState[];
  /** Milestones reached by this action, not reached before. */
  milestones: Array<{ id: string; track: string; metadata: Record<string, string | number> }>;
}

/**
 * Applies one action to a user's tracks: each impacted track moves by its delta (capped at 100,
 * never down), its phase follows its completion, and every milestone rule that now holds and was
 * not achieved before fires. `timesDone` counts this action type for the user, this one included.
 * Pure: the service persists the result in one transaction.
 */
export function applyAction(
  program: ProgramRules,
  current: ReadonlyArray<TrackState>,
  input: { actionType: string; timesDone: number; achieved: ReadonlySet<string>; strict: boolean; at: Date },
): ActionOutcome {
  const action = program.actions.find((candidate) => candidate.id === input.actionType);
  if (!action) throw new Error(`unknown action type ${input.actionType}`);
  const byTrack = new Map(current.map((trackState) => [trackState.track, trackState]));
  const changes: TrackChange[] = [];
  const states = current.map((trackState) => ({ ...trackState }));
  for (const impact of action.impacts) {
    const state = states.find((candidate) => candidate.track === impact.track);
    if (!state) continue;
    const old = byTrack.get(impact.track)!;
    const newPct = Math.min(100, old.completion + impact.delta);
    state.completion = newPct;
    state.phase = phaseOf(newPct);
    state.totalActions = old.totalActions + 1;
    state.lastActivityAt = input.at;
    if (newPct !== old.completion) state.lastProgressAt = input.at;
    changes.push({
      track: impact.track,
      delta: newPct - old.completion,
      oldPct: old.completion,
      newPct,
      oldPhase: old.phase,
      newPhase: state.phase,
    });
  }

  const milestones: ActionOutcome['milestones'] = [];
  for (const rule of program.milestones) {
    if (input.achieved.has(rule.id)) continue;
    if (rule.kind === 'progress') {
      const threshold = input.strict ? rule.atLeast : (rule.relaxedAtLeast ?? rule.atLeast);
      const state = states.find((candidate) => candidate.track === rule.track);
      if (state && state.completion >= threshold)
        milestones.push({ id: rule.id, track: rule.track, metadata: { completion: state.completion } });
    } else if (rule.action === input.actionType) {
      const needed = input.strict ? rule.count : (rule.relaxedCount ?? rule.count);
      if (input.timesDone >= needed)
        milestones.push({ id: rule.id, track: rule.track, metadata: { times: input.timesDone } });
    }
  }
  return { changes, states, milestones };
}

/**
 * Overall progress: the plain mean of the program's tracks. Each track never decreases, so neither
 * does the mean, and it does not jump when the user changes their primary track (a weighting by
 * focus would). All tracks count alike because recovery needs each of them.
 */
export const overallProgress = (states: ReadonlyArray<TrackState>): number =>
  states.length === 0
    ? 0
    : Math.round(states.reduce((sum, trackState) => sum + trackState.completion, 0) / states.length);
