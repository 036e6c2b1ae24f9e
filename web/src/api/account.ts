import type { Api } from './client';
import type { Me, MeUpdate } from './contract/account';

/** `/api/me`: the person's language, tone and time zone. */
export const accountApi = {
  me: (api: Api) => api.get<Me>('/api/me'),
  update: (api: Api, update: MeUpdate) => api.patch<Me>('/api/me', update),
};
