import type { Context } from 'grammy';
import type { User } from '../../core/goals/model.js';

/** grammY's context plus the Stepwise user behind the update (set by the identify middleware). */
export type StepwiseContext = Context & { stepwise: { user: User } };
