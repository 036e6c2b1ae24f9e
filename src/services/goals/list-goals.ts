import type { Goal, UserId } from '../../core/goals/model.js';
import type { ServiceDeps } from './deps.js';

export interface GoalListItem {
  goal: Goal;
  doneSteps: number;
}

/** The user's goals, newest first, closed ones last, each with its count of completed steps. */
export async function listGoals(deps: Pick<ServiceDeps, 'stores'>, userId: UserId): Promise<GoalListItem[]> {
  const goals = await deps.stores.goals.list(userId);
  const counts = await Promise.all(goals.map((g) => deps.stores.steps.countDone(userId, g.id)));
  const rank = (g: Goal) => (g.status === 'active' ? 0 : g.status === 'paused' ? 1 : 2);
  return goals
    .map((goal, i) => ({ goal, doneSteps: counts[i] ?? 0 }))
    .sort((a, b) => rank(a.goal) - rank(b.goal) || b.goal.createdAt.getTime() - a.goal.createdAt.getTime());
}
