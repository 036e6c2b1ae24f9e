// Health: profiles, day plans, habit marks, biometric readings, baselines and plan adaptations.
import type { Timestamp } from './timestamp.js';

/** A health profile (0010): JSON as text (schedule, note ids, quiz answers); notes are sensitive. */
export interface HealthProfilesTable {
  user_id: string;
  archetype: string | null;
  mode: string | null;
  schedule: string | null;
  notes: string;
  quiz_answers: string | null;
  /** Local date, YYYY-MM-DD. */
  started_on: string | null;
  digest_enabled: number;
  digest_sent_on: string | null;
  ics_secret: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** The date whose morning digest an attempt is sending now (0018; store/repositories/send-claims.ts). */
  sending_on: string | null;
  sending_token: string | null;
  sending_since: Timestamp | null;
}

/** A day's plan as first shown (JSON of ids and instants), one per user and local date. */
export interface HealthDayPlansTable {
  user_id: string;
  plan_date: string;
  plan: string;
  created_at: Timestamp;
}

/** One mark per user, habit and local date. */
export interface HealthHabitLogsTable {
  user_id: string;
  habit_id: string;
  log_date: string;
  outcome: string;
  fraction: number | null;
  source: string;
  recorded_at: Timestamp;
}

export interface BiometricReadingsTable {
  user_id: string;
  metric: string;
  source: string;
  at: Timestamp;
  local_day: string;
  value: number;
  created_at: Timestamp;
}

export interface UserBaselinesTable {
  user_id: string;
  metric: string;
  source: string;
  baseline_value: number;
  spread: number;
  calculation_method: string;
  data_points_used: number;
  status: string;
  calculated_on: string;
  valid_until: string;
  updated_at: Timestamp;
}

export interface PlanAdaptationsTable {
  id: string;
  user_id: string;
  plan_date: string;
  trigger_id: string;
  trigger_reason: string;
  action: string;
  confidence: number;
  changes: string;
  status: string;
  feedback: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  decided_at: Timestamp | null;
  notified_at: Timestamp | null;
  expiry_announced_at: Timestamp | null;
}
