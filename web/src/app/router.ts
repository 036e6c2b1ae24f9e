import { useSyncExternalStore } from 'react';

/** The screens, by path (the server answers every one of them with index.html). */
export const ROUTES = ['/', '/goals', '/recovery', '/history', '/health', '/settings'] as const;
export type Route = (typeof ROUTES)[number];

const NAVIGATED = 'stepwise:navigate';

const current = (): Route => {
  const path = window.location.pathname.replace(/\/+$/, '') || '/';
  return (ROUTES as readonly string[]).includes(path) ? (path as Route) : '/';
};

const subscribe = (listener: () => void) => {
  window.addEventListener('popstate', listener);
  window.addEventListener(NAVIGATED, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(NAVIGATED, listener);
  };
};

/** The screen the address names (an unknown path shows Today). */
export const useRoute = (): Route => useSyncExternalStore(subscribe, current);

/** Goes to a screen without a reload, as a new history entry. */
export function navigate(route: Route): void {
  if (route === current() && window.location.search === '') return;
  window.history.pushState(null, '', route);
  window.dispatchEvent(new Event(NAVIGATED));
}
