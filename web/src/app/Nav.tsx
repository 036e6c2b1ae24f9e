import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { Link } from './Link';
import type { Route } from './router';

type NavKey = 'today' | 'goals' | 'program' | 'health' | 'history' | 'settings';

/**
 * `more`: on a phone this item sits behind "More": six tabs at 320 px leave each about 53 px, too
 * little for a Russian label, so the bar keeps five (four items and More), each wide enough for its
 * short label. Wide screens list every item in the side bar.
 */
const ITEMS: Array<{ route: Route; icon: string; key: NavKey; more?: boolean }> = [
  { route: '/', icon: '☀️', key: 'today' },
  { route: '/goals', icon: '🎯', key: 'goals' },
  { route: '/recovery', icon: '🌱', key: 'program' },
  { route: '/health', icon: '🌿', key: 'health' },
  { route: '/history', icon: '📈', key: 'history', more: true },
  { route: '/settings', icon: '⚙️', key: 'settings', more: true },
];

function NavItem(props: { item: (typeof ITEMS)[number]; route: Route; onFollow?: () => void }) {
  const { t } = useI18n();
  const { item } = props;
  return (
    <Link to={item.route} current={props.route === item.route} onFollow={props.onFollow}>
      <span className="nav__icon" aria-hidden="true">
        {item.icon}
      </span>
      <span className="nav__label nav__label--full">{t.nav[item.key]}</span>
      <span className="nav__label nav__label--short">{t.nav.short[item.key]}</span>
    </Link>
  );
}

/** "More" on a phone: a button that shows the remaining items above the bar (Escape closes it). */
function More(props: { route: Route }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const panel = useId();
  const button = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLLIElement>(null);
  const here = ITEMS.some((item) => item.more && item.route === props.route);
  useEffect(() => {
    if (!open) return;
    // A tap or a focus anywhere else closes it, as a menu would.
    const away = (event: Event) => {
      if (!box.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    document.addEventListener('focusin', away);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('focusin', away);
    };
  }, [open]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    button.current?.focus();
  };
  return (
    <li className="nav__more" ref={box} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className={`nav__more-button${here ? ' nav__more-button--here' : ''}`}
        aria-expanded={open}
        aria-controls={panel}
        onClick={() => setOpen((was) => !was)}
      >
        <span className="nav__icon" aria-hidden="true">
          ⋯
        </span>
        <span className="nav__label">{t.nav.more}</span>
      </button>
      <ul id={panel} className="nav__more-panel" hidden={!open}>
        {ITEMS.filter((item) => item.more).map((item) => (
          <li key={item.route}>
            <NavItem item={item} route={props.route} onFollow={() => setOpen(false)} />
          </li>
        ))}
      </ul>
    </li>
  );
}

/** The main navigation: a bottom tab bar on phones (with More), a side bar on wide screens (layout.css). */
export function Nav(props: { route: Route }) {
  const { t } = useI18n();
  return (
    <nav className="nav" aria-label={t.nav.label}>
      <ul>
        {ITEMS.map((item) => (
          <li key={item.route} className={item.more ? 'nav__wide-only' : undefined}>
            <NavItem item={item} route={props.route} />
          </li>
        ))}
        <More route={props.route} />
      </ul>
    </nav>
  );
}
