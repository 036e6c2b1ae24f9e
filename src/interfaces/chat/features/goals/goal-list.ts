import { StepwiseError } from '../../../../core/errors.js';
import type { GoalServices } from '../../../../services/goals/goal-services.js';
import type { GoalListItem } from '../../../../services/goals/list-goals.js';
import { buttonLabel } from '../../buttons.js';
import type { Button, Reply } from '../../reply.js';
import type { Turn } from '../../turn.js';

/** Telegram takes at most 100 buttons under a message: enough for every open goal a person keeps. */
const MAX_SWITCH_BUTTONS = 50;
/** Closed goals can pile up over the years: the latest ones get a button, any other takes /reopen N. */
const MAX_REOPEN_BUTTONS = 10;

const isOpen = (item: GoalListItem) => item.goal.status === 'active' || item.goal.status === 'paused';

/** The button that brings a closed goal back (`/reopen N` in a terminal). */
export const reopenButton = (turn: Turn, number: number, title: string): Button => ({
  label: buttonLabel(turn.m.buttonReopen(title)),
  data: `reopen:${number}`,
});

/** "«Title» is closed: reopen it?", with the button: what picking a closed goal gets instead of a switch. */
export const offerReopen = (turn: Turn, number: number, title: string): Reply[] => [
  { text: turn.m.closedGoalPicked(title, number), buttons: [[reopenButton(turn, number, title)]] },
];

/**
 * `/goals`, `/switch` and `/reopen` without a number: the goals by their numbers, which follow the
 * order the goals were created in and so never move. Open goals can be switched to; closed ones are
 * listed apart, with a way back (/reopen), and are never offered as switch targets.
 */
export function createGoalLists(goals: GoalServices, switchTo: (turn: Turn, goalId: string) => Promise<Reply[]>) {
  const line = (turn: Turn, item: GoalListItem) => {
    const msg = turn.m;
    const status = {
      active: msg.statusActive(),
      paused: msg.statusPaused(),
      completed: msg.statusCompleted(),
      archived: msg.statusArchived(),
    };
    return msg.goalLine(item.number, item.goal.title, item.doneSteps, status[item.goal.status]);
  };

  const show = async (turn: Turn, mode: 'goals' | 'switch' | 'reopen'): Promise<Reply[]> => {
    const msg = turn.m;
    const items = await goals.listGoals(turn.user.id);
    if (items.length === 0)
      return [{ text: msg.noGoals(), buttons: [[{ label: msg.menuNewGoal(), data: 'cmd:newgoal' }]] }];
    const open = mode === 'reopen' ? [] : items.filter(isOpen);
    const closed = mode === 'switch' ? [] : items.filter((item) => !isOpen(item));
    if (mode === 'reopen' && closed.length === 0) return [{ text: msg.noClosedGoals() }];
    const text = [msg.goalsHeader(), ...open.map((item) => line(turn, item))];
    if (closed.length > 0) {
      if (open.length > 0) text.push('');
      text.push(msg.goalsClosedHeader(), ...closed.map((item) => line(turn, item)), msg.reopenHint());
    }
    if (open.length > 0) {
      text.push('', msg.askSwitch());
      turn.setState({ name: 'switch' });
    }
    const buttons: Button[][] = [
      // Cut by code points, so an emoji is never split in half.
      ...open
        .slice(0, MAX_SWITCH_BUTTONS)
        .map((item) => [{ label: buttonLabel(`🎯 ${item.goal.title}`), data: `goal:${item.goal.id}` }]),
      ...closed.slice(-MAX_REOPEN_BUTTONS).map((item) => [reopenButton(turn, item.number, item.goal.title)]),
    ];
    return [{ text: text.join('\n'), ...(buttons.length > 0 && { buttons }) }];
  };

  /** A goal picked by its number: an open one becomes active; a closed one is offered back instead. */
  const pick = async (turn: Turn, raw: string): Promise<Reply[]> => {
    if (!/^\d+$/.test(raw.trim())) throw new StepwiseError('goal_not_found', 'not a goal number');
    const number = Number(raw.trim());
    const goal = await goals.goalByNumber(turn.user.id, number);
    if (goal.status === 'completed' || goal.status === 'archived') return offerReopen(turn, number, goal.title);
    return switchTo(turn, goal.id);
  };

  return { show, pick };
}
