import type { Clarification, Goal, GoalId, GoalStatus, Locale, Step, StepId, Tone, User, UserId } from './model.js';
import type { AfterLastDone } from './undo.js';

/** What a person may change about themselves: language, tone, time zone. */
export interface Preferences {
  locale?: Locale;
  tone?: Tone;
  timeZone?: string;
}

export interface UserStore {
  byIdentity(provider: string, subject: string): Promise<User | undefined>;
  byId(userId: UserId): Promise<User | undefined>;
  /** Creates the user and links the identity; returns the existing user if the identity is taken. */
  createWithIdentity(user: User, provider: string, subject: string): Promise<User>;
  updatePreferences(userId: UserId, prefs: Preferences, at: Date): Promise<void>;
  /** The user's subject at an identity provider (their Telegram id), for messages the user did not ask for. */
  subjectOf(userId: UserId, provider: string): Promise<string | undefined>;
}

export interface GoalStore {
  byId(userId: UserId, goalId: GoalId): Promise<Goal | undefined>;
  active(userId: UserId): Promise<Goal | undefined>;
  /** The user's goals in the order they were created (by `number`), whatever their status. */
  list(userId: UserId): Promise<Goal[]>;
  /** The user's goal with this number (see `Goal.number`). */
  byNumber(userId: UserId, number: number): Promise<Goal | undefined>;
  /**
   * Inserts the goal with the user's next number and returns it; an `active` one pauses the user's
   * previously active goal in the same transaction.
   */
  insert(goal: Goal): Promise<number>;
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
  /** Finished steps per goal of the user, in one query (goals without any are absent). */
  doneCounts(userId: UserId): Promise<Record<GoalId, number>>;
  /** The goal's finished steps in the order they were taken (its history; never a future step). */
  done(userId: UserId, goalId: GoalId): Promise<Step[]>;
  lastDone(userId: UserId, goalId: GoalId): Promise<Step | undefined>;
  /** The goal's last finished step and what followed it, for undo; undefined when none is finished. */
  afterLastDone(userId: UserId, goalId: GoalId): Promise<AfterLastDone | undefined>;
  /**
   * Undo, atomically: discards the untouched next step and/or unanswered question given after the
   * step, and makes the step open again. False (and nothing changed) when anything moved meanwhile.
   */
  undoDone(
    userId: UserId,
    plan: { stepId: StepId; discardStepId?: StepId; discardQuestionId?: string },
  ): Promise<boolean>;
  /** Inserts an open step; fails with `step_not_done` if the goal already has one. */
  insertOpen(step: Step): Promise<void>;
  /**
   * Finishes the goal's open step at `at` in one statement and gives it back as it now is; undefined when no step
   * was open (none yet, or a concurrent /done finished it first).
   */
  completeOpen(userId: UserId, goalId: GoalId, at: Date): Promise<Step | undefined>;
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

/** Per-user, per-channel conversation state (the chat FSM), kept in the database across restarts. */
export interface ChatStateStore {
  get(userId: UserId, channel: string): Promise<unknown>;
  set(userId: UserId, channel: string, state: unknown, at: Date): Promise<void>;
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

/** Deployment-wide settings (e.g. the generated JWT secret when JWT_SECRET is not set). */
export interface SettingStore {
  get(key: string): Promise<string | undefined>;
  /** Stores `value` unless the key exists; returns the stored value either way. */
  putIfAbsent(key: string, value: string): Promise<string>;
}
