import type { Api } from './client';
import type { Locale } from './contract/common';
import type { CrisisOnly, DoneState, Goal, GoalHistory, GoalState, NewGoalCrisis, UndoneState } from './contract/goals';

const goal = (id: string, rest: string) => `/api/goals/${encodeURIComponent(id)}/${rest}`;

/**
 * What the person answered to the help shown for their words: "not about my safety", or — asked once more for an
 * imminent finding — "I am safe, this is about something else".
 */
export type SetAside = 'not_a_crisis' | 'confirm_safe';

/** The answer as the API takes it (`confirm_safe` says `not_a_crisis` too). */
export const setAsideBody = (said?: SetAside) =>
  said === 'confirm_safe' ? { not_a_crisis: true, confirm_safe: true } : said ? { not_a_crisis: true } : {};

/** The answer the help waits for next, if the person may set it aside at all. */
export const nextSetAside = (reply: NewGoalCrisis): SetAside | undefined =>
  !reply.may_set_aside ? undefined : reply.must_confirm_safe ? 'confirm_safe' : 'not_a_crisis';

/** `not_a_crisis`, `confirm_safe`: what the person answered to the help shown for these words (`setAsideBody`). */
export interface NewGoalInput {
  title: string;
  description?: string;
  not_a_crisis?: boolean;
  confirm_safe?: boolean;
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
  rephrase: (api: Api, id: string, comment: string, lang: Locale, said?: SetAside) =>
    api.post<GoalState | NewGoalCrisis>(goal(id, 'step/rephrase'), { comment, ...setAsideBody(said) }, { lang }),
  answer: (api: Api, id: string, answer: string, lang: Locale, said?: SetAside) =>
    api.post<GoalState | NewGoalCrisis>(goal(id, 'clarification'), { answer, ...setAsideBody(said) }, { lang }),
  undo: (api: Api, id: string) => api.post<UndoneState>(goal(id, 'step/undo')),
  history: (api: Api, id: string) => api.get<GoalHistory>(goal(id, 'history'), { limit: 200 }),
};

/** A coaching answer that is only the help to show (a crisis in the text). */
export const isCrisisOnly = (reply: GoalState | CrisisOnly): reply is CrisisOnly => !('goal' in reply);
