/**
 * Table shapes as Kysely sees them. Timestamps are written as ISO-8601 strings: SQLite keeps them
 * as text, PostgreSQL as timestamptz (and reads them back as Date); repositories read both.
 * Flags are integers 0/1 on both, because better-sqlite3 cannot bind booleans.
 */
type Timestamp = string | Date;

export interface UsersTable {
  id: string;
  locale: string;
  tone: string;
  display_name: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  time_zone: string | null;
  signed_out_at: Timestamp | null;
}

export interface LoginLinksTable {
  code_hash: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface WebSessionsTable {
  id_hash: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface UserIdentitiesTable {
  provider: string;
  subject: string;
  user_id: string;
  created_at: Timestamp;
}

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

export interface ChatStatesTable {
  user_id: string;
  channel: string;
  state: string;
  updated_at: Timestamp;
}

export interface ProcessedUpdatesTable {
  source: string;
  update_id: string;
  processed_at: Timestamp;
}

export interface EnrollmentsTable {
  user_id: string;
  program_id: string;
  primary_track: string;
  /** When the person chose it (0007); null while onboarding waits for their answer. */
  primary_chosen_at: Timestamp | null;
  track_switches: number;
  enrolled_at: Timestamp;
  updated_at: Timestamp;
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

export interface SettingsTable {
  key: string;
  value: string;
}

/** A daily reminder of the open goal step: local time, IANA zone, the local date last sent. */
export interface GoalRemindersTable {
  user_id: string;
  time: string;
  time_zone: string;
  enabled: number;
  last_sent_on: string | null;
  updated_at: Timestamp;
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

export interface Database {
  users: UsersTable;
  user_identities: UserIdentitiesTable;
  goals: GoalsTable;
  steps: StepsTable;
  clarifications: ClarificationsTable;
  chat_states: ChatStatesTable;
  processed_updates: ProcessedUpdatesTable;
  enrollments: EnrollmentsTable;
  track_states: TrackStatesTable;
  actions: ActionsTable;
  progress_events: ProgressEventsTable;
  track_milestones: TrackMilestonesTable;
  exercise_entries: ExerciseEntriesTable;
  settings: SettingsTable;
  suggestion_feedback: SuggestionFeedbackTable;
  goal_reminders: GoalRemindersTable;
  health_profiles: HealthProfilesTable;
  health_day_plans: HealthDayPlansTable;
  health_habit_logs: HealthHabitLogsTable;
  biometric_readings: BiometricReadingsTable;
  user_baselines: UserBaselinesTable;
  plan_adaptations: PlanAdaptationsTable;
  login_links: LoginLinksTable;
  web_sessions: WebSessionsTable;
}
