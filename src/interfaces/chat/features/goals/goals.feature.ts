import { z } from 'zod';
import { StepwiseError } from '../../../../core/errors.js';
import { LIMITS } from '../../../../core/goals/model.js';
import { type ChatFeature, defineState } from '../../feature.js';
import { IDLE } from '../../turn.js';
import { createGoalFlows, type GoalFeatureDeps } from './goal-flows.js';
import { renderCurrent } from './render.js';

/** Words that complete the step when typed instead of /done (seed 001's bot, both languages). */
const DONE_WORDS = /^(?:done|did it|finished|готово|сделал[аи]?|сделано|выполнил[аи]?|выполнено)[.!\s]*$/iu;

const Description = z.object({ name: z.literal('description'), title: z.string().max(LIMITS.title) });
const Switch = z.object({ name: z.literal('switch'), goalIds: z.array(z.string()).max(200) });

/** Seed 001's goal coach: goals, the hidden path one step at a time, rephrasing, clarifying questions. */
export function goalsFeature(deps: GoalFeatureDeps): ChatFeature {
  const { goals } = deps;
  const flows = createGoalFlows(deps);

  return {
    name: 'goals',
    commands: {
      newgoal: (turn, args) => {
        if (args) return flows.titleGiven(turn, args);
        turn.setState({ name: 'title' });
        return [{ text: turn.m.askTitle() }];
      },
      skip: (turn) => {
        const state = turn.state;
        if (state.name !== 'description') return [{ text: turn.m.skipOnlyForDescription() }];
        return flows.create(turn, Description.parse(state).title, null);
      },
      goals: (turn) => flows.listForChoice(turn, 'goals'),
      switch: (turn) => flows.listForChoice(turn, 'switch'),
      step: async (turn) => renderCurrent(turn.m, await goals.currentStep(turn.user.id)),
      done: (turn) => flows.done(turn),
      next: async (turn) => flows.present(turn, await goals.nextStep(turn.user.id)),
      rephrase: flows.rephraseCommand,
      status: flows.status,
      complete: flows.close('completed'),
      archive: flows.close('archived'),
    },
    callbacks: {
      'goal:': { run: (turn, goalId) => flows.switchTo(turn, goalId) },
      // A tapped answer to the coach's question (a goal kind); the terminal types the answer itself.
      'goalans:': {
        run: async (turn, answer) => flows.present(turn, await goals.answerClarification(turn.user.id, answer)),
        typed: (answer) => answer,
      },
    },
    states: {
      title: defineState({
        schema: z.object({ name: z.literal('title') }),
        text: (turn, _state, raw) => flows.titleGiven(turn, raw),
      }),
      description: defineState({
        schema: Description,
        text: (turn, state, raw) => flows.create(turn, state.title, raw),
      }),
      rephrase: defineState({
        schema: z.object({ name: z.literal('rephrase') }),
        text: (turn, _state, raw) => flows.rephrase(turn, raw),
      }),
      switch: defineState({
        schema: Switch,
        // The list asked for a number; anything else ends the choice and is read as usual.
        text: async (turn, state, raw) => {
          turn.setState(IDLE);
          if (!/^\s*\d+\s*$/.test(raw)) return undefined;
          const goalId = state.goalIds[Number(raw) - 1];
          if (!goalId) throw new StepwiseError('goal_not_found', 'no goal with that number');
          return flows.switchTo(turn, goalId);
        },
      }),
    },
    async freeText(turn, raw) {
      if (DONE_WORDS.test(raw.trim())) return flows.done(turn);
      const active = await goals.currentStep(turn.user.id).catch(() => undefined);
      if (active?.kind === 'question') return flows.present(turn, await goals.answerClarification(turn.user.id, raw));
      return undefined;
    },
  };
}
