import { Fragment } from 'react';
import { useSession } from '../../app/AppContext';
import type { SessionState, SignedOutReason } from '../../auth/session';
import { useI18n } from '../../i18n/I18nProvider';
import type { Messages } from '../../i18n/en';
import { isTelegramLaunch } from '../../telegram/detect';
import { Loading } from '../../ui/States';

/** `text with a \`command\``: the backquoted parts as <code>. */
const withCode = (text: string) =>
  text.split('`').map((part, i) => (i % 2 ? <code key={i}>{part}</code> : <Fragment key={i}>{part}</Fragment>));

const REASON_TEXT: Record<Exclude<SignedOutReason, 'none'>, (texts: Messages) => string> = {
  link_expired: (texts) => texts.signin.linkExpired,
  telegram_refused: (texts) => texts.signin.telegramRefused,
  signed_out: (texts) => texts.signin.signedOut,
  session_ended: (texts) => texts.signin.sessionEnded,
  unreachable: (texts) => texts.errors.network,
  erased: (texts) => texts.signin.erased,
};

/** Outcomes the person chose are told calmly (a status); the others interrupt (an alert). */
const CHOSEN: SignedOutReason[] = ['signed_out', 'erased'];

/**
 * No one signed in. In a browser: how to get a one-time link from the bot. Inside Telegram the
 * app signs in by itself, so this shows only while that happens or if Telegram's data is refused.
 */
export function SignIn(props: { state: Exclude<SessionState, { status: 'signed_in' }> }) {
  const { t } = useI18n();
  const session = useSession();
  const telegram = isTelegramLaunch();
  const { state } = props;
  const reason = state.status === 'signed_out' && state.reason !== 'none' ? state.reason : undefined;
  const canRetry = reason === 'unreachable' || reason === 'session_ended' || (telegram && reason === 'signed_out');
  return (
    <main className="signin" id="main">
      <h1>{t.signin.title}</h1>
      {state.status === 'starting' ? (
        <Loading label={telegram ? t.signin.telegram : t.signin.starting} />
      ) : (
        <>
          {reason && (
            <p className="notice" role={CHOSEN.includes(reason) ? 'status' : 'alert'}>
              {REASON_TEXT[reason](t)}
            </p>
          )}
          <p>{t.signin.lead}</p>
          {!telegram && (
            <>
              <p className="signin__how">{withCode(t.signin.how)}</p>
              <p className="muted">{withCode(t.signin.selfHosted)}</p>
            </>
          )}
          {canRetry && (
            <button type="button" className="button" onClick={() => void session.start()}>
              {t.signin.signInAgain}
            </button>
          )}
        </>
      )}
    </main>
  );
}
