import { type Credit, creditAction, type CreditHistory, type CreditRule, earnsCredit, NO_HISTORY } from './credit.js';
import { type Phase, phaseOf, type TrackState } from './model.js';

/** The parts of a program the track engine reads (a program pack satisfies it). */
export interface ProgramRules {
  id: string;
  tracks: ReadonlyArray<{ id: string; dailyCap?: number }>;
  actions: ReadonlyArray<{
    id: string;
    impacts: ReadonlyArray<{ track: string; delta: number }>;
    /** Absent: every repeat counts in full (a rule-less program, as in the engine's own tests). */
    credit?: CreditRule;
  }>;
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
  /** What the action earned and why (a repeat today, a cap, too soon after the last one). */
  credit: Credit;
}

/**
 * Applies one action to a user's tracks: it earns what its credit rule gives it today (`history`,
 * read from the ledger), each credited track moves by its credited delta (capped at 100, never
 * down), its phase follows its completion, and every milestone rule that now holds and was not
 * achieved before fires. An action that earns nothing (too soon, enough today) moves nothing and
 * counts toward no milestone. Pure: the service persists the result in one transaction.
 */
export function applyAction(
  program: ProgramRules,
  current: ReadonlyArray<TrackState>,
  input: {
    actionType: string;
    achieved: ReadonlySet<string>;
    strict: boolean;
    at: Date;
    history?: Partial<CreditHistory>;
  },
): ActionOutcome {
  const action = program.actions.find((candidate) => candidate.id === input.actionType);
  if (!action) throw new Error(`unknown action type ${input.actionType}`);
  const history = { ...NO_HISTORY, ...input.history };
  const caps = Object.fromEntries(program.tracks.map((track) => [track.id, track.dailyCap]));
  const credit = creditAction(action, caps, history, input.at);
  const states = current.map((trackState) => ({ ...trackState }));
  if (!earnsCredit(credit.verdict)) return { changes: [], states, milestones: [], credit };
  const byTrack = new Map(current.map((trackState) => [trackState.track, trackState]));
  const changes: TrackChange[] = [];
  for (const impact of credit.impacts) {
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

  // Counted only up to `creditedCountNeeded` (the store stops there): every threshold below is decided alike.
  const timesDone = history.creditedBefore + 1;
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
      if (timesDone >= needed) milestones.push({ id: rule.id, track: rule.track, metadata: { times: timesDone } });
    }
  }
  return { changes, states, milestones, credit };
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

/**
 * How far the count of an action type's credited actions matters to `applyAction`: the largest count a milestone of
 * that type asks for (0 when none does). The store counts the ledger only up to it, so a person's thousandth check-in
 * costs what their tenth did. Every decision is the same; only a milestone that fires late (one added to the pack, or
 * strict milestones switched) records the capped count as its `times`.
 */
export const creditedCountNeeded = (program: Pick<ProgramRules, 'milestones'>, actionType: string): number =>
  program.milestones.reduce(
    (most, rule) =>
      rule.kind === 'action' && rule.action === actionType ? Math.max(most, rule.count, rule.relaxedCount ?? 0) : most,
    0,
  );
