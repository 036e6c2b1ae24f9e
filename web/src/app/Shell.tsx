import { type JSX, lazy, Suspense } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useLiveUpdates } from '../live/useLiveUpdates';
import { ProgramScreen } from '../screens/program/ProgramScreen';
import { Loading } from '../ui/States';
import { Nav } from './Nav';
import { type Route, useRoute } from './router';

// The dashboard ships in the first download; the other screens (and uPlot with History) load when opened.
const GoalsScreen = lazy(() => import('../screens/goals/GoalsScreen'));
const HistoryScreen = lazy(() => import('../screens/history/HistoryScreen'));
const HealthScreen = lazy(() => import('../screens/health/HealthScreen'));
const SettingsScreen = lazy(() => import('../screens/settings/SettingsScreen'));

const SCREENS: Record<Route, () => JSX.Element> = {
  '/': () => <ProgramScreen />,
  '/goals': () => <GoalsScreen />,
  '/history': () => <HistoryScreen />,
  '/health': () => <HealthScreen />,
  '/settings': () => <SettingsScreen />,
};

/** The live status dot in the top bar. */
function LiveIndicator(props: { ready: boolean }) {
  const { t } = useI18n();
  return (
    <span className={`live live--${props.ready ? 'ready' : 'connecting'}`} title={t.app.liveLabel(props.ready)}>
      <span className="live__dot" aria-hidden="true" />
      <span className="live__text">{props.ready ? t.app.liveReady : t.app.liveConnecting}</span>
    </span>
  );
}

/** The signed-in frame: top bar, navigation (tabs on phones, a side bar on wide screens), the screen. */
export function Shell() {
  const { t } = useI18n();
  const route = useRoute();
  const live = useLiveUpdates();
  const Screen = SCREENS[route];
  return (
    <div className="shell">
      <a className="skip" href="#main">
        {t.app.skipToContent}
      </a>
      <header className="topbar">
        <span className="brand">{t.app.name}</span>
        <LiveIndicator ready={live === 'ready'} />
      </header>
      <Nav route={route} />
      <main id="main" className="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Screen key={route} />
        </Suspense>
      </main>
    </div>
  );
}
