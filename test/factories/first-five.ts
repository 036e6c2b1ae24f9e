import type { Coach, CoachContext } from '../../src/core/goals/coach.port.js';
import { type CoachPack, loadCoachPack } from '../../src/content/load-coach-pack.js';
import { cachedContent } from '../../src/main/content-cache.js';
import { createOfflineCoach } from '../../src/coach/offline/offline-coach.js';
import { cachedGoalModel } from '../../src/main/model-cache.js';
import { aCoachContext, contextFrom } from './coach-context.js';

let shipped: { pack: CoachPack; model: ReturnType<typeof cachedGoalModel>; coach: Coach } | undefined;

/**
 * The coach pack as shipped and the offline coach over it (the goal model read from the model cache). Read once
 * per test worker, through the app's content cache: checking the packs takes seconds, and some sixty test files
 * walk them (files share a worker's modules, vitest.config.ts). Nothing mutates a pack, so sharing it is safe.
 */
export function shippedOfflineCoach() {
  if (shipped) return shipped;
  const loaded = cachedContent('coach-pack', () => loadCoachPack());
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const model = cachedGoalModel(loaded.pack);
  shipped = { pack: loaded.pack, model, coach: createOfflineCoach(loaded.pack, model) };
  return shipped;
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
