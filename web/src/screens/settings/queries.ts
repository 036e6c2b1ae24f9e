import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accountApi } from '../../api/account';
import type { Me, MeUpdate } from '../../api/contract/account';
import { dataRightsApi, type ExportFormat } from '../../api/data-rights';
import { keys } from '../../api/keys';
import { useApi, useSession } from '../../app/AppContext';
import { useI18n } from '../../i18n/I18nProvider';
import { saveFile } from './save-file';

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

/** `GET /api/me/export` in the chosen format, saved as a file; resolves with the file's name. */
export function useDownloadData() {
  const api = useApi();
  const { locale } = useI18n();
  return useMutation({
    mutationFn: async (format: ExportFormat) => {
      const file = await dataRightsApi.download(api, format, locale);
      const name = file.fileName ?? `stepwise.${format}`;
      saveFile(file.blob, name);
      return name;
    },
  });
}

/**
 * `DELETE /api/me?confirm=yes`, then this device forgets the session (the server already ended it).
 * Both run in the mutation itself, so they finish even when the screen goes away meanwhile.
 */
export function useEraseData() {
  const api = useApi();
  const session = useSession();
  return useMutation({
    mutationFn: async () => {
      await dataRightsApi.erase(api);
      session.forget();
    },
  });
}
