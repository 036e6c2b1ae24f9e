import type { Coach, CoachContext } from '../../src/core/goals/coach.port.js';
import type { CoachPack } from '../../src/content/load-coach-pack.js';
import type { IntentModel } from '../../src/coach/intents/classifier.js';
import { sharedContent } from './app-content.js';
import { aCoachContext, contextFrom } from './coach-context.js';

/**
 * The coach pack as shipped and the offline coach over it (the goal model read from the model cache): the worker's
 * shared app content (`sharedContent`), so the sixty-odd files that walk the pack and the apps other files open read
 * it once per worker between them (files share a worker's modules, vitest.config.ts). Nothing mutates a pack.
 */
export function shippedOfflineCoach(): { pack: CoachPack; model: IntentModel; coach: Coach } {
  const content = sharedContent();
  return { pack: content.pack, model: content.goalModel, coach: content.offlineCoach };
}

/** The first five steps from `ctx` (its questions already answered), each completed as the services would. */
export async function fiveSteps(coach: Coach, ctx: CoachContext) {
  const history: CoachContext['history'] = [];
  for (let i = 0; i < 5; i++) {
    const result = await coach.nextStep(contextFrom({ ...ctx, mayAsk: false }, history));
    if (result.status !== 'ok') throw new Error(`expected a step, got a question: ${result.question}`);
    history.push({
      text: result.step,
      coachKey: result.coachKey ?? null,
      completedAt: new Date(),
      estimatedMinutes: result.estimatedMinutes,
    });
  }
  const texts = history.map((step) => step.text);
  return {
    keys: history.map((step) => step.coachKey ?? ''),
    texts,
    text: texts.join('\n'),
    minutes: history.map((step) => step.estimatedMinutes ?? 0),
  };
}

/**
 * The first five steps a person walking a goal of a settled kind gets (no question asked): their keys
 * (`''` for a step without one), their texts joined by newlines, and their minutes.
 */
export function firstFiveWith(coach: Coach) {
  return (kind: string, title: string, description: string, locale: 'en' | 'ru' = 'en') =>
    fiveSteps(coach, aCoachContext({ goal: { id: 'g', title, description, goalType: kind }, locale, mayAsk: false }));
}
