import { Component, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/** What shows in place of a screen that failed: the navigation around it stays. */
function ScreenFailed(props: { onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div className="notice notice--error" role="alert">
      <p>{t.errors.screen}</p>
      <button type="button" className="button" onClick={props.onRetry}>
        {t.common.retry}
      </button>
    </div>
  );
}

interface Props {
  children: ReactNode;
  /** Loads the screen again; the parent re-keys this boundary so the error is forgotten. */
  onRetry(): void;
}

/**
 * Catches a screen that cannot load (its chunk did not arrive: the server stopped, the network
 * dropped) or that broke while rendering, so one screen's failure never blanks the whole app.
 */
export class ScreenBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <ScreenFailed onRetry={this.props.onRetry} /> : this.props.children;
  }
}
