import { useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Confirm } from '../../ui/Confirm';
import { ActionError } from '../../ui/States';
import { useEraseData } from './queries';

/**
 * Erasing everything, asked first: the question says it cannot be undone and suggests a download.
 * Once done, the session is over and the sign-in screen says so calmly (session.forget).
 */
export function EraseData() {
  const { t } = useI18n();
  const erase = useEraseData();
  const hint = useId();
  const [asking, setAsking] = useState(false);
  const eraseButton = useRef<HTMLButtonElement>(null);
  return (
    <div className="data-erase">
      {!asking && (
        <button
          type="button"
          className="button button--danger"
          ref={eraseButton}
          aria-describedby={hint}
          onClick={() => setAsking(true)}
        >
          {t.data.erase}
        </button>
      )}
      <p id={hint} className="muted">
        {t.data.eraseHint}
      </p>
      {asking && (
        <Confirm
          question={t.data.eraseAsk}
          yes={erase.isPending ? t.data.erasing : t.data.eraseYes}
          no={t.data.keep}
          busy={erase.isPending}
          onYes={() => erase.mutate()}
          onNo={() => setAsking(false)}
          returnFocus={() => eraseButton.current}
        />
      )}
      <ActionError error={erase.error} />
    </div>
  );
}
