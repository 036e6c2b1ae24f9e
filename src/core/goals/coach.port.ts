import type { Clarification, Goal, Locale, Step, Tone } from './model.js';

/** What the coach knows when it writes: the goal, what was asked, and the path walked so far. */
export interface CoachContext {
  goal: Pick<Goal, 'id' | 'title' | 'description' | 'goalType'>;
  clarifications: Pick<Clarification, 'question' | 'answer'>[];
  /** Steps given so far (done and the open one), oldest first; superseded ones are in `rejected`. */
  history: Pick<Step, 'text' | 'coachKey' | 'completedAt' | 'estimatedMinutes'>[];
  /** Steps the user asked to rephrase, with their comments: never offer these again. */
  rejected: Pick<Step, 'text' | 'coachKey' | 'userComment'>[];
  locale: Locale;
  tone: Tone;
  /** False once the coach has asked enough questions in a row: it must give a step now. */
  mayAsk: boolean;
}

/** The seed's contract: a step, or a question when the coach lacks data. */
export type CoachResult =
  | { status: 'ok'; step: string; estimatedMinutes: number; coachKey?: string; goalType?: string; source: CoachSource }
  | { status: 'need_clarification'; question: string; goalType?: string; source: CoachSource };

export type CoachSource = 'offline' | 'llm' | 'fallback';

/**
 * The coach port (seed 001's four prompts). Implementations: the offline coach (default,
 * deterministic, no network) and the LLM coach (any OpenAI-compatible endpoint).
 */
export interface Coach {
  /** Prompt 4: is the goal clear enough to act on? Returns a question, or ok with a first step. */
  clarifyGoal(ctx: CoachContext): Promise<CoachResult>;
  /** Prompt 1: the first micro-step of a new goal (may ask a question instead). */
  firstStep(ctx: CoachContext): Promise<CoachResult>;
  /** Prompt 2: the next logical step after the last one was done (may ask a question instead). */
  nextStep(ctx: CoachContext): Promise<CoachResult>;
  /** Prompt 3: another step at the same level, given the user's comment on the current one. */
  rephrase(ctx: CoachContext, current: Pick<Step, 'text' | 'coachKey' | 'estimatedMinutes'>, comment: string): Promise<CoachResult>;
}
