import { type ComponentType, Suspense, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { LiveStatus } from '../live/live-socket';
import { useLiveUpdates } from '../live/useLiveUpdates';
import { TodayScreen } from '../screens/today/TodayScreen';
import { Loading } from '../ui/States';
import { lazyScreen } from './lazy-screen';
import { Nav } from './Nav';
import { type Route, useRoute } from './router';
import { ScreenBoundary } from './ScreenBoundary';

// Today (the home) ships in the first download; the other screens (and uPlot with History) load when opened.
const LAZY = {
  '/goals': lazyScreen(() => import('../screens/goals/GoalsScreen')),
  '/recovery': lazyScreen(() =>
    import('../screens/program/ProgramScreen').then((screen) => ({ default: screen.ProgramScreen })),
  ),
  '/history': lazyScreen(() => import('../screens/history/HistoryScreen')),
  '/health': lazyScreen(() => import('../screens/health/HealthScreen')),
  '/settings': lazyScreen(() => import('../screens/settings/SettingsScreen')),
};

/** The screen for a route, read at render time so a Retry's fresh lazy component is the one shown. */
const screenFor = (route: Route): ComponentType => (route === '/' ? TodayScreen : LAZY[route].current());

/** The live status dot in the top bar; once the connection was lost, a button to retry at once. */
function LiveIndicator(props: { status: LiveStatus; onRetryNow: () => void }) {
  const { t } = useI18n();
  const ready = props.status === 'ready';
  return (
    <span className={`live live--${ready ? 'ready' : 'connecting'}`} title={t.app.liveLabel(ready)}>
      <span className="live__dot" aria-hidden="true" />
      <span className="live__text">{ready ? t.app.liveReady : t.app.liveConnecting}</span>
      {props.status === 'offline' && (
        <button type="button" className="live__retry" onClick={props.onRetryNow}>
          {t.app.liveRetryNow}
        </button>
      )}
    </span>
  );
}

/** The signed-in frame: top bar, navigation (tabs on phones, a side bar on wide screens), the screen. */
export function Shell() {
  const { t } = useI18n();
  const route = useRoute();
  const live = useLiveUpdates();
  // Bumped by Retry: a new key gives the boundary a fresh start and the screen a fresh import.
  const [retries, setRetries] = useState(0);
  const Screen = screenFor(route);
  const retry = () => {
    if (route !== '/') LAZY[route].retry();
    setRetries((count) => count + 1);
  };
  return (
    <div className="shell">
      <a className="skip" href="#main">
        {t.app.skipToContent}
      </a>
      <header className="topbar">
        <span className="brand">{t.app.name}</span>
        <LiveIndicator status={live.status} onRetryNow={live.reconnectNow} />
      </header>
      <Nav route={route} />
      <main id="main" className="main" tabIndex={-1}>
        {/* Inside the shell, so a screen that cannot load leaves the navigation and top bar in place. */}
        <ScreenBoundary key={`${route}:${retries}`} onRetry={retry}>
          <Suspense fallback={<Loading />}>
            <Screen key={route} />
          </Suspense>
        </ScreenBoundary>
      </main>
    </div>
  );
}
