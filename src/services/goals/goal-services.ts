import type { GoalId, StepId, UserId } from '../../core/goals/model.js';
import { answerClarification } from './answer-clarification.js';
import { closeGoal } from './close-goal.js';
import { type CompletedStep, completeStep } from './complete-step.js';
import { createGoal, type NewGoal } from './create-goal.js';
import { currentStep } from './current-step.js';
import type { ServiceDeps } from './deps.js';
import { ensureUser, type Identity } from './ensure-user.js';
import { goalStatus } from './goal-status.js';
import { goalHistory, goalView, viewAfterDone } from './goal-view.js';
import { goalByNumber, listGoals } from './list-goals.js';
import { requireUser, requireWorkingGoal } from './lookups.js';
import { nextStep } from './next-step.js';
import type { Said } from './outcomes.js';
import { reopenGoal } from './reopen-goal.js';
import { rephraseStep } from './rephrase-step.js';
import { setPreferences } from './set-preferences.js';
import type { Preferences } from '../../core/goals/stores.port.js';
import { switchGoal } from './switch-goal.js';
import { undoStep } from './undo-step.js';

/**
 * The goal use cases bound to their effects: what every interface (bot, CLI, HTTP) calls. Step
 * actions work on the active goal; `goalId` (the API's path) names it, and must be the active one.
 */
export function createGoalServices(deps: ServiceDeps) {
  return {
    ensureUser: (identity: Identity) => ensureUser(deps, identity),
    /** The crisis screen, for text an interface gets before it knows what the text is for. */
    screenText: (text: string, field: string) => deps.screen.screen(text, field),
    /** The offline verdict alone, not counted or logged: for routing (a flood limit lets crisis words through). */
    looksLikeCrisis: (text: string) => deps.screen.looksLikeCrisis(text),
    user: (userId: UserId) => requireUser(deps, userId),
    subjectOf: (userId: UserId, provider: string) => deps.stores.users.subjectOf(userId, provider),
    setPreferences: (userId: UserId, prefs: Preferences) => setPreferences(deps, userId, prefs),
    createGoal: (userId: UserId, input: NewGoal) => createGoal(deps, userId, input),
    listGoals: (userId: UserId) => listGoals(deps, userId),
    goalByNumber: (userId: UserId, number: number) => goalByNumber(deps, userId, number),
    goalView: (userId: UserId, goalId: GoalId) => goalView(deps, userId, goalId),
    viewAfterDone: (done: CompletedStep) => viewAfterDone(deps, done),
    /** The goal named, when step actions may run on it (it is the active one); refuses otherwise. */
    workingGoal: (userId: UserId, goalId: GoalId) => requireWorkingGoal(deps, userId, goalId),
    goalHistory: (userId: UserId, goalId?: GoalId) => goalHistory(deps, userId, goalId),
    switchGoal: (userId: UserId, goalId: GoalId) => switchGoal(deps, userId, goalId),
    currentStep: (userId: UserId) => currentStep(deps, userId),
    completeStep: (userId: UserId, goalId?: GoalId) => completeStep(deps, userId, goalId),
    nextStep: (userId: UserId, goalId?: GoalId) => nextStep(deps, userId, goalId),
    rephraseStep: (userId: UserId, comment: string, goalId?: GoalId, said?: Said) =>
      rephraseStep(deps, userId, comment, goalId, said),
    answerClarification: (userId: UserId, answer: string, goalId?: GoalId, said?: Said) =>
      answerClarification(deps, userId, answer, goalId, said),
    undoStep: (userId: UserId, target?: { goalId?: GoalId; stepId?: StepId }) => undoStep(deps, userId, target),
    goalStatus: (userId: UserId) => goalStatus(deps, userId),
    closeGoal: (userId: UserId, goalId: GoalId, as: 'completed' | 'archived') => closeGoal(deps, userId, goalId, as),
    reopenGoal: (userId: UserId, goalId: GoalId) => reopenGoal(deps, userId, goalId),
  };
}

export type GoalServices = ReturnType<typeof createGoalServices>;
