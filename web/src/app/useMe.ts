import { useQuery } from '@tanstack/react-query';
import { accountApi } from '../api/account';
import { keys } from '../api/keys';
import { useApi } from './AppContext';

/** The signed-in person: name, language, tone, time zone (`GET /api/me`). */
export function useMe() {
  const api = useApi();
  return useQuery({ queryKey: keys.me, queryFn: () => accountApi.me(api) });
}
