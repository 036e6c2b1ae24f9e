import { useId } from 'react';
import type { ExportFormat } from '../../api/data-rights';
import { useI18n } from '../../i18n/I18nProvider';
import type { Messages } from '../../i18n/en';
import { isTelegramLaunch } from '../../telegram/detect';
import { ActionError } from '../../ui/States';
import { useDownloadData } from './queries';

const FORMATS: Array<{ format: ExportFormat; label: (texts: Messages) => string; hint: (texts: Messages) => string }> =
  [
    { format: 'json', label: (texts) => texts.data.downloadJson, hint: (texts) => texts.data.downloadJsonHint },
    { format: 'md', label: (texts) => texts.data.downloadPage, hint: (texts) => texts.data.downloadPageHint },
  ];

/** Everything stored about the person, as a file: JSON for machines, Markdown to read. */
export function DownloadData() {
  const { t } = useI18n();
  const download = useDownloadData();
  const id = useId();
  return (
    <div className="stack">
      {FORMATS.map((item) => (
        <div key={item.format}>
          <button
            type="button"
            className="button button--quiet"
            aria-describedby={`${id}-${item.format}`}
            disabled={download.isPending}
            onClick={() => download.mutate(item.format)}
          >
            {item.label(t)}
          </button>
          <p id={`${id}-${item.format}`} className="muted">
            {item.hint(t)}
          </p>
        </div>
      ))}
      <p role="status" className="muted">
        {download.isPending ? t.data.downloading : download.data ? t.data.downloaded(download.data) : ''}
      </p>
      <ActionError error={download.error} />
      {isTelegramLaunch() && <p className="muted">{t.data.telegramHint}</p>}
    </div>
  );
}
