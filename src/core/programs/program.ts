import type { Locale } from '../goals/model.js';
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
}

/** Something a person can do; its first impact is its main track, the others its cross-track benefits. */
export interface ActionType {
  id: string;
  name: Localized;
  impacts: ReadonlyArray<{ track: string; delta: number }>;
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

/** A next action the rules may offer for a track. */
export interface Suggestion {
  id: string;
  track: string;
  phases?: ReadonlyArray<Phase>;
  exercise?: string;
  action?: string;
  ifDoneFewerThan: number;
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
  crossTrack: Localized;
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
 * The actions a person logs by hand (`/log`): those no exercise records and that are not a goal
 * step, which are counted when they happen.
 */
export function loggableActions(program: Pick<Program, 'actions' | 'exercises'>): ActionType[] {
  const viaExercise = new Set(program.exercises.map((exercise) => exercise.action));
  return program.actions.filter((action) => !viaExercise.has(action.id) && action.id !== GOAL_STEP_ACTION);
}
