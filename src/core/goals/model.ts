/** The languages Stepwise speaks. */
export const LOCALES = ['en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

/** How the coach sounds (seed 001, "future features"). */
export const TONES = ['friendly', 'serious', 'motivational'] as const;
export type Tone = (typeof TONES)[number];

export type UserId = string;
export type GoalId = string;
export type StepId = string;

export interface User {
  id: UserId;
  locale: Locale;
  tone: Tone;
  displayName: string | null;
  createdAt: Date;
  /** The person's own IANA time zone, when they set one (the web app's settings). */
  timeZone?: string | null;
  /** "Sign out everywhere": no API token issued before this moment is honoured. */
  signedOutAt?: Date | null;
}

/**
 * `active` is the one goal the user works on now (at most one per user); `paused` goals wait
 * in the list; `completed` and `archived` goals are closed and get no more steps.
 */
export const GOAL_STATUSES = ['active', 'paused', 'completed', 'archived'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export interface Goal {
  id: GoalId;
  userId: UserId;
  title: string;
  description: string | null;
  status: GoalStatus;
  /** The goal type the offline coach recognised (e.g. `language`); null until classified. */
  goalType: string | null;
  /** `program:track` when finishing the goal's steps moves a track (e.g. `recovery:self_work`). */
  track?: string | null;
  /**
   * The goal's place among the user's goals in the order they were created (1, 2, …), given by the
   * store when it is saved: stable across switching, closing and reopening, so `/goals 2` always
   * means the same goal. Absent only on a goal not saved yet.
   */
  number?: number;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * A step of a goal's hidden path (seed 001's Step). `open` is the current step (at most one per
 * goal); `done` has `completedAt`; `superseded` was rephrased away and is kept for the record.
 */
export const STEP_STATUSES = ['open', 'done', 'superseded'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export interface Step {
  id: StepId;
  goalId: GoalId;
  userId: UserId;
  text: string;
  estimatedMinutes: number | null;
  status: StepStatus;
  /** True when this step replaced another one at the user's request. */
  rephrased: boolean;
  /** What the user said was wrong with this step when they asked to rephrase it. */
  userComment: string | null;
  /** Which coach wrote it (`offline`, `llm`, `fallback`) and, for curated steps, its content key. */
  source: string;
  coachKey: string | null;
  createdAt: Date;
  completedAt: Date | null;
}

/** A question the coach asked about a goal, with the user's answer once given. */
export interface Clarification {
  id: string;
  goalId: GoalId;
  userId: UserId;
  question: string;
  answer: string | null;
  /** How many steps the goal had when the question was asked (set by the store). */
  stepsBefore: number;
  createdAt: Date;
  answeredAt: Date | null;
}

/**
 * A question with answers to tap keeps them in its text, one per line after "• ": the question is stored as text
 * alone, and a typed answer or a tap under an old message is read against these lines.
 */
export const withChoices = (question: string, choices: readonly string[]) =>
  `${question}\n${choices.map((choice) => `• ${choice}`).join('\n')}`;

/** The answers a question offered to tap (`withChoices`). */
export const listedChoices = (question: string) =>
  question
    .split('\n')
    .filter((line) => line.startsWith('• '))
    .map((line) => line.slice(2).trim());

/**
 * A stored question as a screen shows it: its words without the listed lines, and those lines as choices to tap.
 * The web shows the choices as buttons under the question, never as bullets inside it.
 */
export const questionParts = (question: string) => ({
  text: question
    .split('\n')
    .filter((line) => !line.startsWith('• '))
    .join('\n')
    .trim(),
  choices: listedChoices(question),
});

/** Longest texts we accept; longer input is refused with the limit named, never cut silently. */
export const LIMITS = {
  title: 200,
  description: 2000,
  comment: 1000,
  answer: 1000,
} as const;
