import type { Coach, CoachContext, CoachResult } from '../../src/core/goals/coach.port.js';
import { fiveSteps } from './first-five.js';

export type Question = Extract<CoachResult, { status: 'need_clarification' }>;

/** How many questions core lets the coach ask in a row; past that it is called with mayAsk off. */
const QUESTIONS = 2;

/**
 * A person's conversation with the coach about a new goal: each question answered by `answer` (a button's words, or
 * words typed), then the first five steps, each completed as the services would.
 */
export async function converse(
  coach: Coach,
  start: (clarifications: CoachContext['clarifications']) => CoachContext,
  answer: (asked: Question, turn: number) => string,
) {
  const clarifications: CoachContext['clarifications'] = [];
  const asked: Question[] = [];
  for (let turn = 0; turn < QUESTIONS; turn++) {
    const result = await coach.clarifyGoal(start(clarifications));
    if (result.status !== 'need_clarification') break;
    asked.push(result);
    clarifications.push({ question: result.question, answer: answer(result, turn) });
  }
  return { asked, ...(await fiveSteps(coach, start(clarifications))) };
}
