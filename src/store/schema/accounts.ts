// Accounts: users, their sign-in identities, login links and web sessions.
import type { Timestamp } from './timestamp.js';

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
