// Programs and tracks: enrollments, track states, the action ledger, progress events, milestones, exercise entries.
import type { Timestamp } from './timestamp.js';

export interface EnrollmentsTable {
  user_id: string;
  program_id: string;
  primary_track: string;
  /** When the person chose it (0007); null while onboarding waits for their answer. */
  primary_chosen_at: Timestamp | null;
  track_switches: number;
  enrolled_at: Timestamp;
  updated_at: Timestamp;
  /** The date whose nudge an attempt is sending now (0018; store/repositories/send-claims.ts). */
  sending_on: string | null;
  sending_token: string | null;
  sending_since: Timestamp | null;
}

export interface TrackStatesTable {
  user_id: string;
  program_id: string;
  track: string;
  completion: number;
  phase: string;
  total_actions: number;
  last_activity_at: Timestamp | null;
  last_progress_at: Timestamp | null;
  nudged_at: Timestamp | null;
}

export interface ActionsTable {
  id: string;
  user_id: string;
  program_id: string;
  action_type: string;
  source: string;
  source_id: string | null;
  /** Why it earned what it did (0007: `full`, `repeat`, `track_cap`, `daily_cap`, `too_soon`); null = full. */
  credit: string | null;
  created_at: Timestamp;
}

export interface ProgressEventsTable {
  id: string;
  user_id: string;
  program_id: string;
  action_id: string;
  track: string;
  action_type: string;
  source: string;
  delta: number;
  old_pct: number;
  new_pct: number;
  created_at: Timestamp;
}

export interface TrackMilestonesTable {
  id: string;
  user_id: string;
  program_id: string;
  track: string;
  milestone_type: string;
  achieved_at: Timestamp;
  /** JSON; no user text. */
  metadata: string;
}

export interface ExerciseEntriesTable {
  id: string;
  user_id: string;
  program_id: string;
  exercise_id: string;
  /** JSON: the user's answers, prompt id → text or number. */
  answers: string;
  created_at: Timestamp;
}

/** What the progress view aggregates over the ledger, kept per person and program (0016; progress-tally.ts). */
export interface ProgressSnapshotsTable {
  user_id: string;
  program_id: string;
  /** JSON: action type → how often it was done (too-soon bursts left out). */
  counts: string;
  days_active: number;
  /** The latest UTC day (YYYY-MM-DD) with progress. */
  last_day: string | null;
}
