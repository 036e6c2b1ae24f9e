import type { Clarification, Goal, Locale, Step, Tone } from './model.js';

/** What the coach knows when it writes: the goal, what was asked, and the path walked so far. */
export interface CoachContext {
  goal: Pick<Goal, 'id' | 'title' | 'description' | 'goalType'>;
  clarifications: Pick<Clarification, 'question' | 'answer'>[];
  /**
   * The most recent steps (done and the open one; at most RECENT_WINDOW), oldest first. The rest of
   * the path is summarised by `earlier`, so the context stays the same size as the goal grows.
   */
  history: Pick<Step, 'text' | 'coachKey' | 'completedAt' | 'estimatedMinutes'>[];
  /** Steps before `history`: how many, and the very first one's text (null when none). */
  earlier: { count: number; first: string | null };
  /** The latest steps the user asked to rephrase, with their comments: never offer these again. */
  rejected: Pick<Step, 'text' | 'coachKey' | 'userComment'>[];
  /**
   * The reasons the person gave for rephrasing this goal's steps, oldest first (the latest REASONS_WINDOW): read for
   * what they rule out ("there is no pool near me"). Absent where a caller has none to give.
   */
  reasons?: string[];
  /** Content keys of the steps given for this goal (rephrased ones included), with how often each was given. */
  usedKeys: Record<string, number>;
  locale: Locale;
  tone: Tone;
  /** False once the coach has asked enough questions in a row: it must give a step now. */
  mayAsk: boolean;
}

/** How many recent steps the coach sees verbatim; older ones are counted and summarised. */
export const RECENT_WINDOW = 8;
/** How many rephrased-away steps the coach is told to avoid. */
export const REJECTED_WINDOW = 3;
/** How many of the latest rephrase reasons the coach reads. */
export const REASONS_WINDOW = 20;

/** The seed's contract: a step, or a question when the coach lacks data. */
export type CoachResult =
  | { status: 'ok'; step: string; estimatedMinutes: number; coachKey?: string; goalType?: string; source: CoachSource }
  | {
      status: 'need_clarification';
      question: string;
      /** Answers to offer as buttons (the question also lists them, so a typed answer works too). */
      choices?: string[];
      goalType?: string;
      source: CoachSource;
    };

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
  rephrase(
    ctx: CoachContext,
    current: Pick<Step, 'text' | 'coachKey' | 'estimatedMinutes'>,
    comment: string,
  ): Promise<CoachResult>;
}

/**
 * The dangers a goal names in passing (a gas smell by the boiler, a deposit for an unseen flat), read by the offline
 * coach's hazards for a coach that writes its own steps: a language model read the same words and walked past them.
 */
export interface DangerLead {
  read(ctx: CoachContext): DangersNamed;
}

export interface DangersNamed {
  /** What each danger is, in English (for a model's prompt; empty when the goal names none). */
  names: string[];
  /** The next safety step the dangers call for that was not given yet: it comes before any step a model writes. */
  step?: Extract<CoachResult, { status: 'ok' }>;
  /** The goal itself is the danger (accounts opened to hand over): only the offline coach's safe path answers it. */
  halts: boolean;
  /** The safety rules of the dangers named, when their content has any: every step a model writes is held to them. */
  rules?: SafetyRule[];
}

/** A danger's rule for a step a model writes ("no work on a socket without the power off"), from the app's content. */
export interface SafetyRule {
  /** The rule as the model is told it, in English. */
  instruction: string;
  /** Whether a step breaks it. */
  breaks(step: string): boolean;
}
