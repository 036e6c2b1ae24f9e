import type { Goal, UserId } from '../../core/goals/model.js';
import type { ServiceDeps } from './deps.js';

export interface GoalListItem {
  goal: Goal;
  doneSteps: number;
}

/** The user's goals, newest first, closed ones last, each with its count of completed steps. */
export async function listGoals(deps: Pick<ServiceDeps, 'stores'>, userId: UserId): Promise<GoalListItem[]> {
  const goals = await deps.stores.goals.list(userId);
  const counts = await Promise.all(goals.map((goal) => deps.stores.steps.countDone(userId, goal.id)));
  const rank = (goal: Goal) => (goal.status === 'active' ? 0 : goal.status === 'paused' ? 1 : 2);
  return goals
    .map((goal, i) => ({ goal, doneSteps: counts[i] ?? 0 }))
    .sort(
      (left, right) =>
        rank(left.goal) - rank(right.goal) || right.goal.createdAt.getTime() - left.goal.createdAt.getTime(),
    );
}
