import { useI18n } from '../i18n/I18nProvider';
import { Link } from './Link';
import type { Route } from './router';

const ITEMS: Array<{ route: Route; icon: string; key: 'program' | 'goals' | 'history' | 'health' | 'settings' }> = [
  { route: '/', icon: '🌱', key: 'program' },
  { route: '/goals', icon: '🎯', key: 'goals' },
  { route: '/history', icon: '📈', key: 'history' },
  { route: '/health', icon: '🌿', key: 'health' },
  { route: '/settings', icon: '⚙️', key: 'settings' },
];

/** The main navigation: a bottom tab bar on phones, a side bar on wide screens (layout.css). */
export function Nav(props: { route: Route }) {
  const { t } = useI18n();
  return (
    <nav className="nav" aria-label={t.nav.label}>
      <ul>
        {ITEMS.map((item) => (
          <li key={item.route}>
            <Link to={item.route} current={props.route === item.route}>
              <span className="nav__icon" aria-hidden="true">
                {item.icon}
              </span>
              <span className="nav__label">{t.nav[item.key]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
