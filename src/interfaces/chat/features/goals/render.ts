import { listedChoices, type Step } from '../../../../core/goals/model.js';
import type { Messages } from '../../../../i18n/catalog.js';
import type { CoachingOutcome, CurrentState } from '../../../../services/goals/outcomes.js';
import type { Reply } from '../../reply.js';

export const stepButtons = (msg: Messages) => [
  [
    { label: msg.buttonDone(), data: 'cmd:done' },
    { label: msg.buttonRephrase(), data: 'cmd:rephrase' },
  ],
];

/** A step message: always starts with 👣 (the contract every interface keeps). */
export const renderStep = (msg: Messages, step: Step): Reply => ({
  text: `${msg.step(step.text, step.estimatedMinutes)}\n\n${msg.stepHint()}`,
  buttons: stepButtons(msg),
});

/** Telegram refuses callback data over 64 bytes. */
const fitsButton = (data: string) => Buffer.byteLength(data, 'utf8') <= 64;

/**
 * A question message: always starts with ❓; the coach's choices, if any, as one button each. A choice too long
 * for Telegram's callback data (thirty Russian letters are 60 bytes) carries its number in the question's list
 * instead (`#2`), which `tappedChoice` reads back.
 */
export const renderQuestion = (msg: Messages, question: string, choices: string[] = []): Reply => {
  const buttons = choices.map((choice, index) => {
    const data = `goalans:${choice}`;
    return [{ label: choice, data: fitsButton(data) ? data : `goalans:#${index + 1}` }];
  });
  return { text: `${msg.question(question)}\n\n${msg.questionHint()}`, ...(buttons.length > 0 ? { buttons } : {}) };
};

/**
 * The answer a tapped button gives: its own words, or for a numbered one (`#2`) that line of the list ("• …")
 * in the question it was tapped under; undefined when the question has no such line (a button left from an
 * earlier question).
 */
export function tappedChoice(question: string, data: string): string | undefined {
  const number = /^#(\d+)$/.exec(data);
  return number ? listedChoices(question)[Number(number[1]) - 1] : data;
}

/** A step or a question; a crisis outcome is the dialog's to answer (it changes the conversation). */
export function renderOutcome(msg: Messages, outcome: Exclude<CoachingOutcome, { kind: 'crisis' }>): Reply[] {
  switch (outcome.kind) {
    case 'step':
      return [renderStep(msg, outcome.step)];
    case 'question':
      return [renderQuestion(msg, outcome.question.question, outcome.choices)];
  }
}

export function renderCurrent(msg: Messages, state: CurrentState): Reply[] {
  switch (state.kind) {
    case 'step':
      return [renderStep(msg, state.step)];
    case 'question':
      // The choices are not stored, but the question lists them: shown again, it has its buttons again.
      return [renderQuestion(msg, state.question.question, listedChoices(state.question.question))];
    case 'between':
      return [
        {
          text: state.lastDone ? msg.between(state.goal.title) : msg.noStepYet(state.goal.title),
          buttons: [[{ label: msg.buttonNext(), data: 'cmd:next' }]],
        },
      ];
  }
}
