import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { errorText } from './error-text';

/** A read in progress. */
export function Loading(props: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="loading" role="status" aria-busy="true">
      <span className="spinner" aria-hidden="true" /> {props.label ?? t.common.loading}
    </p>
  );
}

/** A read that failed: what failed, why in plain words, and Retry. */
export function ErrorState(props: { what: string; error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div className="notice notice--error" role="alert">
      <p>
        <strong>{t.errors.loading(props.what)}</strong> {errorText(t, props.error)}
      </p>
      <button type="button" className="button" onClick={props.onRetry}>
        {t.common.retry}
      </button>
    </div>
  );
}

/** An action that was refused or failed, next to the control that started it. */
export function ActionError(props: { error: unknown }) {
  const { t } = useI18n();
  if (!props.error) return null;
  return (
    <p className="inline-error" role="alert">
      {errorText(t, props.error)}
    </p>
  );
}

/** Nothing here yet, said kindly, with what to do next. */
export const EmptyState = (props: { children: ReactNode }) => <div className="empty">{props.children}</div>;
