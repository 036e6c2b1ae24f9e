import { describe, expect, it } from 'vitest';
import { aGoal, aStep } from '../../../test/factories/entities.js';
import { type AfterLastDone, planUndo, UNDO_WINDOW_MS } from './undo.js';

const finishedAt = new Date('2026-03-01T09:00:00Z');
const goal = aGoal('user-1');
const last = aStep(goal, { id: 'last', status: 'done', completedAt: finishedAt });
const facts = (over: Partial<AfterLastDone> = {}): AfterLastDone => ({
  last,
  later: [],
  questions: [],
  movedTrack: false,
  ...over,
});
const after = (ms: number) => new Date(finishedAt.getTime() + ms);

describe('planUndo: whether the last finished step can become the current one again', () => {
  it('takes it back up to exactly ten minutes after it was finished, and not a moment later', () => {
    expect(UNDO_WINDOW_MS).toBe(10 * 60_000);
    expect(planUndo(facts(), after(UNDO_WINDOW_MS))).toEqual({ ok: true, stepId: 'last' });
    expect(planUndo(facts(), after(UNDO_WINDOW_MS + 1))).toEqual({ ok: false, reason: 'too_late' });
  });

  it('discards a next step given after it that was not acted on, or a question not yet answered', () => {
    const next = aStep(goal, { id: 'next', status: 'open' });
    expect(planUndo(facts({ later: [next] }), after(60_000))).toEqual({
      ok: true,
      stepId: 'last',
      discardStepId: 'next',
    });
    expect(planUndo(facts({ questions: [{ id: 'q', answered: false }] }), after(60_000))).toEqual({
      ok: true,
      stepId: 'last',
      discardQuestionId: 'q',
    });
  });

  it('keeps it done once the person acted on what came next: a rephrased next step, an answered question', () => {
    const superseded = aStep(goal, { status: 'superseded', userComment: 'too big' });
    const replacement = aStep(goal, { status: 'open', rephrased: true });
    expect(planUndo(facts({ later: [superseded, replacement] }), after(1))).toEqual({ ok: false, reason: 'moved_on' });
    expect(planUndo(facts({ later: [replacement] }), after(1))).toEqual({ ok: false, reason: 'moved_on' });
    expect(planUndo(facts({ questions: [{ id: 'q', answered: true }] }), after(1))).toEqual({
      ok: false,
      reason: 'moved_on',
    });
  });

  it('keeps a step that moved a track done: track progress never goes back', () => {
    expect(planUndo(facts({ movedTrack: true }), after(1))).toEqual({ ok: false, reason: 'track_moved' });
  });

  it('has nothing to undo before any step is finished, and an old Undo button never takes back a newer step', () => {
    expect(planUndo(undefined, finishedAt)).toEqual({ ok: false, reason: 'nothing' });
    expect(planUndo(facts(), after(1), 'an-older-step')).toEqual({ ok: false, reason: 'not_last' });
    expect(planUndo(facts(), after(1), 'last')).toEqual({ ok: true, stepId: 'last' });
  });
});
