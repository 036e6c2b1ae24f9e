import type { Joined } from '../../api/contract/account';
import { Link } from '../../app/Link';
import type { Route } from '../../app/router';
import { useI18n } from '../../i18n/I18nProvider';

/** A quiet way into each program not joined yet: a link, never an error or a card of its own. */
export function StartLinks(props: { joined: Joined }) {
  const { t } = useI18n();
  const { joined } = props;
  const links: Array<{ to: Route; text: string; show: boolean }> = [
    { to: '/goals', text: t.today.startGoal, show: joined.active_goal === null },
    { to: '/health', text: t.today.startHealth, show: !joined.health },
    { to: '/recovery', text: t.today.startRecovery, show: !joined.recovery },
  ];
  const shown = links.filter((link) => link.show);
  if (shown.length === 0) return null;
  return (
    <nav className="today-start" aria-label={t.today.startMore}>
      <p className="muted small">{t.today.startMore}</p>
      <ul>
        {shown.map((link) => (
          <li key={link.to}>
            <Link to={link.to}>{link.text}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
