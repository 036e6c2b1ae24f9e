import type { Safety } from './common';
import type { ActionResult } from './tracks';

export type GoalStatus = 'active' | 'paused' | 'completed' | 'archived';

export interface Goal {
  id: string;
  number: number;
  title: string;
  description: string | null;
  status: GoalStatus;
  done_steps: number;
  track: string | null;
  created_at: string;
  updated_at: string;
}

export interface Step {
  id: string;
  text: string;
  estimated_minutes: number | null;
  rephrased: boolean;
  created_at: string;
}

/** Where a goal stands: its one current step or question; the plan ahead stays hidden. */
export interface GoalState {
  safety?: Safety;
  goal: Goal;
  state: 'step' | 'question' | 'between' | 'closed';
  step: Step | null;
  question: { id: string; text: string; choices: string[] } | null;
}

export interface DoneState extends GoalState {
  done_step: { id: string; text: string; completed_at: string };
  undo_until: string;
  track: ActionResult | null;
}

export interface UndoneState extends GoalState {
  discarded: boolean;
}

/** A crisis in the text: nothing was coached or saved, only the help to show. */
export interface CrisisOnly {
  safety: Safety;
}

/**
 * The person's words (a new goal, an answer, a comment) answered with help; `may_set_aside`: they may say the words are
 * not about their safety and send them again; `must_confirm_safe`: they said so of an imminent finding, which asks once
 * more — "I am safe, this is about something else" (`confirm_safe`).
 */
export interface NewGoalCrisis extends CrisisOnly {
  may_set_aside: boolean;
  must_confirm_safe: boolean;
}

export interface GoalHistory {
  goal: Goal;
  total: number;
  steps: Array<{ number: number; text: string; completed_at: string }>;
}
