import type { SendClaims } from '../delivery.port.js';
import type { UserId } from '../goals/model.js';
import type { Archetype, PlanMode, ScalingLevel, Schedule, TaskOutcome, UnfitReason } from './model.js';
import type { EmptyReason } from './plan.js';

/**
 * A person's health profile. Everything but the archetype is optional so the profile can be built
 * up a step at a time (quiz, then archetype, then schedule). `notes` are declared health notes:
 * sensitive, used only to filter habits, never logged.
 */
export interface HealthProfile {
  userId: UserId;
  archetype: Archetype | null;
  /** The mode they asked for; null is `standard` (a declared rest/sick day still brings a recovery day). */
  mode: PlanMode | null;
  schedule: Schedule | null;
  notes: readonly string[];
  /** Their last quiz answers (question id → choice id), kept so the quiz can be shown as answered. */
  quizAnswers: Readonly<Record<string, string>> | null;
  /** The local date they first chose an archetype: weeks in the system count from it. */
  startedOn: string | null;
  digestEnabled: boolean;
  /** The local date of the last morning digest sent: at most one a day. */
  digestSentOn: string | null;
  /** The secret in their calendar URL; null until they ask for one. */
  icsSecret: string | null;
}

/** What a profile change may set; absent fields stay as they are. */
export type HealthProfilePatch = Partial<Omit<HealthProfile, 'userId' | 'digestSentOn'>>;

/**
 * A day's plan as stored on first view, by ids only (texts come from content when shown), so the
 * day keeps the same tasks at the same times however strength changes during it.
 */
export interface StoredDayPlan {
  /** The local date the plan is for, "YYYY-MM-DD". */
  date: string;
  archetype: Archetype;
  mode: PlanMode;
  /** The level the plan was built at. */
  levelId: string;
  /** Placed blocks in time order; instants are ISO-8601 UTC. A block without tasks says why. */
  blocks: ReadonlyArray<StoredBlock>;
  unfit: ReadonlyArray<{ blockId: string; reason: UnfitReason }>;
}

export interface StoredBlock {
  blockId: string;
  start: string;
  end: string;
  tasks: ReadonlyArray<{ habitId: string; scaling: ScalingLevel }>;
  empty?: EmptyReason;
}

/** One mark of one habit on one local date; a new mark that day replaces the old one. */
export interface HabitLog {
  userId: UserId;
  habitId: string;
  date: string;
  outcome: TaskOutcome;
  /** The share done, 0–1: 1 for done, the given share for partial, null for the declared outcomes. */
  fraction: number | null;
  /** Where the mark came from (`telegram`, `api`, `cli`…). */
  source: string;
  recordedAt: Date;
}

/**
 * The health program's store. Every method is scoped by user id, except `byIcsSecret` (the
 * calendar URL carries no user id; the secret is the only key) and `withDigest` (the job's scan).
 */
export interface HealthStore {
  profile(userId: UserId): Promise<HealthProfile | undefined>;
  /**
   * Creates the profile or changes the given fields, and returns it. `dropPlanOn`: that local
   * date's stored plan goes in the same transaction, so a changed archetype, schedule or notes
   * rebuilds today's plan on the next view.
   */
  saveProfile(userId: UserId, patch: HealthProfilePatch, at: Date, dropPlanOn?: string): Promise<HealthProfile>;
  byIcsSecret(secret: string): Promise<HealthProfile | undefined>;
  /** Profiles with the digest on, a page at a time in user-id order (the job filters by local time). */
  withDigest(limit: number, afterUserId?: UserId): Promise<HealthProfile[]>;
  markDigestSent(userId: UserId, localDate: string): Promise<void>;
  /** Claims on a morning digest's send, in the person's profile row (services/delivery/send-once.ts). */
  digestSends: SendClaims<UserId>;

  dayPlan(userId: UserId, date: string): Promise<StoredDayPlan | undefined>;
  /** Stores the plan unless one is stored for that date already; returns the one that stays. */
  keepDayPlan(userId: UserId, plan: StoredDayPlan, at: Date): Promise<StoredDayPlan>;
  /** Stored plans from `since` (inclusive) on, oldest first. */
  dayPlans(userId: UserId, since: string): Promise<StoredDayPlan[]>;

  /** Writes the marks (one per habit and date, replacing any earlier mark of that habit that date). */
  mark(logs: readonly HabitLog[]): Promise<void>;
  /** Marks from `since` (inclusive) on, by date then habit. */
  logs(userId: UserId, since: string): Promise<HabitLog[]>;
}
