import type { Selectable } from 'kysely';
import type { Step, StepStatus } from '../../core/goals/model.js';
import type { StepsTable } from '../schema.js';
import { toDate, toDateOrNull } from './rows.js';

/** A `steps` row as the domain's Step. */
export const toStep = (row: Selectable<StepsTable>): Step => ({
  id: row.id,
  goalId: row.goal_id,
  userId: row.user_id,
  text: row.text,
  estimatedMinutes: row.estimated_minutes,
  status: row.status as StepStatus,
  rephrased: Number(row.rephrased) === 1,
  userComment: row.user_comment,
  source: row.source,
  coachKey: row.coach_key,
  createdAt: toDate(row.created_at),
  completedAt: toDateOrNull(row.completed_at),
});
