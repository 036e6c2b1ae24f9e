import type { UserId } from '../../goals/model.js';
import type { Localized } from '../../programs/program.js';
import type { Reading, ReadingMetric, ReadingSource } from '../readings.js';
import type { TaskChange } from './adapt.js';
import type { Baseline, DailyValue } from './baseline.js';
import type { EarlierAdaptation } from './triggers.js';

/** A reading as stored: with the person's local day it fell on (baselines are by day). */
export interface StoredReading extends Reading {
  day: string;
}

export type AdaptationStatus = EarlierAdaptation['status'];

/** The seed's `plan_adaptations` row. */
export interface PlanAdaptation {
  id: string;
  userId: UserId;
  /** The plan's local date it applies to. */
  date: string;
  triggerId: string;
  /** The trigger's reason as it read when the adaptation was made (the seed's `trigger_reason`). */
  reason: Localized;
  action: string;
  confidence: number;
  changes: readonly TaskChange[];
  status: AdaptationStatus;
  feedback: string | null;
  createdAt: Date;
  expiresAt: Date;
  decidedAt: Date | null;
  /** When the bot told the person (null until then): at most one message per adaptation. */
  notifiedAt: Date | null;
}

/** Readings, baselines and adaptations. Every method is scoped by user id except the jobs' scans. */
export interface BiometricStore {
  /** Stores new readings in one transaction; a reading already stored (same metric, source, instant) is left. */
  addReadings(userId: UserId, readings: readonly StoredReading[], at: Date): Promise<{ added: number }>;
  /** The readings of the metrics at or after `since`, oldest first. */
  readingsSince(userId: UserId, metrics: readonly ReadingMetric[], since: Date): Promise<StoredReading[]>;
  /** Daily means of one metric from one source from `fromDay` on. */
  daily(userId: UserId, metric: ReadingMetric, source: ReadingSource, fromDay: string): Promise<DailyValue[]>;
  /** Metric and source pairs the person has readings of. */
  series(userId: UserId): Promise<Array<{ metric: ReadingMetric; source: ReadingSource }>>;
  saveBaselines(userId: UserId, baselines: readonly Baseline[], at: Date): Promise<void>;
  baselines(userId: UserId): Promise<Baseline[]>;

  /**
   * Stores an adaptation and supersedes the open ones named; false (nothing stored) when the person
   * already has one from the same trigger for the same plan day: one per trigger and day, however
   * many paths judge the day at once.
   */
  addAdaptation(adaptation: PlanAdaptation, supersede: readonly string[]): Promise<boolean>;
  /** Adaptations created at or after `since`, newest first. */
  adaptations(userId: UserId, since: Date): Promise<PlanAdaptation[]>;
  decide(userId: UserId, id: string, status: 'accepted' | 'kept', feedback: string | null, at: Date): Promise<boolean>;
  /** Pending adaptations not yet sent to the bot, oldest first (the delivery job's scan). */
  unnotified(limit: number, now: Date): Promise<PlanAdaptation[]>;
  /** People whose readings were received at or after `since` (the trigger job's scan, across users). */
  readersSince(since: Date): Promise<UserId[]>;
  /** Claims the notice: true for the one caller that set it first. */
  claimNotice(id: string, at: Date): Promise<boolean>;
  /** Open adaptations that expired at or before `now` and were not announced yet; claims them. */
  claimExpired(now: Date, limit: number): Promise<PlanAdaptation[]>;
}
