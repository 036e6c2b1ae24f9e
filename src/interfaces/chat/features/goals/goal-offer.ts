import { z } from 'zod';
import { readMessage } from '../../../../core/intents/message-meaning.js';
import { LIMITS } from '../../../../core/goals/model.js';
import { type ChatFeature, defineState } from '../../feature.js';
import type { Button, Reply } from '../../reply.js';
import { IDLE, type Turn } from '../../turn.js';
import type { createGoalFlows } from './goal-flows.js';

/** A goal offered from the person's own words, waiting for "yes" (the title is kept for the tap). */
const GoalOffer = z.object({ name: z.literal('goal_offer'), title: z.string().min(1).max(LIMITS.title) });

/** "Yes" to the offer, typed instead of tapped. */
const YES =
  /^(?:yes|yeah|yep|sure|ok|okay|please|yes,? please|make it a goal|да|давай|ок|окей|хорошо|конечно|сделай|сделать целью)[.!\s]*$/iu;

/**
 * "That sounds like a goal of your own: «…». Shall I make it a goal?" — the button runs /newgoal, which the offer
 * answers with its title (a terminal types `/newgoal` too), so the tap starts goal creation with the person's words.
 */
export function offerGoal(turn: Turn, title: string, more: Button[][] = []): Reply {
  turn.setState({ name: 'goal_offer', title });
  return {
    text: turn.m.goalOffer(title),
    buttons: [[{ label: turn.m.buttonMakeGoal(), data: 'cmd:newgoal' }], ...more],
  };
}

/** The offer's state: /newgoal or "yes" takes it; other words lapse it and are read as any free text. */
export function goalOfferState(flows: Pick<ReturnType<typeof createGoalFlows>, 'titleGiven'>) {
  return defineState({
    schema: GoalOffer,
    text: async (turn, state, raw) => {
      if (YES.test(raw.trim())) return flows.titleGiven(turn, state.title);
      turn.setState(IDLE);
      return undefined;
    },
    command: async (turn, state, name, args) =>
      name === 'newgoal' && !args.trim() ? flows.titleGiven(turn, state.title) : undefined,
  });
}

/**
 * The last free-text reader: a goal of one's own typed by someone no program answers ("I want to learn to swim")
 * is offered as a goal rather than met with "I didn't understand". A program that reads free text offers it itself.
 */
export function goalOfferFeature(): ChatFeature {
  return {
    name: 'goal-offer',
    async freeText(turn, raw) {
      const goal = readMessage(raw).goal;
      return goal ? [offerGoal(turn, goal)] : undefined;
    },
  };
}
