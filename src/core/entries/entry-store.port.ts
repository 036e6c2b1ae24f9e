import type { UserId } from '../goals/model.js';
import type { ExerciseEntry } from '../tracks/stores.port.js';

export type EntryAnswers = ExerciseEntry['answers'];

/** Where a page of entries starts: just after this entry, in newest-first order. */
export interface EntryPosition {
  createdAt: Date;
  id: string;
}

/**
 * A person's finished exercises (letters, check-ins, quests, thought records) as they read them
 * back: paged, opened, edited, deleted. Always filtered by their owner.
 */
export interface EntryStore {
  /**
   * Newest first (entries of the same instant by id), starting just after `after`: a page stays
   * where it is when new entries are saved meanwhile.
   */
  page(userId: UserId, options: { after?: EntryPosition; limit: number }): Promise<ExerciseEntry[]>;
  byId(userId: UserId, entryId: string): Promise<ExerciseEntry | undefined>;
  /** The newest entries of these exercises, newest first. */
  recentOf(userId: UserId, exerciseIds: readonly string[], limit: number): Promise<ExerciseEntry[]>;
  /** Replaces the entry's answers; its date, exercise and what it counted stay. False if not the user's. */
  replaceAnswers(userId: UserId, entryId: string, answers: EntryAnswers): Promise<boolean>;
  /** Deletes one entry; progress and milestones it earned stay. False if not the user's. */
  remove(userId: UserId, entryId: string): Promise<boolean>;
}
