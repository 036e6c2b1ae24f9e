import type { Api } from './client';
import type { Joined, Me, MeUpdate } from './contract/account';

/** `/api/me`: the person's language, tone and time zone; `/api/me/joined`: what they have joined. */
export const accountApi = {
  me: (api: Api) => api.get<Me>('/api/me'),
  update: (api: Api, update: MeUpdate) => api.patch<Me>('/api/me', update),
  joined: (api: Api) => api.get<Joined>('/api/me/joined'),
};
