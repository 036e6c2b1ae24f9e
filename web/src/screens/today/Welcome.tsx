import { Link } from '../../app/Link';
import type { Route } from '../../app/router';
import { useI18n } from '../../i18n/I18nProvider';
import { Screen } from '../../ui/Screen';

interface Choice {
  to: Route;
  icon: string;
  title: string;
  text: string;
  start: string;
}

/**
 * The first screen for someone who has joined nothing yet: what Stepwise does, and three ways in.
 * The recovery program is offered last and softly: its readers may be in pain, and nobody should
 * land in it by default.
 */
export function Welcome() {
  const { t } = useI18n();
  const texts = t.welcome;
  const choices: Choice[] = [
    { to: '/goals', icon: '🎯', title: texts.goalTitle, text: texts.goalText, start: texts.goalStart },
    { to: '/health', icon: '🌿', title: texts.healthTitle, text: texts.healthText, start: texts.healthStart },
    { to: '/recovery', icon: '🌱', title: texts.recoveryTitle, text: texts.recoveryText, start: texts.recoveryStart },
  ];
  return (
    <Screen title={texts.title} lead={<p className="welcome__lead">{texts.lead}</p>}>
      <ul className="welcome" aria-label={texts.choices}>
        {choices.map((choice) => (
          <li key={choice.to} className="card welcome__choice">
            <h2>
              <span aria-hidden="true">{choice.icon}</span> {choice.title}
            </h2>
            <p>{choice.text}</p>
            <Link to={choice.to} className="button">
              {choice.start}
            </Link>
          </li>
        ))}
      </ul>
      <p className="muted">{texts.private}</p>
    </Screen>
  );
}
