import type { Goal, GoalId, Locale, UserId } from '../../core/goals/model.js';
import type { TrackDeps } from './deps.js';
import { enroll, listPrograms } from './enroll.js';
import { type Answers, type ExerciseSubmission, finishExercise, programExercises } from './finish-exercise.js';
import { goalStepCompleted, linkGoal } from './goal-link.js';
import { deliverNudge, dueNudgeKeys, type Nudge } from './nudges.js';
import { activeProgram, enrolledPrograms, tracksOn } from './programs.js';
import { routeMessage } from './route-message.js';
import { completeGoalStep } from './complete-goal-step.js';
import type { ReflectionRequest } from '../../core/tracks/reflector.port.js';
import { logAction } from './log-action.js';
import { type ActionInput, recordAction } from './record-action.js';
import { setPrimaryTrack } from './set-primary.js';
import { type FeedbackInput, suggestionFeedback } from './suggestion-feedback.js';
import { otherNextActions } from './other-next-actions.js';
import { suggestions } from './suggestions.js';
import { trackProgress } from './track-progress.js';

/** The track use cases bound to their effects: what the bot, the HTTP API and the jobs call. */
export function createTrackServices(deps: TrackDeps) {
  return {
    programs: deps.programs,
    program: (programId: string) => deps.programs.find((program) => program.id === programId),
    enabledFor: (userId: UserId) => tracksOn(deps, userId),
    listPrograms: (userId: UserId) => listPrograms(deps, userId),
    enroll: (userId: UserId, programId: string, primaryTrack?: string, options?: { askFocus?: boolean }) =>
      enroll(deps, userId, programId, primaryTrack, options),
    enrollments: (userId: UserId) => deps.stores.tracks.enrollments(userId),
    /** The user's programs with their enrolments, the default (recovery, for someone in it) first. */
    enrolledPrograms: (userId: UserId) => enrolledPrograms(deps, userId),
    progress: (userId: UserId, options?: { programId?: string; locale?: Locale }) =>
      trackProgress(deps, userId, options),
    setPrimary: (userId: UserId, track: string, programId?: string) => setPrimaryTrack(deps, userId, track, programId),
    /** An action from its real source (an exercise, a goal step): no check of who may record it. */
    recordAction: (userId: UserId, input: ActionInput) => recordAction(deps, userId, input),
    /** `/log` and `POST /api/tracks/actions`: self-reported actions only; the rest need their source. */
    logAction: (userId: UserId, input: ActionInput) => logAction(deps, userId, input),
    suggestions: (userId: UserId, options?: { programId?: string; locale?: Locale }) =>
      suggestions(deps, userId, options),
    suggestionFeedback: (userId: UserId, input: FeedbackInput) => suggestionFeedback(deps, userId, input),
    /** After "not for me": what else to offer (`other-next-actions.ts`). */
    otherNextActions: (userId: UserId, input: { track: string; programId?: string; locale?: Locale }) =>
      otherNextActions(deps, userId, input),
    exercises: (userId: UserId, programId?: string) => programExercises(deps, userId, programId),
    finishExercise: (userId: UserId, input: ExerciseSubmission) => finishExercise(deps, userId, input),
    entries: (userId: UserId, limit = 50) => deps.stores.exercises.list(userId, limit),
    events: (userId: UserId, programId: string, limit = 100) => deps.stores.tracks.events(userId, programId, limit),
    linkGoal: (userId: UserId, goalId: string, track: string, programId?: string) =>
      linkGoal(deps, userId, goalId, track, programId),
    goalStepCompleted: (userId: UserId, goal: Goal, stepId: string) => goalStepCompleted(deps, userId, goal, stepId),
    /** The nudge job's two halves: who is due, and one person's nudge (see nudges.ts). */
    dueNudgeKeys: () => dueNudgeKeys(deps),
    deliverNudge: (key: string, deliver: (nudge: Nudge, signal: AbortSignal) => Promise<boolean>) =>
      deliverNudge(deps, key, deliver),
    bus: deps.bus,
    /** Free text in a program: its intent and what to do with it (undefined outside any program). */
    routeMessage: (userId: UserId, text: string) => routeMessage(deps, userId, text),
    /** The program chat messages are about, if any. */
    activeProgram: (userId: UserId) => activeProgram(deps, userId),
    /** `/done`: the step and its linked track's move, in one transaction. */
    completeGoalStep: (userId: UserId, goalId?: GoalId) => completeGoalStep(deps, userId, goalId),
    /**
     * A model's short reflection on a finished exercise; undefined without a model or on any
     * failure (the exercise's closing words stand alone).
     */
    reflect: (request: ReflectionRequest) =>
      deps.reflector ? deps.reflector(request).catch(() => undefined) : Promise.resolve(undefined),
  };
}

export type TrackServices = ReturnType<typeof createTrackServices>;
export type { ActionInput, Answers, FeedbackInput, Nudge };
