import type { GoalId, Locale, Tone, UserId } from '../../core/goals/model.js';
import { answerClarification } from './answer-clarification.js';
import { closeGoal } from './close-goal.js';
import { completeStep } from './complete-step.js';
import { createGoal, type NewGoal } from './create-goal.js';
import { currentStep } from './current-step.js';
import type { ServiceDeps } from './deps.js';
import { ensureUser, type Identity } from './ensure-user.js';
import { goalStatus } from './goal-status.js';
import { listGoals } from './list-goals.js';
import { requireUser } from './lookups.js';
import { nextStep } from './next-step.js';
import { rephraseStep } from './rephrase-step.js';
import { setPreferences } from './set-preferences.js';
import { switchGoal } from './switch-goal.js';

/** The goal use cases bound to their effects: what every interface (bot, CLI, HTTP) calls. */
export function createGoalServices(deps: ServiceDeps) {
  return {
    ensureUser: (identity: Identity) => ensureUser(deps, identity),
    /** The crisis screen, for text an interface gets before it knows what the text is for. */
    screenText: (text: string, field: string) => deps.screen.screen(text, field),
    /** The offline verdict alone, not counted or logged: for routing (a flood limit lets crisis words through). */
    looksLikeCrisis: (text: string) => deps.screen.looksLikeCrisis(text),
    user: (userId: UserId) => requireUser(deps, userId),
    subjectOf: (userId: UserId, provider: string) => deps.stores.users.subjectOf(userId, provider),
    setPreferences: (userId: UserId, prefs: { locale?: Locale; tone?: Tone }) => setPreferences(deps, userId, prefs),
    createGoal: (userId: UserId, input: NewGoal) => createGoal(deps, userId, input),
    listGoals: (userId: UserId) => listGoals(deps, userId),
    switchGoal: (userId: UserId, goalId: GoalId) => switchGoal(deps, userId, goalId),
    currentStep: (userId: UserId) => currentStep(deps, userId),
    completeStep: (userId: UserId) => completeStep(deps, userId),
    nextStep: (userId: UserId) => nextStep(deps, userId),
    rephraseStep: (userId: UserId, comment: string) => rephraseStep(deps, userId, comment),
    answerClarification: (userId: UserId, answer: string) => answerClarification(deps, userId, answer),
    goalStatus: (userId: UserId) => goalStatus(deps, userId),
    closeGoal: (userId: UserId, goalId: GoalId, as: 'completed' | 'archived') => closeGoal(deps, userId, goalId, as),
  };
}

export type GoalServices = ReturnType<typeof createGoalServices>;
