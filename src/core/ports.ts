import type { ActionRecord, Enrollment, Milestone, ProgressEvent, TrackState } from './tracks/model.js';
import type {
  Clarification,
  Goal,
  GoalId,
  GoalStatus,
  Step,
  StepId,
  User,
  UserId,
  Locale,
  Tone,
} from './goals/model.js';

/** Time comes in through a port so tests can fix it. */
export interface Clock {
  now(): Date;
}

/** New identifiers come in through a port too (uuid v4 in production). */
export interface IdSource {
  next(): string;
}

export interface UserStore {
  byIdentity(provider: string, subject: string): Promise<User | undefined>;
  byId(userId: UserId): Promise<User | undefined>;
  /** Creates the user and links the identity; returns the existing user if the identity is taken. */
  createWithIdentity(user: User, provider: string, subject: string): Promise<User>;
  updatePreferences(userId: UserId, prefs: { locale?: Locale; tone?: Tone }): Promise<void>;
  /** The user's subject at an identity provider (their Telegram id), for messages the user did not ask for. */
  subjectOf(userId: UserId, provider: string): Promise<string | undefined>;
}

export interface GoalStore {
  byId(userId: UserId, goalId: GoalId): Promise<Goal | undefined>;
  active(userId: UserId): Promise<Goal | undefined>;
  list(userId: UserId): Promise<Goal[]>;
  /** Inserts the goal; an `active` one pauses the user's previously active goal in the same transaction. */
  insert(goal: Goal): Promise<void>;
  /** Makes `goalId` the only active goal; the previously active one (if any) becomes paused. */
  activate(userId: UserId, goalId: GoalId, at: Date): Promise<void>;
  setStatus(userId: UserId, goalId: GoalId, status: GoalStatus, at: Date): Promise<void>;
  setType(userId: UserId, goalId: GoalId, goalType: string): Promise<void>;
  setTrack(userId: UserId, goalId: GoalId, track: string | null): Promise<void>;
}

export interface StepStore {
  open(userId: UserId, goalId: GoalId): Promise<Step | undefined>;
  /** The latest `limit` steps of one status group, oldest first: `path` = done/open, `superseded`. */
  latest(userId: UserId, goalId: GoalId, group: 'path' | 'superseded', limit: number): Promise<Step[]>;
  /** The first done/open step of the goal. */
  first(userId: UserId, goalId: GoalId): Promise<Step | undefined>;
  /**
   * One aggregate over the goal's steps (an index scan, a few rows back): how many were given
   * (`all`), how many are on the path (done or open), and how often each content key was given.
   */
  summary(userId: UserId, goalId: GoalId): Promise<{ all: number; path: number; keys: Record<string, number> }>;
  /** Every step ever given for the goal, superseded ones included, oldest first. */
  all(userId: UserId, goalId: GoalId): Promise<Step[]>;
  countDone(userId: UserId, goalId: GoalId): Promise<number>;
  lastDone(userId: UserId, goalId: GoalId): Promise<Step | undefined>;
  /** Inserts an open step; fails with `step_not_done` if the goal already has one. */
  insertOpen(step: Step): Promise<void>;
  complete(userId: UserId, stepId: StepId, at: Date): Promise<boolean>;
  /** Marks `oldId` superseded and inserts `replacement` as the open step, atomically. */
  replace(userId: UserId, oldId: StepId, comment: string, replacement: Step): Promise<void>;
}

export interface ClarificationStore {
  forGoal(userId: UserId, goalId: GoalId): Promise<Clarification[]>;
  pending(userId: UserId, goalId: GoalId): Promise<Clarification | undefined>;
  insert(c: Clarification): Promise<void>;
  answer(userId: UserId, id: string, answer: string, at: Date): Promise<void>;
}

/** The stores one unit of work needs. */
export interface Stores {
  users: UserStore;
  goals: GoalStore;
  steps: StepStore;
  clarifications: ClarificationStore;
}

/** Where counts of notable events go (metrics); never user text. */
export interface Counters {
  inc(name: CounterName, labels?: Record<string, string>): void;
}
export type CounterName = 'coach_fallback' | 'crisis_detected' | 'step_completed' | 'step_generated' | 'goal_created';

/** Structured log lines; implementations must never be handed user text. */
export interface Log {
  info(fields: Record<string, unknown>, msg: string): void;
  warn(fields: Record<string, unknown>, msg: string): void;
  error(fields: Record<string, unknown>, msg: string): void;
}

export const silentLog: Log = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** Per-user, per-channel conversation state (the chat FSM), kept in the database across restarts. */
export interface ChatStateStore {
  get(userId: UserId, channel: string): Promise<unknown>;
  set(userId: UserId, channel: string, state: unknown): Promise<void>;
  clear(userId: UserId, channel: string): Promise<void>;
}

/** Deduplicates incoming updates by id. */
export interface ProcessedUpdates {
  /** True the first time an id is claimed, false for a repeat. */
  claim(source: string, updateId: string, at: Date): Promise<boolean>;
  /** Gives a claim back, so a redelivery is processed (used when handling failed before any effect). */
  release(source: string, updateId: string): Promise<void>;
  forgetBefore(at: Date): Promise<number>;
}

/** What one recorded action saw inside its transaction: the basis for the engine's decision. */
export interface ActionSnapshot {
  states: TrackState[];
  achieved: ReadonlySet<string>;
  /** Times this action type was done, this one included. */
  timesDone: number;
}

/** What the engine decided to write for one action. */
export interface ActionPlan {
  states: TrackState[];
  events: Array<Omit<ProgressEvent, 'id' | 'userId' | 'programId' | 'actionId' | 'at' | 'source' | 'actionType'>>;
  milestones: Array<{ id: string; track: string; metadata: Record<string, string | number> }>;
}

/** What an action recorded before did, read back from the ledger when the same source comes again. */
export interface EarlierAction {
  actionId: string;
  events: ActionPlan['events'];
  milestones: Array<{ id: string; track: string }>;
}

export type RecordedAction<T> =
  | { kind: 'recorded'; actionId: string; plan: T }
  | { kind: 'duplicate'; earlier: EarlierAction }
  | { kind: 'not_enrolled' };

/** Programs, tracks, the progress ledger and milestones of each user. Every method is scoped by user. */
export interface TrackStore {
  enrollments(userId: UserId): Promise<Enrollment[]>;
  /** Creates the enrolment with every track at 0 %; false if the user was already enrolled. */
  enroll(enrollment: Enrollment, tracks: string[]): Promise<boolean>;
  states(userId: UserId, programId: string): Promise<TrackState[]>;
  milestones(userId: UserId, programId: string): Promise<Milestone[]>;
  /** Sets the primary track; returns the previous one, or undefined when not enrolled. */
  setPrimary(userId: UserId, programId: string, track: string, at: Date): Promise<string | undefined>;
  /**
   * One action as one transaction: the user's enrolment row is locked, a repeated `sourceId` is
   * refused as a duplicate, then `decide` sees the current states and writes the ledger events,
   * the new states and any new milestones together.
   */
  recordAction<T extends ActionPlan>(
    action: ActionRecord,
    decide: (snapshot: ActionSnapshot) => T,
  ): Promise<RecordedAction<T>>;
  /** Distinct UTC days with any progress. */
  daysActive(userId: UserId, programId: string): Promise<number>;
  actionCounts(userId: UserId, programId: string): Promise<Record<string, number>>;
  events(userId: UserId, programId: string, limit: number): Promise<ProgressEvent[]>;
  markNudged(userId: UserId, programId: string, track: string, at: Date): Promise<void>;
  /** Enrolments with a track untouched since `before` and not nudged since then (for the nudge job). */
  dueForNudge(before: Date, limit: number): Promise<Array<{ userId: UserId; programId: string }>>;
}

export interface ExerciseEntry {
  id: string;
  userId: UserId;
  programId: string;
  exerciseId: string;
  answers: Record<string, string | number>;
  createdAt: Date;
}

/**
 * What saving an entry did: `inserted`; `duplicate` when the user already has an entry with this id
 * (a retried submission; `existing` is the first one, which stands); `taken` when the id is
 * another user's.
 */
export type SavedEntry = { kind: 'inserted' } | { kind: 'duplicate'; existing: ExerciseEntry } | { kind: 'taken' };

/** Finished exercises (letters, thought records, quests): the user's own words, kept for them only. */
export interface ExerciseStore {
  /** Saves the entry unless its id is already saved; never overwrites (see `SavedEntry`). */
  insert(entry: ExerciseEntry): Promise<SavedEntry>;
  list(userId: UserId, limit: number): Promise<ExerciseEntry[]>;
  /** Deletes one entry; progress and milestones it earned stay. False if not the user's. */
  remove(userId: UserId, entryId: string): Promise<boolean>;
}

/** Deployment-wide settings (e.g. the generated JWT secret when JWT_SECRET is not set). */
export interface SettingStore {
  get(key: string): Promise<string | undefined>;
  /** Stores `value` unless the key exists; returns the stored value either way. */
  putIfAbsent(key: string, value: string): Promise<string>;
}

/** One verdict on a next-action suggestion (seed 000: "user feedback loop"): ids only, never text. */
export interface SuggestionFeedback {
  id: string;
  userId: UserId;
  programId: string;
  track: string;
  /** The next action's id: a pack suggestion (`self_work_first_checkin`) or `llm:<track>`. */
  suggestionId: string;
  /** Why that suggestion was shown (the next action's `reason`). */
  reason: 'rule' | 'idle' | 'stuck' | 'llm';
  helpful: boolean;
  createdAt: Date;
}

/** Feedback on suggestions, scoped by user: at most one row per user, suggestion and UTC day. */
export interface SuggestionFeedbackStore {
  /**
   * Stores the verdict; another one for the same suggestion on the same UTC day replaces it.
   * Says whether this was the day's first verdict (`new`), a change of mind, or a repeat.
   */
  record(feedback: SuggestionFeedback): Promise<'new' | 'changed' | 'same'>;
  /** The user's own feedback, newest first. */
  list(userId: UserId, limit: number): Promise<SuggestionFeedback[]>;
}

/**
 * What a cached read is checked against. `current()` changes whenever anything a view is built
 * from may have changed: the database's change stamp (any committed write, by this process or
 * another) joined with a local generation that `bump()` moves for state kept in memory (LLM
 * suggestions arriving). `undefined` means "no cheap stamp here": reads are not cached.
 */
export interface Freshness {
  current(): string | undefined;
  bump(): void;
}

/** The stores a transaction sees: goals and steps together with the track ledger. */
export interface TransactionStores extends Stores {
  tracks: TrackStore;
  exercises: ExerciseStore;
  feedback: SuggestionFeedbackStore;
}

/** Runs work in one database transaction: all of its writes commit together or none does. */
export interface UnitOfWork {
  transaction<T>(work: (stores: TransactionStores) => Promise<T>): Promise<T>;
}

/** Figures over every user, for the track gauges at /metrics (no user ids leave the store). */
export interface TrackStatsStore {
  /** The mean completion of each track over everyone enrolled. */
  averageCompletion(): Promise<Record<string, number>>;
  /** How many users have a track with no progress since `before`. */
  stuckUsers(before: Date): Promise<number>;
}
