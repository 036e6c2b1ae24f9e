import type { SendClaims } from '../delivery.port.js';
import type { UserId } from '../goals/model.js';
import type { CreditHistory, CreditVerdict } from './credit.js';
import type { ActionRecord, Enrollment, Milestone, ProgressEvent, TrackState } from './model.js';

/**
 * What one recorded action saw inside its transaction, after the user's enrolment was locked: the
 * basis for the engine's decision, so two instances never credit the same day twice.
 */
export interface ActionSnapshot {
  states: TrackState[];
  achieved: ReadonlySet<string>;
  /** This action type's history and today's gains, counted from the ledger (see `CreditHistory`). */
  history: CreditHistory;
}

/** What the engine decided to write for one action. */
export interface ActionPlan {
  states: TrackState[];
  events: Array<Omit<ProgressEvent, 'id' | 'userId' | 'programId' | 'actionId' | 'at' | 'source' | 'actionType'>>;
  milestones: Array<{ id: string; track: string; metadata: Record<string, string | number> }>;
  /** Stored on the action: why it earned what it did (an action that earned nothing is still recorded). */
  credit: CreditVerdict;
}

/** What an action recorded before did, read back from the ledger when the same source comes again. */
export interface EarlierAction {
  actionId: string;
  events: ActionPlan['events'];
  milestones: Array<{ id: string; track: string }>;
  /** Its stored verdict (`full` for actions recorded before verdicts were kept). */
  credit: CreditVerdict;
}

export type RecordedAction<T> =
  | { kind: 'recorded'; actionId: string; plan: T }
  | { kind: 'duplicate'; earlier: EarlierAction }
  | { kind: 'not_enrolled' };

/** What the progress view reads about one person in one program, read together. */
export interface ProgressSnapshot {
  states: TrackState[];
  milestones: Milestone[];
  /** How often each action type was done (as `actionCounts`). */
  counts: Record<string, number>;
  /** Distinct UTC days with any progress (as `daysActive`). */
  daysActive: number;
}

/** Programs, tracks, the progress ledger and milestones of each user. Every method is scoped by user. */
export interface TrackStore {
  enrollments(userId: UserId): Promise<Enrollment[]>;
  /**
   * Creates the enrolment with every track at 0 %; false if the user was already enrolled. With
   * `primaryChosen` false the primary track is only a placeholder until the person answers.
   */
  enroll(enrollment: Enrollment, tracks: string[]): Promise<boolean>;
  states(userId: UserId, programId: string): Promise<TrackState[]>;
  /**
   * Sets (and marks as chosen) the primary track: the previous choice (null when this is the first
   * one), or undefined when not enrolled.
   */
  setPrimary(
    userId: UserId,
    programId: string,
    track: string,
    at: Date,
  ): Promise<{ previous: string | null } | undefined>;
  /**
   * One action as one transaction: the user's enrolment row is locked, a repeated `sourceId` is
   * refused as a duplicate, then `decide` sees the current states and the action type's history
   * (`dayOf`: the user's local day in the zone they gave, read under the lock, for "today") and writes the action with its verdict, the ledger
   * events, the new states and any new milestones together. `creditedUpTo`: the action type's credited actions are
   * counted only up to this many (`creditedCountNeeded`; every one when absent).
   */
  recordAction<T extends ActionPlan>(
    action: ActionRecord,
    dayOf: (timeZone: string | undefined) => { start: Date; end: Date },
    decide: (snapshot: ActionSnapshot) => T,
    creditedUpTo?: number,
  ): Promise<RecordedAction<T>>;
  /** The user's IANA time zone when they gave one (for "today" in credit rules); undefined: UTC. */
  timeZone(userId: UserId): Promise<string | undefined>;
  /** States, milestones, action counts and days active in one statement (one round trip). */
  progressSnapshot(userId: UserId, programId: string): Promise<ProgressSnapshot>;
  /** How often each action type was done, leaving out those that came too soon to be real. */
  actionCounts(userId: UserId, programId: string): Promise<Record<string, number>>;
  events(userId: UserId, programId: string, limit: number): Promise<ProgressEvent[]>;
  markNudged(userId: UserId, programId: string, track: string, at: Date): Promise<void>;
  /** Enrolments with a track untouched since `before` and not nudged since then (for the nudge job). */
  dueForNudge(before: Date, limit: number): Promise<Array<{ userId: UserId; programId: string }>>;
  /**
   * Claims on a nudge's send (one covers every idle track of the person's program), in the enrolment
   * row (services/delivery/send-once.ts).
   */
  nudgeSends: SendClaims<{ userId: UserId; programId: string }>;
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

/** Figures over every user, for the track gauges at /metrics (no user ids leave the store). */
export interface TrackStatsStore {
  /** The mean completion of each track over everyone enrolled. */
  averageCompletion(): Promise<Record<string, number>>;
  /** How many users have a track with no progress since `before`. */
  stuckUsers(before: Date): Promise<number>;
}
