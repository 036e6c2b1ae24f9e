import type { UserId } from '../goals/model.js';

/**
 * A track's phases and where each begins (seed 000): awareness 0–25, expression 25–50, action 50–75,
 * mastery 75–100.
 */
export const PHASES = ['awareness', 'expression', 'action', 'mastery'] as const;
export type Phase = (typeof PHASES)[number];
export const PHASE_STARTS: Record<Phase, number> = { awareness: 0, expression: 25, action: 50, mastery: 75 };

export const phaseOf = (completion: number): Phase =>
  completion >= 75 ? 'mastery' : completion >= 50 ? 'action' : completion >= 25 ? 'expression' : 'awareness';

/** Where the user's actions come from; kept on every progress event. */
export const ACTION_SOURCES = ['telegram', 'api', 'web', 'cli', 'exercise', 'goal_step'] as const;
export type ActionSource = (typeof ACTION_SOURCES)[number];

export interface Enrollment {
  userId: UserId;
  programId: string;
  primaryTrack: string;
  /** False until the person answers "which matters most?" (`primaryTrack` is then the program's first). */
  primaryChosen: boolean;
  enrolledAt: Date;
  trackSwitches: number;
}

/** One track's materialised state: a fold over its progress events. */
export interface TrackState {
  track: string;
  /** 0–100; never decreases (recovery is not linear, but progress made is never taken away). */
  completion: number;
  phase: Phase;
  totalActions: number;
  lastActivityAt: Date | null;
  /** When `completion` last changed (for "stuck at 45 % for weeks"). */
  lastProgressAt: Date | null;
  /** When this track last got a nudge, so nobody is nagged. */
  nudgedAt: Date | null;
}

/** An append-only record of one change to one track. */
export interface ProgressEvent {
  id: string;
  userId: UserId;
  programId: string;
  actionId: string;
  track: string;
  actionType: string;
  source: ActionSource;
  delta: number;
  oldPct: number;
  newPct: number;
  at: Date;
}

/** A milestone reached (the seed's TrackMilestone); never deleted. `metadata` carries no user text. */
export interface Milestone {
  userId: UserId;
  programId: string;
  track: string;
  milestoneType: string;
  achievedAt: Date;
  metadata: Record<string, string | number>;
}

export interface ActionRecord {
  id: string;
  userId: UserId;
  programId: string;
  actionType: string;
  source: ActionSource;
  /** The thing that earned it (a quest, a letter, a goal step); recording it twice counts once. */
  sourceId: string | null;
  at: Date;
}

export const newTrackState = (track: string): TrackState => ({
  track,
  completion: 0,
  phase: 'awareness',
  totalActions: 0,
  lastActivityAt: null,
  lastProgressAt: null,
  nudgedAt: null,
});

/** Where a phase begins and ends, in percent (mastery ends at 100). */
export function phaseWindow(phase: Phase): { start: number; end: number } {
  const next = PHASES[PHASES.indexOf(phase) + 1];
  return { start: PHASE_STARTS[phase], end: next ? PHASE_STARTS[next] : 100 };
}
