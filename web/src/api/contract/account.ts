import type { Locale, Tone } from './common';

/** `POST /api/auth/telegram` and `POST /api/auth/session`. */
export interface TokenReply {
  token: string;
  expires_at: string;
}

export interface User {
  id: string;
  name: string | null;
  locale: Locale;
  tone: Tone;
  time_zone: string | null;
}

/** `GET /api/me`, `PATCH /api/me`. */
export interface Me {
  user: User;
}

/** `GET /api/me/joined`: what the person has joined (the home chooses the welcome or Today by it). */
export interface Joined {
  goals: number;
  active_goal: string | null;
  recovery: boolean;
  /** False while the track system is off for this person: the recovery program cannot be joined. */
  recovery_open: boolean;
  health: boolean;
}

export type MeUpdate = Partial<Pick<User, 'locale' | 'tone' | 'time_zone'>>;

/** `DELETE /api/me?confirm=yes`: how many rows each table held about the person, now erased. */
export interface Erased {
  deleted: Record<string, number>;
}
