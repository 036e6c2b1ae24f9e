import type { UserId } from '../goals/model.js';

/** A row as stored, with timestamps as ISO strings and JSON columns as text: nothing interpreted away. */
export type StoredRow = Record<string, string | number | boolean | null>;

/**
 * Everything stored about one person, table by table, found by the schema itself (every table with a
 * `user_id` column, and the user's own row), so a table added later is exported and erased without
 * anyone remembering to list it.
 */
export interface UserDataStore {
  /** `{ users: [row], goals: [...], … }`: every user-scoped table, empty ones included. */
  collect(userId: UserId): Promise<Record<string, StoredRow[]>>;
  /** Deletes the user and every row that names them, in one transaction; true when they existed. */
  erase(userId: UserId): Promise<boolean>;
  /** The user-scoped tables and, for each, how many rows name the user (0 everywhere after `erase`). */
  countRows(userId: UserId): Promise<Record<string, number>>;
}
