import type { Step, StepId } from './model.js';

/**
 * How long a finished step can be taken back. Ten minutes covers what undo is for — a mis-tap on
 * Done, a "done" typed a little early, noticing right after /next that the last step was not really
 * finished — while the moment is still fresh. Past it the step is history: /history lists it and the
 * coach has built on it, and undo must not become a way to rewrite the path days later.
 */
export const UNDO_WINDOW_MS = 10 * 60_000;

/** What followed a goal's last finished step (read by the store), to decide whether it can be undone. */
export interface AfterLastDone {
  /** The goal's last finished step. */
  last: Step;
  /** Steps given after it, oldest first: the next step, and any the person rephrased away. */
  later: Step[];
  /** Questions the coach asked after it; an answered one means the person already moved on. */
  questions: Array<{ id: string; answered: boolean }>;
  /** True when finishing it moved a track (the track ledger has an action for this step). */
  movedTrack: boolean;
}

/** Why a step stays done. */
export type UndoRefusal =
  /** No step of the goal is finished yet. */
  | 'nothing'
  /** The step named (an Undo button under an older reply) is no longer the last one finished. */
  | 'not_last'
  /** Finished more than UNDO_WINDOW_MS ago. */
  | 'too_late'
  /** It moved a linked track, and track progress never goes back. */
  | 'track_moved'
  /** The person already acted on what came next: rephrased the next step or answered a question. */
  | 'moved_on';

export type UndoPlan =
  { ok: true; stepId: StepId; discardStepId?: StepId; discardQuestionId?: string } | { ok: false; reason: UndoRefusal };

/**
 * Whether the last finished step can go back to being the current one, and what must go with it so
 * the hidden path stays consistent: a next step (or question) given after it and not acted on is
 * discarded — it was written for a path where this step was done, and a fresh one comes after it.
 */
export function planUndo(facts: AfterLastDone | undefined, now: Date, stepId?: StepId): UndoPlan {
  if (!facts) return { ok: false, reason: 'nothing' };
  const { last, later, questions } = facts;
  if (stepId !== undefined && stepId !== last.id) return { ok: false, reason: 'not_last' };
  const finishedAt = (last.completedAt ?? now).getTime();
  if (now.getTime() - finishedAt > UNDO_WINDOW_MS) return { ok: false, reason: 'too_late' };
  // The ledger is append-only: taking the step back while its credit stays would leave the track
  // counting a step that is not done. So a step that moved a track stays done (see the reply text).
  if (facts.movedTrack) return { ok: false, reason: 'track_moved' };
  const untouchedNext = later.length === 1 && later[0]!.status === 'open' && !later[0]!.rephrased;
  if (later.length > 1 || (later.length === 1 && !untouchedNext)) return { ok: false, reason: 'moved_on' };
  if (questions.some((question) => question.answered) || questions.length > 1) return { ok: false, reason: 'moved_on' };
  return {
    ok: true,
    stepId: last.id,
    ...(later[0] && { discardStepId: later[0].id }),
    ...(questions[0] && { discardQuestionId: questions[0].id }),
  };
}
