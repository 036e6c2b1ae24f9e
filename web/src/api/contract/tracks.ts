import type { Safety } from './common';

export const PHASES = ['awareness', 'expression', 'action', 'mastery'] as const;
export type Phase = (typeof PHASES)[number];

/** How to act on a next action (tracks/schema.ts `NextStart`). */
export type NextStart =
  { kind: 'exercise'; exercise: string } | { kind: 'log'; action_type: string } | { kind: 'plan' };

export interface NextAction {
  id: string;
  track: string;
  suggestion: string;
  technique: string | null;
  how: NextStart;
  estimated_time: string;
  minutes: number;
  reason: 'rule' | 'idle' | 'stuck' | 'llm';
  note?: string;
}

export interface Milestone {
  type: string;
  name: string;
  description: string;
  achieved_at: string;
}

export interface TrackView {
  track: string;
  phase: Phase;
  completion_percentage: number;
  milestones: Milestone[];
  next_action: NextAction;
  last_activity: string | null;
  total_actions: number;
}

/** `GET /api/tracks/progress`. */
export interface Progress {
  program: string;
  primary_track: string;
  primary_chosen: boolean;
  tracks: Record<string, TrackView>;
  overall_progress: number;
  journey_start_date: string;
  days_active: number;
}

export type CreditVerdict = 'full' | 'repeat' | 'track_cap' | 'daily_cap' | 'too_soon';

/** What one recorded action changed (`ActionResult`). */
export interface ActionResult {
  program: string;
  duplicate: boolean;
  tracks: Array<{ track: string; old: number; new: number; delta: number; phase: Phase }>;
  milestones: Array<{ id: string; track: string; name: string; description: string }>;
  credit: { verdict: CreditVerdict; share: number; capped_tracks: string[] };
}

/** `GET /api/programs`: names and emoji of each program's tracks. */
export interface Programs {
  programs: Array<{
    id: string;
    name: string;
    tracks: Array<{ id: string; emoji: string; name: string }>;
    enrolled: boolean;
    primary_track: string | null;
  }>;
}

interface PromptBase {
  id: string;
  ask: string;
  optional: boolean;
}
export type Prompt =
  | (PromptBase & { kind: 'text'; max_length: number })
  | (PromptBase & { kind: 'scale'; min: number; max: number })
  | (PromptBase & { kind: 'choice'; choices: Array<{ id: string; label: string }> });

export interface Exercise {
  id: string;
  track: string;
  title: string;
  intro: string;
  minutes: number;
  prompts: Prompt[];
}

export interface Exercises {
  program: string;
  exercises: Exercise[];
}

export type Answers = Record<string, string | number>;

/**
 * `POST /api/exercises/:id/entries`. `closing` and `reflection` (the exercise's closing words and a
 * model's reflection) are read when the server sends them.
 */
export interface FinishedExercise extends ActionResult {
  safety?: Safety;
  entry_id: string;
  exercise: string;
  closing?: string;
  reflection?: string;
}

export interface Entry {
  id: string;
  program: string;
  exercise: string;
  answers: Answers;
  created_at: string;
}

export interface EntriesPage {
  entries: Entry[];
  next_cursor: string | null;
}

/** One ledger row behind a point of the history chart. */
export interface HistoryPoint {
  at: string;
  progress: number;
  delta: number;
  action_type: string;
  /** The human label of the action behind it, localised. */
  action: string;
  source: string;
}

/** `GET /api/tracks/history`. */
export interface TrackHistory {
  program: string;
  tracks: Array<{ track: string; name: string; emoji: string; points: HistoryPoint[] }>;
}
