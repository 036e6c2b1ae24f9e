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

export type MeUpdate = Partial<Pick<User, 'locale' | 'tone' | 'time_zone'>>;

/** `DELETE /api/me?confirm=yes`: how many rows each table held about the person, now erased. */
export interface Erased {
  deleted: Record<string, number>;
}
