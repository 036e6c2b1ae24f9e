import type { Api } from './client';
import type { Locale } from './contract/common';
import type { CrisisOnly, DoneState, Goal, GoalHistory, GoalState, NewGoalCrisis, UndoneState } from './contract/goals';

const goal = (id: string, rest: string) => `/api/goals/${encodeURIComponent(id)}/${rest}`;

/** `not_a_crisis`: the person saw the help shown for these words and said they are not about their safety. */
export interface NewGoalInput {
  title: string;
  description?: string;
  not_a_crisis?: boolean;
}

export type GoalVerb = 'activate' | 'complete' | 'archive' | 'reopen';

/** `/api/goals/*`: the same rules as the chat — one active goal, one step at a time. */
export const goalsApi = {
  list: (api: Api) => api.get<{ goals: Goal[] }>('/api/goals'),
  create: (api: Api, input: NewGoalInput, lang: Locale) =>
    api.post<GoalState | NewGoalCrisis>('/api/goals', input, { lang }),
  setStatus: (api: Api, id: string, verb: GoalVerb) => api.post<GoalState>(goal(id, verb)),
  step: (api: Api, id: string) => api.get<GoalState>(goal(id, 'step')),
  done: (api: Api, id: string, lang: Locale) => api.post<DoneState>(goal(id, 'step/done'), undefined, { lang }),
  next: (api: Api, id: string, lang: Locale) =>
    api.post<GoalState | NewGoalCrisis>(goal(id, 'step/next'), undefined, { lang }),
  rephrase: (api: Api, id: string, comment: string, lang: Locale, notACrisis = false) =>
    api.post<GoalState | NewGoalCrisis>(
      goal(id, 'step/rephrase'),
      { comment, ...(notACrisis && { not_a_crisis: true }) },
      { lang },
    ),
  answer: (api: Api, id: string, answer: string, lang: Locale, notACrisis = false) =>
    api.post<GoalState | NewGoalCrisis>(
      goal(id, 'clarification'),
      { answer, ...(notACrisis && { not_a_crisis: true }) },
      { lang },
    ),
  undo: (api: Api, id: string) => api.post<UndoneState>(goal(id, 'step/undo')),
  history: (api: Api, id: string) => api.get<GoalHistory>(goal(id, 'history'), { limit: 200 }),
};

/** A coaching answer that is only the help to show (a crisis in the text). */
export const isCrisisOnly = (reply: GoalState | CrisisOnly): reply is CrisisOnly => !('goal' in reply);
