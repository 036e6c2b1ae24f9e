import type { Step } from '../../../../core/goals/model.js';
import type { Messages } from '../../../../i18n/catalog.js';
import type { CoachingOutcome, CurrentState } from '../../../../services/goals/outcomes.js';
import type { Reply } from '../../reply.js';

export const stepButtons = (m: Messages) => [
  [
    { label: m.buttonDone(), data: 'cmd:done' },
    { label: m.buttonRephrase(), data: 'cmd:rephrase' },
  ],
];

/** A step message: always starts with 👣 (the contract every interface keeps). */
export const renderStep = (m: Messages, step: Step): Reply => ({
  text: `${m.step(step.text, step.estimatedMinutes)}\n\n${m.stepHint()}`,
  buttons: stepButtons(m),
});

/** A question message: always starts with ❓. */
export const renderQuestion = (m: Messages, question: string): Reply => ({
  text: `${m.question(question)}\n\n${m.questionHint()}`,
});

/** A step or a question; a crisis outcome is the dialog's to answer (it changes the conversation). */
export function renderOutcome(m: Messages, outcome: Exclude<CoachingOutcome, { kind: 'crisis' }>): Reply[] {
  switch (outcome.kind) {
    case 'step':
      return [renderStep(m, outcome.step)];
    case 'question':
      return [renderQuestion(m, outcome.question.question)];
  }
}

export function renderCurrent(m: Messages, state: CurrentState): Reply[] {
  switch (state.kind) {
    case 'step':
      return [renderStep(m, state.step)];
    case 'question':
      return [renderQuestion(m, state.question.question)];
    case 'between':
      return [
        {
          text: state.lastDone ? m.between(state.goal.title) : m.noStepYet(state.goal.title),
          buttons: [[{ label: m.buttonNext(), data: 'cmd:next' }]],
        },
      ];
  }
}
