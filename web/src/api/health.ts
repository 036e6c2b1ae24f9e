import type { Api } from './client';
import type { Locale } from './contract/common';
import type { Adaptation, MarkResult, Progression, Readiness, TaskOutcome, Today } from './contract/health';

/** `/api/health/*`: today's plan, its marks, habit strength, adaptations and readiness. */
export const healthApi = {
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
