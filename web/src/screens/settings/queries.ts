import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accountApi } from '../../api/account';
import type { Me, MeUpdate } from '../../api/contract/account';
import { keys } from '../../api/keys';
import { useApi } from '../../app/AppContext';

/**
 * `PATCH /api/me`, shown at once: the cached person changes before the answer (a new language
 * re-renders every text and refetches the localised reads, whose keys carry the locale), and goes
 * back if the server refuses.
 */
export function useUpdateMe() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (update: MeUpdate) => accountApi.update(api, update),
    onMutate: async (update) => {
      await client.cancelQueries({ queryKey: keys.me });
      const previous = client.getQueryData<Me>(keys.me);
      if (previous) client.setQueryData<Me>(keys.me, { user: { ...previous.user, ...update } });
      return { previous };
    },
    onError: (_error, _update, context) => context?.previous && client.setQueryData(keys.me, context.previous),
    onSuccess: (me) => client.setQueryData(keys.me, me),
  });
}
