import { useId, useRef, useState } from 'react';
import { useSession } from '../../app/AppContext';
import { useI18n } from '../../i18n/I18nProvider';
import { Confirm } from '../../ui/Confirm';

/** Sign out on this device, or everywhere (every session and token of the person stops working). */
export function SignOut() {
  const { t } = useI18n();
  const session = useSession();
  const heading = useId();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const everywhereButton = useRef<HTMLButtonElement>(null);
  const everywhere = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await session.signOut(true);
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby={heading}>
      <h2 id={heading}>{t.settings.account}</h2>
      <div className="actions">
        <button type="button" className="button button--quiet" onClick={() => void session.signOut(false)}>
          {t.settings.signOut}
        </button>
        {!asking && (
          <button
            type="button"
            className="button button--danger"
            ref={everywhereButton}
            onClick={() => setAsking(true)}
          >
            {t.settings.signOutAll}
          </button>
        )}
      </div>
      <p className="muted">{t.settings.signOutAllHint}</p>
      {asking && (
        <Confirm
          question={t.settings.signOutAllAsk}
          yes={t.settings.signOutAll}
          no={t.common.cancel}
          busy={busy}
          onYes={() => void everywhere()}
          onNo={() => setAsking(false)}
          returnFocus={() => everywhereButton.current}
        />
      )}
      {failed && (
        <p className="inline-error" role="alert">
          {t.settings.signOutFailed}
        </p>
      )}
    </section>
  );
}
