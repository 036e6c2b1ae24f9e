import type { Selectable } from 'kysely';
import type { Step, StepStatus } from '../../core/goals/model.js';
import type { SealedCiphers } from '../crypto/sealed-columns.js';
import type { StepsTable } from '../schema.js';
import { toDate, toDateOrNull } from './rows.js';

/** Reads a `steps` row as the domain's Step, opening its text and the person's comment. */
export const stepOf =
  (sealed: SealedCiphers['steps']) =>
  (row: Selectable<StepsTable>): Step => ({
    id: row.id,
    goalId: row.goal_id,
    userId: row.user_id,
    text: sealed.text.open(row.text, row.user_id),
    estimatedMinutes: row.estimated_minutes,
    status: row.status as StepStatus,
    rephrased: Number(row.rephrased) === 1,
    userComment: sealed.user_comment.open(row.user_comment, row.user_id),
    source: row.source,
    coachKey: row.coach_key,
    createdAt: toDate(row.created_at),
    completedAt: toDateOrNull(row.completed_at),
  });
