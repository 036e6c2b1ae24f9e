import { createContext, type ReactNode, useContext, useSyncExternalStore } from 'react';
import type { Api } from '../api/client';
import type { Session, SessionState } from '../auth/session';

/** What the whole app shares, made once in main.tsx: the session and the API client over it. */
export interface AppDeps {
  session: Session;
  api: Api;
  /** The language Telegram reports for this user, inside the Mini App. */
  telegramLanguage: Promise<string | undefined>;
}

const AppContext = createContext<AppDeps | null>(null);

export const AppProvider = (props: { deps: AppDeps; children: ReactNode }) => (
  <AppContext.Provider value={props.deps}>{props.children}</AppContext.Provider>
);

function useApp(): AppDeps {
  const deps = useContext(AppContext);
  if (!deps) throw new Error('useApp outside AppProvider');
  return deps;
}

export const useApi = (): Api => useApp().api;
export const useSession = (): Session => useApp().session;
export const useTelegramLanguage = () => useApp().telegramLanguage;

/** The session's state, re-rendering on every change (signed in, signed out and why). */
export function useSessionState(): SessionState {
  const session = useSession();
  return useSyncExternalStore(session.subscribe, session.state);
}
