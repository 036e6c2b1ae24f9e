// Goals: the goals, their steps and clarifications, the daily goal reminder and suggestion verdicts.
import type { Timestamp } from './timestamp.js';

export interface GoalsTable {
  id: string;
  user_id: string;
  title: string;
  description: string | null;
  status: string;
  goal_type: string | null;
  /** `program:track` when the goal's steps move a track, e.g. `recovery:self_work`. */
  track: string | null;
  /** The goal's number among its user's goals, in creation order (0008); shown by /goals. */
  seq: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface StepsTable {
  id: string;
  goal_id: string;
  user_id: string;
  /** Position on the goal's path (1, 2, …), superseded steps included; orders history. */
  seq: number;
  text: string;
  estimated_minutes: number | null;
  status: string;
  rephrased: number;
  user_comment: string | null;
  source: string;
  coach_key: string | null;
  created_at: Timestamp;
  completed_at: Timestamp | null;
}

export interface ClarificationsTable {
  id: string;
  goal_id: string;
  user_id: string;
  seq: number;
  steps_before: number;
  question: string;
  answer: string | null;
  created_at: Timestamp;
  answered_at: Timestamp | null;
}

/** A daily reminder of the open goal step: local time, IANA zone, the local date last sent. */
export interface GoalRemindersTable {
  user_id: string;
  time: string;
  time_zone: string;
  enabled: number;
  last_sent_on: string | null;
  updated_at: Timestamp;
  /** The local date whose reminder an attempt is sending now (0017; store/repositories/send-claims.ts). */
  sending_on: string | null;
  sending_token: string | null;
  sending_since: Timestamp | null;
}

/** A verdict on a next-action suggestion: ids only, one row per user, suggestion and UTC day. */
export interface SuggestionFeedbackTable {
  id: string;
  user_id: string;
  program_id: string;
  track: string;
  suggestion_id: string;
  reason: string;
  /** 1 helpful, 0 not. */
  helpful: number;
  /** UTC date, YYYY-MM-DD. */
  day: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}
