import type { UserId } from '../goals/model.js';

/**
 * Sign-in without passwords for the web app: one-time login links and browser sessions. Only a hash
 * of each secret is stored, so the store never holds a usable link or cookie.
 */
export interface LoginLink {
  codeHash: string;
  userId: UserId;
  createdAt: Date;
  expiresAt: Date;
}

export interface WebSession {
  idHash: string;
  userId: UserId;
  createdAt: Date;
  expiresAt: Date;
}

export interface WebSessionStore {
  addLink(link: LoginLink): Promise<void>;
  /** Marks the link used and returns its user, only when it was unused and unexpired at `at` (one winner). */
  useLink(codeHash: string, at: Date): Promise<UserId | undefined>;
  /** Whether the link is known, unused and unexpired at `at`; it stays unused. */
  linkUsable(codeHash: string, at: Date): Promise<boolean>;
  /** Whether anybody has ever opened a sign-in link or a web session here (the first run has not). */
  anySignIn(): Promise<boolean>;
  addSession(session: WebSession): Promise<void>;
  /** The session's user while it lives. */
  sessionUser(idHash: string, at: Date): Promise<UserId | undefined>;
  endSession(idHash: string): Promise<void>;
  /** Ends every session and unused link of the user, and refuses every API token issued before `at`. */
  signOutEverywhere(userId: UserId, at: Date): Promise<void>;
}
