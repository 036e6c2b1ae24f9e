import { expect } from 'vitest';
import { createHazardReader } from '../../src/coach/offline/hazards.js';
import { createHoldingReader } from '../../src/coach/offline/holdings.js';
import { createSlotReader } from '../../src/coach/offline/slots.js';
import type { CoachContext } from '../../src/core/goals/coach.port.js';
import { aCoachContext, contextFrom } from './coach-context.js';
import { hazardKeys, talkWith, tapping, tapThrough } from './converse.js';
import { firstFiveWith, fiveSteps, shippedOfflineCoach } from './first-five.js';

/**
 * What the offline coach's case files (`src/coach/offline/cases/`, `hazards/`) share: the shipped pack and the coach
 * over it (the worker's shared content, read once), the ways a person walks a goal, and the key filters their
 * assertions use.
 */
export const { pack, model, coach } = shippedOfflineCoach();

/** A goal of a kind (`null`: the classifier places it), each question answered by the first button tapped or named. */
export const tap = tapThrough(coach);
/** The first five steps of a goal of a settled kind, no question asked. */
export const firstFive = firstFiveWith(coach);
/** A goal walked with a chooser of our own for each question's buttons. */
export const talk = talkWith(coach);
/** A goal walked with these buttons tapped, in order. */
export const talkTapping = (kind: string, title: string, description: string, locale: 'en' | 'ru', taps: string[]) =>
  talkWith(coach)(kind, title, description, locale, tapping(taps));

export const slots = createSlotReader(pack.slots);
export const holdings = createHoldingReader(pack.objects);
export const hazardReader = createHazardReader(pack.hazards);

/** The keys that start with `prefix`. */
export const withPrefix = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));
/** Whether any key starts with `prefix`. */
export const anyWithPrefix = (keys: string[], prefix: string) => keys.some((key) => key.startsWith(prefix));
/** The keys without their variant (`inst-01:harmonium` → `inst-01`). */
export const baseKeys = (keys: string[]) => keys.map((key) => key.split(':')[0]!);
/** The kind's own steps: every key but a hazard's. */
export const ownSteps = (keys: string[]) => keys.filter((key) => !key.startsWith('hz-'));
/** No hazard's step among the keys. */
export const noHazard = (keys: string[]) => expect(hazardKeys(keys)).toEqual([]);

/**
 * The first five steps as a person gets them from an unplaced goal: the kind question answered with the named
 * kind's button when it is offered (else "Something else"), an open question with the description, and the
 * situation question left to its default.
 */
export async function walk(kind: string, title: string, description: string, locale: 'en' | 'ru' = 'en') {
  const base = {
    goal: { id: 'g', title, description, goalType: null },
    clarifications: [] as CoachContext['clarifications'],
    locale,
    tone: 'friendly' as const,
    rejected: [],
    earlier: { count: 0, first: null },
  };
  const kindName = pack.types.find((item) => item.id === kind)?.name[locale];
  const none = pack.generic.none[locale];
  for (let turn = 0; turn < 2; turn++) {
    const asked = await coach.clarifyGoal({ ...base, history: [], usedKeys: {}, mayAsk: true });
    if (asked.status !== 'need_clarification' || asked.choices?.at(-1) === none) break;
    const answer = asked.choices
      ? (asked.choices.find((choice) => choice === kindName) ?? asked.choices.at(-1)!)
      : description;
    base.clarifications.push({ question: asked.question, answer });
  }
  return fiveSteps(coach, { ...base, history: [], usedKeys: {}, mayAsk: false });
}

/** The keys of the first `count` steps of a goal of a settled kind, no question asked: for a step further down the path. */
export async function keysOf(
  count: number,
  kind: string,
  title: string,
  description: string,
  locale: 'en' | 'ru' = 'en',
) {
  const path: CoachContext['history'] = [];
  const goal = { id: 'g', title, description, goalType: kind };
  for (let i = 0; i < count; i++) {
    const result = await coach.nextStep(contextFrom({ goal, locale, mayAsk: false }, path));
    if (result.status !== 'ok') throw new Error(`expected a step, got a question: ${result.question}`);
    path.push({ text: result.step, coachKey: result.coachKey ?? null, completedAt: new Date(), estimatedMinutes: 10 });
  }
  return path.map((step) => step.coachKey ?? '');
}

/** The question the coach asks first for a goal of a settled kind (undefined when it asks none). */
export async function questionFor(kind: string, title: string, description: string, locale: 'en' | 'ru' = 'en') {
  const result = await coach.clarifyGoal(
    aCoachContext({ goal: { id: 'g', title, description, goalType: kind }, locale, mayAsk: true }),
  );
  return result.status === 'need_clarification' ? result.question : undefined;
}
