import { useEffect, useId, useRef } from 'react';
import type { Safety } from '../api/contract/common';
import { useI18n } from '../i18n/I18nProvider';

/**
 * A crisis reply, shown before anything else and calmly: the same words the bot sends, resources
 * included. It takes the focus, so a screen reader reads it first.
 */
export function SafetyNotice(props: { safety: Safety; saved?: boolean }) {
  const { t } = useI18n();
  const heading = useId();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), [props.safety]);
  return (
    <section className="safety" aria-labelledby={heading} ref={ref} tabIndex={-1}>
      <h2 id={heading}>{t.safety.title}</h2>
      <p className="safety__message">{props.safety.message}</p>
      {props.saved && <p>{t.safety.saved}</p>}
    </section>
  );
}
