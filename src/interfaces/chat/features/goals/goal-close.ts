import { z } from 'zod';
import { LIMITS } from '../../../../core/goals/model.js';
import type { GoalServices } from '../../../../services/goals/goal-services.js';
import { defineState } from '../../feature.js';
import type { Reply } from '../../reply.js';
import { IDLE, type Turn } from '../../turn.js';
import { renderCurrent } from './render.js';

/** A typed "yes" or "no" to the closing question, in either language. */
const YES = /^(?:yes|y|yep|yeah|sure|ok|okay|да|ага|угу|конечно|ок|давай)[.!\s]*$/iu;
const NO = /^(?:no|n|nope|not now|нет|не|не надо|отмена)[.!\s]*$/iu;

const ConfirmClose = z.object({
  name: z.literal('confirm_close'),
  goalId: z.string().max(64),
  title: z.string().max(LIMITS.title),
  as: z.enum(['completed', 'archived']),
});
type ConfirmClose = z.infer<typeof ConfirmClose>;

/**
 * `/complete` and `/archive` ask first (Yes/No buttons, or a typed yes/no/да/нет): a goal closed by a
 * stray tap was easy to lose. `/reopen N` brings a closed goal back as the active one.
 */
export function createClosing(goals: GoalServices) {
  const ask =
    (as: ConfirmClose['as']) =>
    async (turn: Turn): Promise<Reply[]> => {
      const { goal } = await goals.currentStep(turn.user.id);
      turn.setState({ name: 'confirm_close', goalId: goal.id, title: goal.title, as } satisfies ConfirmClose);
      const msg = turn.m;
      return [
        {
          text: as === 'completed' ? msg.confirmComplete(goal.title) : msg.confirmArchive(goal.title),
          buttons: [
            [
              { label: msg.buttonYes(), data: 'goalclose:yes' },
              { label: msg.buttonNo(), data: 'goalclose:no' },
            ],
          ],
        },
      ];
    };

  const decide = async (turn: Turn, state: ConfirmClose, yes: boolean): Promise<Reply[]> => {
    turn.setState(IDLE);
    if (!yes) return [{ text: turn.m.closeKept(state.title) }];
    const closed = await goals.closeGoal(turn.user.id, state.goalId, state.as);
    const msg = turn.m;
    return [
      { text: state.as === 'completed' ? msg.goalClosedCompleted(closed.title) : msg.goalClosedArchived(closed.title) },
    ];
  };

  /** A tapped Yes or No: it counts only while the question is still the open one. */
  const tapped = async (turn: Turn, answer: string): Promise<Reply[]> => {
    const state = ConfirmClose.safeParse(turn.state);
    if (!state.success) return [{ text: turn.m.nothingToConfirm() }];
    return decide(turn, state.data, answer === 'yes');
  };

  const state = defineState({
    schema: ConfirmClose,
    // Anything but a yes or a no leaves the goal as it is and is read as usual.
    text: async (turn, current, raw) => {
      const text = raw.trim();
      if (YES.test(text)) return decide(turn, current, true);
      if (NO.test(text)) return decide(turn, current, false);
      turn.setState(IDLE);
      return undefined;
    },
  });

  /** `/reopen N`; without a number, the closed goals to choose from. */
  const reopen = async (turn: Turn, args: string, list: () => Promise<Reply[]>): Promise<Reply[]> => {
    if (!args.trim()) return list();
    const goal = /^\d+$/.test(args.trim()) ? await goals.goalByNumber(turn.user.id, Number(args)) : undefined;
    if (!goal) return [{ text: turn.m.askReopen() }];
    const outcome = await goals.reopenGoal(turn.user.id, goal.id);
    turn.setState(IDLE);
    if (outcome.kind === 'not_closed') return [{ text: turn.m.notClosed(goal.title, goal.number ?? Number(args)) }];
    return [{ text: turn.m.reopened(goal.title) }, ...renderCurrent(turn.m, outcome.current)];
  };

  return { ask, tapped, state, reopen };
}
