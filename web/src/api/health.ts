import type { Api } from './client';
import type { Locale } from './contract/common';
import type {
  Adaptation,
  CheckinAnswers,
  CheckinResult,
  MarkResult,
  Profile,
  ProfileChange,
  Progression,
  Quiz,
  QuizSuggestion,
  Readiness,
  TaskOutcome,
  Today,
} from './contract/health';

/** `/api/health/*`: the set-up (quiz, profile), today's plan, its marks, the check-in, adaptations and readiness. */
export const healthApi = {
  profile: (api: Api, lang: Locale) => api.get<Profile>('/api/health/profile', { lang }),
  saveProfile: (api: Api, change: ProfileChange, lang: Locale) =>
    api.put<Profile>('/api/health/profile', change, { lang }),
  quiz: (api: Api, lang: Locale) => api.get<Quiz>('/api/health/quiz', { lang }),
  submitQuiz: (api: Api, answers: Record<string, string>, lang: Locale) =>
    api.post<QuizSuggestion>('/api/health/quiz', { answers }, { lang }),
  checkin: (api: Api, answers: CheckinAnswers, lang: Locale) =>
    api.post<CheckinResult>('/api/health/checkin', answers, { lang }),
  today: (api: Api, lang: Locale) => api.get<Today>('/api/health/plan/today', { lang }),
  mark: (api: Api, taskId: string, outcome: TaskOutcome, lang: Locale) =>
    api.post<MarkResult>(
      `/api/health/plan/today/tasks/${encodeURIComponent(taskId)}`,
      outcome === 'partial' ? { outcome, fraction: 0.5 } : { outcome },
      { lang },
    ),
  progression: (api: Api, lang: Locale) => api.get<Progression>('/api/health/progression', { lang }),
  adaptations: (api: Api, lang: Locale) => api.get<{ adaptations: Adaptation[] }>('/api/health/adaptations', { lang }),
  decide: (api: Api, id: string, decision: 'accept' | 'keep', lang: Locale) =>
    api.post<Adaptation>(`/api/health/adaptations/${encodeURIComponent(id)}/${decision}`, undefined, { lang }),
  readiness: (api: Api, lang: Locale) => api.get<Readiness>('/api/health/readiness', { lang }),
};
