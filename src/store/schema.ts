/**
 * Table shapes as Kysely sees them, one module per area in `schema/`. Timestamps are written as ISO-8601 strings:
 * SQLite keeps them as text, PostgreSQL as timestamptz (and reads them back as Date); repositories read both.
 * Flags are integers 0/1 on both, because better-sqlite3 cannot bind booleans.
 */
import type { LoginLinksTable, UserIdentitiesTable, UsersTable, WebSessionsTable } from './schema/accounts.js';
import type { ChatStatesTable, ProcessedUpdatesTable, SettingsTable } from './schema/chat.js';
import type {
  ClarificationsTable,
  GoalRemindersTable,
  GoalsTable,
  StepsTable,
  SuggestionFeedbackTable,
} from './schema/goals.js';
import type {
  BiometricReadingsTable,
  HealthDayPlansTable,
  HealthHabitLogsTable,
  HealthProfilesTable,
  PlanAdaptationsTable,
  UserBaselinesTable,
} from './schema/health.js';
import type {
  ActionsTable,
  EnrollmentsTable,
  ExerciseEntriesTable,
  ProgressEventsTable,
  ProgressSnapshotsTable,
  TrackMilestonesTable,
  TrackStatesTable,
} from './schema/tracks.js';

export type * from './schema/accounts.js';
export type * from './schema/chat.js';
export type * from './schema/goals.js';
export type * from './schema/health.js';
export type * from './schema/tracks.js';

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
  progress_snapshots: ProgressSnapshotsTable;
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
