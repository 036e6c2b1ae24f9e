import type { Locale } from '../goals/model.js';
import type { CreditRule } from '../tracks/credit.js';
import type { Phase } from '../tracks/model.js';

/** Text in every language Stepwise speaks. */
export type Localized = Readonly<Record<Locale, string>>;

/** A parallel line of progress (seed 000's tracks: self work, child connection…). */
export interface Track {
  id: string;
  emoji: string;
  name: Localized;
  about: Localized;
  /** What the person works on in each phase. */
  phases: Readonly<Record<Phase, Localized>>;
  /** At most this many percentage points a day, whatever the actions (absent: no daily cap). */
  dailyCap?: number;
}

/** Something a person can do; its first impact is its main track, the others its cross-track benefits. */
export interface ActionType {
  id: string;
  name: Localized;
  impacts: ReadonlyArray<{ track: string; delta: number }>;
  /** How repeats of it on one day are credited (see `core/tracks/credit.ts`; packs always set it). */
  credit?: CreditRule;
  /**
   * Done outside the chat (a meeting, a story shared), so the person's word is its only source:
   * it may be recorded by hand (`/log`, `POST /api/tracks/actions`). Every other action is recorded
   * only by its real source — its exercise, or a finished goal step.
   */
  selfReport?: boolean;
  /** Recorded when the person marks a task of their day's plan (the health program's habits). */
  planTask?: boolean;
}

export type MilestoneRule =
  | {
      kind: 'progress';
      id: string;
      track: string;
      atLeast: number;
      relaxedAtLeast?: number;
      name: Localized;
      description: Localized;
    }
  | {
      kind: 'action';
      id: string;
      track: string;
      action: string;
      count: number;
      relaxedCount?: number;
      name: Localized;
      description: Localized;
    };

interface PromptBase {
  id: string;
  ask: Localized;
  optional: boolean;
}

/** One question of a guided exercise: free text, a scale, or a choice. */
export type Prompt =
  | (PromptBase & { kind: 'text'; maxLength: number })
  | (PromptBase & { kind: 'scale'; min: number; max: number })
  | (PromptBase & { kind: 'choice'; choices: ReadonlyArray<{ id: string; label: Localized }> });

/** A guided exercise (the seed's Techniques); finishing it records `action`. */
export interface Exercise {
  id: string;
  track: string;
  action: string;
  minutes: number;
  title: Localized;
  intro: Localized;
  prompts: ReadonlyArray<Prompt>;
  closing: Localized;
}

/** An intent free text can carry; `track: null` for greetings, thanks and off-topic. */
export interface Intent {
  id: string;
  track: string | null;
  exercise?: string;
  examples: Readonly<Record<Locale, ReadonlyArray<string>>>;
}

/**
 * A next action the rules may offer for a track: it starts `exercise` or records the self-reported
 * action `log` (one of the two, so it can always be acted on where it is shown), when its conditions
 * on the phase and on what was done hold.
 */
export interface Suggestion {
  id: string;
  track: string;
  phases?: ReadonlyArray<Phase>;
  exercise?: string;
  log?: string;
  /** Acted on by opening the day's plan, where the habit is marked. */
  plan?: boolean;
  action?: string;
  ifDoneFewerThan: number;
  /** Not offered once any of these was done (no "find a group" after meetings). */
  unlessDone?: ReadonlyArray<string>;
  /** Offered only once each of these was done that many times (a follow-up). */
  afterDone?: Readonly<Record<string, number>>;
  easy: boolean;
  minutes: number;
  text: Localized;
}

/**
 * A program as the domain sees it: tracks, the actions that move them, milestones, exercises,
 * intents and next-action suggestions. Content packs are validated into this shape at load.
 */
export interface Program {
  id: string;
  name: Localized;
  intro: Localized;
  askPrimary: Localized;
  nudges: { idle: Localized; stuck: Localized };
  /**
   * How an action of another track also serves others: `one` names one track (`{track}`), `many`
   * several (`{tracks}`); `{action}` is the action. `trackInList` wraps each name (Russian quotes).
   */
  crossTrack: { one: Localized; many: Localized; trackInList: Localized };
  tracks: ReadonlyArray<Track>;
  actions: ReadonlyArray<ActionType>;
  milestones: ReadonlyArray<MilestoneRule>;
  exercises: ReadonlyArray<Exercise>;
  intents: ReadonlyArray<Intent>;
  suggestions: ReadonlyArray<Suggestion>;
}

/** The action a finished goal step records on its goal's track. */
export const GOAL_STEP_ACTION = 'goal_step';

/**
 * How an action gets recorded: by the person's word, by finishing its exercise, by a goal step, or by
 * marking a task of the day's plan.
 */
export type Recording =
  | { kind: 'self_report' }
  | { kind: 'exercise'; exercise: Exercise }
  | { kind: 'goal_step' }
  | { kind: 'plan_task' }
  | { kind: 'none' };

export function recordingOf(program: Pick<Program, 'actions' | 'exercises'>, actionType: string): Recording {
  const action = program.actions.find((candidate) => candidate.id === actionType);
  if (action?.selfReport) return { kind: 'self_report' };
  if (action?.planTask) return { kind: 'plan_task' };
  if (actionType === GOAL_STEP_ACTION) return { kind: 'goal_step' };
  const exercise = program.exercises.find((candidate) => candidate.action === actionType);
  return exercise ? { kind: 'exercise', exercise } : { kind: 'none' };
}

/**
 * The actions a person logs by hand (`/log`): the self-reported ones, things done outside the chat.
 * A first that marks a real thing (a quest, a letter) is counted only when that thing is made.
 */
export function loggableActions(program: Pick<Program, 'actions'>): ActionType[] {
  return program.actions.filter((action) => action.selfReport);
}
