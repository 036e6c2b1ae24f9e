import { useQuery } from '@tanstack/react-query';
import { accountApi } from '../api/account';
import { keys } from '../api/keys';
import { useApi } from './AppContext';

/**
 * What the person has joined (`GET /api/me/joined`). Read afresh each time home opens: a goal set or
 * a program joined on another screen or in the bot changes which cards Today shows.
 */
export function useJoined() {
  const api = useApi();
  return useQuery({ queryKey: keys.joined, queryFn: () => accountApi.joined(api), staleTime: 0 });
}
