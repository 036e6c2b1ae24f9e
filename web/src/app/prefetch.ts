import type { QueryClient } from '@tanstack/react-query';
import { accountApi } from '../api/account';
import type { Api } from '../api/client';
import type { Locale } from '../api/contract/common';
import { keys } from '../api/keys';
import { tracksApi } from '../api/tracks';
import type { Session } from '../auth/session';

/**
 * The first screen's reads, started the moment the token arrives rather than when React has
 * rendered the signed-in screens (on a slow phone, hundreds of milliseconds later). They land in
 * the cache under the keys the screens read, in the language the first render uses.
 */
export function prefetchOnSignIn(deps: { session: Session; api: Api; client: QueryClient; locale: () => Locale }) {
  const { session, api, client } = deps;
  let done = false;
  const stop = session.subscribe(() => {
    if (done || session.state().status !== 'signed_in') return;
    done = true;
    stop();
    const locale = deps.locale();
    void client.prefetchQuery({ queryKey: keys.me, queryFn: () => accountApi.me(api) });
    // Home, Health and Recovery ask what the person has joined before reading a program (not joined: a refusal).
    void client.prefetchQuery({ queryKey: keys.joined, queryFn: () => accountApi.joined(api) });
    if (window.location.pathname !== '/recovery') return;
    void client.prefetchQuery({ queryKey: keys.programs(locale), queryFn: () => tracksApi.programs(api, locale) });
  });
}
