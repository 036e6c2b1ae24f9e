import type { Coach, CoachContext, CoachResult } from '../../src/core/goals/coach.port.js';
import { aCoachContext } from './coach-context.js';
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

/**
 * `converse` about a goal of a given kind (`null`: the classifier places it), each question answered by `pick` from
 * its buttons — the shape every situation test uses.
 */
export const talkWith =
  (coach: Coach) =>
  (kind: string | null, title: string, description: string, locale: 'en' | 'ru', pick: (choices: string[]) => string) =>
    converse(
      coach,
      (clarifications) =>
        aCoachContext({ goal: { id: 'g', title, description, goalType: kind }, clarifications, locale, mayAsk: true }),
      (asked) => pick(asked.choices ?? []),
    );

/** Taps the first button that starts with one of `taps`, or the last button ("None of these") when none does. */
export const tapping =
  (taps: string[]) =>
  (choices: string[]): string =>
    choices.find((choice) => taps.some((tap) => choice.startsWith(tap))) ?? choices.at(-1) ?? '';

/**
 * The first five steps of a goal of a settled kind (English unless said), each question answered with the first of
 * `taps` among its buttons, else "None of these".
 */
export const tapThrough =
  (coach: Coach) =>
  (kind: string, title: string, description: string, locale: 'en' | 'ru' = 'en', taps: string[] = []) =>
    talkWith(coach)(kind, title, description, locale, tapping(taps));

/** The hazard steps among a path's keys (`hz-…`, content/goals/hazards/): a near miss expects none. */
export const hazardKeys = (keys: readonly string[]) => keys.filter((key) => key.startsWith('hz-'));
