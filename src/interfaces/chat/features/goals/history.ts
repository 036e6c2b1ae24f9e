import type { Locale } from '../../../../core/goals/model.js';
import type { GoalServices } from '../../../../services/goals/goal-services.js';
import type { GoalHistory } from '../../../../services/goals/goal-view.js';
import type { Button, Reply } from '../../reply.js';
import type { Turn } from '../../turn.js';

/** Finished steps per message: ten lines stay readable on a phone and far under Telegram's 4,096 characters. */
export const HISTORY_PAGE = 10;

const dateTag = (locale: Locale) => (locale === 'ru' ? 'ru-RU' : 'en-GB');

/** "1 March" (the year too when it is not the year of the goal's latest step): what a person says. */
const dayOf = (date: Date, locale: Locale, latestYear: number) =>
  date.toLocaleDateString(dateTag(locale), {
    day: 'numeric',
    month: 'long',
    ...(date.getFullYear() !== latestYear && { year: 'numeric' }),
  });

/**
 * `/history [goal number] [page]`: a goal's finished steps, oldest first, with the day each was
 * done. Only finished steps: the path ahead stays hidden. A long history opens on its latest page,
 * with Earlier/Later buttons (`/history N P` in a terminal).
 */
export function createHistory(goals: GoalServices) {
  const render = (turn: Turn, history: GoalHistory, requested: number | undefined): Reply[] => {
    const { goal, steps } = history;
    const msg = turn.m;
    if (steps.length === 0) return [{ text: msg.historyEmpty(goal.title) }];
    const pages = Math.ceil(steps.length / HISTORY_PAGE);
    const page = Math.min(Math.max(requested ?? pages, 1), pages);
    const from = (page - 1) * HISTORY_PAGE;
    const shown = steps.slice(from, from + HISTORY_PAGE);
    const latestYear = (steps.at(-1)!.completedAt ?? goal.createdAt).getFullYear();
    const lines = shown.map((step, i) =>
      msg.historyLine(from + i + 1, dayOf(step.completedAt ?? goal.createdAt, turn.user.locale, latestYear), step.text),
    );
    const text = [
      msg.historyHeader(goal.title, steps.length),
      ...(pages > 1 ? [msg.historyRange(from + 1, from + shown.length)] : []),
      ...lines,
    ].join('\n');
    const number = goal.number;
    const buttons: Button[] =
      pages > 1 && number !== undefined
        ? [
            ...(page > 1 ? [{ label: msg.buttonEarlier(), data: `hist:${number}:${page - 1}` }] : []),
            ...(page < pages ? [{ label: msg.buttonLater(), data: `hist:${number}:${page + 1}` }] : []),
          ]
        : [];
    return [{ text, ...(buttons.length > 0 && { buttons: [buttons] }) }];
  };

  /** `args`: nothing (the active goal), a goal number, or a goal number and a page ("2 3", or "2:3" from a button). */
  const show = async (turn: Turn, args: string): Promise<Reply[]> => {
    const [goalPart, pagePart] = args.trim().split(/[\s:]+/);
    const page = pagePart && /^\d+$/.test(pagePart) ? Number(pagePart) : undefined;
    if (!goalPart) return render(turn, await goals.goalHistory(turn.user.id), page);
    const goal = await goals.goalByNumber(turn.user.id, /^\d+$/.test(goalPart) ? Number(goalPart) : NaN);
    return render(turn, await goals.goalHistory(turn.user.id, goal.id), page);
  };

  return { show };
}
