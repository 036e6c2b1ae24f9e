import { useQuery } from '@tanstack/react-query';
import { keys } from '../../api/keys';
import { tracksApi } from '../../api/tracks';
import { useApi } from '../../app/AppContext';
import { useI18n } from '../../i18n/I18nProvider';

/** Each track's ledger of one program (`GET /api/tracks/history`), refreshed live by the socket. */
export function useHistory(program: string) {
  const api = useApi();
  const { locale } = useI18n();
  return useQuery({
    queryKey: keys.history(locale, program),
    queryFn: () => tracksApi.history(api, program, locale),
  });
}
