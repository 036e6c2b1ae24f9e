// The chat's own rows: conversation states, processed updates, and key/value settings.
import type { Timestamp } from './timestamp.js';

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

export interface SettingsTable {
  key: string;
  value: string;
}
