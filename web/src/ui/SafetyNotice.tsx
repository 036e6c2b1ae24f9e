import { useEffect, useId, useRef } from 'react';
import type { Safety } from '../api/contract/common';
import { useI18n } from '../i18n/I18nProvider';
import { helpParts } from './help-links';

/**
 * A crisis reply, shown before anything else and calmly: the same words the bot sends, resources
 * included, their numbers and addresses as links to tap. It takes the focus, so a screen reader reads it
 * first, and it looks like no success notice.
 */
export function SafetyNotice(props: { safety: Safety; saved?: boolean }) {
  const { t } = useI18n();
  const heading = useId();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), [props.safety]);
  return (
    <section className="safety" aria-labelledby={heading} ref={ref} tabIndex={-1}>
      <h2 id={heading}>{t.safety.title}</h2>
      <p className="safety__message">
        {helpParts(props.safety.message).map((part, at) =>
          'href' in part ? (
            <a key={at} href={part.href} {...(part.href.startsWith('http') && { target: '_blank', rel: 'noopener' })}>
              {part.text}
            </a>
          ) : (
            part.text
          ),
        )}
      </p>
      {props.saved && <p>{t.safety.saved}</p>}
    </section>
  );
}
