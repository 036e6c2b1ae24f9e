import { describe, expect, it } from 'vitest';
import { isStepwiseError } from '../errors.js';
import type { QuizQuestion } from './model.js';
import { quizComplete, scoreQuiz } from './quiz.js';

const text = (en: string) => ({ en, ru: en });

const QUESTIONS: QuizQuestion[] = [
  {
    id: 'motivation',
    ask: text('What gets you going?'),
    choices: [
      {
        id: 'numbers',
        label: text('Numbers'),
        scores: { peak_performer: 3, systematic_improver: 1 },
        because: text('numbers'),
      },
      { id: 'people', label: text('People'), scores: { connected_explorer: 3 }, because: text('people') },
    ],
  },
  {
    id: 'pace',
    ask: text('Your pace?'),
    choices: [
      {
        id: 'slow',
        label: text('Slow'),
        scores: { foundation_builder: 2, resilience_rebuilder: 2 },
        because: text('slow'),
      },
      { id: 'steps', label: text('Step by step'), scores: { systematic_improver: 3 }, because: text('steps') },
    ],
  },
  {
    id: 'week',
    ask: text('A good week?'),
    choices: [
      {
        id: 'tracked',
        label: text('Tracked'),
        scores: { systematic_improver: 2, peak_performer: 1 },
        because: text('tracked'),
      },
      { id: 'rested', label: text('Rested'), scores: { resilience_rebuilder: 3 }, because: text('rested') },
    ],
  },
];

describe('the onboarding quiz', () => {
  it('suggests the archetype with the most points and says why, strongest reasons first', () => {
    const result = scoreQuiz(QUESTIONS, { motivation: 'numbers', pace: 'steps', week: 'tracked' });
    expect(result.suggested).toBe('systematic_improver');
    expect(result.totals).toMatchObject({ systematic_improver: 6, peak_performer: 4, connected_explorer: 0 });
    expect(result.because.map((reason) => reason.en)).toEqual(['steps', 'tracked', 'numbers']);
  });

  it('breaks a tie by the archetypes’ order', () => {
    // foundation_builder 2, resilience_rebuilder 2 + 3: resilience wins outright; without the third, a tie.
    expect(scoreQuiz(QUESTIONS, { pace: 'slow', week: 'rested' }).suggested).toBe('resilience_rebuilder');
    expect(scoreQuiz(QUESTIONS, { pace: 'slow' }).suggested).toBe('foundation_builder');
  });

  it('refuses an answer to an unknown question or choice', () => {
    for (const answers of [{ nope: 'numbers' }, { motivation: 'nope' }] as Array<Record<string, string>>) {
      let code = 'none';
      try {
        scoreQuiz(QUESTIONS, answers);
      } catch (error) {
        code = isStepwiseError(error) ? error.code : 'other';
      }
      expect(code).toBe('invalid_input');
    }
  });

  it('is complete only when every question has a valid answer', () => {
    expect(quizComplete(QUESTIONS, { motivation: 'numbers', pace: 'steps' })).toBe(false);
    expect(quizComplete(QUESTIONS, { motivation: 'numbers', pace: 'steps', week: 'nope' })).toBe(false);
    expect(quizComplete(QUESTIONS, { motivation: 'numbers', pace: 'steps', week: 'rested' })).toBe(true);
  });
});
